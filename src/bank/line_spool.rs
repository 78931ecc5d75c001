//! The lines of a statement that lists the newest line first, kept in a temporary file until
//! they are stored oldest first. Held as values, a million such lines peaked at 340 MB; here
//! memory holds where each line ends (8 bytes a line) and one chunk of lines at a time.

use std::fs::File;
use std::io::{BufWriter, Read, Seek, SeekFrom, Write};

use anyhow::{Context, Result, bail};
use chrono::{Datelike, NaiveDate};

use super::types::ParsedLine;

/// How many bytes of lines are read back at a time (a chunk holds at least one line).
pub const CHUNK_BYTES: u64 = 4 << 20;

/// Lines pushed in file order and handed back last first.
pub struct LineSpool {
    out: BufWriter<File>,
    /// Where each line ends in the file.
    ends: Vec<u64>,
    /// One line's bytes, reused.
    record: Vec<u8>,
}

impl LineSpool {
    /// An empty spool in a temporary file that disappears with it.
    pub fn new() -> Result<LineSpool> {
        let file = tempfile::tempfile().context(
            "cannot create a temporary file to turn a newest-first statement around \
             (is the temporary folder writable? TMPDIR names another)",
        )?;
        Ok(LineSpool {
            out: BufWriter::with_capacity(1 << 16, file),
            ends: Vec::new(),
            record: Vec::new(),
        })
    }

    /// Adds the next line of the file.
    pub fn push(&mut self, line: &ParsedLine) -> Result<()> {
        self.record.clear();
        encode(line, &mut self.record);
        self.out.write_all(&self.record)?;
        let end = self.ends.last().copied().unwrap_or(0) + self.record.len() as u64;
        self.ends.push(end);
        Ok(())
    }

    /// Hands every line to `each`, the last pushed first, reading `chunk_bytes` of lines at a
    /// time; stops at the first error `each` returns.
    pub fn drain_reversed(
        self,
        chunk_bytes: u64,
        mut each: impl FnMut(ParsedLine) -> Result<()>,
    ) -> Result<()> {
        let mut file = self.out.into_inner().map_err(|e| e.into_error())?;
        let ends = self.ends;
        let start_of = |i: usize| if i == 0 { 0 } else { ends[i - 1] };
        let mut bytes = Vec::new();
        let mut remaining = ends.len();
        while remaining > 0 {
            let end = ends[remaining - 1];
            let mut first = remaining - 1;
            while first > 0 && end - start_of(first - 1) <= chunk_bytes {
                first -= 1;
            }
            let start = start_of(first);
            bytes.resize((end - start) as usize, 0);
            file.seek(SeekFrom::Start(start))?;
            file.read_exact(&mut bytes)?;
            let mut lines = Vec::with_capacity(remaining - first);
            for i in first..remaining {
                let from = (start_of(i) - start) as usize;
                lines.push(decode(&bytes[from..(ends[i] - start) as usize])?);
            }
            for line in lines.into_iter().rev() {
                each(line)?;
            }
            remaining = first;
        }
        Ok(())
    }
}

/// A line as bytes: numbers little-endian, dates as days from the common era, texts with
/// their length in front, an absent value as a 0 byte (present: 1).
fn encode(line: &ParsedLine, out: &mut Vec<u8>) {
    out.extend(line.file_line.to_le_bytes());
    out.extend(line.date.num_days_from_ce().to_le_bytes());
    put_optional(out, line.value_date, |out, d| {
        out.extend(d.num_days_from_ce().to_le_bytes())
    });
    out.extend(line.amount.to_le_bytes());
    put_optional(out, line.balance, |out, b| out.extend(b.to_le_bytes()));
    put_text(out, &line.text);
    for text in [&line.payer, &line.edi, &line.reference] {
        put_optional(out, text.as_deref(), put_text);
    }
    put_text(out, &line.raw);
}

fn put_optional<T>(out: &mut Vec<u8>, value: Option<T>, put: impl FnOnce(&mut Vec<u8>, T)) {
    match value {
        Some(v) => {
            out.push(1);
            put(out, v);
        }
        None => out.push(0),
    }
}

fn put_text(out: &mut Vec<u8>, text: &str) {
    out.extend((text.len() as u64).to_le_bytes());
    out.extend(text.as_bytes());
}

