//! Excel in and out: every listing as a typed workbook whose values read back equal to the CSV,
//! the report pack as one workbook, CSV for Excel on Japanese Windows, and workbooks as import
//! input with their failure modes (error cells, encrypted files, fractions of a yen, cells right
//! of the header) refused with the sheet, row and column named and nothing stored.

use std::path::Path;

use calamine::{Data, Reader};

use crate::common::{Env, row};

/// The cells of a workbook's first sheet (or the named one).
fn read_sheet(path: &Path, sheet: Option<&str>) -> Vec<Vec<Data>> {
    let mut book = calamine::open_workbook_auto(path).expect("a workbook");
    let name = sheet.map_or_else(|| book.sheet_names()[0].clone(), str::to_string);
    let range = book.worksheet_range(&name).expect("the sheet");
    range.rows().map(|r| r.to_vec()).collect()
}

/// A cell as the CSV rendering writes the same value: yen as digits, dates as ISO, booleans as
/// true/false.
fn as_csv_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) => {
            assert_eq!(f.fract(), 0.0, "a fraction of a yen in the workbook: {f}");
            format!("{}", *f as i64)
        }
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{day:02}")
        }
        other => panic!("unexpected cell {other:?}"),
    }
}

fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn every_listing_as_a_workbook_reads_back_equal_to_its_csv() {
    let env = Env::new();
    env.run(&["demo"]);
    let listings: &[&[&str]] = &[
        &["ledger", "trial-balance", "--as-of", "2026-04-30"],
        &["ledger", "journal"],
        &["ledger", "pl", "--from", "2026-04-01", "--to", "2026-04-30"],
        &["ledger", "bs", "--as-of", "2026-04-30"],
        &["ledger", "accounts", "list"],
        &["invoice", "list"],
        &["invoice", "customers", "list"],
        &["invoice", "aging", "--as-of", "2026-05-31"],
        &["inventory", "stock", "--as-of", "2026-04-30"],
        &["people", "list"],
        &["payroll", "register", "--month", "2026-04"],
        &["bank", "lines"],
        &["payables", "bills", "list"],
        &["expenses", "list"],
        &["docs", "search"],
    ];
    for (n, args) in listings.iter().enumerate() {
        let csv = env.run(&[&["--format", "csv"], *args].concat());
        let file = format!("listing-{n}.xlsx");
        env.run(&[&["--format", "xlsx", "-o", &file], *args].concat());
        let cells = read_sheet(&env.dir.path().join(&file), None);
        let expected = csv_rows(&csv);
        assert!(!expected.is_empty(), "{args:?} lists nothing to compare");
        // Row 1 is the localized header; the data rows follow, then the bold totals, if any.
        let data: Vec<Vec<String>> = cells[1..=expected.len()]
            .iter()
            .map(|r| r.iter().map(as_csv_text).collect())
            .collect();
        let width = cells[0].len();
        let padded: Vec<Vec<String>> = expected
            .iter()
            .map(|r| {
                let mut r = r.clone();
                r.resize(width, String::new());
                r
            })
            .collect();
        assert_eq!(data, padded, "{args:?}");
    }
}

#[test]
fn a_workbook_has_typed_cells_a_frozen_filtered_header_and_bold_totals() {
    let env = Env::new();
    env.run(&["demo"]);
    env.run(&[
        "--format",
        "xlsx",
        "-o",
        "tb.xlsx",
        "ledger",
        "trial-balance",
        "--as-of",
        "2026-04-30",
    ]);
    let path = env.dir.path().join("tb.xlsx");
    let cells = read_sheet(&path, Some("trial_balance"));
    assert_eq!(cells[0][1], Data::String("勘定科目".into()));
    let cash = cells.iter().find(|r| r[1] == Data::String("現金".into()));
    assert!(matches!(cash.unwrap()[4], Data::Float(_)), "{cash:?}");
    // The sheet's XML: frozen header pane, autofilter, the yen format, a bold style.
    let xml = zip_entry(
        std::fs::File::open(&path).unwrap(),
        "xl/worksheets/sheet1.xml",
    );
    assert!(
        xml.contains("state=\"frozen\"") && xml.contains("<autoFilter"),
        "{xml}"
    );
    let styles = zip_entry(std::fs::File::open(&path).unwrap(), "xl/styles.xml");
    assert!(styles.contains("&quot;¥&quot;#,##0"), "{styles}");
    assert!(styles.contains("<b/>"), "{styles}");
    // A workbook is not written to a terminal-less stdout by mistake: without -o it goes to the
    // pipe, and an existing -o file is kept unless --force.
    let err = env.fails(
        &[
            "--format",
            "xlsx",
            "-o",
            "tb.xlsx",
            "ledger",
            "trial-balance",
        ],
        1,
    );
    assert!(err.contains("already exists"), "{err}");
    env.run(&[
        "--format",
        "xlsx",
        "-o",
        "tb.xlsx",
        "--force",
        "ledger",
        "trial-balance",
    ]);
}

