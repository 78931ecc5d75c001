//! Payroll: dated pay settings, the monthly computation from attendance to net pay, and what it
//! posts. Pure rules here and in `tax.rs` (源泉徴収) and `insurance.rs` (社会保険・雇用保険);
//! tables are dated data in the database (`store.rs`), loaded per run into [`Rates`].
//!
//! Month words: the **work month** is the attendance month a run is for (`--month`); the **pay
//! month** is the month of the pay date (it picks the withholding table and the resident tax);
//! the **premium month** is the month whose social-insurance premium the pay deducts — by default
//! the month before the pay month (翌月徴収, setting `payroll_premium_month`).

pub mod adjustment;
pub mod bonus;
pub mod bonus_run;
pub mod certificate;
pub mod certificate_pdf;
pub mod cli;
pub mod declaration;
pub mod import;
pub mod insurance;
pub mod ops;
pub mod outputs;
pub mod pay_settings;
pub mod payouts;
mod payouts_store;
pub mod pdf;
pub mod report;
pub mod run;
pub mod settings;
mod store;
mod types;
pub use types::*;

/// What other areas may use of this area's records (its store is private).
pub use store::{run, save_setting, setting_for};
pub mod tax;
pub mod yearend;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

use crate::kernel::period::Month;
use insurance::{Grades, half_of, round_employee_share_50_sen, round_wage_50_sen};
use tax::{Column, WithholdingTable};

/// Where a monthly run stands: a draft can be run again or cancelled; a confirmed one is posted
/// and locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunStatus {
    /// Computed, not posted.
    Draft,
    /// Posted to the ledger and locked.
    Confirmed,
}

impl RunStatus {
    /// The stored and shown word: `draft` or `confirmed`.
    pub fn key(self) -> &'static str {
        match self {
            RunStatus::Draft => "draft",
            RunStatus::Confirmed => "confirmed",
        }
    }
}

impl std::fmt::Display for RunStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// A fixed monthly allowance (手当).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Allowance {
    /// Its name (役職手当, 住宅手当, ...).
    pub name: String,
    /// Monthly amount.
    pub amount: i64,
    /// Whether income tax applies.
    pub taxable: bool,
    /// Whether it is in the hourly base for overtime (労基則21条 excludes 家族・通勤・別居・子女教育・
    /// 住宅手当 and the like).
    pub overtime_base: bool,
}

impl Allowance {
    /// Parses `NAME=AMOUNT[:flags]` with flags `nontax` and `excluded` (from the overtime base).
    /// 家族手当, 住宅手当, 別居手当 and 子女教育手当 are excluded from the overtime base by their name.
    pub fn parse(text: &str) -> Result<Allowance> {
        let (name, rest) = text.split_once('=').ok_or_else(|| {
            anyhow::anyhow!("'{text}' is not an allowance (NAME=AMOUNT[:nontax][:excluded])")
        })?;
        let mut parts = rest.split(':');
        let amount: i64 = parts
            .next()
            .and_then(|a| a.trim().replace(',', "").parse().ok())
            .filter(|a: &i64| *a >= 0)
            .ok_or_else(|| anyhow::anyhow!("'{text}': the amount is not a whole number of yen"))?;
        let name = name.trim().to_string();
        let excluded_by_name = [
            "家族手当",
            "住宅手当",
            "別居手当",
            "子女教育手当",
            "通勤手当",
        ]
        .iter()
        .any(|n| name.contains(n));
        let mut a = Allowance {
            name,
            amount,
            taxable: true,
            overtime_base: !excluded_by_name,
        };
        for flag in parts {
            match flag.trim() {
                "nontax" => a.taxable = false,
                "excluded" => a.overtime_base = false,
                "" => {}
                other => bail!("'{other}' is not an allowance flag (nontax, excluded)"),
            }
        }
        Ok(a)
    }
}

/// How the base pay is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Basis {
    /// 月給.
    Monthly,
    /// 時給.
    Hourly,
}

