//! Attendance: work calendars and holidays, timecards, daily and monthly hours under 労働基準法,
//! 36協定 limits and annual paid leave. Pure types and rules here and in `hours.rs`,
//! `agreement.rs` and `leave.rs`; SQL in `store.rs`; CSV in `import.rs`; commands in `cli/`.
//!
//! Times are whole minutes after 00:00 of the shift's work date (the day it started); a clock-out
//! above 1440 is on the next day. Seconds on a clock are dropped: work time is counted by the
//! minute and never rounded per day (昭63.3.14 基発150号).

pub mod agreement;
pub mod cli;
pub mod corrections;
pub mod entitlement;
pub mod findings;
pub mod hours;
pub mod import;
pub mod leave;
pub mod ops;
pub mod report;
pub mod settings;
mod store;
mod types;
pub use types::*;

/// What other areas may use of this area's records (its store is private).
pub use store::{
    calendar, calendars, close_month, days_recorded_after, holidays_between, insert_taken,
    insert_timecard, is_closed, save_calendar,
};
pub mod summary;

use std::collections::HashSet;

use anyhow::{Result, bail};
use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};

/// Minutes in a day.
pub const DAY: i64 = 1440;

/// A shift as recorded: clock times in minutes after 00:00 of `date`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shift {
    /// The work date (the day the shift started).
    pub date: NaiveDate,
    /// Clock-in, if punched.
    pub clock_in: Option<i64>,
    /// Clock-out, if punched (above 1440 = next day).
    pub clock_out: Option<i64>,
    /// Total break minutes.
    pub break_minutes: i64,
    /// Break intervals when their times are known (an open break has no end).
    pub breaks: Vec<(i64, Option<i64>)>,
}

impl Shift {
    /// A shift with both clocks and a break total.
    pub fn new(date: NaiveDate, clock_in: i64, clock_out: i64, break_minutes: i64) -> Shift {
        Shift {
            date,
            clock_in: Some(clock_in),
            clock_out: Some(clock_out),
            break_minutes,
            breaks: Vec::new(),
        }
    }

    /// Checks the shift's own consistency: clock-out after clock-in, at most 24 hours, breaks
    /// inside the shift and shorter than it.
    pub fn validate(&self) -> Result<()> {
        if let Some(i) = self.clock_in
            && !(0..DAY).contains(&i)
        {
            bail!("the clock-in must be on the work date (00:00-23:59)");
        }
        if let (Some(i), Some(o)) = (self.clock_in, self.clock_out) {
            if o == i {
                bail!("the clock-out equals the clock-in ({})", clock_text(i));
            }
            if o < i {
                bail!("the clock-out is before the clock-in");
            }
            if o - i > DAY {
                bail!("a shift cannot be longer than 24 hours");
            }
            if self.break_minutes >= o - i {
                bail!(
                    "the break ({} min) is not shorter than the shift ({} min)",
                    self.break_minutes,
                    o - i
                );
            }
        }
        if self.break_minutes < 0 {
            bail!("the break cannot be negative");
        }
        for (s, e) in &self.breaks {
            let outside = self.clock_in.is_some_and(|i| *s < i)
                || self
                    .clock_out
                    .is_some_and(|o| *s > o || e.is_some_and(|e| e > o));
            if outside || e.is_some_and(|e| e <= *s) {
                bail!(
                    "the break {} is not inside the shift",
                    breaks_text(&[(*s, *e)])
                );
            }
        }
        Ok(())
    }

    /// Whether a clock is missing (a forgotten punch).
    pub fn is_incomplete(&self) -> bool {
        self.clock_in.is_none()
            || self.clock_out.is_none()
            || self.breaks.iter().any(|b| b.1.is_none())
    }
}

/// Checks a clock time given as an argument (clap's `value_parser`: a malformed one is a usage
/// error, exit 2); the command parses it again for its work date.
pub fn check_clock_text(text: &str) -> Result<String> {
    parse_clock(text, sample_day(text)).map(|_| text.to_string())
}

/// The day a clock text names (a full date-time), else any day: the day it is checked against.
fn sample_day(text: &str) -> NaiveDate {
    let t = text.trim();
    t.get(..10)
        .and_then(|d| {
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .or_else(|_| NaiveDate::parse_from_str(d, "%Y/%m/%d"))
                .ok()
        })
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(2000, 1, 1).expect("a date"))
}

