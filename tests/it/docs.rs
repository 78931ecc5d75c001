//! The document archive from the outside: storing, the 電子帳簿保存法 searches, versions, logical
//! deletion, hash verification, export/import, retention and contracts.

use crate::common::{Env, row};

fn setup() -> Env {
    let env = Env::with_company();
    let taxi = env.file("taxi.txt", "タクシー代 東京駅から品川駅 領収書".as_bytes());
    let hotel = env.file("hotel.txt", "宿泊費 大阪 ビジネスホテル 2泊".as_bytes());
    let lease = env.file("lease.txt", "事務所賃貸借契約書 更新条項あり".as_bytes());
    env.run(&[
        "docs",
        "add",
        &taxi,
        "--type",
        "領収書",
        "--date",
        "2026-05-10",
        "--amount",
        "2,300",
        "--counterparty",
        "日本交通",
        "--tags",
        "交通費,出張",
    ]);
    env.run(&[
        "docs",
        "add",
        &hotel,
        "--type",
        "receipt",
        "--date",
        "2026-05-20",
        "--amount",
        "18000",
        "--counterparty",
        "大阪ホテル",
        "--tags",
        "出張",
    ]);
    env.run(&[
        "docs",
        "add",
        &lease,
        "--type",
        "contract",
        "--date",
        "2025-07-01",
        "--amount",
        "1200000",
        "--counterparty",
        "丸の内不動産",
        "--title",
        "事務所賃貸借",
        "--contract-start",
        "2025-07-01",
        "--contract-end",
        "2027-06-30",
        "--notice",
        "2026-06-30",
    ]);
    env
}

fn ids(report: &serde_json::Value) -> Vec<i64> {
    report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect()
}

fn search(env: &Env, args: &[&str]) -> Vec<i64> {
    let mut all = vec!["docs", "search"];
    all.extend_from_slice(args);
    ids(&env.json(&all))
}

#[test]
fn searches_by_date_amount_counterparty_and_text_in_any_combination() {
    let env = setup();
    assert_eq!(search(&env, &[]), vec![3, 1, 2]);
    assert_eq!(
        search(&env, &["--from", "2026-05-01", "--to", "2026-05-15"]),
        vec![1]
    );
    assert_eq!(
        search(&env, &["--min", "2000", "--max", "20000"]),
        vec![1, 2]
    );
    assert_eq!(search(&env, &["--min", "100000"]), vec![3]);
    assert_eq!(search(&env, &["--counterparty", "ホテル"]), vec![2]);
    assert_eq!(
        search(
            &env,
            &[
                "--from",
                "2026-05-01",
                "--min",
                "10000",
                "--counterparty",
                "大阪"
            ]
        ),
        vec![2]
    );
    assert_eq!(
        search(
            &env,
            &[
                "--from",
                "2026-05-01",
                "--min",
                "10000",
                "--counterparty",
                "日本"
            ]
        ),
        Vec::<i64>::new()
    );
    assert_eq!(search(&env, &["--type", "contract"]), vec![3]);
    assert_eq!(search(&env, &["--tag", "出張"]), vec![1, 2]);
    // Japanese words of two characters and of three or more.
    assert_eq!(search(&env, &["--text", "品川"]), vec![1]);
    assert_eq!(search(&env, &["--text", "ビジネスホテル"]), vec![2]);
    assert_eq!(search(&env, &["--text", "更新条項"]), vec![3]);
    assert_eq!(search(&env, &["--text", "出張 大阪"]), vec![2]);
    assert_eq!(
        search(&env, &["--text", "領収書", "--max", "1000"]),
        Vec::<i64>::new()
    );
    let json = env.json(&["docs", "search", "--text", "品川"]);
    assert_eq!(json["rows"][0]["sha256"].as_str().unwrap().len(), 64);
    assert_eq!(json["rows"][0]["amount"], "2300");
    // Words with a date range (the range's documents intersected with the words' matches).
    for (from, to, expected) in [
        ("2026-05-01", "2026-05-31", vec![1]),
        ("2026-05-16", "2026-12-31", vec![]),
        ("2026-01-01", "2026-05-15", vec![1]),
    ] {
        let args = ["--text", "品川", "--from", from, "--to", to];
        assert_eq!(search(&env, &args), expected, "{from}..{to}");
    }
    assert_eq!(
        search(&env, &["--text", "出張 大阪", "--from", "2026-05-01"]),
        vec![2]
    );
    assert_eq!(
        search(&env, &["--text", "ホテル", "--to", "2026-04-30"]),
        Vec::<i64>::new()
    );
    // --limit shows the earliest and says how many matched.
    let first = env.json(&["docs", "search", "--limit", "2"]);
    assert_eq!(ids(&first), vec![3, 1]);
    assert_eq!(first["notes"][0], "2 of 3 documents shown");
    let all = env.json(&["docs", "search", "--limit", "5"]);
    assert_eq!(ids(&all), vec![3, 1, 2]);
}

