//! The README's tour runs as written: its shell block is taken out of README.md and run, command
//! after command, in a fresh folder holding a copy of `examples/`, with `bko` on the PATH and
//! HOME pointing into the folder (the tour keeps its books in `~/books`). Any command that fails
//! fails the test, so the README cannot drift from bko again.

#[path = "it/common/mod.rs"]
mod common;

use std::path::Path;

/// The shell block that follows the "## A tour" heading.
fn tour(readme: &str) -> String {
    let start = readme.find("## A tour").expect("README has a tour");
    let block = &readme[start..];
    let open = block.find("```sh\n").expect("the tour is a sh block") + "```sh\n".len();
    let close = block[open..].find("```").expect("the block ends") + open;
    block[open..close].to_string()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[cfg(unix)]
#[test]
fn the_readme_tour_runs_as_written() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let script = tour(&readme);
    assert!(script.lines().filter(|l| l.starts_with("bko ")).count() > 50);
    let (out, dir) = run_tour(&script, |_| {});
    let stderr = String::from_utf8_lossy(&out.stderr);
    let tail: Vec<&str> = stderr.lines().rev().take(15).collect();
    assert!(
        out.status.success(),
        "the tour stopped (exit {:?}):\n{}",
        out.status.code(),
        tail.into_iter().rev().collect::<Vec<_>>().join("\n")
    );
    let books = dir.path().join("books");
    for made in [
        "company.db",
        "invoices/INV-2026-0001.pdf",
        "invoices/CN-2026-0001.pdf",
    ] {
        assert!(books.join(made).exists(), "{made}");
    }
    for made in [
        "yayoi.csv",
        "payslips",
        "zengin.txt",
        "report-2026-05",
        "company-2026-05-31.db",
    ] {
        assert!(dir.path().join(made).exists(), "{made}");
    }
    let pdf = common::pdf_text(&books.join("invoices/INV-2026-0001.pdf"));
    assert!(pdf.contains("9,388"), "{pdf}");
}

/// A CSV field as Excel would hold it once typed into a cell: whole numbers (no leading zero)
/// and decimals as numbers, dates (2026-05-01, 2026/6/1) as date cells, times (08:55) as time
/// cells, everything else as text.
fn write_typed_cell(
    sheet: &mut rust_xlsxwriter::Worksheet,
    row: u32,
    col: u16,
    field: &str,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{ExcelDateTime, Format};
    let is_number = !field.is_empty()
        && field.parse::<f64>().is_ok()
        && !(field.len() > 1 && field.starts_with('0') && !field.starts_with("0."))
        && field.len() < 15;
    let date_parts: Vec<&str> = field.split(['-', '/']).collect();
    let is_date = date_parts.len() == 3
        && date_parts[0].len() == 4
        && date_parts.iter().all(|p| p.parse::<u16>().is_ok());
    let time_parts: Vec<&str> = field.split(':').collect();
    let is_time = time_parts.len() == 2
        && time_parts[0].len() == 2
        && time_parts.iter().all(|p| p.parse::<u8>().is_ok());
    if is_number {
        sheet.write_number(row, col, field.parse::<f64>().unwrap())?;
    } else if is_date {
        let p: Vec<u16> = date_parts.iter().map(|p| p.parse().unwrap()).collect();
        let date = ExcelDateTime::from_ymd(p[0], p[1] as u8, p[2] as u8)?;
        sheet.write_datetime_with_format(
            row,
            col,
            &date,
            &Format::new().set_num_format("yyyy/m/d"),
        )?;
    } else if is_time {
        let p: Vec<u16> = time_parts.iter().map(|p| p.parse().unwrap()).collect();
        let time = ExcelDateTime::from_hms(p[0], p[1] as u8, 0)?;
        sheet.write_datetime_with_format(
            row,
            col,
            &time,
            &Format::new().set_num_format("hh:mm"),
        )?;
    } else {
        sheet.write_string(row, col, field)?;
    }
    Ok(())
}