/// Parses a clock time for a work date: `9:00`, `09:00:59` (seconds dropped), `25:30` (1:30 the
/// next day, as time clocks write overnight shifts), or a full date-time `2026-04-01 09:00`.
pub fn parse_clock(text: &str, date: NaiveDate) -> Result<i64> {
    let t = text.trim();
    if t.len() > 8 {
        let formats = [
            "%Y-%m-%d %H:%M:%S",
            "%Y-%m-%d %H:%M",
            "%Y-%m-%dT%H:%M:%S",
            "%Y-%m-%dT%H:%M",
            "%Y/%m/%d %H:%M:%S",
            "%Y/%m/%d %H:%M",
        ];
        for f in formats {
            if let Ok(dt) = NaiveDateTime::parse_from_str(t, f) {
                crate::kernel::period::in_book_years(dt.date(), text)?;
                return minutes_since(date, dt);
            }
        }
        bail!("'{text}' is not a time (expected HH:MM or YYYY-MM-DD HH:MM)");
    }
    let parts: Vec<&str> = t.split(':').collect();
    let number = |s: &str| {
        s.parse::<i64>()
            .ok()
            .filter(|_| !s.is_empty() && s.len() <= 2)
    };
    let (h, m) = match parts.as_slice() {
        [h, m] | [h, m, _] => (number(h), number(m)),
        [hm] if hm.len() == 4 && hm.is_ascii() => (number(&hm[..2]), number(&hm[2..])),
        _ => (None, None),
    };
    let seconds_ok = parts
        .get(2)
        .is_none_or(|s| number(s).is_some_and(|s| s < 60));
    match (h, m) {
        (Some(h), Some(m)) if h < 48 && m < 60 && seconds_ok => Ok(h * 60 + m),
        _ => bail!("'{text}' is not a time (expected HH:MM, e.g. 09:00 or 25:30)"),
    }
}

/// Minutes from 00:00 of `date` to a date-time.
pub fn minutes_since(date: NaiveDate, at: NaiveDateTime) -> Result<i64> {
    let start = date.and_hms_opt(0, 0, 0).expect("midnight");
    let minutes = (at - start).num_minutes();
    if !(0..2 * DAY).contains(&minutes) {
        bail!("{at} is not on {date} or the day after");
    }
    Ok(minutes)
}

/// A clock time as text: `09:00`, `25:30` for the next day.
pub fn clock_text(minutes: i64) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Break intervals as stored: `720-780;900-` (an open break has no end).
pub fn breaks_text(breaks: &[(i64, Option<i64>)]) -> String {
    breaks
        .iter()
        .map(|(s, e)| format!("{s}-{}", e.map(|e| e.to_string()).unwrap_or_default()))
        .collect::<Vec<_>>()
        .join(";")
}

/// Parses stored break intervals.
pub fn parse_breaks(text: &str) -> Vec<(i64, Option<i64>)> {
    text.split(';')
        .filter_map(|part| {
            let (s, e) = part.split_once('-')?;
            Some((s.parse().ok()?, e.parse().ok()))
        })
        .collect()
}

/// The minutes of the known, closed breaks.
pub fn known_break_minutes(breaks: &[(i64, Option<i64>)]) -> i64 {
    breaks.iter().filter_map(|(s, e)| e.map(|e| e - s)).sum()
}

/// A work calendar (勤務カレンダー): scheduled days and hours, weekly rest days.
#[derive(Debug, Clone, PartialEq)]
pub struct Calendar {
    /// Row id.
    pub id: i64,
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Scheduled work days, indexed by days from Sunday.
    pub workdays: [bool; 7],
    /// The statutory weekly holiday (法定休日, 35条).
    pub statutory_holiday: Weekday,
    /// The first day of the week for the 40-hour rule (就業規則; Sunday when silent).
    pub week_start: Weekday,
    /// Whether national holidays are days off.
    pub national_holidays_off: bool,
    /// Scheduled start, minutes after 00:00.
    pub start: i64,
    /// Scheduled end.
    pub end: i64,
    /// Scheduled break.
    pub break_minutes: i64,
}

/// What a calendar day is for an employee.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayKind {
    /// A scheduled work day (所定労働日).
    Workday,
    /// The statutory weekly holiday (法定休日): work is paid +35% and not overtime.
    StatutoryHoliday,
    /// Any other day off (所定休日: Saturday, national and company holidays): work counts
    /// toward the 40-hour week.
    OtherHoliday,
}

impl DayKind {
    /// The stored / printed key.
    pub fn key(&self) -> &'static str {
        match self {
            DayKind::Workday => "workday",
            DayKind::StatutoryHoliday => "statutory_holiday",
            DayKind::OtherHoliday => "holiday",
        }
    }
}

/// National and company holidays of a date range.
#[derive(Debug, Clone, Default)]
pub struct Holidays {
    /// 国民の祝日.
    pub national: HashSet<NaiveDate>,
    /// Company holidays (年末年始, 夏季休業, ...).
    pub company: HashSet<NaiveDate>,
}

impl Calendar {
    /// What a date is under this calendar.
    pub fn day_kind(&self, holidays: &Holidays, date: NaiveDate) -> DayKind {
        let weekday = date.weekday();
        if weekday == self.statutory_holiday {
            DayKind::StatutoryHoliday
        } else if holidays.company.contains(&date)
            || (self.national_holidays_off && holidays.national.contains(&date))
            || !self.workdays[weekday.num_days_from_sunday() as usize]
        {
            DayKind::OtherHoliday
        } else {
            DayKind::Workday
        }
    }

    /// The first day of the week `date` is in.
    pub fn week_of(&self, date: NaiveDate) -> NaiveDate {
        let back = (7 + date.weekday().num_days_from_sunday()
            - self.week_start.num_days_from_sunday())
            % 7;
        date - chrono::Duration::days(i64::from(back))
    }

