//! Spreadsheets as import input: an .xlsx, .xlsm, .xls or .ods file read through calamine into the
//! same rows of text a CSV file gives, so every importer reads a workbook with the same columns
//! and the same validation. Each typed cell becomes the text a person would have typed:
//! - a whole number as digits (`12000`); any other number as its decimal value to Excel's 15
//!   significant digits (`1234.5`), which a money column then refuses as not whole yen — never
//!   rounded here;
//! - a date cell as `YYYY-MM-DD`, a time-of-day cell as `HH:MM`, a date and time as both;
//! - text as it is; true/false as `true`/`false`;
//! - an error cell (`#DIV/0!`, `#REF!`…) is refused naming the sheet, row and column.
//!
//! Which sheet (`--sheet NAME`, else the first) and how many rows sit above the header
//! (`--skip-rows N`, for merged title rows) are the global [`SheetOptions`]. Must not print.

use std::path::Path;
use std::sync::OnceLock;

use anyhow::{Result, bail};
use calamine::{Data, Reader};
use rust_decimal::Decimal;

use crate::kernel::error::hinted;

/// Where the header is: the sheet and the rows above it.
#[derive(Debug, Clone, Default)]
pub struct SheetOptions {
    /// The sheet to read (`--sheet`); the first when unset.
    pub sheet: Option<String>,
    /// Rows above the header to skip (`--skip-rows`): a title, a date line, merged cells.
    pub skip_rows: usize,
}

/// The options of this process. They are global flags of one command line, read by the one
/// function that opens input files, so they are set once at start instead of being threaded
/// through every importer's signature.
static OPTIONS: OnceLock<SheetOptions> = OnceLock::new();

/// Sets the options for this process (the command line does, once).
pub fn set_options(options: SheetOptions) {
    let _ = OPTIONS.set(options);
}

/// The options of this process (defaults when none were set).
pub fn options() -> SheetOptions {
    OPTIONS.get().cloned().unwrap_or_default()
}

/// What kind of file the first bytes and the name say this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Not a spreadsheet: read as CSV text.
    Text,
    /// A zip container (xlsx, xlsm, ods).
    Zip,
    /// An OLE compound file (xls; or an xlsx encrypted with a password).
    Compound,
}

/// Tells a spreadsheet from text by its first bytes.
pub fn kind(head: &[u8]) -> Kind {
    if head.starts_with(b"PK\x03\x04") {
        Kind::Zip
    } else if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Kind::Compound
    } else {
        Kind::Text
    }
}

/// A sheet read into text rows: its name and each non-blank row with its 1-based row number.
pub struct SheetRows {
    /// The sheet's name.
    pub sheet: String,
    /// The header row's number and cells.
    pub header: (u32, Vec<String>),
    /// The data rows after the header (blank rows left out).
    pub rows: Vec<(u32, Vec<String>)>,
    /// The column of the first cell (0 for A): error messages name columns by letter.
    pub first_column: u32,
}

/// Reads the chosen sheet of a workbook into text rows.
pub fn read(path: &Path, kind: Kind, options: &SheetOptions) -> Result<SheetRows> {
    let name = path.display().to_string();
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase)
        .unwrap_or_default();
    if kind == Kind::Compound && matches!(extension.as_str(), "xlsx" | "xlsm") {
        return Err(hinted(
            format!("{name}: the workbook is encrypted (protected with a password to open)"),
            "open it in Excel and save it without the password, then import that copy",
        ));
    }
    let (sheet, range) = chosen_sheet(path, kind, options)?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut rows = Vec::new();
    for (offset, cells) in range.rows().enumerate() {
        let number = top + offset as u32 + 1;
        if (number as usize) <= options.skip_rows {
            continue;
        }
        let texts = cells
            .iter()
            .enumerate()
            .map(|(col, cell)| {
                cell_text(cell).map_err(|message| {
                    let letter = column_letter(left + col as u32);
                    anyhow::anyhow!("{name}:{sheet}:{number}:{letter}: {message}")
                })
            })
            .collect::<Result<Vec<_>>>()?;
        if texts.iter().any(|t| !t.trim().is_empty()) {
            rows.push((number, texts));
        }
    }
    if rows.is_empty() {
        bail!("{name}:{sheet}: the sheet is empty (expected a header row)");
    }
    let header = rows.remove(0);
    Ok(SheetRows {
        sheet,
        header,
        rows,
        first_column: left,
    })
}

