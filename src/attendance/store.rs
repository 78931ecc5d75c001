//! SQL for calendars, holidays, timecards, closed months and paid leave.

use super::Timecard;
use std::collections::HashMap;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};
use rust_decimal::Decimal;

use super::leave::{Grant, Taken};
use super::{Calendar, Holidays, Shift, breaks_text, parse_breaks, parse_weekday, parse_workdays};
use crate::kernel::period::Month;

const CALENDAR: &str = "SELECT id, code, name, workdays, statutory_holiday, week_start,
    national_holidays_off, start_minute, end_minute, break_minutes FROM work_calendar";

fn calendar_from_row(r: &Row) -> rusqlite::Result<Calendar> {
    let text = |i| r.get::<_, String>(i);
    Ok(Calendar {
        id: r.get(0)?,
        code: r.get(1)?,
        name: r.get(2)?,
        workdays: parse_workdays(&text(3)?).unwrap_or([false, true, true, true, true, true, false]),
        statutory_holiday: parse_weekday(&text(4)?).unwrap_or(chrono::Weekday::Sun),
        week_start: parse_weekday(&text(5)?).unwrap_or(chrono::Weekday::Sun),
        national_holidays_off: r.get(6)?,
        start: r.get(7)?,
        end: r.get(8)?,
        break_minutes: r.get(9)?,
    })
}

