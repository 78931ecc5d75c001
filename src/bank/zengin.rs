//! 全銀協 statement files: 入出金取引明細 (種別 03) and 振込入金通知 (種別 01), as 200-byte
//! fixed records (with or without line breaks) or the same fields comma-separated. Layouts from
//! shared/bank-formats.md §1 (きらぼし銀行 明細ファイル・フォーマット; 阿波銀行 振込入金通知). Pure:
//! bytes in, sections out; the trailer's counts and sums and the running balance are checked.

use anyhow::{Result, anyhow, bail};
use chrono::{Datelike, NaiveDate};
use encoding_rs::SHIFT_JIS;
use unicode_normalization::UnicodeNormalization;

use super::types::ParsedLine;

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

/// Field positions (1-based start, length) of each record type.
const HEADER_03: &[(usize, usize)] = &[
    (1, 1),
    (2, 2),
    (4, 1),
    (5, 6),
    (11, 6),
    (17, 6),
    (23, 4),
    (27, 15),
    (42, 3),
    (45, 15),
    (60, 3),
    (63, 1),
    (64, 10),
    (74, 40),
    (114, 1),
    (115, 1),
    (116, 14),
];
const DATA_03: &[(usize, usize)] = &[
    (1, 1),
    (2, 8),
    (10, 6),
    (16, 6),
    (22, 1),
    (23, 2),
    (25, 12),
    (37, 12),
    (49, 6),
    (55, 6),
    (61, 1),
    (62, 7),
    (69, 3),
    (72, 10),
    (82, 48),
    (130, 15),
    (145, 15),
    (160, 20),
    (180, 20),
];
const TRAILER_03: &[(usize, usize)] = &[
    (1, 1),
    (2, 6),
    (8, 13),
    (21, 6),
    (27, 13),
    (40, 1),
    (41, 14),
    (55, 7),
];
const HEADER_01: &[(usize, usize)] = &[
    (1, 1),
    (2, 2),
    (4, 1),
    (5, 6),
    (11, 6),
    (17, 6),
    (23, 4),
    (27, 15),
    (42, 3),
    (45, 15),
    (60, 1),
    (61, 7),
    (68, 40),
];
const DATA_01: &[(usize, usize)] = &[
    (1, 1),
    (2, 6),
    (8, 6),
    (14, 6),
    (20, 10),
    (30, 10),
    (40, 10),
    (50, 48),
    (98, 15),
    (113, 15),
    (128, 1),
    (129, 20),
];

/// Whether the bytes look like a 全銀 file: a header record of 種別 03 or 01 first.
pub fn looks_like(bytes: &[u8]) -> bool {
    let start = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    start.starts_with(b"103")
        || start.starts_with(b"101")
        || start.starts_with(b"1,03,")
        || start.starts_with(b"1,01,")
        || start.starts_with(b"\"1\",\"03\"")
}

/// One record split into its fields (text, trimmed) and the line it came from.
struct Record {
    line: u64,
    fields: Vec<String>,
    raw: String,
    /// The 200 bytes of a fixed-length record (to read it again in another layout).
    bytes: Option<Vec<u8>>,
}

impl Record {
    /// A fixed-length data record read in the layout of its section's kind.
    fn in_layout(&self, layout: &[(usize, usize)]) -> Record {
        match &self.bytes {
            Some(bytes) => Record {
                line: self.line,
                fields: split_fixed(bytes, layout),
                raw: self.raw.clone(),
                bytes: None,
            },
            None => Record {
                line: self.line,
                fields: self.fields.clone(),
                raw: self.raw.clone(),
                bytes: None,
            },
        }
    }
}

fn split_fixed(chunk: &[u8], layout: &[(usize, usize)]) -> Vec<String> {
    layout
        .iter()
        .map(|&(start, len)| decode(&chunk[start - 1..start - 1 + len]))
        .collect()
}

