//! A payroll run from the closed attendance month: settings and tables per employee, the
//! computation, storage, and the journal entry on confirmation. Also the one-person calculator,
//! which takes the same path.

use std::collections::HashMap;

use anyhow::{Result, bail};
use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;
use rust_decimal::Decimal;

use super::settings::{PayrollSettings, get as setting_or_default};
use super::{
    Care, Hours, Method, PayInput, PaySetting, Payslip, PremiumRates, ProrateRounding, Proration,
    Rates, compute, insurance, store,
};
use crate::attendance::summary::monthly_summary;
use crate::attendance::{self, DayKind};
use crate::company::Company;
use crate::kernel::clock::timestamp;
use crate::kernel::period::{Month, fiscal_year_start};
use crate::ledger::{self, Chart, NewEntry, NewLine};
use crate::people::{Employee, Employment};

/// The pay date of a work month by the company settings (default: the 25th of the next month).
pub fn default_pay_date(conn: &Connection, month: Month) -> Result<NaiveDate> {
    let settings = PayrollSettings::load(conn)?;
    let pay_month = if settings.paid_same_month {
        month
    } else {
        month.next()
    };
    let day = settings.pay_day;
    let last = pay_month.last_day().day();
    Ok(
        NaiveDate::from_ymd_opt(pay_month.year, pay_month.month, day.min(last))
            .expect("a day of the month"),
    )
}

/// The premium month a pay month deducts: the month before (翌月徴収, default) or the same.
pub fn premium_month(conn: &Connection, pay_month: Month) -> Result<Month> {
    Ok(PayrollSettings::load(conn)?.premium_month(pay_month))
}

fn method(conn: &Connection) -> Result<Method> {
    Ok(PayrollSettings::load(conn)?.method())
}

/// Loads every table for one prefecture and set of months.
pub fn rates(
    conn: &Connection,
    prefecture: &str,
    pay_month: Month,
    premium: Month,
    work: Month,
) -> Result<Rates> {
    Ok(Rates {
        withholding: store::withholding(conn, pay_month)?,
        withholding_year: pay_month.year,
        grades: store::grades(conn, premium)?,
        health: store::health_rate(conn, prefecture, premium)?,
        care: store::rate(conn, "care", premium)?,
        support: store::rate(conn, "support", premium)?,
        pension: store::rate(conn, "pension", premium)?,
        employment_employee: store::rate(conn, "employment_employee", work)?,
        employment_employer: store::rate(conn, "employment_employer", work)?,
    })
}

/// The social insurance rates of one premium month in a prefecture.
fn premium_rates(conn: &Connection, prefecture: &str, month: Month) -> Result<PremiumRates> {
    Ok(PremiumRates {
        month,
        health: store::health_rate(conn, prefecture, month)?,
        care: store::rate(conn, "care", month)?,
        support: store::rate(conn, "support", month)?,
        pension: store::rate(conn, "pension", month)?,
    })
}

/// Average scheduled minutes and days a month over the fiscal year containing `month`
/// (annual scheduled hours ÷ 12, 労基則19条).
fn monthly_schedule(
    conn: &Connection,
    calendar: &attendance::Calendar,
    minutes_per_day: i64,
    month: Month,
    fy_start: u32,
) -> Result<(Decimal, Decimal)> {
    let first = fiscal_year_start(month.first_day(), fy_start);
    let last = first
        .checked_add_months(chrono::Months::new(12))
        .and_then(|d| d.pred_opt())
        .expect("a year on");
    let holidays = attendance::holidays_between(conn, first, last)?;
    let mut days = 0i64;
    let mut d = first;
    while d <= last {
        days += i64::from(calendar.day_kind(&holidays, d) == DayKind::Workday);
        d = d.succ_opt().expect("a next day");
    }
    let twelve = Decimal::from(12);
    Ok((
        Decimal::from(days * minutes_per_day) / twelve,
        Decimal::from(days) / twelve,
    ))
}

