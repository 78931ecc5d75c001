//! CSV in and out. In: UTF-8 (with or without Excel's BOM), UTF-16 (Excel's "Unicode text" and
//! some Japanese exports) or CP932 (Shift_JIS as Japanese banks, 弥生 and Excel write it), detected
//! from the first bytes, streamed record by record, with errors that name the file, the line and
//! the column. A binary file is refused as such; a row whose field count differs from the header
//! and a field longer than [`CSV_FIELD_MAX_CHARS`] are refused, never cut or padded. Out: UTF-8, or
//! CP932 for Japanese accounting software. Must not print.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use anyhow::{Context, Result, bail};
use unicode_normalization::UnicodeNormalization;

use crate::kernel::csv_raw::RawRecords;
pub use crate::kernel::encoding::{
    Encoding, SNIFF_BYTES, UNDECODABLE, decode_all, decoded, encode_cp932, undecodable,
};
use crate::kernel::error::hinted;
use crate::kernel::text::{CSV_FIELD_MAX_CHARS, excerpt};

/// A CSV file (or a spreadsheet's sheet) being read, with its header mapped to column positions.
pub struct CsvInput {
    source: Source,
    /// The file name used in error messages (`FILE:SHEET` for a spreadsheet).
    pub name: String,
    /// Normalized header names in file order.
    pub headers: Vec<String>,
    /// The encoding actually used.
    pub encoding: Encoding,
    record: csv::StringRecord,
    line: u64,
}

/// Where the rows come from: CSV text streamed, or a sheet already read (calamine reads a
/// workbook whole).
enum Source {
    Csv(RawRecords),
    Sheet {
        rows: std::vec::IntoIter<(u32, Vec<String>)>,
        place: SheetPlace,
    },
}

/// How a sheet's errors name a cell: the column letter of each header column.
#[derive(Debug, Clone, Default)]
struct SheetPlace {
    first_column: u32,
    /// The importer's name for each header column (filled by [`CsvInput::columns`]).
    canonical: Vec<Option<&'static str>>,
}

impl SheetPlace {
    fn letter_of(&self, column: &str, headers: &[String]) -> Option<String> {
        let index = self
            .canonical
            .iter()
            .position(|c| *c == Some(column))
            .or_else(|| headers.iter().position(|h| h == column))?;
        Some(crate::kernel::sheet::column_letter(
            self.first_column + index as u32,
        ))
    }
}

/// One data row and where it came from.
pub struct CsvRow<'a> {
    /// The file name, for messages.
    pub file: &'a str,
    /// 1-based line number in the file (the header is line 1); a sheet's row number.
    pub line: u64,
    /// Bytes read so far (for progress bars).
    pub byte: u64,
    record: &'a csv::StringRecord,
    sheet: Option<(&'a SheetPlace, &'a [String])>,
}

impl CsvRow<'_> {
    /// A yes/no column: empty, no, 0 or false is no; yes, 1 or true is yes; anything else is
    /// refused naming the column.
    pub fn flag(&self, index: Option<usize>, column: &str) -> Result<bool> {
        match self.get(index).trim().to_lowercase().as_str() {
            "" | "no" | "0" | "false" => Ok(false),
            "yes" | "1" | "true" => Ok(true),
            other => Err(self.error(column, format!("'{other}' is not yes or no"))),
        }
    }

    /// The trimmed text of a column (by position), empty when the row is short.
    pub fn get(&self, index: Option<usize>) -> &str {
        index
            .and_then(|i| self.record.get(i))
            .map(str::trim)
            .unwrap_or("")
    }

    /// An error located at this row and column: `FILE:LINE: column 'NAME': MESSAGE`, or for a
    /// spreadsheet `FILE:SHEET:ROW:LETTER: column 'NAME': MESSAGE`.
    pub fn error(&self, column: &str, message: impl std::fmt::Display) -> anyhow::Error {
        if let Some(letter) = self
            .sheet
            .and_then(|(place, headers)| place.letter_of(column, headers))
        {
            return anyhow::anyhow!(
                "{}:{}:{letter}: column '{column}': {message:#}",
                self.file,
                self.line
            );
        }
        anyhow::anyhow!(
            "{}:{}: column '{column}': {message:#}",
            self.file,
            self.line
        )
    }

    /// An error at this row, in the column a [`FieldError`] names, else in `column`.
    ///
    /// [`FieldError`]: crate::kernel::error::FieldError
    pub fn field_error(&self, column: &str, err: anyhow::Error) -> anyhow::Error {
        match err.downcast_ref::<crate::kernel::error::FieldError>() {
            Some(f) => self.error(f.field, &f.message),
            None => self.error(column, err),
        }
    }

    /// Whether every field is empty (such rows are skipped).
    pub fn is_blank(&self) -> bool {
        self.record.iter().all(|f| f.trim().is_empty())
    }

    /// All fields, untrimmed (for hashing a row exactly).
    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.record.iter()
    }
}

