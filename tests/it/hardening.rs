//! Hardening from the outside (issue 13): bad values are refused with a clear error and the
//! database unchanged, never stored wrong; limits are documented; files bko writes are private,
//! whole and never silently overwritten.

use crate::common::{Env, row};

/// A company with one employee, E001 (hired 2025-04-01).
fn with_employee() -> Env {
    let env = Env::with_company();
    add_employee(&env);
    env
}

fn add_employee(env: &Env) {
    env.run(&[
        "people",
        "add",
        "E001",
        "山田太郎",
        "--hire-date",
        "2025-04-01",
    ]);
}

fn with_item() -> Env {
    let env = Env::with_company();
    env.run(&["inventory", "locations", "add", "WH", "倉庫"]);
    env.run(&["inventory", "items", "add", "BEAN", "豆", "--unit", "kg"]);
    env.run(&[
        "inventory",
        "receive",
        "BEAN",
        "10",
        "--cost",
        "100",
        "--location",
        "WH",
    ]);
    env
}

#[test]
fn an_unquoted_thousands_separator_is_refused_not_read_as_one() {
    let env = with_item();
    env.run(&["inventory", "count", "start", "--location", "WH"]);
    let counts = env.file("counts.csv", b"sku,location,counted\nBEAN,WH,1,000\n");
    let err = env.fails(&["inventory", "count", "import", &counts], 1);
    assert!(
        err.contains("counts.csv:2: 4 fields, but the header has 3"),
        "{err}"
    );
    assert!(err.contains("\"1,000\""), "{err}");
    let quoted = env.file("quoted.csv", b"sku,location,counted\nBEAN,WH,\"1,000\"\n");
    env.run(&["inventory", "count", "import", &quoted]);
    let diff = env.json(&["inventory", "count", "diff"]);
    assert_eq!(row(&diff, "sku", "BEAN")["counted"], "1000");
}

#[test]
fn timecard_rows_with_trailing_fields_are_refused() {
    let env = with_employee();
    let file = env.file(
        "tc.csv",
        b"employee,date,clock_in,clock_out,break_minutes\nE001,2026-05-01,09:00,18:00,60,extra\n",
    );
    let err = env.fails(&["attendance", "import", &file], 1);
    assert!(
        err.contains("tc.csv:2: 6 fields, but the header has 5"),
        "{err}"
    );
}

#[test]
fn amounts_beyond_the_limit_are_refused_and_reports_keep_working() {
    let env = with_item();
    let err = env.fails(
        &[
            "inventory",
            "receive",
            "BEAN",
            "1",
            "--cost",
            "99999999999999999999999",
        ],
        2,
    );
    assert!(err.contains("limit is 9,999,999,999,999"), "{err}");
    // Each factor within its limit, the product beyond the money limit: refused, not 0.
    let err = env.fails(
        &[
            "inventory",
            "receive",
            "BEAN",
            "999999999",
            "--cost",
            "9999999999999",
        ],
        1,
    );
    assert!(err.contains("too large"), "{err}");
    let err = env.fails(
        &["inventory", "receive", "BEAN", "1000000000", "--cost", "1"],
        2,
    );
    assert!(err.contains("limit for a quantity is 999,999,999"), "{err}");
    let near_max = "9223372036854775000";
    let err = env.fails(
        &[
            "ledger",
            "post",
            "--debit",
            &format!("現金={near_max}"),
            "--credit",
            &format!("売上高={near_max}"),
            "--memo",
            "x",
        ],
        2,
    );
    assert!(err.contains("too large"), "{err}");
    // Two posts at the limit: every report still adds them up.
    for _ in 0..2 {
        env.run(&[
            "ledger",
            "post",
            "--debit",
            "現金=9999999999999",
            "--credit",
            "売上高=9999999999999",
            "--memo",
            "max",
        ]);
    }
    env.run(&["ledger", "trial-balance"]);
    env.run(&["ledger", "pl"]);
    env.run(&["ledger", "bs"]);
    env.run(&["check"]);
}

#[test]
fn a_header_only_file_imports_nothing_and_says_so() {
    let env = Env::with_company();
    let journal = env.file("j.csv", b"date,entry,account,debit,credit,description\n");
    let out = env
        .bko()
        .args(["ledger", "import", &journal])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("imported 0 entries"));
    let items = env.file("items.csv", b"sku,name\n");
    let out = env
        .bko()
        .args(["inventory", "items", "import", &items])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_huge_field_is_refused_and_quoted_only_by_its_start() {
    let env = Env::with_company();
    let huge = "あ".repeat(3_000_000);
    let csv = format!("code,name\nC1,{huge}\n");
    let file = env.file("customers.csv", csv.as_bytes());
    let err = env.fails(&["invoice", "customers", "import", &file], 1);
    assert!(err.contains("customers.csv:2: column 'name'"), "{err}");
    assert!(
        err.len() < 1000,
        "the message echoes the field: {} bytes",
        err.len()
    );
    // The kernel refuses an argument of more than 128 KiB before any program sees it.
    let err = env.fails(&["invoice", "customers", "add", "C1", &huge[..90_000]], 2);
    assert!(
        err.len() < 1000,
        "the message echoes the argument: {} bytes",
        err.len()
    );
    let long_name = "名".repeat(121);
    let err = env.fails(&["invoice", "customers", "add", "C1", &long_name], 1);
    assert!(err.contains("121 characters is more than the 120"), "{err}");
    let err = env.fails(
        &[
            "people",
            "add",
            "E1",
            &long_name,
            "--hire-date",
            "2026-04-01",
        ],
        1,
    );
    assert!(err.contains("more than the 120"), "{err}");
}

