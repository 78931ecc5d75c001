//! From stored timecards to hours: loads a date range once, computes every day per employee
//! (daily rules, then the 40-hour week), and totals months. This is what payroll reads through
//! [`monthly_summary`].

use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;
use rust_decimal::Decimal;

use super::agreement::MonthLoad;
use super::hours::{
    DayHours, MonthHours, MonthlyRounding, Schedule, apply_weekly_limit, day_hours,
};
use super::settings::get as setting_or_default;
use super::{Calendar, DayKind, Holidays, store};
use crate::kernel::period::Month;
use crate::people::{self, Employee};

/// The company's attendance rules in force.
#[derive(Debug, Clone)]
pub struct Rules {
    /// Weekly statutory limit in minutes (40 h, or 44 h under the 特例).
    pub weekly_limit: i64,
    /// Monthly rounding of overtime, holiday and night totals.
    pub rounding: MonthlyRounding,
    /// Whether the 36協定 has a special clause.
    pub special_clause: bool,
    /// First month of the 36協定 year.
    pub agreement_start_month: u32,
}

impl Rules {
    /// Reads the settings.
    pub fn load(conn: &Connection) -> Result<Rules> {
        let weekly: i64 = setting_or_default(conn, "attendance_weekly_hours")?.parse()?;
        let start = setting_or_default(conn, "attendance_agreement_start_month")?;
        let start = if start.is_empty() {
            crate::company::Company::load(conn)?.fiscal_year_start
        } else {
            start.parse()?
        };
        Ok(Rules {
            weekly_limit: weekly * 60,
            rounding: MonthlyRounding::parse(&setting_or_default(
                conn,
                "attendance_monthly_rounding",
            )?)?,
            special_clause: setting_or_default(conn, "attendance_special_clause")? == "yes",
            agreement_start_month: start,
        })
    }
}

/// One employee's computed days over a range.
pub struct EmployeeDays {
    /// The employee.
    pub employee: Employee,
    /// The calendar that applies.
    pub calendar: Calendar,
    /// Each day with a timecard, in date order (including the lead-in days of the first week).
    pub days: Vec<DayHours>,
}

/// Everything loaded for a range.
pub struct Loaded {
    /// Per employee, in code order.
    pub employees: Vec<EmployeeDays>,
    /// Holidays of the range.
    pub holidays: Holidays,
    /// Leave taken: (employee id, date) → days.
    pub leave: HashMap<(i64, NaiveDate), Decimal>,
}

/// Computes every day from `from` to `to` (and the days before `from` in its first week, which
/// the 40-hour rule needs) for all employees or one.
pub fn load_days(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    only: Option<&str>,
    rules: &Rules,
) -> Result<Loaded> {
    let lead_in = from - chrono::Duration::days(6);
    let people: Vec<Employee> = match only {
        Some(code) => vec![people::by_code(conn, code)?],
        None => people::all(conn)?,
    };
    let calendars: HashMap<String, Calendar> = store::calendars(conn)?
        .into_iter()
        .map(|c| (c.code.clone(), c))
        .collect();
    let holidays = store::holidays_between(conn, lead_in, to + chrono::Duration::days(1))?;
    let leave = store::leave_between(conn, lead_in, to)?;
    let mut cards: HashMap<i64, Vec<crate::attendance::Timecard>> = HashMap::new();
    let one = people.first().filter(|_| only.is_some()).map(|e| e.id);
    for card in store::timecards_between(conn, lead_in, to, one)? {
        cards.entry(card.employee_id).or_default().push(card);
    }
    let mut employees = Vec::with_capacity(people.len());
    for employee in people {
        let calendar = calendars
            .get(&employee.calendar)
            .or_else(|| calendars.get("standard"))
            .cloned()
            .expect("the standard calendar exists");
        let schedule = Schedule {
            calendar: &calendar,
            holidays: &holidays,
            minutes_per_day: employee.minutes_per_day,
        };
        let mut days: Vec<DayHours> = cards
            .remove(&employee.id)
            .unwrap_or_default()
            .iter()
            .filter(|c| c.shift.date >= calendar.week_of(from))
            .map(|c| {
                let half = leave
                    .get(&(employee.id, c.shift.date))
                    .is_some_and(|d| !d.is_zero());
                day_hours(&c.shift, &schedule, half)
            })
            .collect();
        apply_weekly_limit(&mut days, &calendar, rules.weekly_limit);
        employees.push(EmployeeDays {
            employee,
            calendar,
            days,
        });
    }
    Ok(Loaded {
        employees,
        holidays,
        leave,
    })
}

