//! The guided `invoice issue` driven through a pseudo-terminal, as a clerk types it: the
//! customer picked by typing part of it, the subject suggested from the last invoice with its
//! month moved on, lines from the catalogue and typed, one edited and one dropped with the
//! running totals after each, the preview, a 見本 PDF, then saved as a draft; cancelling from the
//! menu or with Ctrl-C leaves the database as it was.

use crate::common::pty::Session;
use crate::common::{Env, pdf_text};

fn setup() -> Env {
    let env = Env::with_company();
    env.run(&[
        "company",
        "set",
        "bank_account",
        "みずほ銀行 東京営業部 普通 1234567",
    ]);
    env.run(&["invoice", "customers", "add", "ABC", "ABC株式会社"]);
    env.run(&["invoice", "customers", "add", "XYZ", "XYZ合同会社"]);
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
    env.run(&[
        "invoice",
        "issue",
        "--customer",
        "ABC",
        "--date",
        "2026-04-30",
        "--subject",
        "2026年4月分 保守料",
        "--item",
        "HOSHU:1",
        "--no-pdf",
    ]);
    env
}

/// Answers the header: customer ABC, the suggested subject, today, the due date by the terms.
fn through_the_header(s: &mut Session) {
    s.expect("取引先 / Customer");
    s.send("ABC");
    s.expect("ABC株式会社");
    s.send("\r");
    s.expect("2026年5月分 保守料");
    s.send("\r");
    s.expect("発行日 / Date");
    s.send("\r");
    s.expect("2026-06-30");
    s.send("\r");
    s.expect("明細 / Lines");
}

fn type_line(s: &mut Session, fields: [&str; 5]) {
    s.send("type\r");
    for (prompt, value) in ["品名", "単位", "数量", "単価", "税率"].iter().zip(fields) {
        s.expect(prompt);
        s.send(&format!("{value}\r"));
    }
}

#[test]
fn a_clerk_builds_previews_and_saves_an_invoice_at_the_terminal() {
    let env = setup();
    let mut s = Session::spawn(env.process(&["invoice", "issue"]));
    through_the_header(&mut s);
    s.send("catalogue\r");
    s.expect("品目 / Item");
    s.send("HOSHU\r");
    s.expect("数量 / Quantity");
    s.send("2\r");
    s.expect("total 110,000");
    type_line(&mut s, ["お茶", "本", "3", "540", "8"]);
    // 3 × 540 = 1,620 at 8%: tax 129.
    s.expect("total 111,749");
    type_line(&mut s, ["消耗品", "", "1", "1000", "10"]);
    s.expect("total 112,849");
    s.send("edit\r");
    s.expect("修正する行");
    s.send("お茶\r");
    for value in ["\r", "\r", "5\r", "\r", "\r"] {
        s.expect(" ›");
        s.send(value);
    }
    // 5 × 540 = 2,700 at 8%: tax 216; 101,000 at 10%: tax 10,100.
    s.expect("total 114,016");
    s.send("drop\r");
    s.expect("削除する行");
    s.send("消耗品\r");
    s.expect("total 112,916");
    s.send("done\r");
    s.expect("請求書 (見本) / preview");
    s.expect("ABC株式会社 御中");
    s.expect("2026年5月分 保守料");
    s.expect("112,916");
    s.expect("お振込先 / Bank: みずほ銀行");
    s.expect("What now?");
    s.send("sample\r");
    s.expect("Sample PDF file");
    s.send("\r");
    s.expect("見本: no number");
    s.expect("What now?");
    s.send("draft\r");
    let status = s.wait();
    assert!(status.success(), "{status:?}");
    let sample = env.dir.path().join("invoices/見本-ABC-2026-05-15.pdf");
    let text = pdf_text(&sample);
    for expected in ["請求書 (見本)", "2026年5月分 保守料", "¥112,916", "お茶 ※"] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    let list = env.json(&["invoice", "list"]);
    let rows = list["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2, "the earlier invoice and the draft: {list}");
    let draft = &rows[1];
    assert_eq!(draft["status"], "draft", "{draft}");
    assert_eq!(draft["total"], "112916");
}

#[test]
fn cancelling_at_the_terminal_leaves_nothing_behind() {
    let env = setup();
    let before = env.fingerprint();
    let mut s = Session::spawn(env.process(&["invoice", "issue"]));
    through_the_header(&mut s);
    type_line(&mut s, ["作業", "時間", "2", "8000", "10"]);
    s.expect("total 17,600");
    s.send("done\r");
    s.expect("What now?");
    s.send("cancel\r");
    let status = s.wait();
    assert_eq!(status.code(), Some(1), "cancel exits 1");
    assert_eq!(env.fingerprint(), before, "nothing stored");

    let mut s = Session::spawn(env.process(&["invoice", "issue"]));
    through_the_header(&mut s);
    s.send("catalogue\r");
    s.expect("品目 / Item");
    s.send("HOSHU\r");
    s.expect("数量 / Quantity");
    s.send("\x03");
    let status = s.wait();
    assert!(!status.success(), "Ctrl-C stops it: {status:?}");
    assert_eq!(env.fingerprint(), before, "nothing stored after Ctrl-C");
}

/// `--like` on a terminal starts from the earlier invoice (month moved on) and goes straight to
/// the preview; issuing takes the next number.
#[test]
fn like_an_earlier_invoice_goes_to_the_preview_and_issues() {
    let env = setup();
    let mut s = Session::spawn(env.process(&[
        "invoice",
        "issue",
        "--like",
        "INV-2026-0001",
        "--next-month",
        "--no-pdf",
    ]));
    s.expect("2026年5月分 保守料");
    s.expect("55,000");
    s.expect("What now?");
    s.send("issue\r");
    let status = s.wait();
    assert!(status.success(), "{status:?}");
    let shown = env.json(&["invoice", "show", "INV-2026-0002"]);
    assert!(
        shown["notes"][0]
            .as_str()
            .unwrap()
            .contains("2026年5月分 保守料")
    );
}
