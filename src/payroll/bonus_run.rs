//! Bonus runs (賞与): the bonuses of one pay date computed into a draft (run again to redo),
//! confirmed into one journal entry, or cancelled while a draft. Each slip takes its tax from the
//! previous month's pay (the stored monthly run, or a figure given) and its insurance within the
//! caps counted over the year's other bonuses (rules in [`super::bonus`]).

use std::collections::HashMap;

use anyhow::{Result, bail};
use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

use super::bonus::{
    BonusInsurance, BonusInsuranceInput, BonusRateTable, BonusTaxInput, BonusTaxMethod,
    bonus_insurance, bonus_withholding,
};
use super::insurance::{half_of, nursing_care_applies};
use super::tax::Column;
use super::{PaySetting, Payslip, run, store};
use crate::kernel::period::Month;
use crate::people::{self, Employee};

/// One bonus asked for.
#[derive(Debug, Clone)]
pub struct BonusRequest {
    /// Employee code.
    pub employee: String,
    /// The bonus.
    pub amount: i64,
    /// The previous month's pay after social insurance, when bko has no run for it.
    pub previous_pay: Option<i64>,
}

/// A computed bonus slip, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BonusSlip {
    /// The bonus.
    pub bonus: i64,
    /// The employee's insurance.
    pub insurance: BonusInsurance,
    /// The previous month's pay after insurance the tax was chosen by (None: there was none).
    pub previous_pay: Option<i64>,
    /// The rate per 100,000, or None when the 月額表 method applied.
    pub rate: Option<i64>,
    /// 源泉所得税.
    pub withholding: i64,
    /// 差引支給額.
    pub net: i64,
    /// The employer's health, care, support and pension shares, exact.
    pub employer_social: Decimal,
    /// The employer's employment insurance, exact.
    pub employer_employment: Decimal,
}

impl BonusSlip {
    /// The slip as a payslip, for the entry and the year's totals.
    pub fn as_payslip(&self) -> Payslip {
        let i = &self.insurance;
        Payslip {
            gross: self.bonus,
            standard_monthly: i.standard_bonus,
            health: i.health,
            care: i.care,
            support: i.support,
            pension: i.pension,
            employment: i.employment,
            taxable: self.bonus - i.total(),
            withholding: self.withholding,
            deductions: i.total() + self.withholding,
            net: self.net,
            employer_social: self.employer_social,
            employer_employment: self.employer_employment,
            ..Payslip::default()
        }
    }
}

/// Computes the bonuses of a pay date into its draft run (replacing an earlier draft).
pub fn run_bonuses(
    tx: &Connection,
    pay_date: NaiveDate,
    requests: &[BonusRequest],
    now: &str,
) -> Result<Vec<(Employee, BonusSlip)>> {
    if store::bonus_run(tx, pay_date)?.is_some_and(|r| r.2) {
        bail!("the bonus run of {pay_date} is confirmed");
    }
    if requests.is_empty() {
        bail!("no bonus to pay: give --employee and --amount, or --from-csv FILE");
    }
    let mut context = PayDate::load(tx, pay_date)?;
    let mut out = Vec::new();
    for r in requests {
        let e = people::by_code(tx, &r.employee)?;
        let slip = compute(tx, &mut context, &e, r)
            .map_err(|err| crate::kernel::error::prefixed(&e.code, err))?;
        out.push((e, slip));
    }
    let stored: Vec<(i64, String)> = out
        .iter()
        .map(|(e, s)| Ok((e.id, serde_json::to_string(s)?)))
        .collect::<Result<_>>()?;
    store::save_bonus_draft(tx, pay_date, &stored, now)?;
    Ok(out)
}

/// What every slip of one pay date is computed against, read once for the whole run: the
/// previous month's pay, the 標準賞与額 already counted by the other bonus runs, the rate table,
/// and the insurance rates per prefecture (read on first use).
struct PayDate {
    date: NaiveDate,
    /// Taxable amount (pay after social insurance) of the monthly slip paid the month before.
    previous: HashMap<i64, i64>,
    /// 標準賞与額 counted for health in the fiscal year (April–March), other runs.
    health_year: HashMap<i64, i64>,
    /// 標準賞与額 counted for pension in the month, other runs.
    pension_month: HashMap<i64, i64>,
    table: BonusRateTable,
    rates: HashMap<String, super::Rates>,
}

