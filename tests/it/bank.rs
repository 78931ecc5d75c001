//! Bank statements from the outside: every built-in layout read from a file written the way
//! the bank writes it (shared/bank-formats.md), 全銀 files with and without line breaks,
//! re-imports and overlapping downloads, refused files (another account, a balance gap, a bad
//! amount, an unknown layout) leaving the database unchanged, matching to invoices and booked
//! entries, rules, undoing, reconciliation, the month-end item and cash counts.

use bko::bank::zengin_writer::{AccountOut, RecordOut, render};
use bko::kernel::csvio::encode_cp932;

use crate::common::{Env, row};

fn day(d: &str) -> chrono::NaiveDate {
    d.parse().unwrap()
}

fn record(
    reference: u32,
    date: &str,
    amount: i64,
    payer: &str,
    summary: &str,
    edi: &str,
) -> RecordOut {
    RecordOut {
        reference,
        date: day(date),
        amount,
        kind: if amount > 0 { "11" } else { "18" },
        payer: payer.into(),
        summary: summary.into(),
        edi: edi.into(),
    }
}

fn main_account() -> AccountOut {
    AccountOut {
        bank_code: "0005".into(),
        branch_code: "001".into(),
        number: "1234567".into(),
        holder: "ｶ)ﾃｽﾄ".into(),
    }
}

/// A company with a bank account MAIN (0005-001-1234567) and two customers with invoices.
fn setup() -> Env {
    let env = Env::with_company();
    env.run(&[
        "bank",
        "accounts",
        "add",
        "MAIN",
        "--bank-code",
        "0005",
        "--branch-code",
        "001",
        "--type",
        "普通",
        "--number",
        "1234567",
    ]);
    for (code, name, kana) in [
        ("ALPHA", "アルファ商事株式会社", "アルファショウジ"),
        ("ALSYS", "アルファシステム株式会社", "アルファシステム"),
    ] {
        env.run(&["invoice", "customers", "add", code, name, "--kana", kana]);
    }
    for (customer, price, date) in [
        ("ALPHA", "100000", "2026-04-10"),
        ("ALPHA", "50000", "2026-04-12"),
        ("ALSYS", "100000", "2026-04-15"),
    ] {
        env.run(&[
            "invoice",
            "issue",
            "--customer",
            customer,
            "--date",
            date,
            "--line",
            &format!("作業;1;{price};10"),
            "--yes",
        ]);
    }
    env
}

fn statement(env: &Env, name: &str, records: &[RecordOut], breaks: bool) -> String {
    let bytes = render(
        &main_account(),
        (day("2026-05-01"), day("2026-05-31")),
        1_000_000,
        records,
        breaks,
    );
    env.file(name, &bytes)
}

