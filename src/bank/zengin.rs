//! 全銀協 statement files: 入出金取引明細 (種別 03) and 振込入金通知 (種別 01), as 200-byte
//! fixed records (with or without line breaks) or the same fields comma-separated. Layouts from
//! shared/bank-formats.md §1 (きらぼし銀行 明細ファイル・フォーマット; 阿波銀行 振込入金通知). Pure:
//! bytes in, sections out, read as a stream ([`read`] hands each line over as it is read); the
//! trailer's counts and sums and the running balance are checked.

use std::io::{Cursor, Read};

use anyhow::{Result, anyhow, bail};
use chrono::{Datelike, NaiveDate};
use unicode_normalization::UnicodeNormalization;

use super::types::ParsedLine;
use super::zengin_records::{DATA_01, Record, Records};

/// One account's part of a file: header, data, trailer.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// 種別コード: 03 入出金取引明細, 01 振込入金通知.
    pub kind: String,
    /// 銀行コード.
    pub bank_code: String,
    /// 支店コード.
    pub branch_code: String,
    /// 口座番号 without leading zeros.
    pub number: String,
    /// 勘定日 from and to.
    pub period: (NaiveDate, NaiveDate),
    /// 取引前残高 (入出金取引明細 only).
    pub opening: Option<i64>,
    /// The data records, file order.
    pub lines: Vec<ParsedLine>,
}

/// Whether the bytes look like a 全銀 file: a header record of 種別 03 or 01 first.
pub fn looks_like(bytes: &[u8]) -> bool {
    let start = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    start.starts_with(b"103")
        || start.starts_with(b"101")
        || start.starts_with(b"1,03,")
        || start.starts_with(b"1,01,")
        || start.starts_with(b"\"1\",\"03\"")
}

/// What a streamed read hands over, in file order.
pub trait Sink {
    /// A section begins: its header is read, none of its lines yet.
    fn section(&mut self, section: &Section) -> Result<()>;
    /// A data record of the section begun last.
    fn line(&mut self, line: ParsedLine) -> Result<()>;
    /// The section's trailer has proved it whole.
    fn end(&mut self, section: &Section) -> Result<()>;
}

/// A sink that keeps nothing: the file is only checked.
pub struct CheckOnly;

impl Sink for CheckOnly {
    fn section(&mut self, _: &Section) -> Result<()> {
        Ok(())
    }
    fn line(&mut self, _: ParsedLine) -> Result<()> {
        Ok(())
    }
    fn end(&mut self, _: &Section) -> Result<()> {
        Ok(())
    }
}

/// Reads every section of a file. `today` decides 令和 from 平成 in the era-less dates.
pub fn parse(name: &str, bytes: &[u8], today: NaiveDate) -> Result<Vec<Section>> {
    struct Collect(Vec<Vec<ParsedLine>>);
    impl Sink for Collect {
        fn section(&mut self, _: &Section) -> Result<()> {
            self.0.push(Vec::new());
            Ok(())
        }
        fn line(&mut self, line: ParsedLine) -> Result<()> {
            self.0.last_mut().expect("a section begun").push(line);
            Ok(())
        }
        fn end(&mut self, _: &Section) -> Result<()> {
            Ok(())
        }
    }
    let mut lines = Collect(Vec::new());
    let mut sections = read(
        name,
        Box::new(Cursor::new(bytes.to_vec())),
        today,
        &mut lines,
    )?;
    for (section, lines) in sections.iter_mut().zip(lines.0) {
        section.lines = lines;
    }
    Ok(sections)
}

/// Reads a file as it streams, record by record, handing each section and its lines to `sink`
/// and checking each section's trailer against its lines; returns the sections (without their
/// lines). A file is never held whole: a million records stream in the memory of a few.
pub fn read(
    name: &str,
    input: Box<dyn Read>,
    today: NaiveDate,
    sink: &mut dyn Sink,
) -> Result<Vec<Section>> {
    let mut records = Records::open(name, input)?;
    let mut sections = Vec::new();
    let mut ended = false;
    let mut next = records.next()?;
    while let Some(record) = next.take() {
        match record.fields[0].as_str() {
            "1" => {
                if ended {
                    bail!("{name}:{}: a header after the end record", record.line);
                }
                let (section, after) = read_section(name, &record, &mut records, today, sink)?;
                sections.push(section);
                next = after;
            }
            "9" => {
                ended = true;
                next = records.next()?;
            }
            other => bail!(
                "{name}:{}: データ区分: '{other}' where a header (1) or end (9) record belongs",
                record.line
            ),
        }
    }
    if sections.is_empty() {
        bail!("{name}: no header record: not a 全銀 statement");
    }
    if !ended {
        bail!("{name}: the end record (9) is missing: the file is cut short");
    }
    Ok(sections)
}

