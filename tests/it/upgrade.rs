//! Databases written by earlier bko versions: they open, are copied before migrating, and show
//! the same books. `tests/fixtures/schema-10/` holds the demo company as bko wrote it at schema
//! version 10 (commit 562278d, `BKO_TODAY=2026-05-15 bko demo`) with the reports that version
//! printed from it.

use std::path::Path;

use crate::common::{Env, fingerprint, row};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema-10");

/// The reports compared, by the name of their expected output.
const REPORTS: &[(&str, &[&str])] = &[
    ("trial-balance", &["ledger", "trial-balance"]),
    ("journal", &["ledger", "journal"]),
    ("invoices", &["invoice", "list"]),
    ("people", &["people", "list", "--all"]),
    ("payroll", &["payroll", "show", "--month", "2026-04"]),
    ("stock", &["inventory", "stock"]),
    (
        "attendance",
        &["attendance", "summary", "--month", "2026-04"],
    ),
    ("documents", &["docs", "search"]),
];

/// A CSV report as its columns (header, values top to bottom). Reports compare by the columns
/// the old version printed: every figure it showed must be the same; a column added since
/// (such as 立替経費精算 in the payroll register) is new information, not a changed book.
fn columns(csv_text: &str) -> Vec<(String, Vec<String>)> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    headers
        .iter()
        .enumerate()
        .map(|(i, h)| (h.clone(), rows.iter().map(|r| r[i].to_string()).collect()))
        .collect()
}

fn copy_of_the_fixture() -> Env {
    let env = Env::new();
    std::fs::copy(Path::new(FIXTURE).join("demo.db"), &env.db).unwrap();
    env
}

#[test]
fn a_schema_10_database_migrates_with_a_copy_and_shows_the_same_books() {
    let env = copy_of_the_fixture();
    let original = fingerprint(&env.db);
    for (name, args) in REPORTS {
        let expected =
            std::fs::read_to_string(Path::new(FIXTURE).join(format!("{name}.csv"))).unwrap();
        let mut full = vec!["--format", "csv"];
        full.extend_from_slice(args);
        let (old, new) = (columns(&expected), columns(&env.run(&full)));
        for (header, values) in &old {
            let now = new.iter().find(|(h, _)| h == header);
            assert_eq!(
                now.map(|(_, v)| v),
                Some(values),
                "{name}: column {header} changed after the migration"
            );
        }
    }
    let copies: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".v10-"))
        .collect();
    assert_eq!(copies.len(), 1, "one copy of the schema-10 file");
    assert!(
        fingerprint(&copies[0].path()) == original,
        "the copy holds the schema-10 rows"
    );
    env.run(&["check"]);
}

#[test]
fn the_migrated_people_keep_their_calendars_and_gain_an_address() {
    let env = copy_of_the_fixture();
    let people = env.json(&["people", "export"]);
    assert_eq!(row(&people, "code", "E003")["calendar"], "night");
    assert_eq!(
        row(&people, "code", "E001")["address"],
        serde_json::Value::Null
    );
    env.run(&["people", "set", "E001", "calendar", "night"]);
    let err = env.fails(&["people", "set", "E001", "calendar", "nowhere"], 1);
    assert!(err.contains("unknown work calendar 'nowhere'"), "{err}");
    assert!(err.contains("attendance calendar list"), "{err}");
    env.run(&["people", "set", "E001", "municipality_code", "131016"]);
    env.run(&["people", "set", "E001", "postal_code", "1000001"]);
    let err = env.fails(&["people", "set", "E001", "municipality_code", "131017"], 1);
    assert!(err.contains("check digit should be 6"), "{err}");
    let e1 = env.json(&["people", "show", "E001"]);
    assert_eq!(e1["rows"][0]["municipality_code"], "131016");
    assert_eq!(e1["rows"][0]["postal_code"], "100-0001");
    assert_eq!(e1["rows"][0]["calendar"], "night");
}
