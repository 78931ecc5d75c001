//! CSV records read one at a time, each with the text it was read from: for importers that keep
//! a line exactly as the file has it (bank statements) without holding the file. The text comes
//! decoded ([`crate::kernel::encoding::decoded`]); what has been read is kept only until the
//! record it belongs to is handed out.

use std::cell::RefCell;
use std::io::Read;
use std::rc::Rc;

use anyhow::Result;

use crate::kernel::csvio::read_error;
use crate::kernel::encoding::Encoding;

/// How much already handed-out text may pile up before it is let go of.
const RELEASE_BYTES: usize = 1 << 16;

/// A reader that shows `seen` every byte passing through it (kept for a record's raw text,
/// hashed for a file's digest) without a second read.
pub struct Tap<R, F> {
    inner: R,
    seen: F,
}

impl<R: Read, F: FnMut(&[u8])> Tap<R, F> {
    /// `inner`, with `seen` called on each block read from it.
    pub fn new(inner: R, seen: F) -> Tap<R, F> {
        Tap { inner, seen }
    }
}

impl<R: Read, F: FnMut(&[u8])> Read for Tap<R, F> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        (self.seen)(&buf[..n]);
        Ok(n)
    }
}

/// What the records are read through: the decoded text, its bytes kept.
type KeptText = Tap<Box<dyn Read>, Box<dyn FnMut(&[u8])>>;

/// One record: the line it starts on, its fields, and its text as the file has it.
pub struct RawRecord {
    /// 1-based line of the file where the record starts.
    pub line: u64,
    /// Offset of its first byte in the decoded text (for progress).
    pub byte: u64,
    /// The fields, as CSV reads them (quotes removed, not trimmed).
    pub fields: csv::StringRecord,
    /// The record's text as the file has it, without the line breaks around it (empty when
    /// the records were opened with [`RawRecords::lines_only`]).
    pub raw: String,
}

/// The records of a text stream, in order.
pub struct RawRecords {
    name: String,
    encoding: Encoding,
    keep_text: bool,
    reader: csv::Reader<KeptText>,
    kept: Rc<RefCell<Vec<u8>>>,
    /// The stream offset of `kept[0]`.
    base: u64,
    /// The record read last, with where it starts: its text ends where the next one starts.
    pending: Option<(csv::StringRecord, u64)>,
    /// Line breaks before `counted_to`: the line a record starts on is counted here, since
    /// CSV's own count misses the LF of a CRLF.
    breaks: u64,
    counted_to: u64,
    /// A record handed back ([`RawRecords::give_back`]), read into again to spare allocations.
    spare: Option<csv::StringRecord>,
}

impl RawRecords {
    /// Records of `text` (UTF-8, decoded from `encoding`); `name` is the file's, for messages.
    pub fn new(name: &str, text: Box<dyn Read>, encoding: Encoding) -> RawRecords {
        RawRecords::open(name, text, encoding, true)
    }

    /// Records with their true line numbers but without their raw text.
    pub fn lines_only(name: &str, text: Box<dyn Read>, encoding: Encoding) -> RawRecords {
        RawRecords::open(name, text, encoding, false)
    }

    fn open(name: &str, text: Box<dyn Read>, encoding: Encoding, keep_text: bool) -> RawRecords {
        let kept = Rc::new(RefCell::new(Vec::with_capacity(2 * RELEASE_BYTES)));
        let reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .buffer_capacity(RELEASE_BYTES)
            .from_reader(Tap::new(text, {
                let kept = Rc::clone(&kept);
                Box::new(move |bytes: &[u8]| kept.borrow_mut().extend_from_slice(bytes))
                    as Box<dyn FnMut(&[u8])>
            }));
        RawRecords {
            name: name.to_string(),
            encoding,
            keep_text,
            reader,
            kept,
            base: 0,
            pending: None,
            breaks: 0,
            counted_to: 0,
            spare: None,
        }
    }