fn hours_of(h: &attendance::hours::MonthHours) -> Hours {
    Hours {
        scheduled_days: h.scheduled_days,
        days_worked: h.days_worked,
        absences: h.absences,
        paid_leave_days: h.paid_leave_days,
        worked: h.worked,
        overtime_to_60: h.overtime - h.overtime_over_60,
        overtime_over_60: h.overtime_over_60,
        within_statutory: h.within_statutory,
        night: h.night,
        statutory_holiday: h.statutory_holiday,
        late_early: h.late + h.early,
    }
}

/// What every payslip of a work month shares: the pay and premium months, the method, the
/// calendars and holidays, the 日割り rule, the tables per prefecture and the schedules.
struct MonthContext {
    month: Month,
    pay_month: Month,
    premium: Month,
    method: Method,
    fy_start: u32,
    calendars: HashMap<String, attendance::Calendar>,
    holidays: attendance::Holidays,
    prorate_basis: String,
    prorate_rounding: ProrateRounding,
    rates: HashMap<String, Rates>,
    schedules: HashMap<(String, i64), (Decimal, Decimal)>,
}

impl MonthContext {
    fn load(conn: &Connection, month: Month, pay_date: NaiveDate) -> Result<MonthContext> {
        let pay_month = Month::of(pay_date);
        let settings = PayrollSettings::load(conn)?;
        Ok(MonthContext {
            month,
            pay_month,
            premium: settings.premium_month(pay_month),
            method: settings.method(),
            fy_start: Company::load(conn)?.fiscal_year_start,
            calendars: attendance::calendars(conn)?
                .into_iter()
                .map(|c| (c.code.clone(), c))
                .collect(),
            holidays: attendance::holidays_between(conn, month.first_day(), month.last_day())?,
            prorate_basis: settings.prorate.clone(),
            prorate_rounding: settings.prorate_rounding,
            rates: HashMap::new(),
            schedules: HashMap::new(),
        })
    }

    /// 日割り for someone who joined or left during the month: the days employed of the
    /// month's calendar days, or of its scheduled workdays on the employee's calendar.
    fn proration(&self, e: &Employee) -> Option<Proration> {
        let (first, last) = (self.month.first_day(), self.month.last_day());
        let from = e.hire_date.max(first);
        let to = e.leave_date.map_or(last, |l| l.min(last));
        if (from == first && to == last) || self.prorate_basis == "none" || to < from {
            return None;
        }
        let workdays = self.prorate_basis == "workdays";
        let counts = |a: NaiveDate, b: NaiveDate| -> i64 {
            let calendar = self.calendars.get(&e.calendar);
            a.iter_days()
                .take_while(|d| *d <= b)
                .filter(|d| {
                    !workdays
                        || calendar
                            .is_some_and(|c| c.day_kind(&self.holidays, *d) == DayKind::Workday)
                })
                .count() as i64
        };
        Some(Proration {
            days: counts(from, to),
            of: counts(first, last),
            workdays,
            rounding: self.prorate_rounding,
        })
    }

    /// The premium months an employee's pay collects, each at its own rates (the run's premium
    /// month at the rates loaded for the run, a later one read for it).
    fn premiums(
        &self,
        conn: &Connection,
        e: &Employee,
        prefecture: &str,
    ) -> Result<Vec<PremiumRates>> {
        let months = insurance::premium_months(e.hire_date, e.leave_date, self.premium, self.month);
        months
            .into_iter()
            .map(|m| {
                if m == self.premium {
                    Ok(PremiumRates::of(&self.rates[prefecture], m))
                } else {
                    premium_rates(conn, prefecture, m)
                }
            })
            .collect()
    }

    /// The tables of a prefecture and the schedule of a calendar, loaded once.
    fn prepare(&mut self, conn: &Connection, e: &Employee, prefecture: &str) -> Result<()> {
        if !self.rates.contains_key(prefecture) {
            let r = rates(conn, prefecture, self.pay_month, self.premium, self.month)?;
            self.rates.insert(prefecture.to_string(), r);
        }
        let key = (e.calendar.clone(), e.minutes_per_day);
        if !self.schedules.contains_key(&key) {
            let cal = self
                .calendars
                .get(&e.calendar)
                .expect("the employee's calendar exists");
            let s = monthly_schedule(conn, cal, e.minutes_per_day, self.month, self.fy_start)?;
            self.schedules.insert(key, s);
        }
        Ok(())
    }
}

