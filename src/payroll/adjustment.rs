//! The 年末調整 of a year, as operations: an employee's declarations stored (dependants carried
//! over from the year before), the year's pay, insurance and tax gathered from the confirmed
//! runs, and the rules of [`super::yearend`] applied — with who is left out and why.

use anyhow::{Result, bail};
use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;

pub use super::declaration::{Declaration, DeclarationChange, DeclaredRelative};
use super::store;
use super::yearend::{self, Dependant, Disability, LifePremiums, OwnStatus, YearEnd, YearEndInput};
use crate::people::{self, Employee};

/// The declaration in force for a year: the stored one, else a new one carrying over the
/// spouse and dependants of the latest earlier year.
pub fn declaration(conn: &Connection, employee_id: i64, year: i32) -> Result<Declaration> {
    if let Some(json) = store::declaration(conn, employee_id, year)? {
        return Ok(serde_json::from_str(&json)?);
    }
    let earlier: Option<Declaration> = store::declaration_before(conn, employee_id, year)?
        .map(|json| serde_json::from_str(&json))
        .transpose()?;
    Ok(earlier.map_or_else(Declaration::default, |e| Declaration {
        spouse: e.spouse,
        dependants: e.dependants,
        disability: e.disability,
        ..Declaration::default()
    }))
}

/// Stores a declaration after checking it: no relative born after the end of the year or of
/// negative income, no negative amount, and the employee employed in the year.
pub fn declare(
    tx: &Connection,
    code: &str,
    year: i32,
    declaration: &Declaration,
    now: &str,
) -> Result<()> {
    let e = people::by_code(tx, code)?;
    let (first, last) = year_span(year)?;
    if e.hire_date > last || e.leave_date.is_some_and(|l| l < first) {
        bail!("{code} is not employed in {year}");
    }
    if let Some(left) = e.leave_date.filter(|l| *l < last) {
        bail!(
            "{code} left on {left}: leavers are not adjusted (their 源泉徴収票 shows the pay as paid)"
        );
    }
    let relatives = declaration.spouse.iter().chain(&declaration.dependants);
    for r in relatives {
        r.check(last)?;
    }
    check_amounts(declaration)?;
    let json = serde_json::to_string(declaration)?;
    store::save_declaration(tx, e.id, year, &json, now)
}

fn check_amounts(d: &Declaration) -> Result<()> {
    let amounts = [
        d.other_income,
        d.life_new_general,
        d.life_care_medical,
        d.life_new_pension,
        d.life_old_general,
        d.life_old_pension,
        d.earthquake,
        d.old_long_term,
        d.social_insurance_direct,
        d.small_business_mutual,
        d.housing_loan_credit,
        d.previous_pay,
        d.previous_insurance,
        d.previous_tax,
    ];
    if amounts
        .iter()
        .any(|a| *a < 0 || *a > crate::kernel::money::MAX_MINOR)
    {
        bail!("declared amounts must be between 0 and 9,999,999,999,999");
    }
    Ok(())
}

/// The first and last day of a year.
pub fn year_span(year: i32) -> Result<(NaiveDate, NaiveDate)> {
    match (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) {
        (Some(first), Some(last)) => Ok((first, last)),
        _ => bail!("{year} is not a year bko can adjust"),
    }
}

/// What the year's confirmed runs paid one employee.
#[derive(Debug, Clone, Copy, Default)]
pub struct YearPay {
    /// Taxable pay (gross less its non-taxable part).
    pub taxable: i64,
    /// Employee social insurance withheld.
    pub social_insurance: i64,
    /// Income tax withheld.
    pub withheld: i64,
}

impl YearPay {
    /// Counts one payslip (monthly, bonus or settlement). A 年末調整 already settled counts as tax
    /// withheld (extra tax collected) or given back (a refund), so a settled year shows no
    /// difference left.
    fn add(&mut self, p: &super::Payslip) {
        self.taxable += p.gross - p.non_taxable;
        self.social_insurance += p.health + p.care + p.support + p.pension + p.employment;
        self.withheld += p.withholding - p.year_end_adjustment;
    }
}

/// What a paid slip was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SlipKind {
    /// Monthly pay (給与).
    Monthly,
    /// A bonus (賞与).
    Bonus,
    /// The 年末調整 settled on its own (精算).
    Settlement,
}