    /// Work days as text: `mon,tue,wed,thu,fri`.
    pub fn workdays_text(&self) -> String {
        WEEKDAYS
            .iter()
            .enumerate()
            .filter(|(i, _)| self.workdays[*i])
            .map(|(_, d)| weekday_key(*d))
            .collect::<Vec<_>>()
            .join(",")
    }
}

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Sun,
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
];

/// Parses a weekday: `sun`, `Sunday`, `日`, `日曜`.
pub fn parse_weekday(text: &str) -> Result<Weekday> {
    let t = text.trim().to_lowercase();
    let japanese = ["日", "月", "火", "水", "木", "金", "土"];
    for (i, d) in WEEKDAYS.iter().enumerate() {
        let key = weekday_key(*d);
        if t == key
            || t == format!("{d:?}").to_lowercase()
            || t.starts_with(japanese[i]) && t.chars().count() <= 3
        {
            return Ok(*d);
        }
        if t.len() > 3 && t.starts_with(key) {
            return Ok(*d);
        }
    }
    bail!("'{text}' is not a weekday (sun, mon, tue, wed, thu, fri, sat)")
}

/// A weekday's key: `sun` ... `sat`.
pub fn weekday_key(day: Weekday) -> &'static str {
    ["sun", "mon", "tue", "wed", "thu", "fri", "sat"][day.num_days_from_sunday() as usize]
}

/// Parses a list of work days (`mon,tue,wed,thu,fri` or `mon-fri`).
pub fn parse_workdays(text: &str) -> Result<[bool; 7]> {
    let mut days = [false; 7];
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if let Some((a, b)) = part.split_once('-') {
            let (a, b) = (parse_weekday(a)?, parse_weekday(b)?);
            let (mut i, end) = (a.num_days_from_sunday(), b.num_days_from_sunday());
            loop {
                days[i as usize] = true;
                if i == end {
                    break;
                }
                i = (i + 1) % 7;
            }
        } else {
            days[parse_weekday(part)?.num_days_from_sunday() as usize] = true;
        }
    }
    if !days.contains(&true) {
        bail!("'{text}' names no work day (e.g. mon-fri)");
    }
    Ok(days)
}

/// The default calendar (Mon-Fri 09:00-18:00, an hour's break, Sunday statutory), for tests.
#[cfg(test)]
pub fn standard_calendar() -> Calendar {
    Calendar {
        id: 1,
        code: "standard".into(),
        name: "標準".into(),
        workdays: parse_workdays("mon-fri").expect("valid"),
        statutory_holiday: Weekday::Sun,
        week_start: Weekday::Sun,
        national_holidays_off: true,
        start: 540,
        end: 1080,
        break_minutes: 60,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn clocks_in_the_spellings_time_clocks_write() {
        let day = d(2026, 4, 1);
        assert_eq!(parse_clock("9:00", day).unwrap(), 540);
        assert_eq!(parse_clock("09:05:59", day).unwrap(), 545);
        assert_eq!(parse_clock("25:30", day).unwrap(), 1530);
        assert_eq!(parse_clock("0930", day).unwrap(), 570);
        assert_eq!(parse_clock("2026-04-02 01:30", day).unwrap(), 1530);
        assert_eq!(parse_clock("2026/04/01 22:00", day).unwrap(), 1320);
        for bad in ["9", "9:60", "48:00", "nine", "2026-04-05 09:00", "9:00:99"] {
            assert!(parse_clock(bad, day).is_err(), "{bad}");
        }
    }

    #[test]
    fn shifts_validate_their_own_times() {
        let day = d(2026, 4, 1);
        assert!(Shift::new(day, 540, 1080, 60).validate().is_ok());
        assert!(Shift::new(day, 1320, 1860, 60).validate().is_ok());
        let equal = Shift::new(day, 540, 540, 0).validate().unwrap_err();
        assert!(equal.to_string().contains("equals"));
        assert!(Shift::new(day, 540, 2000, 0).validate().is_err());
        assert!(Shift::new(day, 540, 600, 60).validate().is_err());
    }

    #[test]
    fn calendar_days_and_weeks() {
        let cal = standard_calendar();
        let mut h = Holidays::default();
        h.national.insert(d(2026, 4, 29));
        assert_eq!(cal.day_kind(&h, d(2026, 4, 26)), DayKind::StatutoryHoliday);
        assert_eq!(cal.day_kind(&h, d(2026, 4, 25)), DayKind::OtherHoliday);
        assert_eq!(cal.day_kind(&h, d(2026, 4, 29)), DayKind::OtherHoliday);
        assert_eq!(cal.day_kind(&h, d(2026, 4, 28)), DayKind::Workday);
        assert_eq!(cal.week_of(d(2026, 4, 1)), d(2026, 3, 29));
        assert_eq!(cal.week_of(d(2026, 3, 29)), d(2026, 3, 29));
        assert_eq!(cal.workdays_text(), "mon,tue,wed,thu,fri");
        assert_eq!(parse_weekday("日曜").unwrap(), Weekday::Sun);
        assert_eq!(
            parse_workdays("sat-mon").unwrap(),
            [true, true, false, false, false, false, true]
        );
    }
}
