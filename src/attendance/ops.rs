//! Attendance operations and reads for the commands (corrections, imports and summaries have
//! their own modules): taking paid leave, punching the clock, closing a month. Each takes the
//! transaction and typed input and returns the outcome; the commands never reach the store.

use anyhow::{Result, bail};
use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;
use rust_decimal::Decimal;

use super::leave::{self, Grant, Taken};
use super::{Shift, Timecard, clock_text, known_break_minutes, minutes_since, store};
use crate::kernel::period::Month;
use crate::people;

/// Records `days` of paid leave (1 or 0.5) on a scheduled work day of an employed, open month,
/// within the balance; returns the days left.
pub fn take_leave(
    tx: &Connection,
    code: &str,
    date: NaiveDate,
    days: Decimal,
    half: bool,
    note: Option<&str>,
) -> Result<Decimal> {
    let e = people::by_code(tx, code)?;
    if !e.employed_on(date) {
        bail!("{code} is not employed on {date}");
    }
    if store::is_closed(tx, Month::of(date))? {
        return Err(crate::kernel::error::hinted(
            format!("{} is closed", Month::of(date)),
            format!(
                "`bko attendance reopen --month {} --force` first",
                Month::of(date)
            ),
        ));
    }
    let calendar = store::calendar(tx, &e.calendar)?;
    let holidays = store::holidays_between(tx, date, date)?;
    if calendar.day_kind(&holidays, date) != crate::attendance::DayKind::Workday {
        bail!("{date} is not a scheduled work day for {code}; paid leave is taken on work days");
    }
    if !half && store::timecard(tx, e.id, date)?.is_some() {
        bail!(
            "{code} worked on {date}; a whole day of leave cannot be taken (use --half, or correct the timecard)"
        );
    }
    let grants = store::grants(tx, e.id)?;
    let mut taken = store::taken(tx, e.id)?;
    let before = leave::balance(&grants, &taken, date);
    taken.push(Taken { date, days });
    let after = leave::balance(&grants, &taken, date);
    if after.uncovered > before.uncovered {
        return Err(crate::kernel::error::hinted(
            format!(
                "{code} has {} days of leave on {date}, not enough for {}",
                before.remaining.normalize(),
                days.normalize()
            ),
            "`bko attendance leave grant` adds the statutory grants due",
        ));
    }
    store::insert_taken(tx, e.id, &Taken { date, days }, note)?;
    Ok(after.remaining)
}

/// A punch (in, out, break-start, break-end) at a time: a new timecard on clocking in, the open
/// one completed otherwise. Returns what happened, as a sentence.
pub fn punch(tx: &Connection, code: &str, kind: &str, at: NaiveDateTime) -> Result<String> {
    let e = people::by_code(tx, code)?;
    let open = store::open_timecard(tx, e.id, at.date())?;
    let message = match (kind, open) {
        ("in", Some(card)) => bail!(
            "{code} is already clocked in since {} {}; punch out first",
            card.shift.date,
            card.shift.clock_in.map(clock_text).unwrap_or_default()
        ),
        ("in", None) => {
            let date = at.date();
            if !e.employed_on(date) {
                bail!("{code} is not employed on {date}");
            }
            let shift = Shift {
                date,
                clock_in: Some(minutes_since(date, at)?),
                clock_out: None,
                break_minutes: 0,
                breaks: Vec::new(),
            };
            if !store::insert_timecard(tx, e.id, &shift, None, "punch")? {
                return Err(crate::kernel::error::hinted(
                    format!("{code} already has a timecard on {date}"),
                    "correct it with `bko attendance edit`",
                ));
            }
            format!("{code} in at {}", at.format("%Y-%m-%d %H:%M"))
        }
        (_, None) => bail!("{code} is not clocked in"),
        (kind, Some(mut card)) => {
            let minute = minutes_since(card.shift.date, at)?;
            let shift = &mut card.shift;
            match kind {
                "out" => shift.clock_out = Some(minute),
                "break-start" => {
                    if shift.breaks.last().is_some_and(|b| b.1.is_none()) {
                        bail!("{code} is already on a break");
                    }
                    shift.breaks.push((minute, None));
                }
                _ => match shift.breaks.last_mut() {
                    Some((_, end @ None)) => *end = Some(minute),
                    _ => bail!("{code} is not on a break"),
                },
            }
            shift.break_minutes = known_break_minutes(&shift.breaks);
            if kind == "out" && shift.breaks.last().is_some_and(|b| b.1.is_none()) {
                bail!("{code} is still on a break; punch break-end first");
            }
            shift.validate()?;
            store::update_timecard(tx, card.id, shift, card.note.as_deref(), "punch")?;
            format!("{code} {kind} at {}", at.format("%Y-%m-%d %H:%M"))
        }
    };
    Ok(message)
}

