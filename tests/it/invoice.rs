//! Invoices from the outside: customers, issuing (flags, drafts, CSV), the qualified-invoice
//! PDF (checked by extracting its text), payments, credit notes, voids and reports. Every error
//! path asserts the database is unchanged.

use crate::common::{Env, pdf_text, row};

/// A company with a registration number, address and bank, one customer and one item.
fn setup() -> Env {
    let env = Env::with_company();
    env.run(&["company", "set", "address", "東京都千代田区丸の内1-1-1"]);
    env.run(&[
        "company",
        "set",
        "bank_account",
        "みずほ銀行 東京営業部 普通 1234567 カ)テスト",
    ]);
    env.run(&[
        "invoice",
        "customers",
        "add",
        "ABC",
        "ABC株式会社",
        "--department",
        "経理部",
        "--postal-code",
        "150-0001",
        "--address",
        "東京都渋谷区神宮前1-2-3",
        "--terms",
        "月末締め翌月末払い",
    ]);
    env.run(&[
        "invoice",
        "items",
        "add",
        "COFFEE",
        "コーヒー豆 200g",
        "--price",
        "1200",
        "--rate",
        "8",
        "--unit",
        "袋",
    ]);
    env
}

fn issue_mixed(env: &Env) -> serde_json::Value {
    env.json(&[
        "invoice",
        "issue",
        "--customer",
        "ABC",
        "--date",
        "2026-05-15",
        "--subject",
        "5月分",
        "--line",
        "保守作業;1.5;3333;10;時間",
        "--line",
        "システム利用料;1;50000;10;式",
        "--item",
        "COFFEE:3",
    ])
}

#[test]
fn customers_are_validated_and_addressed_with_one_honorific() {
    let env = setup();
    env.run(&[
        "invoice",
        "customers",
        "add",
        "YAMADA",
        "山田太郎",
        "--honorific",
        "様",
    ]);
    env.run(&[
        "invoice",
        "customers",
        "add",
        "XYZ",
        "XYZ合同会社",
        "--department",
        "総務部",
        "--contact",
        "鈴木花子",
    ]);
    let list = env.json(&["invoice", "customers", "list"]);
    assert_eq!(
        row(&list, "code", "ABC")["addressee"],
        "ABC株式会社 経理部 御中"
    );
    assert_eq!(row(&list, "code", "YAMADA")["addressee"], "山田太郎 様");
    assert_eq!(
        row(&list, "code", "XYZ")["addressee"],
        "XYZ合同会社 総務部 鈴木花子 様"
    );
    let stderr = env.fails(
        &[
            "invoice",
            "customers",
            "add",
            "BAD",
            "Bad",
            "--registration-number",
            "T1180301018772",
        ],
        1,
    );
    assert!(stderr.contains("check digit"), "{stderr}");
    env.fails(&["invoice", "customers", "add", "ABC", "Again"], 1);
    env.fails(
        &[
            "invoice",
            "customers",
            "add",
            "T",
            "T",
            "--terms",
            "someday",
        ],
        1,
    );
    env.run(&["invoice", "customers", "set", "ABC", "contact", "佐藤"]);
    let shown = env.json(&["invoice", "customers", "show", "ABC"]);
    assert_eq!(shown["rows"][0]["addressee"], "ABC株式会社 経理部 佐藤 様");
    let csv = "code,name,honorific,department,contact,postal_code,address,email,registration_number,payment_terms,tax_pricing\n\
               C1,一号商店,御中,,,,,,T1180301018771,net30,exclusive\n\
               C2,二号商店,御中,,,,,,T123,net30,exclusive\n";
    let file = env.file("customers.csv", csv.as_bytes());
    let stderr = env.fails(&["invoice", "customers", "import", &file], 1);
    assert!(
        stderr.contains("customers.csv:3: column 'registration_number'"),
        "{stderr}"
    );
}

