//! Month-end from the outside: the close checklist (each item failing on its own, a clean close
//! locking the month, reopening), the report pack, and examples/month-end.sh run end to end on
//! the example files.

use crate::common::{Env, pdf_text, row};

fn close_fails(env: &Env, month: &str, item: &str) -> serde_json::Value {
    close_fails_on(env, month, &[item])
}

/// A close that fails on exactly these items (the first one is looked at in detail).
fn close_fails_on(env: &Env, month: &str, items: &[&str]) -> serde_json::Value {
    let item = items[0];
    let before = env.fingerprint();
    let report = env.json_exit(&["close", "--month", month], 4);
    assert_eq!(
        before,
        env.fingerprint(),
        "a failed close changed the database"
    );
    assert_eq!(row(&report, "item", item)["status"], "fail", "{report}");
    let failed: Vec<&str> = report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["status"] == "fail")
        .map(|r| r["item"].as_str().unwrap())
        .collect();
    assert_eq!(failed, items, "only {items:?} should fail");
    report
}

fn post_rent(env: &Env, date: &str) {
    env.run(&[
        "ledger",
        "post",
        "--date",
        date,
        "--memo",
        "家賃",
        "--debit",
        "地代家賃=100000",
        "--credit",
        "普通預金=100000",
    ]);
}