impl CsvInput {
    /// Opens a CSV file, or a spreadsheet (xlsx, xls, ods: by its first bytes), and reads its
    /// header row, after the rows `--skip-rows` names.
    pub fn open(path: &Path, encoding: Encoding) -> Result<CsvInput> {
        let name = path.display().to_string();
        let mut file = File::open(path).with_context(|| format!("cannot read {name}"))?;
        let mut head = Vec::with_capacity(SNIFF_BYTES);
        (&mut file)
            .take(SNIFF_BYTES as u64)
            .read_to_end(&mut head)
            .with_context(|| format!("cannot read {name}"))?;
        let options = crate::kernel::sheet::options();
        let kind = crate::kernel::sheet::kind(&head);
        if kind != crate::kernel::sheet::Kind::Text {
            return CsvInput::open_sheet(path, kind, &options);
        }
        let rest = Box::new(BufReader::with_capacity(1 << 16, file));
        let (source, used) = decoded(&name, head, rest, encoding)?;
        // Lines are counted by csv_raw: the csv crate's own count misses the LF of a CRLF, so
        // errors in a Windows file named a line too low.
        let mut records = RawRecords::lines_only(&name, source, used);
        let record = read_header(&mut records, &name, options.skip_rows)?;
        if let Some((index, field)) = record
            .iter()
            .enumerate()
            .find(|(_, f)| f.len() > CSV_FIELD_MAX_CHARS)
        {
            return Err(crate::kernel::error::hinted(
                format!(
                    "{name}:1: header field {} is {} characters long; a header names a column \
                 ('{}')",
                    index + 1,
                    field.chars().count(),
                    excerpt(field)
                ),
                "is this really a CSV file?",
            ));
        }
        let headers = record.iter().map(normalize_header).collect();
        Ok(CsvInput {
            source: Source::Csv(records),
            name,
            headers,
            encoding: used,
            record,
            line: 0,
        })
    }

    /// Opens the chosen sheet of a workbook: its rows become records as CSV lines would.
    fn open_sheet(
        path: &Path,
        kind: crate::kernel::sheet::Kind,
        options: &crate::kernel::sheet::SheetOptions,
    ) -> Result<CsvInput> {
        let sheet = crate::kernel::sheet::read(path, kind, options)?;
        let name = format!("{}:{}", path.display(), sheet.sheet);
        let (header_row, header) = sheet.header;
        let width = header
            .iter()
            .rposition(|h| !h.trim().is_empty())
            .map_or(0, |i| i + 1);
        let headers: Vec<String> = header[..width]
            .iter()
            .map(|h| normalize_header(h))
            .collect();
        let place = SheetPlace {
            first_column: sheet.first_column,
            canonical: Vec::new(),
        };
        Ok(CsvInput {
            source: Source::Sheet {
                rows: sheet.rows.into_iter(),
                place,
            },
            name,
            headers,
            encoding: Encoding::Utf8,
            record: csv::StringRecord::new(),
            line: u64::from(header_row),
        })
    }