/// Reads every section of a file. `today` decides 令和 from 平成 in the era-less dates.
pub fn parse(name: &str, bytes: &[u8], today: NaiveDate) -> Result<Vec<Section>> {
    let records = records(name, bytes)?;
    let mut sections = Vec::new();
    let mut iter = records.into_iter().peekable();
    let mut ended = false;
    while let Some(record) = iter.next() {
        let at =
            |field: &str, message: String| anyhow!("{name}:{}: {field}: {message}", record.line);
        match record.fields[0].as_str() {
            "1" => {
                if ended {
                    bail!("{name}:{}: a header after the end record", record.line);
                }
                let mut section = header(name, &record, today)?;
                let mut trailer = None;
                while let Some(next) = iter.peek() {
                    match next.fields[0].as_str() {
                        "2" => {
                            let data = iter.next().expect("peeked");
                            section
                                .lines
                                .push(data_line(name, &section.kind, &data, today)?);
                        }
                        "8" => {
                            trailer = iter.next();
                            break;
                        }
                        _ => break,
                    }
                }
                let Some(trailer) = trailer else {
                    return Err(at(
                        "区分",
                        "the account's trailer record (8) is missing: the file is cut short".into(),
                    ));
                };
                if section.kind == "03" {
                    check_trailer(name, &section, &trailer)?;
                }
                sections.push(section);
            }
            "9" => ended = true,
            other => {
                return Err(at(
                    "データ区分",
                    format!("'{other}' where a header (1) or end (9) record belongs"),
                ));
            }
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

/// Splits the file into records: 200-byte blocks when it has no line breaks, else one per line;
/// comma-separated files by the CSV rules.
fn records(name: &str, bytes: &[u8]) -> Result<Vec<Record>> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if bytes.starts_with(b"1,") || bytes.starts_with(b"\"1\"") {
        return csv_records(name, bytes);
    }
    let chunks: Vec<&[u8]> = if bytes.contains(&b'\n') || bytes.contains(&b'\r') {
        bytes
            .split(|b| *b == b'\n')
            .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
            .filter(|l| !l.is_empty() && *l != b"\x1a")
            .collect()
    } else {
        let body = bytes.strip_suffix(b"\x1a").unwrap_or(bytes);
        if !body.len().is_multiple_of(200) {
            bail!(
                "{name}: {} bytes is not a whole number of 200-byte records: the file is cut or not a 全銀 file",
                body.len()
            );
        }
        body.chunks(200).collect()
    };
    chunks
        .into_iter()
        .enumerate()
        .map(|(i, chunk)| fixed_record(name, i as u64 + 1, chunk))
        .collect()
}

fn fixed_record(name: &str, line: u64, chunk: &[u8]) -> Result<Record> {
    if chunk.len() != 200 {
        bail!(
            "{name}:{line}: a record of {} bytes; 全銀 records are 200 bytes",
            chunk.len()
        );
    }
    let layout = match (chunk[0], chunk.get(1..3)) {
        (b'1', Some(b"01")) => HEADER_01,
        (b'1', _) => HEADER_03,
        (b'2', _) => DATA_03,
        (b'8', _) => TRAILER_03,
        (b'9', _) => &[(1, 1)][..],
        (other, _) => bail!(
            "{name}:{line}: データ区分 '{}' is not 1, 2, 8 or 9",
            other as char
        ),
    };
    Ok(Record {
        line,
        fields: split_fixed(chunk, layout),
        raw: decode(chunk),
        bytes: Some(chunk.to_vec()),
    })
}

fn csv_records(name: &str, bytes: &[u8]) -> Result<Vec<Record>> {
    let (text, _) =
        crate::kernel::csvio::decode_all(name, bytes, crate::kernel::csvio::Encoding::Auto)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| anyhow!("{name}:{}: {e}", i + 1))?;
        let raw = record.iter().collect::<Vec<_>>().join(",");
        out.push(Record {
            line: i as u64 + 1,
            fields: record.iter().map(|f| f.trim().to_string()).collect(),
            raw,
            bytes: None,
        });
    }
    Ok(out)
}

fn decode(bytes: &[u8]) -> String {
    let (text, _, _) = SHIFT_JIS.decode(bytes);
    text.trim_end_matches([' ', '\u{3000}'])
        .trim_start()
        .to_string()
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
fn check_trailer(name: &str, section: &Section, trailer: &Record) -> Result<()> {
    let at = |label: &str, found: i64, expected: i64| {
        anyhow!(
            "{name}:{}: {label}: the trailer says {found} but the lines give {expected}: a line is missing or doubled",
            trailer.line
        )
    };
    let ins: Vec<i64> = section
        .lines
        .iter()
        .filter(|l| l.amount > 0)
        .map(|l| l.amount)
        .collect();
    let outs: Vec<i64> = section
        .lines
        .iter()
        .filter(|l| l.amount < 0)
        .map(|l| -l.amount)
        .collect();
    let checks = [
        (
            "入金件数",
            number(name, trailer, 1, "入金件数")?,
            ins.len() as i64,
        ),
        (
            "入金額合計",
            number(name, trailer, 2, "入金額合計")?,
            ins.iter().sum(),
        ),
        (
            "出金件数",
            number(name, trailer, 3, "出金件数")?,
            outs.len() as i64,
        ),
        (
            "出金額合計",
            number(name, trailer, 4, "出金額合計")?,
            outs.iter().sum(),
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
    let expected =
        section.opening.unwrap_or(0) + section.lines.iter().map(|l| l.amount).sum::<i64>();
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
