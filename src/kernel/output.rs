//! Reports as values and their three renderings. Every listing and report in bko is a [`Report`]
//! built by a pure function; this file turns it into a table (people), CSV (spreadsheets) or JSON
//! (scripts) on stdout. One of the two places allowed to print.
#![allow(clippy::print_stdout)]

use std::io::Write;

use anyhow::Result;
use chrono::NaiveDate;
use clap::ValueEnum;
use comfy_table::{CellAlignment, ContentArrangement, Table, presets};
use serde_json::{Map, Value, json};

use super::money::Currency;

/// How a report is written to stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    /// A table for people (thousands separators, localized headers).
    #[default]
    Table,
    /// CSV with a header row of stable keys, plain decimals.
    Csv,
    /// JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field.
    Json,
    /// An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe).
    Xlsx,
}

/// Where a report goes besides its format: a file (`-o`), whether that file may be replaced
/// (`--force`), and the text encoding of CSV.
#[derive(Debug, Clone, Default)]
pub struct Destination {
    /// `-o FILE`: write there instead of stdout.
    pub file: Option<std::path::PathBuf>,
    /// `--force`: replace an existing file.
    pub force: bool,
    /// The encoding of CSV output.
    pub csv_encoding: CsvEncoding,
}

/// The text encoding of CSV that bko writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CsvEncoding {
    /// UTF-8 without a byte-order mark (what scripts and most software expect).
    #[default]
    Utf8,
    /// UTF-8 with a byte-order mark, which Excel on Japanese Windows needs to open it ungarbled.
    Utf8Bom,
    /// CP932 (Shift_JIS) for Japanese software; a character it cannot hold is an error.
    Cp932,
}

impl CsvEncoding {
    /// Encodes CSV text.
    pub fn encode(self, text: Vec<u8>) -> Result<Vec<u8>> {
        match self {
            CsvEncoding::Utf8 => Ok(text),
            CsvEncoding::Utf8Bom => {
                let mut out = b"\xEF\xBB\xBF".to_vec();
                out.extend(text);
                Ok(out)
            }
            CsvEncoding::Cp932 => {
                let text = String::from_utf8(text)?;
                super::csvio::encode_cp932(&text)
            }
        }
    }
}

/// The language of headers and labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Lang {
    /// Japanese.
    #[default]
    Ja,
    /// English.
    En,
}

impl Lang {
    /// Picks the text for this language.
    pub fn pick<'a>(&self, ja: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Ja => ja,
            Lang::En => en,
        }
    }
}

/// One value in a report.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Free text.
    Text(String),
    /// An amount in the report currency's minor units.
    Money(i64),
    /// A count or an id.
    Int(i64),
    /// A date.
    Date(NaiveDate),
    /// Yes or no.
    Bool(bool),
    /// Nothing (JSON null, an empty CSV field).
    Empty,
}

impl Cell {
    /// Text from anything string-like.
    pub fn text(value: impl Into<String>) -> Cell {
        Cell::Text(value.into())
    }

    /// Text, or empty when there is none.
    pub fn opt_text(value: Option<impl Into<String>>) -> Cell {
        value.map_or(Cell::Empty, |v| Cell::Text(v.into()))
    }

    /// Money that shows as empty when zero (debit/credit columns).
    pub fn money_or_empty(minor: i64) -> Cell {
        if minor == 0 {
            Cell::Empty
        } else {
            Cell::Money(minor)
        }
    }

    /// The text a table or a PDF shows for this cell.
    pub fn display(&self, currency: &Currency) -> String {
        self.for_table(currency)
    }

    /// Whether the cell is a number (right-aligned).
    pub fn is_number(&self) -> bool {
        self.is_numeric()
    }

    fn for_table(&self, currency: &Currency) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Money(m) => currency.display(*m),
            Cell::Int(i) => i.to_string(),
            Cell::Date(d) => d.to_string(),
            Cell::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
            Cell::Empty => String::new(),
        }
    }

    fn for_csv(&self, currency: &Currency) -> String {
        match self {
            Cell::Money(m) => currency.plain(*m),
            Cell::Bool(b) => b.to_string(),
            other => other.for_table(currency),
        }
    }

    fn for_json(&self, currency: &Currency) -> Value {
        match self {
            Cell::Text(t) => Value::String(t.clone()),
            Cell::Money(m) => Value::String(currency.plain(*m)),
            Cell::Int(i) => json!(i),
            Cell::Date(d) => Value::String(d.to_string()),
            Cell::Bool(b) => Value::Bool(*b),
            Cell::Empty => Value::Null,
        }
    }

    fn is_numeric(&self) -> bool {
        matches!(self, Cell::Money(_) | Cell::Int(_))
    }
}

/// A column: a stable key for CSV/JSON and a header per language for tables.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// snake_case key used in CSV headers and JSON objects; never changes once released.
    pub key: String,
    /// Japanese header.
    pub ja: String,
    /// English header.
    pub en: String,
    /// Only for machines (CSV, JSON): tables leave it out, e.g. a row kind.
    pub machine_only: bool,
}

