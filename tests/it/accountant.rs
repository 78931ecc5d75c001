//! The accountant's round trip: the journal exported for 弥生 (25 columns, CP932, CRLF, no
//! header), MF and freee in each program's layout and 税区分 names, amounts tax-included with the
//! tax in its column; each export imported into an empty company gives the same trial balance;
//! sent back to the same books, bko's own entries are recognised and only the accountant's
//! adjustments are posted; unknown account names are listed together with "did you mean".
//! Layouts and names: shared/japan-rules.md §8 (弥生 support page 18545, MF and freee guides).

use crate::common::Env;

fn demo() -> Env {
    let env = Env::new();
    env.run(&["demo"]);
    env
}

fn export(env: &Env, format: &str) -> Vec<u8> {
    env.bko()
        .args(["ledger", "export", "--as", format])
        .output()
        .unwrap()
        .stdout
}

fn trial_balance(env: &Env) -> String {
    env.run(&[
        "--format",
        "csv",
        "ledger",
        "trial-balance",
        "--as-of",
        "2027-03-31",
    ])
}

#[test]
fn each_export_imported_into_an_empty_company_gives_the_same_trial_balance() {
    let books = demo();
    let expected = trial_balance(&books);
    assert!(expected.lines().count() > 10, "{expected}");
    for format in ["yayoi", "mf", "freee"] {
        let bytes = export(&books, format);
        let other = Env::with_company();
        let file = other.file(&format!("{format}.csv"), &bytes);
        other.run(&["ledger", "import", "--as", format, &file]);
        assert_eq!(trial_balance(&other), expected, "{format}");
    }
}

#[test]
fn yayoi_rows_follow_the_published_layout() {
    let books = demo();
    // A long memo with a line break: one line in 摘要, cut to 64 bytes.
    let memo = format!("{}\n二行目", "長い摘要".repeat(12));
    books.run(&[
        "ledger",
        "post",
        "--date",
        "2026-04-20",
        "--memo",
        &memo,
        "--debit",
        "消耗品費=1000",
        "--debit",
        "仮払消費税等=100",
        "--credit",
        "現金=1100",
    ]);
    let bytes = export(&books, "yayoi");
    let (text, _, bad) = encoding_rs::SHIFT_JIS.decode(&bytes);
    assert!(!bad, "not CP932");
    assert!(text.ends_with("\r\n") && !text.contains("\n\n"));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    for row in &rows {
        assert_eq!(row.len(), 25, "{row:?}");
        // 識別フラグ 2000 is a 仕訳 (タイプ 0); 伝票 rows are a 振替伝票 (タイプ 3).
        let kind = if &row[0] == "2000" { "0" } else { "3" };
        assert_eq!(&row[19], kind, "{row:?}");
        assert_eq!(&row[24], "no");
        let (cp932, _, _) = encoding_rs::SHIFT_JIS.encode(&row[16]);
        assert!(
            cp932.len() <= 64,
            "摘要 of {} bytes: {}",
            cp932.len(),
            &row[16]
        );
    }
    let rent = rows.iter().find(|r| &r[4] == "地代家賃").expect("the rent");
    // Tax-included: ¥200,000 + ¥20,000 in one line, the tax in 税金額, the invoice-era 税区分;
    // no separate 仮払消費税等 row.
    assert_eq!(
        (&rent[7], &rent[8], &rent[9]),
        ("課対仕入内10%適格", "220000", "20000")
    );
    assert!(
        !rows
            .iter()
            .any(|r| &r[4] == "仮払消費税等" && &r[10] == "普通預金")
    );
    let sale = rows.iter().find(|r| &r[10] == "売上高").expect("a sale");
    assert!(sale[13].starts_with("課税売上内"), "{sale:?}");
    let long = rows
        .iter()
        .find(|r| &r[4] == "消耗品費" && &r[3] == "2026/04/20")
        .unwrap();
    assert!(
        long[16].starts_with("長い摘要") && !long[16].contains('\n'),
        "{long:?}"
    );
}