#[test]
fn a_clean_close_locks_the_month_and_reopening_is_audited() {
    let env = Env::with_company();
    post_rent(&env, "2026-04-10");
    let dry = env.json(&["close", "--month", "2026-04", "--dry-run"]);
    assert!(
        dry["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["status"] != "fail")
    );
    env.run(&["close", "--month", "2026-04"]);
    let err = env.fails(
        &[
            "ledger",
            "post",
            "--date",
            "2026-04-30",
            "--memo",
            "x",
            "--debit",
            "現金=1",
            "--credit",
            "普通預金=1",
        ],
        1,
    );
    assert!(err.contains("locked"), "{err}");
    let err = env.fails(&["close", "--month", "2026-04"], 1);
    assert!(err.contains("already closed"), "{err}");
    env.fails(&["close", "--reopen", "--month", "2026-04"], 2);
    env.run(&[
        "close",
        "--reopen",
        "--month",
        "2026-04",
        "--force",
        "--reason",
        "請求漏れ",
    ]);
    assert!(env.run(&["audit"]).contains("reopened 2026-04"));
    post_rent(&env, "2026-04-30");
}

#[test]
fn each_item_fails_on_its_own() {
    // Attendance open, then a broken 36協定 limit (accepted with a reason), then payroll.
    let env = Env::with_company();
    env.run(&[
        "people",
        "add",
        "E1",
        "山田",
        "--hire-date",
        "2026-01-01",
        "--birth-date",
        "1990-01-01",
    ]);
    let mut csv = String::from("employee,date,clock_in,clock_out,break_minutes\n");
    for day in [
        1, 2, 3, 6, 7, 8, 9, 10, 13, 14, 15, 16, 17, 20, 21, 22, 23, 24, 27, 28, 30,
    ] {
        csv.push_str(&format!("E1,2026-04-{day:02},08:00,21:00,60\n"));
    }
    let light = env.file(
        "light.csv",
        b"employee,date,clock_in,clock_out,break_minutes\nE1,2026-04-01,09:00,18:00,60\n",
    );
    env.run(&["attendance", "import", &light]);
    close_fails(&env, "2026-04", "attendance_closed");
    let heavy = env.file("t.csv", csv.as_bytes());
    env.run(&["attendance", "import", &heavy, "--replace"]);
    env.run(&["attendance", "close", "--month", "2026-04"]);
    close_fails(&env, "2026-04", "agreement_36");
    let accepted = env.json(&[
        "close",
        "--month",
        "2026-04",
        "--dry-run",
        "--accept-36",
        "--reason",
        "繁忙期 労基署相談済",
    ]);
    assert_eq!(row(&accepted, "item", "agreement_36")["status"], "warn");
    env.run(&["company", "set", "attendance_special_clause", "yes"]);
    env.run(&[
        "payroll",
        "set",
        "E1",
        "--from",
        "2026-04",
        "--monthly",
        "300000",
        "--prefecture",
        "13",
        "--standard-monthly",
        "300000",
    ]);
    close_fails(&env, "2026-04", "payroll_confirmed");
    env.run(&["payroll", "run", "--month", "2026-04"]);
    close_fails(&env, "2026-04", "payroll_confirmed");
    env.run(&["payroll", "confirm", "--month", "2026-04"]);
    env.run(&["close", "--month", "2026-04", "--dry-run"]);
}

#[test]
fn invoices_stocktakes_stock_and_documents() {
    let env = Env::with_company();
    env.run(&["invoice", "customers", "add", "ABC", "ABC株式会社"]);
    env.run(&[
        "invoice",
        "issue",
        "--customer",
        "ABC",
        "--date",
        "2026-04-20",
        "--line",
        "作業;1;10000;10",
        "--draft",
    ]);
    close_fails(&env, "2026-04", "no_draft_invoices");

    let env = Env::with_company();
    env.run(&["inventory", "items", "add", "PEN", "ボールペン"]);
    env.run(&[
        "inventory",
        "receive",
        "PEN",
        "10",
        "--cost",
        "100",
        "--date",
        "2026-04-02",
    ]);
    env.run(&["inventory", "count", "start", "--as-of", "2026-04-30"]);
    close_fails(&env, "2026-04", "no_open_stocktake");

    let env = Env::with_company();
    env.run(&["inventory", "items", "add", "PEN", "ボールペン"]);
    env.run(&[
        "inventory",
        "receive",
        "PEN",
        "10",
        "--cost",
        "100",
        "--date",
        "2026-04-02",
    ]);
    env.run(&[
        "ledger",
        "post",
        "--date",
        "2026-04-30",
        "--memo",
        "手入力",
        "--debit",
        "商品=500",
        "--credit",
        "現金=500",
    ]);
    let report = close_fails(&env, "2026-04", "stock_valuation");
    assert!(
        row(&report, "item", "stock_valuation")["detail"]
            .as_str()
            .unwrap()
            .contains("1,000")
    );

    let env = Env::with_company();
    env.run(&["company", "set", "close_document_threshold", "30000"]);
    post_rent(&env, "2026-04-10");
    let report = close_fails(&env, "2026-04", "documents_linked");
    assert!(
        row(&report, "item", "documents_linked")["detail"]
            .as_str()
            .unwrap()
            .contains("entry 1")
    );
    let receipt = env.file("receipt.txt", "家賃 領収書 100,000円".as_bytes());
    env.run(&[
        "docs",
        "add",
        &receipt,
        "--type",
        "receipt",
        "--date",
        "2026-04-10",
        "--counterparty",
        "大家",
        "--amount",
        "100000",
        "--link",
        "entry:1",
    ]);
    env.run(&["close", "--month", "2026-04"]);
}

#[test]
fn closing_out_of_order_warns_or_is_refused() {
    let env = Env::with_company();
    post_rent(&env, "2026-04-10");
    post_rent(&env, "2026-05-10");
    let dry = env.json(&["close", "--month", "2026-05", "--dry-run"]);
    assert_eq!(row(&dry, "item", "earlier_months_closed")["status"], "warn");
    env.run(&["company", "set", "close_out_of_order", "refuse"]);
    close_fails(&env, "2026-05", "earlier_months_closed");
    env.run(&["close", "--month", "2026-04"]);
    env.run(&["close", "--month", "2026-05"]);
}

#[test]
fn the_report_pack_has_every_statement_and_a_pdf() {
    let env = Env::with_company();
    post_rent(&env, "2026-04-10");
    env.run(&["report", "month", "--month", "2026-04", "-o", "pack"]);
    let dir = env.dir.path().join("pack");
    for f in [
        "trial-balance.csv",
        "pl-month.csv",
        "pl-year-to-date.csv",
        "balance-sheet.csv",
        "ar-aging.csv",
        "payroll-register.csv",
        "stock.csv",
    ] {
        assert!(dir.join(f).exists(), "{f}");
    }
    let tb = std::fs::read_to_string(dir.join("trial-balance.csv")).unwrap();
    assert!(tb.contains("6340,地代家賃,debit,0,100000,0,100000"), "{tb}");
    let text = pdf_text(&dir.join("月次報告書-2026-04.pdf"));
    for expected in [
        "月次報告書",
        "残高試算表",
        "貸借対照表",
        "地代家賃",
        "100,000",
    ] {
        assert!(text.contains(expected), "{expected} missing");
    }
    env.run(&["report", "year", "--fiscal-year", "2026", "-o", "year"]);
    let year = env.dir.path().join("year");
    assert!(year.join("journal-yayoi.csv").exists() && year.join("journal-mf.csv").exists());
    assert!(year.join("年次報告書-2026.pdf").exists());
}

/// A company set up once for the example script: transfer settings, customers, items, people
/// and pay settings from the example files.
fn month_end_company(examples: &std::path::Path) -> Env {
    let env = Env::with_company();
    let ex = |name: &str| examples.join(name).display().to_string();
    for (k, v) in [
        ("payroll_consignor_code", "1234567890"),
        ("payroll_consignor_name", "ｶ)ﾃｽﾄ"),
        ("payroll_bank_code", "0001"),
        ("payroll_branch_code", "001"),
        ("payroll_account_number", "7654321"),
    ] {
        env.run(&["company", "set", k, v]);
    }
    env.run(&["invoice", "customers", "import", &ex("customers.csv")]);
    env.run(&["invoice", "items", "import", &ex("items.csv")]);
    env.run(&["people", "import", &ex("people.csv")]);
    env.run(&["payroll", "import", &ex("pay-settings.csv")]);
    env
}

fn month_end_script(
    env: &Env,
    examples: &std::path::Path,
    out: &std::path::Path,
) -> std::process::Output {
    std::process::Command::new("bash")
        .arg(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/month-end.sh"))
        .args(["2026-05", examples.to_str().unwrap()])
        .current_dir(env.dir.path())
        .env("BKO", assert_cmd::cargo::cargo_bin("bko"))
        .env("BKO_DB", &env.db)
        .env("BKO_TODAY", "2026-06-05")
        .env("OUT", out)
        .output()
        .unwrap()
}

/// With statements in DIR/bank/, the script imports and matches them and stops (exit 4) with
/// the lines left; once they are settled it goes on and closes.
#[test]
fn the_month_end_script_stops_at_unsettled_bank_lines_and_goes_on_once_they_are_settled() {
    let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let env = month_end_company(&source);
    let examples = env.dir.path().join("examples");
    std::fs::create_dir_all(examples.join("bank")).unwrap();
    for f in ["journal.csv", "timecards.csv", "billing.csv"] {
        std::fs::copy(source.join(f), examples.join(f)).unwrap();
    }
    let statement = "日付,摘要,摘要内容,支払い金額,預かり金額,差引残高,メモ,未資金化区分,入払区分\n\
                     2026/5/20,口座振替,ｷﾞﾝｺｳﾃｽｳﾘﾖｳ,440,,,,,支払\n";
    std::fs::write(examples.join("bank/MAIN-2026-05.csv"), statement).unwrap();
    env.run(&["bank", "accounts", "add", "MAIN"]);
    let out = env.dir.path().join("out");
    let first = month_end_script(&env, &examples, &out);
    let stderr = String::from_utf8_lossy(&first.stderr);
    assert_eq!(first.status.code(), Some(4), "{stderr}");
    assert!(
        stderr.contains("1 statement lines need a decision"),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&first.stdout).contains("ギンコウテスウリヨウ"));
    env.run(&["bank", "apply", "1", "--account", "支払手数料"]);
    let second = month_end_script(&env, &examples, &out);
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(second.status.success(), "{stderr}");
    assert!(stderr.contains("skipped invoices"), "{stderr}");
}

/// The example script closes May 2026 from the example files on a company set up once.
#[test]
fn the_month_end_example_script_runs_end_to_end() {
    let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let env = month_end_company(&examples);
    let out = env.dir.path().join("out");
    let script = || {
        std::process::Command::new("bash")
            .arg(examples.join("month-end.sh"))
            .args(["2026-05", examples.to_str().unwrap()])
            .current_dir(env.dir.path())
            .env("BKO", assert_cmd::cargo::cargo_bin("bko"))
            .env("BKO_DB", &env.db)
            .env("BKO_TODAY", "2026-06-05")
            .env("OUT", &out)
            .output()
            .unwrap()
    };
    let status = script();
    assert!(
        status.status.success(),
        "month-end.sh failed: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    // Run again (after a failure it would go on where it stopped): every step is skipped, the
    // books are as they were.
    let before = env.fingerprint();
    let again = script();
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(again.status.success(), "second run failed: {stderr}");
    assert!(stderr.contains("skipped invoices"), "{stderr}");
    assert_eq!(
        env.fingerprint(),
        before,
        "a second run changed the database"
    );
    for f in [
        "payslips/2026-05_E001.pdf",
        "zengin-2026-05.txt",
        "close.csv",
        "aging.csv",
        "report/balance-sheet.csv",
    ] {
        assert!(out.join(f).exists(), "{f}");
    }
    let err = env.fails(
        &[
            "ledger",
            "post",
            "--date",
            "2026-05-31",
            "--memo",
            "x",
            "--debit",
            "現金=1",
            "--credit",
            "普通預金=1",
        ],
        1,
    );
    assert!(err.contains("locked"), "May is closed: {err}");
}

/// The script checks the settings the transfer file needs before it changes anything.
#[test]
fn the_month_end_script_names_missing_settings_before_it_starts() {
    let env = Env::with_company();
    let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let before = env.fingerprint();
    let out = std::process::Command::new("bash")
        .arg(examples.join("month-end.sh"))
        .args(["2026-05", examples.to_str().unwrap()])
        .current_dir(env.dir.path())
        .env("BKO", assert_cmd::cargo::cargo_bin("bko"))
        .env("BKO_DB", &env.db)
        .env("OUT", env.dir.path().join("out"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("payroll_consignor_code"), "{stderr}");
    assert_eq!(env.fingerprint(), before);
}

#[test]
fn year_end_moves_profit_to_retained_earnings_and_reports_stay_as_they_were() {
    let env = Env::with_company();
    env.run(&[
        "ledger",
        "post",
        "--date",
        "2025-06-10",
        "--memo",
        "売上",
        "--debit",
        "普通預金=500000",
        "--credit",
        "売上高=500000",
    ]);
    post_rent(&env, "2025-07-10");
    let err = env.fails(&["ledger", "year-end", "--fiscal-year", "2025"], 1);
    assert!(
        err.contains("not closed") && err.contains("2025-04"),
        "{err}"
    );
    env.run(&["ledger", "lock", "--through", "2026-03-31"]);
    let pl_before = env.json(&["ledger", "pl", "--from", "2025-04-01", "--to", "2026-03-31"]);
    let bs_before = env.json(&["ledger", "bs", "--as-of", "2026-04-30"]);
    env.run(&["ledger", "year-end", "--fiscal-year", "2025"]);
    assert_eq!(
        env.json(&["ledger", "pl", "--from", "2025-04-01", "--to", "2026-03-31"]),
        pl_before
    );
    assert_eq!(
        env.json(&["ledger", "bs", "--as-of", "2026-04-30"]),
        bs_before
    );
    // The closing entry is in the books and in the accountant's export.
    let journal = env.run(&[
        "ledger",
        "journal",
        "--from",
        "2026-03-31",
        "--to",
        "2026-03-31",
    ]);
    assert!(journal.contains("決算振替"), "{journal}");
    let ledger = env.json(&[
        "ledger",
        "account",
        "3310",
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
    ]);
    assert!(
        ledger.to_string().contains("400000"),
        "profit 400,000 credited: {ledger}"
    );
    let err = env.fails(&["ledger", "year-end", "--fiscal-year", "2025"], 1);
    assert!(err.contains("already"), "{err}");
    // Still locked: the lock was restored after the posting.
    env.fails(
        &[
            "ledger",
            "post",
            "--date",
            "2026-03-31",
            "--memo",
            "x",
            "--debit",
            "現金=1",
            "--credit",
            "普通預金=1",
        ],
        1,
    );
}

/// Damage only another program could do: an issued invoice without its entry, a forged audit row.
#[test]
fn unposted_invoices_and_a_broken_audit_chain_fail_the_close() {
    let env = Env::with_company();
    env.run(&["invoice", "customers", "add", "ABC", "ABC株式会社"]);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute(
        "INSERT INTO invoice (kind, number, status, customer_id, date, tax_pricing, qualified, subtotal, tax, total)
         VALUES ('invoice', 'X-1', 'issued', 1, '2026-04-15', 'exclusive', 1, 1000, 100, 1100)",
        [],
    )
    .unwrap();
    drop(conn);
    // Forged into the table, it was neither posted nor archived.
    let report = close_fails_on(
        &env,
        "2026-04",
        &["invoices_posted", "issued_documents_archived"],
    );
    assert!(
        row(&report, "item", "invoices_posted")["detail"]
            .as_str()
            .unwrap()
            .contains("X-1")
    );

    let env = Env::with_company();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute(
        "INSERT INTO audit_log (at, command, summary, prev_hash, hash) VALUES ('2026-04-01', 'forged', 'x', '00', '00')",
        [],
    )
    .unwrap();
    drop(conn);
    close_fails(&env, "2026-04", "audit_chain");
}