/// The chosen sheet as UTF-8 CSV text, one line per sheet row from row 1 (blank rows kept, so a
/// line number is the row number), for readers that work on raw text (bank statements keep each
/// line's text as evidence).
pub fn as_csv(path: &Path, kind: Kind, options: &SheetOptions) -> Result<Vec<u8>> {
    let name = path.display().to_string();
    let (sheet, range) = chosen_sheet(path, kind, options)?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut out = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    for _ in 0..top {
        out.write_record([""])?;
    }
    for (offset, cells) in range.rows().enumerate() {
        let number = top + offset as u32 + 1;
        let mut texts = vec![String::new(); left as usize];
        for (col, cell) in cells.iter().enumerate() {
            texts.push(cell_text(cell).map_err(|message| {
                let letter = column_letter(left + col as u32);
                anyhow::anyhow!("{name}:{sheet}:{number}:{letter}: {message}")
            })?);
        }
        out.write_record(&texts)?;
    }
    Ok(out.into_inner().map_err(|e| e.into_error())?)
}

/// The sheet `--sheet` names (an unknown name is an error listing the sheets), else the first,
/// with its cells.
fn chosen_sheet(
    path: &Path,
    kind: Kind,
    options: &SheetOptions,
) -> Result<(String, calamine::Range<Data>)> {
    let name = path.display().to_string();
    let mut book = open(path, kind, &name)?;
    let names = book.sheet_names();
    let sheet = match &options.sheet {
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted.as_str())
            .cloned()
            .ok_or_else(|| {
                hinted(
                    format!("{name}: no sheet named '{wanted}'"),
                    format!("the sheets are: {}", names.join(", ")),
                )
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| anyhow::anyhow!("{name}: the workbook has no sheet"))?,
    };
    let range = book
        .worksheet_range(&sheet)
        .map_err(|e| anyhow::anyhow!("{name}:{sheet}: cannot read the sheet: {e}"))?;
    Ok((sheet, range))
}

fn open(
    path: &Path,
    kind: Kind,
    name: &str,
) -> Result<calamine::Sheets<std::io::BufReader<std::fs::File>>> {
    let opened = match kind {
        Kind::Compound => calamine::open_workbook::<calamine::Xls<_>, _>(path)
            .map(calamine::Sheets::Xls)
            .map_err(calamine::Error::Xls),
        _ => calamine::open_workbook_auto(path),
    };
    opened.map_err(|e| {
        let text = e.to_string();
        if text.to_lowercase().contains("password") || text.contains("ncrypt") {
            hinted(
                format!("{name}: the workbook is protected with a password"),
                "save it without the password, then import that copy",
            )
        } else {
            hinted(
                format!("{name}: not a workbook bko can read ({text})"),
                "bko reads .xlsx, .xlsm, .xls and .ods workbooks and CSV text",
            )
        }
    })
}

/// The text a cell stands for (see the module comment), or why it cannot be read.
fn cell_text(cell: &Data) -> std::result::Result<String, String> {
    Ok(match cell {
        Data::Empty => String::new(),
        Data::String(text) => text.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) => number_text(*f)?,
        Data::Bool(b) => b.to_string(),
        Data::DateTime(when) => date_time_text(when),
        Data::DateTimeIso(text) => text.replace('T', " "),
        Data::DurationIso(text) => text.clone(),
        Data::Error(e) => return Err(format!("the cell holds the Excel error {e}")),
    })
}

