//! JP PINT (Peppol) e-invoices: every kind of invoice bko issues (one rate, 10% and 8% mixed, an
//! exempt and an out-of-scope line, tax-inclusive pricing, a credit note, many lines with a discount) exported as UBL
//! and kept as golden files under tests/golden/jp-pint (regenerate with BKO_UPDATE_GENERATED=1);
//! `.ci/run` passes the same files to the official validator when Python is there. `invoice
//! validate` accepts the nine official examples and names the rule each broken copy breaks.

use std::path::{Path, PathBuf};

use crate::common::Env;

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/jp-pint")
}

fn official_examples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/jp-pint/official");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the official examples are kept beside the golden files")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "xml"))
        .collect();
    files.sort();
    files
}

/// A company with a registration number, an address and a bank account, and two customers with
/// theirs (their Peppol addresses).
fn company() -> Env {
    let env = Env::with_company();
    for (key, value) in [
        ("postal_code", "100-0005"),
        ("address", "東京都千代田区丸の内1-1-1"),
        (
            "bank_account",
            "みずほ銀行 東京営業部 普通 1234567 テスト(カ",
        ),
    ] {
        env.run(&["company", "set", key, value]);
    }
    env.run(&[
        "invoice",
        "customers",
        "add",
        "ABC",
        "ABC株式会社",
        "--department",
        "経理部",
        "--registration-number",
        "T5010001008846",
        "--postal-code",
        "150-0001",
        "--address",
        "東京都渋谷区神宮前1-2-3",
        "--terms",
        "月末締め翌月末払い",
    ]);
    env.run(&[
        "invoice",
        "customers",
        "add",
        "KAFE",
        "株式会社カフェ",
        "--registration-number",
        "T8700110005901",
        "--pricing",
        "inclusive",
    ]);
    env
}

fn issue(env: &Env, customer: &str, date: &str, subject: &str, lines: &[&str]) {
    let mut args = vec![
        "invoice",
        "issue",
        "--customer",
        customer,
        "--date",
        date,
        "--subject",
        subject,
        "--no-pdf",
    ];
    for line in lines {
        args.extend(["--line", line]);
    }
    env.run(&args);
}

/// Issues one document of each kind; returns (golden name, document number).
fn issue_every_kind(env: &Env) -> Vec<(&'static str, &'static str)> {
    issue(
        env,
        "ABC",
        "2026-05-01",
        "5月分 保守",
        &["保守作業;1.5;8000;10;時間", "出張費;1;5000;10;式"],
    );
    issue(
        env,
        "ABC",
        "2026-05-02",
        "食品と備品",
        &["コーヒー豆;3;1200;8;kg", "コーヒーミル;1;15000;10;台"],
    );
    issue(
        env,
        "ABC",
        "2026-05-03",
        "教材",
        &[
            "研修;1;30000;10",
            "検定済教科書;10;349;非課税;冊",
            "年会費;1;12000;対象外",
        ],
    );
    issue(
        env,
        "KAFE",
        "2026-05-04",
        "店頭販売（税込）",
        &[
            "弁当;3;1000;8;個",
            "お茶;3;150;8;本",
            "食器;1;3300;10;個",
            "紙袋;7;33;10;枚",
        ],
    );
    env.run(&[
        "invoice",
        "credit",
        "INV-2026-0002",
        "--line",
        "コーヒー豆;1;1200;8;kg",
        "--date",
        "2026-05-10",
        "--reason",
        "返品",
        "--no-pdf",
    ]);
    let many: Vec<String> = (1..=40)
        .map(|i| {
            let rate = if i % 3 == 0 { 8 } else { 10 };
            format!("品目{i:02};{};{};{rate};個", i % 7 + 1, 100 * i + 33)
        })
        .collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    issue(env, "ABC", "2026-05-31", "5月分 まとめ請求", &many);
    vec![
        ("one-rate", "INV-2026-0001"),
        ("mixed-rates", "INV-2026-0002"),
        ("exempt-and-out-of-scope", "INV-2026-0003"),
        ("tax-inclusive", "INV-2026-0004"),
        ("credit-note", "CN-2026-0001"),
        ("many-lines", "INV-2026-0005"),
    ]
}

