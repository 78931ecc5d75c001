//! Quotes (見積書) and delivery notes (納品書) made on their own, from the outside: numbered in
//! their own series, drawn as PDFs and archived; a quote valid until a day (expired after it),
//! accepted into an invoice that carries the lines exactly and links back, or declined with the
//! reason; delivery notes billed together by one invoice; bad input refused, nothing changed.

use crate::common::{Env, pdf_text, row};

fn setup() -> Env {
    let env = Env::with_company();
    env.run(&["invoice", "customers", "add", "ABC", "ABC株式会社"]);
    env.run(&[
        "invoice",
        "items",
        "add",
        "HOSHU",
        "システム保守",
        "--price",
        "50000",
        "--rate",
        "10",
        "--unit",
        "式",
    ]);
    env
}

fn add_quote(env: &Env, extra: &[&str]) -> serde_json::Value {
    let mut args = vec![
        "invoice",
        "quote",
        "add",
        "--customer",
        "ABC",
        "--date",
        "2026-05-15",
        "--subject",
        "保守契約 御見積",
        "--line",
        "導入支援;2.5;8000;10;時間",
        "--line",
        "お茶;3;540;8;本",
        "--item",
        "HOSHU:3",
    ];
    args.extend_from_slice(extra);
    env.json(&args)
}

/// The lines of a document as (item, quantity, unit, unit price, rate, amount).
fn lines(report: &serde_json::Value) -> Vec<Vec<String>> {
    report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["kind"] == "line")
        .map(|r| {
            [
                "item",
                "quantity",
                "unit",
                "unit_price",
                "tax_rate",
                "amount",
            ]
            .iter()
            .map(|k| r[*k].to_string())
            .collect()
        })
        .collect()
}

