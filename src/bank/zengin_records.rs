//! The records of a 全銀 file as it is read, one at a time: 200-byte records back to back or
//! one per line, or the same fields comma-separated (shared/bank-formats.md §1).

use std::io::{BufRead, BufReader, Cursor, Read};

use anyhow::{Context, Result, anyhow, bail};
use encoding_rs::SHIFT_JIS;

use crate::kernel::csv_raw::RawRecords;
use crate::kernel::encoding::{Encoding, SNIFF_BYTES, UNDECODABLE, decoded, undecodable};

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
pub(super) const DATA_01: &[(usize, usize)] = &[
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

/// One record split into its fields (text, trimmed) and the line it came from.
pub(super) struct Record {
    pub(super) line: u64,
    pub(super) fields: Vec<String>,
    pub(super) raw: String,
    /// The 200 bytes of a fixed-length record (to read it again in another layout).
    pub(super) bytes: Option<Vec<u8>>,
}

impl Record {
    /// A fixed-length data record read in the layout of its section's kind.
    pub(super) fn in_layout(&self, layout: &[(usize, usize)]) -> Record {
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

/// The records of a file as it is read: 200-byte records, one per line when the file has line
/// breaks (its first 64 KB tell), else back to back; comma-separated files by the CSV rules.
pub(super) struct Records {
    name: String,
    form: Form,
    /// Records read (the line number of a fixed-length record).
    count: u64,
}

enum Form {
    Fixed {
        input: Box<dyn BufRead>,
        breaks: bool,
        /// Bytes read so far (records back to back).
        read: u64,
    },
    Csv {
        records: Box<RawRecords>,
        encoding: Encoding,
    },
}

impl Records {
    pub(super) fn open(name: &str, mut input: Box<dyn Read>) -> Result<Records> {
        let mut head = Vec::with_capacity(SNIFF_BYTES);
        (&mut input)
            .take(SNIFF_BYTES as u64)
            .read_to_end(&mut head)
            .with_context(|| format!("cannot read {name}"))?;
        let bom = if head.starts_with(b"\xef\xbb\xbf") {
            3
        } else {
            0
        };
        let body = &head[bom..];
        let form = if body.starts_with(b"1,") || body.starts_with(b"\"1\"") {
            let (text, encoding) = decoded(name, head, input, Encoding::Auto)?;
            Form::Csv {
                records: Box::new(RawRecords::lines_only(name, text, encoding)),
                encoding,
            }
        } else {
            let breaks = body.contains(&b'\n') || body.contains(&b'\r');
            let mut stream = BufReader::with_capacity(1 << 16, Cursor::new(head).chain(input));
            stream.fill_buf()?;
            stream.consume(bom);
            Form::Fixed {
                input: Box::new(stream),
                breaks,
                read: 0,
            }
        };
        Ok(Records {
            name: name.to_string(),
            form,
            count: 0,
        })
    }

    /// The next record, or None at the end of the file.
    pub(super) fn next(&mut self) -> Result<Option<Record>> {
        let name = self.name.as_str();
        let record = match &mut self.form {
            Form::Csv { records, encoding } => csv_record(name, records, *encoding)?,
            Form::Fixed {
                input,
                breaks: true,
                ..
            } => next_line(name, input.as_mut(), self.count + 1)?,
            Form::Fixed {
                input,
                breaks: false,
                read,
            } => next_block(name, input.as_mut(), read, self.count + 1)?,
        };
        self.count += u64::from(record.is_some());
        Ok(record)
    }
}

/// The next record of a file with line breaks; empty lines and an end-of-file mark are passed
/// over (and not counted).
fn next_line(name: &str, input: &mut dyn BufRead, line: u64) -> Result<Option<Record>> {
    let mut bytes = Vec::with_capacity(202);
    loop {
        bytes.clear();
        if input
            .read_until(b'\n', &mut bytes)
            .with_context(|| format!("cannot read {name}"))?
            == 0
        {
            return Ok(None);
        }
        let chunk = bytes.strip_suffix(b"\n").unwrap_or(&bytes);
        let chunk = chunk.strip_suffix(b"\r").unwrap_or(chunk);
        if !chunk.is_empty() && chunk != b"\x1a" {
            return fixed_record(name, line, chunk).map(Some);
        }
    }
}

/// The next 200 bytes of a file without line breaks; a lone end-of-file mark ends it.
fn next_block(
    name: &str,
    input: &mut dyn BufRead,
    read: &mut u64,
    line: u64,
) -> Result<Option<Record>> {
    let mut block = [0u8; 200];
    let mut filled = 0;
    while filled < block.len() {
        let n = input
            .read(&mut block[filled..])
            .with_context(|| format!("cannot read {name}"))?;
        if n == 0 {
            break;
        }
        filled += n;
    }
    let start = *read;
    *read += filled as u64;
    match &block[..filled] {
        [] | [0x1a] => Ok(None),
        [.., 0x1a] if filled < block.len() => Err(cut_short(name, start + filled as u64 - 1)),
        _ if filled < block.len() => Err(cut_short(name, start + filled as u64)),
        whole => fixed_record(name, line, whole).map(Some),
    }
}

fn cut_short(name: &str, bytes: u64) -> anyhow::Error {
    anyhow!(
        "{name}: {bytes} bytes is not a whole number of 200-byte records: the file is cut or not a 全銀 file"
    )
}

/// The next record of a comma-separated file, its fields trimmed.
fn csv_record(name: &str, records: &mut RawRecords, encoding: Encoding) -> Result<Option<Record>> {
    let Some(record) = records.next_record()? else {
        return Ok(None);
    };
    if let Some(column) = record.fields.iter().position(|f| f.contains(UNDECODABLE)) {
        return Err(undecodable(
            name,
            record.line,
            &format!("field {}", column + 1),
            encoding,
        ));
    }
    Ok(Some(Record {
        line: record.line,
        fields: record.fields.iter().map(|f| f.trim().to_string()).collect(),
        raw: record.fields.iter().collect::<Vec<_>>().join(","),
        bytes: None,
    }))
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
    let fields = split_fixed(chunk, layout);
    // A byte CP932 cannot read would be stored as U+FFFD: a guess, refused with its place.
    if let Some(at) = fields.iter().position(|f| f.contains(UNDECODABLE)) {
        let (start, len) = layout[at];
        bail!(
            "{name}:{line}: bytes {start}–{}: not CP932 text (a 全銀 record's character set)",
            start + len - 1
        );
    }
    Ok(Record {
        line,
        fields,
        raw: decode(chunk),
        bytes: Some(chunk.to_vec()),
    })
}

fn decode(bytes: &[u8]) -> String {
    let (text, _, _) = SHIFT_JIS.decode(bytes);
    text.trim_end_matches([' ', '\u{3000}'])
        .trim_start()
        .to_string()
}