#[test]
fn identical_content_is_stored_once_and_get_returns_the_original_bytes() {
    let env = setup();
    let again = env.file("again.txt", "タクシー代 東京駅から品川駅 領収書".as_bytes());
    let out = env.json(&[
        "docs",
        "add",
        &again,
        "--type",
        "receipt",
        "--date",
        "2026-05-10",
        "--counterparty",
        "日本交通",
    ]);
    assert_eq!(out["rows"][0]["result"], "already stored");
    assert_eq!(out["rows"][0]["id"], 1);
    assert_eq!(search(&env, &[]).len(), 3);
    let target = env.dir.path().join("back.txt");
    env.run(&["docs", "get", "1", "-o", target.to_str().unwrap()]);
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        "タクシー代 東京駅から品川駅 領収書"
    );
}

#[test]
fn corrections_keep_every_version_with_who_when_why() {
    let env = setup();
    let scan = env.file("taxi-scan.txt", "タクシー代 訂正版 2,400円".as_bytes());
    env.run(&[
        "docs",
        "correct",
        "1",
        "--amount",
        "2400",
        "--file",
        &scan,
        "--reason",
        "金額の読み取り誤り",
    ]);
    assert_eq!(search(&env, &["--min", "2400", "--max", "2400"]), vec![1]);
    assert_eq!(
        search(&env, &["--min", "2300", "--max", "2300"]),
        Vec::<i64>::new()
    );
    assert_eq!(search(&env, &["--text", "訂正版"]), vec![1]);
    let history = env.json(&["docs", "history", "1"]);
    let rows = history["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["action"], "add");
    assert_eq!(rows[0]["amount"], "2300");
    assert_eq!(rows[1]["action"], "correct");
    assert_eq!(rows[1]["reason"], "金額の読み取り誤り");
    assert_eq!(rows[1]["amount"], "2400");
    // The first version's bytes are still there.
    let v1 = env.dir.path().join("v1.txt");
    env.run(&[
        "docs",
        "get",
        "1",
        "--version",
        "1",
        "-o",
        v1.to_str().unwrap(),
    ]);
    assert!(std::fs::read_to_string(&v1).unwrap().contains("品川"));
    env.fails(&["docs", "correct", "1", "--amount", "1"], 2);
}

#[test]
fn deleted_documents_are_hidden_but_kept() {
    let env = setup();
    env.run(&["docs", "delete", "2", "--reason", "重複登録"]);
    assert_eq!(search(&env, &[]), vec![3, 1]);
    assert_eq!(search(&env, &["--include-deleted"]), vec![3, 1, 2]);
    let stderr = env.fails(
        &["docs", "correct", "2", "--amount", "1", "--reason", "x"],
        1,
    );
    assert!(stderr.contains("deleted"), "{stderr}");
    env.fails(&["docs", "delete", "2", "--reason", "again"], 1);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    assert!(
        conn.execute("DELETE FROM document WHERE id = 2", [])
            .is_err()
    );
    assert!(
        conn.execute("UPDATE doc_blob SET content = x'00'", [])
            .is_err()
    );
    assert!(
        conn.execute("UPDATE doc_version SET amount = 1", [])
            .is_err()
    );
}

#[test]
fn tampered_bytes_fail_the_check() {
    let env = setup();
    let out = env.json(&["check"]);
    assert_eq!(row(&out, "check", "document_hashes")["status"], "ok");
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch("DROP TRIGGER doc_blob_no_update; UPDATE doc_blob SET content = CAST('forged' AS BLOB) WHERE id = 1;").unwrap();
    drop(conn);
    let out = env
        .bko()
        .args(["--format", "json", "check"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(row(&report, "check", "document_hashes")["status"], "fail");
    let target = env.dir.path().join("x.txt");
    env.bko()
        .args(["docs", "get", "1", "-o", target.to_str().unwrap()])
        .assert()
        .code(4);
}

#[test]
fn export_names_files_for_the_tax_office_and_imports_back() {
    let env = setup();
    let out = env.dir.path().join("export");
    env.run(&[
        "docs",
        "export",
        "--from",
        "2026-05-01",
        "--to",
        "2026-05-31",
        out.to_str().unwrap(),
    ]);
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        vec![
            "20260510_日本交通_2300.txt",
            "20260520_大阪ホテル_18000.txt",
            "index.csv"
        ]
    );
    let index = std::fs::read_to_string(out.join("index.csv")).unwrap();
    assert!(
        index.starts_with("file,id,version,type,date,amount,counterparty"),
        "{index}"
    );
    let other = Env::with_company();
    let result = other.json(&["docs", "import", out.to_str().unwrap(), "--type", "receipt"]);
    assert_eq!(result["rows"].as_array().unwrap().len(), 2);
    let found = other.json(&["docs", "search", "--counterparty", "大阪"]);
    assert_eq!(found["rows"][0]["amount"], "18000");
    assert_eq!(found["rows"][0]["date"], "2026-05-20");
}

#[test]
fn a_search_shows_the_first_hundred_and_says_how_many_match_unless_all_is_asked() {
    let env = Env::with_company();
    let mut index = String::from("path,type,date,amount,counterparty,tags\n");
    for i in 0..103 {
        env.file(&format!("r{i}.txt"), format!("領収書 文具 {i}").as_bytes());
        // Two a day, so the earliest hundred end on 2026-02-19 (day 50 from 2026-01-01).
        let date = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(i / 2);
        index.push_str(&format!("r{i}.txt,receipt,{date},{},文具店,\n", 100 + i));
    }
    let index = env.file("index.csv", index.as_bytes());
    env.run(&["docs", "import", "--index", &index]);

    let out = env
        .bko()
        .args(["-q", "--format", "csv", "docs", "search", "--text", "文具"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).unwrap();
    assert_eq!(csv.lines().count(), 1 + 100, "{csv}");
    assert!(csv.lines().last().unwrap().contains("2026-02-19"), "{csv}");
    // Even with --quiet: a script reading the rows learns they are not all.
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("100 of 103 documents shown; --limit N or --all shows more"),
        "{stderr}"
    );
    let json = env.json(&["docs", "search", "--text", "文具"]);
    assert_eq!(json["rows"].as_array().unwrap().len(), 100);
    assert_eq!(json["notes"][0], "100 of 103 documents shown");

    // A table says it under the rows, once.
    let out = env
        .bko()
        .args(["docs", "search", "--text", "文具"])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.contains("100 of 103 documents shown (--limit N or --all shows more)"),
        "{table}"
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let all = env.json(&["docs", "search", "--text", "文具", "--all"]);
    assert_eq!(all["rows"].as_array().unwrap().len(), 103);
    assert!(all.get("notes").is_none(), "{all}");
    let stderr = env.run_stderr(&["docs", "search", "--all"]);
    assert!(!stderr.contains("shown"), "{stderr}");
    let five = env.json(&["docs", "search", "--limit", "5", "--min", "200"]);
    assert_eq!(ids(&five).len(), 3);
    assert!(five.get("notes").is_none(), "{five}");

    let stderr = env.fails(&["docs", "search", "--limit", "0"], 2);
    assert!(stderr.contains("--limit"), "{stderr}");
    let stderr = env.fails(&["docs", "search", "--all", "--limit", "5"], 2);
    assert!(stderr.contains("cannot be used with"), "{stderr}");
}

#[test]
fn index_import_is_all_or_nothing_with_file_line_errors() {
    let env = Env::with_company();
    env.file("a.txt", b"first");
    env.file("b.txt", b"second");
    let bad = env.file("index.csv", "path,type,date,amount,counterparty,tags\na.txt,receipt,2026-05-01,100,A社,\nb.txt,receipt,2026-05-32,200,B社,\n".as_bytes());
    let stderr = env.fails(&["docs", "import", "--index", &bad], 1);
    assert!(stderr.contains("index.csv:3: column 'date'"), "{stderr}");
    let missing = env.file(
        "index2.csv",
        "path,type,date,amount,counterparty\nnope.txt,receipt,2026-05-01,100,A社\n".as_bytes(),
    );
    let stderr = env.fails(&["docs", "import", "--index", &missing], 1);
    assert!(stderr.contains("index2.csv:2: column 'path'"), "{stderr}");
    let good = env.file("index3.csv", "path,type,date,amount,counterparty,tags\na.txt,receipt,2026-05-01,100,A社,x\nb.txt,invoice,2026-05-02,200,B社,\n".as_bytes());
    // The index given where a folder goes: the hint names --index.
    let stderr = env.fails(&["docs", "import", &good], 1);
    assert!(
        stderr.contains("is a file, not a folder") && stderr.contains("--index"),
        "{stderr}"
    );
    let out = env.json(&["docs", "import", "--index", &good]);
    assert_eq!(out["rows"].as_array().unwrap().len(), 2);
}

#[test]
fn add_errors_change_nothing() {
    let env = setup();
    let f = env.file("new.txt", b"new receipt");
    let stderr = env.fails(
        &[
            "docs",
            "add",
            "missing.pdf",
            "--type",
            "receipt",
            "--date",
            "2026-05-01",
            "--counterparty",
            "A",
        ],
        1,
    );
    assert!(stderr.contains("missing.pdf"), "{stderr}");
    env.fails(
        &[
            "docs",
            "add",
            &f,
            "--type",
            "receipt",
            "--date",
            "2026-13-01",
            "--counterparty",
            "A",
        ],
        2,
    );
    let stderr = env.fails(
        &[
            "docs",
            "add",
            &f,
            "--type",
            "receipt",
            "--date",
            "2026-05-01",
            "--amount",
            "12x",
            "--counterparty",
            "A",
        ],
        2,
    );
    assert!(stderr.contains("not an amount"), "{stderr}");
    for link in ["entry:99", "invoice:INV-9", "employee:E1"] {
        let stderr = env.fails(
            &[
                "docs",
                "add",
                &f,
                "--type",
                "receipt",
                "--date",
                "2026-05-01",
                "--counterparty",
                "A",
                "--link",
                link,
            ],
            1,
        );
        assert!(stderr.contains("unknown link target"), "{link}: {stderr}");
    }
    // Once the employee exists, an employment contract can be linked to them.
    env.run(&[
        "people",
        "add",
        "E1",
        "山田 太郎",
        "--hire-date",
        "2026-04-01",
    ]);
    env.run(&[
        "docs",
        "add",
        &f,
        "--type",
        "contract",
        "--date",
        "2026-04-01",
        "--counterparty",
        "山田 太郎",
        "--link",
        "employee:E1",
    ]);
    env.fails(
        &[
            "docs",
            "add",
            &f,
            "--type",
            "napkin",
            "--date",
            "2026-05-01",
            "--counterparty",
            "A",
        ],
        1,
    );
    env.fails(
        &[
            "docs",
            "add",
            &f,
            "--type",
            "receipt",
            "--date",
            "2026-05-01",
        ],
        1,
    );
}

#[test]
fn retention_and_disposal() {
    let env = setup();
    // Today is 2026-05-15: nothing is past retention, nothing can be disposed of.
    assert_eq!(ids(&env.json(&["docs", "retention"])), Vec::<i64>::new());
    let stderr = env.fails(&["docs", "dispose", "1", "--reason", "x"], 1);
    assert!(stderr.contains("must be kept until 2034-05-31"), "{stderr}");
    // On 2034-01-01 the FY2025 contract (kept until 2033-05-31) is past 7 years; the 2026 receipts
    // (kept until 2034-05-31) are not.
    let later = env
        .bko()
        .env("BKO_TODAY", "2034-01-01")
        .args(["--format", "json", "docs", "retention"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&later.stdout).unwrap();
    assert_eq!(ids(&report), vec![3]);
    // A loss year keeps its records 10 years.
    env.run(&["company", "set", "docs_loss_fiscal_years", "2025"]);
    let later = env
        .bko()
        .env("BKO_TODAY", "2034-01-01")
        .args(["--format", "json", "docs", "retention"])
        .output()
        .unwrap();
    assert_eq!(
        ids(&serde_json::from_slice(&later.stdout).unwrap()),
        Vec::<i64>::new()
    );
    env.bko()
        .env("BKO_TODAY", "2040-01-01")
        .args(["docs", "dispose", "1", "--reason", "保存期間満了"])
        .assert()
        .success();
    let target = env.dir.path().join("gone.txt");
    env.bko()
        .args(["docs", "get", "1", "-o", target.to_str().unwrap()])
        .assert()
        .code(1);
    let history = env.json(&["docs", "history", "1"]);
    assert_eq!(
        history["rows"].as_array().unwrap().last().unwrap()["action"],
        "dispose"
    );
}

#[test]
fn expiring_contracts_exit_4_for_scripts() {
    let env = setup();
    let out = env
        .bko()
        .args(["--format", "json", "docs", "expiring", "--within", "60d"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["rows"][0]["id"], 3);
    assert_eq!(report["rows"][0]["due"], "2026-06-30");
    assert_eq!(report["rows"][0]["what"], "renewal notice");
    env.bko()
        .args(["docs", "expiring", "--within", "10d"])
        .assert()
        .success();
}

#[test]
fn issued_invoices_are_archived_and_searchable() {
    let env = Env::with_company();
    env.run(&["invoice", "customers", "add", "ABC", "ABC株式会社"]);
    env.run(&[
        "invoice",
        "issue",
        "--customer",
        "ABC",
        "--subject",
        "保守契約",
        "--line",
        "保守作業;2;10000;10",
    ]);
    let found = env.json(&["docs", "search", "--type", "invoice", "--text", "保守作業"]);
    let doc = &found["rows"][0];
    assert_eq!(doc["counterparty"], "ABC株式会社");
    assert_eq!(doc["amount"], "22000");
    assert_eq!(doc["link"], "invoice:INV-2026-0001");
    assert_eq!(doc["media_type"], "application/pdf");
}