#[test]
fn utf16_files_are_read_and_binary_files_are_refused() {
    let env = Env::with_company();
    let text = "code,name\nC1,株式会社ユーティーエフ\n";
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let file = env.file("utf16.csv", &bytes);
    env.run(&["invoice", "customers", "import", &file]);
    let list = env.json(&["invoice", "customers", "list"]);
    assert_eq!(row(&list, "code", "C1")["name"], "株式会社ユーティーエフ");
    let zip = env.file(
        "book.xlsx",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",
    );
    let err = env.fails(&["invoice", "customers", "import", &zip], 1);
    assert!(err.contains("not a workbook bko can read"), "{err}");
}

#[test]
fn bytes_a_cp932_file_cannot_hold_are_refused_not_stored_as_replacement_characters() {
    let env = Env::with_company();
    // テスト with its second character's trail byte out of range (0x83 0xFF).
    let bad = b"date,entry,account,debit,credit,description,tax\n\
        2024-04-01,1,1100,1000,,\x83\x65\x83\xff\x83\x67,\n\
        2024-04-01,1,4100,,1000,sale,\n";
    let file = env.file("bad-sjis.csv", bad);
    for encoding in [&["--encoding", "cp932"][..], &[]] {
        let mut args = vec!["ledger", "import", &file];
        args.extend_from_slice(encoding);
        let err = env.fails(&args, 1);
        assert!(
            err.contains("bad-sjis.csv:2: column 'description': bytes that are not cp932 text"),
            "{err}"
        );
    }
    let journal = env.json(&["ledger", "journal"]);
    assert_eq!(
        journal["rows"].as_array().map(Vec::len),
        Some(0),
        "{journal}"
    );
}

#[test]
fn a_utf8_file_with_excels_byte_order_mark_is_read_as_utf8() {
    let env = Env::with_company();
    let text = "\u{feff}date,entry,account,debit,credit,description,tax\n\
        2024-04-01,1,1100,1000,,テスト売上,\n2024-04-01,1,4100,,1000,テスト売上,\n";
    let file = env.file("bom.csv", text.as_bytes());
    for encoding in [&[][..], &["--encoding", "cp932"], &["--encoding", "utf-8"]] {
        let mut args = vec!["ledger", "import", &file, "--dry-run"];
        args.extend_from_slice(encoding);
        env.run(&args);
    }
    env.run(&["ledger", "import", &file]);
    let journal = env.json(&["ledger", "journal"]);
    assert_eq!(journal["rows"][0]["description"], "テスト売上", "{journal}");
}

#[test]
fn an_error_in_a_windows_file_names_its_true_line() {
    let env = Env::with_company();
    let rows = "date,entry,account,debit,credit,description,tax\r\n\
        2024-04-01,1,1100,1000,,a,\r\n2024-04-01,1,4100,,1000,b,\r\n\r\n\
        2024-04-0x,2,1100,1000,,c,\r\n";
    let file = env.file("crlf.csv", rows.as_bytes());
    let err = env.fails(&["ledger", "import", &file], 1);
    assert!(err.contains("crlf.csv:5: column 'date'"), "{err}");
}

#[test]
fn malformed_argument_values_are_usage_errors() {
    let env = Env::with_company();
    for args in [
        &["attendance", "summary", "--month", "2026-13"][..],
        &["payroll", "run", "--month", "2026-4"],
        &["close", "--month", "April"],
        &["report", "month", "--month", "2026-00", "-o", "pack"],
        &[
            "payroll",
            "set",
            "E001",
            "--from",
            "2026/04",
            "--monthly",
            "1",
        ],
        &["invoice", "issue", "--customer", "C1", "--line", "x;1;100"],
        &["ledger", "journal", "--from", "2026-02-30"],
        &["ledger", "year-end", "--fiscal-year", "300000"],
        &["report", "year", "--fiscal-year", "99999", "-o", "y"],
        &["docs", "expiring", "--within", "6x"],
        &["attendance", "punch", "E001", "in", "--at", "25:99"],
        &[
            "ledger",
            "post",
            "--debit",
            "現金",
            "--credit",
            "売上高=1",
            "--memo",
            "x",
        ],
        &["invoice", "pay", "INV-1", "--amount", "abc"],
        &["inventory", "count", "set", "BEAN", "1e5"],
    ] {
        let err = env.fails(args, 2);
        assert!(err.contains("invalid value"), "{args:?}: {err}");
    }
}

/// Posts a cash sale of ¥1,000 with a memo.
fn cash_sale(env: &Env, memo: &str) {
    env.run(&[
        "ledger",
        "post",
        "--debit",
        "現金=1000",
        "--credit",
        "売上高=1000",
        "--memo",
        memo,
    ]);
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn written_files_are_private_and_never_silently_replaced() {
    let env = Env::with_company();
    cash_sale(&env, "x");
    let export = env.dir.path().join("journal.csv");
    // Under umask 000 a plain create would make the file 0666.
    let bin = assert_cmd::cargo::cargo_bin("bko");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("umask 000; exec \"$0\" ledger export -o \"$1\"")
        .arg(&bin)
        .arg(&export)
        .env("BKO_DB", &env.db)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(mode(&export), 0o600);
    let before = std::fs::read(&export).unwrap();
    let err = env.fails(&["ledger", "export", "-o", export.to_str().unwrap()], 1);
    assert!(
        err.contains("already exists") && err.contains("--force"),
        "{err}"
    );
    env.run(&[
        "ledger",
        "export",
        "-o",
        export.to_str().unwrap(),
        "--force",
    ]);
    assert_eq!(std::fs::read(&export).unwrap(), before);
    let pack = env.dir.path().join("pack");
    env.run(&[
        "report",
        "month",
        "--month",
        "2026-05",
        "-o",
        pack.to_str().unwrap(),
    ]);
    assert_eq!(mode(&pack), 0o700);
    for entry in std::fs::read_dir(&pack).unwrap() {
        assert_eq!(mode(&entry.unwrap().path()), 0o600);
    }
    let err = env.fails(
        &[
            "report",
            "month",
            "--month",
            "2026-05",
            "-o",
            pack.to_str().unwrap(),
        ],
        1,
    );
    assert!(err.contains("already exists"), "{err}");
}

#[test]
fn a_failed_export_keeps_the_previous_file_whole() {
    let env = Env::with_company();
    cash_sale(&env, "普通");
    let export = env.dir.path().join("yayoi.csv");
    let path = export.to_str().unwrap();
    env.run(&["ledger", "export", "--as", "yayoi", "-o", path]);
    let good = std::fs::read(&export).unwrap();
    cash_sale(&env, "絵文字😀");
    let err = env.fails(
        &["ledger", "export", "--as", "yayoi", "-o", path, "--force"],
        1,
    );
    assert!(err.contains("Shift_JIS"), "{err}");
    assert_eq!(std::fs::read(&export).unwrap(), good);
    let names: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("yayoi"))
        .collect();
    assert_eq!(names, ["yayoi.csv"]);
}

