//! Text encodings of files bko reads and writes: UTF-8 (with or without Excel's BOM), UTF-16
//! and CP932, told apart from a file's first bytes; decoded as a stream or whole, where bytes the
//! encoding cannot hold are refused, never replaced; CP932 written for Japanese accounting
//! software. Must not print.

use std::io::{Cursor, Read};

use anyhow::{Result, bail};
use clap::ValueEnum;
use encoding_rs::{SHIFT_JIS, UTF_16BE, UTF_16LE};

use crate::kernel::error::hinted;
use crate::kernel::text::excerpt;

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
    /// UTF-16, little- or big-endian as its byte-order mark says (little-endian without one).
    #[value(name = "utf-16", alias = "utf16")]
    Utf16,
    /// UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows
    /// should be.
    #[value(name = "utf-8-bom", alias = "utf8bom")]
    Utf8Bom,
}

impl Encoding {
    /// How messages name it (`cp932`, `utf-8`, ...: what `--encoding` takes).
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Auto => "auto",
            Encoding::Utf8 => "utf-8",
            Encoding::Cp932 => "cp932",
            Encoding::Utf16 => "utf-16",
            Encoding::Utf8Bom => "utf-8-bom",
        }
    }

    /// The encoding of CSV that bko writes, if this one can be written (`auto` and UTF-16
    /// cannot: `None`).
    pub fn for_output(self) -> Option<crate::kernel::output::CsvEncoding> {
        use crate::kernel::output::CsvEncoding;
        match self {
            Encoding::Utf8 => Some(CsvEncoding::Utf8),
            Encoding::Utf8Bom => Some(CsvEncoding::Utf8Bom),
            Encoding::Cp932 => Some(CsvEncoding::Cp932),
            Encoding::Auto | Encoding::Utf16 => None,
        }
    }
}

/// How many bytes are looked at to tell UTF-8 from CP932.
pub const SNIFF_BYTES: usize = 64 * 1024;

/// What the first bytes of a file say about its encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sniffed {
    Utf8Bom,
    Utf8,
    Utf16Le,
    Utf16Be,
    /// Not UTF-8: CP932 or another legacy encoding.
    Legacy,
    /// NUL bytes or control characters that no text file has.
    Binary,
}

/// Tells UTF-8, UTF-16 (by its byte-order mark, or by the NUL half of each ASCII character), legacy
/// text and binary data apart from the first block of a file.
fn sniff(head: &[u8]) -> Sniffed {
    if head.starts_with(b"\xEF\xBB\xBF") {
        return Sniffed::Utf8Bom;
    }
    if head.starts_with(b"\xFF\xFE") {
        return Sniffed::Utf16Le;
    }
    if head.starts_with(b"\xFE\xFF") {
        return Sniffed::Utf16Be;
    }
    let sample = &head[..head.len().min(4096)];
    let nul_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let pairs = sample.len() / 2;
    let (even, odd) = (nul_at(0), nul_at(1));
    if pairs > 0 && odd * 10 >= pairs * 3 && even * 10 < pairs {
        return Sniffed::Utf16Le;
    }
    if pairs > 0 && even * 10 >= pairs * 3 && odd * 10 < pairs {
        return Sniffed::Utf16Be;
    }
    let control = |b: &u8| *b < 0x20 && !matches!(*b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1A);
    if sample.iter().any(control) {
        return Sniffed::Binary;
    }
    if looks_like_utf8(head) {
        Sniffed::Utf8
    } else {
        Sniffed::Legacy
    }
}

