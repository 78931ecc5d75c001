//! People and attendance from the outside: the employee master, timecard imports and punches,
//! hours under 労働基準法 (night shifts, weeks across month ends, holidays, 60 hours), 36協定
//! checks, paid leave and closing a month. Today is pinned to 2026-05-15.

use crate::common::{Env, row};
use serde_json::Value;

/// A company with two employees: E1 full-time (hired 2025-10-01), P1 part-time 3 days a week.
fn staff() -> Env {
    let env = Env::with_company();
    env.run(&[
        "people",
        "add",
        "E1",
        "山田 太郎",
        "--kana",
        "やまだ たろう",
        "--hire-date",
        "2025-10-01",
        "--birth-date",
        "1985-06-15",
    ]);
    env.run(&[
        "people",
        "add",
        "P1",
        "佐藤 花子",
        "--hire-date",
        "2025-10-01",
        "--employment",
        "part-time",
        "--days-per-week",
        "3",
        "--hours-per-day",
        "5",
    ]);
    env
}

fn import(env: &Env, name: &str, csv: &str) -> String {
    let path = env.file(name, csv.as_bytes());
    env.run(&["attendance", "import", &path])
}

fn summary(env: &Env, month: &str, employee: &str) -> Value {
    let report = env.json(&["attendance", "summary", "--month", month]);
    row(&report, "employee", employee).clone()
}

#[test]
fn people_master_with_kana_and_private_fields_only_on_export() {
    let env = staff();
    let list = env.json(&["people", "list"]);
    let e1 = row(&list, "code", "E1");
    assert_eq!(e1["kana"], "ヤマダ タロウ");
    assert_eq!(e1["hours_per_day"], "8:00");
    assert!(
        e1.get("birth_date").is_none(),
        "list leaves personal data out"
    );
    let export = env.json(&["people", "export"]);
    assert_eq!(row(&export, "code", "E1")["birth_date"], "1985-06-15");
    env.run(&["people", "set", "P1", "department", "営業部"]);
    assert_eq!(
        row(&env.json(&["people", "show", "P1"]), "code", "P1")["department"],
        "営業部"
    );
    let err = env.fails(&["people", "set", "E1", "kana", "山田"], 1);
    assert!(err.contains("not a kana name"), "{err}");
    let err = env.fails(&["people", "add", "E1", "重複"], 1);
    assert!(err.contains("already exists"), "{err}");
    let file = env.file(
        "people.csv",
        "社員番号,氏名,フリガナ,入社日,雇用形態,週所定労働日数,所定労働時間\nE2,鈴木 一郎,ｽｽﾞｷ ｲﾁﾛｳ,2026-04-01,正社員,5,7.5\nE3,,,2026-04-01,,,\n"
            .as_bytes(),
    );
    let err = env.fails(&["people", "import", &file], 1);
    assert!(err.contains("people.csv:3: column 'name'"), "{err}");
    let file = env.file(
        "people.csv",
        "社員番号,氏名,フリガナ,入社日,雇用形態,週所定労働日数,所定労働時間\nE2,鈴木 一郎,ｽｽﾞｷ ｲﾁﾛｳ,2026-04-01,正社員,5,7.5\n".as_bytes(),
    );
    env.run(&["people", "import", &file]);
    let e2 = row(&env.json(&["people", "list"]), "code", "E2").clone();
    assert_eq!(
        (e2["kana"].as_str(), e2["hours_per_day"].as_str()),
        (Some("スズキ イチロウ"), Some("7:30"))
    );
    env.run(&["people", "leave", "E2", "--date", "2026-04-30"]);
    assert!(env.run(&["people", "list"]).contains("E1"));
    assert!(
        !env.run(&["people", "list"]).contains("E2"),
        "people who left are hidden"
    );
    assert!(env.run(&["people", "list", "--all"]).contains("E2"));
}