/// Every work calendar, by id.
pub fn calendars(conn: &Connection) -> Result<Vec<Calendar>> {
    let mut stmt = conn.prepare(&format!("{CALENDAR} ORDER BY id"))?;
    let rows = stmt.query_map([], calendar_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A calendar by code.
pub fn calendar(conn: &Connection, code: &str) -> Result<Calendar> {
    let found = conn
        .query_row(
            &format!("{CALENDAR} WHERE code = ?1"),
            [code],
            calendar_from_row,
        )
        .optional()?;
    match found {
        Some(c) => Ok(c),
        None => Err(crate::kernel::error::hinted(
            format!("unknown work calendar '{code}'"),
            "`bko attendance calendar list`",
        )),
    }
}

/// Adds a calendar, or writes every field of an existing one (by code).
pub fn save_calendar(conn: &Connection, c: &Calendar) -> Result<()> {
    conn.execute(
        "INSERT INTO work_calendar (code, name, workdays, statutory_holiday, week_start,
            national_holidays_off, start_minute, end_minute, break_minutes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (code) DO UPDATE SET name = excluded.name, workdays = excluded.workdays,
            statutory_holiday = excluded.statutory_holiday, week_start = excluded.week_start,
            national_holidays_off = excluded.national_holidays_off,
            start_minute = excluded.start_minute, end_minute = excluded.end_minute,
            break_minutes = excluded.break_minutes",
        params![
            c.code,
            c.name,
            c.workdays_text(),
            super::weekday_key(c.statutory_holiday),
            super::weekday_key(c.week_start),
            c.national_holidays_off,
            c.start,
            c.end,
            c.break_minutes
        ],
    )?;
    Ok(())
}

/// Holidays between two dates (inclusive).
pub fn holidays_between(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Holidays> {
    let mut h = Holidays::default();
    let mut stmt = conn.prepare("SELECT date, kind FROM holiday WHERE date BETWEEN ?1 AND ?2")?;
    let rows = stmt.query_map(params![from, to], |r| {
        Ok((r.get::<_, NaiveDate>(0)?, r.get::<_, String>(1)?))
    })?;
    for row in rows {
        let (date, kind) = row?;
        if kind == "national" {
            h.national.insert(date);
        } else {
            h.company.insert(date);
        }
    }
    Ok(h)
}

/// Holidays of a year (or all): (date, name, kind).
pub fn list_holidays(
    conn: &Connection,
    year: Option<i32>,
) -> Result<Vec<(NaiveDate, String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT date, name, kind FROM holiday WHERE ?1 IS NULL OR substr(date, 1, 4) = ?1
         ORDER BY date",
    )?;
    let rows = stmt.query_map([year.map(|y| format!("{y:04}"))], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Adds a holiday or renames one; returns whether it was new.
pub fn save_holiday(conn: &Connection, date: NaiveDate, name: &str, kind: &str) -> Result<bool> {
    let existed = conn
        .query_row("SELECT 1 FROM holiday WHERE date = ?1", [date], |_| Ok(()))
        .optional()?
        .is_some();
    conn.prepare_cached(
        "INSERT INTO holiday (date, name, kind) VALUES (?1, ?2, ?3)
         ON CONFLICT (date) DO UPDATE SET name = excluded.name, kind = excluded.kind",
    )?
    .execute(params![date, name, kind])?;
    Ok(!existed)
}

/// Removes a holiday; false when there was none.
pub fn remove_holiday(conn: &Connection, date: NaiveDate) -> Result<bool> {
    Ok(conn.execute("DELETE FROM holiday WHERE date = ?1", [date])? > 0)
}

const TIMECARD: &str = "SELECT id, employee_id, work_date, clock_in, clock_out, break_minutes,
    breaks, note, source FROM timecard";

fn timecard_from_row(r: &Row) -> rusqlite::Result<Timecard> {
    let breaks: Option<String> = r.get(6)?;
    Ok(Timecard {
        id: r.get(0)?,
        employee_id: r.get(1)?,
        shift: Shift {
            date: r.get(2)?,
            clock_in: r.get(3)?,
            clock_out: r.get(4)?,
            break_minutes: r.get(5)?,
            breaks: breaks.map(|b| parse_breaks(&b)).unwrap_or_default(),
        },
        note: r.get(7)?,
        source: r.get(8)?,
    })
}

/// An employee's timecard for a date, if any.
pub fn timecard(conn: &Connection, employee_id: i64, date: NaiveDate) -> Result<Option<Timecard>> {
    Ok(conn
        .prepare_cached(&format!(
            "{TIMECARD} WHERE employee_id = ?1 AND work_date = ?2"
        ))?
        .query_row(params![employee_id, date], timecard_from_row)
        .optional()?)
}

/// The employee's latest timecard on or before `date` still missing its clock-out.
pub fn open_timecard(
    conn: &Connection,
    employee_id: i64,
    date: NaiveDate,
) -> Result<Option<Timecard>> {
    Ok(conn
        .query_row(
            &format!(
                "{TIMECARD} WHERE employee_id = ?1 AND work_date BETWEEN date(?2, '-1 day') AND ?2
                   AND clock_in IS NOT NULL AND clock_out IS NULL
                 ORDER BY work_date DESC LIMIT 1"
            ),
            params![employee_id, date],
            timecard_from_row,
        )
        .optional()?)
}

/// Inserts timecards with one prepared statement (imports insert many). The caller has checked
/// that the month is open (there is no INSERT trigger, for speed).
pub struct TimecardInserter<'c> {
    stmt: rusqlite::Statement<'c>,
}

impl<'c> TimecardInserter<'c> {
    /// Prepares the statement.
    pub fn new(conn: &'c Connection) -> Result<TimecardInserter<'c>> {
        Ok(TimecardInserter {
            stmt: conn.prepare(
                "INSERT INTO timecard (employee_id, work_date, clock_in, clock_out, break_minutes,
                    breaks, note, source)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT (employee_id, work_date) DO NOTHING",
            )?,
        })
    }

    /// Inserts a timecard unless the employee has one for that date; returns whether it did.
    pub fn insert(
        &mut self,
        employee_id: i64,
        shift: &Shift,
        note: Option<&str>,
        source: &str,
    ) -> Result<bool> {
        let breaks = (!shift.breaks.is_empty()).then(|| breaks_text(&shift.breaks));
        let n = self
            .stmt
            .execute(params![
                employee_id,
                shift.date.to_string(),
                shift.clock_in,
                shift.clock_out,
                shift.break_minutes,
                breaks,
                note,
                source
            ])
            .map_err(closed_month_error)?;
        Ok(n == 1)
    }
}

/// Inserts one timecard unless the employee has one for that date; returns whether it did.
pub fn insert_timecard(
    conn: &Connection,
    employee_id: i64,
    shift: &Shift,
    note: Option<&str>,
    source: &str,
) -> Result<bool> {
    if is_closed(conn, Month::of(shift.date))? {
        return Err(crate::kernel::error::hinted(
            format!("the attendance month {} is closed", Month::of(shift.date)),
            format!(
                "`bko attendance reopen --month {} --force` first",
                Month::of(shift.date)
            ),
        ));
    }
    TimecardInserter::new(conn)?.insert(employee_id, shift, note, source)
}

/// Overwrites a timecard's times and note.
pub fn update_timecard(
    conn: &Connection,
    id: i64,
    shift: &Shift,
    note: Option<&str>,
    source: &str,
) -> Result<()> {
    let breaks = (!shift.breaks.is_empty()).then(|| breaks_text(&shift.breaks));
    conn.prepare_cached(
        "UPDATE timecard SET clock_in = ?2, clock_out = ?3, break_minutes = ?4, breaks = ?5,
            note = ?6, source = ?7 WHERE id = ?1",
    )?
    .execute(params![
        id,
        shift.clock_in,
        shift.clock_out,
        shift.break_minutes,
        breaks,
        note,
        source
    ])
    .map_err(closed_month_error)?;
    Ok(())
}

/// Deletes a timecard.
pub fn delete_timecard(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM timecard WHERE id = ?1", [id])
        .map_err(closed_month_error)?;
    Ok(())
}

/// Keeps the values a correction replaces.
pub fn record_history(
    conn: &Connection,
    old: &Timecard,
    action: &str,
    reason: &str,
    now: &str,
) -> Result<()> {
    let breaks = (!old.shift.breaks.is_empty()).then(|| breaks_text(&old.shift.breaks));
    conn.prepare_cached(
        "INSERT INTO timecard_history (employee_id, work_date, action, clock_in, clock_out,
            break_minutes, breaks, note, source, reason, changed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        old.employee_id,
        old.shift.date,
        action,
        old.shift.clock_in,
        old.shift.clock_out,
        old.shift.break_minutes,
        breaks,
        old.note,
        old.source,
        reason,
        now
    ])?;
    Ok(())
}

/// One replaced value: (work date, action, old shift, old note, reason, changed at).
pub type HistoryRow = (NaiveDate, String, Shift, Option<String>, String, String);

/// An employee's correction history, oldest first.
pub fn history(conn: &Connection, employee_id: i64) -> Result<Vec<HistoryRow>> {
    let mut stmt = conn.prepare(
        "SELECT work_date, action, clock_in, clock_out, break_minutes, breaks, note, reason,
            changed_at FROM timecard_history WHERE employee_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([employee_id], |r| {
        let breaks: Option<String> = r.get(5)?;
        Ok((
            r.get(0)?,
            r.get(1)?,
            Shift {
                date: r.get(0)?,
                clock_in: r.get(2)?,
                clock_out: r.get(3)?,
                break_minutes: r.get::<_, Option<i64>>(4)?.unwrap_or(0),
                breaks: breaks.map(|b| parse_breaks(&b)).unwrap_or_default(),
            },
            r.get(6)?,
            r.get(7)?,
            r.get(8)?,
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Timecards between two dates, by employee then date; optionally one employee's.
pub fn timecards_between(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    employee_id: Option<i64>,
) -> Result<Vec<Timecard>> {
    let mut stmt = conn.prepare(&format!(
        "{TIMECARD} WHERE work_date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR employee_id = ?3)
         ORDER BY employee_id, work_date"
    ))?;
    let rows = stmt.query_map(params![from, to, employee_id], timecard_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The first and last day with a timecard of anyone: the span bko holds records for.
pub fn timecard_span(conn: &Connection) -> Result<Option<(NaiveDate, NaiveDate)>> {
    let (first, last): (Option<NaiveDate>, Option<NaiveDate>) = conn.query_row(
        "SELECT min(work_date), max(work_date) FROM timecard",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(first.zip(last))
}

/// Timecards after a date (checked before a leave date is set).
pub fn days_recorded_after(conn: &Connection, employee_id: i64, date: NaiveDate) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM timecard WHERE employee_id = ?1 AND work_date > ?2",
        params![employee_id, date],
        |r| r.get(0),
    )?)
}

/// The highest timecard id (imports check only rows above it).
pub fn last_timecard_id(conn: &Connection) -> Result<i64> {
    Ok(
        conn.query_row("SELECT coalesce(max(id), 0) FROM timecard", [], |r| {
            r.get(0)
        })?,
    )
}

/// Overnight shifts that run into the next day's shift, where either was written after
/// `after_id`: (employee id, first date, its clock-out, next date's clock-in).
pub fn overlaps_since(conn: &Connection, after_id: i64) -> Result<Vec<(i64, NaiveDate, i64, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT a.employee_id, a.work_date, a.clock_out, b.clock_in
         FROM timecard a INDEXED BY timecard_overnight
         JOIN timecard b ON b.employee_id = a.employee_id
                        AND b.work_date = date(a.work_date, '+1 day')
         WHERE a.clock_out > 1440 AND b.clock_in IS NOT NULL
           AND a.clock_out - 1440 > b.clock_in AND (a.id > ?1 OR b.id > ?1)
         ORDER BY a.employee_id, a.work_date LIMIT 10",
    )?;
    let rows = stmt.query_map([after_id], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Whether an attendance month is closed.
pub fn is_closed(conn: &Connection, month: Month) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM attendance_closed WHERE month = ?1")?
        .query_row([month.to_string()], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Closes a month.
pub fn close_month(conn: &Connection, month: Month, now: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO attendance_closed (month, closed_at) VALUES (?1, ?2)",
        params![month.to_string(), now],
    )?;
    Ok(())
}

/// Reopens a month; false when it was not closed.
pub fn reopen_month(conn: &Connection, month: Month) -> Result<bool> {
    Ok(conn.execute(
        "DELETE FROM attendance_closed WHERE month = ?1",
        [month.to_string()],
    )? > 0)
}

/// Closed months, newest first.
pub fn closed_months(conn: &Connection) -> Result<Vec<(String, String)>> {
    let mut stmt =
        conn.prepare("SELECT month, closed_at FROM attendance_closed ORDER BY month DESC")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn closed_month_error(e: rusqlite::Error) -> anyhow::Error {
    if e.to_string().contains("attendance month is closed") {
        crate::kernel::error::hinted(
            "the attendance month is closed",
            "`bko attendance reopen --month YYYY-MM --force` first",
        )
    } else {
        e.into()
    }
}

fn decimal(text: String) -> Decimal {
    text.parse().unwrap_or_default()
}

/// An employee's leave grants, oldest first.
pub fn grants(conn: &Connection, employee_id: i64) -> Result<Vec<Grant>> {
    let mut stmt = conn.prepare_cached(
        "SELECT granted_on, days, expires_on FROM leave_grant WHERE employee_id = ?1
         ORDER BY granted_on",
    )?;
    let rows = stmt.query_map([employee_id], |r| {
        Ok(Grant {
            granted_on: r.get(0)?,
            days: decimal(r.get(1)?),
            expires_on: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Adds a grant unless one exists on that date; returns whether it did.
pub fn insert_grant(
    conn: &Connection,
    employee_id: i64,
    g: &Grant,
    source: &str,
    note: Option<&str>,
) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "INSERT INTO leave_grant (employee_id, granted_on, days, expires_on, source, note)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (employee_id, granted_on) DO NOTHING",
        )?
        .execute(params![
            employee_id,
            g.granted_on,
            g.days.to_string(),
            g.expires_on,
            source,
            note
        ])?
        == 1)
}

/// Whether an employee already has a grant dated `granted_on`.
pub fn grant_exists(conn: &Connection, employee_id: i64, granted_on: NaiveDate) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM leave_grant WHERE employee_id = ?1 AND granted_on = ?2")?
        .exists(params![employee_id, granted_on])?)
}

/// An employee's leave taken, by date.
pub fn taken(conn: &Connection, employee_id: i64) -> Result<Vec<Taken>> {
    let mut stmt = conn.prepare_cached(
        "SELECT date, days FROM leave_taken WHERE employee_id = ?1 ORDER BY date",
    )?;
    let rows = stmt.query_map([employee_id], |r| {
        Ok(Taken {
            date: r.get(0)?,
            days: decimal(r.get(1)?),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Records leave taken; a day already recorded is an error.
pub fn insert_taken(
    conn: &Connection,
    employee_id: i64,
    t: &Taken,
    note: Option<&str>,
) -> Result<()> {
    let n = conn
        .execute(
            "INSERT INTO leave_taken (employee_id, date, days, note) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (employee_id, date) DO NOTHING",
            params![employee_id, t.date, t.days.normalize().to_string(), note],
        )
        .map_err(closed_month_error)?;
    if n == 0 {
        bail!("leave is already recorded on {}", t.date);
    }
    Ok(())
}

/// Cancels leave taken on a date; false when there was none.
pub fn delete_taken(conn: &Connection, employee_id: i64, date: NaiveDate) -> Result<bool> {
    Ok(conn
        .execute(
            "DELETE FROM leave_taken WHERE employee_id = ?1 AND date = ?2",
            params![employee_id, date],
        )
        .map_err(closed_month_error)?
        > 0)
}

/// Leave taken between two dates: (employee id, date) → days.
pub fn leave_between(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<HashMap<(i64, NaiveDate), Decimal>> {
    let mut stmt = conn
        .prepare("SELECT employee_id, date, days FROM leave_taken WHERE date BETWEEN ?1 AND ?2")?;
    let rows = stmt.query_map(params![from, to], |r| {
        Ok(((r.get(0)?, r.get(1)?), decimal(r.get(2)?)))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kernel::migrate::in_memory;

    #[test]
    fn calendars_and_holidays_round_trip() {
        let conn = in_memory();
        let mut shop = calendar(&conn, "standard").unwrap();
        shop.code = "shop".into();
        shop.name = "店舗".into();
        shop.workdays = [false, true, true, true, true, true, true];
        shop.start = 600;
        save_calendar(&conn, &shop).unwrap();
        let stored = calendar(&conn, "shop").unwrap();
        assert_eq!((stored.workdays, stored.start), (shop.workdays, 600));
        assert_eq!(calendars(&conn).unwrap().len(), 2);
        assert!(calendar(&conn, "nowhere").is_err());
        let day = NaiveDate::from_ymd_opt(2026, 8, 13).unwrap();
        assert!(save_holiday(&conn, day, "夏季休業", "company").unwrap());
        let h = holidays_between(&conn, day, day).unwrap();
        assert!(h.company.contains(&day));
        assert!(remove_holiday(&conn, day).unwrap());
        assert!(!remove_holiday(&conn, day).unwrap());
    }
}
