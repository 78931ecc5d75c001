//! Paying suppliers from the outside: a payment run, its 全銀 総合振込 file byte for byte
//! (種別 21, EDI with the bills' numbers), the fee deducted when the supplier bears it,
//! confirmation settling the bills, partial payments splitting the withholding, bills paid by
//! hand, aging as of a day, the month's withheld tax and the 支払調書. Layout:
//! shared/japan-rules.md §6 and §11.

use crate::common::{Env, row};

fn setup() -> Env {
    let env = Env::with_company();
    for (key, value) in [
        ("payroll_consignor_code", "1234567890"),
        ("payroll_consignor_name", "ｶ)ﾃｽﾄ"),
        ("payroll_bank_code", "0001"),
        ("payroll_bank_name", "ﾐｽﾞﾎ"),
        ("payroll_branch_code", "001"),
        ("payroll_branch_name", "ﾎﾝﾃﾝ"),
        ("payroll_account_number", "1234567"),
        ("payables_transfer_fee", "330/440"),
        ("payables_consignor_code", "9999999999"),
    ] {
        env.run(&["company", "set", key, value]);
    }
    env.run(&[
        "payables",
        "suppliers",
        "add",
        "DENKI",
        "東京電気工事株式会社",
        "--registration-number",
        "T5010001008846",
        "--bank-code",
        "0005",
        "--branch-code",
        "123",
        "--bank-name",
        "ミツビシユーエフジェイ",
        "--branch-name",
        "シンジュク",
        "--account-number",
        "7654321",
        "--holder-kana",
        "ﾄｳｷﾖｳﾃﾞﾝｷｺｳｼﾞ(ｶ",
        "--fee-bearer",
        "supplier",
    ]);
    env.run(&[
        "payables",
        "suppliers",
        "add",
        "LAW",
        "山田法律事務所",
        "--registration-number",
        "T1180301018771",
        "--withholding",
        "fee",
        "--bank-code",
        "0009",
        "--branch-code",
        "001",
        "--type",
        "当座",
        "--account-number",
        "1111111",
        "--holder-kana",
        "ﾔﾏﾀﾞ ﾀﾛｳ",
    ]);
    for (supplier, date, number, line) in [
        ("DENKI", "2026-04-10", "INV-0042", "配線工事;100000;10"),
        ("DENKI", "2026-04-20", "INV-0043", "部材;20000;10"),
        ("LAW", "2026-04-30", "2026-17", "顧問料;50000;10"),
    ] {
        env.run(&[
            "payables",
            "bills",
            "add",
            "--supplier",
            supplier,
            "--date",
            date,
            "--number",
            number,
            "--line",
            line,
        ]);
    }
    env
}

fn bill(env: &Env, id: i64) -> serde_json::Value {
    let list = env.json(&["payables", "bills", "list"]);
    let rows = list["rows"].as_array().unwrap();
    rows.iter()
        .find(|r| r["id"] == id)
        .expect("the bill")
        .clone()
}

fn records(bytes: &[u8]) -> Vec<String> {
    let text = encoding_rs::SHIFT_JIS.decode(bytes).0.to_string();
    let records: Vec<String> = text.split("\r\n").map(str::to_string).collect();
    assert_eq!(
        records.last().map(String::as_str),
        Some(""),
        "CR LF after each"
    );
    records[..records.len() - 1].to_vec()
}