/// Turns an example CSV (UTF-8 or CP932) into a workbook the way a clerk's Excel holds it:
/// a merged title row and a blank row above the header (`--skip-rows 2`), typed cells below.
fn csv_to_xlsx(csv_path: &Path, xlsx_path: &Path) {
    let bytes = std::fs::read(csv_path).unwrap();
    let text = match std::str::from_utf8(&bytes) {
        Ok(text) => text.to_string(),
        Err(_) => encoding_rs::SHIFT_JIS.decode(&bytes).0.into_owned(),
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let width = records.iter().map(|r| r.len()).max().unwrap_or(1) as u16;
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let title = rust_xlsxwriter::Format::new().set_bold();
    sheet
        .merge_range(0, 0, 0, width.max(2) - 1, "取込データ（2026年）", &title)
        .unwrap();
    for (r, record) in records.iter().enumerate() {
        for (c, field) in record.iter().enumerate() {
            let row = r as u32 + 2;
            if r == 0 {
                sheet.write_string(row, c as u16, field).unwrap();
            } else {
                write_typed_cell(sheet, row, c as u16, field).unwrap();
            }
        }
    }
    book.save(xlsx_path).unwrap();
}

/// Runs the tour in a fresh folder and returns what its last listings print.
fn run_tour(script: &str, examples: impl Fn(&Path)) -> (std::process::Output, tempfile::TempDir) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root.join("examples"), &dir.path().join("examples"));
    examples(&dir.path().join("examples"));
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    std::os::unix::fs::symlink(assert_cmd::cargo::cargo_bin("bko"), bin.join("bko")).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = std::process::Command::new("bash")
        .args(["-euo", "pipefail", "-x", "-c", script])
        .current_dir(dir.path())
        .env("PATH", path)
        .env("HOME", dir.path())
        .env("BKO_TODAY", "2026-06-05")
        .env_remove("BKO_DB")
        .env_remove("BKO_FORMAT")
        .env_remove("BKO_LANG")
        .env_remove("BKO_ENCODING")
        .output()
        .unwrap();
    (out, dir)
}

/// Every importer reads a workbook made from its example CSV (title rows, typed cells) the way it
/// reads the CSV: the tour run on workbooks ends with the same books, listings and statements.
#[cfg(unix)]
#[test]
fn the_readme_tour_runs_on_workbooks_with_the_same_books() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let listings = "\nbko --format json ledger trial-balance --as-of 2026-07-31\n\
        bko --format json ledger journal\n\
        bko --format json invoice list\n\
        bko --format json invoice customers list\n\
        bko --format json inventory stock --as-of 2026-06-30\n\
        bko --format json people list\n\
        bko --format json attendance summary --month 2026-05\n\
        bko --format json payroll show --month 2026-05\n\
        bko --format json bank lines --account MAIN\n";
    let script = format!("{}{listings}", tour(&readme));
    let mut converted = Vec::new();
    let mut workbook_script = script.clone();
    for entry in std::fs::read_dir(root.join("examples")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        if let Some(stem) = name.strip_suffix(".csv") {
            let from = format!("examples/{name}");
            if workbook_script.contains(&from) {
                let to = format!("examples/{stem}.xlsx --skip-rows 2");
                workbook_script = workbook_script.replace(&from, &to);
                converted.push(name);
            }
        }
    }
    assert!(converted.len() >= 10, "{converted:?}");
    let (csv_run, _a) = run_tour(&script, |_| {});
    let (xlsx_run, _b) = run_tour(&workbook_script, |dir| {
        for name in &converted {
            csv_to_xlsx(&dir.join(name), &dir.join(name.replace(".csv", ".xlsx")));
        }
    });
    for (label, out) in [("csv", &csv_run), ("xlsx", &xlsx_run)] {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(15).collect();
        assert!(
            out.status.success(),
            "the {label} tour stopped (exit {:?}):\n{}",
            out.status.code(),
            tail.into_iter().rev().collect::<Vec<_>>().join("\n")
        );
    }
    let csv_out = String::from_utf8_lossy(&csv_run.stdout);
    let xlsx_out = String::from_utf8_lossy(&xlsx_run.stdout);
    let tail =
        |text: &str| text[text.find("\"report\": \"trial_balance\"").unwrap_or(0)..].to_string();
    assert!(tail(&csv_out).len() > 1000, "{csv_out}");
    assert_eq!(tail(&csv_out), tail(&xlsx_out));
}