/// The line [`encode`] wrote.
fn decode(bytes: &[u8]) -> Result<ParsedLine> {
    let mut r = Reader { bytes, at: 0 };
    let line = ParsedLine {
        file_line: u64::from_le_bytes(r.array()?),
        date: r.date()?,
        value_date: r.optional(Reader::date)?,
        amount: i64::from_le_bytes(r.array()?),
        balance: r.optional(|r| Ok(i64::from_le_bytes(r.array()?)))?,
        text: r.text()?,
        payer: r.optional(Reader::text)?,
        edi: r.optional(Reader::text)?,
        reference: r.optional(Reader::text)?,
        raw: r.text()?,
    };
    if r.at != bytes.len() {
        bail!(
            "a spooled statement line has {} bytes too many",
            bytes.len() - r.at
        );
    }
    Ok(line)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8]> {
        let Some(taken) = self.bytes.get(self.at..self.at.saturating_add(n)) else {
            bail!("a spooled statement line ends early");
        };
        self.at += n;
        Ok(taken)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        Ok(self.take(N)?.try_into()?)
    }

    fn date(&mut self) -> Result<NaiveDate> {
        let days = i32::from_le_bytes(self.array()?);
        NaiveDate::from_num_days_from_ce_opt(days)
            .with_context(|| format!("a spooled statement line has day {days}"))
    }

    fn text(&mut self) -> Result<String> {
        let len = u64::from_le_bytes(self.array()?);
        let len = usize::try_from(len)?;
        Ok(String::from_utf8(self.take(len)?.to_vec())?)
    }

    fn optional<T>(&mut self, read: impl FnOnce(&mut Self) -> Result<T>) -> Result<Option<T>> {
        match self.take(1)?[0] {
            0 => Ok(None),
            1 => Ok(Some(read(self)?)),
            tag => bail!("a spooled statement line has tag {tag}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(n: u64, text: &str, optional: bool) -> ParsedLine {
        let some = |t: &str| optional.then(|| t.to_string());
        ParsedLine {
            file_line: n,
            date: NaiveDate::from_ymd_opt(2026, 4, n as u32 % 28 + 1).unwrap(),
            value_date: optional.then(|| NaiveDate::from_ymd_opt(1, 1, 1).unwrap()),
            amount: if n.is_multiple_of(2) {
                i64::MAX
            } else {
                -(n as i64)
            },
            balance: optional.then_some(i64::MIN),
            text: text.to_string(),
            payer: some("ｶ)ｱﾙﾌｱ"),
            edi: some(""),
            reference: some("照会番号 0001"),
            raw: format!("{n},\"{text}\",,\r"),
        }
    }

    /// Every line comes back, last first, equal to what went in, whatever the chunk size:
    /// one line per chunk, a few, all.
    #[test]
    fn lines_come_back_last_first_as_they_went_in() {
        let lines: Vec<ParsedLine> = (1..=9)
            .map(|n| line(n, &"振込 アルファ商事".repeat(n as usize), n % 3 != 0))
            .collect();
        for chunk_bytes in [1, 300, CHUNK_BYTES] {
            let mut spool = LineSpool::new().unwrap();
            for l in &lines {
                spool.push(l).unwrap();
            }
            let mut back = Vec::new();
            spool
                .drain_reversed(chunk_bytes, |l| {
                    back.push(l);
                    Ok(())
                })
                .unwrap();
            back.reverse();
            assert_eq!(back, lines, "chunks of {chunk_bytes} bytes");
        }
    }

    /// The first error from the receiving side stops the rest.
    #[test]
    fn an_error_stops_the_lines_after_it() {
        let mut spool = LineSpool::new().unwrap();
        for n in 1..=3 {
            spool.push(&line(n, "x", false)).unwrap();
        }
        let mut seen = Vec::new();
        let err = spool
            .drain_reversed(CHUNK_BYTES, |l| {
                seen.push(l.file_line);
                if l.file_line == 2 {
                    bail!("line 2 does not follow")
                }
                Ok(())
            })
            .unwrap_err();
        assert_eq!(err.to_string(), "line 2 does not follow");
        assert_eq!(seen, [3, 2]);
    }

    /// A record cut short or with bytes left over is an error, not a guessed line.
    #[test]
    fn a_damaged_record_is_refused() {
        let mut bytes = Vec::new();
        encode(&line(1, "x", true), &mut bytes);
        assert_eq!(decode(&bytes).unwrap(), line(1, "x", true));
        assert!(decode(&bytes[..bytes.len() - 1]).is_err());
        bytes.push(0);
        assert!(decode(&bytes).is_err());
    }
}