#[test]
fn mf_and_freee_use_their_own_headers_and_tax_names() {
    let books = demo();
    let mf = String::from_utf8(export(&books, "mf")).unwrap();
    let header = mf.lines().next().unwrap();
    assert_eq!(header.split(',').count(), 27);
    assert!(header.starts_with("取引No,取引日,借方勘定科目"));
    assert!(mf.contains(",課税仕入 10%,,220000,20000,"), "{mf}");
    assert!(mf.contains("課税仕入 (軽)8%"));
    let freee = String::from_utf8(export(&books, "freee")).unwrap();
    assert!(freee.starts_with("[表題行],日付,伝票番号,決算整理仕訳,借方勘定科目"));
    assert!(freee.contains("\r\n[表題行],2026/04/01,1,"));
    assert!(freee.contains("\r\n[明細行],2026/04/01,1,"));
    assert!(freee.contains(",課対仕入10%,20000,"), "{freee}");
}

#[test]
fn the_accountants_adjustments_come_back_and_our_own_entries_are_recognised() {
    let books = demo();
    let before = trial_balance(&books);
    let mut bytes = export(&books, "yayoi");
    // The accountant adds one adjusting entry (減価償却) and sends the whole file back.
    let adjustment = "2000,,,2026/04/30,減価償却費,,,対象外,15000,,工具器具備品,,,対象外,15000,,4月分 減価償却,,,0,,,0,0,no\r\n";
    bytes.extend(encoding_rs::SHIFT_JIS.encode(adjustment).0.iter());
    let file = books.file("back.csv", &bytes);
    let out = books.run_stderr(&["ledger", "import", "--as", "yayoi", &file]);
    assert!(out.contains("imported 1 entries"), "{out}");
    assert!(
        out.contains("of bko's own entries recognised and left out"),
        "{out}"
    );
    let after = books.json(&["ledger", "account", "減価償却費"]);
    assert!(after.to_string().contains("15000"), "{after}");
    assert_ne!(trial_balance(&books), before);
}

#[test]
fn unknown_account_names_are_listed_together_and_nothing_is_imported() {
    let books = demo();
    let text = String::from_utf8(export(&books, "mf")).unwrap();
    let broken = text
        .replace("地代家賃", "地代屋賃")
        .replace("通信費", "通信料金");
    let other = Env::with_company();
    let file = other.file("mf.csv", broken.as_bytes());
    let err = other.fails(&["ledger", "import", "--as", "mf", &file], 1);
    assert!(
        err.contains("2 account name(s) are not in the chart"),
        "{err}"
    );
    assert!(
        err.contains("地代屋賃") && err.contains("did you mean 地代家賃"),
        "{err}"
    );
    assert!(
        err.contains("通信料金") && err.contains("did you mean 通信費"),
        "{err}"
    );
    // A row of the wrong width is refused with its line.
    let file = other.file(
        "short.csv",
        b"2000,1,,2026/04/01,\xe7\x8f\xbe\xe9\x87\x91\r\n",
    );
    let err = other.fails(&["ledger", "import", "--as", "yayoi", &file], 1);
    assert!(
        err.contains("short.csv:1: 5 fields; a 弥生 row has 25"),
        "{err}"
    );
}

#[test]
fn other_spellings_of_a_tax_category_are_read_and_partly_creditable_ones_refused() {
    let env = Env::with_company();
    let row = |tax: &str| {
        format!(
            "2000,,,2026/04/30,消耗品費,,,{tax},11000,1000,現金,,,対象外,11000,,備品,,,0,,,0,0,no\r\n"
        )
    };
    let file = env.file(
        "variant.csv",
        &encoding_rs::SHIFT_JIS.encode(&row("課対仕入込10%適格")).0,
    );
    env.run(&["ledger", "import", "--as", "yayoi", &file]);
    let journal = env.json(&["ledger", "journal"]);
    let rows = journal["rows"].as_array().unwrap();
    assert!(
        rows.iter()
            .any(|r| r["account"] == "仮払消費税等" && r["debit"] == "1000"),
        "{journal}"
    );
    let file = env.file(
        "eighty.csv",
        &encoding_rs::SHIFT_JIS
            .encode(&row("課対仕入込10%区分80%"))
            .0,
    );
    let err = env.fails(&["ledger", "import", "--as", "yayoi", &file], 1);
    assert!(err.contains("only partly creditable"), "{err}");
}