fn with_customer() -> Env {
    let env = Env::with_company();
    env.run(&["invoice", "customers", "add", "ABC", "ABC株式会社"]);
    env
}

#[test]
fn credit_notes_return_only_what_the_invoice_charged_per_rate() {
    let env = with_customer();
    env.run(&[
        "invoice",
        "issue",
        "--customer",
        "ABC",
        "--date",
        "2026-05-01",
        "--line",
        "保守;1;10000;10",
    ]);
    // 8% was never charged: refused, whatever the open amount.
    let err = env.fails(
        &["invoice", "credit", "INV-2026-0001", "--line", "豆;1;100;8"],
        1,
    );
    assert!(err.contains("charged nothing at 8%"), "{err}");
    env.run(&[
        "invoice",
        "credit",
        "INV-2026-0001",
        "--line",
        "値引;1;1000;10",
    ]);
    env.run(&[
        "invoice",
        "credit",
        "INV-2026-0001",
        "--line",
        "値引;1;2000;10",
    ]);
    // Reduced only by credit notes: still owed, not partially paid.
    let list = env.json(&["invoice", "list", "--kind", "invoice"]);
    assert_eq!(row(&list, "number", "INV-2026-0001")["status"], "issued");
    assert_eq!(row(&list, "number", "INV-2026-0001")["open"], "7700");
    let credits = env.json(&["invoice", "list", "--kind", "credit_note"]);
    assert_eq!(credits["rows"].as_array().unwrap().len(), 2);
    assert_eq!(credits["totals"]["total"], "-3300", "{credits}");
    let all = env.json(&["invoice", "list"]);
    assert_eq!(all["totals"]["total"], "7700", "{all}");
    // What is left at 10% is 7,700: one yen more is refused.
    let err = env.fails(
        &[
            "invoice",
            "credit",
            "INV-2026-0001",
            "--line",
            "値引;1;7001;10",
        ],
        1,
    );
    assert!(err.contains("open"), "{err}");
    env.run(&[
        "invoice",
        "credit",
        "INV-2026-0001",
        "--line",
        "値引;1;7000;10",
    ]);
    let list = env.json(&["invoice", "list", "--kind", "invoice"]);
    assert_eq!(row(&list, "number", "INV-2026-0001")["status"], "credited");
}

#[test]
fn the_pay_calculator_refuses_pay_no_one_can_have() {
    let env = Env::with_company();
    let calc = |extra: &[&str]| {
        let mut args = vec!["payroll", "calc", "--month", "2026-05"];
        args.extend_from_slice(extra);
        env.fails(&args, 1)
    };
    let err = calc(&["--gross", "300000", "--non-taxable", "400000"]);
    assert!(
        err.contains("--non-taxable 400000 must be between 0 and the gross"),
        "{err}"
    );
    let err = calc(&["--gross", "0", "--standard-monthly", "300000"]);
    assert!(err.contains("--gross must be a positive amount"), "{err}");
    let err = calc(&["--gross", "50000", "--standard-monthly", "1390000"]);
    assert!(err.contains("exceed the gross pay"), "{err}");
    let err = calc(&["--gross", "300000", "--birth-date", "2030-01-01"]);
    assert!(err.contains("in the future"), "{err}");
    env.run(&["payroll", "calc", "--month", "2026-05", "--gross", "300000"]);
}

#[test]
fn a_numbering_pattern_is_a_file_name_never_a_path() {
    let env = Env::with_company();
    for pattern in [
        "../../{NNNN}",
        "/tmp/INV-{NNNN}",
        "INV/{YYYY}/{NNNN}",
        "..{NNNN}",
        "INV:{NNNN}",
    ] {
        let err = env.fails(&["company", "set", "invoice_number_pattern", pattern], 1);
        assert!(err.contains("cannot be a file name"), "{pattern}: {err}");
    }
    env.run(&[
        "company",
        "set",
        "invoice_number_pattern",
        "請求-{YY}{MM}-{NNN}",
    ]);
}

#[test]
fn a_receipt_puts_its_tax_category_on_the_purchase_line() {
    let env = Env::with_company();
    env.run(&[
        "inventory",
        "items",
        "add",
        "BEAN",
        "豆",
        "--unit",
        "kg",
        "--tax-rate",
        "8",
    ]);
    env.run(&["inventory", "receive", "BEAN", "10", "--cost", "100"]);
    let journal = env.json(&["ledger", "journal"]);
    let lines = journal["rows"].as_array().unwrap();
    let category = |code: &str| {
        lines
            .iter()
            .find(|l| l["account_code"] == code)
            .unwrap_or_else(|| panic!("no line on {code}: {journal}"))["tax_category"]
            .clone()
    };
    assert_eq!(category("1200"), "課対仕入8%(軽)");
    assert_eq!(category("1350"), "対象外");
    assert_eq!(category("2110"), "対象外");
}

