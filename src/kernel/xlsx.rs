//! Reports as Excel workbooks: what `--format xlsx -o FILE` writes for a listing and what a report
//! pack writes as one workbook with a sheet per report. Cells are typed the way a clerk's Excel
//! expects them: amounts are numbers shown with the currency's format (JPY amounts are whole yen,
//! so the number in the cell is exact), dates are dates, counts are numbers, text is text. The
//! header row is bold and frozen with an autofilter; columns are as wide as their longest value
//! (Japanese characters count twice); the totals row is bold; notes follow after a blank row.
//! Must not print.

use anyhow::{Context, Result};
use chrono::Datelike;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatBorder, Workbook, Worksheet};
use unicode_width::UnicodeWidthStr;

use super::money::Currency;
use super::output::{Cell, Lang, Report};

/// The widest a column is made, in character cells (long 摘要 wrap in Excel instead).
const MAX_COLUMN_WIDTH: usize = 60;
/// Excel's limit on a sheet name.
const SHEET_NAME_MAX_CHARS: usize = 31;

/// One sheet of a workbook: its tab name and the report it shows.
pub struct Sheet<'a> {
    /// The tab name (cut to Excel's 31 characters, characters Excel forbids replaced).
    pub name: String,
    /// What the sheet shows.
    pub report: &'a Report,
}

/// The cell formats of one workbook.
struct Styles {
    header: Format,
    text: Format,
    money: Format,
    int: Format,
    date: Format,
    bold_text: Format,
    bold_money: Format,
    bold_int: Format,
    bold_date: Format,
    note: Format,
}

impl Styles {
    fn new(currency: &Currency) -> Styles {
        let money_format = money_number_format(currency);
        let money = Format::new().set_num_format(&money_format);
        let int = Format::new().set_num_format("0");
        let date = Format::new().set_num_format("yyyy-mm-dd");
        Styles {
            header: Format::new()
                .set_bold()
                .set_background_color("#E7E6E6")
                .set_border_bottom(FormatBorder::Thin),
            text: Format::new(),
            bold_text: Format::new().set_bold(),
            bold_money: money.clone().set_bold(),
            bold_int: int.clone().set_bold(),
            bold_date: date.clone().set_bold(),
            money,
            int,
            date,
            note: Format::new().set_italic(),
        }
    }
}

/// Excel's number format for amounts in a currency: whole yen with a ¥ sign and thousands
/// separators for JPY, two (or the currency's) decimals otherwise; negatives in red.
fn money_number_format(currency: &Currency) -> String {
    let decimals = if currency.exponent == 0 {
        String::new()
    } else {
        format!(".{}", "0".repeat(currency.exponent as usize))
    };
    let body = format!("#,##0{decimals}");
    if currency.code == "JPY" {
        format!("\"¥\"{body};[Red]-\"¥\"{body}")
    } else {
        format!("{body};[Red]-{body}")
    }
}

/// One report as a workbook with one sheet.
pub fn single(report: &Report, lang: Lang) -> Result<Vec<u8>> {
    workbook(
        &[Sheet {
            name: report.name.clone(),
            report,
        }],
        lang,
    )
}

/// Several reports as one workbook, a sheet each, in the order given.
pub fn workbook(sheets: &[Sheet<'_>], lang: Lang) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    // A fixed creation time: the same books give the same file (no clock in the bytes).
    let properties = DocProperties::new()
        .set_creation_datetime(&ExcelDateTime::from_ymd(2000, 1, 1)?)
        .set_author("bko");
    book.set_properties(&properties);
    let mut used = Vec::new();
    for sheet in sheets {
        let name = unique_sheet_name(&sheet.name, &mut used);
        let worksheet = book.add_worksheet();
        worksheet
            .set_name(&name)
            .with_context(|| format!("sheet name '{name}'"))?;
        write_sheet(worksheet, sheet.report, lang)?;
    }
    Ok(book.save_to_buffer()?)
}

/// A tab name Excel accepts: no `[]:*?/\`, at most 31 characters, not a repeat of an earlier one.
fn unique_sheet_name(wanted: &str, used: &mut Vec<String>) -> String {
    let clean: String = wanted
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '_' } else { c })
        .take(SHEET_NAME_MAX_CHARS)
        .collect();
    let clean = if clean.trim().is_empty() {
        "sheet".to_string()
    } else {
        clean
    };
    let mut name = clean.clone();
    let mut n = 2;
    while used.iter().any(|u| u.eq_ignore_ascii_case(&name)) {
        let suffix = format!(" ({n})");
        let keep = SHEET_NAME_MAX_CHARS - suffix.chars().count();
        name = format!("{}{suffix}", clean.chars().take(keep).collect::<String>());
        n += 1;
    }
    used.push(name.clone());
    name
}

