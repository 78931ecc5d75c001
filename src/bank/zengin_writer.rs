//! Writes 全銀 入出金取引明細 files (200-byte records): the demo's bank statement and the
//! tests' fixtures, in the layout `zengin.rs` reads (shared/bank-formats.md §1).

use chrono::{Datelike, NaiveDate};
use encoding_rs::SHIFT_JIS;

/// A data record to write: what the demo and the tests put in a 全銀 file.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordOut {
    /// 照会番号 (up to 8 digits).
    pub reference: u32,
    /// 勘定日.
    pub date: NaiveDate,
    /// + 入金, − 出金.
    pub amount: i64,
    /// 取引区分 (11 振込, 14 振替, 18 その他 ...).
    pub kind: &'static str,
    /// 振込依頼人名 (half-width kana).
    pub payer: String,
    /// 摘要内容 (half-width).
    pub summary: String,
    /// EDI情報.
    pub edi: String,
}

/// The account a file is for.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountOut {
    /// 銀行コード.
    pub bank_code: String,
    /// 支店コード.
    pub branch_code: String,
    /// 口座番号.
    pub number: String,
    /// 口座名 (half-width kana).
    pub holder: String,
}

/// Writes one account's 入出金取引明細 as 200-byte CP932 records, CR LF after each (`breaks`)
/// or none; the header, trailer and end records carry the period, opening balance and totals.
pub fn render(
    account: &AccountOut,
    period: (NaiveDate, NaiveDate),
    opening: i64,
    records: &[RecordOut],
    breaks: bool,
) -> Vec<u8> {
    let header = format!(
        "1030{}{}{}{}{}{}{}0001{}{}00{:014}",
        wareki_text(period.1),
        wareki_text(period.0),
        wareki_text(period.1),
        pad_num(&account.bank_code, 4),
        pad(" ", 15),
        pad_num(&account.branch_code, 3),
        pad(" ", 15),
        pad_num(&account.number, 10),
        pad(&account.holder, 40),
        opening
    );
    let mut out = vec![fixed(&header)];
    let (mut ins, mut outs) = (Vec::new(), Vec::new());
    for r in records {
        if r.amount > 0 {
            ins.push(r.amount)
        } else {
            outs.push(-r.amount)
        }
        let data = format!(
            "2{:08}{}{}{}{}{:012}{:012}{}{}{}{}{}{}{}{}{}{}",
            r.reference,
            wareki_text(r.date),
            wareki_text(r.date),
            if r.amount > 0 { 1 } else { 2 },
            r.kind,
            r.amount.abs(),
            0,
            pad(" ", 6),
            pad(" ", 6),
            " ",
            pad(" ", 7),
            pad(" ", 3),
            pad(" ", 10),
            pad(&r.payer, 48),
            pad(" ", 30),
            pad(&r.summary, 20),
            pad(&r.edi, 20),
        );
        out.push(fixed(&data));
    }
    let closing = opening + ins.iter().sum::<i64>() - outs.iter().sum::<i64>();
    let trailer = format!(
        "8{:06}{:013}{:06}{:013}0{:014}{:07}",
        ins.len(),
        ins.iter().sum::<i64>(),
        outs.len(),
        outs.iter().sum::<i64>(),
        closing,
        records.len() + 2
    );
    out.push(fixed(&trailer));
    out.push(fixed(&format!("9{:010}{:05}", records.len() + 3, 1)));
    out.join(if breaks { &b"\r\n"[..] } else { &b""[..] })
}

fn wareki_text(date: NaiveDate) -> String {
    format!(
        "{:02}{:02}{:02}",
        date.year() - 2018,
        date.month(),
        date.day()
    )
}

fn pad_num(text: &str, width: usize) -> String {
    format!("{text:0>width$}")
}

/// Text padded with spaces to `width` bytes in CP932 (cut when longer).
fn pad(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let len = SHIFT_JIS.encode(&c.to_string()).0.len();
        if used + len > width {
            break;
        }
        out.push(c);
        used += len;
    }
    out + &" ".repeat(width - used)
}