#[test]
fn every_kind_of_invoice_exports_as_its_golden_jp_pint_file() {
    let env = company();
    let update = std::env::var("BKO_UPDATE_GENERATED").is_ok_and(|v| v == "1");
    let mut stale = Vec::new();
    for (name, number) in issue_every_kind(&env) {
        let xml = env.run(&["invoice", "export", number, "--as", "jp-pint"]);
        let golden = golden_dir().join(format!("{name}.xml"));
        if update {
            std::fs::write(&golden, &xml).unwrap();
        } else if std::fs::read_to_string(&golden).unwrap_or_default() != xml {
            stale.push(name);
        }
        // bko's own check accepts what bko writes.
        let file = env.file(&format!("{name}.xml"), xml.as_bytes());
        env.run(&["invoice", "validate", &file]);
    }
    assert!(
        stale.is_empty(),
        "out of date: {stale:?}\nrun: BKO_UPDATE_GENERATED=1 cargo test --test it einvoice"
    );
    // Many at once: one file per issued document into a folder.
    env.run(&[
        "invoice",
        "export",
        "--as",
        "jp-pint",
        "--from",
        "2026-05-01",
        "--to",
        "2026-05-31",
        "-o",
        "peppol",
    ]);
    let written = std::fs::read_dir(env.dir.path().join("peppol"))
        .unwrap()
        .count();
    assert_eq!(written, 6);
}

