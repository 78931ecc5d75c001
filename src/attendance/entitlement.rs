//! Paid-leave grants as stored: the statutory grants due to each employee (39条), skipping a
//! grant when bko's own timecards show attendance under 80% of the scheduled days.

use anyhow::Result;
use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::leave::{self, Grant};
use super::{DayKind, store};
use crate::people::{Employee, Employment};

/// Adds every statutory grant due up to `as_of` that is not yet stored; returns how many were
/// added and the grants skipped for low attendance ("CODE on DATE (attendance N%)"). Officers
/// get none (they are not 労働者).
pub fn grant_statutory(
    conn: &rusqlite::Connection,
    people: &[Employee],
    as_of: NaiveDate,
) -> Result<(usize, Vec<String>)> {
    let (mut added, mut skipped) = (0, Vec::new());
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
            if let Some(rate) = attendance_rate(conn, e, from, date)?
                && rate < Decimal::new(8, 1)
            {
                skipped.push(format!(
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
            added += usize::from(store::insert_grant(conn, e.id, &g, "statutory", None)?);
        }
    }
    Ok((added, skipped))
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