impl Column {
    /// A column with a key and its two headers.
    pub fn new(key: impl Into<String>, ja: impl Into<String>, en: impl Into<String>) -> Column {
        Column {
            key: key.into(),
            ja: ja.into(),
            en: en.into(),
            machine_only: false,
        }
    }

    /// A column that CSV and JSON carry but tables leave out.
    pub fn machine(key: impl Into<String>) -> Column {
        let key = key.into();
        Column {
            ja: key.clone(),
            en: key.clone(),
            key,
            machine_only: true,
        }
    }
}

/// A report: what every listing returns and every renderer takes.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// snake_case name, the `report` field of the JSON output.
    pub name: String,
    /// The currency of every `Cell::Money`.
    pub currency: Currency,
    /// Columns in display order.
    pub columns: Vec<Column>,
    /// Rows, each with one cell per column.
    pub rows: Vec<Vec<Cell>>,
    /// An optional totals row (tables and JSON; CSV keeps only data rows).
    pub totals: Option<Vec<Cell>>,
    /// Remarks shown under a table and as `notes` in JSON (e.g. "debits equal credits").
    pub notes: Vec<String>,
}

impl Report {
    /// An empty report with the given columns.
    pub fn new(name: &str, currency: Currency, columns: Vec<Column>) -> Report {
        Report {
            name: name.to_string(),
            currency,
            columns,
            rows: Vec::new(),
            totals: None,
            notes: Vec::new(),
        }
    }

    /// The JSON value of this report.
    pub fn to_json(&self) -> Value {
        let rows: Vec<Value> = self.rows.iter().map(|r| self.json_row(r)).collect();
        let mut out = Map::new();
        out.insert("report".into(), json!(self.name));
        out.insert("currency".into(), json!(self.currency.code));
        out.insert("rows".into(), Value::Array(rows));
        if let Some(totals) = &self.totals {
            out.insert("totals".into(), self.json_row(totals));
        }
        if !self.notes.is_empty() {
            out.insert("notes".into(), json!(self.notes));
        }
        Value::Object(out)
    }

    fn json_row(&self, row: &[Cell]) -> Value {
        let mut obj = Map::new();
        for (column, cell) in self.columns.iter().zip(row) {
            obj.insert(column.key.clone(), cell.for_json(&self.currency));
        }
        Value::Object(obj)
    }

    /// The table rendering, as text.
    pub fn to_table(&self, lang: Lang) -> String {
        let mut table = Table::new();
        let style = match std::env::var("BKO_TABLE_STYLE").as_deref() {
            Ok("ascii") => presets::ASCII_FULL_CONDENSED,
            _ => presets::UTF8_FULL_CONDENSED,
        };
        table
            .load_style(style)
            .set_content_arrangement(ContentArrangement::Dynamic);
        let shown: Vec<bool> = self.columns.iter().map(|c| !c.machine_only).collect();
        table.set_header(
            self.columns
                .iter()
                .filter(|c| !c.machine_only)
                .map(|c| lang.pick(&c.ja, &c.en).to_string()),
        );
        for row in self.rows.iter().chain(self.totals.iter()) {
            let visible = row.iter().zip(&shown).filter(|(_, s)| **s).map(|(c, _)| c);
            table.add_row(visible.map(|cell| {
                let content = comfy_table::Cell::new(cell.for_table(&self.currency));
                if cell.is_numeric() {
                    content.set_alignment(CellAlignment::Right)
                } else {
                    content
                }
            }));
        }
        let mut text = table.to_string();
        text.push('\n');
        for note in &self.notes {
            text.push_str(note);
            text.push('\n');
        }
        text
    }

    /// The CSV rendering, as bytes.
    pub fn to_csv(&self) -> Result<Vec<u8>> {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(self.columns.iter().map(|c| c.key.as_str()))?;
        for row in &self.rows {
            writer.write_record(row.iter().map(|c| c.for_csv(&self.currency)))?;
        }
        Ok(writer.into_inner().map_err(|e| e.into_error())?)
    }
}

/// A writer that streams CSV text into `inner` in this encoding: a byte-order mark first for
/// utf-8-bom; for CP932, each complete run of UTF-8 encoded as it arrives (a character split
/// between two writes waits for its end), and a character CP932 lacks is an error.
pub struct EncodingWriter<W: Write> {
    inner: W,
    encoding: CsvEncoding,
    pending: Vec<u8>,
    started: bool,
}

impl<W: Write> EncodingWriter<W> {
    /// Wraps `inner`.
    pub fn new(inner: W, encoding: CsvEncoding) -> EncodingWriter<W> {
        EncodingWriter {
            inner,
            encoding,
            pending: Vec::new(),
            started: false,
        }
    }
}

