//! Statement layouts (profiles): which column holds the date, the amount or the in/out pair, the
//! description, the balance and the bank's id, the date format, the encoding, preamble lines and
//! order. The banks' downloads (shared/bank-formats.md §2–3) are built in as data
//! (`profiles.json`); a user adds any other layout the same way. Pure: bytes in, lines out, one
//! at a time.

use anyhow::{Result, anyhow, bail};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use std::io::Read;

use super::types::ParsedLine;
use crate::kernel::csv_raw::{RawRecord, RawRecords};
use crate::kernel::encoding::{Encoding, SNIFF_BYTES, UNDECODABLE, decoded, undecodable};

/// How many rows are searched for the header when a profile does not say where it is.
const HEADER_SEARCH_ROWS: usize = 30;

/// A statement layout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// Name (`--profile NAME`).
    pub name: String,
    /// Whose layout it is.
    #[serde(default)]
    pub about: String,
    /// `bank` or `card`.
    #[serde(default = "bank")]
    pub kind: String,
    /// auto, cp932, utf-8 or utf-16.
    #[serde(default = "auto")]
    pub encoding: String,
    /// Lines before the header; none: the header is found by its column names.
    #[serde(default)]
    pub skip_lines: Option<usize>,
    /// The date column, or the year, month and day columns.
    pub date: Vec<String>,
    /// chrono format of the date column (`%Y/%m/%d`).
    #[serde(default)]
    pub date_format: String,
    /// One signed amount column.
    #[serde(default)]
    pub amount: Option<String>,
    /// For a card: a positive amount is a charge (money out).
    #[serde(default)]
    pub charges_positive: bool,
    /// Money-in column.
    #[serde(default)]
    pub deposit: Option<String>,
    /// Money-out column.
    #[serde(default)]
    pub withdrawal: Option<String>,
    /// Columns joined into the description.
    pub description: Vec<String>,
    /// The balance after each line.
    #[serde(default)]
    pub balance: Option<String>,
    /// The bank's id of each line.
    #[serde(default)]
    pub id: Option<String>,
    /// The file lists the newest line first.
    #[serde(default)]
    pub newest_first: bool,
    /// Rows without a date and amount are notes (a card holder's name), not lines.
    #[serde(default)]
    pub skip_undated: bool,
}

fn bank() -> String {
    "bank".into()
}

fn auto() -> String {
    "auto".into()
}

/// The built-in layouts, in the order detection tries them.
pub fn built_in() -> Vec<Profile> {
    serde_json::from_str(include_str!("profiles.json")).expect("the built-in profiles parse")
}

impl Profile {
    /// Checks that the profile can read anything: a date, an amount source, a description.
    pub fn validate(&self) -> Result<()> {
        crate::kernel::text::check_length(
            "profile name",
            &self.name,
            crate::kernel::text::CODE_MAX_CHARS,
        )?;
        if self.name.trim().is_empty() {
            bail!("a profile needs a name");
        }
        match self.date.len() {
            1 if self.date_format.is_empty() => {
                bail!("profile {}: --date-format is needed", self.name)
            }
            1 | 3 => {}
            _ => bail!(
                "profile {}: one date column, or three (year, month, day)",
                self.name
            ),
        }
        match (&self.amount, &self.deposit, &self.withdrawal) {
            (Some(_), None, None) | (None, Some(_), Some(_)) => {}
            _ => bail!(
                "profile {}: either --amount-column (signed) or both --in-column and --out-column",
                self.name
            ),
        }
        if self.description.is_empty() {
            bail!(
                "profile {}: --description-columns names at least one column",
                self.name
            );
        }
        if !matches!(self.kind.as_str(), "bank" | "card") {
            bail!("profile {}: kind is bank or card", self.name);
        }
        self.text_encoding()?;
        Ok(())
    }

    fn text_encoding(&self) -> Result<Encoding> {
        Ok(match self.encoding.as_str() {
            "auto" | "" => Encoding::Auto,
            "cp932" | "sjis" | "shift_jis" => Encoding::Cp932,
            "utf-8" | "utf8" => Encoding::Utf8,
            "utf-16" | "utf16" => Encoding::Utf16,
            other => bail!(
                "profile {}: unknown encoding '{other}' (auto, cp932, utf-8, utf-16)",
                self.name
            ),
        })
    }

