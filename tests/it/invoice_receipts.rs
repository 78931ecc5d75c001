//! Receipts (領収書) from the outside: for a recorded payment, the amount with the tax per rate
//! and the T-number (a qualified simplified invoice); on paper the 収入印紙 judged on the
//! tax-excluded amount at the ¥50,000 edge; a second copy marked 再発行; archived and listed.
//! Rules: shared/japan-rules.md §10.

use crate::common::{Env, pdf_text, row};

fn setup() -> Env {
    let env = Env::with_company();
    env.run(&["company", "set", "address", "東京都千代田区丸の内1-1-1"]);
    env.run(&["invoice", "customers", "add", "ABC", "ABC株式会社"]);
    env
}

fn invoice_paid(env: &Env, line: &str, amounts: &[&str]) {
    env.run(&[
        "invoice",
        "issue",
        "--customer",
        "ABC",
        "--date",
        "2026-05-15",
        "--line",
        line,
        "--no-pdf",
    ]);
    let list = env.json(&["invoice", "list"]);
    let number = list["rows"].as_array().unwrap().last().unwrap()["number"]
        .as_str()
        .unwrap()
        .to_string();
    for amount in amounts {
        env.run(&[
            "invoice",
            "pay",
            &number,
            "--amount",
            amount,
            "--date",
            "2026-05-20",
        ]);
    }
}