/// Where net pay goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct BankAccount {
    /// 銀行番号 (4 digits).
    pub bank_code: String,
    /// 銀行名 (half-width kana for the Zengin file).
    pub bank_name: String,
    /// 支店番号 (3 digits).
    pub branch_code: String,
    /// 支店名.
    pub branch_name: String,
    /// 預金種目: 1 普通, 2 当座, 4 貯蓄.
    pub account_type: String,
    /// 口座番号 (7 digits).
    pub account_number: String,
}

/// An employee's pay settings from a work month on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaySetting {
    /// The first work month they apply to.
    pub valid_from: String,
    /// Monthly or hourly.
    pub basis: Basis,
    /// Monthly salary or hourly wage.
    pub base_amount: i64,
    /// Fixed allowances.
    pub allowances: Vec<Allowance>,
    /// 通勤手当 per month (non-taxable up to 150,000 yen).
    pub commuting: i64,
    /// 扶養親族等の数.
    pub dependents: u32,
    /// 甲 or 乙.
    pub column: String,
    /// 住民税 deducted each month (July-May).
    pub resident_tax: i64,
    /// 住民税 deducted in June, when it differs.
    pub resident_tax_june: Option<i64>,
    /// Health-insurance prefecture (JIS code, e.g. 13 for 東京都).
    pub prefecture: String,
    /// Enrolled in health insurance and pension.
    pub social_insurance: bool,
    /// Enrolled in employment insurance.
    pub employment_insurance: bool,
    /// 標準報酬月額 (health).
    pub standard_monthly: Option<i64>,
    /// Where to transfer net pay.
    pub bank: Option<BankAccount>,
    /// Whether absences and lateness reduce monthly pay (off for staff whose hours bko does not
    /// keep, e.g. salaried staff without timecards).
    #[serde(default = "deduct_by_default")]
    pub attendance_deductions: bool,
}

/// The most any one pay amount (salary, wage, allowance, commuting, resident tax) may be:
/// ¥999,999,999 a month, far above any pay and far below what a payroll's sums can overflow.
pub const PAY_AMOUNT_MAX: i64 = 999_999_999;

impl PaySetting {
    /// Refuses a pay amount below zero or beyond [`PAY_AMOUNT_MAX`], naming its column.
    pub fn check_amounts(&self) -> Result<()> {
        let base = match self.basis {
            Basis::Monthly => "monthly",
            Basis::Hourly => "hourly",
        };
        let mut amounts = vec![
            (base, self.base_amount),
            ("commuting", self.commuting),
            ("resident_tax", self.resident_tax),
            ("resident_tax_june", self.resident_tax_june.unwrap_or(0)),
        ];
        amounts.extend(self.allowances.iter().map(|a| ("allowances", a.amount)));
        for (field, amount) in amounts {
            if !(0..=PAY_AMOUNT_MAX).contains(&amount) {
                return Err(crate::kernel::error::FieldError::tag(field)(
                    anyhow::anyhow!("{amount} is not a pay amount (0 to {PAY_AMOUNT_MAX})"),
                ));
            }
        }
        if self.dependents > 30 {
            return Err(crate::kernel::error::FieldError::tag("dependents")(
                anyhow::anyhow!(
                    "{} dependants is more than anyone declares (at most 30)",
                    self.dependents
                ),
            ));
        }
        Ok(())
    }
}

fn deduct_by_default() -> bool {
    true
}

/// The attendance a pay computation uses (all zero for the calculator).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Hours {
    /// Scheduled days.
    pub scheduled_days: i64,
    /// Days worked.
    pub days_worked: i64,
    /// Absences.
    pub absences: Decimal,
    /// Paid leave days.
    pub paid_leave_days: Decimal,
    /// Worked minutes.
    pub worked: i64,
    /// Overtime minutes up to 60 h.
    pub overtime_to_60: i64,
    /// Overtime minutes beyond 60 h.
    pub overtime_over_60: i64,
    /// 法定内残業 minutes.
    pub within_statutory: i64,
    /// Late-night minutes.
    pub night: i64,
    /// Statutory-holiday minutes.
    pub statutory_holiday: i64,
    /// Minutes late or left early.
    pub late_early: i64,
}

