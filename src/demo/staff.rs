//! The demo staff: three employees, their April timecards and leave, pay settings and the
//! confirmed April payroll.

use anyhow::Result;
use chrono::NaiveDate;

use super::april;
use crate::kernel::settings as settings_table;

/// Three employees and their April timecards: a day worker, one with heavy overtime, and a
/// night worker whose shifts cross midnight; statutory leave granted, one day taken, April
/// closed (payroll runs on closed months).
pub fn staff_april(tx: &rusqlite::Connection) -> Result<()> {
    use crate::attendance::{self as att, entitlement, leave};
    use crate::people::{self, Employment};
    settings_table::store(tx, "attendance_special_clause", "yes")?;
    let night = crate::attendance::Calendar {
        code: "night".into(),
        name: "夜勤".into(),
        workdays: crate::attendance::parse_workdays("mon-thu")?,
        start: 22 * 60,
        end: 31 * 60,
        ..att::calendar(tx, "standard")?
    };
    att::save_calendar(tx, &night)?;
    #[rustfmt::skip]
    let staff = [
        ("E001", "山田 太郎", "ヤマダ タロウ", "1980-05-10", "2023-04-01", "営業部", "standard"),
        ("E002", "佐藤 花子", "サトウ ハナコ", "1995-08-20", "2024-10-01", "営業部", "standard"),
        ("E003", "鈴木 一郎", "スズキ イチロウ", "1988-01-15", "2025-04-01", "倉庫", "night"),
    ];
    let now = "2026-04-01 09:00:00";
    let mut people_rows = Vec::new();
    for (code, name, kana, born, hired, dept, calendar) in staff {
        let mut e = people::blank(code, crate::kernel::period::parse_date(hired)?);
        e.name = name.into();
        e.kana = Some(kana.into());
        e.birth_date = Some(crate::kernel::period::parse_date(born)?);
        e.department = Some(dept.into());
        e.calendar = calendar.into();
        if code == "E003" {
            e.employment = Employment::PartTime;
            e.days_per_week = 4;
        }
        e.id = people::add(tx, &e, now)?;
        people_rows.push(e);
    }
    punch_april(tx, &people_rows, &night)?;
    entitlement::grant_statutory(tx, &people_rows, april(30))?;
    let e001 = &people_rows[0];
    att::insert_taken(
        tx,
        e001.id,
        &leave::Taken {
            date: april(30),
            days: rust_decimal::Decimal::ONE,
        },
        Some("私用"),
    )?;
    att::close_month(
        tx,
        crate::kernel::period::Month {
            year: 2026,
            month: 4,
        },
        now,
    )?;
    Ok(())
}

/// April's timecards: E001 regular days (a little overtime, the 30th off), E002 long days, E003
/// the night shift.
fn punch_april(
    tx: &rusqlite::Connection,
    people_rows: &[crate::people::Employee],
    night: &crate::attendance::Calendar,
) -> Result<()> {
    use crate::attendance::{self as att, Shift};
    let holidays = att::holidays_between(tx, april(1), april(30))?;
    let standard = att::calendar(tx, "standard")?;
    for day in 1..=30 {
        let date = april(day);
        for e in people_rows {
            let calendar = if e.calendar == "night" {
                night
            } else {
                &standard
            };
            if calendar.day_kind(&holidays, date) != crate::attendance::DayKind::Workday {
                continue;
            }
            let shift = match e.code.as_str() {
                "E001" if day == 30 => continue,
                "E001" => Shift::new(date, 9 * 60, 18 * 60 + (day as i64 % 3) * 20, 60),
                "E002" => Shift::new(date, 8 * 60 + 55, 20 * 60 + 30, 60),
                _ => Shift::new(date, 22 * 60, 31 * 60, 60),
            };
            att::insert_timecard(tx, e.id, &shift, None, "import")?;
        }
    }
    Ok(())
}

