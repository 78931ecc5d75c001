//! Payroll from the outside: settings, a run from a closed attendance month, confirmation and
//! its journal entry, the calculator, payslip PDFs, the Zengin file, tables and errors. Today is
//! pinned to 2026-05-15.

use crate::common::{Env, group, pdf_text, row};
use serde_json::Value;

/// Two employees with April 2026 timecards (E1 with 70 h of overtime), April closed, pay set.
fn staff() -> Env {
    let env = Env::with_company();
    env.run(&[
        "people",
        "add",
        "E1",
        "山田 太郎",
        "--kana",
        "ヤマダ タロウ",
        "--hire-date",
        "2024-04-01",
        "--birth-date",
        "1981-03-03",
    ]);
    env.run(&[
        "people",
        "add",
        "E2",
        "佐藤 花子",
        "--kana",
        "サトウ ハナコ",
        "--hire-date",
        "2025-04-01",
        "--birth-date",
        "1996-07-07",
    ]);
    let mut csv = String::from("employee,date,clock_in,clock_out,break_minutes\n");
    for day in 1..=30 {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 4, day).unwrap();
        if chrono::Datelike::weekday(&date).num_days_from_monday() >= 5 || day == 29 {
            continue;
        }
        // E1: 09:00-21:20 (3 h 20 overtime a day × 21 = 70 h); E2: 09:00-18:00.
        csv.push_str(&format!(
            "E1,{date},09:00,21:20,60\nE2,{date},09:00,18:00,60\n"
        ));
    }
    let path = env.file("april.csv", csv.as_bytes());
    env.run(&["attendance", "import", &path]);
    env.run(&[
        "payroll",
        "set",
        "E1",
        "--from",
        "2026-04",
        "--monthly",
        "300000",
        "--allowance",
        "役職手当=20000",
        "--allowance",
        "住宅手当=10000",
        "--commuting",
        "10000",
        "--dependents",
        "1",
        "--prefecture",
        "東京都",
        "--standard-monthly",
        "340000",
        "--resident-tax",
        "15000",
        "--bank-code",
        "0001",
        "--bank-name",
        "ミズホ",
        "--branch-code",
        "1",
        "--branch-name",
        "トウキョウ",
        "--account-number",
        "1234567",
    ]);
    env.run(&[
        "payroll",
        "set",
        "E2",
        "--from",
        "2026-04",
        "--monthly",
        "250000",
        "--prefecture",
        "13",
        "--bank-code",
        "5",
        "--branch-code",
        "123",
        "--account-number",
        "7654321",
    ]);
    env.run(&[
        "payroll",
        "grade",
        "E2",
        "--remuneration",
        "250000",
        "--from",
        "2026-04",
    ]);
    env
}

fn close_april(env: &Env) {
    env.run(&["attendance", "close", "--month", "2026-04"]);
}

#[test]
fn a_run_needs_a_closed_month_and_pay_settings_for_everyone() {
    let env = staff();
    let err = env.fails(&["payroll", "run", "--month", "2026-04"], 1);
    assert!(err.contains("attendance month 2026-04 is open"), "{err}");
    env.run(&["people", "add", "E3", "鈴木", "--hire-date", "2026-04-01"]);
    close_april(&env);
    let err = env.fails(&["payroll", "run", "--month", "2026-04"], 1);
    assert!(err.contains("no pay settings for E3 in 2026-04"), "{err}");
}

#[test]
fn a_month_from_attendance_to_the_books() {
    let env = staff();
    close_april(&env);
    env.run(&["payroll", "run", "--month", "2026-04"]);
    let show = env.json(&["payroll", "show", "--month", "2026-04"]);
    let e1 = row(&show, "employee", "E1");
    // FY2026 (April start): 261 weekdays less 17 national holidays on weekdays = 244 scheduled
    // days; 244 × 8 h / 12 = 162.67 h a month. Hourly base = (300,000 + 役職手当 20,000; 住宅手当
    // is excluded) / 162.67 = 1,967.21; 60 h × 1.25 + 10 h × 1.5 = 90 h → 177,049.18 → 177,049
    // (50-sen rule on the monthly total).
    assert_eq!(e1["overtime"], "70:00");
    assert_eq!(e1["overtime_pay"], "177049");
    assert_eq!(e1["gross"], "517049");
    // Health on 340,000 (Tokyo 9.85%) and care (born 1981, 45) for the April premium deducted
    // from the May pay; 子ども・子育て支援金 starts with that premium.
    assert_eq!(
        (
            e1["health"].as_str(),
            e1["care"].as_str(),
            e1["support"].as_str()
        ),
        (Some("16745"), Some("2754"), Some("391"))
    );
    assert_eq!(e1["pension"], "31110");
    // Employment insurance on actual wages: 517,049 × 5‰ = 2,585.25 → 2,585.
    assert_eq!(e1["employment"], "2585");
    let e2 = row(&show, "employee", "E2");
    assert_eq!(
        (e2["standard_monthly"].as_str(), e2["care"].as_str()),
        (Some("260000"), Some("0"))
    );
    // Confirm: one balanced entry; a second confirmation and a new run are refused.
    env.run(&["payroll", "confirm", "--month", "2026-04"]);
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-04-30"]);
    assert_eq!(tb["totals"]["debit"], tb["totals"]["credit"]);
    let gross: i64 = ["E1", "E2"]
        .iter()
        .map(|e| {
            row(&show, "employee", e)["gross"]
                .as_str()
                .unwrap()
                .parse::<i64>()
                .unwrap()
        })
        .sum();
    assert_eq!(row(&tb, "code", "6110")["debit"], gross.to_string());
    let err = env.fails(&["payroll", "confirm", "--month", "2026-04"], 1);
    assert!(err.contains("already confirmed"), "{err}");
    env.fails(&["payroll", "run", "--month", "2026-04"], 1);
    env.fails(&["payroll", "cancel", "--month", "2026-04"], 1);
    let register = env.json(&["payroll", "register", "--year", "2026"]);
    assert_eq!(register["rows"].as_array().unwrap().len(), 2);
    assert_eq!(register["totals"]["gross"], gross.to_string());
}