/// One confirmed payslip of a year, monthly or bonus.
#[derive(Debug, Clone)]
pub struct PaidSlip {
    /// The employee's row id.
    pub employee_id: i64,
    /// Monthly pay, a bonus or a separate 年末調整 settlement.
    pub kind: SlipKind,
    /// The work month of monthly pay.
    pub month: Option<String>,
    /// The pay date.
    pub pay_date: NaiveDate,
    /// What was paid, withheld and deducted.
    pub slip: super::Payslip,
}

/// Every confirmed monthly and bonus payslip paid in the year, by pay date.
pub fn year_slips(conn: &Connection, year: i32) -> Result<Vec<PaidSlip>> {
    let mut out = Vec::new();
    for run in store::confirmed_runs_paid_in(conn, year)? {
        for (employee_id, slip) in store::slips(conn, run.id)? {
            out.push(PaidSlip {
                employee_id,
                kind: SlipKind::Monthly,
                month: Some(run.month.clone()),
                pay_date: run.pay_date,
                slip,
            });
        }
    }
    let (first, last) = year_span(year)?;
    for (run_id, pay_date, confirmed, _) in store::bonus_runs_between(conn, first, last)? {
        if !confirmed {
            continue;
        }
        for (employee_id, json) in store::bonus_slips(conn, run_id)? {
            let bonus: super::bonus_run::BonusSlip = serde_json::from_str(&json)?;
            out.push(PaidSlip {
                employee_id,
                kind: SlipKind::Bonus,
                month: None,
                pay_date,
                slip: bonus.as_payslip(),
            });
        }
    }
    if let Some((pay_date, _, lines)) = store::settlement(conn, year)? {
        for (employee_id, amount) in lines {
            out.push(PaidSlip {
                employee_id,
                kind: SlipKind::Settlement,
                month: None,
                pay_date,
                slip: settlement_slip(amount),
            });
        }
    }
    out.sort_by_key(|p| (p.pay_date, p.kind));
    Ok(out)
}

/// Sums the confirmed monthly and bonus runs paid in the year, per employee id.
pub fn year_pay(conn: &Connection, year: i32) -> Result<std::collections::HashMap<i64, YearPay>> {
    let mut out: std::collections::HashMap<i64, YearPay> = std::collections::HashMap::new();
    for p in year_slips(conn, year)? {
        out.entry(p.employee_id).or_default().add(&p.slip);
    }
    Ok(out)
}

/// Settles the year's adjustment in the draft run of `month` (the last pay of the year): each
/// adjusted employee's refund is paid, or extra tax collected, with that pay (a line of its own
/// on the payslip, posted against 預り金 when the run is confirmed). The run's own pay counts in
/// the year. Returns (employee, adjustment) for each slip changed. Run the month again and the
/// adjustment is gone: apply after the last `payroll run`.
pub fn apply(
    tx: &Connection,
    year: i32,
    month: crate::kernel::period::Month,
) -> Result<Vec<(Employee, i64)>> {
    let run = settling_run(tx, year, month, false)?;
    let (_, last) = year_span(year)?;
    let mut pay = year_pay(tx, year)?;
    let mut slips = store::slips(tx, run.id)?;
    for (employee_id, p) in &mut slips {
        p.net -= p.year_end_adjustment;
        p.year_end_adjustment = 0;
        pay.entry(*employee_id).or_default().add(p);
    }
    let people: std::collections::HashMap<i64, Employee> =
        people::all(tx)?.into_iter().map(|e| (e.id, e)).collect();
    let mut applied = Vec::new();
    for (employee_id, mut p) in slips {
        let e = people[&employee_id].clone();
        if let Outcome::Adjusted(y) = outcome(tx, &e, year, last, pay[&employee_id])? {
            p.year_end_adjustment = -y.difference;
            if y.difference > 0 && p.net - y.difference < 0 {
                bail!(
                    "{}: the tax to collect ({}) is more than the pay of {month}",
                    e.code,
                    y.difference
                );
            }
            p.net -= y.difference;
            applied.push((e, p.year_end_adjustment));
        }
        store::update_slip(tx, run.id, employee_id, &p)?;
    }
    Ok(applied)
}

/// A slip that carries only a settled 年末調整 (refund positive, extra tax negative).
fn settlement_slip(amount: i64) -> super::Payslip {
    super::Payslip {
        year_end_adjustment: amount,
        net: amount,
        ..super::Payslip::default()
    }
}

