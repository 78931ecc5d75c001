//! Corrections of a timecard (`attendance edit`): a day's punches or breaks changed, a missing
//! day added or a wrong one deleted, each kept in the history with its reason (労基法109条: the
//! record of working time is kept, and so is what was changed in it).

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::{DAY, Shift, clock_text, parse_clock, store};
use crate::people;

/// A correction as asked.
#[derive(Debug, Clone)]
pub struct Correction {
    /// Employee code.
    pub employee: String,
    /// The day.
    pub date: NaiveDate,
    /// Clock-in as typed (HH:MM).
    pub clock_in: Option<String>,
    /// Clock-out as typed (HH:MM, past 24:00 for a night shift).
    pub clock_out: Option<String>,
    /// Break minutes (replaces the recorded breaks).
    pub break_minutes: Option<i64>,
    /// Note.
    pub note: Option<String>,
    /// Delete the day's timecard.
    pub delete: bool,
    /// Why.
    pub reason: String,
}

/// Applies a correction; returns what was done.
pub fn correct(tx: &Connection, c: &Correction, now: &str) -> Result<String> {
    let e = people::by_code(tx, &c.employee)?;
    let old = store::timecard(tx, e.id, c.date)?;
    if c.delete {
        let Some(old) = old else {
            bail!("{} has no timecard on {}", e.code, c.date);
        };
        store::record_history(tx, &old, "delete", &c.reason, now)?;
        store::delete_timecard(tx, old.id)?;
        return Ok(format!("deleted {}'s timecard of {}", e.code, c.date));
    }
    let shift = corrected_shift(old.as_ref().map(|o| &o.shift), c)?;
    if !e.employed_on(c.date) {
        bail!("{} is not employed on {}", e.code, c.date);
    }
    let note = c.note.clone().or(old.as_ref().and_then(|o| o.note.clone()));
    match &old {
        Some(old) => {
            store::record_history(tx, old, "edit", &c.reason, now)?;
            store::update_timecard(tx, old.id, &shift, note.as_deref(), "edit")?;
        }
        None => {
            let added = crate::attendance::Timecard {
                id: 0,
                employee_id: e.id,
                shift: Shift {
                    clock_in: None,
                    clock_out: None,
                    break_minutes: 0,
                    breaks: Vec::new(),
                    ..shift.clone()
                },
                note: None,
                source: "none".into(),
            };
            store::record_history(tx, &added, "add", &c.reason, now)?;
            store::insert_timecard(tx, e.id, &shift, note.as_deref(), "edit")?;
        }
    }
    check_overlap(tx, e.id, c.date)?;
    Ok(format!("{}'s timecard of {} saved", e.code, c.date))
}

/// The day's shift with the correction applied: a clock-out before the clock-in is the next
/// day's; given break minutes replace the recorded breaks; unfinished breaks are dropped.
fn corrected_shift(old: Option<&Shift>, c: &Correction) -> Result<Shift> {
    let mut shift = old.cloned().unwrap_or(Shift {
        date: c.date,
        clock_in: None,
        clock_out: None,
        break_minutes: 0,
        breaks: Vec::new(),
    });
    if let Some(t) = &c.clock_in {
        shift.clock_in = Some(parse_clock(t, c.date)?);
    }
    if let Some(t) = &c.clock_out {
        shift.clock_out = Some(parse_clock(t, c.date)?);
    }
    if let (Some(i), Some(o)) = (shift.clock_in, shift.clock_out)
        && o < i
        && o < DAY
    {
        shift.clock_out = Some(o + DAY);
    }
    if let Some(b) = c.break_minutes {
        shift.break_minutes = b;
        shift.breaks.clear();
    }
    shift.breaks.retain(|b| b.1.is_some());
    if shift.clock_in.is_none() && shift.clock_out.is_none() {
        bail!("give at least --in or --out");
    }
    shift.validate()?;
    Ok(shift)
}

/// Refuses a day that runs into the next one, or a previous overnight shift that runs into it.
pub fn check_overlap(conn: &Connection, employee_id: i64, date: NaiveDate) -> Result<()> {
    let get = |d: NaiveDate| store::timecard(conn, employee_id, d);
    let pairs = [
        (date.pred_opt().map(get).transpose()?.flatten(), get(date)?),
        (get(date)?, date.succ_opt().map(get).transpose()?.flatten()),
    ];
    for (a, b) in pairs {
        if let (Some(a), Some(b)) = (a, b)
            && let (Some(out), Some(next_in)) = (a.shift.clock_out, b.shift.clock_in)
            && out - DAY > next_in
        {
            bail!(
                "the shift of {} runs until {} and overlaps the shift of {} starting at {}",
                a.shift.date,
                clock_text(out - DAY),
                b.shift.date,
                clock_text(next_in)
            );
        }
    }
    Ok(())
}