/// Computes every employee's payslip for a work month (not stored). Employees employed in the
/// month must all have pay settings.
pub fn compute_month(
    conn: &Connection,
    month: Month,
    pay_date: NaiveDate,
) -> Result<Vec<(Employee, Payslip)>> {
    let mut context = MonthContext::load(conn, month, pay_date)?;
    let summary = monthly_summary(conn, month, None, month.last_day())?;
    let mut missing = Vec::new();
    let mut out = Vec::with_capacity(summary.len());
    for e in summary {
        let Some(setting) = store::setting_for(conn, e.employee.id, month)? else {
            missing.push(e.employee.code.clone());
            continue;
        };
        context.prepare(conn, &e.employee, &setting.prefecture)?;
        let hours = paid_hours(&e.employee, &e.hours);
        let input = PayInput {
            setting: &setting,
            hours: &hours,
            monthly_minutes: context.schedules
                [&(e.employee.calendar.clone(), e.employee.minutes_per_day)]
                .0,
            monthly_days: context.schedules
                [&(e.employee.calendar.clone(), e.employee.minutes_per_day)]
                .1,
            care: care_of(&e.employee, &setting)?,
            premiums: context.premiums(conn, &e.employee, &setting.prefecture)?,
            proration: context.proration(&e.employee),
            pay_month: context.pay_month,
            method: context.method,
            rates: &context.rates[&setting.prefecture],
        };
        let slip = compute(&input).map_err(|err| anyhow::anyhow!("{}: {err}", e.employee.code))?;
        out.push((e.employee, slip));
    }
    if !missing.is_empty() {
        return Err(crate::kernel::error::hinted(
            format!("no pay settings for {} in {month}", missing.join(", ")),
            format!("`bko payroll set EMPLOYEE --from {month} --monthly AMOUNT ...`"),
        ));
    }
    Ok(out)
}

/// The hours pay is computed from: 役員 are not 労働者 (no timecard duty), so they have no
/// absence or lateness deductions.
fn paid_hours(e: &Employee, summary: &attendance::hours::MonthHours) -> Hours {
    let mut hours = hours_of(summary);
    if e.employment == Employment::Officer {
        hours.absences = Decimal::ZERO;
        hours.late_early = 0;
    }
    hours
}

/// Whether 介護保険 applies follows the birth date, which an insured employee must have.
fn care_of(e: &Employee, setting: &PaySetting) -> Result<Care> {
    match e.birth_date {
        Some(b) => Ok(Care::Birth(b)),
        None if setting.social_insurance => Err(crate::kernel::error::hinted(
            format!("{} has no birth date; 介護保険 depends on it", e.code),
            format!("`bko people set {} birth_date YYYY-MM-DD`", e.code),
        )),
        None => Ok(Care::Fixed(false)),
    }
}

/// What the calculator is asked.
pub struct CalcInput {
    /// Pay month.
    pub pay_month: Month,
    /// Gross pay.
    pub gross: i64,
    /// Of which non-taxable (commuting and the like).
    pub non_taxable: i64,
    /// 標準報酬月額 (default: the grade of the gross).
    pub standard_monthly: Option<i64>,
    /// Whether 介護保険 applies.
    pub care: bool,
    /// Prefecture.
    pub prefecture: String,
    /// Dependants.
    pub dependents: u32,
    /// kou or otsu.
    pub column: String,
    /// Enrolled in employment insurance.
    pub employment_insurance: bool,
}