/// Closes a month for payroll; refused while a timecard misses a punch (the first ten named).
pub fn close_month(tx: &Connection, month: Month, now: &str) -> Result<()> {
    if store::is_closed(tx, month)? {
        bail!("{month} is already closed");
    }
    let incomplete: Vec<crate::attendance::Timecard> =
        store::timecards_between(tx, month.first_day(), month.last_day(), None)?
            .into_iter()
            .filter(|c| c.shift.is_incomplete())
            .collect();
    if !incomplete.is_empty() {
        let codes: std::collections::HashMap<i64, String> = people::all(tx)?
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
        return Err(crate::kernel::error::hinted(
            format!(
                "{month} cannot be closed: {} timecard(s) miss a punch: {}",
                incomplete.len(),
                named.join(", ")
            ),
            "`bko attendance edit EMPLOYEE DATE --out HH:MM --reason TEXT`",
        ));
    }
    store::close_month(tx, month, now)?;
    Ok(())
}

/// The holidays of a year (or every one): (date, name, kind).
pub fn list_holidays(
    conn: &Connection,
    year: Option<i32>,
) -> Result<Vec<(NaiveDate, String, String)>> {
    store::list_holidays(conn, year)
}

/// Adds a holiday; false when the date already was one.
pub fn save_holiday(tx: &Connection, date: NaiveDate, name: &str, kind: &str) -> Result<bool> {
    store::save_holiday(tx, date, name, kind)
}

/// Removes a holiday; false when there was none.
pub fn remove_holiday(tx: &Connection, date: NaiveDate) -> Result<bool> {
    store::remove_holiday(tx, date)
}

/// Reopens a closed month; false when it was not closed.
pub fn reopen_month(tx: &Connection, month: Month) -> Result<bool> {
    store::reopen_month(tx, month)
}

/// The timecards of a period (of one employee, or all).
pub fn timecards_between(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    employee_id: Option<i64>,
) -> Result<Vec<Timecard>> {
    store::timecards_between(conn, from, to, employee_id)
}

/// An employee's timecard history (every correction, who and why).
pub fn history(conn: &Connection, employee_id: i64) -> Result<Vec<store::HistoryRow>> {
    store::history(conn, employee_id)
}

/// An employee's leave grants and leave taken.
pub fn leave_record(conn: &Connection, employee_id: i64) -> Result<(Vec<Grant>, Vec<Taken>)> {
    Ok((
        store::grants(conn, employee_id)?,
        store::taken(conn, employee_id)?,
    ))
}

/// Records a grant; false when one of that date exists.
pub fn insert_grant(
    tx: &Connection,
    employee_id: i64,
    grant: &Grant,
    source: &str,
    note: Option<&str>,
) -> Result<bool> {
    store::insert_grant(tx, employee_id, grant, source, note)
}

/// Removes leave taken on a date; false when there was none.
pub fn delete_taken(tx: &Connection, employee_id: i64, date: NaiveDate) -> Result<bool> {
    store::delete_taken(tx, employee_id, date)
}
