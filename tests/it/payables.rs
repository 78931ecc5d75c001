//! Payables from the outside: suppliers checked as entered, bills with their input-tax class
//! around its boundary dates and ¥10,000, withholding at ¥1,000,000 / ¥1,000,001 and for 司法書士,
//! the entry, duplicates and locked periods refused, voiding, due and aging, the 取適法 check and
//! the CSV import (all or nothing). Figures: shared/japan-rules.md §11.

use crate::common::{Env, row};

fn setup() -> Env {
    let env = Env::with_company();
    env.run(&[
        "payables",
        "suppliers",
        "add",
        "REG",
        "登録商事",
        "--registration-number",
        "T5010001008846",
    ]);
    env.run(&["payables", "suppliers", "add", "UNREG", "個人商店"]);
    env.run(&[
        "payables",
        "suppliers",
        "add",
        "LAWYER",
        "山田法律事務所",
        "--registration-number",
        "T1180301018771",
        "--withholding",
        "fee",
        "--expense-account",
        "支払手数料",
    ]);
    env.run(&[
        "payables",
        "suppliers",
        "add",
        "SHIHO",
        "鈴木司法書士事務所",
        "--withholding",
        "judicial",
        "--expense-account",
        "支払手数料",
    ]);
    env
}

fn bills(env: &Env) -> Vec<serde_json::Value> {
    env.json(&["payables", "bills", "list"])["rows"]
        .as_array()
        .unwrap()
        .clone()
}

fn add(env: &Env, supplier: &str, date: &str, line: &str, extra: &[&str]) -> serde_json::Value {
    let mut args = vec![
        "payables",
        "bills",
        "add",
        "--supplier",
        supplier,
        "--date",
        date,
        "--line",
        line,
    ];
    args.extend_from_slice(extra);
    env.run(&args);
    bills(env).last().unwrap().clone()
}

fn rates(env: &Env, id: &str) -> serde_json::Value {
    env.json(&["payables", "bills", "show", id])
}

#[test]
fn suppliers_are_checked_as_entered() {
    let env = setup();
    for (args, expect) in [
        (&["X1", "x", "--bank-code", "123"][..], "bank code"),
        (
            &["X2", "x", "--registration-number", "T1234567890123"][..],
            "T1234567890123",
        ),
        (&["X3", "x", "--holder-kana", "山田"][..], "山"),
        (&["X4", "x", "--terms", "someday"][..], "someday"),
        (&["REG", "again"][..], "already exists"),
    ] {
        let mut all = vec!["payables", "suppliers", "add"];
        all.extend_from_slice(args);
        let err = env.fails(&all, 1);
        assert!(err.contains(expect), "{args:?}: {err}");
    }
    let list = env.json(&["payables", "suppliers", "list"]);
    assert_eq!(row(&list, "code", "UNREG")["registration_number"], "未登録");
}

/// 経過措置 (平成28年改正法附則52・53条): 80% through 2026-09-30, 50% from 2026-10-01.
#[test]
fn input_tax_from_an_unregistered_supplier_follows_the_dated_table() {
    let env = setup();
    let before = add(&env, "UNREG", "2026-09-30", "部品;100000;10", &[]);
    assert_eq!(before["credit"], "80%控除対象 (経過措置)");
    let after = add(&env, "UNREG", "2026-10-01", "部品;100000;10", &[]);
    assert_eq!(after["credit"], "50%控除対象 (経過措置)");
    let r = rates(&env, &after["id"].to_string());
    assert_eq!(r["rows"][0]["creditable"], "5000");
    assert_eq!(r["rows"][0]["not_creditable"], "5000");
    let registered = add(&env, "REG", "2026-10-01", "部品;100000;10", &[]);
    assert_eq!(registered["credit"], "適格請求書");
    let tb = env.json(&["ledger", "trial-balance", "--to", "2026-10-31"]);
    // 8,000 + 5,000 + 10,000 creditable; the rest is cost.
    assert_eq!(
        row(&tb, "account", "仮払消費税等")["debit"],
        "23000",
        "{tb}"
    );
}