#[test]
fn issuing_posts_the_entry_and_writes_a_qualified_invoice_pdf() {
    let env = setup();
    let out = issue_mixed(&env);
    let issued = &out["rows"][0];
    assert_eq!(issued["number"], "INV-2026-0001");
    assert_eq!(issued["due_date"], "2026-06-30");
    // 1.5 × 3,333 = 4,999.5 → 5,000; 10%: 55,000 → 5,500; 8%: 3,600 → 288.
    assert_eq!(issued["total"], "64388");
    let journal = env.json(&["ledger", "journal", "--search", "INV-2026-0001"]);
    let lines = journal["rows"].as_array().unwrap();
    assert_eq!(row(&journal, "account_code", "1150")["debit"], "64388");
    let sales: Vec<_> = lines
        .iter()
        .filter(|l| l["account_code"] == "4100")
        .map(|l| (l["credit"].clone(), l["tax_category"].clone()))
        .collect();
    assert_eq!(
        sales,
        vec![
            ("55000".into(), "課税売上10%".into()),
            ("3600".into(), "課税売上8%(軽)".into())
        ]
    );
    let taxes: Vec<_> = lines
        .iter()
        .filter(|l| l["account_code"] == "2180")
        .map(|l| l["credit"].clone())
        .collect();
    assert_eq!(taxes, vec!["5500", "288"]);

    let pdf = env.dir.path().join("invoices/INV-2026-0001.pdf");
    let text = pdf_text(&pdf);
    // Every item a qualified invoice must carry (消費税法57条の4①), and the figures.
    for needle in [
        "請求書",
        "テスト株式会社",
        "T1180301018771",
        "2026年5月15日",
        "ABC株式会社 経理部 御中",
        "保守作業",
        "コーヒー豆 200g ※",
        "※は軽減税率",
        "10%対象",
        "8%対象",
        "¥55,000",
        "¥5,500",
        "¥3,600",
        "¥288",
        "¥64,388",
        "INV-2026-0001",
        "みずほ銀行",
        "2026年6月30日",
        "1 / 1",
    ] {
        assert!(text.contains(needle), "PDF lacks {needle:?}:\n{text}");
    }
    let size = std::fs::metadata(&pdf).unwrap().len();
    assert!(size < 60_000, "the font must be subset: {size} bytes");
}

#[test]
fn pdfs_are_deterministic_and_can_be_rendered_in_english() {
    let env = setup();
    issue_mixed(&env);
    let a = env.dir.path().join("a.pdf");
    let b = env.dir.path().join("b.pdf");
    env.run(&["invoice", "pdf", "INV-2026-0001", "-o", a.to_str().unwrap()]);
    env.run(&["invoice", "pdf", "INV-2026-0001", "-o", b.to_str().unwrap()]);
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    assert_eq!(
        std::fs::read(&a).unwrap(),
        std::fs::read(env.dir.path().join("invoices/INV-2026-0001.pdf")).unwrap()
    );
    let en = env.dir.path().join("en.pdf");
    env.run(&[
        "--lang",
        "en",
        "invoice",
        "pdf",
        "INV-2026-0001",
        "-o",
        en.to_str().unwrap(),
    ]);
    let text = pdf_text(&en);
    assert!(
        text.contains("INVOICE") && text.contains("Registration no.: T1180301018771"),
        "{text}"
    );
}