#[test]
fn payslips_are_pdfs_with_the_figures() {
    let env = staff();
    close_april(&env);
    env.run(&["payroll", "run", "--month", "2026-04"]);
    env.run(&["payroll", "payslips", "--month", "2026-04", "-o", "slips"]);
    let text = pdf_text(&env.dir.path().join("slips/2026-04_E1.pdf"));
    let net = row(
        &env.json(&["payroll", "show", "--month", "2026-04"]),
        "employee",
        "E1",
    )["net"]
        .as_str()
        .unwrap()
        .parse::<i64>()
        .unwrap();
    let grouped = format!("{},{:03}", net / 1000, net % 1000);
    for expected in [
        "給与明細書",
        "山田 太郎",
        "差引支給額",
        "健康保険",
        "時間外手当",
        grouped.as_str(),
    ] {
        assert!(text.contains(expected), "{expected} missing in {text}");
    }
    env.run(&[
        "--lang",
        "en",
        "payroll",
        "payslips",
        "--month",
        "2026-04",
        "-o",
        "en",
        "--employee",
        "E2",
    ]);
    assert!(pdf_text(&env.dir.path().join("en/2026-04_E2.pdf")).contains("Net pay"));
}

#[test]
fn the_zengin_file_has_120_byte_records_that_add_up() {
    let env = staff();
    close_april(&env);
    env.run(&["payroll", "run", "--month", "2026-04"]);
    let err = env.fails(
        &["payroll", "transfer", "--month", "2026-04", "-o", "z.txt"],
        1,
    );
    assert!(err.contains("not confirmed"), "{err}");
    env.run(&["payroll", "confirm", "--month", "2026-04"]);
    let err = env.fails(
        &["payroll", "transfer", "--month", "2026-04", "-o", "z.txt"],
        1,
    );
    assert!(err.contains("payroll_consignor_code"), "{err}");
    for (k, v) in [
        ("payroll_consignor_code", "1234567890"),
        ("payroll_consignor_name", "カ)テスト"),
        ("payroll_bank_code", "0001"),
        ("payroll_branch_code", "001"),
        ("payroll_account_number", "1111111"),
    ] {
        env.run(&["company", "set", k, v]);
    }
    env.run(&["people", "set", "E2", "kana", ""]);
    let err = env.fails(
        &["payroll", "transfer", "--month", "2026-04", "-o", "z.txt"],
        1,
    );
    assert!(err.contains("employee E2 has no kana name"), "{err}");
    env.run(&["people", "set", "E2", "kana", "サトウ ハナコ"]);
    env.run(&["payroll", "transfer", "--month", "2026-04", "-o", "z.txt"]);
    let bytes = std::fs::read(env.dir.path().join("z.txt")).unwrap();
    let records: Vec<&[u8]> = bytes
        .split(|b| *b == b'\n')
        .filter(|r| !r.is_empty())
        .collect();
    assert_eq!(records.len(), 5);
    assert!(records.iter().all(|r| r.len() == 121 && r[120] == b'\r'));
    assert_eq!(&records[0][..3], b"111", "header, 給与振込");
    let show = env.json(&["payroll", "show", "--month", "2026-04"]);
    let total: i64 = show["totals"]["net"].as_str().unwrap().parse().unwrap();
    let trailer = std::str::from_utf8(&records[3][..19]).unwrap();
    assert_eq!(trailer, format!("8000002{total:012}"));
    // The name is half-width kana: ｻﾄｳ ﾊﾅｺ in JIS X 0201.
    let (name, _, _) = encoding_rs::SHIFT_JIS.decode(&records[2][50..80]);
    assert_eq!(name.trim_end(), "ｻﾄｳ ﾊﾅｺ");
}

