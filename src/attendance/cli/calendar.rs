//! `bko attendance calendar|holidays ...`.

use std::path::PathBuf;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::super::{Calendar, ops, parse_clock, parse_weekday, parse_workdays, report};
use crate::company::Company;
use crate::kernel::csvio::{ColumnSpec, CsvInput, Encoding};
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::period::parse_date;

/// Calendar commands.
#[derive(Debug, Subcommand)]
pub enum CalendarCommand {
    /// List work calendars.
    List,
    /// Add a calendar (defaults: the standard one's values).
    Add(CalendarArgs),
    /// Change a calendar.
    Set(CalendarArgs),
}

/// A calendar's fields.
#[derive(Debug, Args)]
pub struct CalendarArgs {
    /// Code.
    pub code: String,
    /// Name.
    #[arg(long)]
    pub name: Option<String>,
    /// Scheduled work days: mon-fri, or mon,tue,thu.
    #[arg(long)]
    pub workdays: Option<String>,
    /// The statutory weekly holiday (法定休日).
    #[arg(long)]
    pub statutory_holiday: Option<String>,
    /// First day of the week for the 40-hour rule.
    #[arg(long)]
    pub week_start: Option<String>,
    /// National holidays: off or work.
    #[arg(long, value_parser = ["off", "work"])]
    pub national_holidays: Option<String>,
    /// Scheduled start (HH:MM).
    #[arg(long)]
    pub start: Option<String>,
    /// Scheduled end (HH:MM).
    #[arg(long)]
    pub end: Option<String>,
    /// Scheduled break in minutes.
    #[arg(long = "break")]
    pub break_minutes: Option<i64>,
}

/// Holiday commands.
#[derive(Debug, Subcommand)]
pub enum HolidaysCommand {
    /// List holidays.
    List {
        /// Only this year.
        #[arg(long, value_parser = crate::kernel::period::parse_year)]
        year: Option<i32>,
    },
    /// Add (or rename) a company holiday.
    Add {
        /// The date.
        #[arg(value_parser = parse_date)]
        date: NaiveDate,
        /// Its name (年末年始休暇, 夏季休業, ...).
        name: String,
        /// national or company.
        #[arg(long, default_value = "company", value_parser = ["national", "company"])]
        kind: String,
    },
    /// Remove a holiday.
    Remove {
        /// The date.
        #[arg(value_parser = parse_date)]
        date: NaiveDate,
    },
    /// Add national holidays from CSV: date,name (the Cabinet Office's syukujitsu.csv works as is).
    Import {
        /// The CSV file.
        file: PathBuf,
        /// Text encoding.
        #[arg(long, value_enum, default_value_t = Encoding::Auto)]
        encoding: Encoding,
        /// national or company.
        #[arg(long, default_value = "national", value_parser = ["national", "company"])]
        kind: String,
    },
}

/// Runs a calendar command.
pub fn run_calendar(ctx: &Ctx, cmd: CalendarCommand) -> Result<()> {
    match cmd {
        CalendarCommand::List => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            ctx.print(
                &report::calendars(&crate::attendance::calendars(&db.conn)?, company.currency),
                lang,
            )
        }
        CalendarCommand::Add(a) => save(ctx, a, true),
        CalendarCommand::Set(a) => save(ctx, a, false),
    }
}

fn save(ctx: &Ctx, a: CalendarArgs, new: bool) -> Result<()> {
    let mut db = ctx.open()?;
    let code = a.code.clone();
    db::write(
        &mut db,
        if new {
            "attendance calendar add"
        } else {
            "attendance calendar set"
        },
        |tx| {
            let existing = crate::attendance::calendars(tx)?
                .into_iter()
                .find(|c| c.code == a.code);
            let mut c = match (existing, new) {
                (Some(_), true) => bail!(
                    "calendar '{}' already exists (change it with `calendar set`)",
                    a.code
                ),
                (None, false) => bail!("unknown work calendar '{}'", a.code),
                (Some(c), false) => c,
                (None, true) => Calendar {
                    code: a.code.clone(),
                    name: a.code.clone(),
                    ..crate::attendance::calendar(tx, "standard")?
                },
            };
            apply(&mut c, a)?;
            crate::attendance::save_calendar(tx, &c)?;
            Ok(((), format!("calendar {} saved", c.code)))
        },
    )?;
    ctx.ui.info(format!("calendar {code} saved"));
    Ok(())
}

