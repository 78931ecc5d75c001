//! Monthly summary, checks, closing and reopening.

use anyhow::{Result, bail};

use super::super::agreement::{self, Severity};
use super::super::report::{self, CheckLine};
use super::super::summary::{Rules, load_days, month_loads, monthly_summary};
use super::super::{leave, store};
use crate::cli::Ctx;
use crate::company::Company;
use crate::kernel::db;
use crate::kernel::error::Exit;
use crate::kernel::period::{Month, today};
use crate::people::{self, Employment};

/// `attendance summary`.
pub fn summary(ctx: &Ctx, month: &str, employee: Option<&str>) -> Result<()> {
    let month = Month::parse(month)?;
    let db = ctx.open()?;
    let company = Company::load(&db.conn)?;
    let rows = monthly_summary(&db.conn, month, employee, today()?)?;
    let mut r = report::summary(&rows, company.currency);
    if !store::is_closed(&db.conn, month)? {
        r.notes
            .push(format!("{month} is open: figures may still change"));
    }
    ctx.print(&r, ctx.lang(&company))
}

/// `attendance check`: findings for the month; exit 4 when a limit is broken.
pub fn check(ctx: &Ctx, month: &str) -> Result<()> {
    let month = Month::parse(month)?;
    let db = ctx.open()?;
    let company = Company::load(&db.conn)?;
    let lines = findings(&db.conn, month)?;
    let failed = lines
        .iter()
        .filter(|l| l.severity == Severity::Fail)
        .count();
    let mut r = report::check(&lines, company.currency);
    if lines.is_empty() {
        r.notes.push(format!("{month}: no findings"));
    }
    ctx.print(&r, ctx.lang(&company))?;
    if failed > 0 {
        return Err(Exit::check_failed(format!(
            "{failed} limit(s) broken in {month}"
        )));
    }
    Ok(())
}

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
                        super::super::hours::required_break(d.worked)
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

/// `attendance close`: refused while any day of the month is missing a punch.
pub fn close(ctx: &Ctx, month: &str) -> Result<()> {
    let month = Month::parse(month)?;
    let mut db = ctx.open()?;
    let now = chrono::Local::now()
        .naive_local()
        .format("%Y-%m-%d %H:%M:%S")
        .to_string();
    db::write(&mut db, "attendance close", |tx| {
        if store::is_closed(tx, month)? {
            bail!("{month} is already closed");
        }
        let incomplete: Vec<store::Timecard> =
            store::timecards_between(tx, month.first_day(), month.last_day(), None)?
                .into_iter()
                .filter(|c| c.shift.is_incomplete())
                .collect();
        if !incomplete.is_empty() {
            let codes: std::collections::HashMap<i64, String> = people::store::list(tx)?
                .into_iter()
                .map(|e| (e.id, e.code))
                .collect();
            let named: Vec<String> = incomplete
                .iter()
                .take(10)
                .map(|c| {
                    let code = codes.get(&c.employee_id).map_or("?", String::as_str);
                    format!("{code} on {}", c.shift.date)
                })
                .collect();
            bail!(
                "{month} cannot be closed: {} timecard(s) miss a punch: {}\nhint: `bko attendance edit EMPLOYEE DATE --out HH:MM --reason TEXT`",
                incomplete.len(),
                named.join(", ")
            );
        }
        store::close_month(tx, month, &now)?;
        Ok(((), format!("closed attendance month {month}")))
    })?;
    ctx.ui.info(format!("attendance {month} closed"));
    Ok(())
}

/// `attendance reopen`.
pub fn reopen(ctx: &Ctx, month: &str, force: bool, reason: Option<String>) -> Result<()> {
    let month = Month::parse(month)?;
    if !force {
        bail!(
            "reopening {month} changes hours payroll may have used; add --force (and --reason) to do it"
        );
    }
    let mut db = ctx.open()?;
    db::write(&mut db, "attendance reopen", |tx| {
        if !store::reopen_month(tx, month)? {
            bail!("{month} is not closed");
        }
        Ok((
            (),
            format!(
                "reopened attendance month {month}: {}",
                reason.as_deref().unwrap_or("no reason given")
            ),
        ))
    })?;
    ctx.ui.info(format!("attendance {month} reopened"));
    Ok(())
}