/// The calculator: one person, no attendance, the run's computation. Inputs no pay can have are
/// refused rather than computed: a gross of zero or less, a non-taxable part beyond it, a
/// standard monthly remuneration of zero; and so are deductions larger than the pay.
pub fn calc(conn: &Connection, c: &CalcInput) -> Result<Payslip> {
    if c.gross <= 0 || c.gross > crate::kernel::money::MAX_MINOR {
        bail!("--gross must be a positive amount (got {})", c.gross);
    }
    if c.non_taxable < 0 || c.non_taxable > c.gross {
        bail!(
            "--non-taxable {} must be between 0 and the gross {}",
            c.non_taxable,
            c.gross
        );
    }
    if c.standard_monthly
        .is_some_and(|s| s <= 0 || s > crate::kernel::money::MAX_MINOR)
    {
        bail!("--standard-monthly must be a positive amount");
    }
    let slip = calc_unchecked(conn, c)?;
    if slip.net < 0 {
        bail!(
            "the deductions ({}) exceed the gross pay ({}): check --standard-monthly",
            slip.gross - slip.net,
            slip.gross
        );
    }
    Ok(slip)
}

fn calc_unchecked(conn: &Connection, c: &CalcInput) -> Result<Payslip> {
    let premium = premium_month(conn, c.pay_month)?;
    let rates = rates(conn, &c.prefecture, c.pay_month, premium, premium)?;
    let standard = match c.standard_monthly {
        Some(s) => s,
        None => rates.grades.for_remuneration(c.gross)?.standard_monthly,
    };
    let mut allowances = Vec::new();
    if c.non_taxable > 0 {
        allowances.push(super::Allowance {
            name: "非課税手当".into(),
            amount: c.non_taxable,
            taxable: false,
            overtime_base: false,
        });
    }
    let setting = PaySetting {
        valid_from: c.pay_month.to_string(),
        basis: super::Basis::Monthly,
        base_amount: c.gross - c.non_taxable,
        allowances,
        commuting: 0,
        dependents: c.dependents,
        column: c.column.clone(),
        resident_tax: 0,
        resident_tax_june: None,
        prefecture: c.prefecture.clone(),
        social_insurance: true,
        employment_insurance: c.employment_insurance,
        standard_monthly: Some(standard),
        bank: None,
        attendance_deductions: true,
    };
    compute(&PayInput {
        setting: &setting,
        hours: &Hours::default(),
        monthly_minutes: Decimal::ZERO,
        monthly_days: Decimal::ZERO,
        care: Care::Fixed(c.care),
        premiums: vec![PremiumRates::of(&rates, premium)],
        proration: None,
        pay_month: c.pay_month,
        method: method(conn)?,
        rates: &rates,
    })
}

pub(super) fn account(conn: &Connection, chart: &Chart, key: &str) -> Result<i64> {
    let code = setting_or_default(conn, key)?;
    chart.resolve(&code).map(|a| a.id).map_err(|e| {
        crate::kernel::error::hinted(format!("{e:#}"), format!("`bko company set {key} CODE`"))
    })
}

/// What a run posts, summed over its payslips.
struct RunTotals {
    staff: i64,
    officers: i64,
    employer: i64,
    withholding: i64,
    resident_tax: i64,
    employee_social: i64,
    employment: i64,
    net: i64,
    year_end: i64,
    reimbursed: i64,
}

impl RunTotals {
    /// Sums the slips; the employer's shares are summed exact and floored once for the run.
    fn of(slips: &[(Employee, Payslip)]) -> RunTotals {
        let sum = |f: &dyn Fn(&Payslip) -> i64| slips.iter().map(|(_, p)| f(p)).sum::<i64>();
        let officers: i64 = slips
            .iter()
            .filter(|(e, _)| e.employment == Employment::Officer)
            .map(|(_, p)| p.gross)
            .sum();
        let floor = |d: Decimal| i64::try_from(d.floor()).unwrap_or(0);
        RunTotals {
            staff: sum(&|p| p.gross) - officers,
            officers,
            employer: floor(slips.iter().map(|(_, p)| p.employer_social).sum())
                + floor(slips.iter().map(|(_, p)| p.employer_employment).sum()),
            withholding: sum(&|p| p.withholding),
            resident_tax: sum(&|p| p.resident_tax),
            employee_social: sum(&|p| p.health + p.care + p.support + p.pension),
            employment: sum(&|p| p.employment),
            net: sum(&|p| p.net),
            year_end: sum(&|p| p.year_end_adjustment),
            reimbursed: sum(&|p| p.reimbursement),
        }
    }
}

