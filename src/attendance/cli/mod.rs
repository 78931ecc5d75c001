//! `bko attendance ...`: calendars, holidays, timecards, monthly hours, checks, closing, leave.

mod calendar;
mod leave;
mod month;
mod timecards;

use std::path::PathBuf;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::kernel::csvio::Encoding;
use crate::kernel::ctx::Ctx;
use crate::kernel::period::{Month, parse_date};

pub use calendar::{CalendarCommand, HolidaysCommand};
pub use leave::LeaveCommand;

/// Attendance commands.
#[derive(Debug, Subcommand)]
pub enum AttendanceCommand {
    /// Work calendars: scheduled days and hours, statutory holiday, week start.
    #[command(subcommand)]
    Calendar(CalendarCommand),
    /// National holidays (bundled 2024-2027) and company holidays.
    #[command(subcommand)]
    Holidays(HolidaysCommand),
    /// Punch the clock: in, out, break-start, break-end (a terminal time clock).
    Punch {
        /// Employee code.
        employee: String,
        /// in, out, break-start or break-end.
        #[arg(value_parser = ["in", "out", "break-start", "break-end"])]
        kind: String,
        /// When (YYYY-MM-DD HH:MM, or HH:MM today; default: now).
        #[arg(long, value_parser = crate::attendance::check_clock_text)]
        at: Option<String>,
    },
    /// Correct or add one day's timecard; the old values stay in the history with the reason.
    Edit(EditArgs),
    /// Import timecards from CSV (shifts or punches), all or nothing.
    Import {
        /// The CSV file: employee,date,clock_in,clock_out,break_minutes[,break_start,break_end,note]
        /// or employee,timestamp,kind[,note].
        file: PathBuf,
        /// Text encoding.
        #[arg(long, value_enum, default_value_t = Encoding::Auto)]
        encoding: Encoding,
        /// Overwrite days that are already recorded differently (the old values are kept in the
        /// history).
        #[arg(long)]
        replace: bool,
        /// Check the file and report what would change; change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// One employee's month day by day (出勤簿) with each day's hours.
    Days {
        /// Employee code.
        #[arg(long)]
        employee: String,
        /// The month (YYYY-MM).
        #[arg(long, value_parser = Month::parse)]
        month: Month,
    },
    /// Monthly totals per employee: days, absences, leave, overtime (to and over 60 h), late
    /// night, statutory holiday, lateness.
    Summary {
        /// The month (YYYY-MM).
        #[arg(long, value_parser = Month::parse)]
        month: Month,
        /// Only this employee.
        #[arg(long)]
        employee: Option<String>,
    },
    /// Missing punches, short breaks, 36協定 limits and the 5-days leave duty; exits 4 when a
    /// limit is broken.
    Check {
        /// The month (YYYY-MM).
        #[arg(long, value_parser = Month::parse)]
        month: Month,
    },
    /// Close a month: imports, punches, edits and leave into it are refused afterwards.
    Close {
        /// The month (YYYY-MM).
        #[arg(long, value_parser = Month::parse)]
        month: Month,
    },
    /// Reopen a closed month (audited).
    Reopen {
        /// The month (YYYY-MM).
        #[arg(long, value_parser = Month::parse)]
        month: Month,
        /// Required: reopening changes what payroll may have used.
        #[arg(long)]
        force: bool,
        /// Why (kept in the audit log).
        #[arg(long)]
        reason: Option<String>,
    },
    /// Corrections made to an employee's timecards.
    History {
        /// Employee code.
        employee: String,
    },
    /// Annual paid leave (年次有給休暇): grant, take, balance, the 5-days duty.
    #[command(subcommand)]
    Leave(LeaveCommand),
}

/// A correction.
#[derive(Debug, Args)]
pub struct EditArgs {
    /// Employee code.
    pub employee: String,
    /// The work date (the day the shift started).
    #[arg(value_parser = parse_date)]
    pub date: NaiveDate,
    /// Clock-in (HH:MM).
    #[arg(long = "in")]
    pub clock_in: Option<String>,
    /// Clock-out (HH:MM; earlier than the clock-in or 24:00+ means the next day).
    #[arg(long = "out")]
    pub clock_out: Option<String>,
    /// Break in minutes.
    #[arg(long = "break")]
    pub break_minutes: Option<i64>,
    /// Note.
    #[arg(long)]
    pub note: Option<String>,
    /// Delete the day's timecard.
    #[arg(long, conflicts_with_all = ["clock_in", "clock_out", "break_minutes"])]
    pub delete: bool,
    /// Why (required; kept with the old values).
    #[arg(long)]
    pub reason: String,
}

/// Runs an attendance command.
pub fn run(ctx: &Ctx, cmd: AttendanceCommand) -> Result<()> {
    match cmd {
        AttendanceCommand::Calendar(c) => calendar::run_calendar(ctx, c),
        AttendanceCommand::Holidays(c) => calendar::run_holidays(ctx, c),
        AttendanceCommand::Punch { employee, kind, at } => {
            timecards::punch(ctx, &employee, &kind, at.as_deref())
        }
        AttendanceCommand::Edit(a) => timecards::edit(ctx, a),
        AttendanceCommand::Import {
            file,
            encoding,
            replace,
            dry_run,
        } => timecards::import(ctx, &file, encoding, replace, dry_run),
        AttendanceCommand::Days { employee, month } => timecards::days(ctx, &employee, &month),
        AttendanceCommand::History { employee } => timecards::history(ctx, &employee),
        AttendanceCommand::Summary { month, employee } => {
            month::summary(ctx, &month, employee.as_deref())
        }
        AttendanceCommand::Check { month } => month::check(ctx, &month),
        AttendanceCommand::Close { month } => month::close(ctx, &month),
        AttendanceCommand::Reopen {
            month,
            force,
            reason,
        } => month::reopen(ctx, &month, force, reason),
        AttendanceCommand::Leave(c) => leave::run(ctx, c),
    }
}
