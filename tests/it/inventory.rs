//! Inventory from the outside: movements, exact valuation (FIFO and moving average), back-dated
//! movements revalued in the books, stock reports that tie to the ledger, and errors.

use crate::common::{Env, row};

/// A company with a warehouse, a shop and the sales department.
fn with_locations() -> Env {
    let env = Env::with_company();
    env.run(&["inventory", "locations", "add", "WH", "本社倉庫"]);
    env.run(&["inventory", "locations", "add", "SHOP", "店舗"]);
    env.run(&[
        "inventory",
        "locations",
        "add",
        "SALES",
        "営業部",
        "--kind",
        "department",
    ]);
    env
}

fn setup() -> Env {
    let env = with_locations();
    env.run(&[
        "inventory",
        "items",
        "add",
        "BEAN",
        "コーヒー豆",
        "--unit",
        "kg",
        "--method",
        "fifo",
        "--tax-rate",
        "8",
        "--reorder-point",
        "5",
        "--reorder-qty",
        "20",
    ]);
    env.run(&[
        "inventory",
        "items",
        "add",
        "CUP",
        "紙コップ",
        "--unit",
        "箱",
    ]);
    env.run(&[
        "inventory",
        "items",
        "add",
        "PAPER",
        "コピー用紙",
        "--unit",
        "箱",
        "--category",
        "supplies",
    ]);
    env
}

