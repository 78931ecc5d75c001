//! `bko attendance leave ...`: grants, taking leave, balances, the 5-days duty.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Subcommand;
use rust_decimal::Decimal;

use super::super::entitlement::grant_statutory;
use super::super::leave::{self, Grant};
use super::super::{ops, report};
use crate::company::Company;
use crate::kernel::clock::today;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::period::parse_date;
use crate::people::{self, Employment};

/// Leave commands.
#[derive(Debug, Subcommand)]
pub enum LeaveCommand {
    /// Grant leave: the statutory grants (39条) due up to a date for everyone (or one
    /// employee), or with --days a manual grant (carry-over from another system, 前倒し付与).
    Grant {
        /// Only this employee.
        employee: Option<String>,
        /// Statutory grants due up to this date (default: today).
        #[arg(long, value_parser = parse_date)]
        as_of: Option<NaiveDate>,
        /// A manual grant of this many days.
        #[arg(long)]
        days: Option<String>,
        /// The manual grant's date (default: today).
        #[arg(long, value_parser = parse_date)]
        on: Option<NaiveDate>,
        /// Note for a manual grant.
        #[arg(long)]
        note: Option<String>,
    },
    /// Record paid leave taken on a date (a whole day, or --half).
    Take {
        /// Employee code.
        employee: String,
        /// The date.
        #[arg(value_parser = parse_date)]
        date: NaiveDate,
        /// Half a day.
        #[arg(long)]
        half: bool,
        /// Note.
        #[arg(long)]
        note: Option<String>,
    },
    /// Cancel leave recorded on a date.
    Cancel {
        /// Employee code.
        employee: String,
        /// The date.
        #[arg(value_parser = parse_date)]
        date: NaiveDate,
    },
    /// Days granted, used, remaining and expiring per employee (年次有給休暇管理簿).
    Balance {
        /// The date (default: today).
        #[arg(long, value_parser = parse_date)]
        as_of: Option<NaiveDate>,
        /// Only this employee.
        #[arg(long)]
        employee: Option<String>,
    },
    /// Employees at risk of missing the 5 days a year they must take (39条7項).
    Obligation {
        /// The date (default: today).
        #[arg(long, value_parser = parse_date)]
        as_of: Option<NaiveDate>,
    },
}

/// Runs a leave command.
pub fn run(ctx: &Ctx, cmd: LeaveCommand) -> Result<()> {
    match cmd {
        LeaveCommand::Grant {
            employee,
            days: Some(days),
            on,
            note,
            ..
        } => manual_grant(ctx, employee, &days, on, note),
        LeaveCommand::Grant {
            employee, as_of, ..
        } => statutory_grants(ctx, employee.as_deref(), as_of.unwrap_or(today()?)),
        LeaveCommand::Take {
            employee,
            date,
            half,
            note,
        } => take(ctx, &employee, date, half, note),
        LeaveCommand::Cancel { employee, date } => cancel(ctx, &employee, date),
        LeaveCommand::Balance { as_of, employee } => {
            balance(ctx, as_of.unwrap_or(today()?), employee.as_deref())
        }
        LeaveCommand::Obligation { as_of } => obligation(ctx, as_of.unwrap_or(today()?)),
    }
}

/// `attendance leave grant EMPLOYEE --days N`: a grant by hand (whole or half days).
fn manual_grant(
    ctx: &Ctx,
    employee: Option<String>,
    days: &str,
    on: Option<NaiveDate>,
    note: Option<String>,
) -> Result<()> {
    let Some(code) = employee else {
        bail!("a manual grant needs the employee");
    };
    let days: Decimal = days
        .trim()
        .parse()
        .ok()
        .filter(|d: &Decimal| *d > Decimal::ZERO && (*d * Decimal::TWO).fract().is_zero())
        .ok_or_else(|| anyhow::anyhow!("'{days}' is not a number of days (e.g. 5 or 2.5)"))?;
    let on = on.unwrap_or(today()?);
    let mut db = ctx.open()?;
    db::write(&mut db, "attendance leave grant", |tx| {
        let e = people::by_code(tx, &code)?;
        let g = Grant {
            granted_on: on,
            days,
            expires_on: leave::expires_on(on),
        };
        if !ops::insert_grant(tx, e.id, &g, "manual", note.as_deref())? {
            bail!("{code} already has a grant on {on}");
        }
        Ok(((), format!("granted {code} {days} days on {on}")))
    })?;
    ctx.ui.info(format!(
        "granted {code} {days} days on {on}, usable until {}",
        leave::expires_on(on)
    ));
    Ok(())
}