fn lines(env: &Env, account: &str) -> Vec<serde_json::Value> {
    env.json(&["bank", "lines", "--account", account])["rows"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn a_zengin_statement_imports_once_and_a_changed_file_is_refused_whole() {
    let env = setup();
    let records = [
        record(1, "2026-05-29", 110_000, "ｶ)ｱﾙﾌｱｼﾖｳｼﾞ", "", ""),
        record(2, "2026-05-30", -5_500, "", "ﾃﾞﾝﾜﾘﾖｳ", ""),
    ];
    for breaks in [false, true] {
        let file = statement(&env, &format!("s{breaks}.txt"), &records, breaks);
        env.run(&["bank", "import", &file]);
    }
    let stored = lines(&env, "MAIN");
    assert_eq!(
        stored.len(),
        2,
        "the second import (same lines) adds nothing: {stored:?}"
    );
    assert_eq!(stored[0]["deposit"], "110000");
    assert_eq!(stored[1]["balance"], "1104500");
    // Another account's file, a cut file and a dry run change nothing.
    let other = AccountOut {
        number: "7654321".into(),
        ..main_account()
    };
    let bytes = render(
        &other,
        (day("2026-05-01"), day("2026-05-31")),
        0,
        &records,
        true,
    );
    let file = env.file("other.txt", &bytes);
    let err = env.fails(&["bank", "import", &file, "--account", "MAIN"], 1);
    assert!(err.contains("7654321"), "{err}");
    let err = env.fails(&["bank", "import", &file], 1);
    assert!(err.contains("not registered"), "{err}");
    let full = statement(&env, "full.txt", &records, true);
    let bytes = std::fs::read(&full).unwrap();
    let mut cut: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
    cut.remove(1);
    let file = env.file("cut.txt", &cut.join(&b"\n"[..]));
    let err = env.fails(&["bank", "import", &file], 1);
    assert!(
        err.contains("入金件数") && err.contains("cut.txt:"),
        "{err}"
    );
    let fresh = statement(
        &env,
        "june.txt",
        &[record(3, "2026-05-31", 1_000, "ﾀﾅｶ", "", "")],
        true,
    );
    let before = env.fingerprint();
    env.run(&["bank", "import", &fresh, "--dry-run"]);
    assert_eq!(before, env.fingerprint(), "a dry run changes nothing");
}

/// One file per built-in layout, as shared/bank-formats.md describes the download.
const LAYOUTS: &[(&str, &str, &str)] = &[
    (
        "mufg",
        "bank",
        "日付,摘要,摘要内容,支払い金額,預かり金額,差引残高,メモ,未資金化区分,入払区分\n2026/4/2,振込１,ｱﾙﾌｱｼﾖｳｼﾞ,,\"110,000\",\"1,110,000\",,,入金\n2026/4/3,口座振替,ﾃﾞﾝﾜﾘﾖｳ,\"5,500\",,\"1,104,500\",,,支払\n",
    ),
    (
        "smbc",
        "bank",
        "年月日,お引出し,お預入れ,お取り扱い内容,残高,メモ,ラベル\n2026/04/02,,110000,ｶ)ｱﾙﾌｱ,1110000,,\n2026/04/03,5500,,ﾃﾞﾝﾜﾘﾖｳ,1104500,,\n",
    ),
    (
        "mizuho",
        "bank",
        "みずほ銀行\n口座\n1\n2\n3\n4\n5\n6\n7\n日付,お引出金額,お預入金額,お取引内容,残高\n2026.04.02,,110000,ｱﾙﾌｱ,1110000\n2026.04.03,5500,,ﾃﾞﾝﾜﾘﾖｳ,1104500\n",
    ),
    (
        "yucho",
        "bank",
        "ゆうちょ\n1\n2\n3\n4\n5\n6\n取引日,入出金明細ＩＤ,受入金額（円）,払出金額（円）,詳細１,詳細２,現在（貸付）高,\n20260402,0001,110000,,振込,ｱﾙﾌｱ,1110000,\n20260403,0002,,5500,ﾃﾞﾝﾜﾘﾖｳ,,1104500,\n",
    ),
    (
        "rakuten",
        "bank",
        "取引日,入出金(円),取引後残高(円),入出金内容\n20260402,110000,1110000,振込 ｱﾙﾌｱ\n20260403,-5500,1104500,ﾃﾞﾝﾜﾘﾖｳ\n",
    ),
    (
        "paypay",
        "bank",
        "操作日(年),操作日(月),操作日(日),操作時刻(時),操作時刻(分),操作時刻(秒),取引順番号,摘要,お支払金額,お預り金額,残高\n2026,04,02,10,00,00,1,ｱﾙﾌｱ,,110000,1110000\n2026,04,03,11,00,00,2,ﾃﾞﾝﾜﾘﾖｳ,5500,,1104500\n",
    ),
    (
        "gmo-aozora",
        "bank",
        "日付,摘要,入金金額,出金金額,残高,メモ\n20260402,ｱﾙﾌｱ,110000,,1110000,\n20260403,ﾃﾞﾝﾜﾘﾖｳ,,5500,1104500,\n",
    ),
    (
        "sumishin-sbi",
        "bank",
        "日付,内容,出金金額(円),入金金額(円),残高(円),メモ\n2026/04/03,ﾃﾞﾝﾜﾘﾖｳ,5500,,1104500,-\n2026/04/02,振込 ｱﾙﾌｱ,,110000,1110000,-\n",
    ),
    (
        "sbi-shinsei",
        "bank",
        "\u{feff}取引日,摘要,出金金額,入金金額,残高,メモ\n2026/04/02,ｱﾙﾌｱ,,110000,1110000,\n2026/04/03,ﾃﾞﾝﾜﾘﾖｳ,5500,,1104500,\n",
    ),
    (
        "anser",
        "bank",
        "\"照会口座\",\"番号\",\"勘定日\",\"起算日\",\"出金金額(円)\",\"入金金額(円)\",\"小切手区分\",\"残高(円)\",\"取引区分\",\"明細区分\",\"金融機関名\",\"支店名\",\"摘要\"\n\"1234567\",\"1\",\"2026年04月02日\",\"2026年04月02日\",\"\",\"110000\",\"\",\"1110000\",\"振込\",\"\",\"\",\"\",\"ｱﾙﾌｱ\"\n\"1234567\",\"2\",\"2026年04月03日\",\"2026年04月03日\",\"5500\",\"\",\"\",\"1104500\",\"振替\",\"\",\"\",\"\",\"ﾃﾞﾝﾜﾘﾖｳ\"\n",
    ),
    (
        "smbc-card",
        "card",
        "山田 太郎 様\nご利用日,ご利用店名 ※,ご利用金額,支払区分,今回回数,お支払い金額\n2026/04/02,ｱﾏｿﾞﾝ,5500,1回,1,5500\n2026/04/03,ｺﾝﾋﾞﾆ,1100,1回,1,1100\n,,,,,6600\n",
    ),
    (
        "rakuten-card",
        "card",
        "利用日,利用店名・商品名,利用者,支払方法,利用金額,支払手数料,支払総額,5月支払金額\n2026/04/02,ｱﾏｿﾞﾝ,本人,1回払い,5500,0,5500,5500\n2026/04/03,ｺﾝﾋﾞﾆ,本人,1回払い,1100,0,1100,1100\n",
    ),
    (
        "jcb-card",
        "card",
        "ご利用者,カテゴリ,ご利用日,ご利用先など,ご利用金額(￥),支払区分\n本人,ショッピング,2026/04/02,ｱﾏｿﾞﾝ,5500,1回\n本人,ショッピング,2026/04/03,ｺﾝﾋﾞﾆ,1100,1回\n",
    ),
];

#[test]
fn every_built_in_layout_is_detected_and_read_from_cp932() {
    let env = Env::with_company();
    for (index, (profile, kind, text)) in LAYOUTS.iter().enumerate() {
        let code = format!("A{index}");
        env.run(&["bank", "accounts", "add", &code, "--kind", kind]);
        let bytes = if *profile == "sbi-shinsei" {
            text.as_bytes().to_vec()
        } else {
            encode_cp932(text).unwrap()
        };
        let file = env.file(&format!("{profile}.csv"), &bytes);
        let out = env
            .bko()
            .args(["bank", "import", &file, "--account", &code])
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{profile}: {said}");
        assert!(
            said.contains(&format!("({profile},")),
            "{profile} detected: {said}"
        );
        let got = lines(&env, &code);
        let amounts: Vec<(&str, &str)> = got
            .iter()
            .map(|l| {
                (
                    l["date"].as_str().unwrap(),
                    l["deposit"].as_str().or(l["withdrawal"].as_str()).unwrap(),
                )
            })
            .collect();
        if *kind == "card" {
            assert_eq!(
                amounts,
                [("2026-04-02", "5500"), ("2026-04-03", "1100")],
                "{profile}"
            );
            assert!(
                got.iter().all(|l| l["deposit"].is_null()),
                "card charges are money out: {profile}"
            );
        } else {
            assert_eq!(
                amounts,
                [("2026-04-02", "110000"), ("2026-04-03", "5500")],
                "{profile}"
            );
            assert_eq!(got[1]["balance"], "1104500", "{profile}");
        }
    }
}

#[test]
fn bad_files_are_refused_naming_where_and_change_nothing() {
    let env = Env::with_company();
    env.run(&["bank", "accounts", "add", "MAIN"]);
    let gap = "取引日,入出金(円),取引後残高(円),入出金内容\n20260402,110000,1110000,振込\n20260403,-5500,1100000,ﾃﾞﾝﾜ\n";
    let file = env.file("gap.csv", gap.as_bytes());
    let err = env.fails(&["bank", "import", &file, "--account", "MAIN"], 1);
    assert!(
        err.contains("gap.csv:3") && err.contains("missing or doubled"),
        "{err}"
    );
    let bad = "取引日,入出金(円),取引後残高(円),入出金内容\n20260402,110000.5,1110000,振込\n";
    let file = env.file("bad.csv", bad.as_bytes());
    let err = env.fails(&rakuten_import(&file), 1);
    assert!(
        err.contains("bad.csv:2") && err.contains("入出金(円)") && err.contains("whole yen"),
        "{err}"
    );
    let empty = env.file(
        "empty.csv",
        "取引日,入出金(円),取引後残高(円),入出金内容\n".as_bytes(),
    );
    let err = env.fails(&["bank", "import", &empty, "--account", "MAIN"], 1);
    assert!(err.contains("--through"), "{err}");
    env.run(&[
        "bank",
        "import",
        &empty,
        "--account",
        "MAIN",
        "--through",
        "2026-04-30",
    ]);
    let odd = env.file("odd.csv", "Datum,Betrag\n2026-04-02,5\n".as_bytes());
    let err = env.fails(&["bank", "import", &odd, "--account", "MAIN"], 1);
    assert!(
        err.contains("mufg:") && err.contains("jcb-card:") && err.contains("profiles add"),
        "{err}"
    );
    let short = "取引日,入出金(円),取引後残高(円),入出金内容\n20260402,110000,1110000\n";
    let file = env.file("short.csv", short.as_bytes());
    let err = env.fails(
        &[
            "bank",
            "import",
            &file,
            "--account",
            "MAIN",
            "--profile",
            "rakuten",
        ],
        1,
    );
    assert!(
        err.contains("short.csv:2") && err.contains("3 fields"),
        "{err}"
    );
    env.fails(&["bank", "import", &file, "--account", "NOPE"], 1);
}

/// A statement of `n` lines whose running balance adds up, with line `break_at` (file line)
/// off by one yen and line `bad_at` holding half a yen.
fn long_statement(n: u64, break_at: u64, bad_at: u64) -> String {
    let mut text = String::from("取引日,入出金(円),取引後残高(円),入出金内容\n");
    for line in 2..n + 2 {
        let balance = 1_000_000 + 100 * line + u64::from(line >= break_at);
        let amount = if line == bad_at { "100.5" } else { "100" };
        text.push_str(&format!("20260402,{amount},{balance},振込 {line}\n"));
    }
    text
}

/// Lines are read on a second thread while earlier ones are stored: whichever side finds a
/// problem, the one earliest in the file is reported, and nothing is stored.
#[test]
fn the_first_problem_in_a_long_statement_wins_whichever_side_finds_it() {
    let env = Env::with_company();
    env.run(&["bank", "accounts", "add", "MAIN"]);
    let gap = env.file("gap.csv", long_statement(12_000, 5_001, 9_001).as_bytes());
    let err = env.fails(&rakuten_import(&gap), 1);
    assert!(
        err.contains("gap.csv:5001") && err.contains("missing or doubled"),
        "{err}"
    );
    let bad = env.file("bad.csv", long_statement(12_000, 9_001, 5_001).as_bytes());
    let err = env.fails(&rakuten_import(&bad), 1);
    assert!(
        err.contains("bad.csv:5001") && err.contains("whole yen"),
        "{err}"
    );
    assert!(lines(&env, "MAIN").is_empty());
    let whole = env.file("whole.csv", long_statement(12_000, 0, 0).as_bytes());
    env.run(&rakuten_import(&whole));
    assert_eq!(lines(&env, "MAIN").len(), 12_000);
}

#[test]
fn a_user_profile_reads_any_layout_and_travels_as_json() {
    let env = Env::with_company();
    env.run(&["bank", "accounts", "add", "SHINKIN"]);
    env.run(&[
        "bank",
        "profiles",
        "add",
        "shinkin",
        "--date-column",
        "Date",
        "--date-format",
        "%d.%m.%Y",
        "--amount-column",
        "Amount",
        "--description-columns",
        "Text,Ref",
        "--balance-column",
        "4",
        "--skip-lines",
        "1",
        "--newest-first",
    ]);
    let text = "信用金庫 明細\nDate,Text,Amount,Balance,Ref\n03.04.2026,ﾃﾞﾝﾜ,-5500,1104500,B\n02.04.2026,ｱﾙﾌｱ,110000,1110000,A\n";
    let file = env.file("s.csv", text.as_bytes());
    env.run(&[
        "bank",
        "import",
        &file,
        "--account",
        "SHINKIN",
        "--profile",
        "shinkin",
    ]);
    let got = lines(&env, "SHINKIN");
    assert_eq!(got[0]["text"], "アルフア A");
    assert_eq!(got[1]["withdrawal"], "5500");
    let exported = env.run(&["bank", "profiles", "export"]);
    let other = Env::with_company();
    let file = other.file("profiles.json", exported.as_bytes());
    other.run(&["bank", "profiles", "import", &file]);
    let list = other.json(&["bank", "profiles", "list"]);
    assert_eq!(row(&list, "name", "shinkin")["source"], "user");
    let err = env.fails(
        &[
            "bank",
            "profiles",
            "add",
            "x",
            "--date-column",
            "D",
            "--description-columns",
            "T",
            "--amount-column",
            "A",
        ],
        1,
    );
    assert!(err.contains("date-format"), "{err}");
}

#[test]
fn identical_card_charges_on_one_day_both_stay_and_an_overlapping_download_adds_only_the_new() {
    let env = Env::with_company();
    env.run(&[
        "bank",
        "accounts",
        "add",
        "CARD",
        "--kind",
        "card",
        "--profile",
        "rakuten-card",
    ]);
    let head = "利用日,利用店名・商品名,利用者,支払方法,利用金額,支払手数料,支払総額,5月支払金額\n";
    let coffee = "2026/04/02,ｺｰﾋｰ,本人,1回払い,440,0,440,440\n";
    let first = env.file("a.csv", format!("{head}{coffee}{coffee}").as_bytes());
    env.run(&["bank", "import", &first, "--account", "CARD"]);
    let later = "2026/04/05,ｱﾏｿﾞﾝ,本人,1回払い,5500,0,5500,5500\n";
    let second = env.file("b.csv", format!("{head}{coffee}{coffee}{later}").as_bytes());
    env.run(&["bank", "import", &second, "--account", "CARD"]);
    assert_eq!(lines(&env, "CARD").len(), 3);
}

fn invoice_open(env: &Env, number: &str) -> String {
    let list = env.json(&["invoice", "list"]);
    row(&list, "number", number)["open"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn deposits_match_invoices_fees_combined_partial_and_names_are_learned() {
    let env = setup();
    env.run(&[
        "bank",
        "rules",
        "add",
        "phone",
        "--direction",
        "out",
        "--contains",
        "ﾃﾞﾝﾜ",
        "--action",
        "post",
        "--target",
        "通信費",
    ]);
    let records = [
        // INV-2026-0001 and -0002 (110,000 + 55,000) in one transfer, the legal form in front.
        record(1, "2026-05-11", 165_000, "ｶ)ｱﾙﾌｱｼﾖｳｼﾞ", "", ""),
        // INV-2026-0003 less a ¥660 fee, from the similarly named customer, legal form behind.
        record(2, "2026-05-12", 109_340, "ｱﾙﾌｱｼｽﾃﾑ(ｶ", "", ""),
        record(3, "2026-05-13", -5_500, "", "ﾃﾞﾝﾜﾘﾖｳ", ""),
        // Money from someone unknown: waits.
        record(4, "2026-05-14", 20_000, "ﾔﾏﾀﾞ ｼﾞﾛｳ", "", ""),
    ];
    let file = statement(&env, "may.txt", &records, false);
    env.run(&["bank", "import", &file]);
    let outcome = env.json(&["bank", "match"]);
    assert_eq!(outcome["rows"][3]["result"], "review", "{outcome}");
    for n in ["INV-2026-0001", "INV-2026-0002", "INV-2026-0003"] {
        assert_eq!(invoice_open(&env, n), "0", "{n} paid: {outcome}");
    }
    let settled = lines(&env, "MAIN");
    assert_eq!(settled[2]["settled_by"], "rule phone");
    let tb = env.json(&["ledger", "trial-balance", "--to", "2026-05-15"]);
    assert_eq!(
        row(&tb, "account", "支払手数料")["debit"],
        "600",
        "the ¥660 fee less its ¥60 tax: {tb}"
    );
    // Undo the combined payment: both invoices are open again, the entries reversed.
    env.run(&["bank", "unmatch", "1"]);
    assert_eq!(invoice_open(&env, "INV-2026-0001"), "110000");
    // Pay only the first by hand and remember the payer: a later transfer matches by name.
    env.run(&[
        "bank",
        "apply",
        "1",
        "--invoice",
        "INV-2026-0001",
        "INV-2026-0002",
        "--remember",
    ]);
    let review = env.json(&["bank", "review"]);
    assert_eq!(review["rows"].as_array().unwrap().len(), 1, "{review}");
    env.run(&[
        "bank",
        "apply",
        "4",
        "--ignore",
        "--reason",
        "社長の個人口座から",
    ]);
    env.fails(&["bank", "apply", "4", "--account", "雑収入"], 1);
    let rec = env.json(&[
        "bank",
        "reconcile",
        "--account",
        "MAIN",
        "--as-of",
        "2026-05-15",
    ]);
    assert_eq!(row(&rec, "item", "statement_balance")["amount"], "1288840");
    // The books never got the ¥1,000,000 opening balance, and the ignored ¥20,000 has no entry.
    assert_eq!(
        row(&rec, "item", "difference")["amount"],
        "1020000",
        "{rec}"
    );
}

#[test]
fn one_match_settles_what_a_second_would_and_a_second_changes_nothing() {
    let env = setup();
    let records = [
        // ¥110,000 from "ｱﾙﾌｱ": INV-2026-0001 (アルファ商事) or INV-2026-0003 (アルファシステム).
        record(1, "2026-05-11", 110_000, "ｱﾙﾌｱ", "", ""),
        // The next day アルファシステム pays its own: only アルファ商事's is left for the first.
        record(2, "2026-05-12", 110_000, "ｱﾙﾌｱｼｽﾃﾑ(ｶ", "", ""),
    ];
    let file = statement(&env, "may.txt", &records, false);
    env.run(&["bank", "import", &file]);
    let first = env.json(&["bank", "match"]);
    assert_eq!(invoice_open(&env, "INV-2026-0003"), "0", "{first}");
    assert_eq!(invoice_open(&env, "INV-2026-0001"), "0", "{first}");
    assert_eq!(invoice_open(&env, "INV-2026-0002"), "55000", "{first}");
    let again = env.json(&["bank", "match"]);
    assert_eq!(again["rows"].as_array().map(Vec::len), Some(0), "{again}");
}

#[test]
fn the_month_cannot_close_until_the_bank_is_reconciled() {
    let env = Env::with_company();
    env.run(&["bank", "accounts", "add", "MAIN", "--number", "1234567"]);
    env.run(&[
        "ledger",
        "post",
        "--date",
        "2026-04-01",
        "--memo",
        "開始残高",
        "--debit",
        "普通預金=1000000",
        "--credit",
        "資本金=1000000",
    ]);
    env.run(&[
        "ledger",
        "post",
        "--date",
        "2026-04-25",
        "--memo",
        "家賃",
        "--debit",
        "地代家賃=110000",
        "--credit",
        "普通預金=110000",
    ]);
    let report = env.json_exit(&["close", "--month", "2026-04"], 4);
    assert!(
        row(&report, "item", "bank_reconciled")["detail"]
            .as_str()
            .unwrap()
            .contains("no statement"),
        "{report}"
    );
    let bytes = render(
        &main_account(),
        (day("2026-04-01"), day("2026-04-30")),
        1_000_000,
        &[
            record(1, "2026-04-25", -110_000, "", "ﾔﾁﾝ", ""),
            record(2, "2026-04-30", -440, "", "ﾃｽｳﾘﾖｳ", ""),
        ],
        true,
    );
    let file = env.file("apr.txt", &bytes);
    env.run(&["bank", "import", &file]);
    env.run(&["bank", "match"]);
    let report = env.json_exit(&["close", "--month", "2026-04"], 4);
    assert!(
        row(&report, "item", "bank_reconciled")["detail"]
            .as_str()
            .unwrap()
            .contains("1 lines unmatched"),
        "{report}"
    );
    env.run(&["bank", "apply", "2", "--account", "支払手数料"]);
    let rec = env.json(&[
        "bank",
        "reconcile",
        "--account",
        "MAIN",
        "--as-of",
        "2026-04-30",
    ]);
    assert_eq!(row(&rec, "item", "difference")["amount"], "0", "{rec}");
    env.run(&["close", "--month", "2026-04"]);
}

#[test]
fn a_cash_count_compares_and_books_the_difference() {
    let env = Env::with_company();
    env.run(&["bank", "accounts", "add", "CASH", "--kind", "cash"]);
    env.run(&[
        "ledger",
        "post",
        "--date",
        "2026-04-01",
        "--memo",
        "小口",
        "--debit",
        "現金=50000",
        "--credit",
        "資本金=50000",
    ]);
    let count = env.json(&[
        "bank",
        "cash",
        "count",
        "--account",
        "CASH",
        "--date",
        "2026-04-30",
        "--denominations",
        "10000=4,5000=1,1000=4,500=1,100=4",
    ]);
    assert_eq!(count["totals"]["amount"], "49900");
    env.run(&[
        "bank",
        "cash",
        "count",
        "--account",
        "CASH",
        "--date",
        "2026-04-30",
        "--denominations",
        "10000=4,5000=1,1000=4,500=1,100=4",
        "--post",
    ]);
    let tb = env.json(&["ledger", "trial-balance", "--to", "2026-04-30"]);
    assert_eq!(row(&tb, "account", "雑損失")["debit"], "100");
    env.fails(
        &[
            "bank",
            "cash",
            "count",
            "--account",
            "CASH",
            "--denominations",
            "3000=1",
        ],
        1,
    );
}

#[test]
fn the_demo_statement_leaves_one_line_and_net_pay_and_withheld_tax_match_their_runs() {
    let env = Env::new();
    env.run(&["demo"]);
    let pending = env.json(&["bank", "review"]);
    assert_eq!(pending["rows"].as_array().unwrap().len(), 1, "{pending}");
    assert_eq!(pending["rows"][0]["withdrawal"], "440");
    // April's run is paid on 2026-05-25; its tax is due by 2026-06-10.
    let register = env.json(&["payroll", "register", "--month", "2026-04"]);
    let sum = |key: &str| -> i64 {
        register["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r[key].as_str().unwrap().parse::<i64>().unwrap())
            .sum()
    };
    let (net, tax) = (sum("net"), sum("withholding") + sum("resident_tax"));
    let account = AccountOut {
        bank_code: "0001".into(),
        branch_code: "110".into(),
        ..main_account()
    };
    let bytes = render(
        &account,
        (day("2026-05-01"), day("2026-06-30")),
        4_494_650,
        &[
            record(11, "2026-05-25", -net, "", "ｷﾕｳﾖ", ""),
            record(12, "2026-06-10", -tax, "", "ｾﾞｲｷﾝ", ""),
        ],
        true,
    );
    let file = env.file("may.txt", &bytes);
    env.run(&["bank", "import", &file]);
    let outcome = env.json(&["bank", "match", "--from", "2026-05-01"]);
    let details: Vec<&str> = outcome["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["detail"].as_str().unwrap())
        .collect();
    assert!(details[0].starts_with("2026-04 給与"), "{outcome}");
    assert!(
        details[1].starts_with("2026-05 源泉所得税・住民税"),
        "{outcome}"
    );
    let tb = env.json(&["ledger", "trial-balance", "--to", "2026-06-30"]);
    assert!(
        row(&tb, "account", "預り金")["debit"].as_str().is_some(),
        "{tb}"
    );
}

#[test]
fn rules_split_transfer_ignore_travel_as_csv_and_a_match_beats_a_rule() {
    let env = setup();
    env.run(&["bank", "accounts", "add", "SAVE", "--number", "7777777"]);
    for args in [
        &[
            "alpha",
            "--direction",
            "in",
            "--contains",
            "ｱﾙﾌｱ",
            "--action",
            "post",
            "--target",
            "雑収入",
        ][..],
        &[
            "fee",
            "--direction",
            "out",
            "--prefix",
            "ﾃｽｳﾘﾖｳ",
            "--max",
            "1000",
            "--action",
            "ignore",
        ][..],
        &[
            "lawyer",
            "--direction",
            "out",
            "--regex",
            "^ﾍﾞﾝｺﾞｼ",
            "--action",
            "split",
            "--target",
            "支払手数料",
            "--split=預り金:-10210",
        ][..],
        &[
            "save",
            "--direction",
            "out",
            "--exact",
            "ﾌﾘｶｴ ﾁﾖｷﾝ",
            "--action",
            "transfer",
            "--target",
            "SAVE",
        ][..],
    ] {
        let mut all = vec!["bank", "rules", "add"];
        all.extend_from_slice(args);
        env.run(&all);
    }
    let records = [
        // Fits the rule "alpha" too, but pays INV-2026-0001 by its EDI number: the match wins,
        // and the unknown payer name is learned for ALPHA.
        record(1, "2026-05-11", 110_000, "ﾀﾞｲﾘﾃﾝ ｱﾙﾌｱ", "", "INV-2026-0001"),
        record(2, "2026-05-12", -330, "", "ﾃｽｳﾘﾖｳ", ""),
        record(3, "2026-05-12", -89_790, "", "ﾍﾞﾝｺﾞｼ ﾎｳｼﾕｳ", ""),
        record(4, "2026-05-13", -200_000, "", "ﾌﾘｶｴ ﾁﾖｷﾝ", ""),
    ];
    let file = statement(&env, "may.txt", &records, true);
    env.run(&["bank", "import", &file]);
    let before = env.fingerprint();
    let dry = env.json(&["bank", "match", "--dry-run"]);
    assert_eq!(before, env.fingerprint(), "a dry run changes nothing");
    assert_eq!(dry["notes"][0], "4 settled, 0 left for review", "{dry}");
    env.run(&["bank", "match"]);
    let settled: Vec<String> = lines(&env, "MAIN")
        .iter()
        .map(|l| l["settled_by"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        settled,
        [
            "INV-2026-0001",
            "rule fee",
            "rule lawyer",
            "rule save → SAVE"
        ],
        "{settled:?}"
    );
    let aliases = env.json(&["invoice", "customers", "alias", "list", "ALPHA"]);
    assert_eq!(
        aliases["rows"][0]["alias"], "ダイリテン アルフア",
        "{aliases}"
    );
    let tb = env.json(&["ledger", "trial-balance", "--to", "2026-05-15"]);
    assert_eq!(row(&tb, "account", "預り金")["credit"], "10210", "{tb}");
    // The other side of the transfer links to the same entry instead of posting it again.
    let save = AccountOut {
        number: "7777777".into(),
        ..main_account()
    };
    let bytes = render(
        &save,
        (day("2026-05-01"), day("2026-05-31")),
        0,
        &[record(1, "2026-05-13", 200_000, "", "ﾌﾘｶｴ ﾁﾖｷﾝ", "")],
        true,
    );
    env.run(&[
        "bank",
        "rules",
        "add",
        "save-in",
        "--account",
        "SAVE",
        "--direction",
        "in",
        "--contains",
        "ﾌﾘｶｴ",
        "--action",
        "transfer",
        "--target",
        "MAIN",
    ]);
    env.run(&["bank", "import", &env.file("save.txt", &bytes)]);
    env.run(&["bank", "match"]);
    assert_eq!(
        lines(&env, "SAVE")[0]["entry"],
        lines(&env, "MAIN")[3]["entry"]
    );
    // Rules out as CSV, and into another database as they were.
    let exported = env.run(&["--format", "csv", "bank", "rules", "export"]);
    let other = setup();
    other.run(&["bank", "accounts", "add", "SAVE"]);
    other.run(&[
        "bank",
        "rules",
        "import",
        &other.file("rules.csv", exported.as_bytes()),
    ]);
    assert_eq!(
        other.run(&["--format", "csv", "bank", "rules", "export"]),
        exported
    );
    let bad = other.file(
        "bad.csv",
        "name,action,splits\nx,split,通信費:abc\n".as_bytes(),
    );
    let err = other.fails(&["bank", "rules", "import", &bad], 1);
    assert!(err.contains("bad.csv:2") && err.contains("splits"), "{err}");
}

#[test]
fn a_utf16_download_reads_and_the_report_pack_carries_the_reconciliation() {
    let env = Env::with_company();
    env.run(&["bank", "accounts", "add", "MAIN"]);
    let text = "\u{feff}取引日,入出金(円),取引後残高(円),入出金内容\r\n20260402,110000,1110000,振込 ｱﾙﾌｱ\r\n";
    let mut bytes = Vec::new();
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    env.run(&[
        "bank",
        "import",
        &env.file("u16.csv", &bytes),
        "--account",
        "MAIN",
    ]);
    assert_eq!(lines(&env, "MAIN")[0]["text"], "振込 アルフア");
    env.run(&["report", "month", "--month", "2026-04", "-o", "pack"]);
    let rec = std::fs::read_to_string(env.dir.path().join("pack/bank-reconciliation.csv")).unwrap();
    assert!(
        rec.contains("unmatched_line") && rec.contains("110000"),
        "{rec}"
    );
}

/// `bank import FILE --account MAIN --profile rakuten`.
fn rakuten_import(file: &str) -> [&str; 7] {
    [
        "bank",
        "import",
        file,
        "--account",
        "MAIN",
        "--profile",
        "rakuten",
    ]
}

#[test]
fn a_windows_download_names_the_right_line_of_a_bad_row() {
    let env = Env::with_company();
    env.run(&["bank", "accounts", "add", "MAIN"]);
    // CRLF line ends, a blank line, a quoted description over two lines; line 6 has no date.
    let text = "取引日,入出金(円),取引後残高(円),入出金内容\r\n\
                20260402,110000,1110000,振込 ｱﾙﾌｱ\r\n\r\n\
                20260403,-5500,1104500,\"電話料\r\n4月分\"\r\n\
                2026040x,-100,1104400,手数料\r\n";
    let file = env.file("crlf.csv", &encode_cp932(text).unwrap());
    let err = env.fails(&rakuten_import(&file), 1);
    assert!(err.contains("crlf.csv:6: column '取引日'"), "{err}");
    let good = env.file(
        "crlf-good.csv",
        &encode_cp932(&text.replace("2026040x", "20260404")).unwrap(),
    );
    env.run(&rakuten_import(&good));
    let stored = env.json(&["bank", "lines", "--account", "MAIN"]);
    let rows = stored["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 3, "{stored}");
}

/// `bank review` on a terminal, driven through a pty (util-linux `script`): pick "post to an
/// account", type it, take the account's tax category, decline the rule. The line is settled.
#[cfg(unix)]
#[test]
fn review_on_a_terminal_settles_a_line_step_by_step() {
    use std::io::Write;
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        panic!("util-linux `script` is needed to drive the prompts (apt install bsdutils)");
    }
    let env = Env::new();
    env.run(&["demo"]);
    let bin = assert_cmd::cargo::cargo_bin("bko");
    let command = format!("{} --db {} bank review", bin.display(), env.db.display());
    let mut child = std::process::Command::new("script")
        .args(["-qfec", &command, "/dev/null"])
        .env("BKO_TODAY", "2026-05-15")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut keys = child.stdin.take().unwrap();
    for step in ["post\r", "支払手数料\r", "\r", "n"] {
        std::thread::sleep(std::time::Duration::from_millis(400));
        keys.write_all(step.as_bytes()).unwrap();
        keys.flush().unwrap();
    }
    let out = child.wait_with_output().unwrap();
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(screen.contains("line 6 posted to 支払手数料"), "{screen}");
    assert!(
        lines(&env, "MIZUHO")
            .iter()
            .all(|l| l["status"] != "unmatched")
    );
}

#[test]
fn a_fee_paid_net_of_withholding_is_split_by_hand_and_remembered() {
    let env = setup();
    let records = [record(1, "2026-05-12", -99_790, "", "ﾍﾞﾝｺﾞｼ ﾎｳｼﾕｳ", "")];
    env.run(&[
        "bank",
        "import",
        &statement(&env, "may.txt", &records, true),
    ]);
    env.run(&[
        "bank",
        "apply",
        "1",
        "--account",
        "支払手数料",
        "--split",
        "預り金:-10210",
        "--remember",
    ]);
    let tb = env.json(&["ledger", "trial-balance", "--to", "2026-05-15"]);
    assert_eq!(row(&tb, "account", "支払手数料")["debit"], "100000", "{tb}");
    assert_eq!(row(&tb, "account", "仮払消費税等")["debit"], "10000");
    assert_eq!(row(&tb, "account", "預り金")["credit"], "10210");
    let rules = env.json(&["bank", "rules", "list"]);
    assert_eq!(rules["rows"][0]["action"], "split", "{rules}");
    assert_eq!(rules["rows"][0]["splits"], "預り金:-10210");
    let err = env.fails(&["bank", "apply", "1", "--account", "支払手数料"], 1);
    assert!(err.contains("matched already"), "{err}");
}