/// Every rate and table in force for one payslip.
#[derive(Debug, Clone)]
pub struct Rates {
    /// The 月額表 of the pay month.
    pub withholding: WithholdingTable,
    /// The pay month's year (for the formula).
    pub withholding_year: i32,
    /// 標準報酬月額 grades.
    pub grades: Grades,
    /// Health rate of the prefecture, percent.
    pub health: Decimal,
    /// 介護保険, percent.
    pub care: Decimal,
    /// 子ども・子育て支援金, percent.
    pub support: Decimal,
    /// 厚生年金, percent.
    pub pension: Decimal,
    /// 雇用保険 employee share, percent.
    pub employment_employee: Decimal,
    /// 雇用保険 employer share, percent.
    pub employment_employer: Decimal,
}

/// The social insurance rates of one premium month.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PremiumRates {
    /// The premium month.
    pub month: Month,
    /// Health rate of the prefecture, percent.
    pub health: Decimal,
    /// 介護保険, percent.
    pub care: Decimal,
    /// 子ども・子育て支援金, percent.
    pub support: Decimal,
    /// 厚生年金, percent.
    pub pension: Decimal,
}

impl PremiumRates {
    /// The premium rates a run loaded, for its premium month.
    pub fn of(rates: &Rates, month: Month) -> PremiumRates {
        PremiumRates {
            month,
            health: rates.health,
            care: rates.care,
            support: rates.support,
            pension: rates.pension,
        }
    }
}

/// Whether 介護保険 is charged.
#[derive(Debug, Clone, Copy)]
pub enum Care {
    /// From the birth date and the premium month.
    Birth(NaiveDate),
    /// Decided by the caller (the calculator's `--age`).
    Fixed(bool),
}

/// 日割り: the share of a month's fixed pay (base and fixed allowances) earned by someone who
/// joined or left during it — `days` of `of` calendar days or scheduled workdays — and how the
/// result is rounded to the yen (setting `payroll_prorate_rounding`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proration {
    /// Days employed in the month.
    pub days: i64,
    /// Days of the month.
    pub of: i64,
    /// Counted in scheduled workdays (else calendar days).
    pub workdays: bool,
    /// The rounding of the prorated amounts.
    pub rounding: ProrateRounding,
}

/// How a prorated amount becomes whole yen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProrateRounding {
    /// 50 sen and over up (the wage rule of 昭63.3.14 基発150号).
    HalfUp,
    /// Fractions dropped.
    Floor,
    /// Fractions up (in the employee's favour).
    Ceil,
}

impl ProrateRounding {
    /// From the setting's word.
    pub fn parse(text: &str) -> ProrateRounding {
        match text {
            "floor" => ProrateRounding::Floor,
            "ceil" => ProrateRounding::Ceil,
            _ => ProrateRounding::HalfUp,
        }
    }
}

impl Proration {
    /// A monthly amount for the days employed, rounded by the company's rule.
    pub fn apply(&self, monthly: i64) -> i64 {
        if self.of <= 0 {
            return monthly;
        }
        let exact = Decimal::from(monthly) * Decimal::from(self.days) / Decimal::from(self.of);
        match self.rounding {
            ProrateRounding::HalfUp => round_wage_50_sen(exact),
            ProrateRounding::Floor => i64::try_from(exact.floor()).unwrap_or(monthly),
            ProrateRounding::Ceil => i64::try_from(exact.ceil()).unwrap_or(monthly),
        }
    }
}

/// Table lookup (default) or the 電算機計算の特例.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// 月額表.
    Table,
    /// 電算機計算の特例 (甲欄 only; 乙欄 always uses the table).
    Formula,
}