/// The run of `month` that settles `year`'s adjustment: it exists, is paid in the year, is a
/// draft (to apply into) or confirmed (to settle beside), and the year is not settled yet.
fn settling_run(
    tx: &Connection,
    year: i32,
    month: crate::kernel::period::Month,
    confirmed: bool,
) -> Result<super::Run> {
    refuse_settled_year(tx, year)?;
    let Some(run) = store::run(tx, month)? else {
        bail!("there is no payroll run for {month}; run it first");
    };
    let is_confirmed = run.status == super::RunStatus::Confirmed;
    if is_confirmed && !confirmed {
        return Err(crate::kernel::error::hinted(
            format!("the payroll of {month} is confirmed; the adjustment cannot go into it"),
            format!(
                "settle it on its own: `bko payroll yearend apply --year {year} --month {month} --settle-separately`"
            ),
        ));
    }
    if !is_confirmed && confirmed {
        bail!(
            "the payroll of {month} is a draft: apply the adjustment into it, without --settle-separately"
        );
    }
    if run.pay_date.year() != year {
        bail!(
            "the payroll of {month} is paid on {}, not in {year}",
            run.pay_date
        );
    }
    Ok(run)
}

fn refuse_settled_year(conn: &Connection, year: i32) -> Result<()> {
    if let Some((date, entry, _)) = store::settlement(conn, year)? {
        bail!("the 年末調整 of {year} was settled on its own on {date} (entry {entry})");
    }
    Ok(())
}

/// Settles the year's adjustment on its own, because the year's last run (`month`) is already
/// confirmed: each adjusted employee's refund or extra tax is posted at once against 預り金 on
/// `date` (default: that run's pay date) and recorded, once per year. Returns (employee,
/// amount) with refunds positive.
pub fn settle_separately(
    tx: &Connection,
    year: i32,
    month: crate::kernel::period::Month,
    date: Option<NaiveDate>,
    now: &str,
) -> Result<Vec<(Employee, i64)>> {
    let run = settling_run(tx, year, month, true)?;
    let date = date.unwrap_or(run.pay_date);
    if date.year() != year {
        bail!("the settlement date {date} is not in {year}");
    }
    let mut settled = Vec::new();
    for (e, outcome) in calculate(tx, year, None)? {
        if let Outcome::Adjusted(y) = outcome
            && y.difference != 0
        {
            settled.push((e, -y.difference));
        }
    }
    if settled.is_empty() {
        bail!("nothing to settle: every adjusted employee's tax equals what was withheld");
    }
    let slips: Vec<(Employee, super::Payslip)> = settled
        .iter()
        .map(|(e, amount)| (e.clone(), settlement_slip(*amount)))
        .collect();
    let entry = super::run::post_settlement(tx, year, date, &slips)?;
    let lines: Vec<(i64, i64)> = settled.iter().map(|(e, a)| (e.id, *a)).collect();
    store::save_settlement(tx, year, date, entry, &lines, now)?;
    Ok(settled)
}

/// One employee's outcome: adjusted, or left out with the reason (they get a 源泉徴収票 without
/// adjustment).
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Adjusted.
    Adjusted(Box<YearEnd>),
    /// Out of the adjustment, and why.
    OutOfScope(OutOfScope),
}

/// Why an employee is not adjusted (they get a 源泉徴収票 of what was paid and withheld).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutOfScope {
    /// Left during the year, on this day.
    Left(NaiveDate),
    /// 乙欄: no 扶養控除等申告書 with this employer.
    Otsu,
    /// Pay over ¥20,000,000: files a tax return.
    OverLimit,
}

impl OutOfScope {
    /// The 摘要 note on the 源泉徴収票 (年調未済: the employee's own tax return or the next
    /// employer settles the year).
    pub fn remark(self) -> &'static str {
        match self {
            OutOfScope::Left(_) => "年調未済 (中途退職)",
            OutOfScope::Otsu => "年調未済 (乙欄)",
            OutOfScope::OverLimit => "年調未済 (給与等の金額が2,000万円超)",
        }
    }
}

impl std::fmt::Display for OutOfScope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OutOfScope::Left(day) => write!(f, "left on {day} (源泉徴収票 without adjustment)"),
            OutOfScope::Otsu => write!(f, "乙欄 (no 扶養控除等申告書)"),
            OutOfScope::OverLimit => write!(f, "pay over ¥20,000,000 (files a tax return)"),
        }
    }
}