#[test]
fn a_night_shift_across_midnight_counts_on_its_start_day() {
    let env = staff();
    // Wed 22:00 → Thu 07:00 with an hour's break: 8 h worked, 7 h late night, nothing on Thursday.
    import(
        &env,
        "night.csv",
        "employee,date,clock_in,clock_out,break_minutes\nE1,2026-04-01,22:00,07:00,60\n",
    );
    let days = env.json(&[
        "attendance",
        "days",
        "--employee",
        "E1",
        "--month",
        "2026-04",
    ]);
    let wed = row(&days, "date", "2026-04-01");
    assert_eq!(
        (wed["clock_out"].as_str(), wed["worked"].as_str()),
        (Some("31:00"), Some("8:00"))
    );
    assert_eq!(wed["late_night"], "7:00");
    assert_eq!(
        wed["late"],
        Value::Null,
        "a night shift is not late against a day schedule"
    );
    assert_eq!(row(&days, "date", "2026-04-02")["worked"], Value::Null);
    let s = summary(&env, "2026-04", "E1");
    assert_eq!(
        (s["days_worked"].as_i64(), s["late_night"].as_str()),
        (Some(1), Some("7:00"))
    );
}

#[test]
fn a_week_crossing_the_month_end_and_saturday_work_over_40_hours() {
    let env = staff();
    // The week of Sun 2026-03-29: Mon-Fri 8 h (two days in March), then Saturday 4 April 6 h.
    let mut csv = String::from("employee,date,clock_in,clock_out,break_minutes\n");
    for day in [
        "2026-03-30",
        "2026-03-31",
        "2026-04-01",
        "2026-04-02",
        "2026-04-03",
    ] {
        csv.push_str(&format!("E1,{day},09:00,18:00,60\n"));
    }
    csv.push_str("E1,2026-04-04,09:00,15:00,0\n");
    import(&env, "week.csv", &csv);
    let april = summary(&env, "2026-04", "E1");
    assert_eq!(
        april["overtime"], "6:00",
        "Saturday's 6 h are beyond 40 h in the week"
    );
    assert_eq!(april["other_holiday"], "6:00");
    assert_eq!(april["within_statutory"], "0:00");
    assert_eq!(summary(&env, "2026-03", "E1")["overtime"], "0:00");
}

#[test]
fn statutory_holiday_work_at_night() {
    let env = staff();
    // Sun 2026-04-05 21:00 → Mon 02:00, no break: 3 h on the statutory holiday (1 h at night),
    // 2 h on Monday at night. 5 h is under 6 h, so no break is required.
    import(
        &env,
        "sun.csv",
        "employee,date,clock_in,clock_out,break_minutes\nE1,2026-04-05,21:00,02:00,0\n",
    );
    let s = summary(&env, "2026-04", "E1");
    assert_eq!(s["statutory_holiday"], "3:00");
    assert_eq!(s["statutory_holiday_days"], 1);
    assert_eq!(s["late_night"], "4:00");
    assert_eq!(s["overtime"], "0:00");
}

/// Every workday of April 2026 from 09:00 to `out` with an hour's break.
fn april_workdays(env: &Env, out: &str) {
    let holidays = ["2026-04-29"];
    let mut csv = String::from("employee,date,clock_in,clock_out,break_minutes\n");
    for day in 1..=30 {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 4, day).unwrap();
        let weekday = chrono::Datelike::weekday(&date).num_days_from_monday();
        if weekday < 5 && !holidays.contains(&date.to_string().as_str()) {
            csv.push_str(&format!("E1,{date},09:00,{out},60\n"));
        }
    }
    import(env, "april.csv", &csv);
}