/// One section from its header record to its trailer; returns it with the record after it.
fn read_section(
    name: &str,
    first: &Record,
    records: &mut Records,
    today: NaiveDate,
    sink: &mut dyn Sink,
) -> Result<(Section, Option<Record>)> {
    let section = header(name, first, today)?;
    sink.section(&section)?;
    let mut totals = Totals::default();
    let trailer = loop {
        match records.next()? {
            Some(record) if record.fields[0] == "2" => {
                let line = data_line(name, &section.kind, &record, today)?;
                totals.add(line.amount);
                sink.line(line)?;
            }
            Some(record) if record.fields[0] == "8" => break record,
            _ => return Err(missing_trailer(name, first)),
        }
    };
    if section.kind == "03" {
        check_trailer(name, &section, &totals, &trailer)?;
    }
    sink.end(&section)?;
    Ok((section, records.next()?))
}

fn missing_trailer(name: &str, header: &Record) -> anyhow::Error {
    anyhow!(
        "{name}:{}: 区分: the account's trailer record (8) is missing: the file is cut short",
        header.line
    )
}

/// A section's lines as its trailer counts them.
#[derive(Default)]
struct Totals {
    ins: i64,
    in_sum: i64,
    outs: i64,
    out_sum: i64,
}

impl Totals {
    fn add(&mut self, amount: i64) {
        if amount > 0 {
            self.ins += 1;
            self.in_sum += amount;
        } else if amount < 0 {
            self.outs += 1;
            self.out_sum -= amount;
        }
    }
}

fn field<'a>(name: &str, record: &'a Record, index: usize, label: &str) -> Result<&'a str> {
    record.fields.get(index).map(String::as_str).ok_or_else(|| {
        anyhow!(
            "{name}:{}: {label}: missing (the record has {} fields)",
            record.line,
            record.fields.len()
        )
    })
}

fn header(name: &str, record: &Record, today: NaiveDate) -> Result<Section> {
    let kind = field(name, record, 1, "種別コード")?.to_string();
    if kind != "03" && kind != "01" {
        bail!(
            "{name}:{}: 種別コード {kind}: bko reads 03 (入出金取引明細) and 01 (振込入金通知)",
            record.line
        );
    }
    let number_at = if kind == "03" { 12 } else { 11 };
    let from = wareki(name, record, 4, "勘定日(自)", today)?;
    let to = wareki(name, record, 5, "勘定日(至)", today)?;
    let opening = if kind == "03" {
        let sign = if field(name, record, 14, "貸越区分")? == "1" {
            -1
        } else {
            1
        };
        Some(sign * number(name, record, 16, "取引前残高")?)
    } else {
        None
    };
    Ok(Section {
        bank_code: field(name, record, 6, "銀行コード")?.to_string(),
        branch_code: field(name, record, 8, "支店コード")?.to_string(),
        number: field(name, record, number_at, "口座番号")?
            .trim_start_matches('0')
            .to_string(),
        kind,
        period: (from, to),
        opening,
        lines: Vec::new(),
    })
}