fn apply(c: &mut Calendar, a: CalendarArgs) -> Result<()> {
    let day = NaiveDate::MIN;
    if let Some(n) = a.name {
        c.name = n;
    }
    if let Some(w) = a.workdays {
        c.workdays = parse_workdays(&w)?;
    }
    if let Some(s) = a.statutory_holiday {
        c.statutory_holiday = parse_weekday(&s)?;
    }
    if let Some(s) = a.week_start {
        c.week_start = parse_weekday(&s)?;
    }
    if let Some(n) = a.national_holidays {
        c.national_holidays_off = n == "off";
    }
    if let Some(s) = a.start {
        c.start = parse_clock(&s, day)?;
    }
    if let Some(e) = a.end {
        c.end = parse_clock(&e, day)?;
    }
    if let Some(b) = a.break_minutes {
        c.break_minutes = b;
    }
    if c.end <= c.start || c.break_minutes < 0 || c.break_minutes >= c.end - c.start {
        bail!("the scheduled day must end after it starts and be longer than its break");
    }
    if c.workdays[c.statutory_holiday.num_days_from_sunday() as usize] {
        bail!("the statutory holiday cannot be a scheduled work day");
    }
    Ok(())
}

const HOLIDAY_COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        name: "date",
        aliases: &["日付", "国民の祝日・休日月日", "月日"],
        required: true,
    },
    ColumnSpec {
        name: "name",
        aliases: &["名称", "国民の祝日・休日名称", "祝日名"],
        required: true,
    },
];

/// Runs a holidays command.
pub fn run_holidays(ctx: &Ctx, cmd: HolidaysCommand) -> Result<()> {
    match cmd {
        HolidaysCommand::List { year } => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            let list = ops::list_holidays(&db.conn, year)?;
            ctx.print(&report::holidays(&list, company.currency), lang)
        }
        HolidaysCommand::Add { date, name, kind } => {
            let mut db = ctx.open()?;
            db::write(&mut db, "attendance holidays add", |tx| {
                ops::save_holiday(tx, date, &name, &kind)?;
                Ok(((), format!("holiday {date} {name}")))
            })?;
            ctx.ui.info(format!("holiday {date} {name} ({kind})"));
            Ok(())
        }
        HolidaysCommand::Remove { date } => {
            let mut db = ctx.open()?;
            db::write(&mut db, "attendance holidays remove", |tx| {
                if !ops::remove_holiday(tx, date)? {
                    bail!("{date} is not a holiday");
                }
                Ok(((), format!("removed holiday {date}")))
            })?;
            ctx.ui.info(format!("removed holiday {date}"));
            Ok(())
        }
        HolidaysCommand::Import {
            file,
            encoding,
            kind,
        } => {
            let mut db = ctx.open()?;
            let (added, total) = db::write(&mut db, "attendance holidays import", |tx| {
                let mut input = CsvInput::open(&file, encoding)?;
                let cols = input.columns(HOLIDAY_COLUMNS)?;
                let (mut added, mut total) = (0, 0);
                while let Some(row) = input.next_row()? {
                    let date = parse_date(row.get(cols.get("date").copied()))
                        .map_err(|e| row.error("date", e))?;
                    let name = row.get(cols.get("name").copied());
                    if name.is_empty() {
                        return Err(row.error("name", "the holiday needs a name"));
                    }
                    added += usize::from(ops::save_holiday(tx, date, name, &kind)?);
                    total += 1;
                }
                Ok((
                    (added, total),
                    format!("imported {total} holidays from {}", file.display()),
                ))
            })?;
            ctx.ui.info(format!("{total} holidays read, {added} new"));
            Ok(())
        }
    }
}
