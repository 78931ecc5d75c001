//! CSV in and out. In: UTF-8 (with or without Excel's BOM) or CP932 (Shift_JIS as Japanese banks,
//! 弥生 and Excel write it), detected from the first bytes, streamed record by record, with errors
//! that name the file, the line and the column. Out: UTF-8, or CP932 for Japanese accounting
//! software. Must not print.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, Cursor, Read};
use std::path::Path;

use anyhow::{Context, Result, bail};
use clap::ValueEnum;
use encoding_rs::SHIFT_JIS;
use unicode_normalization::UnicodeNormalization;

/// The text encoding of an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Encoding {
    /// UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932.
    #[default]
    Auto,
    /// UTF-8, with or without a byte-order mark.
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// CP932 (Windows-31J, the Shift_JIS that Japanese software writes).
    #[value(name = "cp932", alias = "sjis", alias = "shift_jis")]
    Cp932,
}

/// How many bytes are looked at to tell UTF-8 from CP932.
const SNIFF_BYTES: usize = 64 * 1024;

/// A CSV file being read, with its header mapped to column positions.
pub struct CsvInput {
    reader: csv::Reader<Box<dyn Read>>,
    /// The file name used in error messages.
    pub name: String,
    /// Normalized header names in file order.
    pub headers: Vec<String>,
    /// The encoding actually used.
    pub encoding: Encoding,
    record: csv::StringRecord,
}

/// One data row and where it came from.
pub struct CsvRow<'a> {
    /// The file name, for messages.
    pub file: &'a str,
    /// 1-based line number in the file (the header is line 1).
    pub line: u64,
    /// Bytes read so far (for progress bars).
    pub byte: u64,
    record: &'a csv::StringRecord,
}

impl CsvRow<'_> {
    /// The trimmed text of a column (by position), empty when the row is short.
    pub fn get(&self, index: Option<usize>) -> &str {
        index
            .and_then(|i| self.record.get(i))
            .map(str::trim)
            .unwrap_or("")
    }

    /// An error located at this row and column: `FILE:LINE: column 'NAME': MESSAGE`.
    pub fn error(&self, column: &str, message: impl std::fmt::Display) -> anyhow::Error {
        anyhow::anyhow!("{}:{}: column '{column}': {message}", self.file, self.line)
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
    /// Opens a CSV file and reads its header row.
    pub fn open(path: &Path, encoding: Encoding) -> Result<CsvInput> {
        let name = path.display().to_string();
        let mut file = File::open(path).with_context(|| format!("cannot read {name}"))?;
        let mut head = Vec::with_capacity(SNIFF_BYTES);
        (&mut file)
            .take(SNIFF_BYTES as u64)
            .read_to_end(&mut head)
            .with_context(|| format!("cannot read {name}"))?;
        let has_bom = head.starts_with(b"\xEF\xBB\xBF");
        let used = match encoding {
            Encoding::Auto if has_bom || looks_like_utf8(&head) => Encoding::Utf8,
            Encoding::Auto => Encoding::Cp932,
            chosen => chosen,
        };
        let skip = if has_bom && used == Encoding::Utf8 {
            3
        } else {
            0
        };
        let stream = Cursor::new(head).chain(BufReader::with_capacity(1 << 16, file));
        let mut stream: Box<dyn Read> = Box::new(stream);
        if skip > 0 {
            let mut bom = [0u8; 3];
            stream.read_exact(&mut bom)?;
        }
        let source: Box<dyn Read> = match used {
            Encoding::Cp932 => Box::new(
                encoding_rs_io::DecodeReaderBytesBuilder::new()
                    .encoding(Some(SHIFT_JIS))
                    .build(stream),
            ),
            _ => stream,
        };
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .buffer_capacity(1 << 16)
            .from_reader(source);
        let mut record = csv::StringRecord::new();
        let has_header = reader
            .read_record(&mut record)
            .map_err(|e| read_error(&name, e, used))?;
        if !has_header {
            bail!("{name}: the file is empty (expected a header row)");
        }
        let headers = record.iter().map(normalize_header).collect();
        Ok(CsvInput {
            reader,
            name,
            headers,
            encoding: used,
            record,
        })
    }

    /// Maps each wanted column (with its aliases, e.g. Japanese headers) to its position; a
    /// missing required column or an unknown one is an error naming both lists.
    pub fn columns(&self, wanted: &[ColumnSpec]) -> Result<HashMap<&'static str, usize>> {
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
        loop {
            let more = self
                .reader
                .read_record(&mut self.record)
                .map_err(|e| read_error(&self.name, e, self.encoding))?;
            if !more {
                return Ok(None);
            }
            if self.record.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            let (line, byte) = self
                .record
                .position()
                .map_or((0, 0), |p| (p.line(), p.byte()));
            return Ok(Some(CsvRow {
                file: &self.name,
                line,
                byte,
                record: &self.record,
            }));
        }
    }
}

/// A column an importer understands.
pub struct ColumnSpec {
    /// The canonical (English, snake_case) header.
    pub name: &'static str,
    /// Other accepted headers, normalized (lower case), e.g. Japanese ones.
    pub aliases: &'static [&'static str],
    /// Whether the file must have it.
    pub required: bool,
}

fn normalize_header(text: &str) -> String {
    text.nfkc().collect::<String>().trim().to_lowercase()
}

/// Valid UTF-8, allowing a multi-byte character cut off at the end of the sniffed block.
fn looks_like_utf8(bytes: &[u8]) -> bool {
    match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && bytes.len() - e.valid_up_to() < 4,
    }
}

fn read_error(name: &str, err: csv::Error, encoding: Encoding) -> anyhow::Error {
    let line = err.position().map_or(0, |p| p.line());
    match err.kind() {
        csv::ErrorKind::Utf8 { .. } => anyhow::anyhow!(
            "{name}:{line}: the text is not valid UTF-8{}",
            if encoding == Encoding::Utf8 {
                "\nhint: is the file Shift_JIS? try --encoding cp932"
            } else {
                ""
            }
        ),
        _ => anyhow::anyhow!("{name}:{line}: {err}"),
    }
}

/// Encodes text as CP932 for Japanese accounting software. WAVE DASH (〜) becomes the full-width
/// tilde that CP932 has; any other character CP932 cannot hold is an error naming it.
pub fn encode_cp932(text: &str) -> Result<Vec<u8>> {
    let mapped = text.replace('\u{301C}', "\u{FF5E}");
    let (bytes, _, had_errors) = SHIFT_JIS.encode(&mapped);
    if had_errors {
        let bad: String = mapped
            .chars()
            .filter(|c| SHIFT_JIS.encode(&c.to_string()).2)
            .collect();
        bail!("'{bad}' cannot be written in Shift_JIS (CP932)");
    }
    Ok(bytes.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_utf8_from_cp932() {
        assert!(looks_like_utf8("日付,金額".as_bytes()));
        let (sjis, _, _) = SHIFT_JIS.encode("日付,金額");
        assert!(!looks_like_utf8(&sjis));
        let cut = &"日付".as_bytes()[..4];
        assert!(looks_like_utf8(cut));
    }

    #[test]
    fn cp932_holds_japanese_office_characters() {
        let bytes = encode_cp932("①㈱髙﨑〜").unwrap();
        let (back, _, _) = SHIFT_JIS.decode(&bytes);
        assert_eq!(back, "①㈱髙﨑～");
        assert!(encode_cp932("😀").unwrap_err().to_string().contains("😀"));
    }
}