/// Pay settings for the three employees, April's run computed and confirmed (posted).
pub fn pay_april(tx: &rusqlite::Connection) -> Result<()> {
    use crate::payroll::{self as pay, Allowance, BankAccount, Basis, PaySetting, run};
    let transfer = [
        ("payroll_consignor_code", "1234567890"),
        ("payroll_consignor_name", "ｶ)ｻﾝﾌﾟﾙｼﾖｳｼﾞ"),
        ("payroll_bank_code", "0001"),
        ("payroll_bank_name", "ﾐｽﾞﾎ"),
        ("payroll_branch_code", "001"),
        ("payroll_branch_name", "ﾄｳｷﾖｳｴｲｷﾞﾖｳﾌﾞ"),
        ("payroll_account_number", "1234567"),
    ];
    for (key, value) in transfer {
        settings_table::store(tx, key, value)?;
    }
    let bank =
        |bank: &str, name: &str, branch: &str, branch_name: &str, number: &str| BankAccount {
            bank_code: bank.into(),
            bank_name: name.into(),
            branch_code: branch.into(),
            branch_name: branch_name.into(),
            account_type: "1".into(),
            account_number: number.into(),
        };
    #[rustfmt::skip]
    let settings_of = [
        ("E001", Basis::Monthly, 320_000, vec!["役職手当=20000", "家族手当=10000"], 12_000, 2, 18_000, Some(360_000),
         bank("0005", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ", "123", "ｼﾝｼﾞﾕｸ", "1111111")),
        ("E002", Basis::Monthly, 260_000, vec![], 8_000, 0, 12_000, Some(260_000),
         bank("0009", "ﾐﾂｲｽﾐﾄﾓ", "456", "ｼﾌﾞﾔ", "2222222")),
        ("E003", Basis::Hourly, 1_300, vec![], 6_000, 0, 0, None,
         bank("0001", "ﾐｽﾞﾎ", "001", "ﾄｳｷﾖｳｴｲｷﾞﾖｳﾌﾞ", "3333333")),
    ];
    for (code, basis, base, allowances, commuting, dependents, resident, standard, account) in
        settings_of
    {
        let e = crate::people::by_code(tx, code)?;
        let s = PaySetting {
            valid_from: "2026-04".into(),
            basis,
            base_amount: base,
            allowances: allowances
                .iter()
                .map(|a| Allowance::parse(a))
                .collect::<Result<_>>()?,
            commuting,
            dependents,
            column: "kou".into(),
            resident_tax: resident,
            resident_tax_june: None,
            prefecture: "13".into(),
            social_insurance: standard.is_some(),
            employment_insurance: true,
            standard_monthly: standard,
            bank: Some(account),
            attendance_deductions: true,
        };
        pay::save_setting(tx, e.id, &s, "2026-04-01 09:00:00")?;
    }
    let month = crate::kernel::period::Month {
        year: 2026,
        month: 4,
    };
    run::run_month(tx, month, None)?;
    run::confirm_month(tx, month)?;
    Ok(())
}

/// The summer bonus, paid on 10 July 2026 to the two monthly employees and confirmed (its tax by
/// the rate table from April's pay after insurance, bko having no June run), and the 年末調整
/// declarations of 2026 — a spouse and children for 山田, insurance premiums for 佐藤.
pub fn summer_bonus_and_declarations(tx: &rusqlite::Connection) -> Result<()> {
    use crate::payroll::adjustment::{Declaration, DeclaredRelative, declare};
    use crate::payroll::bonus_run::{BonusRequest, confirm_bonuses, run_bonuses};
    let april = crate::kernel::period::Month {
        year: 2026,
        month: 4,
    };
    let (_, slips) = crate::payroll::run::load(tx, april)?;
    let after_insurance = |code: &str| {
        slips
            .iter()
            .find(|(e, _)| e.code == code)
            .map(|(_, p)| p.taxable)
    };
    let requests = [("E001", 600_000), ("E002", 450_000)].map(|(code, amount)| BonusRequest {
        employee: code.into(),
        amount,
        previous_pay: after_insurance(code),
    });
    let pay_date = NaiveDate::from_ymd_opt(2026, 7, 10).expect("a date");
    let now = "2026-07-03 10:00:00";
    run_bonuses(tx, pay_date, &requests, now)?;
    confirm_bonuses(tx, pay_date)?;
    let relative = |name: &str, relation: &str, birth: (i32, u32, u32)| DeclaredRelative {
        name: name.into(),
        relation: relation.into(),
        birth: NaiveDate::from_ymd_opt(birth.0, birth.1, birth.2).expect("a birth date"),
        income: 0,
        lives_with: true,
        disability: "none".into(),
    };
    let yamada = Declaration {
        spouse: Some(relative("山田 花子", "妻", (1982, 3, 3))),
        dependants: vec![
            relative("山田 一郎", "子", (2008, 5, 5)),
            relative("山田 さくら", "子", (2016, 9, 1)),
        ],
        disability: "none".into(),
        life_new_general: 80_000,
        earthquake: 15_000,
        ..Declaration::default()
    };
    declare(tx, "E001", 2026, &yamada, now)?;
    let sato = Declaration {
        disability: "none".into(),
        life_care_medical: 40_000,
        ..Declaration::default()
    };
    declare(tx, "E002", 2026, &sato, now)
}
