//! Punches, corrections, imports and the 出勤簿.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Result, bail};
use chrono::{NaiveDate, NaiveDateTime};

use super::super::import::parse_timestamp;
use super::super::report::{self, DayLine};
use super::super::summary::{Rules, load_days};
use super::super::{DAY, ops, parse_clock};
use super::EditArgs;
use crate::attendance::corrections::{self, Correction};
use crate::company::Company;
use crate::kernel::clock::{timestamp, today};
use crate::kernel::csvio::Encoding;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::period::Month;
use crate::people;

/// When a punch happened: `--at` (a date-time, or a time today), else now.
fn punch_time(at: Option<&str>) -> Result<NaiveDateTime> {
    let today = today()?;
    match at {
        None => Ok(today.and_time(crate::kernel::clock::local_time())),
        Some(text) if text.trim().len() <= 5 => {
            let minutes = parse_clock(text, today)?;
            if minutes >= DAY {
                bail!("'{text}': give a date and time for a punch after midnight");
            }
            Ok(today
                .and_hms_opt((minutes / 60) as u32, (minutes % 60) as u32, 0)
                .expect("a time"))
        }
        Some(text) => parse_timestamp(text),
    }
}

/// `attendance punch`.
pub fn punch(ctx: &Ctx, code: &str, kind: &str, at: Option<&str>) -> Result<()> {
    let at = punch_time(at)?;
    let mut db = ctx.open()?;
    let message = db::write(&mut db, "attendance punch", |tx| {
        let message = ops::punch(tx, code, kind, at)?;
        Ok((message.clone(), message))
    })?;
    ctx.ui.info(message);
    Ok(())
}

/// `attendance edit`.
pub fn edit(ctx: &Ctx, a: EditArgs) -> Result<()> {
    let correction = Correction {
        employee: a.employee,
        date: a.date,
        clock_in: a.clock_in,
        clock_out: a.clock_out,
        break_minutes: a.break_minutes,
        note: a.note,
        delete: a.delete,
        reason: a.reason,
    };
    if correction.reason.trim().is_empty() {
        bail!("give the reason for the correction with --reason");
    }
    let now = timestamp();
    let mut db = ctx.open()?;
    let message = db::write(&mut db, "attendance edit", |tx| {
        let m = corrections::correct(tx, &correction, &now)?;
        Ok((m.clone(), m))
    })?;
    ctx.ui.info(message);
    Ok(())
}

/// `attendance import`.
pub fn import(
    ctx: &Ctx,
    file: &Path,
    encoding: Encoding,
    replace: bool,
    dry_run: bool,
) -> Result<()> {
    let mut db = ctx.open()?;
    let now = timestamp();
    let size = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    let bar = ctx.ui.progress(size, "importing timecards");
    let name = file.display().to_string();
    let work = |tx: &rusqlite::Transaction| {
        super::super::import::import(tx, file, encoding, replace, &now, |b| bar.set_position(b))
    };
    db.ensure_writable()?;
    let summary = if dry_run {
        let (tx, _holder) = db::begin_write(&mut db.conn, &db.path, "attendance import --dry-run")?;
        let s = work(&tx);
        drop(tx);
        s?
    } else {
        db::write(&mut db, "attendance import", |tx| {
            let s = work(tx)?;
            Ok((
                s,
                format!(
                    "imported {name}: {} added, {} replaced, {} unchanged",
                    s.added, s.replaced, s.unchanged
                ),
            ))
        })?
    };
    bar.finish_and_clear();
    ctx.ui.info(format!(
        "{}{name}: {} days added, {} replaced, {} unchanged{}",
        if dry_run { "dry run: " } else { "" },
        summary.added,
        summary.replaced,
        summary.unchanged,
        if dry_run { "; nothing was changed" } else { "" }
    ));
    Ok(())
}

/// `attendance days` (出勤簿).
pub fn days(ctx: &Ctx, code: &str, month: &Month) -> Result<()> {
    let month = *month;
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let rules = Rules::load(&db.conn)?;
    let loaded = load_days(
        &db.conn,
        month.first_day(),
        month.last_day(),
        Some(code),
        &rules,
    )?;
    let e = &loaded.employees[0];
    let cards: HashMap<NaiveDate, crate::attendance::Timecard> = ops::timecards_between(
        &db.conn,
        month.first_day(),
        month.last_day(),
        Some(e.employee.id),
    )?
    .into_iter()
    .map(|c| (c.shift.date, c))
    .collect();
    let hours: HashMap<NaiveDate, &super::super::hours::DayHours> = e
        .days
        .iter()
        .filter_map(|d| d.date.map(|date| (date, d)))
        .collect();
    let mut lines = Vec::new();
    let mut date = month.first_day();
    while date <= month.last_day() {
        let card = cards.get(&date);
        lines.push(DayLine {
            date,
            kind: e.calendar.day_kind(&loaded.holidays, date),
            shift: card.map(|c| &c.shift),
            hours: hours.get(&date).copied(),
            leave: loaded
                .leave
                .get(&(e.employee.id, date))
                .copied()
                .unwrap_or_default(),
            note: card.and_then(|c| c.note.as_deref()),
        });
        date = date.succ_opt().expect("a next day");
    }
    ctx.print(&report::days(&e.employee, &lines, company.currency), lang)
}

/// `attendance history`.
pub fn history(ctx: &Ctx, code: &str) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let e = people::by_code(&db.conn, code)?;
    let rows = ops::history(&db.conn, e.id)?;
    ctx.print(&report::history(&e, &rows, company.currency), lang)
}