    /// Maps each wanted column (with its aliases, e.g. Japanese headers) to its position; a
    /// missing required column or an unknown one is an error naming both lists.
    pub fn columns(&mut self, wanted: &[ColumnSpec]) -> Result<HashMap<&'static str, usize>> {
        let found = self.find_columns(wanted)?;
        if let Source::Sheet { place, .. } = &mut self.source {
            place.canonical = vec![None; self.headers.len()];
            for (name, index) in &found {
                place.canonical[*index] = Some(name);
            }
        }
        Ok(found)
    }

    fn find_columns(&self, wanted: &[ColumnSpec]) -> Result<HashMap<&'static str, usize>> {
        let mut found = HashMap::new();
        for (index, header) in self.headers.iter().enumerate() {
            if header.is_empty() {
                continue;
            }
            let spec = wanted
                .iter()
                .find(|s| s.name == header || s.aliases.contains(&header.as_str()));
            match spec {
                Some(spec) => {
                    if found.insert(spec.name, index).is_some() {
                        bail!("{}:1: column '{}' appears twice", self.name, spec.name);
                    }
                }
                None => bail!(
                    "{}:1: unknown column '{header}' (expected: {})",
                    self.name,
                    wanted.iter().map(|s| s.name).collect::<Vec<_>>().join(",")
                ),
            }
        }
        for spec in wanted.iter().filter(|s| s.required) {
            if !found.contains_key(spec.name) {
                bail!(
                    "{}:1: missing column '{}' (the header must name: {})",
                    self.name,
                    spec.name,
                    wanted
                        .iter()
                        .filter(|s| s.required)
                        .map(|s| s.name)
                        .collect::<Vec<_>>()
                        .join(",")
                );
            }
        }
        Ok(found)
    }

    /// Reads the next non-blank data row, or `None` at the end of the file.
    pub fn next_row(&mut self) -> Result<Option<CsvRow<'_>>> {
        let (line, byte) = match &mut self.source {
            Source::Csv(records) => loop {
                let Some(record) = records.next_record()? else {
                    return Ok(None);
                };
                if !record.fields.iter().all(|f| f.trim().is_empty()) {
                    let used = std::mem::replace(&mut self.record, record.fields);
                    records.give_back(used);
                    break (record.line, record.byte);
                }
                records.give_back(record.fields);
            },
            Source::Sheet { rows, .. } => {
                let Some((number, cells)) = rows.next() else {
                    return Ok(None);
                };
                self.line = u64::from(number);
                self.record =
                    crate::kernel::sheet::record(&self.name, number, cells, self.headers.len())?;
                (self.line, 0)
            }
        };
        self.check_shape(line)?;
        let sheet = match &self.source {
            Source::Sheet { place, .. } => Some((place, self.headers.as_slice())),
            Source::Csv(_) => None,
        };
        Ok(Some(CsvRow {
            file: &self.name,
            line,
            byte,
            record: &self.record,
            sheet,
        }))
    }
}

/// Reads the header record, after the `skip` records above it (a title line, a date line).
fn read_header(records: &mut RawRecords, name: &str, skip: usize) -> Result<csv::StringRecord> {
    for _ in 0..skip {
        records.next_record()?;
    }
    match records.next_record()? {
        Some(header) => Ok(header.fields),
        None => bail!("{name}: the file is empty (expected a header row)"),
    }
}

impl CsvInput {
    /// Refuses a row that does not have one field per header column, or a field too long to be
    /// anything bko stores: such a row would otherwise be read with values in the wrong columns.
    fn check_shape(&self, line: u64) -> Result<()> {
        let (found, expected) = (self.record.len(), self.headers.len());
        if found != expected {
            let hint = if found > expected {
                "a value with a comma in it (a thousands separator like 1,000) must be quoted \
                 (\"1,000\") or written without the comma"
            } else {
                "every row needs a field for each column of the header, even an empty one"
            };
            return Err(hinted(
                format!(
                    "{}:{line}: {found} fields, but the header has {expected} columns",
                    self.name
                ),
                hint,
            ));
        }
        for (index, field) in self.record.iter().enumerate() {
            if field.contains(UNDECODABLE) {
                return Err(undecodable(
                    &self.name,
                    line,
                    &self.headers[index],
                    self.encoding,
                ));
            }
            if field.len() > CSV_FIELD_MAX_CHARS && field.chars().count() > CSV_FIELD_MAX_CHARS {
                bail!(
                    "{}:{line}: column '{}': {} characters is more than the {CSV_FIELD_MAX_CHARS} \
                     a field may hold ('{}')",
                    self.name,
                    self.headers[index],
                    field.chars().count(),
                    excerpt(field)
                );
            }
        }
        Ok(())
    }
}