#[test]
fn a_fifo_count_difference_shows_what_apply_posts() {
    let env = Env::with_company();
    env.run(&[
        "inventory",
        "items",
        "add",
        "BEAN",
        "豆",
        "--unit",
        "kg",
        "--method",
        "fifo",
    ]);
    env.run(&[
        "inventory",
        "receive",
        "BEAN",
        "5",
        "--cost",
        "100",
        "--date",
        "2026-05-01",
    ]);
    env.run(&[
        "inventory",
        "receive",
        "BEAN",
        "5",
        "--cost",
        "120",
        "--date",
        "2026-05-02",
    ]);
    env.run(&["inventory", "count", "start", "--as-of", "2026-05-10"]);
    env.run(&["inventory", "count", "set", "BEAN", "3"]);
    let diff = env.json(&["inventory", "count", "diff"]);
    // Seven short: the five oldest at 100 and two at 120, not seven at the front layer's 100.
    assert_eq!(row(&diff, "sku", "BEAN")["value"], "-740", "{diff}");
    env.run(&["inventory", "count", "apply"]);
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-05-31"]);
    assert_eq!(row(&tb, "code", "1200")["closing"], "360", "{tb}");
}

/// Runs bko as a user who may read but not write the database: `nobody` when the tests run as
/// root (root writes anything), else the same user after the file and its folder are made
/// read-only.
#[cfg(unix)]
fn run_read_only(env: &Env, args: &[&str]) -> std::process::Output {
    use std::os::unix::fs::PermissionsExt;
    let set = |path: &std::path::Path, mode| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap()
    };
    let bin = assert_cmd::cargo::cargo_bin("bko");
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .unwrap()
        .stdout
        == b"0\n";
    let mut cmd = if root {
        set(env.dir.path(), 0o755);
        set(&env.db, 0o644);
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&bin);
        c
    } else {
        set(&env.db, 0o444);
        set(env.dir.path(), 0o555);
        std::process::Command::new(&bin)
    };
    let out = cmd
        .args(["--db", env.db.to_str().unwrap()])
        .args(args)
        .env("BKO_TODAY", "2026-05-15")
        .output()
        .unwrap();
    set(env.dir.path(), 0o700);
    set(&env.db, 0o600);
    out
}