/// The 120-byte records of 総合振込: header 種別 21 with the 総合振込 委託者コード, one data record
/// per supplier (its bills together, EDI = their numbers, 振込指定区分 7, 識別表示 Y), the fee
/// deducted from the supplier that bears it, the trailer's count and sum.
#[test]
fn a_run_writes_the_general_transfer_file_byte_for_byte() {
    let env = setup();
    let run = env.json(&[
        "payables",
        "run",
        "--date",
        "2026-05-29",
        "--due-through",
        "2026-05-31",
    ]);
    let denki = row(&run, "supplier", "DENKI");
    assert_eq!(denki["settled"], "132000");
    assert_eq!(denki["deducted"], "440");
    assert_eq!(denki["transfer"], "131560");
    assert_eq!(row(&run, "supplier", "LAW")["withheld"], "5105");
    let out = env.dir.path().join("sogo.txt");
    let path = out.display().to_string();
    env.run(&["payables", "transfer", "--run", "1", "-o", &path]);
    let bytes = std::fs::read(&out).unwrap();
    for record in bytes.split(|b| *b == b'\n').filter(|r| !r.is_empty()) {
        assert_eq!(record.len(), 121, "120 bytes and CR");
    }
    let r = records(&bytes);
    assert_eq!(r.len(), 5);
    assert_eq!(&r[0][..14], "12109999999999");
    assert!(r[0].contains("ｶ)ﾃｽﾄ"));
    assert!(r[0].contains("05290001ﾐｽﾞﾎ"), "{}", r[0]);
    let denki = &r[1];
    assert!(
        denki.starts_with("20005ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ  123ｼﾝｼﾞﾕｸ         000017654321"),
        "{denki}"
    );
    assert!(denki.contains("ﾄｳｷﾖｳﾃﾞﾝｷｺｳｼﾞ(ｶ"));
    assert!(
        denki.contains("00001315600INV-0042 INV-0043   7Y"),
        "{denki}"
    );
    let law = &r[2];
    assert!(law.contains("000021111111ﾔﾏﾀﾞ ﾀﾛｳ"), "当座 = 2: {law}");
    assert!(law.contains("00000498950"), "{law}");
    assert_eq!(&r[3][..19], "8000002000000181455");
    assert!(r[4].starts_with('9'));
}