/// Everything one payslip is computed from.
pub struct PayInput<'a> {
    /// The settings.
    pub setting: &'a PaySetting,
    /// Attendance.
    pub hours: &'a Hours,
    /// Average scheduled minutes a month (annual ÷ 12), for the hourly base.
    pub monthly_minutes: Decimal,
    /// Average scheduled days a month, for absence deductions.
    pub monthly_days: Decimal,
    /// 介護保険.
    pub care: Care,
    /// The premium months this pay collects, each with its own rates (none before cover starts
    /// or after it ends; two on a leaver's last pay under 翌月徴収; see
    /// [`insurance::premium_months`]).
    pub premiums: Vec<PremiumRates>,
    /// 日割り of fixed monthly pay in a month of joining or leaving.
    pub proration: Option<Proration>,
    /// The pay month.
    pub pay_month: Month,
    /// Withholding method.
    pub method: Method,
    /// Rates.
    pub rates: &'a Rates,
}

/// A computed payslip. Amounts in yen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Payslip {
    /// The attendance used.
    pub hours: Hours,
    /// 割増賃金の基礎となる時間単価 (exact; premiums round only their monthly totals).
    pub hourly_base: Decimal,
    /// 基本給 (hourly: wage × hours worked).
    pub base_pay: i64,
    /// Fixed allowances: (name, amount, taxable).
    pub allowances: Vec<(String, i64, bool)>,
    /// 通勤手当.
    pub commuting: i64,
    /// 時間外手当 (×1.25 up to 60 h, ×1.5 beyond; hourly workers: the premium part only).
    pub overtime_pay: i64,
    /// 法定内残業手当 (×1.00; monthly pay only).
    pub within_statutory_pay: i64,
    /// 休日手当 (×1.35).
    pub holiday_pay: i64,
    /// 深夜手当 (×0.25).
    pub night_pay: i64,
    /// 欠勤控除.
    pub absence_deduction: i64,
    /// 遅刻早退控除.
    pub lateness_deduction: i64,
    /// 総支給額.
    pub gross: i64,
    /// Non-taxable part of gross.
    pub non_taxable: i64,
    /// 標準報酬月額 used (0 when not enrolled).
    pub standard_monthly: i64,
    /// 健康保険.
    pub health: i64,
    /// 介護保険.
    pub care: i64,
    /// 子ども・子育て支援金.
    pub support: i64,
    /// 厚生年金.
    pub pension: i64,
    /// 雇用保険.
    pub employment: i64,
    /// 社会保険料等控除後の給与等の金額 (A).
    pub taxable: i64,
    /// 源泉所得税.
    pub withholding: i64,
    /// 住民税.
    pub resident_tax: i64,
    /// 控除合計.
    pub deductions: i64,
    /// 差引支給額.
    pub net: i64,
    /// Employer shares before rounding (health+care+support, pension), percent-exact.
    pub employer_social: Decimal,
    /// Employer employment insurance before rounding.
    pub employer_employment: Decimal,
    /// 年末調整 settled with this pay: a refund paid (positive) or tax collected (negative);
    /// included in `net`.
    #[serde(default)]
    pub year_end_adjustment: i64,
    /// 日割り applied to the fixed pay (month of joining or leaving).
    #[serde(default)]
    pub proration: Option<Proration>,
    /// How many months' social insurance premiums this pay collects, when not one (0 before
    /// cover starts, 2 on a leaver's last pay under 翌月徴収); `None` on payslips from before
    /// bko counted them.
    #[serde(default)]
    pub premium_months: Option<u32>,
    /// 立替経費精算: expense claims repaid with this pay — in `net`, outside gross, tax and
    /// insurance.
    #[serde(default)]
    pub reimbursement: i64,
}

/// 通勤手当 is non-taxable up to 150,000 yen a month (所得税法施行令20条の2, public transport).
pub const COMMUTING_NON_TAXABLE_CAP: i64 = 150_000;