    /// The next record, or None at the end.
    pub fn next_record(&mut self) -> Result<Option<RawRecord>> {
        loop {
            let mut fields = self
                .spare
                .take()
                .unwrap_or_else(|| csv::StringRecord::with_capacity(256, 16));
            let more = self
                .reader
                .read_record(&mut fields)
                .map_err(|e| read_error(&self.name, e, self.encoding))?;
            let next = if more {
                let at = fields.position().expect("a record read has a position");
                let byte = at.byte();
                Some((fields, byte))
            } else {
                None
            };
            let end = next
                .as_ref()
                .map_or(self.base + self.kept.borrow().len() as u64, |n| n.1);
            let finished = self.pending.take().map(|(fields, byte)| {
                let (line, raw) = self.text_between(byte, end);
                RawRecord {
                    line,
                    byte,
                    fields,
                    raw,
                }
            });
            self.pending = next;
            match finished {
                Some(record) => return Ok(Some(record)),
                None if self.pending.is_none() => return Ok(None),
                None => {}
            }
        }
    }

    /// Hands a record's fields back once they are no longer needed: the next record is read
    /// into them.
    pub fn give_back(&mut self, fields: csv::StringRecord) {
        self.spare = Some(fields);
    }

    /// The line a record from stream offset `start` to `end` starts on, and its text; lets go
    /// of what comes before it once enough has piled up.
    fn text_between(&mut self, start: u64, end: u64) -> (u64, String) {
        let mut kept = self.kept.borrow_mut();
        let at = |offset: u64| (offset - self.base) as usize;
        let breaks = |bytes: &[u8]| bytes.iter().filter(|b| **b == b'\n').count() as u64;
        self.breaks += breaks(&kept[at(self.counted_to)..at(start)]);
        let span = &kept[at(start)..at(end)];
        // CSV reports a record after a CRLF as starting at the LF: line breaks on either side
        // are not the record's.
        let lead = span
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        let line = 1 + self.breaks + breaks(&span[..lead]);
        self.breaks += breaks(span);
        self.counted_to = end;
        let raw = if self.keep_text {
            String::from_utf8_lossy(span)
                .trim_matches(['\r', '\n'])
                .to_string()
        } else {
            String::new()
        };
        if at(end) >= RELEASE_BYTES {
            kept.drain(..at(end));
            self.base = end;
        }
        (line, raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<(u64, Vec<String>, String)> {
        let mut records = RawRecords::new(
            "t.csv",
            Box::new(std::io::Cursor::new(text.to_string())),
            Encoding::Utf8,
        );
        let mut out = Vec::new();
        while let Some(r) = records.next_record().unwrap() {
            out.push((r.line, r.fields.iter().map(str::to_string).collect(), r.raw));
        }
        out
    }

    #[test]
    fn each_record_comes_with_its_own_text() {
        let got = all("a,b\n\"x\ny\",2\r\nlast,3\n\n");
        assert_eq!(got.len(), 3);
        assert_eq!(got[0], (1, vec!["a".into(), "b".into()], "a,b".into()));
        assert_eq!(
            got[1],
            (2, vec!["x\ny".into(), "2".into()], "\"x\ny\",2".into())
        );
        assert_eq!(
            got[2],
            (4, vec!["last".into(), "3".into()], "last,3".into())
        );
        let plain = all("\r\na\r\nb\r\n\r\nc");
        let lines: Vec<(u64, &str)> = plain.iter().map(|(l, _, raw)| (*l, raw.as_str())).collect();
        assert_eq!(lines, vec![(2, "a"), (3, "b"), (5, "c")]);
    }

    #[test]
    fn a_long_file_keeps_its_records_whole_across_released_text() {
        let text: String = (0..20_000)
            .map(|i| format!("{i},日本語の摘要 {i}\n"))
            .collect();
        let got = all(&text);
        assert_eq!(got.len(), 20_000);
        for (i, (line, fields, raw)) in got.iter().enumerate() {
            assert_eq!(*line, i as u64 + 1);
            assert_eq!(fields[0], i.to_string());
            assert_eq!(raw, &format!("{i},日本語の摘要 {i}"));
        }
    }
}