#[test]
fn long_invoices_flow_onto_more_pages_with_the_header_repeated() {
    let env = setup();
    let mut args: Vec<String> = [
        "invoice",
        "issue",
        "--customer",
        "ABC",
        "--date",
        "2026-05-15",
    ]
    .map(String::from)
    .to_vec();
    for i in 1..=60 {
        args.push("--line".into());
        args.push(format!("部品{i:02};1;100;10"));
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    env.run(&args);
    let text = pdf_text(&env.dir.path().join("invoices/INV-2026-0001.pdf"));
    let pages = lopdf::Document::load(env.dir.path().join("invoices/INV-2026-0001.pdf"))
        .unwrap()
        .get_pages()
        .len();
    assert!(pages >= 2, "{pages} pages");
    assert!(
        text.contains(&format!("1 / {pages}")) && text.contains(&format!("{pages} / {pages}")),
        "{text}"
    );
    assert!(
        text.contains("部品01") && text.contains("部品60") && text.contains("¥6,600"),
        "{text}"
    );
    assert!(
        text.matches("品名").count() >= 2,
        "the table header repeats on page 2"
    );
}

#[test]
fn issue_errors_change_nothing() {
    let env = setup();
    let stderr = env.fails(
        &[
            "invoice",
            "issue",
            "--customer",
            "NOPE",
            "--line",
            "x;1;100;10",
            "--no-pdf",
        ],
        1,
    );
    assert!(stderr.contains("unknown customer 'NOPE'"), "{stderr}");
    let stderr = env.fails(
        &[
            "invoice",
            "issue",
            "--customer",
            "ABC",
            "--line",
            "x;1;100;5",
        ],
        2,
    );
    assert!(stderr.contains("tax rate"), "{stderr}");
    let stderr = env.fails(
        &[
            "invoice",
            "issue",
            "--customer",
            "ABC",
            "--line",
            "x;-1;100;10",
        ],
        2,
    );
    assert!(stderr.contains("positive"), "{stderr}");
    env.fails(
        &["invoice", "issue", "--customer", "ABC", "--item", "TEA:1"],
        1,
    );
    env.fails(&["invoice", "issue", "--customer", "ABC"], 2);
    env.run(&["ledger", "lock", "--through", "2026-05-31"]);
    let stderr = env.fails(
        &[
            "invoice",
            "issue",
            "--customer",
            "ABC",
            "--date",
            "2026-05-20",
            "--line",
            "x;1;100;10",
        ],
        1,
    );
    assert!(stderr.contains("locked"), "{stderr}");
    assert!(!env.dir.path().join("invoices").exists());
}

#[test]
fn a_company_without_a_registration_number_cannot_issue_qualified_invoices() {
    let env = Env::new();
    env.run(&["init", "--company", "未登録商店"]);
    env.run(&["invoice", "customers", "add", "A", "A社"]);
    let stderr = env.fails(
        &[
            "invoice",
            "issue",
            "--customer",
            "A",
            "--line",
            "x;1;100;10",
        ],
        1,
    );
    assert!(stderr.contains("--not-qualified"), "{stderr}");
    env.run(&[
        "invoice",
        "issue",
        "--customer",
        "A",
        "--line",
        "x;1;100;10",
        "--not-qualified",
    ]);
}

#[test]
fn billing_csv_issues_all_or_nothing_with_gapless_numbers() {
    let env = setup();
    env.run(&[
        "invoice",
        "customers",
        "add",
        "XYZ",
        "XYZ合同会社",
        "--pricing",
        "inclusive",
    ]);
    let good = "invoice_key,customer,date,due,subject,item,quantity,unit_price,tax_rate,note\n\
                a,ABC,2026-05-31,,5月分,保守,1,30000,10,\n\
                a,ABC,2026-05-31,,5月分,COFFEE,2,,,\n\
                b,XYZ,2026-05-31,2026-06-15,5月分,利用料,1,11000,10,税込\n";
    let bad = good.replace("1,11000,10", "1,11000,12");
    let bad_file = env.file("bad.csv", bad.as_bytes());
    let stderr = env.fails(&["invoice", "issue", "--from-csv", &bad_file], 1);
    assert!(stderr.contains("bad.csv:4: column 'tax_rate'"), "{stderr}");
    // CP932 accepted; numbering starts at 1 because the failed run left no gap.
    let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(good);
    let file = env.file("billing.csv", &sjis);
    let out = env.json(&["invoice", "issue", "--from-csv", &file]);
    let numbers: Vec<_> = out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["number"].clone())
        .collect();
    assert_eq!(numbers, vec!["INV-2026-0001", "INV-2026-0002"]);
    assert_eq!(out["rows"][0]["total"], "35592"); // 30,000 + 3,000 tax + 2,400 + 192 tax
    assert_eq!(out["rows"][1]["total"], "11000"); // tax-inclusive: 1,000 tax inside
    let xyz = env.json(&["invoice", "show", "INV-2026-0002"]);
    assert_eq!(row(&xyz, "kind", "rate_tax")["amount"], "1000");
    // A further row of an invoice naming another customer, date or subject is refused: the
    // first row's would be issued, the line billed to the wrong customer. Empty ones carry on.
    let header = "invoice_key,customer,date,due,subject,item,quantity,unit_price,tax_rate,note\n";
    for (second, column) in [
        ("c,XYZ,2026-06-30,,6月分,COFFEE,1,,,", "customer"),
        ("c,ABC,2026-07-01,,6月分,COFFEE,1,,,", "date"),
        ("c,ABC,2026-06-30,,7月分,COFFEE,1,,,", "subject"),
        ("c,ABC,2026-06-30,2026-07-15,,COFFEE,1,,,", "due"),
    ] {
        let text = format!("{header}c,ABC,2026-06-30,,6月分,保守,1,30000,10,\n{second}\n");
        let file = env.file("mixed.csv", text.as_bytes());
        let stderr = env.fails(&["invoice", "issue", "--from-csv", &file], 1);
        assert!(
            stderr.contains(&format!("mixed.csv:3: column '{column}': invoice 'c'")),
            "{second}: {stderr}"
        );
    }
    let text =
        format!("{header}c,ABC,2026-06-30,,6月分,保守,1,30000,10,\nc,,2026/6/30,,,COFFEE,2,,,\n");
    let file = env.file("continued.csv", text.as_bytes());
    let out = env.json(&["invoice", "issue", "--from-csv", &file]);
    assert_eq!(out["rows"][0]["total"], "35592");
}