fn minutes_to_hours(minutes: i64) -> Decimal {
    Decimal::from(minutes) / dec!(60)
}

/// Computes a payslip: earnings, insurance, withholding, resident tax, net.
pub fn compute(input: &PayInput) -> Result<Payslip> {
    let s = input.setting;
    let mut p = Payslip {
        hours: input.hours.clone(),
        ..Payslip::default()
    };
    let hourly_base = hourly_base(input);
    p.hourly_base = hourly_base.round_dp(4);
    earnings(&mut p, input, hourly_base);
    social_insurance(&mut p, input)?;
    let r = input.rates;
    let social = p.health + p.care + p.support + p.pension + p.employment;
    p.taxable = (p.gross - p.non_taxable - social).max(0);
    let column = Column::parse(&s.column)?;
    p.withholding = match (input.method, column) {
        (Method::Formula, Column::Kou) => {
            tax::formula(p.taxable, s.dependents, r.withholding_year)?
        }
        _ => r.withholding.lookup(p.taxable, column, s.dependents)?,
    };
    p.resident_tax = if input.pay_month.month == 6 {
        s.resident_tax_june.unwrap_or(s.resident_tax)
    } else {
        s.resident_tax
    };
    p.deductions = social + p.withholding + p.resident_tax;
    p.net = p.gross - p.deductions;
    Ok(p)
}

/// The allowances in the base of overtime premiums (労基則21条 leaves some out).
fn overtime_base_allowances(s: &PaySetting) -> i64 {
    s.allowances
        .iter()
        .filter(|a| a.overtime_base)
        .map(|a| a.amount)
        .sum()
}

/// 割増賃金の基礎となる時間単価: monthly pay (with the allowances in the base) per average
/// scheduled hour, or the hourly wage plus those allowances per hour. Exact, not rounded.
fn hourly_base(input: &PayInput) -> Decimal {
    let s = input.setting;
    let overtime_base_allowances = overtime_base_allowances(s);
    match s.basis {
        Basis::Monthly => {
            if input.monthly_minutes.is_zero() {
                Decimal::ZERO
            } else {
                Decimal::from(s.base_amount + overtime_base_allowances) * dec!(60)
                    / input.monthly_minutes
            }
        }
        Basis::Hourly => {
            let per_hour_allowances = if input.monthly_minutes.is_zero() {
                Decimal::ZERO
            } else {
                Decimal::from(overtime_base_allowances) * dec!(60) / input.monthly_minutes
            };
            Decimal::from(s.base_amount) + per_hour_allowances
        }
    }
}

