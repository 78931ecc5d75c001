//! `bko demo --year`: the demo company's payroll through a whole year (令和8年, 2026): twelve
//! confirmed monthly runs paid in the month, summer and winter bonuses, one employee leaving in
//! September, the 年末調整 settled in December's pay — then the 源泉徴収票 of everyone paid.
//! Every step goes through the operations users run.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use crate::kernel::period::{Month, parse_date};
use crate::kernel::settings as settings_table;
use crate::payroll::adjustment::{Declaration, DeclaredRelative, apply, declare};
use crate::payroll::bonus_run::{BonusRequest, confirm_bonuses, run_bonuses};
use crate::payroll::{self as pay, Basis, PaySetting, run};
use crate::people;

const NOW: &str = "2026-01-05 09:00:00";

/// The year's staff, pay settings, declarations, runs, bonuses and adjustment.
pub fn pay_the_year(tx: &Connection) -> Result<()> {
    settings_table::store(tx, "payroll_pay_month", "same")?;
    hire(tx)?;
    declare_all(tx)?;
    for month in 1..=12 {
        let month = Month { year: 2026, month };
        crate::attendance::close_month(tx, month, NOW)?;
        run::run_month(tx, month, None)?;
        if month.month == 12 {
            bonuses(tx, "2026-12-10", &[("Y001", 700_000), ("Y002", 500_000)])?;
            apply(tx, 2026, month)?;
        }
        run::confirm_month(tx, month)?;
        if month.month == 6 {
            bonuses(
                tx,
                "2026-07-10",
                &[("Y001", 600_000), ("Y002", 450_000), ("Y003", 200_000)],
            )?;
        }
    }
    Ok(())
}

/// Three monthly employees in three municipalities; Y003 leaves on 30 September.
fn hire(tx: &Connection) -> Result<()> {
    #[rustfmt::skip]
    let staff = [
        ("Y001", "高橋 健一", "タカハシ ケンイチ", "1978-02-14", "2018-04-01", None,
         "160-0022", "東京都新宿区新宿3-1-1", "131041", 380_000, Some(380_000), 2),
        ("Y002", "伊藤 美咲", "イトウ ミサキ", "1992-11-03", "2021-10-01", None,
         "155-0031", "東京都世田谷区北沢2-10-15", "131121", 280_000, Some(280_000), 0),
        ("Y003", "渡辺 翔", "ワタナベ ショウ", "1999-06-30", "2024-04-01", Some("2026-09-30"),
         "220-0012", "神奈川県横浜市西区みなとみらい2-2-1", "141003", 230_000, Some(240_000), 0),
    ];
    for (
        code,
        name,
        kana,
        born,
        hired,
        left,
        postal,
        address,
        municipality,
        monthly,
        standard,
        dependents,
    ) in staff
    {
        let mut e = people::blank(code, parse_date(hired)?);
        e.name = name.into();
        e.kana = Some(kana.into());
        e.birth_date = Some(parse_date(born)?);
        e.leave_date = left.map(parse_date).transpose()?;
        e.postal_code = Some(postal.into());
        e.address = Some(address.into());
        e.municipality_code = Some(municipality.into());
        e.id = people::add(tx, &e, NOW)?;
        let setting = PaySetting {
            valid_from: "2026-01".into(),
            basis: Basis::Monthly,
            base_amount: monthly,
            allowances: Vec::new(),
            commuting: 10_000,
            dependents,
            column: "kou".into(),
            resident_tax: monthly / 20,
            resident_tax_june: None,
            prefecture: "13".into(),
            social_insurance: standard.is_some(),
            employment_insurance: true,
            standard_monthly: standard,
            bank: None,
            attendance_deductions: false,
        };
        pay::save_setting(tx, e.id, &setting, NOW)?;
    }
    Ok(())
}

/// 高橋: a spouse without income and two children (one of 20, one of 12), life and earthquake
/// insurance and a housing loan; 伊藤: 介護医療保険 and 個人年金.
fn declare_all(tx: &Connection) -> Result<()> {
    let relative = |name: &str, relation: &str, birth: &str| -> Result<DeclaredRelative> {
        Ok(DeclaredRelative {
            name: name.into(),
            relation: relation.into(),
            birth: parse_date(birth)?,
            income: 0,
            lives_with: true,
            disability: "none".into(),
        })
    };
    let takahashi = Declaration {
        spouse: Some(relative("高橋 由美", "妻", "1980-07-07")?),
        dependants: vec![
            relative("高橋 大輝", "子", "2006-05-05")?,
            relative("高橋 葵", "子", "2014-09-01")?,
        ],
        disability: "none".into(),
        life_new_general: 96_000,
        life_care_medical: 36_000,
        earthquake: 24_000,
        housing_loan_credit: 120_000,
        ..Declaration::default()
    };
    declare(tx, "Y001", 2026, &takahashi, NOW)?;
    let ito = Declaration {
        disability: "none".into(),
        life_care_medical: 48_000,
        life_new_pension: 120_000,
        ..Declaration::default()
    };
    declare(tx, "Y002", 2026, &ito, NOW)
}

/// A bonus run on a pay date, confirmed (the tax by the previous month's stored pay).
fn bonuses(tx: &Connection, date: &str, amounts: &[(&str, i64)]) -> Result<()> {
    let pay_date: NaiveDate = parse_date(date)?;
    let requests: Vec<BonusRequest> = amounts
        .iter()
        .map(|(code, amount)| BonusRequest {
            employee: (*code).into(),
            amount: *amount,
            previous_pay: None,
        })
        .collect();
    run_bonuses(tx, pay_date, &requests, NOW)?;
    confirm_bonuses(tx, pay_date)?;
    Ok(())
}