fn write_sheet(sheet: &mut Worksheet, report: &Report, lang: Lang) -> Result<()> {
    let styles = Styles::new(&report.currency);
    for (col, column) in report.columns.iter().enumerate() {
        let header = if column.machine_only {
            column.key.as_str()
        } else {
            lang.pick(&column.ja, &column.en)
        };
        sheet.write_string_with_format(0, col as u16, header, &styles.header)?;
    }
    let mut row_index: u32 = 1;
    for row in &report.rows {
        write_row(sheet, row_index, row, report, &styles, false)?;
        row_index += 1;
    }
    let last_data_row = row_index - 1;
    if let Some(totals) = &report.totals {
        write_row(sheet, row_index, totals, report, &styles, true)?;
        row_index += 1;
    }
    if !report.notes.is_empty() {
        row_index += 1;
        for note in &report.notes {
            sheet.write_string_with_format(row_index, 0, note, &styles.note)?;
            row_index += 1;
        }
    }
    if !report.columns.is_empty() {
        let last_col = (report.columns.len() - 1) as u16;
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, last_data_row, last_col)?;
        for (col, width) in column_widths(report, lang).into_iter().enumerate() {
            sheet.set_column_width(col as u16, width as f64)?;
        }
    }
    Ok(())
}

fn write_row(
    sheet: &mut Worksheet,
    row: u32,
    cells: &[Cell],
    report: &Report,
    styles: &Styles,
    bold: bool,
) -> Result<()> {
    for (col, cell) in cells.iter().enumerate() {
        let col = col as u16;
        match cell {
            Cell::Text(text) => {
                let style = if bold {
                    &styles.bold_text
                } else {
                    &styles.text
                };
                sheet.write_string_with_format(row, col, text, style)?;
            }
            Cell::Money(minor) => {
                let style = if bold {
                    &styles.bold_money
                } else {
                    &styles.money
                };
                let value = money_value(&report.currency, *minor);
                sheet.write_number_with_format(row, col, value, style)?;
            }
            Cell::Int(n) => {
                let style = if bold { &styles.bold_int } else { &styles.int };
                sheet.write_number_with_format(row, col, *n as f64, style)?;
            }
            Cell::Date(date) => {
                let style = if bold {
                    &styles.bold_date
                } else {
                    &styles.date
                };
                let value = ExcelDateTime::from_ymd(
                    date.year() as u16,
                    date.month() as u8,
                    date.day() as u8,
                )?;
                sheet.write_datetime_with_format(row, col, &value, style)?;
            }
            Cell::Bool(b) => {
                sheet.write_boolean(row, col, *b)?;
            }
            Cell::Empty => {}
        }
    }
    Ok(())
}

/// An amount as the number in the cell: minor units over 10^exponent. For JPY (exponent 0) the
/// number is the whole yen amount itself, exact in a double up to 2^53 yen.
fn money_value(currency: &Currency, minor: i64) -> f64 {
    let scale = 10f64.powi(currency.exponent as i32);
    minor as f64 / scale
}

/// Column widths in Excel's character units: the widest of the header and every value as a table
/// shows it (thousands separators included), East Asian wide characters counted as two.
fn column_widths(report: &Report, lang: Lang) -> Vec<usize> {
    report
        .columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            let header = if column.machine_only {
                column.key.as_str()
            } else {
                lang.pick(&column.ja, &column.en)
            };
            let widest_value = report
                .rows
                .iter()
                .chain(report.totals.iter())
                .filter_map(|row| row.get(index))
                .map(|cell| cell_width(cell, &report.currency))
                .max()
                .unwrap_or(0);
            // Room for the autofilter button beside the header.
            let wanted = widest_value.max(header.width() + 3) + 2;
            wanted.min(MAX_COLUMN_WIDTH)
        })
        .collect()
}

fn cell_width(cell: &Cell, currency: &Currency) -> usize {
    match cell {
        Cell::Date(_) => 10,
        Cell::Money(_) => cell.display(currency).width() + 1,
        other => other.display(currency).width(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yen_format_has_no_decimals_and_dollar_format_two() {
        assert_eq!(
            money_number_format(&Currency::JPY),
            "\"¥\"#,##0;[Red]-\"¥\"#,##0"
        );
        let usd = Currency::from_code("USD").unwrap();
        assert_eq!(money_number_format(&usd), "#,##0.00;[Red]-#,##0.00");
        assert_eq!(money_value(&usd, 12345), 123.45);
        assert_eq!(money_value(&Currency::JPY, -9_007_199), -9_007_199.0);
    }

    #[test]
    fn sheet_names_are_cut_cleaned_and_unique() {
        let mut used = Vec::new();
        assert_eq!(unique_sheet_name("a/b:c", &mut used), "a_b_c");
        let long = "x".repeat(40);
        let first = unique_sheet_name(&long, &mut used);
        assert_eq!(first.chars().count(), 31);
        let second = unique_sheet_name(&long, &mut used);
        assert!(
            second.ends_with(" (2)") && second.chars().count() == 31,
            "{second}"
        );
        assert_eq!(unique_sheet_name("  ", &mut used), "sheet");
    }
}
