//! Every importer against random files (issue 13): random rows of plausible and junk fields,
//! rows with a field too many or too few, in UTF-8, UTF-8 with a BOM, CP932 or UTF-16. Whatever
//! comes in, bko never panics; a file is either refused — exit 1, the message naming the file
//! (and the line, for a row), the database unchanged — or stored, and then what bko lists gives
//! the values of the file back (an empty optional column takes its documented default).

use crate::common::{Env, group};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// What a column holds, to generate plausible values for it.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Code,
    Name,
    Amount,
    Quantity,
    Date,
    Time,
    Rate,
    Minutes,
    Choice(&'static [&'static str]),
}

fn plausible(kind: Kind) -> BoxedStrategy<String> {
    match kind {
        Kind::Code => "[A-Z][A-Z0-9]{0,5}".boxed(),
        Kind::Name => "[a-zA-Z株式会社山田太郎コーヒー ]{1,12}".boxed(),
        Kind::Amount => prop_oneof![
            (0i64..2_000_000).prop_map(|n| n.to_string()),
            (0i64..2_000_000).prop_map(|n| format!("\"{}\"", group(n))),
        ]
        .boxed(),
        Kind::Quantity => (1u32..500).prop_map(|n| n.to_string()).boxed(),
        Kind::Date => (1u32..=28, 4u32..=5)
            .prop_map(|(d, m)| format!("2026-{m:02}-{d:02}"))
            .boxed(),
        Kind::Time => (6u32..22, 0u32..60)
            .prop_map(|(h, m)| format!("{h:02}:{m:02}"))
            .boxed(),
        Kind::Rate => prop_oneof![Just("10".to_string()), Just("8".to_string())].boxed(),
        Kind::Minutes => (0u32..90).prop_map(|n| n.to_string()).boxed(),
        Kind::Choice(options) => proptest::sample::select(options)
            .prop_map(str::to_string)
            .boxed(),
    }
}

/// Junk a file can hold: separators and quotes in the wrong places, huge and negative numbers,
/// full-width digits, control characters, emoji, nothing at all.
fn junk() -> BoxedStrategy<String> {
    prop_oneof![
        Just(String::new()),
        Just("1,000".to_string()),
        Just("99999999999999999999999".to_string()),
        Just("-5".to_string()),
        Just("１２３".to_string()),
        Just("2026-13-45".to_string()),
        Just("\"unterminated".to_string()),
        Just("😀".to_string()),
        Just("a\tb".to_string()),
        "[ -~]{0,12}".prop_map(|s| s.to_string()),
        "\\PC{0,8}",
    ]
    .boxed()
}

/// A CSV row: plausible values mostly, junk sometimes, now and then a field too many or few.
fn row(kinds: &'static [Kind]) -> BoxedStrategy<String> {
    let fields: Vec<BoxedStrategy<String>> = kinds
        .iter()
        .map(|k| prop_oneof![8 => plausible(*k), 1 => junk()].boxed())
        .collect();
    (fields, 0u8..20)
        .prop_map(|(mut values, shape)| {
            match shape {
                0 => values.push("extra".into()),
                1 => {
                    values.pop();
                }
                _ => {}
            }
            values.join(",")
        })
        .boxed()
}

#[derive(Clone, Copy, Debug)]
enum Encoding {
    Utf8,
    Utf8Bom,
    Cp932,
    Utf16,
}

fn encode(text: &str, encoding: Encoding) -> Vec<u8> {
    match encoding {
        Encoding::Utf8 => text.as_bytes().to_vec(),
        Encoding::Utf8Bom => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        Encoding::Cp932 => {
            let (bytes, _, unmappable) = encoding_rs::SHIFT_JIS.encode(text);
            if unmappable {
                text.as_bytes().to_vec()
            } else {
                bytes.into_owned()
            }
        }
        Encoding::Utf16 => {
            let mut out = vec![0xFF, 0xFE];
            for unit in text.encode_utf16() {
                out.extend_from_slice(&unit.to_le_bytes());
            }
            out
        }
    }
}

fn encoding() -> BoxedStrategy<Encoding> {
    prop_oneof![
        Just(Encoding::Utf8),
        Just(Encoding::Utf8Bom),
        Just(Encoding::Cp932),
        Just(Encoding::Utf16),
    ]
    .boxed()
}

/// How stored rows are read back: a list command and (file column, listed field) pairs, the
/// first of them the key.
type ReadBack = (&'static [&'static str], &'static [(usize, &'static str)]);

/// One importer: its command, its header and what its columns hold, what it needs first, and
/// how to read stored rows back (key column → listed fields compared with the file's columns).
struct Importer {
    command: &'static [&'static str],
    header: &'static str,
    kinds: &'static [Kind],
    setup: fn(&Env),
    /// (list command, [(file column, listed field)]) — the first pair is the key.
    read_back: Option<ReadBack>,
}

fn nothing(_: &Env) {}

fn with_people(env: &Env) {
    env.run(&["people", "add", "E001", "山田", "--hire-date", "2025-04-01"]);
    env.run(&["people", "add", "E002", "佐藤", "--hire-date", "2025-04-01"]);
}