/// The adjustment of every employee paid in the year (or one).
pub fn calculate(
    conn: &Connection,
    year: i32,
    only: Option<&str>,
) -> Result<Vec<(Employee, Outcome)>> {
    calculate_from(conn, year, only, &year_pay(conn, year)?)
}

/// [`calculate`] from the year's pay already summed (for callers that need it too).
pub fn calculate_from(
    conn: &Connection,
    year: i32,
    only: Option<&str>,
    pay: &std::collections::HashMap<i64, YearPay>,
) -> Result<Vec<(Employee, Outcome)>> {
    let (_, last) = year_span(year)?;
    let mut out = Vec::new();
    let people = match only {
        Some(code) => vec![people::by_code(conn, code)?],
        None => people::all(conn)?,
    };
    for e in people {
        let Some(paid) = pay.get(&e.id).copied() else {
            continue;
        };
        let outcome = outcome(conn, &e, year, last, paid)?;
        out.push((e, outcome));
    }
    Ok(out)
}

fn outcome(
    conn: &Connection,
    e: &Employee,
    year: i32,
    last: NaiveDate,
    paid: YearPay,
) -> Result<Outcome> {
    if let Some(left) = e.leave_date.filter(|l| *l < last) {
        return Ok(Outcome::OutOfScope(OutOfScope::Left(left)));
    }
    let december = crate::kernel::period::Month { year, month: 12 };
    if store::setting_for(conn, e.id, december)?.is_some_and(|s| s.column == "otsu") {
        return Ok(Outcome::OutOfScope(OutOfScope::Otsu));
    }
    let d = declaration(conn, e.id, year)?;
    let input = input_of(&d, paid, last);
    if input.salary > yearend::SALARY_LIMIT {
        return Ok(Outcome::OutOfScope(OutOfScope::OverLimit));
    }
    Ok(Outcome::Adjusted(Box::new(yearend::adjust(&input)?)))
}

/// Age on `last` (the year's last day) of someone born on `birth`. A year of age is reached the
/// day before the birthday (年齢計算ニ関スル法律), so it is the calendar age on the next day:
/// born 2005-01-01 is 22 on 2026-12-31.
pub fn age(birth: NaiveDate, last: NaiveDate) -> u32 {
    let on = last.succ_opt().unwrap_or(last);
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years.max(0) as u32
}

/// The rules' input from the declaration and what the runs paid.
fn input_of(d: &Declaration, paid: YearPay, last: NaiveDate) -> YearEndInput {
    YearEndInput {
        salary: paid.taxable + d.previous_pay,
        withheld: paid.withheld + d.previous_tax,
        social_insurance: paid.social_insurance + d.previous_insurance + d.social_insurance_direct,
        small_business_mutual: d.small_business_mutual,
        life: LifePremiums {
            new_general: d.life_new_general,
            care_medical: d.life_care_medical,
            new_pension: d.life_new_pension,
            old_general: d.life_old_general,
            old_pension: d.life_old_pension,
        },
        earthquake: d.earthquake,
        old_long_term: d.old_long_term,
        spouse: d
            .spouse
            .as_ref()
            .map(|s| (s.income, age(s.birth, last) >= 70)),
        spouse_disability: d
            .spouse
            .as_ref()
            .map_or(Disability::None, |s| s.disability()),
        dependants: d
            .dependants
            .iter()
            .map(|r| Dependant {
                age: age(r.birth, last),
                income: r.income,
                lives_with: r.lives_with,
                disability: r.disability(),
            })
            .collect(),
        own: OwnStatus {
            disability: match d.disability.as_str() {
                "general" => Disability::General,
                "special" => Disability::Special,
                _ => Disability::None,
            },
            widow: d.widow,
            single_parent: d.single_parent,
            working_student: d.working_student,
        },
        other_income: d.other_income,
        housing_loan_credit: d.housing_loan_credit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_on_the_last_day_of_the_year() {
        let last = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        let born = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(age(born(2004, 12, 31), last), 22);
        assert_eq!(age(born(2005, 1, 1), last), 22);
        assert_eq!(age(born(2005, 1, 2), last), 21);
        assert_eq!(age(born(1957, 1, 1), last), 70);
        assert_eq!(age(born(1957, 1, 2), last), 69);
    }
}