/// A column an importer understands.
#[derive(Debug, Clone, Copy)]
pub struct ColumnSpec {
    /// The canonical (English, snake_case) header.
    pub name: &'static str,
    /// Other accepted headers, normalized (lower case), e.g. Japanese ones.
    pub aliases: &'static [&'static str],
    /// Whether the file must have it.
    pub required: bool,
}

impl ColumnSpec {
    /// A column: its name, other accepted headers, whether the file must have it.
    pub const fn new(name: &'static str, aliases: &'static [&'static str], required: bool) -> Self {
        ColumnSpec {
            name,
            aliases,
            required,
        }
    }
}

fn normalize_header(text: &str) -> String {
    text.nfkc().collect::<String>().trim().to_lowercase()
}

pub(crate) fn read_error(name: &str, err: csv::Error, encoding: Encoding) -> anyhow::Error {
    let line = err.position().map_or(0, |p| p.line());
    match err.kind() {
        csv::ErrorKind::Utf8 { .. } if encoding == Encoding::Utf8 => hinted(
            format!("{name}:{line}: the text is not valid UTF-8"),
            "is the file Shift_JIS? try --encoding cp932",
        ),
        csv::ErrorKind::Utf8 { .. } => {
            anyhow::anyhow!("{name}:{line}: the text is not valid UTF-8")
        }
        _ => anyhow::anyhow!("{name}:{line}: {}", excerpt(&err.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(bytes: &[u8]) -> Result<Vec<Vec<String>>> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.csv");
        std::fs::write(&path, bytes).unwrap();
        let mut input = CsvInput::open(&path, Encoding::Auto)?;
        let mut rows = vec![input.headers.clone()];
        while let Some(row) = input.next_row()? {
            rows.push(row.fields().map(str::to_string).collect());
        }
        Ok(rows)
    }

    fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut bytes = Vec::new();
        let units = (bom.then_some(0xFEFF_u16))
            .into_iter()
            .chain(text.encode_utf16());
        for unit in units {
            let pair = if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            bytes.extend_from_slice(&pair);
        }
        bytes
    }

    #[test]
    fn reads_utf16_with_and_without_byte_order_mark() {
        let text = "sku,名称\nA1,珈琲\n";
        for (big_endian, bom) in [(false, true), (true, true), (false, false), (true, false)] {
            let rows = read_all(&utf16(text, big_endian, bom)).unwrap();
            assert_eq!(rows[0], ["sku", "名称"], "be={big_endian} bom={bom}");
            assert_eq!(rows[1], ["A1", "珈琲"], "be={big_endian} bom={bom}");
        }
    }

    #[test]
    fn refuses_binary_files() {
        let elf = b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00";
        let err = read_all(elf).err().unwrap().to_string();
        assert!(err.contains("not a text file"), "{err}");
        // A zip is taken for a workbook, and a broken one is refused as such.
        let zip = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xa0\x13";
        let err = read_all(zip).err().unwrap().to_string();
        assert!(err.contains("not a workbook"), "{err}");
    }

    #[test]
    fn refuses_rows_with_more_or_fewer_fields_than_the_header() {
        let err = crate::kernel::error::describe(
            &read_all(b"sku,location,counted\nBEAN,WH,1,000\n")
                .err()
                .unwrap(),
        );
        assert!(err.contains(":2: 4 fields, but the header has 3"), "{err}");
        assert!(err.contains("\"1,000\""), "{err}");
        let err = read_all(b"a,b,c\n1,2,3\n1,2\n").err().unwrap().to_string();
        assert!(err.contains(":3: 2 fields, but the header has 3"), "{err}");
        assert!(read_all(b"a,b,c\n1,\"2,000\",3\n").is_ok());
    }

    #[test]
    fn refuses_a_field_too_long_and_quotes_only_its_start() {
        let csv = format!("a,b\n1,{}\n", "x".repeat(1_000_000));
        let err = read_all(csv.as_bytes()).err().unwrap().to_string();
        assert!(err.contains("column 'b': 1000000 characters"), "{err}");
        assert!(err.len() < 300, "{err}");
    }
}