/// The text of one file inside a workbook (a zip).
fn zip_entry(file: std::fs::File, name: &str) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(file).expect("a zip");
    let mut text = String::new();
    archive
        .by_name(name)
        .expect("the entry")
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn a_workbook_is_not_written_onto_a_terminal() {
    let env = Env::new();
    env.run(&["demo"]);
    let mut session =
        crate::common::pty::Session::spawn(env.process(&["--format", "xlsx", "people", "list"]));
    session.expect("an Excel workbook is not shown on a terminal");
    session.expect("-o FILE.xlsx");
    assert_eq!(session.wait().code(), Some(1));
}

#[test]
fn the_report_pack_is_also_one_workbook_with_a_sheet_per_report() {
    let env = Env::new();
    env.run(&["demo"]);
    env.run(&[
        "report", "month", "--month", "2026-04", "-o", "pack", "--xlsx",
    ]);
    let path = env.dir.path().join("pack/月次報告書-2026-04.xlsx");
    let book = calamine::open_workbook_auto(&path).expect("the pack workbook");
    let names = book.sheet_names();
    assert!(names.contains(&"残高試算表".to_string()), "{names:?}");
    assert!(names.len() >= 6, "{names:?}");
    let csv = std::fs::read_to_string(env.dir.path().join("pack/trial-balance.csv")).unwrap();
    let cells = read_sheet(&path, Some("残高試算表"));
    let expected = csv_rows(&csv);
    assert_eq!(
        cells[1].iter().map(as_csv_text).collect::<Vec<_>>(),
        expected[0]
    );
}

#[test]
fn csv_for_excel_on_japanese_windows_has_a_bom_or_is_cp932() {
    let env = Env::new();
    env.run(&["demo"]);
    let bytes = |args: &[&str]| env.bko().args(args).output().unwrap().stdout;
    let bom = bytes(&[
        "--format",
        "csv",
        "--encoding",
        "utf-8-bom",
        "people",
        "list",
    ]);
    assert!(bom.starts_with(b"\xEF\xBB\xBFcode,"), "{bom:?}");
    let sjis = bytes(&["--format", "csv", "--encoding", "cp932", "people", "list"]);
    let (text, _, bad) = encoding_rs::SHIFT_JIS.decode(&sjis);
    assert!(!bad && text.contains("山田"), "{text}");
    // The company default applies when --encoding is not given.
    env.run(&["company", "set", "csv_encoding", "utf-8-bom"]);
    assert!(bytes(&["--format", "csv", "people", "list"]).starts_with(b"\xEF\xBB\xBF"));
    let plain = bytes(&["--format", "csv", "--encoding", "utf-8", "people", "list"]);
    assert!(plain.starts_with(b"code,"));
    let err = env.fails(&["company", "set", "csv_encoding", "latin1"], 1);
    assert!(err.contains("not a CSV encoding"), "{err}");
}