impl<W: Write> EncodingWriter<W> {
    /// The wrapped writer (after the last write: nothing is held back once the text is whole).
    pub fn into_inner(self) -> W {
        self.inner
    }
}

impl<W: Write> Write for EncodingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if !self.started {
            self.started = true;
            if self.encoding == CsvEncoding::Utf8Bom {
                self.inner.write_all(b"\xEF\xBB\xBF")?;
            }
        }
        if self.encoding != CsvEncoding::Cp932 {
            return self.inner.write(buf);
        }
        self.pending.extend_from_slice(buf);
        let complete = match std::str::from_utf8(&self.pending) {
            Ok(_) => self.pending.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(e) => return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, e)),
        };
        let text = std::str::from_utf8(&self.pending[..complete]).expect("checked above");
        let bytes = super::csvio::encode_cp932(text)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, format!("{e:#}")))?;
        self.inner.write_all(&bytes)?;
        self.pending.drain(..complete);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Writes a report in the chosen format to stdout, or to the `-o` file.
pub fn print_report(report: &Report, format: Format, lang: Lang, to: &Destination) -> Result<()> {
    let bytes = match format {
        Format::Table => report.to_table(lang).into_bytes(),
        Format::Csv => to.csv_encoding.encode(report.to_csv()?)?,
        Format::Json => json_bytes(&report.to_json())?,
        Format::Xlsx => super::xlsx::single(report, lang)?,
    };
    deliver(&bytes, format, to)
}

/// Sends rendered output where it was asked to go: the `-o` file (whole or not at all, refusing
/// an existing one without `--force`), else stdout — except a workbook, which a terminal would
/// only show as noise.
pub fn deliver(bytes: &[u8], format: Format, to: &Destination) -> Result<()> {
    if let Some(path) = &to.file {
        let existing = super::files::Existing::from_force(to.force);
        return super::files::write_file(path, bytes, existing);
    }
    if format == Format::Xlsx && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        return Err(super::error::hinted(
            "an Excel workbook is not shown on a terminal",
            "write it to a file with -o FILE.xlsx (or redirect stdout)",
        ));
    }
    print_bytes(bytes)
}

fn json_bytes(value: &Value) -> Result<Vec<u8>> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    Ok(text.into_bytes())
}

/// Writes a JSON value (pretty, with a final newline) to stdout.
pub fn print_json(value: &Value) -> Result<()> {
    print_bytes(&json_bytes(value)?)
}

/// Writes raw bytes to stdout; a closed pipe surfaces as an io error that main maps to exit 0.
pub fn print_bytes(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Report {
        let mut r = Report::new(
            "sample",
            Currency::JPY,
            vec![
                Column::new("account", "科目", "Account"),
                Column::new("amount", "金額", "Amount"),
            ],
        );
        r.rows.push(vec![Cell::text("現金"), Cell::Money(1234567)]);
        r.rows.push(vec![Cell::text("a,b"), Cell::Empty]);
        r.totals = Some(vec![Cell::text("合計"), Cell::Money(1234567)]);
        r
    }

    #[test]
    fn json_has_stable_keys_and_string_amounts() {
        let v = sample().to_json();
        assert_eq!(v["currency"], "JPY");
        assert_eq!(v["rows"][0]["amount"], "1234567");
        assert_eq!(v["rows"][1]["amount"], Value::Null);
        assert_eq!(v["totals"]["account"], "合計");
    }

    #[test]
    fn csv_has_a_header_and_no_totals() {
        let text = String::from_utf8(sample().to_csv().unwrap()).unwrap();
        assert_eq!(text, "account,amount\n現金,1234567\n\"a,b\",\n");
    }

    #[test]
    fn csv_streams_in_cp932_even_when_a_character_is_split_between_writes() {
        let mut out = EncodingWriter::new(Vec::new(), CsvEncoding::Cp932);
        let text = "科目,金額\n現金,1\n".as_bytes();
        out.write_all(&text[..4]).unwrap();
        out.write_all(&text[4..]).unwrap();
        let (back, _, bad) = encoding_rs::SHIFT_JIS.decode(&out.inner);
        assert!(!bad && back == "科目,金額\n現金,1\n", "{back}");
        let mut bom = EncodingWriter::new(Vec::new(), CsvEncoding::Utf8Bom);
        bom.write_all(b"a,b\n").unwrap();
        assert_eq!(bom.inner, b"\xEF\xBB\xBFa,b\n");
        let mut emoji = EncodingWriter::new(Vec::new(), CsvEncoding::Cp932);
        assert!(emoji.write_all("😀".as_bytes()).is_err());
    }

    #[test]
    fn table_groups_thousands_and_localizes_headers() {
        let ja = sample().to_table(Lang::Ja);
        assert!(ja.contains("1,234,567") && ja.contains("科目"), "{ja}");
        assert!(sample().to_table(Lang::En).contains("Account"));
    }
}