/// 少額特例: under ¥10,000 tax included, for a company that qualifies (setting).
#[test]
fn the_small_amount_exception_needs_the_setting_and_stops_at_ten_thousand_yen() {
    let env = setup();
    let off = add(
        &env,
        "UNREG",
        "2026-05-01",
        "文具;9999;10",
        &["--tax-included"],
    );
    assert_eq!(off["credit"], "80%控除対象 (経過措置)");
    env.run(&["company", "set", "payables_small_business", "yes"]);
    let small = add(
        &env,
        "UNREG",
        "2026-05-01",
        "文具;9999;10",
        &["--tax-included"],
    );
    assert_eq!(small["credit"], "少額特例");
    let at = add(
        &env,
        "UNREG",
        "2026-05-01",
        "文具;10000;10",
        &["--tax-included"],
    );
    assert_eq!(at["credit"], "80%控除対象 (経過措置)");
    let train = add(
        &env,
        "UNREG",
        "2026-05-01",
        "新幹線;45000;10",
        &["--tax-included", "--book-only"],
    );
    assert_eq!(train["credit"], "帳簿のみ保存");
}

/// 所得税法204条: 10.21% up to ¥1,000,000 (on the tax-excluded amount), 20.42% above; 司法書士
/// ¥10,000 off first.
#[test]
fn withholding_on_fees_at_the_million_and_for_a_judicial_scrivener() {
    let env = setup();
    let million = add(&env, "LAWYER", "2026-05-01", "顧問料;1000000;10", &[]);
    assert_eq!(
        (million["withholding"].as_str(), million["net"].as_str()),
        (Some("102100"), Some("997900"))
    );
    let above = add(
        &env,
        "LAWYER",
        "2026-05-02",
        "顧問料;1000001;10",
        &["--tax", "10=100000"],
    );
    assert_eq!(
        above["withholding"], "102100",
        "(1 × 20.42% rounds down) + 102,100"
    );
    let shiho = add(&env, "SHIHO", "2026-05-03", "登記;50000;10", &[]);
    assert_eq!(shiho["withholding"], "4084");
    let tb = env.json(&["ledger", "trial-balance", "--to", "2026-05-31"]);
    assert_eq!(row(&tb, "account", "預り金")["credit"], "208284", "{tb}");
}

#[test]
fn duplicates_and_locked_periods_are_refused_and_a_void_frees_the_number() {
    let env = setup();
    add(
        &env,
        "REG",
        "2026-05-01",
        "部品;1000;10",
        &["--number", "A-1"],
    );
    let err = env.fails(
        &[
            "payables",
            "bills",
            "add",
            "--supplier",
            "REG",
            "--date",
            "2026-05-02",
            "--number",
            "A-1",
            "--line",
            "部品;1000;10",
        ],
        1,
    );
    assert!(err.contains("already sent bill A-1"), "{err}");
    env.fails(
        &[
            "payables",
            "bills",
            "add",
            "--supplier",
            "NOPE",
            "--date",
            "2026-05-02",
            "--line",
            "部品;1000;10",
        ],
        1,
    );
    env.fails(
        &[
            "payables",
            "bills",
            "add",
            "--supplier",
            "REG",
            "--date",
            "2026-05-02",
            "--line",
            "部品;12.5;10",
        ],
        1,
    );
    env.run(&["ledger", "lock", "--through", "2026-04-30"]);
    let err = env.fails(
        &[
            "payables",
            "bills",
            "add",
            "--supplier",
            "REG",
            "--date",
            "2026-04-30",
            "--line",
            "部品;1000;10",
        ],
        1,
    );
    assert!(err.contains("locked"), "{err}");
    env.run(&[
        "payables",
        "bills",
        "void",
        "1",
        "--reason",
        "二重計上",
        "--date",
        "2026-05-10",
    ]);
    add(
        &env,
        "REG",
        "2026-05-11",
        "部品;1000;10",
        &["--number", "A-1"],
    );
    let tb = env.json(&["ledger", "trial-balance", "--to", "2026-05-31"]);
    assert_eq!(
        row(&tb, "account", "未払金")["closing"],
        "1100",
        "one bill left: {tb}"
    );
}