impl PayDate {
    fn load(conn: &Connection, date: NaiveDate) -> Result<PayDate> {
        let mut context = PayDate {
            date,
            previous: previous_pay(conn, Month::of(date))?,
            health_year: HashMap::new(),
            pension_month: HashMap::new(),
            table: BonusRateTable::bundled(date.year())?,
            rates: HashMap::new(),
        };
        context.count_other_bonuses(conn)?;
        Ok(context)
    }

    /// Sums the 標準賞与額 of the fiscal year's other bonus runs (confirmed or draft).
    fn count_other_bonuses(&mut self, conn: &Connection) -> Result<()> {
        let fy_start_year = if self.date.month() >= 4 {
            self.date.year()
        } else {
            self.date.year() - 1
        };
        let from = NaiveDate::from_ymd_opt(fy_start_year, 4, 1).unwrap_or(self.date);
        let to = NaiveDate::from_ymd_opt(fy_start_year + 1, 3, 31).unwrap_or(self.date);
        for (run_id, date, _, _) in store::bonus_runs_between(conn, from, to)? {
            if date == self.date {
                continue;
            }
            let same_month = Month::of(date) == Month::of(self.date);
            for (id, json) in store::bonus_slips(conn, run_id)? {
                let slip: BonusSlip = serde_json::from_str(&json)?;
                *self.health_year.entry(id).or_default() += slip.insurance.health_base;
                if same_month {
                    *self.pension_month.entry(id).or_default() += slip.insurance.pension_base;
                }
            }
        }
        Ok(())
    }

    /// Reads the insurance and withholding rates of a prefecture for the pay month, once.
    fn load_rates(&mut self, conn: &Connection, prefecture: &str) -> Result<()> {
        if !self.rates.contains_key(prefecture) {
            let month = Month::of(self.date);
            let rates = run::rates(conn, prefecture, month, month, month)?;
            self.rates.insert(prefecture.to_string(), rates);
        }
        Ok(())
    }
}

fn compute(
    conn: &Connection,
    context: &mut PayDate,
    e: &Employee,
    r: &BonusRequest,
) -> Result<BonusSlip> {
    let pay_date = context.date;
    if r.amount <= 0 || r.amount > super::PAY_AMOUNT_MAX {
        bail!("the bonus must be positive and at most ¥999,999,999");
    }
    if !e.employed_on(pay_date) {
        bail!("not employed on {pay_date}");
    }
    let month = Month::of(pay_date);
    let Some(setting) = store::setting_for(conn, e.id, month)? else {
        bail!("no pay settings for {month}");
    };
    let counted = (
        context.health_year.get(&e.id).copied().unwrap_or(0),
        context.pension_month.get(&e.id).copied().unwrap_or(0),
    );
    let previous = r.previous_pay.or(context.previous.get(&e.id).copied());
    let column = Column::parse(&setting.column)?;
    context.load_rates(conn, &setting.prefecture)?;
    let rates = &context.rates[&setting.prefecture];
    let insurance = bonus_insurance(&insurance_input(
        e, &setting, pay_date, r.amount, rates, counted,
    ));
    let (withholding, method) = bonus_withholding(&BonusTaxInput {
        bonus_after_insurance: r.amount - insurance.total(),
        previous_after_insurance: previous,
        column,
        dependants: setting.dependents,
        period_over_six_months: false,
        rates: &context.table,
        monthly: &rates.withholding,
    })?;
    let care = if insurance.care > 0 {
        rates.care
    } else {
        Decimal::ZERO
    };
    Ok(BonusSlip {
        bonus: r.amount,
        insurance,
        previous_pay: previous,
        rate: match method {
            BonusTaxMethod::Rate(rate) => Some(rate),
            BonusTaxMethod::Monthly(_) => None,
        },
        withholding,
        net: r.amount - insurance.total() - withholding,
        employer_social: half_of(insurance.health_base, rates.health + care + rates.support)
            + half_of(insurance.pension_base, rates.pension),
        employer_employment: if setting.employment_insurance {
            Decimal::from(r.amount) * rates.employment_employer / dec!(100)
        } else {
            Decimal::ZERO
        },
    })
}