/// Text decoded to UTF-8 as it is read: `head` (a file's first bytes, up to [`SNIFF_BYTES`],
/// already read to tell its kind) then `rest`, in the encoding asked for or the one `head`
/// shows. A UTF-8 byte-order mark is dropped. What a legacy decoder cannot read becomes
/// U+FFFD: a reader refuses a record holding one ([`UNDECODABLE`]).
pub fn decoded(
    name: &str,
    head: Vec<u8>,
    rest: Box<dyn Read>,
    encoding: Encoding,
) -> Result<(Box<dyn Read>, Encoding)> {
    let sniffed = sniff(&head);
    if sniffed == Sniffed::Binary && encoding != Encoding::Utf16 {
        return Err(crate::kernel::error::hinted(
            format!("{name}: not a text file (it holds binary data)"),
            "bko reads CSV text in \
             UTF-8, UTF-16 or CP932; save a spreadsheet as CSV first",
        ));
    }
    let used = resolve(encoding, sniffed);
    let mut stream: Box<dyn Read> = Box::new(Cursor::new(head).chain(rest));
    if used == Encoding::Utf8 && sniffed == Sniffed::Utf8Bom {
        let mut bom = [0u8; 3];
        stream.read_exact(&mut bom)?;
    }
    let source: Box<dyn Read> = match codec(used, sniffed) {
        // The decoder drops a byte-order mark that matches and lets one that differs win.
        Some(encoding) => Box::new(
            encoding_rs_io::DecodeReaderBytesBuilder::new()
                .encoding(Some(encoding))
                .bom_override(true)
                .build(stream),
        ),
        None => stream,
    };
    Ok((source, used))
}

/// What a decoder puts where the bytes were not text in the encoding it read.
pub const UNDECODABLE: char = '\u{FFFD}';

/// A field with bytes its encoding cannot read (or the replacement character an earlier
/// conversion left): refused, never stored as a guess.
pub fn undecodable(name: &str, line: u64, column: &str, encoding: Encoding) -> anyhow::Error {
    hinted(
        format!(
            "{name}:{line}: column '{column}': bytes that are not {} text",
            encoding.label()
        ),
        "name the file's encoding with --encoding (cp932, utf-8, utf-16)",
    )
}

/// Decodes a whole (small) file to text: the encoding asked for, or the one sniffed as
/// [`CsvInput::open`] does. A byte sequence the encoding cannot hold is an error naming where,
/// never a replacement character.
pub fn decode_all(name: &str, bytes: &[u8], encoding: Encoding) -> Result<(String, Encoding)> {
    let sniffed = sniff(&bytes[..bytes.len().min(SNIFF_BYTES)]);
    if sniffed == Sniffed::Binary && encoding != Encoding::Utf16 {
        bail!("{name}: not a text file (it holds binary data)");
    }
    let used = resolve(encoding, sniffed);
    let codec = codec(used, sniffed).unwrap_or(encoding_rs::UTF_8);
    let (text, _, malformed) = codec.decode(bytes);
    if malformed {
        let at = text.find('\u{FFFD}').unwrap_or(0);
        let line = text[..at].matches('\n').count() + 1;
        return Err(hinted(
            format!("{name}:{line}: bytes that are not {} text", codec.name()),
            "name the encoding with --encoding (cp932, utf-8, utf-16)",
        ));
    }
    Ok((text.into_owned(), used))
}

/// The encoding asked for, or the one the first bytes show (UTF-16 by its BOM or NUL pattern,
/// UTF-8 by its BOM or when valid, else CP932). A byte-order mark also wins over an encoding
/// asked for: the decoders are built to let it.
fn resolve(encoding: Encoding, sniffed: Sniffed) -> Encoding {
    match (encoding, sniffed) {
        (Encoding::Auto, Sniffed::Utf16Le | Sniffed::Utf16Be) => Encoding::Utf16,
        (Encoding::Auto, Sniffed::Utf8 | Sniffed::Utf8Bom) => Encoding::Utf8,
        (Encoding::Auto, _) => Encoding::Cp932,
        (Encoding::Utf8Bom, _) => Encoding::Utf8,
        (chosen, _) => chosen,
    }
}

/// The decoder of an encoding other than UTF-8 (UTF-16 in the byte order sniffed).
fn codec(used: Encoding, sniffed: Sniffed) -> Option<&'static encoding_rs::Encoding> {
    match used {
        Encoding::Cp932 => Some(SHIFT_JIS),
        Encoding::Utf16 if sniffed == Sniffed::Utf16Be => Some(UTF_16BE),
        Encoding::Utf16 => Some(UTF_16LE),
        _ => None,
    }
}

/// Valid UTF-8, allowing a multi-byte character cut off at the end of the sniffed block.
fn looks_like_utf8(bytes: &[u8]) -> bool {
    match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && bytes.len() - e.valid_up_to() < 4,
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
        bail!("'{}' cannot be written in Shift_JIS (CP932)", excerpt(&bad));
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