#[test]
fn a_quote_is_accepted_into_an_invoice_with_its_lines_exactly() {
    let env = setup();
    let quote = add_quote(&env, &[]);
    // 2.5 × 8,000 + 3 × 50,000 = 170,000 at 10% (17,000); 1,620 at 8% (129).
    assert_eq!(quote["totals"]["amount"], "188749", "{quote}");
    let pdf = env.dir.path().join("invoices/Q-2026-0001.pdf");
    let text = pdf_text(&pdf);
    for expected in [
        "御見積書",
        "Q-2026-0001",
        "有効期限",
        "2026年6月14日",
        "御見積金額",
        "¥188,749",
        "ABC株式会社 御中",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    assert!(!text.contains("お振込先"), "a quote asks for no payment");
    let docs = env.json(&["docs", "search", "--type", "quote"]);
    assert_eq!(
        docs["rows"].as_array().unwrap().len(),
        1,
        "archived: {docs}"
    );
    env.run(&[
        "invoice",
        "quote",
        "accept",
        "Q-2026-0001",
        "--date",
        "2026-05-20",
        "--no-pdf",
    ]);
    let quotes = env.json(&["invoice", "list", "--kind", "quote"]);
    let q = row(&quotes, "number", "Q-2026-0001");
    assert_eq!(q["status"], "accepted");
    assert_eq!(q["invoice"], "INV-2026-0001");
    let invoice = env.json(&["invoice", "show", "INV-2026-0001"]);
    let shown = env.json(&["invoice", "quote", "show", "Q-2026-0001"]);
    assert_eq!(lines(&invoice), lines(&shown), "lines carried exactly");
    assert_eq!(lines(&invoice).len(), 3);
    assert_eq!(invoice["totals"]["amount"], "188749");
    // Both are found by what they say: the quote's text read from its PDF, the invoice's
    // indexed from the layout bko drew.
    let found = env.json(&["docs", "search", "--text", "導入支援"]);
    let types: Vec<&str> = found["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["type"].as_str().unwrap())
        .collect();
    assert!(
        types.contains(&"quote") && types.contains(&"invoice"),
        "{found}"
    );
    let list = env.json(&["invoice", "list"]);
    assert_eq!(row(&list, "number", "INV-2026-0001")["date"], "2026-05-20");
    let before = env.fingerprint();
    env.fails(&["invoice", "quote", "accept", "Q-2026-0001"], 1);
    env.fails(
        &[
            "invoice",
            "quote",
            "decline",
            "Q-2026-0001",
            "--reason",
            "x",
        ],
        1,
    );
    assert_eq!(
        env.fingerprint(),
        before,
        "an accepted quote stays as it is"
    );
}

#[test]
fn quotes_expire_are_declined_and_refuse_bad_input() {
    let env = setup();
    add_quote(&env, &["--valid-until", "2026-05-31", "--no-pdf"]);
    add_quote(&env, &["--no-pdf"]);
    let on = |day: &str| {
        let out = env
            .bko()
            .env("BKO_TODAY", day)
            .args(["--format", "json", "invoice", "quote", "list"])
            .output()
            .unwrap();
        let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        list["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["status"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(on("2026-05-31"), ["open", "open"]);
    assert_eq!(
        on("2026-06-01"),
        ["expired", "open"],
        "past its day: expired"
    );
    let late = env
        .bko()
        .env("BKO_TODAY", "2026-06-01")
        .args([
            "--format",
            "json",
            "invoice",
            "quote",
            "show",
            "Q-2026-0001",
        ])
        .output()
        .unwrap();
    let shown: serde_json::Value = serde_json::from_slice(&late.stdout).unwrap();
    assert!(
        shown["notes"][0].as_str().unwrap().ends_with("| expired"),
        "{shown}"
    );
    env.run(&[
        "invoice",
        "quote",
        "decline",
        "Q-2026-0002",
        "--reason",
        "他社に決定",
    ]);
    let shown = env.json(&["invoice", "quote", "show", "Q-2026-0002"]);
    assert!(
        shown["notes"][0]
            .as_str()
            .unwrap()
            .contains("declined: 他社に決定")
    );
    let before = env.fingerprint();
    env.fails(&["invoice", "quote", "accept", "Q-2026-0002"], 1);
    env.fails(
        &[
            "invoice",
            "quote",
            "add",
            "--customer",
            "NOPE",
            "--line",
            "a;1;1;10",
        ],
        1,
    );
    env.fails(
        &[
            "invoice",
            "quote",
            "add",
            "--customer",
            "ABC",
            "--date",
            "2026-05-15",
            "--valid-until",
            "2026-05-14",
            "--line",
            "a;1;1;10",
        ],
        1,
    );
    env.fails(&["invoice", "quote", "add", "--customer", "ABC"], 1);
    env.fails(&["invoice", "quote", "show", "Q-2026-0099"], 1);
    assert_eq!(env.fingerprint(), before, "nothing changed");
}

/// Goods delivered through the month on numbered notes (one without prices), billed together at
/// its end: the invoice carries every line, the notes show it, a note is billed only once and one
/// invoice bills one customer.
#[test]
fn delivery_notes_on_their_own_are_billed_together() {
    let env = setup();
    env.run(&["invoice", "customers", "add", "XYZ", "XYZ合同会社"]);
    let note = |customer: &str, date: &str, line: &str, extra: &[&str]| {
        let mut args = vec![
            "invoice",
            "delivery-note",
            "--customer",
            customer,
            "--date",
            date,
            "--line",
            line,
        ];
        args.extend_from_slice(extra);
        env.run(&args);
    };
    note(
        "ABC",
        "2026-05-08",
        "ケーブル;3;1200;10;本",
        &["--item", "HOSHU:1"],
    );
    note("ABC", "2026-05-12", "お茶;10;540;8;本", &["--no-prices"]);
    note("XYZ", "2026-05-13", "部品;1;1000;10", &[]);
    let first = pdf_text(&env.dir.path().join("DN-2026-0001-納品書.pdf"));
    for expected in ["納品書", "DN-2026-0001", "納品日", "ケーブル", "¥58,960"] {
        assert!(first.contains(expected), "{expected} in {first}");
    }
    let second = pdf_text(&env.dir.path().join("DN-2026-0002-納品書.pdf"));
    assert!(
        second.contains("お茶") && !second.contains("540"),
        "no prices: {second}"
    );
    let before = env.fingerprint();
    env.fails(
        &[
            "invoice",
            "issue",
            "--delivery",
            "DN-2026-0001",
            "--delivery",
            "DN-2026-0003",
            "--no-pdf",
        ],
        1,
    );
    assert_eq!(env.fingerprint(), before, "two customers: refused");
    env.run(&[
        "invoice",
        "issue",
        "--delivery",
        "DN-2026-0001",
        "--delivery",
        "DN-2026-0002",
        "--date",
        "2026-05-31",
        "--no-pdf",
    ]);
    let invoice = env.json(&["invoice", "show", "INV-2026-0001"]);
    assert_eq!(lines(&invoice).len(), 3, "every line of both notes");
    // 3 × 1,200 + 50,000 = 53,600 + 5,360; 5,400 at 8% + 432.
    assert_eq!(invoice["totals"]["amount"], "64792");
    assert!(
        invoice["notes"][0]
            .as_str()
            .unwrap()
            .contains("納品書 DN-2026-0001, DN-2026-0002 分")
    );
    let notes = env.json(&["invoice", "list", "--kind", "delivery-note"]);
    assert_eq!(
        row(&notes, "number", "DN-2026-0001")["invoice"],
        "INV-2026-0001"
    );
    assert_eq!(
        row(&notes, "number", "DN-2026-0002")["invoice"],
        "INV-2026-0001"
    );
    assert!(row(&notes, "number", "DN-2026-0003")["invoice"].is_null());
    let before = env.fingerprint();
    env.fails(
        &["invoice", "issue", "--delivery", "DN-2026-0002", "--no-pdf"],
        1,
    );
    assert_eq!(env.fingerprint(), before, "billed once");
    env.fails(&["invoice", "delivery-note", "--date", "2026-05-01"], 2);
}