/// The lines of a run's entry: wages and the employer's share against withholdings, accrued
/// premiums and net pay; lines of zero are left out.
fn run_lines(
    conn: &Connection,
    chart: &Chart,
    t: &RunTotals,
    kind: PayKind,
) -> Result<Vec<NewLine>> {
    let held = account(conn, chart, "payroll_withholding_account")?;
    let (wage_key, wage_text) = match kind {
        PayKind::Salary => ("payroll_wage_account", "給料手当"),
        PayKind::Bonus => ("payroll_bonus_account", "賞与"),
        // A settlement pays no wages: its wage line is zero and left out.
        PayKind::Settlement => ("payroll_wage_account", "給料手当"),
    };
    let candidates = [
        (account(conn, chart, wage_key)?, t.staff, 0, wage_text),
        (
            account(conn, chart, "payroll_officer_account")?,
            t.officers,
            0,
            "役員報酬",
        ),
        (
            account(conn, chart, "payroll_welfare_account")?,
            t.employer,
            0,
            "法定福利費 会社負担分",
        ),
        // Expense claims repaid with the pay: what was owed to the employee joins the net.
        (
            account(conn, chart, "payroll_reimbursement_account")?,
            t.reimbursed,
            0,
            "立替経費精算",
        ),
        (held, 0, t.withholding, "源泉所得税"),
        (held, 0, t.resident_tax, "住民税"),
        (held, 0, t.employee_social, "社会保険料 本人負担分"),
        (held, 0, t.employment, "雇用保険料 本人負担分"),
        // A refund comes out of the tax withheld (Dr 預り金), extra tax goes into it.
        (held, t.year_end.max(0), (-t.year_end).max(0), "年末調整"),
        (
            account(conn, chart, "payroll_employer_share_account")?,
            0,
            t.employer,
            "社会保険料 会社負担分",
        ),
        // Extra tax collected on its own leaves the employee owing: the net goes to the debit.
        (
            account(conn, chart, "payroll_net_account")?,
            (-t.net).max(0),
            t.net.max(0),
            "差引支給額",
        ),
    ];
    Ok(candidates
        .into_iter()
        .filter(|(_, debit, credit, _)| *debit != 0 || *credit != 0)
        .map(|(account_id, debit, credit, text)| NewLine {
            account_id,
            debit,
            credit,
            description: Some(text.to_string()),
            tax_category: crate::jp::tax_category::OUT_OF_SCOPE.to_string(),
        })
        .collect())
}

/// Monthly pay or a bonus: the wage line's account differs (給料手当 / 賞与).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PayKind {
    /// Monthly pay.
    Salary,
    /// A bonus.
    Bonus,
    /// A 年末調整 settled on its own.
    Settlement,
}

/// Posts a separate 年末調整 settlement on `date`: refunds out of 預り金 into the net pay owed,
/// extra tax the other way. Returns the entry id.
pub fn post_settlement(
    conn: &Connection,
    year: i32,
    date: NaiveDate,
    slips: &[(Employee, Payslip)],
) -> Result<i64> {
    let company = Company::load(conn)?;
    let chart = Chart::load(conn)?;
    let lines = run_lines(conn, &chart, &RunTotals::of(slips), PayKind::Settlement)?;
    let entry = NewEntry {
        date,
        memo: format!("年末調整 精算 {year}年分 ({} 名)", slips.len()),
        reference: Some(format!("yearend:{year}")),
        origin: crate::ledger::Origin::Payroll,
        import_hash: None,
        reverses: None,
        lines,
    };
    ledger::post(conn, &entry, &company.currency)
}

/// Posts a bonus run's entry on its pay date: 賞与 and 法定福利費 against 預り金, 未払費用 and the
/// net pay. Returns the entry id.
pub fn post_bonus(
    conn: &Connection,
    pay_date: NaiveDate,
    slips: &[(Employee, Payslip)],
) -> Result<i64> {
    let company = Company::load(conn)?;
    let chart = Chart::load(conn)?;
    let lines = run_lines(conn, &chart, &RunTotals::of(slips), PayKind::Bonus)?;
    let entry = NewEntry {
        date: pay_date,
        memo: format!("賞与 ({} 名, 支給日 {pay_date})", slips.len()),
        reference: Some(format!("bonus:{pay_date}")),
        origin: crate::ledger::Origin::Payroll,
        import_hash: None,
        reverses: None,
        lines,
    };
    ledger::post(conn, &entry, &company.currency)
}