#[test]
fn an_electronic_receipt_states_the_tax_per_rate_and_bears_no_duty() {
    let env = setup();
    invoice_paid(&env, "コンサルティング;1;100000;10;式", &["110000"]);
    let pdf = env.dir.path().join("r1.pdf");
    let path = pdf.display().to_string();
    env.run(&["invoice", "receipt", "INV-2026-0001", "-o", &path]);
    let text = pdf_text(&pdf);
    for expected in [
        "領 収 書",
        "RCT-2026-0001",
        "ABC株式会社 御中",
        "¥110,000-",
        "INV-2026-0001 代金として",
        "10%対象 ¥110,000 (うち消費税 ¥10,000)",
        "登録番号 T1180301018771",
        "電子発行",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    assert!(!text.contains("収入印紙"), "{text}");
    // Written again: the same number, marked 再発行, counted.
    env.run(&[
        "invoice",
        "receipt",
        "INV-2026-0001",
        "-o",
        &path,
        "--force",
    ]);
    assert!(pdf_text(&pdf).contains("再発行"));
    let list = env.json(&["invoice", "list", "--kind", "receipt"]);
    let r = row(&list, "number", "RCT-2026-0001");
    assert_eq!(
        (r["amount"].as_str(), r["tax"].as_str()),
        (Some("110000"), Some("10000"))
    );
    assert_eq!(r["copies"], 2);
    // A copy is the same document: another addressee is refused.
    env.fails(
        &[
            "invoice",
            "receipt",
            "INV-2026-0001",
            "--name",
            "別人 様",
            "-o",
            &path,
            "--force",
        ],
        1,
    );
    let docs = env.json(&["docs", "search", "--type", "receipt"]);
    assert_eq!(
        docs["rows"].as_array().unwrap().len(),
        2,
        "the first and the copy"
    );
}

/// 第17号の1文書: under ¥50,000 no duty, judged on the tax-excluded amount when the tax is
/// stated — ¥54,998 received with ¥4,999 tax is judged on ¥49,999 (none); ¥55,000 with ¥5,000
/// tax on ¥50,000 (¥200).
#[test]
fn a_paper_receipt_needs_its_stamp_judged_without_the_tax() {
    let env = setup();
    invoice_paid(&env, "作業;1;49999;10;式", &["54998"]);
    invoice_paid(&env, "作業;1;50000;10;式", &["55000"]);
    let dir = env.dir.path();
    let below = dir.join("below.pdf").display().to_string();
    let err = env.run_stderr(&[
        "invoice",
        "receipt",
        "INV-2026-0001",
        "--paper",
        "-o",
        &below,
    ]);
    assert!(err.contains("no stamp") && err.contains("49,999"), "{err}");
    let text = pdf_text(&dir.join("below.pdf"));
    assert!(text.contains("収入印紙") && text.contains("不要"), "{text}");
    let at = dir.join("at.pdf").display().to_string();
    let err = env.run_stderr(&["invoice", "receipt", "INV-2026-0002", "--paper", "-o", &at]);
    assert!(err.contains("200") && err.contains("50,000"), "{err}");
    let text = pdf_text(&dir.join("at.pdf"));
    assert!(
        text.contains("¥200") && text.contains("税抜金額 ¥50,000 で判定"),
        "{text}"
    );
    let list = env.json(&["invoice", "list", "--kind", "receipt"]);
    assert_eq!(row(&list, "number", "RCT-2026-0002")["stamp_duty"], "200");
}

#[test]
fn an_invoice_paid_in_parts_needs_the_payment_named() {
    let env = setup();
    invoice_paid(&env, "作業;1;100000;10;式", &["60000", "50000"]);
    let path = env.dir.path().join("p.pdf").display().to_string();
    let before = env.fingerprint();
    let err = env.fails(&["invoice", "receipt", "INV-2026-0001", "-o", &path], 1);
    assert!(
        err.contains("2 payments") && err.contains("--payment"),
        "{err}"
    );
    assert_eq!(env.fingerprint(), before);
    env.run(&["invoice", "receipt", "--payment", "2", "-o", &path]);
    let text = pdf_text(&env.dir.path().join("p.pdf"));
    // 50,000 of 110,000: 10% share 50,000, its tax floor(10,000 × 50,000 / 110,000) = 4,545.
    assert!(
        text.contains("¥50,000-") && text.contains("うち消費税 ¥4,545"),
        "{text}"
    );
    env.fails(&["invoice", "receipt", "INV-2026-0009", "-o", &path], 1);
}

/// A recurring invoice is issued once per month whatever the number of runs, its subject's
/// month words moved on, dated on its day (clipped to the month's end); paused, it waits.
#[test]
fn recurring_invoices_are_issued_once_a_month() {
    let env = setup();
    env.run(&[
        "invoice",
        "issue",
        "--customer",
        "ABC",
        "--date",
        "2026-04-30",
        "--subject",
        "4月分 保守料",
        "--line",
        "保守;1;30000;10;式",
        "--no-pdf",
    ]);
    env.run(&[
        "invoice",
        "recurring",
        "add",
        "ABC-HOSHU",
        "--like",
        "INV-2026-0001",
        "--day",
        "31",
        "--from",
        "2026-05",
    ]);
    env.run(&[
        "invoice",
        "recurring",
        "add",
        "ABC-RENT",
        "--customer",
        "ABC",
        "--day",
        "25",
        "--line",
        "サーバー賃借料;2;5000;10;台",
        "--subject",
        "{YYYY}年{M}月分 賃借料",
        "--from",
        "2026-06",
    ]);
    let dry = env.json(&[
        "invoice",
        "recurring",
        "run",
        "--month",
        "2026-05",
        "--dry-run",
    ]);
    assert_eq!(
        dry["rows"].as_array().unwrap().len(),
        1,
        "RENT starts in June"
    );
    assert_eq!(row(&dry, "code", "ABC-HOSHU")["subject"], "5月分 保守料");
    assert_eq!(row(&dry, "code", "ABC-HOSHU")["date"], "2026-05-31");
    let before = env.fingerprint();
    env.run(&[
        "invoice",
        "recurring",
        "run",
        "--month",
        "2026-05",
        "--dry-run",
    ]);
    assert_eq!(env.fingerprint(), before, "a dry run issues nothing");
    env.run(&[
        "invoice",
        "recurring",
        "run",
        "--month",
        "2026-05",
        "--no-pdf",
    ]);
    env.run(&[
        "invoice",
        "recurring",
        "run",
        "--month",
        "2026-05",
        "--no-pdf",
    ]);
    let list = env.json(&["invoice", "list"]);
    assert_eq!(list["rows"].as_array().unwrap().len(), 2, "May issued once");
    let may = row(&list, "number", "INV-2026-0002");
    assert_eq!(may["total"], "33000");
    env.run(&["invoice", "recurring", "pause", "ABC-HOSHU"]);
    env.run(&[
        "invoice",
        "recurring",
        "run",
        "--month",
        "2026-06",
        "--no-pdf",
    ]);
    let list = env.json(&["invoice", "list"]);
    assert_eq!(
        list["rows"].as_array().unwrap().len(),
        3,
        "only RENT in June"
    );
    let shown = env.json(&["invoice", "show", "INV-2026-0003"]);
    assert!(shown.to_string().contains("2026年6月分 賃借料"), "{shown}");
    let recurring = env.json(&["invoice", "recurring", "list"]);
    assert_eq!(row(&recurring, "code", "ABC-RENT")["last"], "2026-06");
    assert_eq!(row(&recurring, "code", "ABC-HOSHU")["active"], false);
    // Issued before: removing keeps the history (paused for good); never issued: removed.
    env.run(&["invoice", "recurring", "remove", "ABC-HOSHU"]);
    assert_eq!(
        env.json(&["invoice", "recurring", "list"])["rows"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    env.fails(
        &[
            "invoice",
            "recurring",
            "add",
            "X",
            "--customer",
            "ABC",
            "--day",
            "32",
            "--line",
            "a;1;1;10",
        ],
        1,
    );
}

/// `issue --like`: the customer, subject, lines and pricing of an earlier invoice, its month
/// words moved on with --next-month; flags given win.
#[test]
fn an_invoice_like_an_earlier_one() {
    let env = setup();
    env.run(&[
        "invoice",
        "issue",
        "--customer",
        "ABC",
        "--date",
        "2026-04-30",
        "--subject",
        "4月分 保守料",
        "--line",
        "保守;1;30000;10;式",
        "--line",
        "お茶;2;540;8;袋",
        "--no-pdf",
    ]);
    env.run(&[
        "invoice",
        "issue",
        "--like",
        "INV-2026-0001",
        "--next-month",
        "--date",
        "2026-05-31",
        "--no-pdf",
    ]);
    let shown = env.json(&["invoice", "show", "INV-2026-0002"]).to_string();
    assert!(
        shown.contains("5月分 保守料") && shown.contains("お茶"),
        "{shown}"
    );
    let list = env.json(&["invoice", "list"]);
    assert_eq!(
        row(&list, "number", "INV-2026-0002")["total"],
        row(&list, "number", "INV-2026-0001")["total"]
    );
    env.run(&[
        "invoice",
        "issue",
        "--like",
        "INV-2026-0001",
        "--subject",
        "臨時作業",
        "--line",
        "追加作業;1;10000;10;式",
        "--date",
        "2026-05-31",
        "--no-pdf",
    ]);
    let shown = env.json(&["invoice", "show", "INV-2026-0003"]).to_string();
    assert!(
        shown.contains("臨時作業") && !shown.contains("お茶"),
        "{shown}"
    );
    env.fails(
        &["invoice", "issue", "--like", "INV-2026-0099", "--no-pdf"],
        1,
    );
}

/// The delivery note of an issued invoice: its lines, with or without prices, asking for no
/// payment (no due date, terms or bank); archived.
#[test]
fn a_delivery_note_with_and_without_prices() {
    let env = setup();
    env.run(&[
        "company",
        "set",
        "bank_account",
        "みずほ銀行 東京営業部 普通 1234567",
    ]);
    env.run(&[
        "invoice",
        "issue",
        "--customer",
        "ABC",
        "--date",
        "2026-05-15",
        "--line",
        "コピー用紙 A4;10;3333;10;箱",
        "--line",
        "お茶;2;540;8;袋",
        "--no-pdf",
    ]);
    let dir = env.dir.path();
    let with = dir.join("dn.pdf").display().to_string();
    env.run(&["invoice", "delivery-note", "INV-2026-0001", "-o", &with]);
    let text = pdf_text(&dir.join("dn.pdf"));
    for expected in [
        "納品書",
        "下記のとおり納品いたします。",
        "コピー用紙 A4",
        "33,330",
        "INV-2026-0001",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    for absent in ["お振込先", "お支払期限", "ご請求"] {
        assert!(!text.contains(absent), "{absent} in {text}");
    }
    let without = dir.join("dn2.pdf").display().to_string();
    env.run(&[
        "invoice",
        "delivery-note",
        "INV-2026-0001",
        "--no-prices",
        "-o",
        &without,
    ]);
    let text = pdf_text(&dir.join("dn2.pdf"));
    assert!(
        text.contains("コピー用紙 A4") && text.contains("10"),
        "{text}"
    );
    for absent in ["3,333", "33,330", "合計", "単価"] {
        assert!(!text.contains(absent), "{absent} in {text}");
    }
    let docs = env.json(&["docs", "search", "--type", "delivery-note"]);
    assert_eq!(docs["rows"].as_array().unwrap().len(), 2);
    env.fails(
        &[
            "invoice",
            "delivery-note",
            "INV-2026-0009",
            "-o",
            &without,
            "--force",
        ],
        1,
    );
}