#[test]
fn due_aging_and_the_subcontracting_act_check() {
    let env = setup();
    env.run(&[
        "payables",
        "suppliers",
        "add",
        "SMALL",
        "小規模製作所",
        "--covered",
        "--fee-bearer",
        "supplier",
    ]);
    add(
        &env,
        "REG",
        "2026-04-10",
        "部品;1000;10",
        &["--due", "2026-05-20"],
    );
    add(
        &env,
        "REG",
        "2026-03-10",
        "部品;2000;10",
        &["--due", "2026-03-31"],
    );
    add(
        &env,
        "SMALL",
        "2026-05-01",
        "加工;3000;10",
        &["--due", "2026-07-31"],
    );
    let due = env.json(&["payables", "due", "--within", "14d"]);
    assert_eq!(
        due["rows"].as_array().unwrap().len(),
        2,
        "overdue and due by 2026-05-29: {due}"
    );
    let aging = env.json(&["payables", "aging", "--as-of", "2026-05-15"]);
    assert_eq!(row(&aging, "supplier", "REG")["d31_60"], "2200", "{aging}");
    assert_eq!(row(&aging, "supplier", "REG")["not_due"], "1100");
    env.run(&["report", "month", "--month", "2026-05", "-o", "pack"]);
    let pack = std::fs::read_to_string(env.dir.path().join("pack/ap-aging.csv")).unwrap();
    assert!(pack.contains("SMALL") && pack.contains("3300"), "{pack}");
    let check = env.json_exit(&["payables", "check"], 4);
    let findings: Vec<&str> = check["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["finding"].as_str().unwrap())
        .collect();
    assert_eq!(findings.len(), 2, "{findings:?}");
}

#[test]
fn bills_import_all_or_nothing() {
    let env = setup();
    let good = "bill,supplier,number,date,name,amount,rate,account\n\
                a,REG,R-1,2026-05-01,部品,1000,10,\n\
                a,REG,R-1,2026-05-01,お茶,540,8,会議費\n\
                b,LAWYER,L-1,2026-05-02,顧問料,100000,10,\n";
    env.run(&[
        "payables",
        "bills",
        "import",
        &env.file("bills.csv", good.as_bytes()),
    ]);
    let list = bills(&env);
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["total"], "1683", "1,000 + 100 + 540 + 43");
    let bad = "bill,supplier,number,date,name,amount,rate\n\
               c,REG,R-2,2026-05-03,部品,1000,10\n\
               d,REG,R-3,2026-05-03,部品,1000,9\n";
    let err = env.fails(
        &[
            "payables",
            "bills",
            "import",
            &env.file("bad.csv", bad.as_bytes()),
        ],
        1,
    );
    assert!(err.contains("bad.csv:3") && err.contains("rate"), "{err}");
    assert_eq!(bills(&env).len(), 2);
}