    /// Every column the profile reads.
    fn columns(&self) -> Vec<&str> {
        let optional = [
            &self.amount,
            &self.deposit,
            &self.withdrawal,
            &self.balance,
            &self.id,
        ];
        self.date
            .iter()
            .chain(&self.description)
            .map(String::as_str)
            .chain(optional.into_iter().flatten().map(String::as_str))
            .collect()
    }
}

/// A header name or a column reference, compared without width, case or spaces.
fn normalize(text: &str) -> String {
    text.nfkc()
        .filter(|c| !c.is_whitespace() && *c != '"')
        .collect::<String>()
        .to_lowercase()
}

/// Where the header is and which column each reference names.
struct Layout {
    header_row: usize,
    width: usize,
    /// Each column the profile names (as it writes it) with its position: a short list, looked
    /// up for every cell of a large file.
    index: Vec<(String, usize)>,
}

impl Layout {
    /// Where a column the profile names is.
    fn position(&self, column: &str) -> usize {
        self.index
            .iter()
            .find(|(name, _)| name == column)
            .map(|(_, at)| *at)
            .expect("every column a profile names is resolved with its layout")
    }
}

fn layout(profile: &Profile, rows: &[RawRecord]) -> Result<Layout> {
    // Keyed by the column as the profile writes it: a row's cell is then one lookup, with no
    // normalizing per cell.
    let wanted: Vec<(String, String)> = profile
        .columns()
        .iter()
        .map(|c| (c.to_string(), normalize(c)))
        .collect();
    let resolve = |header: &csv::StringRecord| -> std::result::Result<Layout, String> {
        let names: Vec<String> = header.iter().map(normalize).collect();
        let mut index = Vec::with_capacity(wanted.len());
        for (raw, column) in &wanted {
            let at = match column.parse::<usize>() {
                Ok(n) if n >= 1 && n <= names.len() => Some(n - 1),
                _ => names.iter().position(|n| n == column),
            };
            match at {
                Some(at) => index.push((raw.clone(), at)),
                None => return Err(format!("no column '{column}'")),
            };
        }
        Ok(Layout {
            header_row: 0,
            width: names.len(),
            index,
        })
    };
    let candidates: Vec<usize> = match profile.skip_lines {
        Some(n) => vec![n],
        None => (0..rows.len().min(HEADER_SEARCH_ROWS)).collect(),
    };
    let mut first_reason = None;
    for row in candidates {
        let Some(record) = rows.get(row) else {
            break;
        };
        match resolve(&record.fields) {
            Ok(mut found) => {
                found.header_row = row;
                return Ok(found);
            }
            Err(reason) => {
                first_reason.get_or_insert(reason);
            }
        }
    }
    bail!(
        "{}",
        match profile.skip_lines {
            Some(n) => format!(
                "line {}: {}",
                n + 1,
                first_reason.unwrap_or_else(|| "no such line".into())
            ),
            None => format!(
                "no header row naming {} in the first {HEADER_SEARCH_ROWS} lines",
                profile.columns().join(", ")
            ),
        }
    )
}

/// A statement being read with a profile, one line at a time: the header is found in the
/// first rows, then each row is checked and read as it comes, so a download of a million lines
/// is never held whole.
pub struct LineReader<'p> {
    name: String,
    profile: &'p Profile,
    encoding: Encoding,
    layout: Layout,
    /// Rows read while looking for the header, after it.
    ahead: std::vec::IntoIter<RawRecord>,
    records: RawRecords,
}

/// Starts reading `source` (a file's bytes from the first) with a profile: decoded in the
/// profile's encoding (or the one its first bytes show), the header found. An error says why
/// the profile does not fit (for detection) or which line and field is wrong.
pub fn lines<'p>(
    name: &str,
    source: Box<dyn Read>,
    profile: &'p Profile,
) -> Result<LineReader<'p>> {
    let mut source = source;
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    (&mut source)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(|e| anyhow!("cannot read {name}: {e}"))?;
    let (text, encoding) = decoded(name, head, source, profile.text_encoding()?)?;
    let mut records = RawRecords::new(name, text, encoding);
    let wanted = profile.skip_lines.map_or(HEADER_SEARCH_ROWS, |n| n + 1);
    let mut first = Vec::new();
    while first.len() < wanted {
        match records.next_record()? {
            Some(record) => first.push(record),
            None => break,
        }
    }
    let layout = layout(profile, &first).map_err(|e| anyhow!("profile {}: {e}", profile.name))?;
    let ahead = first.split_off(layout.header_row + 1).into_iter();
    Ok(LineReader {
        name: name.to_string(),
        profile,
        encoding,
        layout,
        ahead,
        records,
    })
}