/// Base pay, premiums, deductions for absence and lateness, allowances, gross and its
/// non-taxable part.
fn earnings(p: &mut Payslip, input: &PayInput, hourly_base: Decimal) {
    let (s, h) = (input.setting, input.hours);
    let overtime_base_allowances = overtime_base_allowances(s);
    let premium = |rate: Decimal, minutes: i64| {
        round_wage_50_sen(hourly_base * rate * minutes_to_hours(minutes))
    };
    let prorate = |amount: i64| match (s.basis, input.proration) {
        (Basis::Monthly, Some(pr)) => pr.apply(amount),
        _ => amount,
    };
    match s.basis {
        Basis::Monthly => {
            p.base_pay = prorate(s.base_amount);
            p.overtime_pay = round_wage_50_sen(
                hourly_base
                    * (dec!(1.25) * minutes_to_hours(h.overtime_to_60)
                        + dec!(1.5) * minutes_to_hours(h.overtime_over_60)),
            );
            p.within_statutory_pay = premium(Decimal::ONE, h.within_statutory);
            p.holiday_pay = premium(dec!(1.35), h.statutory_holiday);
            if !input.monthly_days.is_zero() && s.attendance_deductions {
                // A month with more scheduled days than the average cannot deduct more than
                // the salary it is deducted from.
                let monthly = s.base_amount + overtime_base_allowances;
                p.absence_deduction =
                    round_wage_50_sen(Decimal::from(monthly) / input.monthly_days * h.absences)
                        .min(monthly);
            }
            if s.attendance_deductions {
                p.lateness_deduction = premium(Decimal::ONE, h.late_early);
            }
        }
        Basis::Hourly => {
            p.base_pay =
                round_wage_50_sen(Decimal::from(s.base_amount) * minutes_to_hours(h.worked));
            p.overtime_pay = round_wage_50_sen(
                hourly_base
                    * (dec!(0.25) * minutes_to_hours(h.overtime_to_60)
                        + dec!(0.5) * minutes_to_hours(h.overtime_over_60)),
            );
            p.holiday_pay = premium(dec!(0.35), h.statutory_holiday);
        }
    }
    p.night_pay = premium(dec!(0.25), h.night);
    p.allowances = s
        .allowances
        .iter()
        .map(|a| (a.name.clone(), prorate(a.amount), a.taxable))
        .collect();
    p.proration = input.proration.filter(|_| s.basis == Basis::Monthly);
    p.commuting = s.commuting;
    let allowance_total: i64 = p.allowances.iter().map(|a| a.1).sum();
    p.gross = p.base_pay
        + allowance_total
        + p.commuting
        + p.overtime_pay
        + p.within_statutory_pay
        + p.holiday_pay
        + p.night_pay
        - p.absence_deduction
        - p.lateness_deduction;
    let non_taxable_allowances: i64 = p.allowances.iter().filter(|a| !a.2).map(|a| a.1).sum();
    p.non_taxable = non_taxable_allowances + p.commuting.min(COMMUTING_NON_TAXABLE_CAP);
}

/// 健康保険, 介護保険, 子ども・子育て支援金 and 厚生年金 from the 標準報酬月額, 雇用保険 from the
/// gross; the employer's shares exact.
fn social_insurance(p: &mut Payslip, input: &PayInput) -> Result<()> {
    let (s, r) = (input.setting, input.rates);
    if s.social_insurance {
        let Some(standard) = s.standard_monthly else {
            return Err(crate::kernel::error::hinted(
                "no 標準報酬月額 is set",
                "`bko payroll grade EMPLOYEE --remuneration AMOUNT` or `bko payroll set EMPLOYEE --standard-monthly AMOUNT`",
            ));
        };
        r.grades.by_standard(standard)?;
        p.standard_monthly = standard;
        let pension_standard = r.grades.pension_standard(standard)?;
        p.premium_months = Some(input.premiums.len() as u32);
        for m in &input.premiums {
            let care = match input.care {
                Care::Birth(b) => insurance::nursing_care_applies(b, m.month),
                Care::Fixed(c) => c,
            };
            let care_rate = if care { m.care } else { Decimal::ZERO };
            // 健康保険 and 介護保険 are one premium (健保法156条): the 50-sen rule applies to the
            // combined half, as 協会けんぽ's 額表 prints it; 介護 is what the combined adds to 健康.
            // Each month's premium is rounded on its own, at that month's rates.
            let health = round_employee_share_50_sen(half_of(standard, m.health));
            p.health += health;
            p.care += round_employee_share_50_sen(half_of(standard, m.health + care_rate)) - health;
            p.support += round_employee_share_50_sen(half_of(standard, m.support));
            p.pension += round_employee_share_50_sen(half_of(pension_standard, m.pension));
            p.employer_social += half_of(standard, m.health + care_rate + m.support)
                + half_of(pension_standard, m.pension);
        }
    }
    if s.employment_insurance {
        p.employment =
            round_employee_share_50_sen(Decimal::from(p.gross) * r.employment_employee / dec!(100));
        p.employer_employment = Decimal::from(p.gross) * r.employment_employer / dec!(100);
    }
    Ok(())
}

#[cfg(test)]
mod tests;
