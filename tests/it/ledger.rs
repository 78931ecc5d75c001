//! The ledger from the outside: init, accounts, posting, reversing, locking, import/export and
//! reports, each error path asserting the database is unchanged.

use crate::common::{Env, row, texts};
use predicates::prelude::*;

const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");

fn example(name: &str) -> String {
    format!("{EXAMPLES}/{name}")
}

fn post_rent(env: &Env, date: &str) -> String {
    env.run(&[
        "ledger",
        "post",
        "--date",
        date,
        "--memo",
        "家賃",
        "--debit",
        "地代家賃=100000",
        "--debit",
        "仮払消費税等=10000",
        "--credit",
        "普通預金=110000",
    ])
}

/// The lock trigger holds even for SQL that bypasses bko (books locked through May 2026).
fn the_database_refuses_an_entry_on_2026_05_10(env: &Env) {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let err = conn
        .execute(
            "INSERT INTO journal_entry (date, posted_at) VALUES ('2026-05-10', 'x')",
            [],
        )
        .unwrap_err();
    assert!(err.to_string().contains("locked"), "{err}");
}

#[cfg(unix)]
#[test]
fn init_creates_a_private_database_and_refuses_an_existing_one() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::with_company();
    let mode = std::fs::metadata(&env.db).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let stderr = env.fails(&["init", "--company", "Other"], 1);
    assert!(stderr.contains("already exists"), "{stderr}");
    let accounts = env.json(&["ledger", "accounts", "list"]);
    assert!(accounts["rows"].as_array().unwrap().len() >= 70);
    assert_eq!(row(&accounts, "code", "1120")["name"], "普通預金");
    assert_eq!(
        row(&accounts, "code", "1120")["name_en"],
        "Ordinary deposits"
    );
}

#[test]
fn init_validates_the_registration_number() {
    let env = Env::new();
    let stderr = env.fails(
        &[
            "init",
            "--company",
            "X",
            "--registration-number",
            "T1180301018772",
        ],
        1,
    );
    assert!(stderr.contains("check digit"), "{stderr}");
    assert!(!env.db.exists());
    env.run(&[
        "init",
        "--company",
        "X",
        "--chart",
        "empty",
        "--locale",
        "en",
    ]);
    let accounts = env.json(&["ledger", "accounts", "list"]);
    assert_eq!(accounts["rows"].as_array().unwrap().len(), 0);
}

#[test]
fn company_settings_are_validated() {
    let env = Env::with_company();
    env.run(&["company", "set", "address", "東京都千代田区1-1"]);
    let shown = env.json(&["company", "show"]);
    assert_eq!(row(&shown, "key", "address")["value"], "東京都千代田区1-1");
    assert_eq!(
        row(&shown, "key", "registration_number")["value"],
        "T1180301018771"
    );
    env.fails(&["company", "set", "fiscal_year_start", "13"], 1);
    env.fails(&["company", "set", "registration_number", "T123"], 1);
    env.fails(&["company", "set", "colour", "blue"], 1);
}