#[test]
fn a_month_over_60_hours_of_overtime_and_the_36_agreement() {
    let env = staff();
    // 21 workdays of 12 h (09:00-22:00, 1 h break): 4 h overtime a day = 84 h, 24 h over 60.
    april_workdays(&env, "22:00");
    let s = summary(&env, "2026-04", "E1");
    assert_eq!(s["days_worked"], 21);
    assert_eq!(s["overtime"], "84:00");
    assert_eq!(s["overtime_to_60"], "60:00");
    assert_eq!(s["overtime_over_60"], "24:00");
    assert_eq!(s["absences"], "0");
    // Without a special clause 84 h breaks the 45-hour limit: exit 4.
    let report = env.json_exit(&["attendance", "check", "--month", "2026-04"], 4);
    let f = row(&report, "rule", "month_45h");
    assert_eq!(
        (f["employee"].as_str(), f["status"].as_str()),
        (Some("E1"), Some("fail"))
    );
    // With the special clause, 84 h is allowed (under 100 h, the 2-month average is 42 h).
    env.run(&["company", "set", "attendance_special_clause", "yes"]);
    let report = env.json(&["attendance", "check", "--month", "2026-04"]);
    assert_eq!(row(&report, "rule", "month_45h")["status"], "warn");
    // A May of 100 h+ overtime breaks the 100-hour cap and the 2-month 80-hour average.
    let mut csv = String::from("employee,date,clock_in,clock_out,break_minutes\n");
    for day in [
        1, 7, 8, 11, 12, 13, 14, 15, 18, 19, 20, 21, 22, 25, 26, 27, 28, 29,
    ] {
        csv.push_str(&format!("E1,2026-05-{day:02},08:00,23:00,60\n"));
    }
    import(&env, "may.csv", &csv);
    let report = env.json_exit(&["attendance", "check", "--month", "2026-05"], 4);
    for rule in ["month_100h", "average_80h"] {
        assert_eq!(row(&report, "rule", rule)["status"], "fail", "{rule}");
    }
}

#[test]
fn monthly_rounding_setting_applies_to_totals_only() {
    let env = staff();
    import(
        &env,
        "r.csv",
        "employee,date,clock_in,clock_out,break_minutes\nE1,2026-04-01,09:00,18:20,60\nE1,2026-04-02,09:00,18:15,60\n",
    );
    assert_eq!(summary(&env, "2026-04", "E1")["overtime"], "0:35");
    env.run(&["company", "set", "attendance_monthly_rounding", "30min"]);
    assert_eq!(summary(&env, "2026-04", "E1")["overtime"], "1:00");
    let days = env.json(&[
        "attendance",
        "days",
        "--employee",
        "E1",
        "--month",
        "2026-04",
    ]);
    assert_eq!(
        row(&days, "date", "2026-04-01")["overtime"],
        "0:20",
        "days are never rounded"
    );
}

#[test]
fn break_rules_at_exactly_6_and_8_hours() {
    let env = staff();
    import(
        &env,
        "b.csv",
        "employee,date,clock_in,clock_out,break_minutes\n\
         E1,2026-04-01,09:00,15:00,0\n\
         E1,2026-04-02,09:00,15:01,0\n\
         E1,2026-04-03,09:00,17:45,45\n\
         E1,2026-04-06,09:00,17:46,45\n",
    );
    let report = env.json(&["attendance", "check", "--month", "2026-04"]);
    let short: Vec<&str> = report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["rule"] == "short_break")
        .map(|r| r["detail"].as_str().unwrap())
        .collect();
    assert_eq!(short.len(), 2, "{short:?}");
    assert!(short[0].starts_with("2026-04-02") && short[0].contains("needs 45"));
    assert!(short[1].starts_with("2026-04-06") && short[1].contains("needs 60"));
}

#[test]
fn import_errors_name_file_line_and_column_and_change_nothing() {
    let env = staff();
    let cases = [
        (
            "employee,date,clock_in,clock_out\nX9,2026-04-01,09:00,18:00\n",
            "bad.csv:2: column 'employee': unknown employee 'X9'",
        ),
        (
            "employee,date,clock_in,clock_out\nE1,2026-04-01,9時,18:00\n",
            "bad.csv:2: column 'clock_in': '9時' is not a time",
        ),
        (
            "employee,date,clock_in,clock_out\nE1,2026-04-01,09:00,09:00\n",
            "bad.csv:2: column 'clock_out': the clock-out equals the clock-in",
        ),
        (
            "employee,date,clock_in,clock_out\nE1,2026-04-01,09:00,18:00\nE1,2026-04-01,10:00,19:00\n",
            "bad.csv:3: column 'date': the same employee and date appear earlier in this file",
        ),
        (
            "employee,date,clock_in,clock_out\nE1,2026-04-01,22:00,10:00\nE1,2026-04-02,09:00,18:00\n",
            "bad.csv:2: employee 'E1': the shift of 2026-04-01 runs until 10:00 and overlaps the next day's, which starts at 09:00",
        ),
        (
            "employee,date,clock_in,clock_out\nE1,2026-04-31,09:00,18:00\n",
            "bad.csv:2: column 'date'",
        ),
    ];
    for (csv, expected) in cases {
        let path = env.file("bad.csv", csv.as_bytes());
        let err = env.fails(&["attendance", "import", &path], 1);
        assert!(err.contains(expected), "{expected}: {err}");
    }
}