#[test]
fn exempt_and_out_of_scope_lines_are_booked_apart() {
    let env = company();
    issue_every_kind(&env);
    let journal = env.json(&["ledger", "journal"]);
    let sales: Vec<(String, String)> = journal["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["account"] == "売上高" && r["ref"] == "INV-2026-0003")
        .map(|r| {
            (
                r["credit"].as_str().unwrap().to_string(),
                r["tax_category"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        sales.contains(&("30000".into(), "課税売上10%".into())),
        "{sales:?}"
    );
    assert!(
        sales.contains(&("3490".into(), "非課税".into())),
        "{sales:?}"
    );
    assert!(
        sales.contains(&("12000".into(), "対象外".into())),
        "{sales:?}"
    );
}

#[test]
fn the_golden_files_hold_what_the_rules_need() {
    let read = |name: &str| std::fs::read_to_string(golden_dir().join(name)).unwrap();
    let mixed = read("mixed-rates.xml");
    // ¥3,600 at 8% (tax 288) and ¥15,000 at 10% (tax 1,500): one subtotal per rate.
    assert!(mixed.contains("<cbc:ID>AA</cbc:ID>") && mixed.contains("<cbc:ID>S</cbc:ID>"));
    assert!(mixed.contains(">288<") && mixed.contains(">1500<") && mixed.contains(">20388<"));
    let exempt = read("exempt-and-out-of-scope.xml");
    // The 0% lines: 非課税 (E, rate 0) and 不課税 (O, no rate), one subtotal each.
    assert!(exempt.contains("<cbc:ID>E</cbc:ID>"), "{exempt}");
    assert_eq!(
        exempt
            .matches("<cbc:ID>O</cbc:ID>\n        <cac:TaxScheme>")
            .count(),
        2
    );
    assert!(
        exempt.contains(">3490<") && exempt.contains(">12000<"),
        "{exempt}"
    );
    let credit = read("credit-note.xml");
    assert!(credit.contains("<CreditNote ") && credit.contains("<cbc:CreditNoteTypeCode>381"));
    assert!(
        credit.contains("<cbc:ID>INV-2026-0002</cbc:ID>"),
        "{credit}"
    );
    let inclusive = read("tax-inclusive.xml");
    // 弁当 3×1,000 + お茶 3×150 at 8% = 3,450 incl.: tax 255 (floor of 3,450×8/108), net 3,195
    // shared by the two lines as 2,778 + 417.
    assert!(
        inclusive.contains(">3195<") && inclusive.contains(">255<"),
        "{inclusive}"
    );
    assert!(
        inclusive.contains(">2778<") && inclusive.contains(">417<"),
        "{inclusive}"
    );
    let many = read("many-lines.xml");
    assert_eq!(many.matches("<cac:InvoiceLine>").count(), 40);
    assert!(many.contains("<cbc:ID>40</cbc:ID>"), "{many}");
}

#[test]
fn validate_accepts_the_official_examples_and_names_each_broken_rule() {
    let env = Env::new();
    let examples = official_examples();
    assert_eq!(examples.len(), 9);
    let mut args = vec!["invoice".to_string(), "validate".to_string()];
    args.extend(examples.iter().map(|p| p.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    env.run(&args);
    let minimum = std::fs::read_to_string(&examples[1]).unwrap();
    assert!(minimum.contains("Example1-minimum") || examples[1].ends_with("Example1-minimum.xml"));
    let broken = [
        // The total with tax no longer adds up.
        (
            minimum.replace(
                "<cbc:TaxInclusiveAmount currencyID=\"JPY\">281240",
                "<cbc:TaxInclusiveAmount currencyID=\"JPY\">281241",
            ),
            "ibr-co-15",
        ),
        // A 10% tax outside floor..ceil of its base.
        (
            minimum.replacen(
                "<cbc:TaxAmount currencyID=\"JPY\">25250</cbc:TaxAmount> <!-- IBT-117",
                "<cbc:TaxAmount currencyID=\"JPY\">25000</cbc:TaxAmount> <!-- IBT-117",
                1,
            ),
            "aligned-ibrp-051-jp",
        ),
        // A seller without a T-number.
        (
            minimum.replace("<cbc:CompanyID>T1234567890123</cbc:CompanyID>", ""),
            "aligned-ibr-jp-04",
        ),
        // Not JP PINT.
        (
            minimum.replace("urn:peppol:pint:billing-1@jp-1", "urn:cen.eu:en16931:2017"),
            "aligned-ibrp-001-jp",
        ),
        // A line without a name.
        (
            minimum.replace("<cbc:Name>デスクチェア</cbc:Name>", ""),
            "ibr-025",
        ),
        // A two-digit year, which chrono alone would read as the year 23.
        (
            minimum.replace(
                "<cbc:IssueDate>2023-10-24</cbc:IssueDate>",
                "<cbc:IssueDate>23-10-24</cbc:IssueDate>",
            ),
            "ibr-003",
        ),
        // An optional date given but not a date: refused, never dropped.
        (
            minimum.replace(
                "<cbc:IssueDate>2023-10-24</cbc:IssueDate>",
                "<cbc:IssueDate>2023-10-24</cbc:IssueDate><cbc:DueDate>2023-11-31</cbc:DueDate>",
            ),
            "ubl-date",
        ),
    ];
    for (xml, rule) in broken {
        assert_ne!(xml, minimum, "the copy for {rule} is not broken");
        let file = env.file("broken.xml", xml.as_bytes());
        let out = env
            .bko()
            .args(["--format", "json", "invoice", "validate", &file])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(4), "{rule}");
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let rules: Vec<&str> = report["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["rule"].as_str().unwrap())
            .collect();
        assert!(rules.contains(&rule), "{rule} not in {rules:?}");
    }
    let not_ubl = env.file(
        "order.xml",
        b"<?xml version=\"1.0\"?><Order><ID>1</ID></Order>",
    );
    let err = env.fails(&["invoice", "validate", &not_ubl], 1);
    assert!(err.contains("not a UBL invoice"), "{err}");
    let not_xml = env.file("junk.xml", b"<Invoice><cbc:ID>1</Invoice>");
    let err = env.fails(&["invoice", "validate", &not_xml], 1);
    assert!(err.contains("not an XML file"), "{err}");
}

#[test]
fn an_invoice_to_a_customer_without_a_peppol_address_is_refused_with_the_fix() {
    let env = company();
    env.run(&["invoice", "customers", "add", "NONE", "番号なし商店"]);
    issue(&env, "NONE", "2026-05-01", "x", &["作業;1;1000;10"]);
    let err = env.fails(
        &["invoice", "export", "INV-2026-0001", "--as", "jp-pint"],
        1,
    );
    assert!(
        err.contains("no Peppol address") && err.contains("peppol_id"),
        "{err}"
    );
    // A sole proprietor's address on its own scheme: set once, used from then on.
    let err = env.fails(
        &[
            "invoice",
            "customers",
            "set",
            "NONE",
            "peppol_id",
            "0188:123",
        ],
        1,
    );
    assert!(err.contains("not a 法人番号"), "{err}");
    let err = env.fails(
        &["invoice", "customers", "set", "NONE", "peppol_id", "T123"],
        1,
    );
    assert!(err.contains("SCHEME:ID"), "{err}");
    env.run(&[
        "invoice",
        "customers",
        "set",
        "NONE",
        "peppol_id",
        "0221:T2011101012138",
    ]);
    let xml = env.run(&["invoice", "export", "INV-2026-0001", "--as", "jp-pint"]);
    assert!(
        xml.contains("<cbc:EndpointID schemeID=\"0221\">T2011101012138</cbc:EndpointID>"),
        "{xml}"
    );
    let list = env.json(&["invoice", "customers", "list"]);
    assert_eq!(
        crate::common::row(&list, "code", "NONE")["peppol_id"],
        "0221:T2011101012138"
    );
    let file = env.file("none.xml", xml.as_bytes());
    env.run(&["invoice", "validate", &file]);
}

/// Per rate (rate, base, tax) as `invoice show` lists them.
fn invoice_rates(env: &Env, number: &str) -> Vec<(i64, String, String)> {
    let shown = env.json(&["invoice", "show", number]);
    let rows = shown["rows"].as_array().unwrap();
    let amount = |kind: &str, rate: i64| -> String {
        rows.iter()
            .find(|r| r["kind"] == kind && r["tax_rate"] == rate)
            .map(|r| r["amount"].as_str().unwrap().to_string())
            .unwrap()
    };
    let mut rates: Vec<i64> = rows
        .iter()
        .filter(|r| r["kind"] == "rate_base")
        .map(|r| r["tax_rate"].as_i64().unwrap())
        .collect();
    rates.sort_unstable_by(|a, b| b.cmp(a));
    rates
        .into_iter()
        .map(|r| (r, amount("rate_base", r), amount("rate_tax", r)))
        .collect()
}

#[test]
fn an_invoice_sent_as_jp_pint_is_the_same_bill_on_the_receiving_side() {
    let seller = company();
    let numbers = issue_every_kind(&seller);
    let buyer = Env::new();
    buyer.run(&[
        "init",
        "--company",
        "ABC株式会社",
        "--registration-number",
        "T5010001008846",
    ]);
    buyer.run(&[
        "payables",
        "suppliers",
        "add",
        "TEST",
        "テスト株式会社",
        "--registration-number",
        "T1180301018771",
    ]);
    let mut bill_id = 0;
    for (name, number) in numbers.iter().filter(|(n, _)| *n != "credit-note") {
        let xml = seller.run(&["invoice", "export", number, "--as", "jp-pint"]);
        let file = buyer.file(&format!("{name}.xml"), xml.as_bytes());
        buyer.run(&["payables", "bills", "import", &file]);
        bill_id += 1;
        let bill = buyer.json(&["payables", "bills", "show", &bill_id.to_string()]);
        let received: Vec<(i64, String, String)> = bill["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let rate = r["rate"].as_str().unwrap().trim_end_matches('%');
                (
                    rate.parse().unwrap(),
                    r["base"].as_str().unwrap().to_string(),
                    r["tax"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        assert_eq!(received, invoice_rates(&seller, number), "{name}");
    }
    // The XML is archived as the 電子取引 original, linked to the bill's entry.
    let docs = buyer.json(&["docs", "search", "--text", "電子取引"]);
    assert_eq!(docs["rows"].as_array().unwrap().len(), 5, "{docs}");
    // The same invoice twice is refused, and so is a credit note or an unknown seller.
    let again = buyer.file(
        "again.xml",
        seller
            .run(&["invoice", "export", "INV-2026-0001", "--as", "jp-pint"])
            .as_bytes(),
    );
    let err = buyer.fails(&["payables", "bills", "import", &again], 1);
    assert!(err.contains("already sent bill INV-2026-0001"), "{err}");
    let credit = buyer.file(
        "cn.xml",
        seller
            .run(&["invoice", "export", "CN-2026-0001", "--as", "jp-pint"])
            .as_bytes(),
    );
    let err = buyer.fails(&["payables", "bills", "import", &credit], 1);
    assert!(err.contains("is a credit note"), "{err}");
    let example = official_examples()[1].display().to_string();
    let err = buyer.fails(&["payables", "bills", "import", &example], 1);
    assert!(
        err.contains("no supplier has the registration number T1234567890123"),
        "{err}"
    );
    // A JP PINT invoice whose totals do not add up is refused naming the rule.
    let broken = xml_replace(
        &seller,
        "INV-2026-0001",
        "<cbc:PayableAmount currencyID=\"JPY\">",
        "<cbc:PayableAmount currencyID=\"JPY\">1",
    );
    let file = buyer.file("broken.xml", broken.as_bytes());
    let err = buyer.fails(&["payables", "bills", "import", &file], 1);
    assert!(err.contains("ibr-co-16"), "{err}");
}

fn xml_replace(env: &Env, number: &str, from: &str, to: &str) -> String {
    let xml = env.run(&["invoice", "export", number, "--as", "jp-pint"]);
    assert!(xml.contains(from));
    xml.replace(from, to)
}