fn balance(env: &Env, code: &str) -> String {
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-05-31"]);
    tb["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == code)
        .map_or("0".into(), |r| r["closing"].as_str().unwrap().to_string())
}

#[test]
fn fifo_and_moving_average_post_exact_costs() {
    let env = setup();
    // FIFO: 10 @1,000, 10 @1,300, issue 15 = 10×1,000 + 5×1,300 = 16,500.
    env.run(&[
        "inventory",
        "receive",
        "BEAN",
        "10",
        "--cost",
        "1000",
        "--date",
        "2026-05-01",
        "--to",
        "WH",
    ]);
    env.run(&[
        "inventory",
        "receive",
        "BEAN",
        "10",
        "--cost",
        "1300",
        "--date",
        "2026-05-02",
        "--to",
        "WH",
    ]);
    let out = env.json(&[
        "inventory",
        "issue",
        "BEAN",
        "15",
        "--from",
        "WH",
        "--date",
        "2026-05-03",
    ]);
    assert_eq!(out["rows"][0]["value"], "16500");
    // Moving average: 3 @100, 1 @104 → avg 101; issue 2 = 202.
    env.run(&[
        "inventory",
        "receive",
        "CUP",
        "3",
        "--cost",
        "100",
        "--date",
        "2026-05-01",
        "--to",
        "WH",
    ]);
    env.run(&[
        "inventory",
        "receive",
        "CUP",
        "1",
        "--cost",
        "104",
        "--date",
        "2026-05-02",
        "--to",
        "WH",
    ]);
    let out = env.json(&[
        "inventory",
        "issue",
        "CUP",
        "2",
        "--from",
        "WH",
        "--date",
        "2026-05-03",
    ]);
    assert_eq!(out["rows"][0]["value"], "202");
    // Goods: 商品 = 23,000 + 404 − 16,500 − 202; 売上原価 = 16,702; 仮払消費税 8% on beans, 10% on cups.
    assert_eq!(balance(&env, "1200"), "6702");
    assert_eq!(balance(&env, "5200"), "16702");
    // 仮払消費税: beans 800 + 1,040 (8 %), cups 30 + 10 (10 %).
    assert_eq!(balance(&env, "1350"), "1880");
    let stock = env.json(&["inventory", "stock", "--as-of", "2026-05-31"]);
    assert_eq!(row(&stock, "sku", "BEAN")["value"], "6500");
    assert_eq!(row(&stock, "sku", "CUP")["value"], "202");
    assert_eq!(stock["totals"]["value"], "6702");
}

#[test]
fn a_back_dated_receipt_revalues_later_issues_in_the_books() {
    let env = setup();
    env.run(&[
        "inventory",
        "receive",
        "CUP",
        "10",
        "--cost",
        "100",
        "--date",
        "2026-05-01",
    ]);
    env.run(&["inventory", "issue", "CUP", "5", "--date", "2026-05-10"]);
    assert_eq!(balance(&env, "5200"), "500");
    // A receipt dated before the issue changes its average cost: 20 @115 → the issue costs 575.
    env.run(&[
        "inventory",
        "receive",
        "CUP",
        "10",
        "--cost",
        "130",
        "--date",
        "2026-05-05",
    ]);
    assert_eq!(balance(&env, "5200"), "575");
    assert_eq!(balance(&env, "1200"), "1725");
    let ledger = env.json(&["inventory", "ledger", "CUP"]);
    let issue = ledger["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "issue")
        .unwrap()
        .clone();
    assert_eq!(issue["out_value"], "575");
    assert_eq!(issue["value"], "1725");
    let journal = env.json(&["ledger", "journal", "--search", "評価替え"]);
    assert_eq!(journal["rows"][0]["date"], "2026-05-10");
    assert_eq!(journal["rows"][0]["debit"], "75");
}

/// A back-dated import that changes the cost of many later outflows posts one 評価替え entry
/// per day, its lines summed per account (like a bulk import's daily entries, ADR 0010), and
/// each outflow keeps its own difference: the books still tie to the stock.
#[test]
fn revaluations_are_posted_one_entry_per_day() {
    let env = setup();
    let first = "date,kind,item,quantity,unit_cost,from,to,ref\n\
                 2026-05-01,receive,CUP,10,100,,WH,\n\
                 2026-05-01,receive,BEAN,10,1000,,WH,\n\
                 2026-05-10,issue,CUP,2,,WH,,\n\
                 2026-05-10,issue,CUP,3,,WH,,\n\
                 2026-05-10,issue,BEAN,2,,WH,,\n\
                 2026-05-20,issue,CUP,1,,WH,,\n";
    env.run(&[
        "inventory",
        "import",
        &env.file("first.csv", first.as_bytes()),
    ]);
    assert_eq!(balance(&env, "5200"), "2600");
    // CUP: 20 @115 from 05-05 → the issues cost 230 + 345 and 115 (was 200 + 300 and 100).
    // BEAN (FIFO): the earlier layer @1,200 goes first → the issue costs 2,400 (was 2,000).
    let late = "date,kind,item,quantity,unit_cost,from,to,ref\n\
                2026-05-05,receive,CUP,10,130,,WH,\n\
                2026-04-25,receive,BEAN,5,1200,,WH,\n";
    env.run(&[
        "inventory",
        "import",
        &env.file("late.csv", late.as_bytes()),
    ]);
    let journal = env.json(&["ledger", "journal", "--search", "評価替え"]);
    let lines = journal["rows"].as_array().unwrap();
    let entries: std::collections::BTreeSet<_> = lines
        .iter()
        .map(|l| l["entry_id"].as_i64().unwrap())
        .collect();
    assert_eq!(
        entries.len(),
        2,
        "one entry for 05-10, one for 05-20: {journal}"
    );
    let on = |date: &str| -> Vec<&serde_json::Value> {
        lines.iter().filter(|l| l["date"] == date).collect()
    };
    let may10 = on("2026-05-10");
    assert_eq!(may10.len(), 2, "売上原価 and 商品, summed: {may10:?}");
    assert_eq!(may10[0]["account_code"], "5200");
    assert_eq!(may10[0]["debit"], "475", "CUP 30 + 45, BEAN 400: {may10:?}");
    assert!(
        may10[0]["memo"].as_str().unwrap().contains("ほか1品目 3件"),
        "{may10:?}"
    );
    let may20 = on("2026-05-20");
    assert_eq!((may20[0]["debit"].as_str(), may20.len()), (Some("15"), 2));
    assert_eq!(
        may20[0]["memo"],
        "評価替え CUP (遡及した入出庫による原価の変動)"
    );
    // 売上原価 = 2,600 + 475 + 15; the stock's value ties to 商品.
    assert_eq!(balance(&env, "5200"), "3090");
    let stock = env.json(&["inventory", "stock", "--as-of", "2026-05-31"]);
    assert_eq!(
        stock["totals"]["value"].as_str().unwrap(),
        balance(&env, "1200")
    );
}

#[test]
fn transfers_keep_value_supplies_are_expensed_where_they_go() {
    let env = setup();
    env.run(&[
        "inventory",
        "receive",
        "PAPER",
        "10",
        "--cost",
        "2500",
        "--date",
        "2026-05-01",
        "--to",
        "WH",
    ]);
    env.run(&[
        "inventory",
        "transfer",
        "PAPER",
        "4",
        "--from",
        "WH",
        "--to",
        "SHOP",
        "--date",
        "2026-05-02",
    ]);
    env.run(&[
        "inventory",
        "issue",
        "PAPER",
        "3",
        "--from",
        "SHOP",
        "--to",
        "SALES",
        "--date",
        "2026-05-10",
    ]);
    let stock = env.json(&[
        "inventory",
        "stock",
        "--by-location",
        "--as-of",
        "2026-05-31",
    ]);
    let rows = stock["rows"].as_array().unwrap();
    let at = |loc: &str| rows.iter().find(|r| r["location"] == loc).unwrap().clone();
    assert_eq!(at("WH")["quantity"], "6");
    assert_eq!(at("SHOP")["quantity"], "1");
    assert_eq!(stock["totals"]["value"], "17500");
    assert_eq!(balance(&env, "1240"), "17500");
    assert_eq!(balance(&env, "6270"), "7500");
    let usage = env.json(&[
        "inventory",
        "usage",
        "--from",
        "2026-05-01",
        "--to",
        "2026-05-31",
    ]);
    assert_eq!(row(&usage, "to", "SALES")["value"], "7500");
}

#[test]
fn fractional_quantities_and_reorder() {
    let env = setup();
    env.run(&[
        "inventory",
        "receive",
        "BEAN",
        "2.5",
        "--cost",
        "480",
        "--date",
        "2026-05-01",
    ]);
    let out = env.json(&["inventory", "issue", "BEAN", "0.7", "--date", "2026-05-02"]);
    assert_eq!(out["rows"][0]["value"], "336");
    let reorder = env.json(&["inventory", "reorder"]);
    assert_eq!(row(&reorder, "sku", "BEAN")["on_hand"], "1.8");
    assert_eq!(row(&reorder, "sku", "BEAN")["reorder_qty"], "20");
}

#[test]
fn stock_adjustments_post_shrinkage() {
    let env = setup();
    env.run(&[
        "inventory",
        "receive",
        "CUP",
        "10",
        "--cost",
        "100",
        "--date",
        "2026-05-01",
    ]);
    env.run(&[
        "inventory",
        "adjust",
        "CUP",
        "-2",
        "--reason",
        "破損",
        "--date",
        "2026-05-20",
    ]);
    env.run(&[
        "inventory",
        "adjust",
        "CUP",
        "+1",
        "--reason",
        "棚卸で発見",
        "--date",
        "2026-05-21",
    ]);
    assert_eq!(balance(&env, "5210"), "100");
    assert_eq!(balance(&env, "1200"), "900");
    env.fails(&["inventory", "adjust", "CUP", "-1"], 1);
}

#[test]
fn movement_errors_change_nothing() {
    let env = setup();
    env.run(&[
        "inventory",
        "receive",
        "CUP",
        "4",
        "--cost",
        "100",
        "--date",
        "2026-05-01",
    ]);
    let stderr = env.fails(
        &["inventory", "issue", "CUP", "5", "--date", "2026-05-02"],
        1,
    );
    assert!(stderr.contains("only 4 on hand"), "{stderr}");
    env.fails(&["inventory", "issue", "NOPE", "1"], 1);
    env.fails(&["inventory", "issue", "CUP", "1", "--from", "MOON"], 1);
    env.fails(&["inventory", "receive", "CUP", "1", "--cost", "0"], 1);
    env.fails(&["inventory", "receive", "CUP", "1"], 1);
    env.fails(&["inventory", "receive", "CUP", "-1", "--cost", "10"], 1);
    env.fails(&["inventory", "transfer", "CUP", "1", "--from", "WH"], 1);
    env.fails(&["inventory", "items", "add", "CUP", "again"], 1);
    // A back-dated issue that would take more than was on hand then is refused.
    env.run(&["inventory", "issue", "CUP", "4", "--date", "2026-05-10"]);
    env.fails(
        &["inventory", "issue", "CUP", "1", "--date", "2026-05-05"],
        1,
    );
    // Movements into a locked period are refused, and so is one that would revalue a locked issue.
    env.run(&["ledger", "lock", "--through", "2026-05-15"]);
    env.fails(
        &[
            "inventory",
            "receive",
            "CUP",
            "1",
            "--cost",
            "100",
            "--date",
            "2026-05-15",
        ],
        1,
    );
    env.run(&[
        "inventory",
        "receive",
        "CUP",
        "1",
        "--cost",
        "100",
        "--date",
        "2026-05-20",
    ]);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    assert!(
        conn.execute("UPDATE inv_movement SET quantity = '99'", [])
            .is_err()
    );
    assert!(conn.execute("DELETE FROM inv_movement", []).is_err());
}

#[test]
fn movement_import_is_all_or_nothing_and_refuses_a_second_run() {
    let env = setup();
    let good = "date,kind,item,quantity,unit_cost,from,to,ref\n\
                2026-05-01,receive,CUP,10,100,,WH,PO-1\n\
                2026-05-02,issue,CUP,2,,WH,,\n\
                2026-05-02,issue,CUP,2,,WH,,\n\
                2026-05-03,transfer,CUP,3,,WH,SHOP,\n\
                2026-05-04,adjust,CUP,-1,,SHOP,,\n";
    let bad = good.replace(
        "2026-05-03,transfer,CUP,3,,WH,SHOP",
        "2026-05-03,transfer,CUP,3,,WH,MOON",
    );
    let bad_file = env.file("bad.csv", bad.as_bytes());
    let stderr = env.fails(&["inventory", "import", &bad_file], 1);
    assert!(stderr.contains("bad.csv:5: column 'to'"), "{stderr}");
    let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(good);
    let file = env.file("moves.csv", &sjis);
    env.run(&["inventory", "import", &file]);
    let stock = env.json(&[
        "inventory",
        "stock",
        "--by-location",
        "--as-of",
        "2026-05-31",
    ]);
    let rows = stock["rows"].as_array().unwrap();
    assert_eq!(
        rows.iter().find(|r| r["location"] == "WH").unwrap()["quantity"],
        "3"
    );
    assert_eq!(
        rows.iter().find(|r| r["location"] == "SHOP").unwrap()["quantity"],
        "2"
    );
    assert_eq!(balance(&env, "1200"), "500");
    let stderr = env.fails(&["inventory", "import", &file], 1);
    assert!(stderr.contains("already imported"), "{stderr}");
}

#[test]
fn a_stocktake_round_trip() {
    let env = setup();
    env.run(&[
        "inventory",
        "receive",
        "CUP",
        "10",
        "--cost",
        "100",
        "--date",
        "2026-05-01",
        "--to",
        "WH",
    ]);
    env.run(&[
        "inventory",
        "receive",
        "BEAN",
        "4",
        "--cost",
        "1000",
        "--date",
        "2026-05-01",
        "--to",
        "WH",
    ]);
    env.run(&[
        "inventory",
        "count",
        "start",
        "--location",
        "WH",
        "--as-of",
        "2026-05-31",
    ]);
    env.fails(&["inventory", "count", "start"], 1);
    let out = env
        .bko()
        .args(["--format", "json", "check"])
        .output()
        .unwrap();
    let check: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(row(&check, "check", "open_stocktake")["status"], "warn");
    env.run(&["inventory", "count", "set", "CUP", "8"]);
    let counts = env.file("counts.csv", b"sku,location,counted\nBEAN,WH,4.5\n");
    env.run(&["inventory", "count", "import", &counts]);
    let diff = env.json(&["inventory", "count", "diff"]);
    assert_eq!(row(&diff, "sku", "CUP")["difference"], "-2");
    assert_eq!(row(&diff, "sku", "CUP")["value"], "-200");
    assert_eq!(row(&diff, "sku", "BEAN")["value"], "500");
    env.run(&["inventory", "count", "apply"]);
    assert_eq!(balance(&env, "5210"), "-300");
    // Both differences in one entry on the count date: 棚卸減耗損 200 / 商品, 商品 500 / 棚卸減耗損.
    let journal = env.json(&["ledger", "journal", "--search", "棚卸 count"]);
    let lines = journal["rows"].as_array().unwrap();
    assert_eq!(lines.len(), 4, "{journal}");
    assert!(lines.iter().all(|l| l["entry_id"] == lines[0]["entry_id"]
        && l["date"] == "2026-05-31"
        && l["memo"] == "在庫調整 2件 (棚卸 count 1)"));
    let stock = env.json(&["inventory", "stock", "--as-of", "2026-05-31"]);
    assert_eq!(row(&stock, "sku", "CUP")["quantity"], "8");
    assert_eq!(row(&stock, "sku", "BEAN")["quantity"], "4.5");
    env.fails(&["inventory", "count", "apply"], 1);
}

#[test]
fn items_import_set_show_and_the_example_files() {
    let env = with_locations();
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    env.run(&[
        "inventory",
        "items",
        "import",
        &format!("{examples}/inventory-items.csv"),
    ]);
    env.fails(
        &[
            "inventory",
            "items",
            "import",
            &format!("{examples}/inventory-items.csv"),
        ],
        1,
    );
    env.run(&["inventory", "import", &format!("{examples}/movements.csv")]);
    let stock = env.json(&["inventory", "stock", "--as-of", "2026-05-31"]);
    assert_eq!(row(&stock, "sku", "BEAN")["quantity"], "13");
    assert_eq!(row(&stock, "sku", "BEAN")["value"], "13000");
    assert_eq!(row(&stock, "sku", "PAPER")["value"], "20000");
    env.run(&["inventory", "items", "set", "BEAN", "reorder_point", "15"]);
    // The reorder list is as of today (2026-05-15): the 05-31 breakage is still ahead.
    assert_eq!(
        row(&env.json(&["inventory", "reorder"]), "sku", "BEAN")["on_hand"],
        "13.5"
    );
    env.fails(&["inventory", "items", "set", "BEAN", "method", "fifo"], 1);
    env.fails(&["inventory", "items", "set", "BEAN", "colour", "red"], 1);
    let shown = env.json(&["inventory", "items", "show", "BEAN"]);
    assert_eq!(shown["rows"][0]["reorder_point"], "15");
}

/// `stock` on a date after a movement's value for that date.
fn stock_of(env: &Env, sku: &str, as_of: &str) -> (String, String) {
    let stock = env.json(&["inventory", "stock", "--as-of", as_of]);
    stock["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["sku"] == sku)
        .map_or(("0".into(), "0".into()), |r| {
            (
                r["quantity"].as_str().unwrap().to_string(),
                r["value"].as_str().unwrap().to_string(),
            )
        })
}

#[test]
fn stock_on_any_date_follows_back_dated_movements_and_rows_from_before_migration_8() {
    let env = setup();
    let receive = |qty: &str, cost: &str, date: &str| {
        env.run(&[
            "inventory",
            "receive",
            "CUP",
            qty,
            "--cost",
            cost,
            "--date",
            date,
        ]);
    };
    receive("10", "100", "2026-05-01");
    env.run(&["inventory", "issue", "CUP", "5", "--date", "2026-05-10"]);
    assert_eq!(
        stock_of(&env, "CUP", "2026-05-31"),
        ("5".into(), "500".into())
    );
    // Back-dated: 20 @ 115 on the 5th, so the issue costs 575 and leaves 15 worth 1,725.
    receive("10", "130", "2026-05-05");
    assert_eq!(
        stock_of(&env, "CUP", "2026-04-30"),
        ("0".into(), "0".into())
    );
    assert_eq!(
        stock_of(&env, "CUP", "2026-05-01"),
        ("10".into(), "1000".into())
    );
    assert_eq!(
        stock_of(&env, "CUP", "2026-05-07"),
        ("20".into(), "2300".into())
    );
    assert_eq!(
        stock_of(&env, "CUP", "2026-05-31"),
        ("15".into(), "1725".into())
    );

    // A file from before migration 0008 has no stored stock-after (nor, from before 0025, a
    // valuation state to resume from): valued from the history, and the item's next movement
    // fills it in.
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch(
        "UPDATE inv_movement SET quantity_after = NULL, value_after = NULL;
         DELETE FROM inv_valuation_state;",
    )
    .unwrap();
    drop(conn);
    assert_eq!(
        stock_of(&env, "CUP", "2026-05-07"),
        ("20".into(), "2300".into())
    );
    assert_eq!(
        stock_of(&env, "CUP", "2026-05-31"),
        ("15".into(), "1725".into())
    );
    env.run(&["inventory", "issue", "CUP", "1", "--date", "2026-05-12"]);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let missing: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM inv_movement WHERE quantity_after IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(missing, 0);
    assert_eq!(
        stock_of(&env, "CUP", "2026-05-31"),
        ("14".into(), "1610".into())
    );
}

#[test]
fn a_bulk_import_posts_one_entry_per_day_and_kind_with_tax_per_receipt() {
    let env = setup();
    // BEAN is taxed at 8%. Tax is rounded down per receipt (one delivery, one invoice):
    // 3 × 333 = 999 → 79, 1 × 333 = 333 → 26; together 105, not floor(1,332 × 8%) = 106.
    let file = env.file(
        "moves.csv",
        "date,kind,item,quantity,unit_cost,from,to,ref\n\
         2026-05-01,receive,BEAN,3,333,,WH,\n\
         2026-05-01,receive,BEAN,1,333,,WH,\n\
         2026-05-01,receive,PAPER,10,50,,WH,\n\
         2026-05-02,issue,BEAN,2,,WH,,\n\
         2026-05-02,issue,PAPER,2,,WH,SALES,\n\
         2026-05-02,issue,PAPER,2,,WH,SALES,\n\
         2026-05-02,transfer,BEAN,1,,WH,SHOP,\n"
            .as_bytes(),
    );
    env.run(&["inventory", "import", &file]);
    let journal = env.json(&["ledger", "journal"]);
    let rows = journal["rows"].as_array().unwrap();
    let memos: std::collections::BTreeSet<&str> =
        rows.iter().map(|r| r["memo"].as_str().unwrap()).collect();
    assert_eq!(
        memos.into_iter().collect::<Vec<_>>(),
        ["入庫 3件 (一括取込)", "出庫 3件 (一括取込)"]
    );
    let line = |memo: &str, code: &str, side: &str| -> String {
        rows.iter()
            .filter(|r| r["memo"] == memo && r["account_code"] == code && !r[side].is_null())
            .map(|r| r[side].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
            .join("+")
    };
    assert_eq!(line("入庫 3件 (一括取込)", "1200", "debit"), "1332");
    assert_eq!(line("入庫 3件 (一括取込)", "1240", "debit"), "500");
    // 10% and 8% stay apart: 50 and 105.
    assert_eq!(line("入庫 3件 (一括取込)", "1350", "debit"), "50+105");
    assert_eq!(line("入庫 3件 (一括取込)", "2110", "credit"), "1987");
    // Goods at cost (2 × 333); supplies expensed to where they went, both issues in one line.
    assert_eq!(line("出庫 3件 (一括取込)", "5200", "debit"), "666");
    assert_eq!(line("出庫 3件 (一括取込)", "6270", "debit"), "200");
    let supplies = rows.iter().find(|r| r["account_code"] == "6270").unwrap();
    assert_eq!(supplies["description"], "→ SALES");
    // The movement ledger links each movement to the entry it is part of.
    let ledger = env.json(&["inventory", "ledger", "PAPER"]);
    let entries: Vec<&serde_json::Value> = ledger["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["entry_id"])
        .collect();
    assert_eq!(entries.len(), 3);
    assert!(entries[0].is_i64() && entries[1].is_i64(), "{ledger}");
    assert_ne!(entries[0], entries[1]);
    assert_eq!(entries[1], entries[2]);
    // The two identical rows are two movements; importing the file again names its first line.
    assert_eq!(
        stock_of(&env, "PAPER", "2026-05-31"),
        ("6".into(), "300".into())
    );
    let stderr = env.fails(&["inventory", "import", &file], 1);
    assert!(
        stderr.contains("moves.csv:2: this row was already imported"),
        "{stderr}"
    );
    // The bulk transaction leaves the file in WAL mode, and every reference resolves.
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let check = env.json(&["check"]);
    let fk = check["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["check"] == "foreign_keys")
        .unwrap_or_else(|| panic!("{check}"))
        .clone();
    assert_eq!(fk["status"], "ok");
}

#[test]
fn periodic_bookkeeping_posts_receipts_to_purchases_and_books_the_stock_at_period_end() {
    let env = setup();
    env.run(&["company", "set", "inventory_goods_bookkeeping", "三分法"]);
    env.run(&[
        "inventory",
        "receive",
        "CUP",
        "10",
        "--cost",
        "100",
        "--location",
        "WH",
        "--date",
        "2026-05-01",
    ]);
    env.run(&[
        "inventory",
        "issue",
        "CUP",
        "4",
        "--location",
        "WH",
        "--date",
        "2026-05-10",
    ]);
    // 三分法: the receipt goes to 仕入高 (5110), the issue posts nothing.
    assert_eq!(balance(&env, "5110"), "1000");
    assert_eq!(balance(&env, "1200"), "0");
    assert_eq!(balance(&env, "5200"), "0");
    let booked = env.json(&["inventory", "book-stock", "--as-of", "2026-05-31"]);
    assert_eq!(row(&booked, "account", "1200 商品")["difference"], "600");
    assert_eq!(balance(&env, "1200"), "600");
    assert_eq!(balance(&env, "5190"), "600");
    // Booking again finds nothing to post.
    let again = env.json(&["inventory", "book-stock", "--as-of", "2026-05-31"]);
    assert_eq!(row(&again, "account", "1200 商品")["difference"], "0");
    assert!(again["rows"][0]["entry_id"].is_null());
    env.run(&["company", "set", "inventory_goods_bookkeeping", "perpetual"]);
    let stderr = env.fails(&["inventory", "book-stock", "--as-of", "2026-05-31"], 1);
    assert!(stderr.contains("periodic"), "{stderr}");
}

#[test]
fn supplies_go_to_employees_and_usage_adds_up_by_department() {
    let env = setup();
    env.run(&[
        "people",
        "add",
        "E001",
        "山田太郎",
        "--hire-date",
        "2020-04-01",
        "--department",
        "営業部",
    ]);
    env.run(&[
        "inventory",
        "receive",
        "PAPER",
        "10",
        "--cost",
        "50",
        "--location",
        "WH",
        "--date",
        "2026-05-01",
    ]);
    // An employee code becomes a location of kind employee on first use.
    env.run(&[
        "inventory",
        "issue",
        "PAPER",
        "2",
        "--from",
        "WH",
        "--to",
        "E001",
        "--date",
        "2026-05-11",
    ]);
    env.run(&[
        "inventory",
        "issue",
        "PAPER",
        "3",
        "--from",
        "WH",
        "--to",
        "SALES",
        "--date",
        "2026-05-12",
    ]);
    let locations = env.json(&["inventory", "locations", "list"]);
    assert_eq!(row(&locations, "code", "E001")["kind"], "employee");
    let by_location = env.json(&[
        "inventory",
        "usage",
        "--from",
        "2026-05-01",
        "--to",
        "2026-05-31",
    ]);
    assert_eq!(row(&by_location, "to", "E001")["value"], "100");
    assert_eq!(row(&by_location, "to", "SALES")["value"], "150");
    let by_department = env.json(&[
        "inventory",
        "usage",
        "--from",
        "2026-05-01",
        "--to",
        "2026-05-31",
        "--by",
        "department",
    ]);
    assert_eq!(by_department["rows"].as_array().unwrap().len(), 1);
    assert_eq!(row(&by_department, "to", "営業部")["quantity"], "5");
    assert_eq!(row(&by_department, "to", "営業部")["value"], "250");
    let at_wh = env.json(&[
        "inventory",
        "stock",
        "--location",
        "WH",
        "--as-of",
        "2026-05-31",
    ]);
    assert_eq!(row(&at_wh, "sku", "PAPER")["quantity"], "5");
    env.fails(&["inventory", "stock", "--location", "MOON"], 1);
    env.fails(&["inventory", "issue", "PAPER", "1", "--to", "NOBODY"], 1);
}

/// A long file into an empty movement table is a first load: the item index is set aside for
/// the whole import and built once at the end. The books tie, the index is back, a later
/// back-dated receipt revalues through it — and stock and value are what the same file gives
/// recorded the usual way (into a table that already holds a movement).
#[test]
fn a_first_load_of_a_long_file_ties_to_the_books_and_matches_the_usual_way() {
    let mut text = String::from("date,kind,item,quantity,unit_cost,from,to,ref\n");
    let start = chrono::NaiveDate::from_ymd_opt(2024, 4, 1).unwrap();
    for day in 0..1100u64 {
        let date = start + chrono::Days::new(day);
        for n in 0..15 {
            let cost = 300 + (day * 7 + n) % 90;
            text.push_str(&format!("{date},receive,BEAN,5,{cost},,WH,r{day}-{n}\n"));
            text.push_str(&format!("{date},issue,BEAN,3,,WH,,i{day}-{n}\n"));
        }
    }
    assert!(text.len() > 1 << 20, "{} bytes", text.len());
    let late =
        "date,kind,item,quantity,unit_cost,from,to,ref\n2025-01-15,receive,BEAN,10,999,,WH,late\n";
    let first = setup();
    let usual = setup();
    usual.run(&[
        "inventory",
        "receive",
        "CUP",
        "1",
        "--cost",
        "10",
        "--to",
        "WH",
        "--date",
        "2024-01-05",
    ]);
    for env in [&first, &usual] {
        let file = env.file("long.csv", text.as_bytes());
        env.run(&["-q", "inventory", "import", &file]);
        env.run(&[
            "-q",
            "inventory",
            "import",
            &env.file("late.csv", late.as_bytes()),
        ]);
        env.run(&["check"]);
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        let sql = "SELECT sql FROM sqlite_master WHERE name = 'inv_movement_item'";
        assert_eq!(
            crate::common::texts(&conn, sql),
            ["CREATE INDEX inv_movement_item ON inv_movement (item_id, date, id)"]
        );
    }
    // 1,100 days × 15 × (5 − 3) + 10.
    let bean = stock_of(&first, "BEAN", "2027-12-31");
    assert_eq!(bean.0, "33010");
    assert_eq!(bean, stock_of(&usual, "BEAN", "2027-12-31"));
    assert_eq!(
        stock_of(&first, "BEAN", "2025-06-30"),
        stock_of(&usual, "BEAN", "2025-06-30")
    );
    // The late receipt was valued again from a checkpoint (an item's state after every 64th
    // movement): the same stock, value and books as one file holding it in
    // its place (after that day's rows), valued once from the first movement.
    let day = "2025-01-15,issue,BEAN,3,,WH,,i289-14\n";
    let in_place = text.replacen(
        day,
        &format!("{day}{}", &late[late.find('\n').unwrap() + 1..]),
        1,
    );
    assert_ne!(in_place, text);
    let whole = setup();
    whole.run(&[
        "-q",
        "inventory",
        "import",
        &whole.file("all.csv", in_place.as_bytes()),
    ]);
    for as_of in ["2025-01-15", "2025-06-30", "2027-12-31"] {
        assert_eq!(
            stock_of(&first, "BEAN", as_of),
            stock_of(&whole, "BEAN", as_of),
            "{as_of}"
        );
    }
    // The books close the same; the late receipt's import also moved the revaluation of the
    // issues after it between 商品 and 売上原価 (turnover only).
    let closing = |env: &Env| -> Vec<String> {
        let csv = env.run(&["--format", "csv", "ledger", "trial-balance"]);
        let columns = |l: &str| {
            let f: Vec<&str> = l.split(',').collect();
            format!("{} {}", f[0], f[6])
        };
        csv.lines().map(columns).collect()
    };
    assert_eq!(closing(&first), closing(&whole));
    assert!(closing(&first).contains(&"5200 694260".to_string()));
}