impl LineReader<'_> {
    /// The next line of the file, or None at its end.
    pub fn next_line(&mut self) -> Result<Option<ParsedLine>> {
        loop {
            let record = match self.ahead.next() {
                Some(record) => record,
                None => match self.records.next_record()? {
                    Some(record) => record,
                    None => return Ok(None),
                },
            };
            if let Some(line) = self.read_row(record)? {
                return Ok(Some(line));
            }
        }
    }

    /// Whether the file lists its newest line first (bko stores lines oldest first).
    pub fn newest_first(&self) -> bool {
        self.profile.newest_first
    }

    /// A row's line; None for a blank row or a note between lines.
    fn read_row(&self, record: RawRecord) -> Result<Option<ParsedLine>> {
        let RawRecord {
            line,
            fields,
            mut raw,
            ..
        } = record;
        if fields.iter().all(|f| f.trim().is_empty()) {
            return Ok(None);
        }
        let reader = RowReader {
            name: &self.name,
            line,
            fields: &fields,
            layout: &self.layout,
        };
        if self.profile.skip_undated && reader.is_note(self.profile) {
            return Ok(None);
        }
        if fields.len() != self.layout.width {
            bail!(
                "{}:{line}: {} fields where the header has {}: refused rather than guessed",
                self.name,
                fields.len(),
                self.layout.width
            );
        }
        if let Some(field) = fields.iter().position(|f| f.contains(UNDECODABLE)) {
            let column = (field + 1).to_string();
            return Err(undecodable(&self.name, line, &column, self.encoding));
        }
        raw.truncate(raw.trim_end().len());
        reader.line(self.profile, raw).map(Some)
    }
}

struct RowReader<'a> {
    name: &'a str,
    line: u64,
    fields: &'a csv::StringRecord,
    layout: &'a Layout,
}

impl RowReader<'_> {
    fn cell(&self, column: &str) -> &str {
        let at = self.layout.position(column);
        self.fields.get(at).map_or("", str::trim)
    }

    fn error(&self, column: &str, message: impl std::fmt::Display) -> anyhow::Error {
        anyhow!("{}:{}: column '{column}': {message}", self.name, self.line)
    }

    /// A row with neither a date nor an amount (a card holder's name line, a note).
    fn is_note(&self, profile: &Profile) -> bool {
        let amount_column = profile.amount.as_ref().or(profile.withdrawal.as_ref());
        let no_amount = amount_column.is_none_or(|c| {
            self.fields
                .get(self.layout.position(c))
                .is_none_or(|v| v.trim().is_empty())
        });
        let no_date = self.date(profile).is_err();
        no_date && no_amount
    }

    fn date(&self, profile: &Profile) -> Result<NaiveDate> {
        if let [y, m, d] = profile.date.as_slice() {
            let part = |c: &str| {
                self.cell(c)
                    .parse::<u32>()
                    .map_err(|_| self.error(c, format!("'{}' is not a number", self.cell(c))))
            };
            let (year, month, day) = (part(y)?, part(m)?, part(d)?);
            let date = NaiveDate::from_ymd_opt(year as i32, month, day)
                .ok_or_else(|| self.error(y, format!("{year}-{month}-{day} is not a date")))?;
            return crate::kernel::period::in_book_years(date, &format!("{year}-{month}-{day}"))
                .map_err(|e| self.error(y, e));
        }
        let column = &profile.date[0];
        let text = self.cell(column);
        // A date cell of a bank's Excel download reads as ISO (YYYY-MM-DD), whatever the
        // layout's text format: unambiguous, so accepted beside it.
        let date = NaiveDate::parse_from_str(text, &profile.date_format)
            .or_else(|e| NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| e))
            .map_err(|_| {
                self.error(
                    column,
                    format!("'{text}' is not a date ({})", profile.date_format),
                )
            })?;
        crate::kernel::period::in_book_years(date, text).map_err(|e| self.error(column, e))
    }

    fn amount(&self, column: &str) -> Result<i64> {
        parse_yen(self.cell(column)).map_err(|e| self.error(column, e))
    }

    fn line(&self, profile: &Profile, raw: String) -> Result<ParsedLine> {
        let amount = match (&profile.amount, &profile.deposit, &profile.withdrawal) {
            (Some(column), _, _) => {
                let a = self.amount(column)?;
                if profile.charges_positive { -a } else { a }
            }
            (None, Some(deposit), Some(withdrawal)) => {
                let (i, o) = (self.amount(deposit)?, self.amount(withdrawal)?);
                if i != 0 && o != 0 {
                    return Err(self.error(deposit, "money both in and out on one line"));
                }
                i - o
            }
            _ => bail!("profile {}: no amount column", profile.name),
        };
        let first = profile
            .amount
            .as_ref()
            .or(profile.deposit.as_ref())
            .expect("validated");
        if amount == 0 {
            return Err(self.error(first, "no amount"));
        }
        // The description cells that say something, spaces collapsed to one.
        let mut text = String::new();
        for cell in profile
            .description
            .iter()
            .map(|c| crate::jp::width::nfkc(self.cell(c)))
        {
            if cell.is_empty() || cell == "-" {
                continue;
            }
            for word in cell.split_whitespace() {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(word);
            }
        }
        let balance = match &profile.balance {
            Some(c) if !self.cell(c).is_empty() => Some(self.amount(c)?),
            _ => None,
        };
        let reference = profile
            .id
            .as_ref()
            .map(|c| self.cell(c).to_string())
            .filter(|r| !r.is_empty());
        Ok(ParsedLine {
            file_line: self.line,
            date: self.date(profile)?,
            value_date: None,
            amount,
            balance,
            text,
            payer: None,
            edi: None,
            reference,
            raw,
        })
    }
}

