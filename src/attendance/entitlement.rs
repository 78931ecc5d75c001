//! Paid-leave grants as stored: the statutory grants due to each employee (39条), skipping a
//! grant when bko's own timecards show attendance under 80% of the scheduled days. The 80% rule
//! is applied only when bko holds the timecards of the whole grant period: an office that adopted
//! bko mid-year gets the grant, and is told that attendance could not be checked.

use anyhow::Result;
use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::leave::{self, Grant};
use super::{DayKind, store};
use crate::people::{Employee, Employment};

/// What [`grant_statutory`] did.
#[derive(Debug, Default)]
pub struct Granted {
    /// Grants added.
    pub added: usize,
    /// Grants skipped for low attendance ("CODE on DATE (attendance N%)").
    pub skipped: Vec<String>,
    /// Grants added without the 80% check, the timecards not covering their period
    /// ("CODE on DATE (timecards from D)").
    pub unchecked: Vec<String>,
}

/// Adds every statutory grant due up to `as_of` that is not yet stored. Officers get none (they
/// are not 労働者).
pub fn grant_statutory(
    conn: &rusqlite::Connection,
    people: &[Employee],
    as_of: NaiveDate,
) -> Result<Granted> {
    let mut out = Granted::default();
    let span = store::timecard_span(conn)?;
    for e in people
        .iter()
        .filter(|e| e.employment != Employment::Officer)
    {
        let until = e.leave_date.map_or(as_of, |l| l.min(as_of));
        for (nth, date) in leave::grant_dates(e.hire_date, until) {
            let from = if nth == 0 {
                e.hire_date
            } else {
                date - chrono::Months::new(12)
            };
            if store::grant_exists(conn, e.id, date)? {
                continue;
            }
            if !covers(span, from, date) {
                out.unchecked.push(format!(
                    "{} on {date} ({})",
                    e.code,
                    span.map_or("no timecards".to_string(), |(first, last)| format!(
                        "timecards {first} to {last}"
                    ))
                ));
            } else if let Some(rate) = attendance_rate(conn, e, from, date)?
                && rate < Decimal::new(8, 1)
            {
                out.skipped.push(format!(
                    "{} on {date} (attendance {}%)",
                    e.code,
                    (rate * Decimal::from(100)).round()
                ));
                continue;
            }
            let days = Decimal::from(leave::statutory_days(
                nth,
                e.days_per_week,
                e.minutes_per_day,
            ));
            let g = Grant {
                granted_on: date,
                days,
                expires_on: leave::expires_on(date),
            };
            out.added += usize::from(store::insert_grant(conn, e.id, &g, "statutory", None)?);
        }
    }
    Ok(out)
}

/// Whether bko's timecards cover a grant period [from, to): records from its first day and into
/// its last month. Otherwise the days bko knows say nothing about the 80% rule.
fn covers(span: Option<(NaiveDate, NaiveDate)>, from: NaiveDate, to: NaiveDate) -> bool {
    span.is_some_and(|(first, last)| first <= from && last >= to - chrono::Days::new(31))
}

/// Days worked or on leave over scheduled days in [from, to), when timecards cover the period
/// (None when bko has no timecards for it: the grant is then assumed due).
fn attendance_rate(
    conn: &rusqlite::Connection,
    e: &Employee,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Option<Decimal>> {
    let last = to.pred_opt().expect("a day before");
    let cards = store::timecards_between(conn, from, last, Some(e.id))?;
    if cards.is_empty() {
        return Ok(None);
    }
    let calendar = store::calendar(conn, &e.calendar)?;
    let holidays = store::holidays_between(conn, from, last)?;
    let leave = store::leave_between(conn, from, last)?;
    let worked: std::collections::HashSet<NaiveDate> = cards.iter().map(|c| c.shift.date).collect();
    let (mut scheduled, mut present) = (0i64, Decimal::ZERO);
    let mut date = from;
    while date <= last {
        if calendar.day_kind(&holidays, date) == DayKind::Workday && e.employed_on(date) {
            scheduled += 1;
            let on_leave = leave.get(&(e.id, date)).copied().unwrap_or_default();
            present += if worked.contains(&date) {
                Decimal::ONE
            } else {
                on_leave.min(Decimal::ONE)
            };
        }
        date = date.succ_opt().expect("a next day");
    }
    Ok((scheduled > 0).then(|| present / Decimal::from(scheduled)))
}