/// Posts a run's journal entry (see [`run_lines`]). Returns the entry id.
pub fn post_run(
    conn: &Connection,
    month: Month,
    pay_date: NaiveDate,
    slips: &[(Employee, Payslip)],
) -> Result<i64> {
    let company = Company::load(conn)?;
    let chart = Chart::load(conn)?;
    let lines = run_lines(conn, &chart, &RunTotals::of(slips), PayKind::Salary)?;
    let date = if PayrollSettings::load(conn)?.entry_on_pay_date {
        pay_date
    } else {
        month.last_day()
    };
    let entry = NewEntry {
        date,
        memo: format!("{month} 給与 ({} 名, 支給日 {pay_date})", slips.len()),
        reference: Some(format!("payroll:{month}")),
        origin: crate::ledger::Origin::Payroll,
        import_hash: None,
        reverses: None,
        lines,
    };
    ledger::post(conn, &entry, &company.currency)
}

fn closed_or_fail(conn: &Connection, month: Month) -> Result<()> {
    if !attendance::is_closed(conn, month)? {
        return Err(crate::kernel::error::hinted(
            format!("the attendance month {month} is open; payroll runs on closed months"),
            format!(
                "check it with `bko attendance check --month {month}`, then `bko attendance close --month {month}`"
            ),
        ));
    }
    Ok(())
}

/// Computes and stores the draft run of a work month (replacing an earlier draft).
pub fn run_month(
    conn: &Connection,
    month: Month,
    pay_date: Option<NaiveDate>,
) -> Result<Vec<(Employee, Payslip)>> {
    closed_or_fail(conn, month)?;
    if let Some(existing) = store::run(conn, month)? {
        if existing.status == crate::payroll::RunStatus::Confirmed {
            bail!("the payroll of {month} is confirmed; it cannot be run again");
        }
        store::delete_draft(conn, existing.id)?;
    }
    let pay_date = match pay_date {
        Some(d) => d,
        None => default_pay_date(conn, month)?,
    };
    let mut slips = compute_month(conn, month, pay_date)?;
    super::payouts::add_reimbursements(conn, month, &mut slips)?;
    let run_id = store::insert_run(conn, month, pay_date, &timestamp())?;
    for (e, p) in &slips {
        store::insert_slip(conn, run_id, e.id, p)?;
    }
    Ok(slips)
}

/// A run and its payslips with their employees.
pub fn load(
    conn: &Connection,
    month: Month,
) -> Result<(crate::payroll::Run, Vec<(Employee, Payslip)>)> {
    let Some(run) = store::run(conn, month)? else {
        return Err(crate::kernel::error::hinted(
            format!("there is no payroll run for {month}"),
            format!("`bko payroll run --month {month}`"),
        ));
    };
    let people: HashMap<i64, Employee> = crate::people::all(conn)?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    let mut slips: Vec<(Employee, Payslip)> = store::slips(conn, run.id)?
        .into_iter()
        .map(|(id, p)| (people[&id].clone(), p))
        .collect();
    slips.sort_by(|a, b| a.0.code.cmp(&b.0.code));
    Ok((run, slips))
}

/// Confirms a draft run: posts its entry and locks it. Returns the entry id.
pub fn confirm_month(conn: &Connection, month: Month) -> Result<i64> {
    let (run, slips) = load(conn, month)?;
    if run.status == crate::payroll::RunStatus::Confirmed {
        bail!(
            "the payroll of {month} is already confirmed (entry {})",
            run.entry_id.unwrap_or(0)
        );
    }
    closed_or_fail(conn, month)?;
    super::payouts::check_reimbursements(conn, month, &slips)?;
    let entry = post_run(conn, month, run.pay_date, &slips)?;
    store::confirm(conn, run.id, entry, &timestamp())?;
    Ok(entry)
}