#[test]
fn drafts_are_saved_then_issued() {
    let env = setup();
    let out = env.json(&[
        "invoice",
        "issue",
        "--customer",
        "ABC",
        "--line",
        "x;1;1000;10",
        "--draft",
    ]);
    assert_eq!(out["rows"][0]["number"], "draft 1");
    assert_eq!(
        env.json(&["ledger", "journal"])["rows"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    let out = env.json(&["invoice", "issue", "--draft-id", "1"]);
    assert_eq!(out["rows"][0]["number"], "INV-2026-0001");
    env.fails(&["invoice", "issue", "--draft-id", "1"], 1);
}

#[test]
fn payments_fees_overpayments_and_status() {
    let env = setup();
    issue_mixed(&env);
    let out = env.json(&[
        "invoice",
        "pay",
        "INV-2026-0001",
        "--amount",
        "30000",
        "--date",
        "2026-05-15",
    ]);
    assert_eq!(out["rows"][0]["open"], "34388");
    let list = env.json(&["invoice", "list"]);
    assert_eq!(
        row(&list, "number", "INV-2026-0001")["status"],
        "partially_paid"
    );
    // The customer deducts a ¥660 transfer fee: 600 支払手数料 + 60 仮払消費税等.
    let out = env.json(&[
        "invoice",
        "pay",
        "INV-2026-0001",
        "--amount",
        "35000",
        "--fee",
        "660",
        "--date",
        "2026-05-15",
    ]);
    assert_eq!(out["rows"][0]["overpaid"], "1272");
    assert_eq!(out["rows"][0]["open"], "0");
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-05-31"]);
    assert_eq!(row(&tb, "code", "1150")["closing"], "0");
    assert_eq!(row(&tb, "code", "6330")["closing"], "600");
    assert_eq!(row(&tb, "code", "1350")["closing"], "60");
    assert_eq!(row(&tb, "code", "2150")["closing"], "1272");
    assert_eq!(row(&tb, "code", "1120")["closing"], "65000");
    assert_eq!(
        row(&env.json(&["invoice", "list"]), "number", "INV-2026-0001")["status"],
        "paid"
    );
    let stderr = env.fails(&["invoice", "pay", "INV-2026-0001", "--amount", "1"], 1);
    assert!(stderr.contains("already paid"), "{stderr}");
}

#[test]
fn aging_and_statement_as_of_any_date() {
    let env = setup();
    issue_mixed(&env); // due 2026-06-30
    env.run(&[
        "invoice",
        "issue",
        "--customer",
        "ABC",
        "--date",
        "2026-03-10",
        "--line",
        "古い作業;1;10000;10",
        "--no-pdf",
    ]); // due 2026-04-30
    env.run(&[
        "invoice",
        "pay",
        "INV-2025-0001",
        "--amount",
        "11000",
        "--date",
        "2026-06-10",
    ]);
    let aging = env.json(&["invoice", "aging", "--as-of", "2026-05-31"]);
    let abc = row(&aging, "customer", "ABC");
    assert_eq!(abc["current"], "64388");
    assert_eq!(abc["days_31_60"], "11000");
    assert_eq!(abc["total"], "75388");
    let later = env.json(&["invoice", "aging", "--as-of", "2026-08-15"]);
    assert_eq!(row(&later, "customer", "ABC")["days_31_60"], "64388");
    assert_eq!(row(&later, "customer", "ABC")["total"], "64388");
    let list = env.json(&["invoice", "list", "--status", "overdue"]);
    assert_eq!(list["rows"].as_array().unwrap().len(), 1); // today is 2026-05-15: INV-2025-0001 is past due
    let st = env.json(&["invoice", "statement", "ABC", "--to", "2026-06-30"]);
    let last = st["rows"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["balance"], "64388");
}

#[test]
fn credit_notes_and_voids() {
    let env = setup();
    issue_mixed(&env);
    let out = env.json(&[
        "invoice",
        "credit",
        "INV-2026-0001",
        "--line",
        "コーヒー豆 200g;1;1200;8",
        "--reason",
        "返品",
        "--date",
        "2026-05-20",
    ]);
    assert_eq!(out["rows"][0]["number"], "CN-2026-0001");
    assert_eq!(out["rows"][0]["total"], "1296");
    let text = pdf_text(&env.dir.path().join("invoices/CN-2026-0001.pdf"));
    for needle in [
        "返還請求書",
        "T1180301018771",
        "INV-2026-0001",
        "2026年5月15日",
        "2026年5月20日",
        "8%対象",
        "¥96",
        "¥1,296",
        "返品",
    ] {
        assert!(
            text.contains(needle),
            "credit note PDF lacks {needle:?}:\n{text}"
        );
    }
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-05-31"]);
    assert_eq!(row(&tb, "code", "4110")["closing"], "1200");
    assert_eq!(row(&tb, "code", "1150")["closing"], "63092");
    let stderr = env.fails(
        &[
            "invoice",
            "credit",
            "INV-2026-0001",
            "--line",
            "x;1;100000;10",
        ],
        1,
    );
    assert!(stderr.contains("open"), "{stderr}");
    // A credited invoice cannot be voided; a fresh one can, and then takes no payment.
    env.fails(&["invoice", "void", "INV-2026-0001"], 1);
    env.run(&[
        "invoice",
        "issue",
        "--customer",
        "ABC",
        "--line",
        "x;1;1000;10",
        "--no-pdf",
    ]);
    env.run(&["invoice", "void", "INV-2026-0002", "--reason", "二重発行"]);
    let stderr = env.fails(&["invoice", "pay", "INV-2026-0002", "--amount", "1100"], 1);
    assert!(stderr.contains("void"), "{stderr}");
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-05-31"]);
    assert_eq!(row(&tb, "code", "1150")["closing"], "63092");
    let list = env.json(&["invoice", "list"]);
    assert_eq!(row(&list, "number", "INV-2026-0002")["status"], "void");
    // The number stays used: the next invoice is 0003.
    let out = env.json(&[
        "invoice",
        "issue",
        "--customer",
        "ABC",
        "--line",
        "x;1;1000;10",
        "--no-pdf",
    ]);
    assert_eq!(out["rows"][0]["number"], "INV-2026-0003");
}

#[test]
fn issued_invoices_are_immutable_in_the_database() {
    let env = setup();
    issue_mixed(&env);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    assert!(
        conn.execute(
            "UPDATE invoice SET total = 1 WHERE number = 'INV-2026-0001'",
            []
        )
        .is_err()
    );
    assert!(
        conn.execute("UPDATE invoice_line SET amount = 1", [])
            .is_err()
    );
    assert!(conn.execute("DELETE FROM invoice", []).is_err());
}

#[test]
fn export_lists_every_line() {
    let env = setup();
    issue_mixed(&env);
    let csv = env.run(&["invoice", "export"]);
    assert!(csv.starts_with("number,kind,status,date,due_date,customer"));
    assert_eq!(csv.lines().count(), 4);
    assert!(csv.contains("INV-2026-0001,invoice,issued,2026-05-15,2026-06-30,ABC,ABC株式会社,5月分,3,コーヒー豆 200g,3,袋,1200,8,3600"), "{csv}");
}

#[test]
fn rounding_numbering_and_accounts_are_company_settings() {
    let env = setup();
    env.fails(&["company", "set", "invoice_tax_rounding", "banker"], 1);
    env.fails(
        &["company", "set", "invoice_number_pattern", "INV-{YYYY}"],
        1,
    );
    env.fails(&["company", "set", "invoice_sales_account", "売り上げ"], 1);
    env.run(&["company", "set", "invoice_tax_rounding", "half-up"]);
    env.run(&["company", "set", "invoice_number_pattern", "{YY}{MM}-{NNN}"]);
    env.run(&["company", "set", "invoice_sales_account", "Sales"]);
    let shown = env.json(&["company", "show"]);
    assert_eq!(row(&shown, "key", "invoice_sales_account")["value"], "4100");
    assert_eq!(
        row(&shown, "key", "invoice_line_rounding")["default"],
        "half-up"
    );
    // Three lines of ¥105 at 10%: per invoice 31.5 → 32 with half-up (31 with the default floor).
    let out = env.json(&[
        "invoice",
        "issue",
        "--customer",
        "ABC",
        "--date",
        "2026-05-15",
        "--no-pdf",
        "--line",
        "a;1;105;10",
        "--line",
        "b;1;105;10",
        "--line",
        "c;1;105;10",
    ]);
    assert_eq!(out["rows"][0]["number"], "2605-001");
    assert_eq!(out["rows"][0]["total"], "347");
}