#[test]
fn reimport_is_harmless_a_different_day_needs_replace_and_keeps_history() {
    let env = staff();
    let csv = "employee,date,clock_in,clock_out,break_minutes\nE1,2026-04-01,09:00,18:00,60\nE1,2026-04-02,09:00,18:00,60\n";
    let path = env.file("t.csv", csv.as_bytes());
    env.run(&["attendance", "import", &path]);
    let before = env.fingerprint();
    env.run(&["attendance", "import", &path]);
    let after = env.fingerprint();
    let strip = |s: &str| s.split("[audit_log]").next().unwrap().to_string();
    assert_eq!(
        strip(&before),
        strip(&after),
        "re-importing changed the timecards"
    );
    let changed = env.file(
        "t2.csv",
        b"employee,date,clock_in,clock_out,break_minutes\nE1,2026-04-02,09:00,19:00,60\n",
    );
    let err = env.fails(&["attendance", "import", &changed], 1);
    assert!(
        err.contains("t2.csv:2: column 'date': a different shift is already recorded"),
        "{err}"
    );
    env.run(&["attendance", "import", &changed, "--dry-run", "--replace"]);
    assert_eq!(
        summary(&env, "2026-04", "E1")["worked"],
        "16:00",
        "dry run changed nothing"
    );
    env.run(&["attendance", "import", &changed, "--replace"]);
    assert_eq!(summary(&env, "2026-04", "E1")["worked"], "17:00");
    let history = env.json(&["attendance", "history", "E1"]);
    let h = row(&history, "date", "2026-04-02");
    assert_eq!(
        (h["action"].as_str(), h["old_clock_out"].as_str()),
        (Some("replace"), Some("18:00"))
    );
}

#[test]
fn punches_from_a_terminal_and_from_a_punch_file() {
    let env = staff();
    env.run(&[
        "attendance",
        "punch",
        "E1",
        "in",
        "--at",
        "2026-04-01 21:00",
    ]);
    let err = env.fails(
        &[
            "attendance",
            "punch",
            "E1",
            "in",
            "--at",
            "2026-04-01 21:30",
        ],
        1,
    );
    assert!(err.contains("already clocked in"), "{err}");
    env.run(&[
        "attendance",
        "punch",
        "E1",
        "break-start",
        "--at",
        "2026-04-02 01:00",
    ]);
    env.run(&[
        "attendance",
        "punch",
        "E1",
        "break-end",
        "--at",
        "2026-04-02 01:45",
    ]);
    env.run(&[
        "attendance",
        "punch",
        "E1",
        "out",
        "--at",
        "2026-04-02 06:00",
    ]);
    let day = row(
        &env.json(&[
            "attendance",
            "days",
            "--employee",
            "E1",
            "--month",
            "2026-04",
        ]),
        "date",
        "2026-04-01",
    )
    .clone();
    assert_eq!(
        (day["worked"].as_str(), day["break"].as_str()),
        (Some("8:15"), Some("0:45"))
    );
    // 22:00-05:00 is 7 h, less the known break 01:00-01:45.
    assert_eq!(day["late_night"], "6:15");
    let err = env.fails(
        &[
            "attendance",
            "punch",
            "E1",
            "out",
            "--at",
            "2026-04-03 18:00",
        ],
        1,
    );
    assert!(err.contains("not clocked in"), "{err}");
    let file = env.file(
        "punches.csv",
        "社員番号,打刻日時,区分\nP1,2026-04-06 10:00,出勤\nP1,2026-04-06 12:00,休憩開始\nP1,2026-04-06 12:30,休憩終了\nP1,2026-04-06 15:30,退勤\nP1,2026-04-08 10:00,出勤\n"
            .as_bytes(),
    );
    env.run(&["attendance", "import", &file]);
    let days = env.json(&[
        "attendance",
        "days",
        "--employee",
        "P1",
        "--month",
        "2026-04",
    ]);
    assert_eq!(row(&days, "date", "2026-04-06")["worked"], "5:00");
    assert_eq!(row(&days, "date", "2026-04-08")["flags"], "missing punch");
}

