//! Expense claims from the outside: receipts into a claim of the month (archived with their
//! keys), each receipt's input-tax class, submit / send back / approve with its entry, advances
//! settled by the claim, repayment at once or with pay — the pay's tax and insurance unchanged.
//! Rules: shared/japan-rules.md §11.

use crate::common::{Env, pdf_text, row};

/// One employee with April 2026 timecards and pay settings, April closed.
fn staff() -> Env {
    let env = Env::with_company();
    env.run(&[
        "people",
        "add",
        "E1",
        "山田 太郎",
        "--kana",
        "ヤマダ タロウ",
        "--hire-date",
        "2024-04-01",
        "--birth-date",
        "1981-03-03",
    ]);
    let mut csv = String::from("employee,date,clock_in,clock_out,break_minutes\n");
    for day in 1..=30 {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 4, day).unwrap();
        if chrono::Datelike::weekday(&date).num_days_from_monday() >= 5 || day == 29 {
            continue;
        }
        csv.push_str(&format!("E1,{date},09:00,18:00,60\n"));
    }
    let path = env.file("april.csv", csv.as_bytes());
    env.run(&["attendance", "import", &path]);
    env.run(&[
        "payroll",
        "set",
        "E1",
        "--from",
        "2026-04",
        "--monthly",
        "300000",
        "--commuting",
        "10000",
        "--dependents",
        "1",
        "--prefecture",
        "東京都",
        "--standard-monthly",
        "300000",
        "--resident-tax",
        "15000",
    ]);
    env.run(&["attendance", "close", "--month", "2026-04"]);
    env
}

fn add(env: &Env, extra: &[&str]) {
    let mut args = vec!["expenses", "add", "--employee", "E1"];
    args.extend_from_slice(extra);
    env.run(&args);
}

/// Three receipts of April: registered (all creditable), public transport (book-only, all),
/// a café without a T-number (80% in April 2026, 経過措置).
fn april_claim(env: &Env) {
    let receipt = env.file("r1.jpg", b"JPEG stand-in: a stationery receipt");
    add(
        env,
        &[
            "--date",
            "2026-04-12",
            "--amount",
            "3300",
            "--rate",
            "10",
            "--account",
            "消耗品費",
            "--payee",
            "オフィス文具堂",
            "--registration-number",
            "T5010001008846",
            "--receipt",
            &receipt,
        ],
    );
    add(
        env,
        &[
            "--date",
            "2026-04-18",
            "--amount",
            "1200",
            "--rate",
            "10",
            "--account",
            "旅費交通費",
            "--payee",
            "東京メトロ",
            "--book-only",
            "--note",
            "品川→大手町 往復",
        ],
    );
    add(
        env,
        &[
            "--date",
            "2026-04-22",
            "--amount",
            "2200",
            "--rate",
            "10",
            "--account",
            "会議費",
            "--payee",
            "喫茶ルナ",
        ],
    );
}