/// What the insurance depends on: enrolment (none in the month of leaving unless on its last
/// day), 介護 by age, and the 標準賞与額 already counted this fiscal year and this month.
fn insurance_input(
    e: &Employee,
    setting: &PaySetting,
    pay_date: NaiveDate,
    bonus: i64,
    rates: &super::Rates,
    (health_year_before, pension_month_before): (i64, i64),
) -> BonusInsuranceInput {
    let month = Month::of(pay_date);
    let leaves_in_month = e
        .leave_date
        .is_some_and(|l| Month::of(l) == month && l != month.last_day());
    BonusInsuranceInput {
        bonus,
        health_year_before,
        pension_month_before,
        social_insurance: setting.social_insurance && !leaves_in_month,
        care: e.birth_date.is_some_and(|b| nursing_care_applies(b, month)),
        employment_insurance: setting.employment_insurance,
        health_rate: rates.health,
        care_rate: rates.care,
        support_rate: rates.support,
        pension_rate: rates.pension,
        employment_rate: rates.employment_employee,
    }
}

/// The previous month's pay after social insurance, per employee: the taxable amount of the
/// monthly payslips paid in the month before the bonus.
fn previous_pay(conn: &Connection, bonus_month: Month) -> Result<HashMap<i64, i64>> {
    let before = bonus_month.prev();
    let mut out = HashMap::new();
    for r in store::confirmed_runs_paid_in(conn, before.year)? {
        if Month::of(r.pay_date) != before {
            continue;
        }
        for (id, p) in store::slips(conn, r.id)? {
            out.entry(id).or_insert(p.taxable);
        }
    }
    Ok(out)
}

/// The slips of the bonus run of a date, with whether it is confirmed.
pub fn bonus_slips(
    conn: &Connection,
    pay_date: NaiveDate,
) -> Result<(bool, Vec<(Employee, BonusSlip)>)> {
    let Some((id, _, confirmed, _)) = store::bonus_run(conn, pay_date)? else {
        return Err(crate::kernel::error::hinted(
            format!("there is no bonus run paid on {pay_date}"),
            format!("`bko payroll bonus run --date {pay_date} ...`"),
        ));
    };
    let mut out = Vec::new();
    for (employee_id, json) in store::bonus_slips(conn, id)? {
        out.push((
            people::by_id(conn, employee_id)?,
            serde_json::from_str(&json)?,
        ));
    }
    Ok((confirmed, out))
}

/// Confirms the bonus run of a date: posts its entry and locks it; returns the entry id.
pub fn confirm_bonuses(tx: &Connection, pay_date: NaiveDate) -> Result<i64> {
    let (confirmed, slips) = bonus_slips(tx, pay_date)?;
    if confirmed {
        bail!("the bonus run of {pay_date} is already confirmed");
    }
    let as_payslips: Vec<(Employee, Payslip)> = slips
        .into_iter()
        .map(|(e, s)| (e, s.as_payslip()))
        .collect();
    let entry = run::post_bonus(tx, pay_date, &as_payslips)?;
    let (id, _, _, _) = store::bonus_run(tx, pay_date)?.expect("the run read above");
    store::confirm_bonus(tx, id, entry)?;
    Ok(entry)
}

/// Deletes the draft bonus run of a date.
pub fn cancel_bonuses(tx: &Connection, pay_date: NaiveDate) -> Result<()> {
    match store::bonus_run(tx, pay_date)? {
        None => bail!("there is no bonus run paid on {pay_date}"),
        Some((_, _, true, _)) => {
            bail!("the bonus run of {pay_date} is confirmed; reverse its entry instead")
        }
        Some((id, _, false, _)) => store::delete_bonus_draft(tx, id),
    }
}

/// The confirmed bonus slips paid in a year as register rows: ("賞与 DATE", employee, slip).
pub fn confirmed_bonus_rows(
    conn: &Connection,
    year: i32,
) -> Result<Vec<(String, Employee, Payslip)>> {
    let (first, last) = super::adjustment::year_span(year)?;
    let mut rows = Vec::new();
    for (_, date, confirmed, _) in store::bonus_runs_between(conn, first, last)? {
        if !confirmed {
            continue;
        }
        let (_, slips) = bonus_slips(conn, date)?;
        rows.extend(
            slips
                .into_iter()
                .map(|(e, s)| (format!("賞与 {date}"), e, s.as_payslip())),
        );
    }
    Ok(rows)
}