#[test]
fn closing_a_month_locks_it_and_reopening_needs_force() {
    let env = staff();
    import(
        &env,
        "a.csv",
        "employee,date,clock_in,clock_out\nE1,2026-04-01,09:00,\nE1,2026-04-02,09:00,18:00\n",
    );
    let err = env.fails(&["attendance", "close", "--month", "2026-04"], 1);
    assert!(err.contains("E1 on 2026-04-01"), "{err}");
    let err = env.fails(
        &["attendance", "edit", "E1", "2026-04-01", "--out", "18:00"],
        2,
    );
    assert!(err.contains("--reason"), "{err}");
    env.run(&[
        "attendance",
        "edit",
        "E1",
        "2026-04-01",
        "--out",
        "18:00",
        "--break",
        "60",
        "--reason",
        "退勤打刻漏れ",
    ]);
    env.run(&["attendance", "close", "--month", "2026-04"]);
    let late = env.file(
        "late.csv",
        b"employee,date,clock_in,clock_out\nE1,2026-04-03,09:00,18:00\n",
    );
    let err = env.fails(&["attendance", "import", &late], 1);
    assert!(
        err.contains("late.csv:2: column 'date': 2026-04 is closed"),
        "{err}"
    );
    let err = env.fails(
        &[
            "attendance",
            "edit",
            "E1",
            "2026-04-02",
            "--out",
            "19:00",
            "--reason",
            "x",
        ],
        1,
    );
    assert!(err.contains("closed"), "{err}");
    env.fails(&["attendance", "leave", "take", "E1", "2026-04-03"], 1);
    env.fails(&["attendance", "close", "--month", "2026-04"], 1);
    env.fails(&["attendance", "reopen", "--month", "2026-04"], 1);
    env.run(&[
        "attendance",
        "reopen",
        "--month",
        "2026-04",
        "--force",
        "--reason",
        "打刻修正",
    ]);
    assert!(
        env.run(&["audit"])
            .contains("reopened attendance month 2026-04: 打刻修正")
    );
    env.run(&["attendance", "import", &late]);
}