fn entry_lines(env: &Env, memo_part: &str) -> Vec<serde_json::Value> {
    let journal = env.json(&["ledger", "journal"]);
    journal["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["memo"].as_str().unwrap_or("").contains(memo_part))
        .cloned()
        .collect()
}

#[test]
fn a_claim_from_receipts_to_approval_with_an_advance() {
    let env = staff();
    env.run(&["expenses", "advance", "E1", "5000", "--date", "2026-04-10"]);
    april_claim(&env);
    let docs = env.json(&["docs", "search", "--counterparty", "オフィス文具堂"]);
    assert_eq!(docs["rows"][0]["amount"], "3300");
    assert_eq!(docs["rows"][0]["type"], "receipt");
    assert_eq!(docs["rows"][0]["link"], "employee:E1");
    // Approval needs a submitted claim; a submitted claim takes no more receipts.
    env.fails(&["expenses", "approve", "1", "--by", "部長"], 1);
    env.run(&["expenses", "submit", "1"]);
    let err = env.fails(
        &[
            "expenses",
            "add",
            "--employee",
            "E1",
            "--date",
            "2026-04-25",
            "--amount",
            "500",
            "--rate",
            "8",
            "--account",
            "会議費",
            "--payee",
            "コンビニ",
        ],
        1,
    );
    assert!(err.contains("submitted"), "{err}");
    env.run(&[
        "expenses",
        "reject",
        "1",
        "--reason",
        "会議費の参加者を書いてください",
    ]);
    let list = env.json(&["expenses", "list"]);
    assert_eq!(list["rows"][0]["status"], "draft");
    assert_eq!(list["rows"][0]["note"], "会議費の参加者を書いてください");
    env.run(&["expenses", "remove", "3"]);
    add(
        &env,
        &[
            "--date",
            "2026-04-22",
            "--amount",
            "2200",
            "--rate",
            "10",
            "--account",
            "会議費",
            "--payee",
            "喫茶ルナ",
            "--note",
            "打合せ 山田・佐藤",
        ],
    );
    env.run(&["expenses", "submit", "1"]);
    env.run(&[
        "expenses",
        "approve",
        "1",
        "--by",
        "部長",
        "--date",
        "2026-04-30",
    ]);
    let lines = entry_lines(&env, "経費精算 #1");
    let amount = |account: &str, side: &str| -> i64 {
        lines
            .iter()
            .filter(|l| l["account_code"] == account)
            .map(|l| l[side].as_str().unwrap_or("0").parse::<i64>().unwrap_or(0))
            .sum()
    };
    // 消耗品費 3,000 + 300 tax; 旅費交通費 1,091 + 109; 会議費 2,000 + 200 of which 160 (80%)
    // creditable and 40 stays with the expense.
    assert_eq!(amount("6270", "debit"), 3_000);
    assert_eq!(amount("6250", "debit"), 1_091);
    assert_eq!(amount("6240", "debit"), 2_040);
    assert_eq!(amount("1350", "debit"), 300 + 109 + 160);
    // The advance of 5,000 is used first; 1,700 is owed to the employee.
    assert_eq!(amount("1340", "credit"), 5_000);
    assert_eq!(amount("2130", "credit"), 1_700);
    let advances = env.json(&["expenses", "advances"]);
    assert_eq!(row(&advances, "employee", "E1")["balance"], "0");
    // Repaid in cash at once: nothing owed any more.
    env.run(&["expenses", "repay", "1", "--cash", "--date", "2026-05-01"]);
    assert_eq!(
        env.json(&["expenses", "list"])["rows"][0]["status"],
        "repaid"
    );
    env.fails(&["expenses", "repay", "1", "--cash"], 1);
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-05-31"]);
    assert_eq!(row(&tb, "code", "2130")["closing"], "0");
}

/// Repaid with pay: the claim raises the net only — gross, insurance, taxable pay and
/// withholding are those of the run without it (所得税基本通達 on reimbursed business
/// expenses: not income).
#[test]
fn repaid_with_pay_leaving_tax_and_insurance_unchanged() {
    let env = staff();
    env.run(&["payroll", "run", "--month", "2026-04"]);
    let before = env.json(&["payroll", "show", "--month", "2026-04"]);
    april_claim(&env);
    env.run(&["expenses", "submit", "1"]);
    env.run(&[
        "expenses",
        "approve",
        "1",
        "--by",
        "部長",
        "--date",
        "2026-04-30",
    ]);
    env.run(&["expenses", "repay", "1", "--payroll", "2026-04"]);
    assert_eq!(
        env.json(&["expenses", "list"])["rows"][0]["status"],
        "scheduled"
    );
    // The draft computed before the claim was scheduled is not confirmed as if it paid it.
    let err = env.fails(&["payroll", "confirm", "--month", "2026-04"], 1);
    assert!(err.contains("payroll run --month 2026-04"), "{err}");
    env.run(&["payroll", "run", "--month", "2026-04"]);
    let after = env.json(&["payroll", "show", "--month", "2026-04"]);
    let (b, a) = (&before["rows"][0], &after["rows"][0]);
    for field in [
        "gross",
        "health",
        "pension",
        "employment",
        "taxable",
        "withholding",
    ] {
        assert_eq!(a[field], b[field], "{field}");
    }
    let yen =
        |r: &serde_json::Value, field: &str| r[field].as_str().unwrap().parse::<i64>().unwrap();
    assert_eq!(yen(a, "net") - yen(b, "net"), 6_700);
    assert_eq!(
        (yen(b, "reimbursement"), yen(a, "reimbursement")),
        (0, 6_700)
    );
    // The register shows what the net adds up from.
    assert_eq!(
        yen(a, "net"),
        yen(a, "gross") - yen(a, "deductions")
            + yen(a, "year_end_adjustment")
            + yen(a, "reimbursement")
    );
    env.run(&["payroll", "confirm", "--month", "2026-04"]);
    let register = env.json(&["payroll", "register", "--month", "2026-04"]);
    assert_eq!(register["totals"]["reimbursement"], "6700");
    // So does the accountant's pack: its register page adds up to the net paid.
    env.run(&["report", "month", "--month", "2026-04", "-o", "pack"]);
    let text = pdf_text(&env.dir.path().join("pack/月次報告書-2026-04.pdf"));
    let register_page = text
        .split("賃金台帳")
        .nth(1)
        .expect("the register in the pack");
    for expected in ["年末調整過不足", "立替経費精算", "6,700"] {
        assert!(
            register_page.contains(expected),
            "{expected}: {register_page}"
        );
    }
    assert_eq!(
        env.json(&["expenses", "list"])["rows"][0]["status"],
        "repaid"
    );
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-04-30"]);
    assert_eq!(
        row(&tb, "code", "2130")["closing"],
        "0",
        "未払金 settled by the pay"
    );
    // A confirmed month takes no more.
    env.run(&["expenses", "advance", "E1", "1000", "--date", "2026-04-30"]);
    env.run(&["expenses", "return", "E1", "1000", "--date", "2026-04-30"]);
    env.fails(
        &["expenses", "return", "E1", "1", "--date", "2026-04-30"],
        1,
    );
}

/// A claim sheet is all or nothing, errors at file:line and column.
#[test]
fn a_claim_sheet_imports_all_or_nothing() {
    let env = staff();
    env.file("taxi.pdf", b"%PDF-1.4 taxi");
    let good = env.file(
        "sheet.csv",
        "employee,date,amount,rate,account,payee,registration_number,book_only,note,receipt\n\
         E1,2026-04-03,8800,10,旅費交通費,東都交通,T5010001008846,,東京駅→品川,taxi.pdf\n\
         E1,2026-04-04,540,8,会議費,コンビニ,,,,\n"
            .as_bytes(),
    );
    let bad = env.file(
        "bad.csv",
        "employee,date,amount,rate,account,payee\nE1,2026-04-03,8800,10,旅費交通費,東都交通\nE1,2026-04-04,12.5,8,会議費,コンビニ\n"
            .as_bytes(),
    );
    let before = env.fingerprint();
    let err = env.fails(&["expenses", "import", &bad], 1);
    assert!(err.contains("bad.csv:3") && err.contains("amount"), "{err}");
    let unknown = env.file(
        "unknown.csv",
        "employee,date,amount,rate,account,payee\nE1,2026-04-03,8800,10,旅費交通費,東都交通\nE9,2026-04-04,540,8,会議費,コンビニ\n"
            .as_bytes(),
    );
    let err = env.fails(&["expenses", "import", &unknown], 1);
    assert!(err.contains("unknown.csv:3") && err.contains("E9"), "{err}");
    assert_eq!(env.fingerprint(), before, "nothing changed");
    env.run(&["expenses", "import", &good]);
    let claim = env.json(&["expenses", "show", "1"]);
    assert_eq!(claim["rows"].as_array().unwrap().len(), 2);
    assert_eq!(row(&claim, "payee", "東都交通")["receipt"], "document 1");
}

/// A claim of the month not approved stops the close; approved, it passes.
#[test]
fn the_close_waits_for_the_months_claims() {
    let env = staff();
    april_claim(&env);
    let report = env.json_exit(&["close", "--month", "2026-04", "--dry-run"], 4);
    let claims = row(&report, "item", "claims_approved");
    assert_eq!(claims["status"], "fail");
    assert!(
        claims["detail"]
            .as_str()
            .unwrap()
            .contains("claim 1 E1 is draft"),
        "{claims}"
    );
    env.run(&["expenses", "submit", "1"]);
    env.run(&[
        "expenses",
        "approve",
        "1",
        "--by",
        "部長",
        "--date",
        "2026-04-30",
    ]);
    let report = env.json_exit(&["close", "--month", "2026-04", "--dry-run"], 4);
    assert_eq!(row(&report, "item", "claims_approved")["status"], "ok");
}

/// Claims repaid by transfer on a day go out in one 総合振込 file: one transfer per employee
/// into the account of their pay settings, the claims' numbers as EDI.
#[test]
fn claims_repaid_by_transfer_have_their_bank_file() {
    let env = staff();
    for (key, value) in [
        ("payroll_consignor_code", "1234567890"),
        ("payroll_consignor_name", "ｶ)ﾃｽﾄ"),
        ("payroll_bank_code", "0001"),
        ("payroll_branch_code", "001"),
        ("payroll_account_number", "1234567"),
    ] {
        env.run(&["company", "set", key, value]);
    }
    april_claim(&env);
    env.run(&["expenses", "submit", "1"]);
    env.run(&[
        "expenses",
        "approve",
        "1",
        "--by",
        "部長",
        "--date",
        "2026-04-30",
    ]);
    env.run(&[
        "expenses",
        "repay",
        "1",
        "--transfer",
        "--date",
        "2026-05-08",
    ]);
    let out = env.dir.path().join("exp.txt");
    let path = out.display().to_string();
    let err = env.fails(
        &["expenses", "transfer", "--date", "2026-05-08", "-o", &path],
        1,
    );
    assert!(err.contains("E1") && err.contains("bank"), "{err}");
    env.run(&[
        "payroll",
        "set",
        "E1",
        "--from",
        "2026-04",
        "--bank-code",
        "0005",
        "--branch-code",
        "123",
        "--account-number",
        "7654321",
    ]);
    env.run(&["expenses", "transfer", "--date", "2026-05-08", "-o", &path]);
    let text = encoding_rs::SHIFT_JIS
        .decode(&std::fs::read(&out).unwrap())
        .0
        .to_string();
    let records: Vec<&str> = text.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert_eq!(&records[0][..4], "1210", "総合振込");
    assert!(records[1].starts_with("20005"), "{}", records[1]);
    assert!(records[1].contains("ﾔﾏﾀﾞ ﾀﾛｳ"), "{}", records[1]);
    assert!(records[1].contains("00000067000EXP-1"), "{}", records[1]);
    assert!(
        records[2].starts_with("8000001000000006700"),
        "{}",
        records[2]
    );
    env.fails(
        &[
            "expenses",
            "transfer",
            "--date",
            "2026-05-09",
            "-o",
            &path,
            "--force",
        ],
        1,
    );
}

/// A claim repaid "in the next payment run" goes out in the suppliers' 総合振込 file: the run
/// takes it with the bills (or alone), confirming pays it (Dr 未払金 / Cr 普通預金) and the claim
/// shows repaid; reversing the run makes it pending again for the next one.
#[test]
fn a_claim_goes_out_with_the_next_payment_run() {
    let env = staff();
    for (key, value) in [
        ("payroll_consignor_code", "1234567890"),
        ("payroll_consignor_name", "ｶ)ﾃｽﾄ"),
        ("payroll_bank_code", "0001"),
        ("payroll_branch_code", "001"),
        ("payroll_account_number", "1234567"),
    ] {
        env.run(&["company", "set", key, value]);
    }
    april_claim(&env);
    env.run(&["expenses", "submit", "1"]);
    env.run(&[
        "expenses",
        "approve",
        "1",
        "--by",
        "部長",
        "--date",
        "2026-04-30",
    ]);
    let before = env.fingerprint();
    let err = env.fails(&["expenses", "repay", "1", "--run"], 1);
    assert!(err.contains("E1") && err.contains("bank"), "{err}");
    assert_eq!(
        env.fingerprint(),
        before,
        "nothing scheduled without a bank account"
    );
    env.run(&[
        "payroll",
        "set",
        "E1",
        "--from",
        "2026-04",
        "--bank-code",
        "0005",
        "--branch-code",
        "123",
        "--account-number",
        "7654321",
    ]);
    env.run(&["expenses", "repay", "1", "--run"]);
    let status = |env: &Env| env.json(&["expenses", "list"])["rows"][0]["status"].clone();
    assert_eq!(status(&env), "scheduled");
    env.fails(&["expenses", "repay", "1", "--cash"], 1);
    // No bill is due, but the claim is: the run carries it alone.
    let run = env.json(&[
        "payables",
        "run",
        "--date",
        "2026-05-08",
        "--format",
        "json",
    ]);
    let rows = run["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 1, "{run}");
    assert_eq!(rows[0]["supplier"], "expense:1");
    assert_eq!(rows[0]["transfer"], "6700");
    let out = env.dir.path().join("sogo.txt");
    let path = out.display().to_string();
    env.run(&["payables", "transfer", "--run", "1", "-o", &path]);
    let text = encoding_rs::SHIFT_JIS
        .decode(&std::fs::read(&out).unwrap())
        .0
        .to_string();
    let records: Vec<&str> = text.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert_eq!(&records[0][..4], "1210", "総合振込");
    assert!(records[1].starts_with("20005"), "{}", records[1]);
    assert!(records[1].contains("ﾔﾏﾀﾞ ﾀﾛｳ"), "{}", records[1]);
    assert!(records[1].contains("00000067000EXP-1"), "{}", records[1]);
    env.run(&["payables", "confirm", "--run", "1"]);
    assert_eq!(status(&env), "repaid");
    let paid = entry_lines(&env, "総合振込");
    assert!(
        paid.iter()
            .any(|l| l["account"] == "未払金" && l["debit"] == "6700"),
        "{paid:?}"
    );
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-05-31"]);
    assert_eq!(row(&tb, "code", "1120")["closing"], "-6700");
    env.run(&["payables", "reverse", "--run", "1", "--date", "2026-05-09"]);
    assert_eq!(status(&env), "scheduled", "pending again for the next run");
    let again = env.json(&[
        "payables",
        "run",
        "--date",
        "2026-05-29",
        "--format",
        "json",
    ]);
    assert_eq!(again["rows"][0]["supplier"], "expense:1");
}

/// A repayment scheduled with a pay or with the next payment run is taken back while it has not
/// been made: not while a draft run carries it (cancel the draft first), never once paid at once.
#[test]
fn a_scheduled_repayment_is_taken_back_until_it_is_made() {
    let env = staff();
    for (key, value) in [
        ("payroll_consignor_code", "1234567890"),
        ("payroll_consignor_name", "ｶ)ﾃｽﾄ"),
        ("payroll_bank_code", "0001"),
        ("payroll_branch_code", "001"),
        ("payroll_account_number", "1234567"),
    ] {
        env.run(&["company", "set", key, value]);
    }
    env.run(&[
        "payroll",
        "set",
        "E1",
        "--from",
        "2026-04",
        "--bank-code",
        "0005",
        "--branch-code",
        "123",
        "--account-number",
        "7654321",
    ]);
    april_claim(&env);
    env.run(&["expenses", "submit", "1"]);
    env.run(&[
        "expenses",
        "approve",
        "1",
        "--by",
        "部長",
        "--date",
        "2026-04-30",
    ]);
    let status = |env: &Env| env.json(&["expenses", "list"])["rows"][0]["status"].clone();
    env.run(&["expenses", "repay", "1", "--run"]);
    env.run(&["payables", "run", "--date", "2026-05-08"]);
    let before = env.fingerprint();
    let err = env.fails(&["expenses", "unrepay", "1"], 1);
    assert!(
        err.contains("draft payment run 1") && err.contains("cancel"),
        "{err}"
    );
    assert_eq!(env.fingerprint(), before);
    env.run(&["payables", "cancel", "--run", "1"]);
    env.run(&["expenses", "unrepay", "1"]);
    assert_eq!(status(&env), "approved");
    env.fails(&["payables", "run", "--date", "2026-05-08"], 1);
    env.run(&["expenses", "repay", "1", "--payroll", "2026-05"]);
    assert_eq!(status(&env), "scheduled");
    env.run(&["expenses", "unrepay", "1"]);
    assert_eq!(status(&env), "approved");
    env.run(&["expenses", "repay", "1", "--cash", "--date", "2026-05-10"]);
    assert_eq!(status(&env), "repaid");
    let err = env.fails(&["expenses", "unrepay", "1"], 1);
    assert!(err.contains("at once"), "{err}");
}

/// An approval posted by mistake is taken back: the entry reversed, the advance it used held
/// again, the claim a draft; once repaid it can no longer be.
#[test]
fn an_approval_is_taken_back_until_the_claim_is_repaid() {
    let env = staff();
    env.run(&["expenses", "advance", "E1", "5000", "--date", "2026-04-10"]);
    april_claim(&env);
    env.run(&["expenses", "submit", "1"]);
    env.run(&[
        "expenses",
        "approve",
        "1",
        "--by",
        "部長",
        "--date",
        "2026-04-30",
    ]);
    env.run(&[
        "expenses",
        "unapprove",
        "1",
        "--reason",
        "会議費は別精算",
        "--date",
        "2026-04-30",
    ]);
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-04-30"]);
    assert_eq!(row(&tb, "code", "2130")["closing"], "0");
    assert_eq!(
        row(&tb, "code", "1340")["closing"],
        "5000",
        "the advance is held again"
    );
    let advances = env.json(&["expenses", "advances"]);
    assert_eq!(row(&advances, "employee", "E1")["balance"], "5000");
    assert_eq!(
        env.json(&["expenses", "list"])["rows"][0]["status"],
        "draft"
    );
    env.run(&["expenses", "submit", "1"]);
    env.run(&[
        "expenses",
        "approve",
        "1",
        "--by",
        "部長",
        "--date",
        "2026-04-30",
    ]);
    env.run(&["expenses", "repay", "1", "--cash", "--date", "2026-05-01"]);
    env.fails(&["expenses", "unapprove", "1", "--reason", "x"], 1);
}