/// A workbook with one sheet `明細` holding `rows` (the first is the header) as typed cells.
fn customers_book(env: &Env, name: &str, rows: &[&[Cell]]) -> String {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("明細").unwrap();
    for (r, cells) in rows.iter().enumerate() {
        for (c, cell) in cells.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell {
                Cell::Text(t) => sheet.write_string(r, c, *t).map(|_| ()),
                Cell::Number(n) => sheet.write_number(r, c, *n).map(|_| ()),
                Cell::Formula(f, result) => {
                    let formula = rust_xlsxwriter::Formula::new(*f).set_result(*result);
                    sheet.write_formula(r, c, formula).map(|_| ())
                }
            }
            .unwrap();
        }
    }
    let path = env.dir.path().join(name);
    book.save(&path).unwrap();
    path.display().to_string()
}

enum Cell {
    Text(&'static str),
    Number(f64),
    /// A formula and the result Excel cached for it.
    Formula(&'static str, &'static str),
}

#[test]
fn workbooks_import_with_numbers_as_text_and_the_chosen_sheet() {
    use Cell::{Number, Text};
    let env = Env::with_company();
    let file = customers_book(
        &env,
        "items.xlsx",
        &[
            &[
                Text("code"),
                Text("name"),
                Text("unit"),
                Text("unit_price"),
                Text("tax_rate"),
            ],
            &[
                Text("A1"),
                Text("作業"),
                Text("時間"),
                Number(8000.0),
                Number(10.0),
            ],
            &[
                Text("B2"),
                Text("部品"),
                Text("個"),
                Text("1200"),
                Text("8"),
            ],
        ],
    );
    env.run(&["invoice", "items", "import", &file, "--sheet", "明細"]);
    let items = env.json(&["invoice", "items", "list"]);
    assert_eq!(row(&items, "code", "A1")["unit_price"], "8000");
    assert_eq!(row(&items, "code", "B2")["unit_price"], "1200");
    let err = env.fails(
        &["invoice", "items", "import", &file, "--sheet", "Sheet9"],
        1,
    );
    assert!(
        err.contains("no sheet named 'Sheet9'") && err.contains("明細"),
        "{err}"
    );
}

#[test]
fn bad_workbooks_are_refused_naming_sheet_row_and_column() {
    use Cell::{Formula, Number, Text};
    let env = Env::with_company();
    let header: &[Cell] = &[
        Text("code"),
        Text("name"),
        Text("unit"),
        Text("unit_price"),
        Text("tax_rate"),
    ];
    // Half a yen is refused, not rounded.
    let half = customers_book(
        &env,
        "half.xlsx",
        &[
            &[
                Text("date"),
                Text("entry"),
                Text("account"),
                Text("debit"),
                Text("credit"),
                Text("description"),
            ],
            &[
                Text("2026-05-01"),
                Text("J1"),
                Text("消耗品費"),
                Number(1234.5),
                Text(""),
                Text("端数"),
            ],
            &[
                Text("2026-05-01"),
                Text("J1"),
                Text("現金"),
                Text(""),
                Number(1234.5),
                Text("端数"),
            ],
        ],
    );
    let err = env.fails(&["ledger", "import", &half], 1);
    assert!(err.contains("half.xlsx:明細:2:D: column 'debit'"), "{err}");
    // An error cell (a broken formula, #DIV/0! as Excel saved it) is refused where it is.
    let broken = customers_book(
        &env,
        "broken.xlsx",
        &[
            header,
            &[
                Text("A1"),
                Text("作業"),
                Text("時間"),
                Formula("=1/0", "#DIV/0!"),
                Number(10.0),
            ],
        ],
    );
    let err = env.fails(&["invoice", "items", "import", &broken], 1);
    assert!(
        err.contains("broken.xlsx:明細:2:D: the cell holds the Excel error #DIV/0!"),
        "{err}"
    );
    // A value right of the header belongs to no column.
    let stray = customers_book(
        &env,
        "stray.xlsx",
        &[
            header,
            &[
                Text("A1"),
                Text("作業"),
                Text("時間"),
                Number(8000.0),
                Number(10.0),
                Text("メモ"),
            ],
        ],
    );
    let err = env.fails(&["invoice", "items", "import", &stray], 1);
    assert!(err.contains("stray.xlsx:明細:2:F"), "{err}");
    // An encrypted workbook is an OLE container under an .xlsx name.
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(4096, 0);
    let locked = env.file("locked.xlsx", &ole);
    let err = env.fails(&["invoice", "items", "import", &locked], 1);
    assert!(err.contains("encrypted"), "{err}");
    assert!(
        env.json(&["invoice", "items", "list"])["rows"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn merged_title_rows_are_skipped_with_skip_rows() {
    use Cell::{Number, Text};
    let env = Env::with_company();
    let file = customers_book(
        &env,
        "titled.xlsx",
        &[
            &[Text("品目一覧 2026年5月")],
            &[],
            &[
                Text("code"),
                Text("name"),
                Text("unit"),
                Text("unit_price"),
                Text("tax_rate"),
            ],
            &[
                Text("A1"),
                Text("作業"),
                Text("時間"),
                Number(8000.0),
                Number(10.0),
            ],
        ],
    );
    let err = env.fails(&["invoice", "items", "import", &file], 1);
    assert!(
        err.contains("unknown column") || err.contains("missing column"),
        "{err}"
    );
    env.run(&["invoice", "items", "import", &file, "--skip-rows", "2"]);
    let items = env.json(&["invoice", "items", "list"]);
    assert_eq!(row(&items, "code", "A1")["name"], "作業");
}

/// A minimal OpenDocument spreadsheet (what LibreOffice saves): one sheet `品目`, typed cells.
fn ods_book(env: &Env, name: &str, rows: &[&[(&str, &str)]]) -> String {
    use std::io::Write;
    let mut content = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
         <office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
         <office:body><office:spreadsheet><table:table table:name=\"品目\">",
    );
    for row in rows {
        content.push_str("<table:table-row>");
        for (kind, value) in *row {
            let cell = match *kind {
                "float" => format!(
                    "<table:table-cell office:value-type=\"float\" office:value=\"{value}\"><text:p>{value}</text:p></table:table-cell>"
                ),
                "date" => format!(
                    "<table:table-cell office:value-type=\"date\" office:date-value=\"{value}\"><text:p>{value}</text:p></table:table-cell>"
                ),
                _ => format!(
                    "<table:table-cell office:value-type=\"string\"><text:p>{value}</text:p></table:table-cell>"
                ),
            };
            content.push_str(&cell);
        }
        content.push_str("</table:table-row>");
    }
    content.push_str("</table:table></office:spreadsheet></office:body></office:document-content>");
    let path = env.dir.path().join(name);
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest \
          xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">\
          <manifest:file-entry manifest:full-path=\"/\" \
          manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
          <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
          </manifest:manifest>",
    )
    .unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap();
    path.display().to_string()
}

#[test]
fn an_opendocument_spreadsheet_imports_like_a_workbook() {
    let env = Env::with_company();
    let file = ods_book(
        &env,
        "journal.ods",
        &[
            &[
                ("string", "date"),
                ("string", "entry"),
                ("string", "account"),
                ("string", "debit"),
                ("string", "credit"),
                ("string", "description"),
            ],
            &[
                ("date", "2026-05-01"),
                ("string", "J1"),
                ("string", "消耗品費"),
                ("float", "5000"),
                ("string", ""),
                ("string", "文房具"),
            ],
            &[
                ("date", "2026-05-01"),
                ("string", "J1"),
                ("string", "現金"),
                ("string", ""),
                ("float", "5000"),
                ("string", "文房具"),
            ],
        ],
    );
    env.run(&["ledger", "import", &file]);
    let journal = env.json(&["ledger", "journal"]);
    let rows = journal["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2, "{journal}");
    assert_eq!(rows[0]["date"], "2026-05-01");
    assert_eq!(rows[0]["debit"], "5000");
    // bko's journal export in CP932 for Japanese Windows software.
    let out = env
        .bko()
        .args(["ledger", "export", "--encoding", "cp932"])
        .output()
        .unwrap();
    let (text, _, bad) = encoding_rs::SHIFT_JIS.decode(&out.stdout);
    assert!(!bad && text.contains("文房具"), "{text}");
}