#[test]
fn the_calculator_answers_what_if_with_the_run_path() {
    let env = Env::with_company();
    // The worked example of the unit tests: 330,000 with 10,000 commuting, 340,000 standard,
    // age 45, one dependant, Tokyo, May 2026 pay.
    let calc = env.json(&[
        "payroll",
        "calc",
        "--month",
        "2026-05",
        "--gross",
        "330000",
        "--non-taxable",
        "10000",
        "--standard-monthly",
        "340000",
        "--age",
        "45",
        "--dependents",
        "1",
    ]);
    let get = |k: &str| {
        row(&calc, "item", k)["amount"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(get("withholding"), "5140");
    assert_eq!(get("net"), "272210");
    // The grade follows the gross when no standard is given: 330,000 → 340,000.
    let calc = env.json(&[
        "payroll", "calc", "--month", "2026-05", "--gross", "330000", "--age", "30",
    ]);
    assert_eq!(row(&calc, "item", "standard_monthly")["amount"], "340000");
    assert_eq!(row(&calc, "item", "care")["amount"], "0");
    // 2027 has no bundled withholding table: the error names it and the month.
    let err = env.fails(
        &["payroll", "calc", "--month", "2027-02", "--gross", "300000"],
        1,
    );
    assert!(
        err.contains("no withholding") && err.contains("2027-02"),
        "{err}"
    );
    // Importing a table for 2027 makes it work (here the 2026 one, for the test).
    let rows = env.file(
        "wh.csv",
        include_bytes!("../../assets/payroll/withholding-monthly-2026.csv"),
    );
    let bands = env.file(
        "bands.csv",
        include_bytes!("../../assets/payroll/withholding-bands-2026.csv"),
    );
    env.run(&[
        "payroll", "rates", "import", &rows, "--from", "2027-01", "--to", "2027-12",
    ]);
    env.run(&[
        "payroll", "rates", "import", &bands, "--from", "2027-01", "--to", "2027-12",
    ]);
    env.fails(
        &["payroll", "rates", "import", &rows, "--from", "2027-01"],
        1,
    );
    let calc = env.json(&["payroll", "calc", "--month", "2027-02", "--gross", "300000"]);
    assert!(calc["rows"].as_array().unwrap().len() > 5);
    let list = env.json(&["payroll", "rates", "list"]);
    assert!(
        list["rows"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["valid_from"] == "2027-01")
    );
}

#[test]
fn settings_are_dated_and_validated() {
    let env = staff();
    let err = env.fails(
        &[
            "payroll",
            "set",
            "E1",
            "--from",
            "2026-04",
            "--standard-monthly",
            "301000",
        ],
        1,
    );
    assert!(err.contains("not a 標準報酬月額"), "{err}");
    let err = env.fails(
        &[
            "payroll",
            "set",
            "E1",
            "--from",
            "2026-04",
            "--bank-name",
            "山田銀行",
        ],
        1,
    );
    assert!(err.contains("山"), "{err}");
    env.run(&[
        "payroll",
        "set",
        "E1",
        "--from",
        "2026-06",
        "--monthly",
        "310000",
    ]);
    let s = env.json(&["payroll", "settings", "E1"]);
    let rows = s["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1]["base_amount"], "310000");
    assert_eq!(
        rows[1]["standard_monthly"], "340000",
        "unspecified fields carry over"
    );
    let err = env.fails(
        &[
            "payroll",
            "set",
            "E9",
            "--from",
            "2026-04",
            "--monthly",
            "1",
        ],
        1,
    );
    assert!(err.contains("unknown employee"), "{err}");
}

#[test]
fn a_draft_can_be_cancelled_and_run_again() {
    let env = staff();
    close_april(&env);
    env.run(&[
        "payroll",
        "run",
        "--month",
        "2026-04",
        "--pay-date",
        "2026-05-22",
    ]);
    env.run(&["payroll", "cancel", "--month", "2026-04"]);
    env.fails(&["payroll", "show", "--month", "2026-04"], 1);
    env.run(&["payroll", "run", "--month", "2026-04"]);
    let show: Value = env.json(&["payroll", "show", "--month", "2026-04"]);
    assert!(show["notes"][0].as_str().unwrap().contains("2026-05-25"));
}

/// 定時決定: the average of the pay paid in April, May and June (each with 17+ paid days) sets
/// the 標準報酬月額 from September.
#[test]
fn teiji_kettei_from_april_to_june_pay() {
    let env = Env::with_company();
    env.run(&[
        "people",
        "add",
        "E1",
        "山田",
        "--kana",
        "ヤマダ",
        "--hire-date",
        "2026-01-05",
        "--birth-date",
        "1990-02-02",
    ]);
    env.run(&[
        "payroll",
        "set",
        "E1",
        "--from",
        "2026-03",
        "--monthly",
        "300000",
        "--commuting",
        "15000",
        "--prefecture",
        "13",
        "--standard-monthly",
        "300000",
    ]);
    let holidays = [
        "2026-03-20",
        "2026-04-29",
        "2026-05-04",
        "2026-05-05",
        "2026-05-06",
    ];
    for month in [3, 4, 5] {
        let mut csv = String::from("employee,date,clock_in,clock_out,break_minutes\n");
        let mut day = chrono::NaiveDate::from_ymd_opt(2026, month, 1).unwrap();
        while chrono::Datelike::month(&day) == month {
            let weekday = chrono::Datelike::weekday(&day).num_days_from_monday();
            if weekday < 5 && !holidays.contains(&day.to_string().as_str()) {
                csv.push_str(&format!("E1,{day},09:00,18:00,60\n"));
            }
            day = day.succ_opt().unwrap();
        }
        let path = env.file("m.csv", csv.as_bytes());
        env.run(&["attendance", "import", &path]);
        let m = format!("2026-{month:02}");
        env.run(&["attendance", "close", "--month", &m]);
        env.run(&["payroll", "run", "--month", &m]);
        env.run(&["payroll", "confirm", "--month", &m]);
    }
    // Paid 315,000 in April, May and June → 報酬月額 315,000 → 320,000 (310,000-330,000).
    env.run(&["payroll", "grade", "E1", "--teiji", "2026"]);
    let s = env.json(&["payroll", "settings", "E1"]);
    let last = s["rows"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (
            last["valid_from"].as_str(),
            last["standard_monthly"].as_str()
        ),
        (Some("2026-09"), Some("320000"))
    );
    let err = env.fails(&["payroll", "grade", "E1", "--teiji", "2025"], 1);
    assert!(err.contains("no confirmed pay"), "{err}");
}

/// Officers (役員) do not clock in: no absence deduction, posted to 役員報酬, no employment
/// insurance by default.
#[test]
fn officers_are_paid_without_timecards() {
    let env = Env::with_company();
    env.run(&[
        "people",
        "add",
        "D1",
        "社長",
        "--kana",
        "シャチョウ",
        "--hire-date",
        "2020-04-01",
        "--birth-date",
        "1970-01-01",
        "--employment",
        "officer",
    ]);
    env.run(&[
        "payroll",
        "set",
        "D1",
        "--from",
        "2026-04",
        "--monthly",
        "500000",
        "--prefecture",
        "13",
        "--standard-monthly",
        "500000",
    ]);
    env.run(&["attendance", "close", "--month", "2026-04"]);
    env.run(&["payroll", "run", "--month", "2026-04"]);
    let d1 = row(
        &env.json(&["payroll", "show", "--month", "2026-04"]),
        "employee",
        "D1",
    )
    .clone();
    assert_eq!(
        (d1["absence_deduction"].as_str(), d1["employment"].as_str()),
        (Some("0"), Some("0"))
    );
    assert_eq!(d1["gross"], "500000");
    env.run(&["payroll", "confirm", "--month", "2026-04"]);
    let tb = env.json(&["ledger", "trial-balance", "--as-of", "2026-04-30"]);
    assert_eq!(row(&tb, "code", "6100")["debit"], "500000");
}

/// Staff whose hours bko does not keep: `--attendance-deductions no` pays the salary in full.
#[test]
fn salaried_staff_without_timecards() {
    let env = Env::with_company();
    env.run(&[
        "people",
        "add",
        "S1",
        "鈴木",
        "--kana",
        "スズキ",
        "--hire-date",
        "2020-04-01",
        "--birth-date",
        "1990-01-01",
    ]);
    env.run(&[
        "payroll",
        "set",
        "S1",
        "--from",
        "2026-04",
        "--monthly",
        "280000",
        "--prefecture",
        "13",
        "--standard-monthly",
        "280000",
    ]);
    env.run(&["attendance", "close", "--month", "2026-04"]);
    env.run(&["payroll", "run", "--month", "2026-04"]);
    let s1 = row(
        &env.json(&["payroll", "show", "--month", "2026-04"]),
        "employee",
        "S1",
    )
    .clone();
    assert_eq!(
        s1["absence_deduction"], "280000",
        "no timecards: absent every scheduled day"
    );
    env.run(&[
        "payroll",
        "set",
        "S1",
        "--from",
        "2026-04",
        "--attendance-deductions",
        "no",
    ]);
    env.run(&["payroll", "run", "--month", "2026-04"]);
    let s1 = row(
        &env.json(&["payroll", "show", "--month", "2026-04"]),
        "employee",
        "S1",
    )
    .clone();
    assert_eq!(
        (s1["absence_deduction"].as_str(), s1["gross"].as_str()),
        (Some("0"), Some("280000"))
    );
}

/// 年末調整 from the demo's confirmed April run and summer bonus: declarations change the
/// deductions, the difference is the annual tax less what both withheld; bad declarations change
/// nothing.
#[test]
fn year_end_adjustment_from_runs_and_declarations() {
    let env = Env::new();
    env.run(&["demo"]);
    let april = env.json(&["payroll", "show", "--month", "2026-04", "--format", "json"]);
    let bonus = env.json(&["payroll", "bonus", "show", "--date", "2026-07-10"]);
    let tax = |report: &Value| -> i64 {
        row(report, "employee", "E001")["withholding"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap()
    };
    let withheld = tax(&april) + tax(&bonus);
    env.run(&[
        "payroll",
        "yearend",
        "declare",
        "E001",
        "--year",
        "2026",
        "--spouse",
        "1982-03-03:0",
        "--dependant",
        "2006-05-05",
        "--dependant",
        "2016-01-01",
        "--life-new-general",
        "100000",
        "--housing-loan",
        "50000",
    ]);
    let calc = env.json(&[
        "payroll", "yearend", "calc", "--year", "2026", "--format", "json",
    ]);
    let e001 = row(&calc, "employee", "E001");
    let money = |field: &str| -> i64 { e001[field].as_str().unwrap().parse().unwrap() };
    // 配偶者控除 380,000; the child of 20 is 特定扶養 630,000, the one of 10 gives none; with a
    // dependant under 23 new 一般生命保険料 100,000 gives 100,000 ÷ 4 + 30,000 = 55,000.
    assert_eq!(money("spouse"), 380_000);
    assert_eq!(money("dependants"), 630_000);
    assert_eq!(money("life_insurance"), 55_000);
    assert_eq!(money("basic"), 1_040_000);
    assert_eq!(money("withheld"), withheld);
    assert_eq!(money("difference"), money("annual_tax") - withheld);
    assert_eq!(calc["rows"].as_array().unwrap().len(), 3, "{calc}");
    let one = env.json(&[
        "payroll",
        "yearend",
        "calc",
        "--year",
        "2026",
        "--employee",
        "E002",
        "--format",
        "json",
    ]);
    assert_eq!(one["rows"].as_array().unwrap().len(), 1);

    let err = env.fails(
        &[
            "payroll",
            "yearend",
            "declare",
            "E001",
            "--year",
            "2026",
            "--dependant",
            "2027-01-05",
        ],
        1,
    );
    assert!(err.contains("not yet born"), "{err}");
    let err = env.fails(
        &[
            "payroll",
            "yearend",
            "declare",
            "E001",
            "--year",
            "2026",
            "--spouse",
            "1980-01-01:abc",
        ],
        1,
    );
    assert!(err.contains("not an income"), "{err}");
    let err = env.fails(
        &[
            "payroll",
            "yearend",
            "declare",
            "E001",
            "--year",
            "2026",
            "--widow",
            "yes",
            "--single-parent",
            "yes",
        ],
        1,
    );
    assert!(err.contains("cannot both"), "{err}");
    env.run(&["people", "leave", "E003", "--date", "2026-11-30"]);
    let err = env.fails(
        &["payroll", "yearend", "declare", "E003", "--year", "2026"],
        1,
    );
    assert!(err.contains("leavers are not adjusted"), "{err}");
    let calc = env.json(&[
        "payroll", "yearend", "calc", "--year", "2026", "--format", "json",
    ]);
    let status = row(&calc, "employee", "E003")["status"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        status.starts_with("not adjusted: left on 2026-11-30"),
        "{status}"
    );
}

/// A bonus run: tax by the rate table from the previous pay given, confirmed into one entry
/// (賞与 / 法定福利費 / 預り金 / 未払費用), then part of the year's adjustment; a confirmed run
/// cannot be cancelled or redone.
#[test]
fn bonus_runs_are_computed_confirmed_and_adjusted() {
    let env = Env::new();
    env.run(&["demo"]);
    let run = env.json(&[
        "payroll",
        "bonus",
        "run",
        "--date",
        "2026-06-30",
        "--employee",
        "E001",
        "--amount",
        "554000",
        "--previous-pay",
        "196616",
        "--format",
        "json",
    ]);
    let slip = row(&run, "employee", "E001");
    let money = |field: &str| -> i64 { slip[field].as_str().unwrap().parse().unwrap() };
    let insurance = ["health", "care", "support", "pension", "employment"]
        .iter()
        .map(|f| money(f))
        .sum::<i64>();
    // 甲 with E001's 2 dependants and a previous pay of 196,616: the 2.042% band (NTA 15-16.pdf).
    assert_eq!(slip["rate"], "2.042");
    assert_eq!(money("standard_bonus"), 554_000);
    assert_eq!(money("withholding"), (554_000 - insurance) * 2042 / 100_000);
    assert_eq!(money("net"), 554_000 - insurance - money("withholding"));
    env.run(&["payroll", "bonus", "confirm", "--date", "2026-06-30"]);
    let journal = env.json(&["ledger", "journal", "--format", "json"]);
    let bonus_lines: Vec<&serde_json::Value> = journal["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["ref"] == "bonus:2026-06-30")
        .collect();
    assert!(
        bonus_lines
            .iter()
            .any(|l| l["account"] == "賞与" && l["debit"] == "554000")
    );
    let notice = env.json(&[
        "payroll",
        "bonus",
        "notice",
        "--date",
        "2026-06-30",
        "--format",
        "json",
    ]);
    let n = row(&notice, "employee", "E001");
    assert_eq!(n["health_standard_bonus"], "554000");
    assert_eq!(n["pension_standard_bonus"], "554000");
    assert_eq!(n["birth_date"], "1980-05-10");
    env.fails(&["payroll", "bonus", "cancel", "--date", "2026-06-30"], 1);
    env.fails(
        &[
            "payroll",
            "bonus",
            "run",
            "--date",
            "2026-06-30",
            "--employee",
            "E001",
            "--amount",
            "1",
        ],
        1,
    );
    env.fails(
        &[
            "payroll",
            "bonus",
            "run",
            "--date",
            "2026-07-10",
            "--employee",
            "E001",
            "--amount",
            "0",
        ],
        2,
    );
    let calc = env.json(&[
        "payroll",
        "yearend",
        "calc",
        "--year",
        "2026",
        "--employee",
        "E001",
        "--format",
        "json",
    ]);
    let salary: i64 = row(&calc, "employee", "E001")["salary"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        salary > 554_000,
        "the bonus counts in the year's pay: {salary}"
    );
}

/// 年末調整 settled in the year's last (draft) run: the run's own pay counts, each refund becomes
/// a payslip line included in the net, and confirming posts it against 預り金.
#[test]
fn year_end_adjustment_is_applied_to_a_draft_run() {
    let env = Env::new();
    env.run(&["demo"]);
    env.run(&["attendance", "close", "--month", "2026-05"]);
    for e in ["E001", "E002"] {
        env.run(&[
            "payroll",
            "set",
            e,
            "--from",
            "2026-05",
            "--attendance-deductions",
            "no",
        ]);
    }
    env.run(&["payroll", "run", "--month", "2026-05"]);
    let before = env.json(&["payroll", "show", "--month", "2026-05", "--format", "json"]);
    env.fails(
        &[
            "payroll", "yearend", "apply", "--year", "2027", "--month", "2026-05",
        ],
        1,
    );
    env.fails(
        &[
            "payroll", "yearend", "apply", "--year", "2026", "--month", "2026-04",
        ],
        1,
    );
    env.run(&[
        "payroll", "yearend", "apply", "--year", "2026", "--month", "2026-05",
    ]);
    let calc = env.json(&[
        "payroll", "yearend", "calc", "--year", "2026", "--format", "json",
    ]);
    let after = env.json(&["payroll", "show", "--month", "2026-05", "--format", "json"]);
    let money = |v: &serde_json::Value, f: &str| -> i64 { v[f].as_str().unwrap().parse().unwrap() };
    let mut refunds = 0;
    for code in ["E001", "E002"] {
        let net_before = money(row(&before, "employee", code), "net");
        let net_after = money(row(&after, "employee", code), "net");
        // calc counts only confirmed runs, so its difference leaves out May's tax: recompute the
        // refund from the applied slip instead and check it is the net's change.
        let refund = net_after - net_before;
        assert!(refund > 0, "{code}: {net_before} → {net_after}");
        assert!(money(row(&calc, "employee", code), "difference") < 0);
        refunds += refund;
    }
    // Applying again replaces, not adds.
    env.run(&[
        "payroll", "yearend", "apply", "--year", "2026", "--month", "2026-05",
    ]);
    let again = env.json(&["payroll", "show", "--month", "2026-05", "--format", "json"]);
    assert_eq!(
        money(row(&again, "employee", "E001"), "net"),
        money(row(&after, "employee", "E001"), "net")
    );
    env.run(&["payroll", "confirm", "--month", "2026-05"]);
    let journal = env.json(&["ledger", "journal", "--format", "json"]);
    let line = journal["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["description"] == "年末調整")
        .expect("a 年末調整 line");
    let debit: i64 = line["debit"].as_str().unwrap().parse().unwrap();
    let e003 = money(row(&again, "employee", "E003"), "net")
        - money(row(&before, "employee", "E003"), "net");
    assert_eq!(debit, refunds + e003);
    env.fails(
        &[
            "payroll", "yearend", "apply", "--year", "2026", "--month", "2026-05",
        ],
        1,
    );
}

/// The year's 賃金台帳 lists the confirmed bonuses with the monthly pay.
#[test]
fn the_year_register_includes_bonuses() {
    let env = Env::new();
    env.run(&["demo"]);
    env.run(&[
        "payroll",
        "bonus",
        "run",
        "--date",
        "2026-08-07",
        "--employee",
        "E002",
        "--amount",
        "300000",
    ]);
    let draft = env.json(&["payroll", "register", "--year", "2026", "--format", "json"]);
    assert!(
        !draft.to_string().contains("賞与 2026-08-07"),
        "drafts stay out"
    );
    assert!(
        draft.to_string().contains("賞与 2026-07-10"),
        "the demo's confirmed summer bonus is in"
    );
    env.run(&["payroll", "bonus", "confirm", "--date", "2026-08-07"]);
    let register = env.json(&["payroll", "register", "--year", "2026", "--format", "json"]);
    let bonus = register["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["month"] == "賞与 2026-08-07")
        .expect("the bonus row");
    assert_eq!(bonus["employee"], "E002");
    assert_eq!(bonus["gross"], "300000");
    let bonuses = env.json(&["payroll", "bonus", "register", "--year", "2026"]);
    let months: Vec<&str> = bonuses["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["month"].as_str().unwrap())
        .collect();
    assert_eq!(
        months,
        ["賞与 2026-07-10", "賞与 2026-07-10", "賞与 2026-08-07"],
        "the demo's summer bonus for two, then E002's"
    );
}

/// 源泉徴収票: one PDF per employee paid in the year — the adjusted one with its deductions and
/// relatives by name, a leaver with what was paid and withheld, marked 年調未済.
#[test]
fn withholding_slips_for_the_adjusted_and_the_leavers() {
    let env = Env::new();
    env.run(&["demo"]);
    env.run(&[
        "people",
        "set",
        "E001",
        "address",
        "東京都世田谷区北沢2-10-15",
    ]);
    env.run(&["people", "set", "E001", "postal_code", "155-0031"]);
    env.run(&[
        "payroll",
        "yearend",
        "declare",
        "E001",
        "--year",
        "2026",
        "--spouse",
        "1982-03-03:0:name=山田 花子:relation=妻",
        "--dependant",
        "2006-05-05:name=山田 一郎:relation=子",
        "--dependant",
        "2016-01-01:name=山田 二郎:relation=子",
        "--life-new-general",
        "100000",
    ]);
    env.run(&["people", "leave", "E003", "--date", "2026-04-30"]);
    env.run(&[
        "payroll", "yearend", "slips", "--year", "2026", "-o", "gensen",
    ]);
    let calc = env.json(&["payroll", "yearend", "calc", "--year", "2026"]);
    let e001 = row(&calc, "employee", "E001");
    let yen = |field: &str| {
        let n: i64 = e001[field].as_str().unwrap().parse().unwrap();
        group(n)
    };
    let text = pdf_text(&env.dir.path().join("gensen/gensen-2026_E001.pdf"));
    for expected in [
        "令和8年分 給与所得の源泉徴収票",
        "受給者交付用",
        "支払者控",
        "東京都世田谷区北沢2-10-15",
        "山田 花子(妻)",
        "山田 一郎(子)",
        "山田 二郎(子)",
        "昭和55年5月10日",
        "株式会社サンプル商事",
    ] {
        assert!(text.contains(expected), "{expected} missing:\n{text}");
    }
    for field in [
        "salary",
        "deductions",
        "annual_tax",
        "basic",
        "social_insurance",
    ] {
        assert!(text.contains(&yen(field)), "{field} {} missing", yen(field));
    }
    let leaver = pdf_text(&env.dir.path().join("gensen/gensen-2026_E003.pdf"));
    assert!(leaver.contains("年調未済 (中途退職)"), "{leaver}");
    assert!(leaver.contains("令和8年4月30日"), "{leaver}");
    // Files are never overwritten without --force; one employee alone with --employee.
    env.fails(
        &[
            "payroll", "yearend", "slips", "--year", "2026", "-o", "gensen",
        ],
        1,
    );
    env.run(&[
        "payroll",
        "yearend",
        "slips",
        "--year",
        "2026",
        "-o",
        "one",
        "--employee",
        "E002",
    ]);
    let one: Vec<_> = std::fs::read_dir(env.dir.path().join("one"))
        .unwrap()
        .collect();
    assert_eq!(one.len(), 1);
    env.fails(
        &[
            "payroll", "yearend", "slips", "--year", "2025", "-o", "none",
        ],
        1,
    );
}

/// 給与支払報告書 by municipality, its 総括表 and the 源泉徴収簿: a leaver paid ≤ ¥300,000 is not
/// reported; the book lists each pay, an earlier employer's, then the adjustment.
#[test]
fn salary_payment_reports_by_municipality_and_the_withholding_book() {
    let env = Env::new();
    env.run(&["demo"]);
    env.run(&["people", "set", "E001", "municipality_code", "131121"]);
    env.run(&["people", "set", "E002", "municipality_code", "131121"]);
    env.run(&["people", "leave", "E003", "--date", "2026-04-30"]);
    env.run(&[
        "payroll",
        "yearend",
        "declare",
        "E001",
        "--year",
        "2026",
        "--previous-employer-pay",
        "1200000",
        "--previous-employer-tax",
        "30000",
        "--previous-employer-insurance",
        "180000",
        "--previous-employer",
        "株式会社前職 大阪市北区",
        "--previous-employer-left",
        "2026-03-31",
    ]);
    let statements = env.json(&["payroll", "yearend", "report", "--year", "2026"]);
    let e001 = row(&statements, "employee", "E001");
    let remarks = e001["remarks"].as_str().unwrap();
    assert!(
        remarks.contains("支払金額 1,200,000 円")
            && remarks.contains("株式会社前職 大阪市北区 令和8年3月31日退職"),
        "{remarks}"
    );
    assert_eq!(e001["municipality_code"], "131121");
    assert_eq!(e001["required"], true);
    let e003 = row(&statements, "employee", "E003");
    assert_eq!(e003["required"], false, "a leaver paid under ¥300,000");
    assert_eq!(e003["left"], "2026-04-30");
    let notes = statements["notes"].to_string();
    assert!(notes.contains("2027-02-01"), "{notes}");
    assert!(
        notes.contains("1 employees have no 市区町村コード"),
        "{notes}"
    );
    let summary = env.json(&[
        "payroll", "yearend", "report", "--year", "2026", "--kind", "summary",
    ]);
    let setagaya = row(&summary, "municipality_code", "131121");
    assert_eq!(setagaya["recipients"], 3);
    assert_eq!(setagaya["reported"], 2);
    assert_eq!(setagaya["special_collection"], 2);
    assert_eq!(summary["rows"].as_array().unwrap().len(), 1);
    let payment =
        |v: &serde_json::Value| -> i64 { v["payment"].as_str().unwrap().parse().unwrap() };
    assert_eq!(
        payment(setagaya),
        payment(e001) + payment(row(&statements, "employee", "E002"))
    );
    let book = env.json(&[
        "payroll",
        "yearend",
        "report",
        "--year",
        "2026",
        "--kind",
        "book",
        "--employee",
        "E001",
    ]);
    let rows = book["rows"].as_array().unwrap();
    let kinds: Vec<&str> = rows.iter().map(|r| r["kind"].as_str().unwrap()).collect();
    // April's pay, the demo's summer bonus, the earlier employer, the adjustment.
    assert_eq!(kinds, ["給与", "賞与", "前職分", "年末調整"]);
    let taxable =
        |r: &serde_json::Value| -> i64 { r["taxable_pay"].as_str().unwrap().parse().unwrap() };
    assert_eq!(
        taxable(&rows[3]),
        taxable(&rows[0]) + taxable(&rows[1]) + 1_200_000
    );
    assert_eq!(payment(e001), taxable(&rows[3]));
}

/// A year whose last run is already confirmed: the adjustment is refused into it, settled on its
/// own with --settle-separately (posted against 預り金 at once, once per year), after which the
/// year shows nothing left to settle.
#[test]
fn year_end_adjustment_settled_separately_after_a_confirmed_run() {
    let env = Env::new();
    env.run(&["demo"]);
    let apply = [
        "payroll", "yearend", "apply", "--year", "2026", "--month", "2026-04",
    ];
    let err = env.fails(&apply, 1);
    assert!(err.contains("--settle-separately"), "{err}");
    let before = env.json(&["payroll", "yearend", "calc", "--year", "2026"]);
    let difference = |v: &serde_json::Value, code: &str| -> i64 {
        row(v, "employee", code)["difference"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap()
    };
    let owed: i64 = ["E001", "E002", "E003"]
        .iter()
        .map(|c| difference(&before, c))
        .sum();
    assert!(
        owed < 0,
        "the demo's April run over-withholds for a whole year: {owed}"
    );
    let transfer = [
        "payroll",
        "yearend",
        "transfer",
        "--year",
        "2026",
        "-o",
        "refunds.txt",
    ];
    let err = env.fails(&transfer, 1);
    assert!(err.contains("not settled on its own"), "{err}");
    let mut separately = apply.to_vec();
    separately.extend(["--settle-separately", "--date", "2026-12-25"]);
    env.run(&separately);
    // The refunds go out by bank transfer: one record per employee refunded, on the date.
    env.run(&transfer);
    let refunds = ["E001", "E002", "E003"]
        .iter()
        .filter(|c| difference(&before, c) < 0)
        .count();
    let file = std::fs::read(env.dir.path().join("refunds.txt")).unwrap();
    assert_eq!(
        file.len(),
        (3 + refunds) * 122,
        "header, refunds, trailer, end"
    );
    let journal = env.json(&["ledger", "journal"]);
    let lines: Vec<&serde_json::Value> = journal["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["ref"] == "yearend:2026")
        .collect();
    let refund_line = lines
        .iter()
        .find(|l| l["description"] == "年末調整")
        .expect("a 年末調整 line");
    assert_eq!(refund_line["date"], "2026-12-25");
    assert_eq!(refund_line["debit"], (-owed).to_string());
    let after = env.json(&["payroll", "yearend", "calc", "--year", "2026"]);
    for code in ["E001", "E002", "E003"] {
        assert_eq!(difference(&after, code), 0, "{code} settled");
    }
    let err = env.fails(&separately, 1);
    assert!(err.contains("settled on its own on 2026-12-25"), "{err}");
    let book = env.json(&[
        "payroll",
        "yearend",
        "report",
        "--year",
        "2026",
        "--kind",
        "book",
        "--employee",
        "E002",
    ]);
    assert!(book.to_string().contains("年末調整 精算"), "{book}");
    // Without a confirmed run to point at, or into a draft, --settle-separately is refused.
    env.fails(
        &[
            "payroll",
            "yearend",
            "apply",
            "--year",
            "2026",
            "--month",
            "2026-05",
            "--settle-separately",
        ],
        1,
    );
}

/// Bonus slips as PDFs (draft or confirmed) and the bank file of a confirmed bonus run, with the
/// accounts of the pay settings in force.
#[test]
fn bonus_slips_and_transfer_file() {
    let env = Env::new();
    env.run(&["demo"]);
    env.run(&[
        "payroll",
        "bonus",
        "run",
        "--date",
        "2026-06-30",
        "--employee",
        "E002",
        "--amount",
        "300000",
    ]);
    let err = env.fails(
        &[
            "payroll",
            "bonus",
            "transfer",
            "--date",
            "2026-06-30",
            "-o",
            "b.txt",
        ],
        1,
    );
    assert!(err.contains("not confirmed"), "{err}");
    env.run(&[
        "payroll",
        "bonus",
        "payslips",
        "--date",
        "2026-06-30",
        "-o",
        "bon",
    ]);
    let text = pdf_text(&env.dir.path().join("bon/bonus-2026-06-30_E002.pdf"));
    let show = env.json(&["payroll", "bonus", "show", "--date", "2026-06-30"]);
    let net: i64 = row(&show, "employee", "E002")["net"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    for expected in [
        "賞与明細書 2026年6月30日支給",
        "300,000",
        "標準賞与額",
        &group(net),
    ] {
        assert!(text.contains(expected), "{expected} missing:\n{text}");
    }
    env.run(&["payroll", "bonus", "confirm", "--date", "2026-06-30"]);
    env.run(&[
        "payroll",
        "bonus",
        "transfer",
        "--date",
        "2026-06-30",
        "-o",
        "b.txt",
    ]);
    let file = std::fs::read(env.dir.path().join("b.txt")).unwrap();
    assert_eq!(file.len(), 4 * 122, "header, one transfer, trailer, end");
    let record = String::from_utf8_lossy(&file[122..244]).to_string();
    assert!(record.contains(&format!("{net:010}")), "{record}");
}

/// Declarations for everyone from one CSV, as `declare` would record them; a bad cell names its
/// line and column and nothing is recorded.
#[test]
fn year_end_declarations_are_imported_all_or_nothing() {
    let env = Env::new();
    env.run(&["demo"]);
    let good = "employee,spouse,dependants,widow,life_new_general,housing_loan\n\
                E001,1982-03-03:0:name=山田 花子,2006-05-05:name=山田 一郎;2016-01-01,,100000,50000\n\
                E002,,,yes,\"12,000\",\n";
    let path = env.file("decl.csv", good.as_bytes());
    let bad_cases = [
        (
            "employee,dependants\nE001,2006-05-05\nE002,2027-02-01\n",
            "decl-bad.csv:3: column 'dependants'",
        ),
        (
            "employee,life_new_general\nE001,12.5\n",
            "column 'life_new_general'",
        ),
        ("employee,widow\nE001,maybe\n", "column 'widow'"),
        ("employee\nE001\nE001\n", "already on line 2"),
        ("employee\nNOBODY\n", "unknown employee"),
    ];
    for (csv, expected) in bad_cases {
        let bad = env.file("decl-bad.csv", csv.as_bytes());
        let err = env.fails(&["payroll", "yearend", "import", &bad, "--year", "2026"], 1);
        assert!(err.contains(expected), "{expected}: {err}");
    }
    env.run(&["payroll", "yearend", "import", &path, "--year", "2026"]);
    let calc = env.json(&["payroll", "yearend", "calc", "--year", "2026"]);
    let money = |code: &str, f: &str| -> i64 {
        row(&calc, "employee", code)[f]
            .as_str()
            .unwrap()
            .parse()
            .unwrap()
    };
    assert_eq!(money("E001", "spouse"), 380_000);
    assert_eq!(money("E001", "dependants"), 630_000);
    assert_eq!(money("E001", "life_insurance"), 55_000);
    assert_eq!(
        money("E001", "housing_loan_credit") > 0,
        money("E001", "computed_tax") > 0
    );
    // 寡婦 ¥270,000 (personal); 一般生命保険料 12,000 → all of it (up to 20,000), and the demo's
    // 介護医療保険料 40,000 (kept: its cell is not in the file) → 40,000 ÷ 2 + 10,000 = 30,000.
    assert_eq!(money("E002", "personal"), 270_000);
    assert_eq!(money("E002", "life_insurance"), 42_000);
}

/// 日割り and the insurance of the months of joining and leaving: fixed pay pro rata by calendar
/// days (or workdays), premiums from the month of joining, none for a month left before its
/// end, two months on a leaver's last pay when premiums are collected a month late.
#[test]
fn joining_and_leaving_mid_month() {
    let env = staff();
    let set = |code: &str, monthly: &str| {
        env.run(&[
            "payroll",
            "set",
            code,
            "--from",
            "2026-04",
            "--monthly",
            monthly,
            "--allowance",
            "役職手当=30000",
            "--prefecture",
            "13",
            "--standard-monthly",
            "300000",
            "--attendance-deductions",
            "no",
        ]);
    };
    env.run(&[
        "people",
        "add",
        "E3",
        "新人",
        "--hire-date",
        "2026-04-16",
        "--birth-date",
        "1990-01-01",
    ]);
    set("E3", "300000");
    env.run(&[
        "people",
        "add",
        "E4",
        "退職者",
        "--hire-date",
        "2020-04-01",
        "--birth-date",
        "1990-01-01",
    ]);
    env.run(&["people", "leave", "E4", "--date", "2026-04-20"]);
    set("E4", "300000");
    close_april(&env);
    env.run(&["payroll", "run", "--month", "2026-04"]);
    let show = env.json(&["payroll", "show", "--month", "2026-04"]);
    let money = |code: &str, f: &str| -> i64 {
        row(&show, "employee", code)[f]
            .as_str()
            .unwrap()
            .parse()
            .unwrap()
    };
    // Joined on the 16th: 15 of April's 30 days; its premium (April, paid in May) is owed.
    assert_eq!(money("E3", "base_pay"), 150_000);
    assert_eq!(money("E3", "allowances"), 15_000);
    assert_eq!(money("E3", "health"), 14_775);
    // Left on the 20th: 20/30 of 300,000 = 200,000; April's premium is not owed (喪失 21 April).
    assert_eq!(money("E4", "base_pay"), 200_000);
    assert_eq!(money("E4", "health") + money("E4", "pension"), 0);
    let notes = show["notes"].to_string();
    assert!(notes.contains("E3: 日割り 15/30 暦日"), "{notes}");
    assert!(notes.contains("E4: no social insurance premium"), "{notes}");
    // By scheduled workdays instead: April 2026 has 21 (29 April is 昭和の日), E3 was employed
    // on 10 of them (16, 17, 20–24, 27, 28, 30).
    env.run(&["company", "set", "payroll_prorate", "workdays"]);
    env.run(&["payroll", "run", "--month", "2026-04"]);
    let show = env.json(&["payroll", "show", "--month", "2026-04"]);
    let base: i64 = row(&show, "employee", "E3")["base_pay"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(base, 142_857, "300,000 × 10 / 21 = 142,857.14");

    // Paid in the same month, premiums a month late: April's would be collected in May, which
    // never comes for E1, who leaves on 30 April — the last pay collects March and April.
    env.run(&["company", "set", "payroll_pay_month", "same"]);
    env.run(&["people", "leave", "E1", "--date", "2026-04-30"]);
    env.run(&["payroll", "run", "--month", "2026-04"]);
    let show = env.json(&["payroll", "show", "--month", "2026-04"]);
    let e1 = |f: &str| -> i64 {
        row(&show, "employee", "E1")[f]
            .as_str()
            .unwrap()
            .parse()
            .unwrap()
    };
    // Each month at its own rates (協会けんぽ Tokyo 9.85% from the March 2026 premium, so
    // 340,000 × 9.85% ÷ 2 = 16,745 twice; 子ども・子育て支援金 0.23% only from the April premium:
    // 340,000 × 0.23% ÷ 2 = 391 once). japan-rules §4.
    assert_eq!(e1("health"), 2 * 16_745);
    assert_eq!(e1("support"), 391);
    assert!(
        show["notes"]
            .to_string()
            .contains("E1: social insurance for 2 months")
    );
    // E3, joined in April and paid in April, owes nothing yet (March is before cover).
    let e3 = row(&show, "employee", "E3");
    assert_eq!(e3["health"], "0");
    env.run(&[
        "payroll",
        "payslips",
        "--month",
        "2026-04",
        "-o",
        "slips",
        "--employee",
        "E3",
    ]);
    let text = pdf_text(&env.dir.path().join("slips/2026-04_E3.pdf"));
    assert!(text.contains("日割り"), "{text}");
    assert!(text.contains("今月の徴収なし"), "{text}");
    // Confirming a leaver's last pay says their 源泉徴収票 is due with it.
    let out = env
        .bko()
        .args(["payroll", "confirm", "--month", "2026-04"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("E1 山田 太郎 leaves on 2026-04-30")
            && stderr.contains("yearend slips --year 2026 --employee E1"),
        "{stderr}"
    );
}

/// `bko demo --year`: twelve confirmed months, two bonuses, a leaver, the 年末調整 settled in
/// December's pay and a 源泉徴収票 for each of the three.
#[test]
fn the_year_demo_ends_with_the_adjustment_and_the_withholding_slips() {
    let env = Env::new();
    let out = env
        .bko()
        .env_remove("BKO_DB")
        .env("BKO_TODAY", "2026-12-28")
        .args(["demo", "--year"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let db = env.dir.path().join("bko-demo-year.db");
    let json = |args: &[&str]| -> Value {
        let mut full = vec!["--db", db.to_str().unwrap(), "--format", "json"];
        full.extend_from_slice(args);
        serde_json::from_str(&env.run(&full)).unwrap()
    };
    let calc = json(&["payroll", "yearend", "calc", "--year", "2026"]);
    for code in ["Y001", "Y002"] {
        assert_eq!(row(&calc, "employee", code)["status"], "settled", "{calc}");
    }
    let y003 = row(&calc, "employee", "Y003")["status"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        y003.starts_with("not adjusted: left on 2026-09-30"),
        "{y003}"
    );
    let december = json(&["payroll", "show", "--month", "2026-12"]);
    assert_ne!(
        row(&december, "employee", "Y001")["year_end_adjustment"],
        "0"
    );
    let register = json(&["payroll", "register", "--year", "2026"]);
    assert_eq!(
        register["rows"].as_array().unwrap().len(),
        12 + 12 + 9 + 3 + 2
    );
    let slip = pdf_text(&env.dir.path().join("gensen/gensen-2026_Y001.pdf"));
    let annual = row(&calc, "employee", "Y001")["annual_tax"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(slip.contains("高橋 由美(妻)") && slip.contains(&group(annual.parse().unwrap())));
    // The housing-loan credit (120,000) is more than the tax: what could be credited is noted.
    assert!(
        slip.contains("住宅借入金等特別控除可能額 120,000 円"),
        "{slip}"
    );
    let leaver = pdf_text(&env.dir.path().join("gensen/gensen-2026_Y003.pdf"));
    assert!(leaver.contains("年調未済 (中途退職)") && leaver.contains("令和8年9月30日"));
}

/// A bonus paid in 2025 takes the 令和7年分 算出率の表 (unchanged since 令和2年分), one paid in 2026
/// the 令和8年分 one: with 2 dependants and a previous pay after insurance of ¥140,000 the 2025
/// table's 甲2 band 133,000–269,000 taxes at 2.042%, while the 2026 table taxes nothing below
/// 143,000 (NTA 15-16.pdf of each year).
#[test]
fn a_bonus_takes_the_rate_table_of_its_year() {
    let env = staff();
    env.run(&[
        "payroll",
        "set",
        "E1",
        "--from",
        "2025-10",
        "--monthly",
        "300000",
        "--dependents",
        "2",
        "--prefecture",
        "東京都",
        "--standard-monthly",
        "340000",
    ]);
    let rate_on = |date: &str| {
        let run = env.json(&[
            "payroll",
            "bonus",
            "run",
            "--date",
            date,
            "--employee",
            "E1",
            "--amount",
            "554000",
            "--previous-pay",
            "140000",
            "--format",
            "json",
        ]);
        row(&run, "employee", "E1")["rate"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(rate_on("2025-12-10"), "2.042");
    env.run(&[
        "payroll",
        "set",
        "E1",
        "--from",
        "2026-04",
        "--dependents",
        "2",
    ]);
    assert_eq!(rate_on("2026-12-10"), "0.000");
}