/// `attendance leave cancel`.
fn cancel(ctx: &Ctx, employee: &str, date: NaiveDate) -> Result<()> {
    let mut db = ctx.open()?;
    db::write(&mut db, "attendance leave cancel", |tx| {
        let e = people::by_code(tx, employee)?;
        if !ops::delete_taken(tx, e.id, date)? {
            bail!("{employee} has no leave recorded on {date}");
        }
        Ok(((), format!("cancelled {employee}'s leave on {date}")))
    })?;
    ctx.ui
        .info(format!("cancelled {employee}'s leave on {date}"));
    Ok(())
}

fn statutory_grants(ctx: &Ctx, only: Option<&str>, as_of: NaiveDate) -> Result<()> {
    let mut db = ctx.open()?;
    let granted = db::write(&mut db, "attendance leave grant", |tx| {
        let people = match only {
            Some(code) => vec![people::by_code(tx, code)?],
            None => people::all(tx)?,
        };
        let granted = grant_statutory(tx, &people, as_of)?;
        let summary = format!(
            "statutory leave grants up to {as_of}: {} added",
            granted.added
        );
        Ok((granted, summary))
    })?;
    for s in &granted.skipped {
        ctx.ui
            .warn(format!("no grant for {s}: under the 80% 39条 requires"));
    }
    for s in &granted.unchecked {
        ctx.ui.warn(format!(
            "granted {s}: bko does not hold the timecards of the whole year before it, so \
             the 80% attendance could not be checked"
        ));
    }
    ctx.ui.info(format!(
        "{} leave grants added up to {as_of}",
        granted.added
    ));
    Ok(())
}

fn take(ctx: &Ctx, code: &str, date: NaiveDate, half: bool, note: Option<String>) -> Result<()> {
    let days = if half {
        Decimal::new(5, 1)
    } else {
        Decimal::ONE
    };
    let mut db = ctx.open()?;
    let left = db::write(&mut db, "attendance leave take", |tx| {
        let left = ops::take_leave(tx, code, date, days, half, note.as_deref())?;
        Ok((
            left,
            format!("{code} takes {days} day(s) of leave on {date}"),
        ))
    })?;
    ctx.ui.info(format!(
        "{code}: {} day(s) of leave on {date}; {} left",
        days.normalize(),
        left.normalize()
    ));
    Ok(())
}

fn balance(ctx: &Ctx, as_of: NaiveDate, only: Option<&str>) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let people = match only {
        Some(code) => vec![people::by_code(&db.conn, code)?],
        None => people::all(&db.conn)?
            .into_iter()
            .filter(|e| e.employed_on(as_of))
            .collect(),
    };
    let mut rows = Vec::new();
    for e in people {
        let (grants, taken) = ops::leave_record(&db.conn, e.id)?;
        let b = leave::balance(&grants, &taken, as_of);
        let next = leave::grant_dates(e.hire_date, as_of + chrono::Months::new(12))
            .into_iter()
            .find(|(_, d)| *d > as_of)
            .filter(|_| e.employment != Employment::Officer)
            .map(|(nth, d)| {
                (
                    d,
                    leave::statutory_days(nth, e.days_per_week, e.minutes_per_day),
                )
            });
        rows.push((e, b, next));
    }
    ctx.print(&report::balances(&rows, as_of, company.currency), lang)
}

fn obligation(ctx: &Ctx, as_of: NaiveDate) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let mut rows = Vec::new();
    for e in people::all(&db.conn)?
        .into_iter()
        .filter(|e| e.employed_on(as_of))
    {
        let (grants, taken) = ops::leave_record(&db.conn, e.id)?;
        for o in leave::obligations(&grants, &taken) {
            let current = o.granted_on <= as_of && as_of <= o.deadline;
            let recently_missed = o.deadline < as_of
                && o.deadline + chrono::Months::new(12) >= as_of
                && !o.missing.is_zero();
            if !current && !recently_missed {
                continue;
            }
            let status = if o.missing.is_zero() {
                "ok"
            } else if recently_missed {
                "missed"
            } else {
                "at_risk"
            };
            rows.push((e.clone(), o, status));
        }
    }
    ctx.print(&report::obligations(&rows, company.currency), lang)
}