#[cfg(unix)]
#[test]
fn a_read_only_database_is_read_and_says_it_cannot_be_changed() {
    let env = Env::with_company();
    cash_sale(&env, "x");
    let before = env.fingerprint();
    let out = run_read_only(&env, &["--format", "json", "ledger", "trial-balance"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tb: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(row(&tb, "code", "1100")["closing"], "1000");
    for args in [
        &[
            "ledger",
            "post",
            "--debit",
            "現金=1",
            "--credit",
            "売上高=1",
            "--memo",
            "y",
        ][..],
        &["ledger", "import", "/dev/null"],
    ] {
        let out = run_read_only(&env, args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(5), "{args:?}: {err}");
        assert!(err.contains("is read-only"), "{args:?}: {err}");
    }
    assert_eq!(env.fingerprint(), before);
}

/// bko keeps SQLite's -wal and -shm files beside the database between commands (the next
/// command need not create them), but each command ends with its changes in the database file:
/// a copy of that file alone, as a clerk backs it up, holds the books.
#[test]
fn the_database_file_alone_holds_the_books_after_each_command() {
    let env = Env::with_company();
    cash_sale(&env, "x");
    let beside = |suffix: &str| std::path::PathBuf::from(format!("{}{suffix}", env.db.display()));
    let wal = std::fs::metadata(beside("-wal")).expect("the WAL is kept");
    assert_eq!(wal.len(), 0, "and emptied into the database file");
    assert!(beside("-shm").exists());
    // They hold the books' pages while a command runs: as private as the database.
    #[cfg(unix)]
    for suffix in ["-wal", "-shm"] {
        assert_eq!(mode(&beside(suffix)), 0o600, "{suffix}");
    }
    let copy = Env::new();
    std::fs::copy(&env.db, &copy.db).unwrap();
    let tb = copy.json(&["ledger", "trial-balance"]);
    assert_eq!(row(&tb, "code", "1100")["closing"], "1000");
    copy.run(&["check"]);
}

#[test]
fn no_issued_document_goes_without_its_archived_copy() {
    let env = with_customer();
    env.run(&[
        "invoice",
        "issue",
        "--customer",
        "ABC",
        "--date",
        "2026-05-01",
        "--line",
        "保守;1;10000;10",
        "--no-pdf",
    ]);
    // --no-pdf skips the file, not the archive: the copy was kept in the issuing transaction.
    let docs = env.json(&["docs", "search", "--type", "invoice"]);
    assert_eq!(docs["rows"].as_array().unwrap().len(), 1, "{docs}");
    let id = docs["rows"][0]["id"].as_i64().unwrap().to_string();
    env.run(&["docs", "delete", &id, "--reason", "test: a copy lost"]);
    let check = env.json_exit(&["check"], 4);
    let item = row(&check, "check", "issued_documents_archived");
    assert_eq!(item["status"], "fail");
    assert!(
        item["detail"].as_str().unwrap().contains("INV-2026-0001"),
        "{item}"
    );
    env.fails(&["close", "--month", "2026-05"], 4);
    env.run(&["invoice", "pdf", "--missing"]);
    let check = env.json(&["check"]);
    assert_eq!(
        row(&check, "check", "issued_documents_archived")["status"],
        "ok"
    );
    let pdf = env.dir.path().join("invoices/INV-2026-0001.pdf");
    assert!(pdf.exists());
    assert!(crate::common::pdf_text(&pdf).contains("INV-2026-0001"));
}

#[test]
fn invoice_pdfs_wrap_the_longest_values_and_carry_honest_metadata() {
    let env = Env::with_company();
    let long = |unit: &str, n: usize| unit.repeat(n).chars().take(n).collect::<String>();
    let name = long("株式会社長い名前", 120);
    let subject = format!("{}件名の終わり", long("件名", 114));
    let item = format!("{}品名の終わり", long("品名", 114));
    let note = format!("{}備考の終わり", long("備考です。", 994));
    env.run(&[
        "company",
        "set",
        "address",
        &long("東京都千代田区丸の内", 200),
    ]);
    env.run(&[
        "invoice",
        "customers",
        "add",
        "ABC",
        &name,
        "--address",
        &long("大阪市", 200),
    ]);
    env.run(&[
        "invoice",
        "issue",
        "--customer",
        "ABC",
        "--date",
        "2026-05-01",
        "--subject",
        &subject,
        "--note",
        &note,
        "--line",
        &format!("{item};999999;9000000;10;ケース"),
    ]);
    let path = env.dir.path().join("invoices/INV-2026-0001.pdf");
    // Wrapped text comes out line by line: every end is there, none was clipped.
    let text = crate::common::pdf_text(&path).replace('\n', "");
    for end in [
        "件名の終わり",
        "品名の終わり",
        "備考の終わり",
        "8,999,991,000,000",
    ] {
        assert!(text.contains(end), "{end} is missing:\n{text}");
    }
    let doc = lopdf::Document::load(&path).unwrap();
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(|o| o.as_reference())
        .unwrap();
    let info = doc.get_object(info).and_then(|o| o.as_dict()).unwrap();
    assert_eq!(
        info.get(b"CreationDate").unwrap().as_str().unwrap(),
        b"D:20260501"
    );
    assert!(info.get(b"GTS_PDFXVersion").is_err());
    let bytes = std::fs::read(&path).unwrap();
    let fonts = String::from_utf8_lossy(&bytes);
    let tagged = fonts.matches("+NotoSansJP-Regular").count();
    assert!(tagged > 0);
    for (at, _) in fonts.match_indices("+NotoSansJP-Regular") {
        let tag = &fonts[at - 6..at];
        assert!(
            tag.chars().all(|c| c.is_ascii_uppercase()),
            "subset tag {tag:?}"
        );
    }
    // An invoice whose lines add up beyond the money limit is refused, not stored.
    let err = env.fails(
        &[
            "invoice",
            "issue",
            "--customer",
            "ABC",
            "--line",
            "a;999999;9000000;10",
            "--line",
            "b;999999;9000000;10",
        ],
        1,
    );
    assert!(err.contains("the invoice total"), "{err}");
}

/// A movements file big enough that its import holds the database for a while.
fn big_movements(env: &Env, rows: usize) -> String {
    let mut csv = String::from("date,kind,item,quantity,unit_cost,from,to,ref\n");
    for i in 0..rows {
        let item = format!("I{:03}", i % 200);
        let day = 1 + (i / 200) % 28;
        csv.push_str(&format!(
            "2026-04-{day:02},receive,{item},{},{},,,R{i}\n",
            1 + i % 7,
            100 + i % 50
        ));
    }
    env.file("movements.csv", csv.as_bytes())
}

fn with_items(n: usize) -> Env {
    let env = Env::with_company();
    let mut items = String::from("sku,name,unit\n");
    for i in 0..n {
        items.push_str(&format!("I{i:03},品目{i},個\n"));
    }
    let file = env.file("items.csv", items.as_bytes());
    env.run(&["inventory", "items", "import", &file]);
    env
}

/// Starts a bulk import in the background and returns once it holds the database.
fn start_holding(env: &Env, args: &[&str]) -> std::process::Child {
    let holder = std::path::PathBuf::from(format!("{}.holder", env.db.display()));
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("bko"))
        .args(args)
        .env("BKO_DB", &env.db)
        .env("BKO_TODAY", "2026-05-15")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while !holder.exists() {
        assert!(
            started.elapsed().as_secs() < 30,
            "the import never took the database"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child
}

#[test]
fn a_second_clerk_waits_for_a_bulk_import_and_reads_meanwhile() {
    let env = with_items(200);
    let movements = big_movements(&env, 400_000);
    let mut import = start_holding(&env, &["inventory", "import", &movements]);
    // Reads go on while the import writes (WAL), and a write waits its turn instead of failing.
    env.run(&["ledger", "trial-balance"]);
    assert!(
        import.try_wait().unwrap().is_none(),
        "the import ended before the read"
    );
    env.run(&[
        "ledger",
        "post",
        "--debit",
        "現金=1",
        "--credit",
        "売上高=1",
        "--memo",
        "2nd",
    ]);
    assert!(import.wait().unwrap().success());
    let journal = env.json(&["ledger", "journal"]);
    assert!(
        journal["rows"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["memo"] == "2nd")
    );
}

#[test]
fn a_clerk_who_gives_up_is_told_who_holds_the_database() {
    let env = with_items(200);
    let movements = big_movements(&env, 400_000);
    let mut import = start_holding(&env, &["inventory", "import", &movements]);
    let post = env
        .bko()
        .env("BKO_BUSY_TIMEOUT", "0.05")
        .args([
            "ledger",
            "post",
            "--debit",
            "現金=1",
            "--credit",
            "売上高=1",
            "--memo",
            "x",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&post.stderr);
    assert!(
        import.try_wait().unwrap().is_none(),
        "the import ended before the post"
    );
    assert_eq!(post.status.code(), Some(5), "{err}");
    assert!(err.contains("is busy: `bko inventory import`"), "{err}");
    assert!(err.contains("has held it since"), "{err}");
    assert!(import.wait().unwrap().success());
}

#[test]
fn a_second_clerk_waits_for_a_journal_import_too() {
    let env = Env::with_company();
    let mut csv = String::from("date,entry,account,debit,credit,description\n");
    for i in 0..150_000 {
        csv.push_str(&format!(
            "2026-04-{:02},J{i},現金,{},,x\n",
            1 + i % 28,
            100 + i % 9
        ));
        csv.push_str(&format!(
            "2026-04-{:02},J{i},売上高,,{},x\n",
            1 + i % 28,
            100 + i % 9
        ));
    }
    let journal = env.file("journal.csv", csv.as_bytes());
    let mut import = start_holding(&env, &["ledger", "import", &journal]);
    env.run(&["ledger", "accounts", "list"]);
    assert!(
        import.try_wait().unwrap().is_none(),
        "the import ended before the read"
    );
    env.run(&[
        "ledger",
        "post",
        "--debit",
        "現金=1",
        "--credit",
        "売上高=1",
        "--memo",
        "2nd",
    ]);
    assert!(import.wait().unwrap().success());
}

#[test]
fn paid_leave_is_granted_when_bko_holds_only_part_of_the_year() {
    let env = Env::with_company();
    env.run(&[
        "people",
        "add",
        "E001",
        "山田太郎",
        "--hire-date",
        "2024-04-01",
    ]);
    // bko adopted in September 2026: one month of timecards, every scheduled day worked.
    let mut csv = String::from("employee,date,clock_in,clock_out,break_minutes\n");
    for day in 1..=30 {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 9, day).unwrap();
        if chrono::Datelike::weekday(&date).number_from_monday() <= 5 {
            csv.push_str(&format!("E001,{date},09:00,18:00,60\n"));
        }
    }
    let file = env.file("tc.csv", csv.as_bytes());
    env.run(&["attendance", "import", &file]);
    let out = env
        .bko()
        .args(["attendance", "leave", "grant", "--as-of", "2026-10-01"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("no grant"), "{err}");
    assert!(
        err.contains("E001 on 2026-10-01") && err.contains("could not be checked"),
        "{err}"
    );
    let balance = env.json(&["attendance", "leave", "balance", "--as-of", "2026-10-01"]);
    assert_eq!(
        row(&balance, "employee", "E001")["remaining"],
        "23",
        "{balance}"
    );
    // Where bko holds the whole period, the 80% rule still applies: E002 came two days of six
    // months.
    env.run(&[
        "people",
        "add",
        "E002",
        "佐藤花子",
        "--hire-date",
        "2026-04-01",
    ]);
    let file = env.file(
        "e2.csv",
        b"employee,date,clock_in,clock_out,break_minutes\nE002,2026-04-01,09:00,18:00,60\nE002,2026-09-30,09:00,18:00,60\n",
    );
    env.run(&["attendance", "import", &file]);
    let out = env
        .bko()
        .args([
            "attendance",
            "leave",
            "grant",
            "E002",
            "--as-of",
            "2026-10-01",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no grant for E002 on 2026-10-01 (attendance 2%)"),
        "{err}"
    );
}

#[test]
fn a_document_export_imports_back_with_its_keys() {
    let env = Env::with_company();
    let receipt = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/receipt.pdf");
    env.run(&[
        "docs",
        "add",
        receipt.to_str().unwrap(),
        "--type",
        "receipt",
        "--date",
        "2026-04-18",
        "--amount",
        "8800",
        "--counterparty",
        "東都交通",
        "--title",
        "タクシー 品川駅",
        "--tags",
        "交通費",
        "--note",
        "出張",
    ]);
    env.run(&[
        "docs",
        "export",
        "--from",
        "2026-04-01",
        "--to",
        "2026-04-30",
        "exported",
    ]);
    let other = Env::with_company();
    let dir = env.dir.path().join("exported");
    other.run(&["docs", "import", dir.to_str().unwrap()]);
    let docs = other.json(&["docs", "search"]);
    let doc = &docs["rows"][0];
    assert_eq!(doc["type"], "receipt", "{docs}");
    assert_eq!(doc["title"], "タクシー 品川駅", "{docs}");
    assert_eq!(doc["tags"], "交通費", "{docs}");
    assert_eq!(doc["file_name"], "receipt.pdf", "{docs}");
    assert_eq!(doc["amount"], "8800", "{docs}");
    // A file that is not the one the index describes is refused.
    let name = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "pdf"))
        .unwrap();
    std::fs::write(&name, b"%PDF-1.4 another file").unwrap();
    let third = Env::with_company();
    let err = third.fails(&["docs", "import", dir.to_str().unwrap()], 1);
    assert!(err.contains("column 'sha256'"), "{err}");
}

#[test]
fn bank_transfer_fields_are_checked_when_entered_and_errors_name_the_column() {
    let env = Env::with_company();
    let err = env.fails(&["company", "set", "payroll_bank_name", "みずほ銀行"], 1);
    assert!(err.contains("cannot be written in a Zengin file"), "{err}");
    let err = env.fails(
        &["company", "set", "payroll_consignor_name", &"ｱ".repeat(41)],
        1,
    );
    assert!(err.contains("longer than 40"), "{err}");
    env.run(&["company", "set", "payroll_bank_name", "ﾐｽﾞﾎ"]);
    let err = env.fails(
        &[
            "people",
            "add",
            "E001",
            "山田",
            "--kana",
            &"ヤ".repeat(31),
            "--hire-date",
            "2026-04-01",
        ],
        1,
    );
    assert!(err.contains("longer than 30"), "{err}");
    env.run(&[
        "people",
        "add",
        "E001",
        "山田",
        "--kana",
        "ヤマダ・タロウ",
        "--hire-date",
        "2026-04-01",
    ]);
    let settings = env.file(
        "pay.csv",
        "employee,from,monthly,prefecture,bank_code,bank_name,branch_code,branch_name,account_type,account_number\n\
         E001,2026-04,300000,東京都,0001,ﾐｽﾞﾎ,001,東京支店,1,1234567\n"
            .as_bytes(),
    );
    let err = env.fails(&["payroll", "import", &settings], 1);
    assert!(err.contains("pay.csv:2: column 'branch_name'"), "{err}");
}

#[test]
fn every_kind_of_stored_text_has_its_limit() {
    let env = Env::with_company();
    let long = "長".repeat(1001);
    let name = "名".repeat(121);
    let cases: Vec<Vec<&str>> = vec![
        vec!["inventory", "items", "add", "SKU1", &name],
        vec![
            "invoice", "items", "add", "C1", &name, "--price", "100", "--rate", "10",
        ],
        vec![
            "ledger",
            "post",
            "--debit",
            "現金=1",
            "--credit",
            "売上高=1",
            "--memo",
            &long,
        ],
        vec![
            "invoice",
            "customers",
            "add",
            "C1",
            "株式会社",
            "--address",
            &long,
        ],
    ];
    for args in cases {
        let err = env.fails(&args, 1);
        assert!(
            err.contains("characters is more than the"),
            "{args:?}: {err}"
        );
    }
    let items = env.file(
        "items.csv",
        format!("sku,name,unit\nA,{name},個\n").as_bytes(),
    );
    let err = env.fails(&["inventory", "items", "import", &items], 1);
    assert!(err.contains("items.csv:2: column 'name'"), "{err}");
}

#[test]
fn pay_amounts_beyond_any_pay_are_refused_with_their_column() {
    let env = with_employee();
    let file = env.file(
        "pay.csv",
        "employee,from,monthly,prefecture,commuting\nE001,2026-04,300000,東京都,9999999999999\n"
            .as_bytes(),
    );
    let err = env.fails(&["payroll", "import", &file], 1);
    assert!(err.contains("pay.csv:2: column 'commuting'"), "{err}");
    let err = env.fails(
        &[
            "payroll",
            "set",
            "E001",
            "--from",
            "2026-04",
            "--monthly",
            "99999999999999",
            "--prefecture",
            "東京都",
        ],
        1,
    );
    assert!(err.contains("0 to 999999999"), "{err}");
}

#[test]
fn a_second_clerk_waits_for_a_timecard_import_too() {
    let env = Env::with_company();
    let mut people = String::from("code,name,hire_date\n");
    for e in 0..300 {
        people.push_str(&format!("E{e:03},社員{e},2025-01-01\n"));
    }
    let file = env.file("people.csv", people.as_bytes());
    env.run(&["people", "import", &file]);
    let mut cards = String::from("employee,date,clock_in,clock_out,break_minutes\n");
    let mut date = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    while date < chrono::NaiveDate::from_ymd_opt(2026, 5, 1).unwrap() {
        for e in 0..300 {
            cards.push_str(&format!("E{e:03},{date},09:00,18:00,60\n"));
        }
        date = date.succ_opt().unwrap();
    }
    let file = env.file("timecards.csv", cards.as_bytes());
    let mut import = start_holding(&env, &["attendance", "import", &file]);
    env.run(&["people", "list"]);
    assert!(
        import.try_wait().unwrap().is_none(),
        "the import ended before the read"
    );
    env.run(&[
        "ledger",
        "post",
        "--debit",
        "現金=1",
        "--credit",
        "売上高=1",
        "--memo",
        "2nd",
    ]);
    assert!(import.wait().unwrap().success());
}

/// A two-digit year (`26-05-01`, as spreadsheets shorten dates) is refused wherever a date is
/// read, naming file, line and column: chrono alone reads it as the year 26, and the entry,
/// punch or statement line would be stored 2,000 years back without a word.
#[test]
fn a_shortened_year_is_refused_not_stored_as_the_year_26() {
    let env = Env::with_company();
    let journal = env.file(
        "j.csv",
        "date,entry,account,debit,credit\n26-05-01,J1,地代家賃,1000,\n26-05-01,J1,普通預金,,1000\n"
            .as_bytes(),
    );
    let err = env.fails(&["ledger", "import", &journal], 1);
    assert!(
        err.contains("j.csv:2: column 'date'") && err.contains("write the year in full"),
        "{err}"
    );
    assert_eq!(
        env.json(&["ledger", "journal"])["rows"],
        serde_json::json!([])
    );
    add_employee(&env);
    let punches = env.file(
        "p.csv",
        b"employee,timestamp,kind\nE001,26-06-01 08:58,in\n",
    );
    let err = env.fails(&["attendance", "import", &punches], 1);
    assert!(
        err.contains("p.csv:2: column 'timestamp'") && err.contains("write the year in full"),
        "{err}"
    );
    env.run(&["bank", "accounts", "add", "MAIN"]);
    let statement = env.file(
        "s.csv",
        "日付,摘要,摘要内容,支払い金額,預かり金額,差引残高,メモ,未資金化区分,入払区分\n26/6/1,口座振替,ﾔﾁﾝ,\"220,000\",,\"439,340\",,,支払\n"
            .as_bytes(),
    );
    let err = env.fails(
        &[
            "bank",
            "import",
            &statement,
            "--account",
            "MAIN",
            "--profile",
            "mufg",
        ],
        1,
    );
    assert!(
        err.contains("s.csv:2: column '日付'") && err.contains("write the year in full"),
        "{err}"
    );
    let err = env.fails(&["ledger", "trial-balance", "--as-of", "26-05-31"], 2);
    assert!(err.contains("write the year in full"), "{err}");
}

/// Every value of a pay-settings row is read as written or refused naming its own column: a
/// `true` for social insurance is not taken for "no", a dependants count is not wrapped around,
/// 乙 is stored as the key year-end adjustment reads.
#[test]
fn pay_settings_values_are_refused_by_their_own_column_never_reread() {
    let env = with_employee();
    let header = "employee,from,monthly,prefecture,social_insurance,dependents,column,standard_monthly,allowances";
    let cases = [
        (
            "E001,2026-04,300000,東京都,true,0,kou,,",
            "social_insurance",
        ),
        (
            "E001,2026-04,300000,東京都,yes,4294967298,kou,,",
            "dependents",
        ),
        ("E001,2026-04,300000,東京,yes,0,kou,,", "prefecture"),
        ("E001,2026-04,300000,東京都,yes,0,hei,,", "column"),
        (
            "E001,2026-04,300000,東京都,yes,0,kou,301000,",
            "standard_monthly",
        ),
        (
            "E001,2026-04,300000,東京都,yes,0,kou,,役職手当=abc",
            "allowances",
        ),
        ("E001,2026-04,-1,東京都,yes,0,kou,,", "monthly"),
    ];
    for (row, column) in cases {
        let file = env.file("pay.csv", format!("{header}\n{row}\n").as_bytes());
        let err = env.fails(&["payroll", "import", &file], 1);
        assert!(
            err.contains(&format!("pay.csv:2: column '{column}'")),
            "{row}: {err}"
        );
    }
    let file = env.file(
        "pay.csv",
        format!("{header}\nE001,2026-04,300000,東京都,YES,2,乙,,\n").as_bytes(),
    );
    env.run(&["payroll", "import", &file]);
    let settings = env.json(&["payroll", "settings", "E001"]);
    let first = &settings["rows"][0];
    assert_eq!(first["column"], "otsu", "{settings}");
    assert_eq!(first["social_insurance"], true, "{settings}");
    assert_eq!(first["dependents"], 2, "{settings}");
}

/// A birth date on or after the hire date (the two columns swapped, a year typed wrong) is
/// refused from a file, from `people add` and from `people set`: age decides 介護保険.
#[test]
fn an_employee_born_after_being_hired_is_refused() {
    let env = Env::with_company();
    let file = env.file(
        "people.csv",
        "code,name,birth_date,hire_date\nE1,山田,2000-05-10,1990-04-01\n".as_bytes(),
    );
    let err = env.fails(&["people", "import", &file], 1);
    assert!(
        err.contains("people.csv:2: column 'hire_date'")
            && err.contains("not before the hire date"),
        "{err}"
    );
    let add = ["people", "add", "E1", "山田", "--hire-date", "2020-01-01"];
    let err = env.fails(&[&add[..], &["--birth-date", "2021-01-01"]].concat(), 1);
    assert!(err.contains("not before the hire date"), "{err}");
    env.run(&[&add[..], &["--birth-date", "1990-01-01"]].concat());
    let err = env.fails(&["people", "set", "E1", "hire_date", "1980-01-01"], 1);
    assert!(err.contains("not before the hire date"), "{err}");
    assert_eq!(
        env.json(&["people", "list"])["rows"][0]["hire_date"],
        "2020-01-01"
    );
}

/// A further row of a journal entry giving another memo or reference is refused: the first
/// row's would be posted and the other dropped without a word. Empty ones carry on.
#[test]
fn an_entrys_rows_cannot_give_two_memos_or_references() {
    let env = Env::with_company();
    let header = "date,entry,account,debit,credit,memo,ref\n";
    let first = "2026-05-01,M1,地代家賃,1000,,家賃,R1\n";
    for (second, column) in [
        ("2026-05-01,M1,普通預金,,1000,別のメモ,R1", "memo"),
        ("2026-05-01,M1,普通預金,,1000,,R2", "ref"),
    ] {
        let file = env.file("j.csv", format!("{header}{first}{second}\n").as_bytes());
        let err = env.fails(&["ledger", "import", &file], 1);
        assert!(
            err.contains(&format!("j.csv:3: column '{column}': entry 'M1'")),
            "{second}: {err}"
        );
    }
    assert_eq!(
        env.json(&["ledger", "journal"])["rows"],
        serde_json::json!([])
    );
    let file = env.file(
        "j.csv",
        format!("{header}{first}2026-05-01,M1,普通預金,,1000,,\n").as_bytes(),
    );
    env.run(&["ledger", "import", &file]);
    let journal = env.json(&["ledger", "journal"]);
    assert_eq!(journal["rows"][1]["memo"], "家賃", "{journal}");
}

/// A unit cost on an issue, a transfer or a lost quantity would be ignored (they are valued by
/// the item's method), and a transfer to where the stock already is moves nothing: both are
/// refused naming the column, and nothing is recorded.
#[test]
fn a_movement_value_its_kind_would_ignore_is_refused() {
    let env = with_item();
    env.run(&["inventory", "locations", "add", "SHOP", "店舗"]);
    let header = "date,kind,item,quantity,unit_cost,from,to,ref\n";
    for (row, column) in [
        ("2026-05-04,issue,BEAN,1,999,WH,,", "unit_cost"),
        ("2026-05-04,transfer,BEAN,1,5,WH,SHOP,", "unit_cost"),
        ("2026-05-04,adjust,BEAN,-1,5,WH,,", "unit_cost"),
        ("2026-05-04,transfer,BEAN,1,,WH,WH,", "to"),
    ] {
        let file = env.file("m.csv", format!("{header}{row}\n").as_bytes());
        let err = env.fails(&["inventory", "import", &file], 1);
        assert!(
            err.contains(&format!("m.csv:2: column '{column}'")),
            "{row}: {err}"
        );
    }
    let ledger = env.json(&["inventory", "ledger", "BEAN"]);
    assert_eq!(ledger["rows"].as_array().unwrap().len(), 1, "{ledger}");
    let file = env.file(
        "m.csv",
        format!("{header}2026-05-04,adjust,BEAN,2,120,,WH,\n").as_bytes(),
    );
    env.run(&["inventory", "import", &file]);
}

/// A claim sheet's row checked when its receipt is entered still names the column at fault.
#[test]
fn a_claim_sheets_errors_name_their_column() {
    let env = with_employee();
    let header = "employee,date,amount,rate,account,payee,registration_number\n";
    for (row, column) in [
        ("E001,2026-06-02,0,10,旅費交通費,店,", "amount"),
        (
            "E001,2026-06-02,100,10,旅費交通費,店,T123",
            "registration_number",
        ),
        ("E001,2026-06-02,100,10,存在しない,店,", "account"),
        ("E001,2026-06-02,100,10,旅費交通費,,", "payee"),
    ] {
        let file = env.file("claim.csv", format!("{header}{row}\n").as_bytes());
        let err = env.fails(&["expenses", "import", &file], 1);
        assert!(
            err.contains(&format!("claim.csv:2: column '{column}'")),
            "{row}: {err}"
        );
    }
}