/// A record as 200 CP932 bytes.
fn fixed(text: &str) -> Vec<u8> {
    let mut bytes = SHIFT_JIS.encode(text).0.into_owned();
    bytes.resize(200, b' ');
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::zengin::{looks_like, parse, with_balances};

    fn day(d: &str) -> NaiveDate {
        d.parse().unwrap()
    }

    fn sample(breaks: bool) -> Vec<u8> {
        let account = AccountOut {
            bank_code: "0005".into(),
            branch_code: "001".into(),
            number: "1234567".into(),
            holder: "ｶ)ﾃﾞﾓ".into(),
        };
        let records = [
            RecordOut {
                reference: 1,
                date: day("2026-04-30"),
                amount: 110_000,
                kind: "11",
                payer: "ｶ)ｱﾙﾌｱｼﾖｳｼﾞ".into(),
                summary: String::new(),
                edi: "INV20260001".into(),
            },
            RecordOut {
                reference: 2,
                date: day("2026-04-30"),
                amount: -5_500,
                kind: "18",
                payer: String::new(),
                summary: "ﾃﾞﾝﾜﾘﾖｳ".into(),
                edi: String::new(),
            },
        ];
        render(
            &account,
            (day("2026-04-01"), day("2026-04-30")),
            1_000_000,
            &records,
            breaks,
        )
    }

    #[test]
    fn reads_what_it_writes_with_and_without_line_breaks() {
        for breaks in [false, true] {
            let bytes = sample(breaks);
            assert!(looks_like(&bytes));
            let mut sections = parse("s.txt", &bytes, day("2026-05-15")).unwrap();
            assert_eq!(sections.len(), 1);
            let s = &mut sections[0];
            assert_eq!(
                (s.bank_code.as_str(), s.number.as_str()),
                ("0005", "1234567")
            );
            assert_eq!(s.period, (day("2026-04-01"), day("2026-04-30")));
            with_balances(s);
            let amounts: Vec<_> = s.lines.iter().map(|l| (l.amount, l.balance)).collect();
            assert_eq!(
                amounts,
                vec![(110_000, Some(1_110_000)), (-5_500, Some(1_104_500))]
            );
            assert_eq!(s.lines[0].payer.as_deref(), Some("カ)アルフアシヨウジ"));
            assert_eq!(s.lines[0].edi.as_deref(), Some("INV20260001"));
        }
    }

    #[test]
    fn a_missing_line_breaks_the_trailer_totals() {
        let bytes = sample(true);
        let mut records: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
        records.remove(2);
        let cut = records.join(&b"\n"[..]);
        let err = parse("s.txt", &cut, day("2026-05-15"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("出金件数") && err.contains("s.txt:3"), "{err}");
    }

    /// What a sink was handed, in order; it refuses a line when it holds `refuse_at` events.
    struct Events {
        seen: Vec<String>,
        refuse_at: usize,
    }

    impl crate::bank::zengin::Sink for Events {
        fn section(&mut self, s: &crate::bank::zengin::Section) -> anyhow::Result<()> {
            self.seen.push(format!("section {}", s.number));
            Ok(())
        }
        fn line(&mut self, line: crate::bank::types::ParsedLine) -> anyhow::Result<()> {
            if self.seen.len() == self.refuse_at {
                anyhow::bail!("refused at {}", line.file_line);
            }
            self.seen.push(format!("line {}", line.amount));
            Ok(())
        }
        fn end(&mut self, s: &crate::bank::zengin::Section) -> anyhow::Result<()> {
            self.seen.push(format!("end {}", s.number));
            Ok(())
        }
    }

    /// Two accounts' sections back to back, without line breaks, and one end record.
    fn two_sections() -> Vec<u8> {
        let first = sample(false);
        let mut second = sample(false);
        second[63..73].copy_from_slice(b"0007654321");
        let mut file = first[..first.len() - 200].to_vec();
        file.extend_from_slice(&second);
        file
    }

    /// A file is handed over as it is read: each section as it begins, its lines, its end
    /// once the trailer has proved it; the sections come back without their lines, and an
    /// error from the receiving side stops the read there.
    #[test]
    fn a_file_is_handed_over_record_by_record() {
        let bytes = two_sections();
        let read = |refuse_at| {
            let mut events = Events {
                seen: Vec::new(),
                refuse_at,
            };
            let input = Box::new(std::io::Cursor::new(bytes.clone()));
            let read = crate::bank::zengin::read("s.txt", input, day("2026-05-15"), &mut events);
            (read, events.seen)
        };
        let (refused, seen) = read(6);
        assert_eq!(refused.unwrap_err().to_string(), "refused at 7");
        assert_eq!(
            seen,
            [
                "section 1234567",
                "line 110000",
                "line -5500",
                "end 1234567",
                "section 7654321",
                "line 110000",
            ]
        );
        let (sections, seen) = read(usize::MAX);
        assert_eq!(seen.len(), 8);
        assert_eq!(seen[7], "end 7654321");
        let sections = sections.unwrap();
        let numbers: Vec<_> = sections
            .iter()
            .map(|s| (s.number.as_str(), s.lines.len()))
            .collect();
        assert_eq!(numbers, [("1234567", 0), ("7654321", 0)]);
    }

    /// An end-of-file mark after the last record is no record; bytes that do not make whole
    /// records are refused, counted as the file has them.
    #[test]
    fn an_end_of_file_mark_ends_and_a_cut_file_is_refused() {
        let mut bytes = sample(false);
        bytes.push(0x1a);
        assert_eq!(parse("s.txt", &bytes, day("2026-05-15")).unwrap().len(), 1);
        let cut = &bytes[..bytes.len() - 151];
        let err = parse("s.txt", cut, day("2026-05-15"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("s.txt: 850 bytes is not a whole number of 200-byte records"),
            "{err}"
        );
    }

    /// A byte CP932 cannot read is refused with the record and bytes it is in, never stored
    /// as a replacement character.
    #[test]
    fn a_byte_that_is_not_cp932_is_refused() {
        let mut bytes = sample(false);
        bytes[200 + 82] = 0xff;
        let err = parse("s.txt", &bytes, day("2026-05-15"))
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "s.txt:2: bytes 82–129: not CP932 text (a 全銀 record's character set)"
        );
    }
}