fn data_line(name: &str, kind: &str, record: &Record, today: NaiveDate) -> Result<ParsedLine> {
    if kind == "01" {
        return notice_line(name, &record.in_layout(DATA_01), today);
    }
    let amount = number(name, record, 6, "取引金額")?;
    let sign = match field(name, record, 4, "入払区分")? {
        "1" => 1,
        "2" => -1,
        other => bail!(
            "{name}:{}: 入払区分: '{other}' is neither 1 (入金) nor 2 (出金)",
            record.line
        ),
    };
    if amount == 0 {
        bail!("{name}:{}: 取引金額: zero", record.line);
    }
    let payer = text(field(name, record, 14, "振込依頼人名")?);
    let summary = text(field(name, record, 17, "摘要内容")?);
    let description = [summary.clone(), payer.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    Ok(ParsedLine {
        file_line: record.line,
        date: wareki(name, record, 2, "勘定日", today)?,
        value_date: Some(wareki(name, record, 3, "預入・払出日", today)?),
        amount: sign * amount,
        balance: None,
        text: description,
        payer,
        edi: text(field(name, record, 18, "EDI情報")?),
        reference: Some(field(name, record, 1, "照会番号")?.to_string()),
        raw: record.raw.clone(),
    })
}

/// 振込入金通知: deposits; 取消区分 1 cancels an earlier notice (stored as money out).
fn notice_line(name: &str, record: &Record, today: NaiveDate) -> Result<ParsedLine> {
    let amount = number(name, record, 4, "金額")?;
    let cancels = field(name, record, 10, "取消区分")? == "1";
    let reference = field(name, record, 1, "照会番号")?.to_string();
    let payer = text(field(name, record, 7, "振込依頼人名")?);
    Ok(ParsedLine {
        file_line: record.line,
        date: wareki(name, record, 2, "勘定日", today)?,
        value_date: Some(wareki(name, record, 3, "起算日", today)?),
        amount: if cancels { -amount } else { amount },
        balance: None,
        text: format!(
            "{}{}",
            if cancels { "取消 " } else { "" },
            payer.clone().unwrap_or_default()
        ),
        payer,
        edi: text(field(name, record, 11, "EDI情報")?),
        reference: Some(if cancels {
            format!("{reference}取消")
        } else {
            reference
        }),
        raw: record.raw.clone(),
    })
}

/// The trailer proves the section whole: counts, sums, and opening + in − out = closing; the
/// balance after each line is then known and stored with it.
fn check_trailer(name: &str, section: &Section, totals: &Totals, trailer: &Record) -> Result<()> {
    let at = |label: &str, found: i64, expected: i64| {
        anyhow!(
            "{name}:{}: {label}: the trailer says {found} but the lines give {expected}: a line is missing or doubled",
            trailer.line
        )
    };
    let checks = [
        (
            "入金件数",
            number(name, trailer, 1, "入金件数")?,
            totals.ins,
        ),
        (
            "入金額合計",
            number(name, trailer, 2, "入金額合計")?,
            totals.in_sum,
        ),
        (
            "出金件数",
            number(name, trailer, 3, "出金件数")?,
            totals.outs,
        ),
        (
            "出金額合計",
            number(name, trailer, 4, "出金額合計")?,
            totals.out_sum,
        ),
    ];
    for (label, found, expected) in checks {
        if found != expected {
            return Err(at(label, found, expected));
        }
    }
    let sign = if field(name, trailer, 5, "貸越区分")? == "1" {
        -1
    } else {
        1
    };
    let closing = sign * number(name, trailer, 6, "取引後残高")?;
    let expected = section.opening.unwrap_or(0) + totals.in_sum - totals.out_sum;
    if closing != expected {
        return Err(at("取引後残高", closing, expected));
    }
    Ok(())
}

fn number(name: &str, record: &Record, index: usize, label: &str) -> Result<i64> {
    let text = field(name, record, index, label)?;
    if text.is_empty() {
        return Ok(0);
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) || text.len() > 15 {
        bail!("{name}:{}: {label}: '{text}' is not a number", record.line);
    }
    Ok(text.parse()?)
}

fn text(field: &str) -> Option<String> {
    let t: String = field
        .nfkc()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (!t.is_empty()).then_some(t)
}

/// A 和暦 date YYMMDD without its era: 令和 unless YY is past this Reiwa year (then 平成).
fn wareki(
    name: &str,
    record: &Record,
    index: usize,
    label: &str,
    today: NaiveDate,
) -> Result<NaiveDate> {
    let text = field(name, record, index, label)?;
    let bad = || {
        anyhow!(
            "{name}:{}: {label}: '{text}' is not a 和暦 date (YYMMDD)",
            record.line
        )
    };
    if text.len() != 6 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let yy: i32 = text[0..2].parse()?;
    let (mm, dd): (u32, u32) = (text[2..4].parse()?, text[4..6].parse()?);
    let reiwa_now = today.year() - 2018;
    let year = if yy > reiwa_now { 1988 + yy } else { 2018 + yy };
    NaiveDate::from_ymd_opt(year, mm, dd).ok_or_else(bad)
}

/// Fills in each line's balance from the opening balance (the trailer has checked the sum).
pub fn with_balances(section: &mut Section) {
    if let Some(mut balance) = section.opening {
        for line in &mut section.lines {
            balance += line.amount;
            line.balance = Some(balance);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::SHIFT_JIS;

    fn day(d: &str) -> NaiveDate {
        d.parse().unwrap()
    }

    #[test]
    fn era_less_dates_are_reiwa_unless_the_year_is_still_to_come() {
        let record = Record {
            line: 1,
            fields: vec!["070401".into(), "310401".into()],
            raw: String::new(),
            bytes: None,
        };
        let today = day("2026-05-15");
        assert_eq!(
            wareki("f", &record, 0, "d", today).unwrap(),
            day("2025-04-01")
        );
        assert_eq!(
            wareki("f", &record, 1, "d", today).unwrap(),
            day("2019-04-01"),
            "平成31年"
        );
    }

    /// A record as 200 CP932 bytes (half-width kana are one byte there).
    fn padded(text: &str) -> Vec<u8> {
        let mut bytes = SHIFT_JIS.encode(text).0.into_owned();
        bytes.resize(200, b' ');
        bytes
    }

    /// 振込入金通知 (種別 01) as 阿波銀行's layout gives it: a deposit and the cancellation of an
    /// earlier one.
    #[test]
    fn a_transfer_notice_reads_deposits_and_cancellations() {
        let header = padded(&format!(
            "1010{}{}{}0001{:15}001{:15}11234567{:40}",
            "080415", "080401", "080415", "", "", "ｶ)ﾃｽﾄ"
        ));
        let deposit = padded(&format!(
            "2000001080410080410{:010}{:010}{:10}{:48}{:30}0{:20}",
            110_000, 0, "", "ｶ)ｱﾙﾌｱｼﾖｳｼﾞ", "", "INV20260001"
        ));
        let cancel = padded(&format!(
            "2000002080411080411{:010}{:010}{:10}{:48}{:30}1{:20}",
            5_000, 0, "", "ﾀﾅｶ", "", ""
        ));
        let file = [header, deposit, cancel, padded("8000002"), padded("9")].join(&b"\r\n"[..]);
        let sections = parse("n.txt", &file, day("2026-05-15")).unwrap();
        let s = &sections[0];
        assert_eq!((s.kind.as_str(), s.number.as_str()), ("01", "1234567"));
        let lines: Vec<_> = s
            .lines
            .iter()
            .map(|l| (l.date, l.amount, l.payer.clone(), l.edi.clone()))
            .collect();
        assert_eq!(
            lines[0],
            (
                day("2026-04-10"),
                110_000,
                Some("カ)アルフアシヨウジ".into()),
                Some("INV20260001".into())
            )
        );
        assert_eq!(
            (lines[1].1, lines[1].0),
            (-5_000, day("2026-04-11")),
            "a cancellation is money out"
        );
    }

    /// The 入出金取引明細 fields comma-separated, as bank-formats.md §1 shows a data record.
    #[test]
    fn the_same_layout_as_csv() {
        let file = "1,03,0,060202,060201,060202,0005,,276,,000,1,0001234567,ｶ)ﾃｽﾄ,0,0,00000000500000\n\
                    2,02000001,060202,060202,1,14,000000135000,000000000000,,,,,276,,\"\",\"ﾐﾂｲｽﾐﾄﾓ\",\"ﾆｼｶｻｲ\",\"\",\"\",\"\"\n\
                    8,000001,0000000135000,000000,0000000000000,0,00000000635000,0000003\n\
                    9,0000000004,00001\n";
        let mut sections = parse("c.csv", file.as_bytes(), day("2026-05-15")).unwrap();
        with_balances(&mut sections[0]);
        let l = &sections[0].lines[0];
        assert_eq!(
            (l.date, l.amount, l.balance),
            (day("2024-02-02"), 135_000, Some(635_000))
        );
        assert_eq!(l.reference.as_deref(), Some("02000001"));
    }
}