/// A yen amount as banks print it: `1,234`, `"1,234"`, `1234円`, `-500`, `△500`; empty is 0. A
/// fraction is refused, not rounded.
pub fn parse_yen(text: &str) -> Result<i64> {
    if text.is_empty() {
        return Ok(0);
    }
    // Plain digits, with or without a minus (most cells of a large file), skip the normalizer.
    let (minus, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    if !digits.is_empty() && digits.len() <= 15 && digits.bytes().all(|b| b.is_ascii_digit()) {
        let value: i64 = digits.parse()?;
        return Ok(if minus { -value } else { value });
    }
    let cleaned: String = text
        .nfkc()
        .filter(|c| !matches!(c, ',' | ' ' | '円' | '¥' | '\\' | '+'))
        .collect();
    if cleaned.is_empty() {
        return Ok(0);
    }
    let (negative, digits) = match cleaned.strip_prefix(['-', '−', '△', '▲']) {
        Some(rest) => (true, rest),
        None => (false, cleaned.as_str()),
    };
    if digits.is_empty() || digits.len() > 15 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        bail!("'{text}' is not a whole yen amount");
    }
    let value: i64 = digits.parse()?;
    Ok(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_profile_is_valid_and_named_once() {
        let all = built_in();
        assert!(all.len() >= 13);
        for p in &all {
            p.validate().unwrap();
        }
        let mut names: Vec<_> = all.iter().map(|p| &p.name).collect();
        names.dedup();
        assert_eq!(names.len(), all.len());
    }

    #[test]
    fn yen_amounts_as_banks_print_them() {
        for (text, value) in [
            ("1,234", 1234),
            ("1234円", 1234),
            ("-500", -500),
            ("-1,500", -1500),
            ("△500", -500),
            ("", 0),
            ("１，０００", 1000),
        ] {
            assert_eq!(parse_yen(text).unwrap(), value, "{text}");
        }
        for bad in ["12.5", "abc", "1e3", "-", "--5", "-1234567890123456"] {
            assert!(parse_yen(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn reads_a_file_with_a_preamble_and_unpadded_dates() {
        let text = "口座,1234567\n\n日付,摘要,摘要内容,支払い金額,預かり金額,差引残高,メモ,未資金化区分,入払区分\n\
                    2026/7/2,振込１,ｱﾙﾌｱｼﾖｳｼﾞ,,\"110,000\",\"1,110,000\",,,入金\n";
        let mufg = built_in().into_iter().find(|p| p.name == "mufg").unwrap();
        let source = Box::new(std::io::Cursor::new(text.as_bytes().to_vec()));
        let mut reader = lines("m.csv", source, &mufg).unwrap();
        let l = reader.next_line().unwrap().expect("one line");
        assert!(reader.next_line().unwrap().is_none());
        assert_eq!(
            (l.date.to_string().as_str(), l.amount, l.balance),
            ("2026-07-02", 110_000, Some(1_110_000))
        );
        assert_eq!(l.text, "振込1 アルフアシヨウジ");
        assert_eq!(l.file_line, 4);
    }
}