#[test]
fn paid_leave_grants_take_balance_and_the_five_day_duty() {
    let env = staff();
    // Hired 2025-10-01: first grant on 2026-04-01, 10 days full-time, 5 days for 3 days a week.
    env.run(&["attendance", "leave", "grant", "--as-of", "2026-05-15"]);
    let b = env.json(&["attendance", "leave", "balance"]);
    let e1 = row(&b, "employee", "E1");
    assert_eq!(
        (e1["granted"].as_str(), e1["remaining"].as_str()),
        (Some("10"), Some("10"))
    );
    assert_eq!(
        (e1["next_grant"].as_str(), e1["next_grant_days"].as_i64()),
        (Some("2027-04-01"), Some(11))
    );
    assert_eq!(row(&b, "employee", "P1")["granted"], "5");
    env.run(&["attendance", "leave", "grant"]);
    assert_eq!(
        row(
            &env.json(&["attendance", "leave", "balance"]),
            "employee",
            "E1"
        )["granted"],
        "10",
        "grants once"
    );
    env.run(&["attendance", "leave", "take", "E1", "2026-04-10"]);
    env.run(&["attendance", "leave", "take", "E1", "2026-04-13", "--half"]);
    let e1 = row(
        &env.json(&["attendance", "leave", "balance"]),
        "employee",
        "E1",
    )
    .clone();
    assert_eq!(
        (e1["used"].as_str(), e1["remaining"].as_str()),
        (Some("1.5"), Some("8.5"))
    );
    assert_eq!(summary(&env, "2026-04", "E1")["paid_leave_days"], "1.5");
    let err = env.fails(&["attendance", "leave", "take", "E1", "2026-04-10"], 1);
    assert!(err.contains("already recorded"), "{err}");
    let err = env.fails(&["attendance", "leave", "take", "E1", "2026-04-29"], 1);
    assert!(err.contains("not a scheduled work day"), "昭和の日: {err}");
    for day in ["2026-04-14", "2026-04-15", "2026-04-16", "2026-04-17"] {
        env.run(&["attendance", "leave", "take", "P1", day]);
    }
    env.run(&["attendance", "leave", "take", "P1", "2026-04-20"]);
    let err = env.fails(&["attendance", "leave", "take", "P1", "2026-04-21"], 1);
    assert!(err.contains("not enough"), "{err}");
    // E1's 10-day grant of 2026-04-01 needs 5 days by 2027-03-31.
    let o = env.json(&["attendance", "leave", "obligation"]);
    let e1 = row(&o, "employee", "E1");
    assert_eq!(
        (
            e1["deadline"].as_str(),
            e1["missing"].as_str(),
            e1["status"].as_str()
        ),
        (Some("2027-03-31"), Some("3.5"), Some("at_risk"))
    );
    // In March 2027 the deadline passes with days missing: the month's check fails.
    let report = env.json_exit(&["attendance", "check", "--month", "2027-03"], 4);
    assert_eq!(row(&report, "rule", "leave_5_days")["employee"], "E1");
}

#[test]
fn calendars_and_holidays() {
    let env = staff();
    let h = env.json(&["attendance", "holidays", "list", "--year", "2026"]);
    assert_eq!(row(&h, "date", "2026-09-22")["name"], "国民の休日");
    // The Cabinet Office's file, in CP932 with its own header and 2028 dates.
    let (bytes, _, _) = encoding_rs::SHIFT_JIS
        .encode("国民の祝日・休日月日,国民の祝日・休日名称\n2028/1/1,元日\n2028/1/10,成人の日\n");
    let path = env.file("syukujitsu.csv", &bytes);
    env.run(&["attendance", "holidays", "import", &path]);
    assert_eq!(
        row(
            &env.json(&["attendance", "holidays", "list", "--year", "2028"]),
            "date",
            "2028-01-10"
        )["name"],
        "成人の日"
    );
    env.run(&["attendance", "holidays", "add", "2026-08-13", "夏季休業"]);
    env.run(&[
        "attendance",
        "calendar",
        "add",
        "shop",
        "--workdays",
        "tue-sat",
        "--statutory-holiday",
        "mon",
        "--start",
        "10:00",
        "--end",
        "19:00",
    ]);
    let err = env.fails(
        &[
            "attendance",
            "calendar",
            "set",
            "shop",
            "--statutory-holiday",
            "wed",
        ],
        1,
    );
    assert!(err.contains("cannot be a scheduled work day"), "{err}");
    env.run(&["people", "set", "P1", "calendar", "shop"]);
    // Monday 2026-04-06 is the shop's statutory holiday; 10:00-15:00 there is holiday work.
    import(
        &env,
        "shop.csv",
        "employee,date,clock_in,clock_out\nP1,2026-04-06,10:00,15:00\nE1,2026-08-13,09:00,18:00\n",
    );
    assert_eq!(summary(&env, "2026-04", "P1")["statutory_holiday"], "5:00");
    let aug = env.json(&[
        "attendance",
        "days",
        "--employee",
        "E1",
        "--month",
        "2026-08",
    ]);
    assert_eq!(row(&aug, "date", "2026-08-13")["day_kind"], "holiday");
}