/// The 令和8年度 reform outline (70% → 2028-09-30, 50% → 2030-09-30, 30% → 2031-09-30) as an
/// import: new bills follow it, bills entered before keep their share.
#[test]
fn the_transition_table_is_data_a_reform_is_an_import() {
    let env = setup();
    let before = add(&env, "UNREG", "2026-10-01", "部品;100000;10", &[]);
    let reform = "valid_from,valid_to,percent\n2023-10-01,2026-09-30,80\n2026-10-01,2028-09-30,70\n\
                  2028-10-01,2030-09-30,50\n2030-10-01,2031-09-30,30\n";
    env.run(&[
        "payables",
        "transition",
        "import",
        &env.file("reform.csv", reform.as_bytes()),
    ]);
    let after = add(&env, "UNREG", "2026-10-02", "部品;100000;10", &[]);
    assert_eq!(after["credit"], "70%控除対象 (経過措置)");
    assert_eq!(
        bills(&env)[0]["credit"],
        before["credit"],
        "entered before: 50% kept"
    );
    let late = add(&env, "UNREG", "2031-10-01", "部品;100000;10", &[]);
    assert_eq!(late["credit"], "0%控除対象 (経過措置)");
    let overlap =
        "valid_from,valid_to,percent\n2023-10-01,2026-09-30,80\n2026-09-01,2028-09-30,70\n";
    let err = env.fails(
        &[
            "payables",
            "transition",
            "import",
            &env.file("o.csv", overlap.as_bytes()),
        ],
        1,
    );
    assert!(err.contains("o.csv:3") && err.contains("overlaps"), "{err}");
    assert_eq!(
        env.json(&["payables", "transition", "list"])["rows"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
}

/// A supplier's default tax rate (税区分) fills bill lines that state none — by hand and in an
/// import —; a line without a rate for a supplier without a default is refused, nothing stored.
#[test]
fn a_suppliers_default_tax_rate_fills_lines_without_one() {
    let env = setup();
    env.run(&[
        "payables",
        "suppliers",
        "add",
        "FOOD",
        "食品商事",
        "--registration-number",
        "T5010001008846",
        "--tax-rate",
        "8",
    ]);
    let food = add(&env, "FOOD", "2026-05-01", "弁当;1000", &[]);
    assert_eq!(food["total"], "1080", "8% on 1,000");
    let before = env.fingerprint();
    let err = env.fails(
        &[
            "payables",
            "bills",
            "add",
            "--supplier",
            "REG",
            "--date",
            "2026-05-01",
            "--line",
            "部品;1000",
        ],
        1,
    );
    assert!(
        err.contains("no tax rate") && err.contains("tax_rate"),
        "{err}"
    );
    assert_eq!(env.fingerprint(), before);
    env.run(&["payables", "suppliers", "set", "REG", "tax_rate", "10"]);
    let list = env.json(&["payables", "suppliers", "list"]);
    assert_eq!(row(&list, "code", "REG")["tax_rate"], "10%");
    assert!(row(&list, "code", "UNREG")["tax_rate"].is_null());
    let csv = "bill,supplier,number,date,name,amount,rate\n\
               a,REG,R-9,2026-05-02,部品,1000,\n\
               b,FOOD,F-9,2026-05-02,お茶,500,10\n";
    env.run(&[
        "payables",
        "bills",
        "import",
        &env.file("bills.csv", csv.as_bytes()),
    ]);
    let list = bills(&env);
    let total = |number: &str| {
        list.iter()
            .find(|b| b["number"] == number)
            .map(|b| b["total"].clone())
            .unwrap()
    };
    assert_eq!(total("R-9"), "1100", "the supplier's 10%");
    assert_eq!(total("F-9"), "550", "a stated rate wins over the default");
    let suppliers = env.file(
        "suppliers.csv",
        "code,name,tax_rate\nDRINK,飲料商事,8\nBAD,悪い,9\n".as_bytes(),
    );
    let err = env.fails(&["payables", "suppliers", "import", &suppliers], 1);
    assert!(
        err.contains("suppliers.csv:3") && err.contains("tax_rate"),
        "{err}"
    );
}

/// Suppliers from CSV: new codes added, known ones replaced, each row checked as `add` checks
/// it; one bad row (a kanji holder name the bank file cannot carry) and nothing changes.
#[test]
fn suppliers_import_all_or_nothing() {
    let env = setup();
    let good = env.file(
        "suppliers.csv",
        "code,name,registration_number,bank_code,branch_code,account_number,holder_kana,withholding,expense_account\n\
         NEW1,新規商店,T5010001008846,0005,123,7654321,ｼﾝｷｼﾖｳﾃﾝ,,消耗品費\n\
         UNREG,個人商店 (改称),,0009,001,1111111,ｺｼﾞﾝｼﾖｳﾃﾝ,none,\n"
            .as_bytes(),
    );
    let bad = env.file(
        "bad.csv",
        "code,name,bank_code,branch_code,account_number,holder_kana\nNEW2,新規二,0005,123,7654321,ｼﾝｷ\nNEW3,新規三,0005,123,7654321,山田\n"
            .as_bytes(),
    );
    let before = env.fingerprint();
    let err = env.fails(&["payables", "suppliers", "import", &bad], 1);
    assert!(err.contains("bad.csv:3") && err.contains("山"), "{err}");
    assert_eq!(env.fingerprint(), before);
    env.run(&["payables", "suppliers", "import", &good]);
    let list = env.json(&["payables", "suppliers", "list"]);
    assert_eq!(
        row(&list, "code", "NEW1")["registration_number"],
        "T5010001008846"
    );
    assert_eq!(row(&list, "code", "UNREG")["name"], "個人商店 (改称)");
    assert_eq!(
        row(&list, "code", "UNREG")["bank"],
        "0009-001 1111111 ｺｼﾞﾝｼﾖｳﾃﾝ"
    );
}
