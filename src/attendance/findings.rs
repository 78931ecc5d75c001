//! What `attendance check` (and the month-end close) finds in a month: missing punches, short
//! breaks, 36協定 limits and the 5-days leave duty.

use anyhow::Result;

use super::agreement::{self, Severity};
use super::report::CheckLine;
use super::summary::{Rules, load_days, month_loads};
use super::{leave, store};
use crate::kernel::period::Month;
use crate::people::{self, Employment};

/// Every finding for a month: missing punches and short breaks (warn), 36協定 limits, and the
/// 5-days leave duty (fail when a deadline in the month was missed, warn when one is near).
pub fn findings(conn: &rusqlite::Connection, month: Month) -> Result<Vec<CheckLine>> {
    let rules = Rules::load(conn)?;
    let mut lines = Vec::new();
    let loaded = load_days(conn, month.first_day(), month.last_day(), None, &rules)?;
    for e in &loaded.employees {
        let code = &e.employee.code;
        for d in e
            .days
            .iter()
            .filter(|d| d.date.is_some_and(|x| Month::of(x) == month))
        {
            let date = d.date.expect("dated");
            if d.incomplete {
                lines.push(line(
                    &e.employee,
                    "missing_punch",
                    Severity::Warn,
                    format!("{date}: a clock is missing"),
                    format!("bko attendance edit {code} {date} --out HH:MM --reason TEXT"),
                ));
            } else if d.short_break {
                lines.push(line(
                    &e.employee,
                    "short_break",
                    Severity::Warn,
                    format!(
                        "{date}: break {} min for {} worked (34条 needs {})",
                        d.break_taken,
                        people::hours_minutes(d.worked),
                        super::hours::required_break(d.worked)
                    ),
                    format!("bko attendance edit {code} {date} --break MIN --reason TEXT"),
                ));
            }
        }
    }
    let year_start = agreement::agreement_year_start(month, rules.agreement_start_month);
    let mut from = month;
    for _ in 0..5 {
        from = from.prev();
    }
    let loads = month_loads(conn, from.min(year_start), month, &rules)?;
    for e in &loaded.employees {
        let employed = e.employee.hire_date <= month.last_day()
            && e.employee.leave_date.is_none_or(|l| l >= month.first_day());
        if !employed || e.employee.employment == Employment::Officer {
            continue;
        }
        let empty = Vec::new();
        let l = loads.get(&e.employee.id).unwrap_or(&empty);
        for f in agreement::check(l, month, year_start, rules.special_clause) {
            lines.push(line(
                &e.employee,
                f.rule,
                f.severity,
                f.detail,
                "review the 36協定 and the work schedule".into(),
            ));
        }
        leave_duty(conn, &e.employee, month, &mut lines)?;
    }
    Ok(lines)
}

fn leave_duty(
    conn: &rusqlite::Connection,
    e: &people::Employee,
    month: Month,
    lines: &mut Vec<CheckLine>,
) -> Result<()> {
    let grants = store::grants(conn, e.id)?;
    let taken = store::taken(conn, e.id)?;
    let soon = month.next().next().next().last_day();
    for o in leave::obligations(&grants, &taken) {
        if o.missing.is_zero() {
            continue;
        }
        let fix = format!("bko attendance leave take {} DATE", e.code);
        if Month::of(o.deadline) == month {
            lines.push(line(
                e,
                "leave_5_days",
                Severity::Fail,
                format!(
                    "only {} of 5 leave days taken in the year from {} to {}",
                    o.taken.normalize(),
                    o.granted_on,
                    o.deadline
                ),
                fix,
            ));
        } else if o.deadline > month.last_day()
            && o.deadline <= soon
            && o.granted_on <= month.last_day()
        {
            lines.push(line(
                e,
                "leave_5_days",
                Severity::Warn,
                format!(
                    "{} of 5 leave days taken; {} more due by {}",
                    o.taken.normalize(),
                    o.missing.normalize(),
                    o.deadline
                ),
                fix,
            ));
        }
    }
    Ok(())
}

fn line(
    e: &people::Employee,
    rule: &str,
    severity: Severity,
    detail: String,
    fix: String,
) -> CheckLine {
    CheckLine {
        employee: e.code.clone(),
        name: e.name.clone(),
        rule: rule.to_string(),
        severity,
        detail,
        fix,
    }
}