#[test]
fn accounts_add_rename_archive_and_import() {
    let env = Env::with_company();
    env.run(&[
        "ledger",
        "accounts",
        "add",
        "6500",
        "サブスク費",
        "--name-en",
        "Subscriptions",
        "--type",
        "expense",
        "--tax",
        "課対仕入10%",
    ]);
    env.fails(
        &[
            "ledger", "accounts", "add", "6500", "重複", "--type", "expense",
        ],
        1,
    );
    env.fails(
        &[
            "ledger",
            "accounts",
            "add",
            "6501",
            "X",
            "--type",
            "expense",
            "--section",
            "current_assets",
        ],
        1,
    );
    env.run(&[
        "ledger",
        "accounts",
        "rename",
        "Subscriptions",
        "--name",
        "サブスクリプション費",
    ]);
    env.run(&["ledger", "accounts", "archive", "6500"]);
    let listed = env.json(&["ledger", "accounts", "list"]);
    assert!(
        listed["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["code"] != "6500")
    );
    let all = env.json(&["ledger", "accounts", "list", "--all"]);
    assert_eq!(row(&all, "code", "6500")["name"], "サブスクリプション費");
    assert_eq!(row(&all, "code", "6500")["archived"], true);
    let stderr = env.fails(
        &[
            "ledger",
            "post",
            "--memo",
            "x",
            "--debit",
            "6500=100",
            "--credit",
            "現金=100",
        ],
        1,
    );
    assert!(stderr.contains("archived"), "{stderr}");

    env.run(&["ledger", "accounts", "import", &example("accounts.csv")]);
    let all = env.json(&["ledger", "accounts", "list"]);
    assert_eq!(row(&all, "code", "6410")["name_en"], "Cloud services");
    // Importing the same file again fails on the first duplicate, and adds nothing.
    let stderr = env.fails(
        &["ledger", "accounts", "import", &example("accounts.csv")],
        1,
    );
    assert!(stderr.contains("accounts.csv:2"), "{stderr}");
    let bad = env.file(
        "bad-accounts.csv",
        b"code,name,type\n7000,X,asset\n7001,Y,gizmo\n",
    );
    let stderr = env.fails(&["ledger", "accounts", "import", &bad], 1);
    assert!(
        stderr.contains("bad-accounts.csv:3: column 'type'"),
        "{stderr}"
    );
}

#[test]
fn posting_prints_the_entry_and_moves_balances() {
    let env = Env::with_company();
    let out = env.json(&[
        "ledger",
        "post",
        "--date",
        "2026-05-01",
        "--memo",
        "家賃",
        "--debit",
        "6340=100,000",
        "--debit",
        "Consumption tax paid=10000",
        "--credit",
        "普通預金=110000",
        "--ref",
        "V-1",
    ]);
    assert_eq!(out["rows"].as_array().unwrap().len(), 3);
    assert_eq!(out["rows"][0]["entry_id"], 1);
    assert_eq!(out["rows"][0]["debit"], "100000");
    assert_eq!(out["rows"][0]["tax_category"], "課対仕入10%");
    assert_eq!(out["rows"][2]["credit"], "110000");
    assert_eq!(out["currency"], "JPY");
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-05-31"]);
    assert_eq!(row(&tb, "code", "1120")["closing"], "-110000");
    assert_eq!(row(&tb, "code", "6340")["closing"], "100000");
    assert_eq!(tb["totals"]["debit"], "110000");
    assert_eq!(tb["totals"]["credit"], "110000");
}

#[test]
fn posting_errors_change_nothing() {
    let env = Env::with_company();
    post_rent(&env, "2026-05-01");
    let stderr = env.fails(
        &[
            "ledger",
            "post",
            "--memo",
            "x",
            "--debit",
            "現金=100",
            "--credit",
            "売上高=90",
        ],
        1,
    );
    assert!(stderr.contains("do not equal"), "{stderr}");
    let stderr = env.fails(
        &[
            "ledger",
            "post",
            "--memo",
            "x",
            "--debit",
            "預金=100",
            "--credit",
            "売上高=100",
        ],
        1,
    );
    assert!(
        stderr.contains("unknown account '預金'") && stderr.contains("普通預金"),
        "{stderr}"
    );
    // The hint is rendered last, after the error and its causes, whatever context was added.
    let last = stderr.trim_end().lines().last().unwrap_or_default();
    assert!(
        last.starts_with("hint: did you mean") && last.contains("普通預金"),
        "{stderr}"
    );
    let stderr = env.fails(
        &[
            "ledger",
            "post",
            "--memo",
            "x",
            "--debit",
            "現金=100.5",
            "--credit",
            "売上高=100.5",
        ],
        1,
    );
    assert!(stderr.contains("whole"), "{stderr}");
    let stderr = env.fails(
        &[
            "ledger",
            "post",
            "--memo",
            "x",
            "--debit",
            "現金=-100",
            "--credit",
            "売上高=-100",
        ],
        1,
    );
    assert!(stderr.contains("positive"), "{stderr}");
    let stderr = env.fails(
        &[
            "ledger",
            "post",
            "--memo",
            "x",
            "--debit",
            "現金=12,3x",
            "--credit",
            "売上高=100",
        ],
        2,
    );
    assert!(stderr.contains("'12,3x' is not an amount"), "{stderr}");
    // No terminal: missing lines are a usage error, never a prompt.
    env.fails(&["ledger", "post", "--memo", "x", "--debit", "現金=100"], 2);
}

#[test]
fn posted_entries_are_immutable_in_the_database_itself() {
    let env = Env::with_company();
    post_rent(&env, "2026-05-01");
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let err = conn
        .execute("UPDATE journal_line SET debit = 1 WHERE entry_id = 1", [])
        .unwrap_err();
    assert!(err.to_string().contains("immutable"), "{err}");
    assert!(
        conn.execute("DELETE FROM journal_entry WHERE id = 1", [])
            .is_err()
    );
    assert!(conn.execute("DELETE FROM audit_log", []).is_err());
}

#[test]
fn reversing_posts_the_mirror_once() {
    let env = Env::with_company();
    post_rent(&env, "2026-05-01");
    let out = env.json(&["ledger", "reverse", "1", "--date", "2026-05-02"]);
    assert_eq!(out["rows"][0]["entry_id"], 2);
    assert_eq!(out["rows"][0]["reverses"], 1);
    assert_eq!(out["rows"][0]["credit"], "100000");
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-05-31"]);
    assert_eq!(row(&tb, "code", "1120")["closing"], "0");
    let stderr = env.fails(&["ledger", "reverse", "1"], 1);
    assert!(stderr.contains("already reversed by entry 2"), "{stderr}");
    env.fails(&["ledger", "reverse", "99"], 1);
    env.fails(&["ledger", "reverse", "2", "--date", "2026-04-01"], 1);
}

#[test]
fn locked_periods_refuse_posting_reversing_and_importing() {
    let env = Env::with_company();
    post_rent(&env, "2026-05-01");
    env.run(&["ledger", "lock", "--through", "2026-05-31"]);
    let stderr = env.fails(
        &[
            "ledger",
            "post",
            "--date",
            "2026-05-31",
            "--memo",
            "x",
            "--debit",
            "現金=1",
            "--credit",
            "売上高=1",
        ],
        1,
    );
    assert!(stderr.contains("locked through 2026-05-31"), "{stderr}");
    env.fails(&["ledger", "reverse", "1", "--date", "2026-05-20"], 1);
    let stderr = env.fails(&["ledger", "import", &example("journal.csv")], 1);
    assert!(
        stderr.contains("journal.csv:2: column 'date'") && stderr.contains("locked"),
        "{stderr}"
    );
    the_database_refuses_an_entry_on_2026_05_10(&env);
    // A reversal dated after the lock is fine.
    env.run(&["ledger", "reverse", "1", "--date", "2026-06-01"]);
    // Moving the lock back needs --force and is audited.
    env.fails(&["ledger", "lock", "--through", "2026-04-30"], 1);
    env.fails(&["ledger", "unlock", "--to", "2026-04-30"], 1);
    env.run(&[
        "ledger",
        "unlock",
        "--to",
        "2026-04-30",
        "--force",
        "--reason",
        "late invoice",
    ]);
    post_rent(&env, "2026-05-10");
    let audit = env.json(&["audit"]);
    let rows = audit["rows"].as_array().unwrap();
    assert!(rows.iter().any(|r| r["command"] == "ledger unlock"
        && r["summary"].as_str().unwrap().contains("late invoice")));
}

#[test]
fn import_posts_entries_from_utf8_and_shift_jis() {
    let env = Env::with_company();
    let out = env.json(&["ledger", "import", &example("journal.csv")]);
    assert_eq!(out["rows"][0]["entries"], 4);
    assert_eq!(out["rows"][0]["lines"], 13);
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-05-31"]);
    assert_eq!(row(&tb, "code", "1150")["closing"], "0");
    assert_eq!(row(&tb, "code", "4100")["closing"], "1000000");
    assert_eq!(row(&tb, "code", "6330")["debit"], "600");
    let journal = env.json(&["ledger", "journal", "--search", "軽減"]);
    assert_eq!(journal["rows"][0]["tax_category"], "課対仕入8%(軽)");
    // The Shift_JIS file has Japanese headers, slashed dates and CRLF, and other entry keys.
    let out = env.json(&["ledger", "import", &example("journal-sjis.csv")]);
    assert_eq!(out["rows"][0]["entries"], 4);
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-05-31"]);
    assert_eq!(row(&tb, "code", "4100")["closing"], "2000000");
}

#[test]
fn import_refuses_duplicates_unless_told() {
    let env = Env::with_company();
    env.run(&["ledger", "import", &example("journal.csv")]);
    let stderr = env.fails(&["ledger", "import", &example("journal.csv")], 1);
    assert!(stderr.contains("already imported as entry 1"), "{stderr}");
    let out = env.json(&[
        "ledger",
        "import",
        "--skip-duplicates",
        &example("journal.csv"),
    ]);
    assert_eq!(out["rows"][0]["entries"], 0);
    assert_eq!(out["rows"][0]["skipped"], 4);
    let out = env.json(&[
        "ledger",
        "import",
        "--allow-duplicates",
        &example("journal.csv"),
    ]);
    assert_eq!(out["rows"][0]["entries"], 4);
}

/// A journal CSV of `entries` two-line entries from 2026-06-01 on (many batches of the import's
/// reading thread), each 1,000 yen of stamps paid in cash, keys `k0`, `k1`, ...
fn many_entries(entries: usize) -> String {
    let mut csv = String::from("date,entry,account,debit,credit,description,tax\n");
    for k in 0..entries {
        let date = format!("2026-06-{:02}", 1 + k % 28);
        csv += &format!("{date},k{k},通信費,1000,,切手 {k},\n{date},k{k},現金,,1000,切手 {k},\n");
    }
    csv
}

#[test]
fn a_bulk_import_keeps_the_lock_rule_and_the_covering_index() {
    let env = Env::with_company();
    post_rent(&env, "2026-05-01");
    env.run(&["ledger", "lock", "--through", "2026-05-31"]);
    // Far more lines than the books hold: the import sets the lock trigger and the covering
    // index aside while it writes, checks the rule itself and puts both back.
    let file = env.file("june.csv", many_entries(3000).as_bytes());
    let out = env.json(&["ledger", "import", &file]);
    assert_eq!(out["rows"][0]["entries"], 3000);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let schema = texts(
        &conn,
        "SELECT name FROM sqlite_schema WHERE name IN ('journal_entry_locked', 'journal_line_account') ORDER BY name",
    );
    assert_eq!(schema, ["journal_entry_locked", "journal_line_account"]);
    drop(conn);
    the_database_refuses_an_entry_on_2026_05_10(&env);
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-06-30"]);
    assert_eq!(row(&tb, "account", "通信費")["debit"], "3000000");
    // A dated row in the locked period at the very end of a bulk file: refused, nothing kept.
    let mut late = many_entries(3000).replace("k", "m");
    late += "2026-05-31,late,通信費,1000,,切手,\n2026-05-31,late,現金,,1000,切手,\n";
    let file = env.file("late.csv", late.as_bytes());
    let stderr = env.fails(&["ledger", "import", &file], 1);
    assert!(
        stderr.contains("late.csv:6002: column 'date'") && stderr.contains("locked"),
        "{stderr}"
    );
    let journal = env.json(&["ledger", "journal"]);
    assert_eq!(journal["rows"].as_array().unwrap().len(), 3001 * 2 + 1);
}

#[test]
fn the_first_error_in_a_long_file_is_the_one_reported() {
    let env = Env::with_company();
    let k3: String = many_entries(10)
        .lines()
        .skip(7)
        .take(2)
        .map(|l| format!("{l}\n"))
        .collect();
    let first = env.file(
        "first.csv",
        format!("date,entry,account,debit,credit,description,tax\n{k3}").as_bytes(),
    );
    env.run(&["ledger", "import", &first]);
    // Entry k3 was imported before (line 8) and line 5,002 is unbalanced, thousands of lines
    // and many batches later: the duplicate comes first in the file, so it is the error.
    let mut csv = many_entries(3000);
    csv += "2026-06-28,bad,通信費,1000,,切手,\n2026-06-28,bad,現金,,999,切手,\n";
    let file = env.file("again.csv", csv.as_bytes());
    let stderr = env.fails(&["ledger", "import", &file], 1);
    assert!(
        stderr.contains("again.csv:8: entry 'k3' was already imported as entry 1"),
        "{stderr}"
    );
    // Imported past the duplicates, the unbalanced entry at the end is reported.
    let stderr = env.fails(&["ledger", "import", "--skip-duplicates", &file], 1);
    assert!(
        stderr.contains("again.csv:6002: entry 'bad' is not valid"),
        "{stderr}"
    );
    let journal = env.json(&["ledger", "journal"]);
    assert_eq!(journal["rows"].as_array().unwrap().len(), 2);
}

#[test]
fn identical_entries_inside_one_file_are_both_kept() {
    let env = Env::with_company();
    let csv = "date,entry,account,debit,credit,description,tax\n\
               2026-05-01,1,現金,100,,切手,\n2026-05-01,1,通信費,,100,切手,\n\
               2026-05-01,1,現金,100,,切手,\n2026-05-01,1,通信費,,100,切手,\n\
               2026-05-01,2,通信費,500,,切手,\n2026-05-01,2,現金,,500,切手,\n\
               2026-05-01,3,通信費,500,,切手,\n2026-05-01,3,現金,,500,切手,\n";
    let file = env.file("twice.csv", csv.as_bytes());
    let out = env.json(&["ledger", "import", &file]);
    assert_eq!(out["rows"][0]["entries"], 3);
}

#[test]
fn import_errors_name_file_line_and_column_and_change_nothing() {
    let env = Env::with_company();
    post_rent(&env, "2026-05-01");
    let cases: &[(&str, &str, &str)] = &[
        (
            "date,entry,account,debit,credit,description,tax\n2026-05-01,1,現金,\"12,3x\",,x,\n",
            "bad-amount.csv:2: column 'debit': '12,3x' is not an amount",
            "amount",
        ),
        (
            "date,entry,account,debit,credit,description,tax\n2026-05-01,1,現金,100,,x,\n2026-05-01,1,売上高,,90,x,\n",
            "unbalanced.csv:2: entry '1' is not valid: debits (100) do not equal credits (90)",
            "unbalanced",
        ),
        (
            "date,entry,account,debit,credit,description,tax\n2026-05-01,1,現金,100,,x,\n2026-05-01,1,売り上げ,,100,x,\n",
            "unknown.csv:3: column 'account': unknown account '売り上げ'",
            "unknown",
        ),
        (
            "date,entry,account,debit,credit\n2026-13-01,1,現金,100,\n",
            "bad-date.csv:2: column 'date'",
            "date",
        ),
        (
            "date,entry,account,debit\n",
            "missing.csv:1: missing column 'credit'",
            "missing",
        ),
        (
            "date,entry,account,debit,credit,colour\n",
            "unknown column 'colour'",
            "extra",
        ),
        (
            "date,entry,account,debit,credit\n2026-05-01,1,現金,100,100\n",
            "fill exactly one of debit and credit",
            "both",
        ),
        (
            "date,entry,account,debit,credit\n2026-05-01,1,現金,100,\n2026-05-02,1,売上高,,100\n",
            "all rows of one entry share its date",
            "dates",
        ),
    ];
    for (csv, expected, name) in cases {
        let file_name = expected
            .split(':')
            .next()
            .filter(|f| f.ends_with(".csv"))
            .map_or(format!("{name}.csv"), str::to_string);
        let file = env.file(&file_name, csv.as_bytes());
        let stderr = env.fails(&["ledger", "import", &file], 1);
        assert!(
            stderr.contains(expected),
            "{name}: expected {expected:?} in {stderr}"
        );
    }
}

#[test]
fn a_forced_wrong_encoding_is_reported_with_a_hint() {
    let env = Env::with_company();
    let stderr = env.fails(
        &[
            "ledger",
            "import",
            "--encoding",
            "utf-8",
            &example("journal-sjis.csv"),
        ],
        1,
    );
    assert!(
        stderr.contains("not valid UTF-8") && stderr.contains("--encoding cp932"),
        "{stderr}"
    );
}

#[test]
fn dry_run_shows_what_would_be_posted_and_changes_nothing() {
    let env = Env::with_company();
    let before = env.fingerprint();
    let out = env.json(&["ledger", "import", "--dry-run", &example("journal.csv")]);
    assert_eq!(out["rows"].as_array().unwrap().len(), 13);
    assert_eq!(before, env.fingerprint());
}

#[test]
fn export_then_import_reproduces_the_books() {
    let env = Env::with_company();
    env.run(&["ledger", "import", &example("journal.csv")]);
    post_rent(&env, "2026-05-25");
    env.run(&["ledger", "reverse", "5", "--date", "2026-05-26"]);
    let exported = env.run(&["ledger", "export"]);
    assert!(exported.starts_with("date,entry,account,debit,credit,description,tax,memo,ref\n"));
    let copy = Env::with_company();
    let file = copy.file("export.csv", exported.as_bytes());
    copy.run(&["ledger", "import", &file]);
    let tb = |e: &Env| {
        e.run(&[
            "--format",
            "csv",
            "ledger",
            "trial-balance",
            "--as-of",
            "2026-05-31",
        ])
    };
    assert_eq!(tb(&env), tb(&copy));
    let journal = |e: &Env| {
        let j = e.json(&["ledger", "journal"]);
        j["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["date"].clone(),
                    r["memo"].clone(),
                    r["account_code"].clone(),
                    r["debit"].clone(),
                    r["credit"].clone(),
                    r["description"].clone(),
                    r["tax_category"].clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(journal(&env), journal(&copy));
}

#[test]
fn yayoi_export_is_cp932_crlf_with_25_columns() {
    let env = Env::with_company();
    env.run(&["ledger", "import", &example("journal.csv")]);
    let out = env
        .bko()
        .args(["ledger", "export", "--as", "yayoi"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let (text, _, errors) = encoding_rs::SHIFT_JIS.decode(&out.stdout);
    assert!(!errors);
    assert!(text.ends_with("\r\n"));
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    // The tax lines fold into the lines they belong to (amounts tax-included, the tax in
    // 税金額): J1, J2 and J3 become one row each (2000), J4 (two debits) two 伝票 rows.
    assert_eq!(lines.len(), 5, "{text}");
    let first: Vec<&str> = lines[0].split(',').collect();
    assert_eq!(first.len(), 25);
    assert_eq!(first[0], "2000");
    assert_eq!(first[3], "2026/05/01");
    assert_eq!(first[4], "地代家賃");
    assert_eq!(
        (first[7], first[8], first[9]),
        ("課対仕入内10%適格", "220000", "20000")
    );
    assert_eq!(first[10], "普通預金");
    assert_eq!(first[19], "0");
    assert_eq!(first[24], "no");
    assert!(lines[3].starts_with("2110,") && lines[4].starts_with("2101,"));
    assert_eq!(lines[3].split(',').nth(19), Some("3"));
    let mf = env.run(&["ledger", "export", "--as", "mf"]);
    assert!(mf.starts_with("取引No,取引日,借方勘定科目"));
    assert_eq!(mf.lines().next().unwrap().split(',').count(), 27);
}

#[test]
fn reports_journal_account_pl_and_bs() {
    let env = Env::with_company();
    env.run(&["ledger", "import", &example("journal.csv")]);
    post_rent(&env, "2026-06-01");
    // Journal filters.
    let j = env.json(&["ledger", "journal", "--account", "売掛金"]);
    let ids: std::collections::BTreeSet<i64> = j["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["entry_id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids.into_iter().collect::<Vec<_>>(), vec![2, 4]);
    let j = env.json(&["ledger", "journal", "--from", "2026-06-01"]);
    assert_eq!(j["rows"].as_array().unwrap().len(), 3);
    // General ledger with opening and running balance.
    let acct = env.json(&[
        "ledger",
        "account",
        "普通預金",
        "--from",
        "2026-05-15",
        "--to",
        "2026-06-30",
    ]);
    let rows = acct["rows"].as_array().unwrap();
    assert_eq!(rows[0]["balance"], "-220000");
    assert_eq!(rows[1]["balance"], "879340");
    assert_eq!(rows[2]["balance"], "769340");
    assert_eq!(acct["totals"]["balance"], "769340");
    // P&L for May.
    let pl = env.json(&["ledger", "pl", "--from", "2026-05-01", "--to", "2026-05-31"]);
    assert_eq!(row(&pl, "code", "sales")["amount"], "1000000");
    assert_eq!(row(&pl, "code", "sga")["amount"], "203600");
    assert_eq!(row(&pl, "code", "net_profit")["amount"], "796400");
    // Monthly grid.
    let pl = env.json(&[
        "ledger",
        "pl",
        "--from",
        "2026-05-01",
        "--to",
        "2026-06-30",
        "--monthly",
    ]);
    let net = row(&pl, "code", "net_profit");
    assert_eq!(net["2026-05"], "796400");
    assert_eq!(net["2026-06"], "-100000");
    assert_eq!(net["total"], "696400");
    // Balance sheet balances and shows the year's profit in equity.
    let bs = env.json(&["ledger", "bs", "--as-of", "2026-06-30"]);
    let total = |label: &str| {
        bs["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["item"] == label)
            .unwrap()["amount"]
            .clone()
    };
    assert_eq!(total("資産合計"), total("負債純資産合計"));
    assert_eq!(row(&bs, "item", "  当期純利益")["amount"], "696400");
}

#[test]
fn prior_years_profit_rolls_into_retained_earnings() {
    let env = Env::with_company();
    env.run(&[
        "ledger",
        "post",
        "--date",
        "2026-03-31",
        "--memo",
        "前期売上",
        "--debit",
        "現金=5000",
        "--credit",
        "売上高=5000",
    ]);
    env.run(&[
        "ledger",
        "post",
        "--date",
        "2026-04-10",
        "--memo",
        "当期売上",
        "--debit",
        "現金=700",
        "--credit",
        "売上高=700",
    ]);
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-04-30"]);
    assert_eq!(row(&tb, "code", "4100")["opening"], "0");
    assert_eq!(row(&tb, "code", "4100")["closing"], "700");
    assert_eq!(row(&tb, "code", "3310")["opening"], "5000");
    assert_eq!(row(&tb, "code", "1100")["closing"], "5700");
    let bs = env.json(&["ledger", "bs", "--as-of", "2026-04-30"]);
    assert_eq!(row(&bs, "code", "3310")["amount"], "5000");
    assert_eq!(row(&bs, "item", "  当期純利益")["amount"], "700");
}

#[test]
fn reports_render_as_table_csv_and_english() {
    let env = Env::with_company();
    post_rent(&env, "2026-05-01");
    let table = env.run(&["ledger", "trial-balance"]);
    assert!(
        table.contains("普通預金") && table.contains("110,000"),
        "{table}"
    );
    let en = env.run(&["--lang", "en", "ledger", "trial-balance"]);
    assert!(
        en.contains("Ordinary deposits") && en.contains("Closing"),
        "{en}"
    );
    let csv = env.run(&["--format", "csv", "ledger", "trial-balance"]);
    assert!(
        csv.starts_with("code,account,normal_side,opening,debit,credit,closing\n"),
        "{csv}"
    );
    assert!(
        csv.contains("1120,普通預金,debit,0,0,110000,-110000"),
        "{csv}"
    );
    env.bko()
        .env("BKO_FORMAT", "json")
        .args(["ledger", "bs"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"report\": \"balance_sheet\""));
}

#[test]
fn check_passes_on_good_books_and_fails_on_tampering() {
    let env = Env::with_company();
    post_rent(&env, "2026-05-01");
    let out = env.json(&["check"]);
    assert!(
        out["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["status"] == "ok"),
        "{out}"
    );
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch(
        "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET summary = 'edited' WHERE id = 1;",
    )
    .unwrap();
    drop(conn);
    let out = env
        .bko()
        .args(["--format", "json", "check"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(row(&report, "check", "audit_chain")["status"], "fail");
}

#[test]
fn backup_copies_a_consistent_database() {
    let env = Env::with_company();
    post_rent(&env, "2026-05-01");
    let target = env.dir.path().join("copy.db");
    env.run(&["backup", target.to_str().unwrap()]);
    assert_eq!(
        crate::common::fingerprint(&env.db),
        crate::common::fingerprint(&target)
    );
    env.fails(&["backup", target.to_str().unwrap()], 1);
}

#[test]
fn a_newer_database_is_refused_and_left_untouched() {
    let env = Env::with_company();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    let bytes = std::fs::read(&env.db).unwrap();
    let stderr = env.fails(&["ledger", "trial-balance"], 3);
    assert!(stderr.contains("newer bko"), "{stderr}");
    assert_eq!(bytes, std::fs::read(&env.db).unwrap());
}

#[test]
fn an_older_database_is_copied_before_it_is_migrated() {
    let env = Env::new();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.pragma_update(None, "application_id", 0x626b_6f31)
        .unwrap();
    conn.execute_batch("CREATE TABLE placeholder (x)").unwrap();
    drop(conn);
    env.run(&["company", "show"]);
    let copies: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".v0-"))
        .collect();
    assert_eq!(copies.len(), 1);
}

#[test]
fn the_demo_builds_real_books() {
    let env = Env::new();
    let out = env
        .bko()
        .env_remove("BKO_DB")
        .args(["--format", "json", "demo"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["trial_balance"]["totals"]["debit"],
        v["trial_balance"]["totals"]["credit"]
    );
    // 105,300 from trading, less April's payroll (wages and the employer's insurance share), the
    // April bills (80,000 + 30,000 with 600 of tax not creditable + 50,000) and E002's trip
    // (13,382 + 11,000 + 6,120): −970,304 − 160,600 − 30,502.
    assert_eq!(
        row(&v["profit_and_loss"], "code", "net_profit")["amount"],
        "-1161406"
    );
    for code in ["E001", "E002", "E003"] {
        let slip = env.dir.path().join(format!("payslips/2026-04_{code}.pdf"));
        assert!(slip.exists(), "{}", slip.display());
    }
    let zengin = std::fs::read(env.dir.path().join("zengin-2026-04.txt")).unwrap();
    assert_eq!(zengin.len(), 6 * 122, "header, 3 transfers, trailer, end");
    assert_eq!(v["invoices"]["rows"].as_array().unwrap().len(), 3);
    assert_eq!(
        row(&v["invoices"], "number", "INV-2026-0001")["status"],
        "paid"
    );
    // Today is pinned to 2026-05-15: the mixed-rate invoice is not yet due, the hourly one half paid.
    assert_eq!(
        row(&v["invoices"], "number", "INV-2026-0002")["status"],
        "issued"
    );
    assert_eq!(
        row(&v["invoices"], "number", "INV-2026-0003")["status"],
        "partially_paid"
    );
    for n in 1..=3 {
        let pdf = env.dir.path().join(format!("invoices/INV-2026-000{n}.pdf"));
        assert!(pdf.exists(), "{}", pdf.display());
    }
    let demo_db = env.dir.path().join("bko-demo.db");
    assert!(demo_db.exists());
    // The invoice PDFs, three receipts and a contract are in the archive.
    let docs = env
        .bko()
        .args([
            "--db",
            demo_db.to_str().unwrap(),
            "--format",
            "json",
            "docs",
            "search",
        ])
        .output()
        .unwrap();
    let docs: serde_json::Value = serde_json::from_slice(&docs.stdout).unwrap();
    // Three invoice PDFs, three receipts and a lease, the hotel receipt of E002's claim, the
    // 領収書 written for ABC's payment, the quote to XYZ and the delivery note of ABC's invoice.
    assert_eq!(docs["rows"].as_array().unwrap().len(), 11);
    for file in [
        "RCT-2026-0001.pdf",
        "Q-2026-0001.pdf",
        "INV-2026-0001-納品書.pdf",
    ] {
        assert!(
            env.dir.path().join("invoices").join(file).exists(),
            "{file}"
        );
    }
    // Three employees with April timecards (an overtime worker, a night worker), April closed.
    let summary = env
        .bko()
        .args(["--db", demo_db.to_str().unwrap(), "--format", "json"])
        .args(["attendance", "summary", "--month", "2026-04"])
        .output()
        .unwrap();
    let summary: serde_json::Value = serde_json::from_slice(&summary.stdout).unwrap();
    assert_eq!(row(&summary, "employee", "E002")["overtime"], "54:15");
    assert_eq!(row(&summary, "employee", "E003")["late_night"], "119:00");
    assert_eq!(row(&summary, "employee", "E001")["paid_leave_days"], "1");
    assert!(
        !summary["notes"].to_string().contains("is open"),
        "April is closed"
    );
    // Running it again recreates the demo; a real database is never replaced.
    env.bko()
        .env_remove("BKO_DB")
        .arg("demo")
        .assert()
        .success();
    let real = Env::with_company();
    real.fails(&["demo"], 1);
}