fn with_items(env: &Env) {
    env.run(&["inventory", "items", "add", "A", "豆", "--unit", "kg"]);
    env.run(&["inventory", "items", "add", "B", "紙", "--unit", "箱"]);
}

/// Runs one random file through an importer and checks the property.
fn check(imp: &Importer, rows: &[String], enc: Encoding) -> Result<(), TestCaseError> {
    let env = Env::with_company();
    (imp.setup)(&env);
    let text = format!("{}\n{}\n", imp.header, rows.join("\n"));
    let file = env.file("in.csv", &encode(&text, enc));
    let before = env.fingerprint();
    let mut args: Vec<&str> = imp.command.to_vec();
    args.push(&file);
    let out = env.bko().args(&args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    match out.status.code() {
        Some(0) => {}
        Some(1) => {
            prop_assert!(stderr.contains("in.csv"), "{args:?} {enc:?}: {stderr}");
            prop_assert_eq!(
                before,
                env.fingerprint(),
                "a refused import changed the database"
            );
            return Ok(());
        }
        other => prop_assert!(false, "{args:?} {enc:?} exited {other:?}: {stderr}\n{text}"),
    }
    let Some((list, fields)) = imp.read_back else {
        return Ok(());
    };
    let listed = env.json(list);
    let listed = listed["rows"].as_array().unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    for record in reader.records() {
        let Ok(record) = record else { continue };
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let (key_column, key_field) = fields[0];
        let key = record.get(key_column).unwrap_or("").trim();
        let stored = listed.iter().find(|r| r[key_field] == key);
        prop_assert!(stored.is_some(), "{key} was imported but is not listed");
        for (column, field) in fields {
            let expected = record.get(*column).unwrap_or("").trim();
            if expected.is_empty() {
                continue; // an empty optional column takes its documented default
            }
            let got = stored.unwrap()[*field].as_str().unwrap_or("");
            prop_assert_eq!(got, expected, "{}.{}", key, field);
        }
    }
    Ok(())
}

fn run(imp: &Importer) {
    let mut runner = TestRunner::new(Config {
        // 24 random files per importer in CI; BKO_PROPTEST_CASES=500 for a long hunt.
        cases: std::env::var("BKO_PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(24),
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (proptest::collection::vec(row(imp.kinds), 0..6), encoding());
    runner
        .run(&strategy, |(rows, enc)| check(imp, &rows, enc))
        .unwrap();
}

const CODE: Kind = Kind::Code;
const NAME: Kind = Kind::Name;

#[test]
fn customers() {
    run(&Importer {
        command: &["invoice", "customers", "import"],
        header: "code,name,department,payment_terms",
        kinds: &[
            CODE,
            NAME,
            NAME,
            Kind::Choice(&["net30", "月末締め翌月末払い", "eom+1"]),
        ],
        setup: nothing,
        read_back: Some((
            &["invoice", "customers", "list"],
            &[(0, "code"), (1, "name")],
        )),
    });
}

#[test]
fn catalogue_items() {
    run(&Importer {
        command: &["invoice", "items", "import"],
        header: "code,name,unit,unit_price,tax_rate",
        kinds: &[
            CODE,
            NAME,
            Kind::Choice(&["個", "時間", "kg"]),
            Kind::Amount,
            Kind::Rate,
        ],
        setup: nothing,
        read_back: Some((
            &["invoice", "items", "list"],
            &[(0, "code"), (1, "name"), (2, "unit")],
        )),
    });
}

#[test]
fn inventory_items() {
    run(&Importer {
        command: &["inventory", "items", "import"],
        header: "sku,name,unit,tax_rate",
        kinds: &[CODE, NAME, Kind::Choice(&["個", "箱", "kg"]), Kind::Rate],
        setup: nothing,
        read_back: Some((
            &["inventory", "items", "list"],
            &[(0, "sku"), (1, "name"), (2, "unit")],
        )),
    });
}

#[test]
fn people() {
    run(&Importer {
        command: &["people", "import"],
        header: "code,name,hire_date,employment,postal_code,municipality_code",
        kinds: &[
            CODE,
            NAME,
            Kind::Date,
            Kind::Choice(&["full-time", "part-time"]),
            Kind::Choice(&["100-0001", "1000001", "〒155-0031", "12-345", ""]),
            Kind::Choice(&["131016", "131121", "131017", "13101", ""]),
        ],
        setup: nothing,
        read_back: Some((
            &["people", "export"],
            &[
                (0, "code"),
                (1, "name"),
                (2, "hire_date"),
                (5, "municipality_code"),
            ],
        )),
    });
}

#[test]
fn journal() {
    run(&Importer {
        command: &["ledger", "import"],
        header: "date,entry,account,debit,credit,description",
        kinds: &[
            Kind::Date,
            Kind::Choice(&["J1", "J2"]),
            Kind::Choice(&["現金", "売上高", "普通預金", "9999"]),
            Kind::Amount,
            Kind::Amount,
            NAME,
        ],
        setup: nothing,
        read_back: None,
    });
}

#[test]
fn movements() {
    run(&Importer {
        command: &["inventory", "import"],
        header: "date,kind,item,quantity,unit_cost",
        kinds: &[
            Kind::Date,
            Kind::Choice(&["receive", "issue", "adjust"]),
            Kind::Choice(&["A", "B", "Z"]),
            Kind::Quantity,
            Kind::Amount,
        ],
        setup: with_items,
        read_back: None,
    });
}

#[test]
fn timecards() {
    run(&Importer {
        command: &["attendance", "import"],
        header: "employee,date,clock_in,clock_out,break_minutes",
        kinds: &[
            Kind::Choice(&["E001", "E002", "E999"]),
            Kind::Date,
            Kind::Time,
            Kind::Time,
            Kind::Minutes,
        ],
        setup: with_people,
        read_back: None,
    });
}

#[test]
fn pay_settings() {
    run(&Importer {
        command: &["payroll", "import"],
        header: "employee,from,monthly,prefecture,bank_code,bank_name",
        kinds: &[
            Kind::Choice(&["E001", "E002"]),
            Kind::Choice(&["2026-04", "2026-05", "2026-13"]),
            Kind::Amount,
            Kind::Choice(&["東京都", "大阪府"]),
            Kind::Choice(&["0001", "12345"]),
            Kind::Choice(&["ﾐｽﾞﾎ", "みずほ銀行"]),
        ],
        setup: with_people,
        read_back: None,
    });
}

fn with_items_counted(env: &Env) {
    with_items(env);
    env.run(&[
        "inventory",
        "receive",
        "A",
        "10",
        "--cost",
        "100",
        "--date",
        "2026-04-01",
    ]);
    env.run(&["inventory", "count", "start", "--as-of", "2026-04-30"]);
}

fn with_customers(env: &Env) {
    env.run(&["invoice", "customers", "add", "ABC", "ABC株式会社"]);
    env.run(&[
        "invoice", "items", "add", "SUP", "保守", "--price", "8000", "--rate", "10",
    ]);
}

#[test]
fn stocktake_counts() {
    run(&Importer {
        command: &["inventory", "count", "import"],
        header: "sku,location,counted",
        kinds: &[
            Kind::Choice(&["A", "B", "Z"]),
            Kind::Choice(&["", "WH"]),
            Kind::Quantity,
        ],
        setup: with_items_counted,
        read_back: None,
    });
}

#[test]
fn billing() {
    run(&Importer {
        command: &["invoice", "issue", "--no-pdf", "--from-csv"],
        header: "invoice_key,customer,date,item,quantity,unit_price,tax_rate",
        kinds: &[
            Kind::Choice(&["k1", "k2"]),
            Kind::Choice(&["ABC", "NOPE"]),
            Kind::Date,
            Kind::Choice(&["SUP", "保守作業"]),
            Kind::Quantity,
            Kind::Amount,
            Kind::Rate,
        ],
        setup: with_customers,
        read_back: None,
    });
}

#[test]
fn accounts() {
    run(&Importer {
        command: &["ledger", "accounts", "import"],
        header: "code,name,type,section",
        kinds: &[
            Kind::Choice(&["6410", "6420", "1100", "99999"]),
            NAME,
            Kind::Choice(&["expense", "revenue", "asset"]),
            Kind::Choice(&["sga", "販売費及び一般管理費", "current_assets"]),
        ],
        setup: nothing,
        read_back: None,
    });
}

#[test]
fn holidays() {
    run(&Importer {
        command: &["attendance", "holidays", "import"],
        header: "date,name",
        kinds: &[Kind::Date, NAME],
        setup: nothing,
        read_back: None,
    });
}

#[test]
fn punches() {
    run(&Importer {
        command: &["attendance", "import"],
        header: "employee,timestamp,kind",
        kinds: &[
            Kind::Choice(&["E001", "E002"]),
            Kind::Choice(&[
                "2026-05-01 08:58",
                "2026-05-01 18:02",
                "2026-05-02 25:10",
                "x",
            ]),
            Kind::Choice(&["in", "out", "break-start", "break-end", "lunch"]),
        ],
        setup: with_people,
        read_back: None,
    });
}

#[test]
fn year_end_declarations() {
    run(&Importer {
        command: &["payroll", "yearend", "import", "--year", "2026"],
        header: "employee,spouse,dependants,widow,life_new_general,housing_loan",
        kinds: &[
            Kind::Choice(&["E001", "E002", "E009"]),
            Kind::Choice(&["1980-01-01:0", "none", "2030-01-01", "1980-02-30", ""]),
            Kind::Choice(&[
                "2010-04-01",
                "2010-04-01:name=山田 次郎;2015-05-05:900000",
                "x",
                "none",
            ]),
            Kind::Choice(&["yes", "no", "maybe", ""]),
            Kind::Amount,
            Kind::Amount,
        ],
        setup: with_people,
        read_back: None,
    });
}