/// A number cell as text: whole numbers as digits, others to Excel's 15 significant digits
/// (a double's binary noise such as 0.30000000000000004 is Excel's 0.3 too).
fn number_text(value: f64) -> std::result::Result<String, String> {
    if !value.is_finite() {
        return Err(format!("{value} is not a number"));
    }
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return Ok(format!("{}", value as i64));
    }
    let exact: Decimal = format!("{value}")
        .parse()
        .or_else(|_| Decimal::from_scientific(&format!("{value:e}")))
        .map_err(|_| format!("{value} is out of range"))?;
    let shown = exact.round_sf(15).unwrap_or(exact).normalize();
    Ok(shown.to_string())
}

/// A date cell as a date, a time cell (less than one day) as a time, else both.
fn date_time_text(when: &calamine::ExcelDateTime) -> String {
    let (y, mo, d, h, mi, s, _) = when.to_ymd_hms_milli();
    let time = if s == 0 {
        format!("{h:02}:{mi:02}")
    } else {
        format!("{h:02}:{mi:02}:{s:02}")
    };
    if when.is_duration() {
        let total_minutes = (when.as_f64() * 24.0 * 60.0).round() as i64;
        return format!("{}:{:02}", total_minutes / 60, total_minutes % 60);
    }
    if when.as_f64() < 1.0 {
        time
    } else if h == 0 && mi == 0 && s == 0 {
        format!("{y:04}-{mo:02}-{d:02}")
    } else {
        format!("{y:04}-{mo:02}-{d:02} {time}")
    }
}

/// A sheet row as a record of exactly one field per header column: the row is padded with empty
/// cells, and a value right of the header's last column is refused (it belongs to no column).
pub fn record(
    name: &str,
    number: u32,
    mut cells: Vec<String>,
    width: usize,
) -> Result<csv::StringRecord> {
    if let Some(extra) = cells.iter().skip(width).position(|c| !c.trim().is_empty()) {
        let letter = column_letter((width + extra) as u32);
        return Err(hinted(
            format!("{name}:{number}:{letter}: a value right of the header's last column"),
            "give the column a header, or clear the cell",
        ));
    }
    cells.resize(width, String::new());
    Ok(csv::StringRecord::from(cells))
}

/// A 0-based column index as Excel's letters: 0 → A, 25 → Z, 26 → AA.
pub fn column_letter(index: u32) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_people_typed_them() {
        assert_eq!(number_text(12000.0).unwrap(), "12000");
        assert_eq!(number_text(-5.0).unwrap(), "-5");
        assert_eq!(number_text(1234.5).unwrap(), "1234.5");
        assert_eq!(number_text(0.1 + 0.2).unwrap(), "0.3");
        assert_eq!(number_text(7.5).unwrap(), "7.5");
        assert!(number_text(f64::NAN).is_err());
    }

    #[test]
    fn columns_are_lettered_like_excel() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn dates_and_times_read_as_text() {
        use calamine::{ExcelDateTime, ExcelDateTimeType};
        // 46143 is 2026-05-01 in Excel's 1900 date system; 0.375 is 09:00.
        let date = ExcelDateTime::new(46143.0, ExcelDateTimeType::DateTime, false);
        assert_eq!(date_time_text(&date), "2026-05-01");
        let time = ExcelDateTime::new(0.375, ExcelDateTimeType::DateTime, false);
        assert_eq!(date_time_text(&time), "09:00");
        let both = ExcelDateTime::new(46143.75, ExcelDateTimeType::DateTime, false);
        assert_eq!(date_time_text(&both), "2026-05-01 18:00");
        let spell = ExcelDateTime::new(1.5, ExcelDateTimeType::TimeDelta, false);
        assert_eq!(date_time_text(&spell), "36:00");
    }

    #[test]
    fn error_cells_are_refused() {
        let err = cell_text(&Data::Error(calamine::CellErrorType::Div0)).unwrap_err();
        assert!(err.contains("#DIV/0!"), "{err}");
    }
}