/// One employee's month.
pub struct EmployeeMonth {
    /// The employee.
    pub employee: Employee,
    /// The totals.
    pub hours: MonthHours,
}

/// Every employee's (or one's) totals for a month, with the monthly rounding applied. Employees
/// not employed in the month are left out. Absences are counted up to `today`.
pub fn monthly_summary(
    conn: &Connection,
    month: Month,
    only: Option<&str>,
    today: NaiveDate,
) -> Result<Vec<EmployeeMonth>> {
    let rules = Rules::load(conn)?;
    let loaded = load_days(conn, month.first_day(), month.last_day(), only, &rules)?;
    let mut out = Vec::new();
    for e in &loaded.employees {
        let employed = e.employee.hire_date <= month.last_day()
            && e.employee.leave_date.is_none_or(|l| l >= month.first_day());
        if !employed {
            continue;
        }
        let hours = month_hours(e, &loaded, month, today, rules.rounding);
        out.push(EmployeeMonth {
            employee: e.employee.clone(),
            hours,
        });
    }
    Ok(out)
}

fn month_hours(
    e: &EmployeeDays,
    loaded: &Loaded,
    month: Month,
    today: NaiveDate,
    rounding: MonthlyRounding,
) -> MonthHours {
    let mut m = MonthHours::default();
    let in_month = |d: &NaiveDate| Month::of(*d) == month;
    for day in e
        .days
        .iter()
        .filter(|d| d.date.as_ref().is_some_and(in_month))
    {
        m.add(day);
    }
    let worked: std::collections::HashSet<NaiveDate> =
        e.days.iter().filter_map(|d| d.date).collect();
    let mut date = month.first_day();
    while date <= month.last_day() {
        let leave = loaded
            .leave
            .get(&(e.employee.id, date))
            .copied()
            .unwrap_or_default();
        m.paid_leave_days += leave;
        if e.employee.employed_on(date)
            && e.calendar.day_kind(&loaded.holidays, date) == DayKind::Workday
        {
            m.scheduled_days += 1;
            if date <= today && !worked.contains(&date) && leave < Decimal::ONE {
                m.absences += Decimal::ONE - leave;
            }
        }
        date = date.succ_opt().expect("a next day");
    }
    m.finish(rounding);
    m
}

/// Unrounded statutory overtime and holiday minutes per month, `from` to `to`, per employee id
/// (the inputs of the 36協定 checks).
pub fn month_loads(
    conn: &Connection,
    from: Month,
    to: Month,
    rules: &Rules,
) -> Result<HashMap<i64, Vec<MonthLoad>>> {
    let loaded = load_days(conn, from.first_day(), to.last_day(), None, rules)?;
    let mut out = HashMap::new();
    for e in loaded.employees {
        let mut loads: Vec<MonthLoad> = Vec::new();
        for day in e.days.iter() {
            let Some(date) = day.date else { continue };
            let month = Month::of(date);
            if month < from {
                continue;
            }
            if loads.last().is_none_or(|l| l.month != month) {
                loads.push(MonthLoad {
                    month,
                    overtime: 0,
                    holiday: 0,
                });
            }
            let l = loads.last_mut().expect("pushed");
            l.overtime += day.overtime();
            l.holiday += day.statutory_holiday;
        }
        out.insert(e.employee.id, loads);
    }
    Ok(out)
}