#[test]
fn confirming_settles_the_bills_and_posts_the_transfers_and_the_fees() {
    let env = setup();
    env.run(&[
        "payables",
        "run",
        "--date",
        "2026-05-29",
        "--due-through",
        "2026-05-31",
    ]);
    env.run(&["payables", "confirm", "--run", "1"]);
    for id in [1, 2, 3] {
        assert_eq!(bill(&env, id)["status"], "paid");
        assert_eq!(bill(&env, id)["outstanding"], "0");
    }
    let due = env.json(&["payables", "due", "--within", "60d"]);
    assert!(due["rows"].as_array().unwrap().is_empty());
    // 普通預金: 181,455 transferred + 880 the bank's fees (440 × 2, tax included).
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-05-31"]);
    assert_eq!(row(&tb, "code", "1120")["closing"], "-182335");
    // 支払手数料: 800 charged, 400 of it deducted from DENKI's transfer.
    assert_eq!(row(&tb, "code", "6330")["closing"], "400");
    assert_eq!(row(&tb, "code", "2130")["closing"], "0");
    // The bank's statement shows the 総合振込 and its fees as two withdrawals: both are linked to
    // the entries the confirmation posted, nothing posted twice.
    env.run(&["bank", "accounts", "add", "MAIN"]);
    let csv = env.file(
        "smbc.csv",
        "年月日,お引出し,お預入れ,お取り扱い内容,残高,メモ,ラベル\n2026/05/29,181455,,ｿｳｺﾞｳﾌﾘｺﾐ,818545,,\n2026/05/29,880,,ﾌﾘｺﾐﾃｽｳﾘﾖｳ,817665,,\n"
            .as_bytes(),
    );
    env.run(&["bank", "import", &csv, "--account", "MAIN"]);
    let matched = env.json(&["bank", "match"]);
    for line in matched["rows"].as_array().unwrap() {
        assert_eq!(line["result"], "settled", "{line}");
    }
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-05-31"]);
    assert_eq!(
        row(&tb, "code", "1120")["closing"],
        "-182335",
        "not posted twice"
    );
    // Paid bills are not voided; a confirmed run is not confirmed again or cancelled.
    env.fails(&["payables", "bills", "void", "1", "--reason", "x"], 1);
    env.fails(&["payables", "confirm", "--run", "1"], 1);
    env.fails(&["payables", "cancel", "--run", "1"], 1);
    // The month's withheld tax and the year's 支払調書.
    let w = env.json(&["payables", "withholding", "--month", "2026-05"]);
    let fee = row(&w, "class", "fee");
    assert_eq!(
        (fee["people"].as_i64(), fee["paid"].as_str()),
        (Some(1), Some("55000"))
    );
    assert_eq!(fee["tax"], "5105");
    let table = env.run(&["payables", "withholding", "--month", "2026-05"]);
    assert!(table.contains("税理士等の報酬"), "{table}");
    let s = env.json(&["payables", "statements", "--year", "2026"]);
    assert_eq!(row(&s, "supplier", "LAW")["withheld"], "5105");
    let pdf = env.dir.path().join("chosho.pdf");
    let path = pdf.display().to_string();
    env.run(&["payables", "statements", "--year", "2026", "-o", &path]);
    let text = crate::common::pdf_text(&pdf);
    for expected in [
        "令和8年分 報酬、料金、契約金及び賞金の支払調書",
        "山田法律事務所",
        "55,000",
        "5,105",
        "テスト株式会社",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    env.fails(
        &[
            "payables",
            "statements",
            "--year",
            "2025",
            "-o",
            &path,
            "--force",
        ],
        1,
    );
}

/// A statement that lists each transfer of the run and each fee on its own line (as many banks'
/// internet statements do) matches part by part: every line settled against the run's entries,
/// nothing posted twice, nothing left outstanding in the reconciliation.
#[test]
fn a_statement_listing_each_transfer_matches_the_run_line_by_line() {
    let env = setup();
    env.run(&[
        "payables",
        "run",
        "--date",
        "2026-05-29",
        "--due-through",
        "2026-05-31",
    ]);
    env.run(&["payables", "confirm", "--run", "1"]);
    env.run(&["bank", "accounts", "add", "MAIN"]);
    // DENKI 132,000 less the ¥440 it bears = 131,560; LAW 55,000 less ¥5,105 withheld = 49,895;
    // the bank's ¥440 for each transfer.
    let csv = env.file(
        "smbc.csv",
        "年月日,お引出し,お預入れ,お取り扱い内容,残高,メモ,ラベル\n\
         2026/05/29,131560,,ﾌﾘｺﾐ ﾄｳｷﾖｳﾃﾞﾝｷｺｳｼﾞ,868440,,\n\
         2026/05/29,440,,ﾌﾘｺﾐﾃｽｳﾘﾖｳ,868000,,\n\
         2026/05/29,49895,,ﾌﾘｺﾐ ﾔﾏﾀﾞ ﾀﾛｳ,818105,,\n\
         2026/05/29,440,,ﾌﾘｺﾐﾃｽｳﾘﾖｳ,817665,,\n"
            .as_bytes(),
    );
    env.run(&["bank", "import", &csv, "--account", "MAIN"]);
    let matched = env.json(&["bank", "match"]);
    let rows = matched["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 4, "{matched}");
    for line in rows {
        assert_eq!(line["result"], "settled", "{line}");
    }
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-05-31"]);
    assert_eq!(
        row(&tb, "code", "1120")["closing"],
        "-182335",
        "not posted twice"
    );
    let rec = env.json(&[
        "bank",
        "reconcile",
        "--account",
        "MAIN",
        "--as-of",
        "2026-05-31",
    ]);
    let text = rec.to_string();
    assert!(
        !text.contains("総合振込 "),
        "no transfer left outstanding: {rec}"
    );
    // Unmatching one transfer line puts just that transfer back among the outstanding items.
    env.run(&["bank", "unmatch", "3"]);
    let rec = env.json(&[
        "bank",
        "reconcile",
        "--account",
        "MAIN",
        "--as-of",
        "2026-05-31",
    ]);
    let text = rec.to_string();
    assert!(text.contains("総合振込 山田法律事務所"), "{rec}");
    assert!(!text.contains("総合振込 東京電気工事"), "{rec}");
}

/// A partial payment takes its share of the withholding, rounded down; the last payment takes
/// what is left, so the shares add up to the bill's withholding.
#[test]
fn partial_payments_split_the_withholding_and_add_up() {
    let env = setup();
    // Bill 3: 55,000 tax included, 5,105 withheld, 49,895 to pay.
    env.run(&[
        "payables",
        "run",
        "--date",
        "2026-05-08",
        "--pay",
        "3=20000",
    ]);
    let run = env.json(&["payables", "runs", "1"]);
    // 5,105 × 20,000 / 49,895 = 2,046.3 → 2,046.
    assert_eq!(row(&run, "supplier", "LAW")["withheld"], "2046");
    assert_eq!(
        run["rows"].as_array().unwrap().len(),
        1,
        "only the bill asked for"
    );
    env.run(&["payables", "confirm", "--run", "1"]);
    assert_eq!(bill(&env, 3)["status"], "partly paid");
    assert_eq!(bill(&env, 3)["outstanding"], "29895");
    env.fails(
        &[
            "payables",
            "pay",
            "3",
            "--date",
            "2026-05-20",
            "--amount",
            "29896",
        ],
        1,
    );
    env.run(&[
        "payables",
        "pay",
        "3",
        "--date",
        "2026-06-05",
        "--from",
        "現金",
    ]);
    assert_eq!(bill(&env, 3)["status"], "paid");
    let may = env.json(&["payables", "withholding", "--month", "2026-05"]);
    let june = env.json(&["payables", "withholding", "--month", "2026-06"]);
    assert_eq!(row(&may, "class", "fee")["tax"], "2046");
    assert_eq!(row(&june, "class", "fee")["tax"], "3059");
    // Aging as it stood: on 31 May the bill still owed 29,895.
    let aging = env.json(&["payables", "aging", "--as-of", "2026-05-31"]);
    assert_eq!(row(&aging, "supplier", "LAW")["total"], "29895");
    let aging = env.json(&["payables", "aging", "--as-of", "2026-06-30"]);
    assert!(row_missing(&aging, "LAW"));
}

fn row_missing(report: &serde_json::Value, supplier: &str) -> bool {
    report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["supplier"] != supplier)
}

#[test]
fn a_run_stops_on_what_the_bank_file_cannot_carry_and_on_bills_changed_since() {
    let env = setup();
    env.run(&["payables", "suppliers", "add", "NOBANK", "口座なし商店"]);
    env.run(&[
        "payables",
        "bills",
        "add",
        "--supplier",
        "NOBANK",
        "--date",
        "2026-04-15",
        "--line",
        "備品;3000;10",
    ]);
    let before = env.fingerprint();
    let err = env.fails(&["payables", "run", "--date", "2026-05-31"], 1);
    assert!(err.contains("NOBANK") && err.contains("bank_code"), "{err}");
    assert_eq!(env.fingerprint(), before, "nothing stored");
    // Without it, the run goes; re-running replaces the draft.
    env.run(&[
        "payables",
        "run",
        "--date",
        "2026-05-31",
        "--supplier",
        "DENKI",
    ]);
    env.run(&[
        "payables",
        "run",
        "--date",
        "2026-05-31",
        "--supplier",
        "DENKI",
        "--supplier",
        "LAW",
    ]);
    let runs = env.json(&["payables", "runs"]);
    assert_eq!(runs["rows"].as_array().unwrap().len(), 1, "one draft");
    let draft = runs["rows"][0]["run"].to_string();
    // A bill voided after the run was built stops the confirmation.
    env.run(&["payables", "bills", "void", "2", "--reason", "二重請求"]);
    let err = env.fails(&["payables", "confirm", "--run", &draft], 1);
    assert!(err.contains("changed since"), "{err}");
    env.run(&["payables", "cancel", "--run", &draft]);
    assert!(
        env.json(&["payables", "runs"])["rows"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    // Nothing due: a clear error.
    let err = env.fails(&["payables", "run", "--date", "2026-04-01"], 1);
    assert!(err.contains("no open bills"), "{err}");
}

/// The bill's scan goes to the archive with the 電帳法 keys (date, amount, counterparty) and is
/// linked to the bill and its entry; a bill whose scan cannot be read is not entered.
#[test]
fn a_bills_scan_is_archived_with_its_keys() {
    let env = setup();
    let scan = env.file("scan.pdf", b"%PDF-1.4 a scanned bill");
    env.run(&[
        "payables",
        "bills",
        "add",
        "--supplier",
        "LAW",
        "--date",
        "2026-05-31",
        "--number",
        "2026-22",
        "--line",
        "顧問料;50000;10",
        "--file",
        &scan,
    ]);
    let shown = env.run(&["payables", "bills", "show", "4"]);
    assert!(shown.contains("scan: document 1"), "{shown}");
    let docs = env.json(&["docs", "search", "--counterparty", "山田法律事務所"]);
    let doc = &docs["rows"][0];
    assert_eq!(
        (doc["date"].as_str(), doc["amount"].as_str()),
        (Some("2026-05-31"), Some("55000"))
    );
    assert_eq!(doc["type"], "invoice");
    let before = env.fingerprint();
    let err = env.fails(
        &[
            "payables",
            "bills",
            "add",
            "--supplier",
            "LAW",
            "--date",
            "2026-05-31",
            "--line",
            "顧問料;50000;10",
            "--file",
            "missing.pdf",
        ],
        1,
    );
    assert!(err.contains("missing.pdf"), "{err}");
    assert_eq!(env.fingerprint(), before);
}

/// Month end: a bill due and unpaid is a warning, the fee withheld in May and unpaid by
/// 10 June a warning in June's close; paying them clears both.
#[test]
fn the_close_warns_of_unpaid_bills_and_withheld_tax() {
    let env = setup();
    let may = env.json(&["close", "--month", "2026-05", "--dry-run"]);
    let bills = row(&may, "item", "bills_paid");
    assert_eq!(bills["status"], "warn");
    assert!(bills["detail"].as_str().unwrap().contains("LAW"), "{bills}");
    env.run(&[
        "payables",
        "run",
        "--date",
        "2026-05-29",
        "--due-through",
        "2026-05-31",
    ]);
    env.run(&["payables", "confirm", "--run", "1"]);
    let may = env.json(&["close", "--month", "2026-05", "--dry-run"]);
    assert_eq!(row(&may, "item", "bills_paid")["status"], "ok");
    let june = env.json(&["close", "--month", "2026-06", "--dry-run"]);
    let tax = row(&june, "item", "withheld_tax_paid");
    assert_eq!(tax["status"], "warn");
    assert!(
        tax["detail"].as_str().unwrap().contains("2026-06-10"),
        "{tax}"
    );
    // Paid on 10 June (here booked by hand, as a clerk would with its memo).
    env.run(&[
        "ledger",
        "post",
        "--date",
        "2026-06-10",
        "--memo",
        "2026-05 源泉所得税 納付",
        "--debit",
        "預り金=5105",
        "--credit",
        "普通預金=5105",
    ]);
    let june = env.json(&["close", "--month", "2026-06", "--dry-run"]);
    assert!(
        june["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["item"] != "withheld_tax_paid"),
        "{june}"
    );
}

/// Bills of one supplier due on different days, another's between them: still one transfer
/// per supplier, carrying all its bills.
#[test]
fn one_transfer_per_supplier_whatever_the_order_of_the_bills() {
    let env = setup();
    env.run(&[
        "payables",
        "bills",
        "add",
        "--supplier",
        "DENKI",
        "--date",
        "2026-04-30",
        "--due",
        "2026-06-15",
        "--number",
        "INV-0050",
        "--line",
        "追加工事;10000;10",
    ]);
    let run = env.json(&["payables", "run", "--date", "2026-06-15"]);
    let rows = run["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2, "{run}");
    let denki = row(&run, "supplier", "DENKI");
    assert_eq!(denki["settled"], "143000");
    assert_eq!(denki["edi"], "INV-0042 INV-0043");
}

/// A run confirmed by mistake is reversed, not deleted: its entries mirrored, the bills owed
/// again, the withholding no longer counted; a bill paid by hand likewise by its payment.
#[test]
fn a_confirmed_run_and_a_payment_by_hand_are_reversed() {
    let env = setup();
    env.run(&[
        "payables",
        "run",
        "--date",
        "2026-05-29",
        "--due-through",
        "2026-05-31",
    ]);
    env.run(&["payables", "confirm", "--run", "1"]);
    env.fails(
        &[
            "payables",
            "reverse",
            "--payment",
            "1",
            "--date",
            "2026-05-30",
        ],
        1,
    );
    env.run(&["payables", "reverse", "--run", "1", "--date", "2026-05-30"]);
    for id in [1, 2, 3] {
        assert_eq!(bill(&env, id)["status"], "open");
    }
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-05-31"]);
    assert_eq!(row(&tb, "code", "1120")["closing"], "0");
    let w = env.json(&["payables", "withholding", "--month", "2026-05"]);
    assert!(
        w["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["class"] != "fee"),
        "{w}"
    );
    assert_eq!(
        env.json(&["payables", "runs"])["rows"][0]["status"],
        "cancelled"
    );
    env.fails(&["payables", "reverse", "--run", "1"], 1);
    env.run(&[
        "payables",
        "pay",
        "3",
        "--date",
        "2026-06-01",
        "--from",
        "現金",
    ]);
    let shown = env.run(&["payables", "bills", "show", "3"]);
    assert!(shown.contains("payment 4 on 2026-06-01: 49895"), "{shown}");
    env.run(&[
        "payables",
        "reverse",
        "--payment",
        "4",
        "--date",
        "2026-06-02",
    ]);
    assert_eq!(bill(&env, 3)["outstanding"], "49895");
}
