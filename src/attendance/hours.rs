//! Daily, weekly and monthly working hours under 労働基準法 — per minute, never rounded per day.
//!
//! - Statutory overtime (32条): minutes beyond 8 hours a day, then minutes beyond 40 hours a week
//!   among those not already daily overtime (so nothing is counted twice). Weekly overtime is
//!   attributed to the day on which the week passes 40 hours; a week that crosses a month end is
//!   counted from its first day, and each month gets the overtime of its own days.
//! - Statutory-holiday work (35条): minutes that fall on the statutory holiday's calendar day
//!   (00:00-24:00), so a Saturday night shift running into Sunday is holiday work after midnight.
//!   These minutes are neither daily nor weekly overtime and do not count toward the 60 hours.
//! - Late night (37条4項): minutes between 22:00 and 05:00.
//! - When only a break total is known (no break times), the break is taken out of daytime minutes
//!   first: late-night minutes are never understated.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{Calendar, DAY, DayKind, Holidays, Shift, known_break_minutes};

/// 8 hours a day (32条2項).
pub const DAILY_LIMIT: i64 = 8 * 60;
/// 60 hours of monthly overtime, above which the premium is 50% (37条1項 ただし書).
pub const OVER_60: i64 = 60 * 60;
const NIGHT_END: i64 = 5 * 60;
const NIGHT_START: i64 = 22 * 60;

/// The minimum break 34条 requires for a day's working time: more than 6 hours → 45 minutes,
/// more than 8 hours → 60 minutes (exactly 6 hours needs none, exactly 8 hours 45 minutes).
pub fn required_break(worked: i64) -> i64 {
    if worked > 8 * 60 {
        60
    } else if worked > 6 * 60 {
        45
    } else {
        0
    }
}

/// The hours of one day's shift.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DayHours {
    /// The work date.
    pub date: Option<NaiveDate>,
    /// Minutes worked (breaks taken out).
    pub worked: i64,
    /// Break minutes taken.
    pub break_taken: i64,
    /// Whether the break is shorter than 34条 requires.
    pub short_break: bool,
    /// Minutes between 22:00 and 05:00.
    pub night: i64,
    /// Minutes on the statutory holiday.
    pub statutory_holiday: i64,
    /// Minutes worked on other days off (所定休日), counted toward the 40-hour week.
    pub other_holiday: i64,
    /// Minutes beyond 8 hours.
    pub daily_overtime: i64,
    /// Minutes beyond 40 hours in the week.
    pub weekly_overtime: i64,
    /// Minutes beyond the scheduled hours but within the statutory limits (法定内残業).
    pub within_statutory: i64,
    /// Minutes late against the scheduled start.
    pub late: i64,
    /// Minutes left before the scheduled end.
    pub early: i64,
    /// Whether a clock or a break end is missing.
    pub incomplete: bool,
    /// Minutes toward the 40-hour week (worked, less holiday work and daily overtime).
    pub toward_week: i64,
}

impl DayHours {
    /// Statutory overtime of the day (daily + weekly).
    pub fn overtime(&self) -> i64 {
        self.daily_overtime + self.weekly_overtime
    }
}

/// What one employee's day is scheduled to be.
pub struct Schedule<'a> {
    /// The work calendar.
    pub calendar: &'a Calendar,
    /// Holidays in force.
    pub holidays: &'a Holidays,
    /// Scheduled minutes per day (所定労働時間).
    pub minutes_per_day: i64,
}

/// Computes one shift's hours (weekly overtime is filled in by [`apply_weekly_limit`]).
/// `half_day_leave` turns off lateness and early leave for a day with a half day of paid leave.
pub fn day_hours(shift: &Shift, schedule: &Schedule, half_day_leave: bool) -> DayHours {
    let kind = |offset: i64| {
        schedule.calendar.day_kind(
            schedule.holidays,
            shift.date + chrono::Duration::days(offset),
        )
    };
    let mut day = DayHours {
        date: Some(shift.date),
        break_taken: shift.break_minutes,
        ..DayHours::default()
    };
    let (Some(clock_in), Some(clock_out)) = (shift.clock_in, shift.clock_out) else {
        day.incomplete = true;
        return day;
    };
    day.incomplete = shift.is_incomplete();
    // minutes[calendar day offset][0 = daytime, 1 = night]
    let mut minutes = [[0i64; 2]; 2];
    for (start, end) in worked_intervals(clock_in, clock_out, &shift.breaks) {
        add_by_day_and_night(&mut minutes, start, end);
    }
    let mut unknown_break = (shift.break_minutes - known_break_minutes(&shift.breaks)).max(0);
    for (d, n) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
        let taken = unknown_break.min(minutes[d][n]);
        minutes[d][n] -= taken;
        unknown_break -= taken;
    }
    day.worked = minutes.iter().flatten().sum();
    day.night = minutes[0][1] + minutes[1][1];
    for (offset, m) in minutes.iter().enumerate() {
        if kind(offset as i64) == DayKind::StatutoryHoliday {
            day.statutory_holiday += m[0] + m[1];
        }
    }
    let counted = day.worked - day.statutory_holiday;
    day.daily_overtime = (counted - DAILY_LIMIT).max(0);
    day.toward_week = counted - day.daily_overtime;
    let start_kind = kind(0);
    let scheduled = if start_kind == DayKind::Workday {
        schedule.minutes_per_day
    } else {
        0
    };
    if start_kind == DayKind::OtherHoliday {
        day.other_holiday = counted;
    }
    day.within_statutory = (day.toward_week - scheduled).max(0);
    day.short_break = day.break_taken < required_break(day.worked);
    // Lateness and early leave only for a shift that overlaps the scheduled hours (a night
    // shift on a day calendar is a different shift, not 13 hours late).
    let (start, end) = (schedule.calendar.start, schedule.calendar.end);
    if start_kind == DayKind::Workday && !half_day_leave && clock_in < end && clock_out > start {
        day.late = (clock_in - start).max(0);
        day.early = (end - clock_out).max(0);
    }
    day
}

/// The shift minus its known breaks, as half-open intervals.
fn worked_intervals(
    clock_in: i64,
    clock_out: i64,
    breaks: &[(i64, Option<i64>)],
) -> Vec<(i64, i64)> {
    let mut cuts: Vec<(i64, i64)> = breaks
        .iter()
        .filter_map(|(s, e)| e.map(|e| (*s, e)))
        .collect();
    cuts.sort_unstable();
    let mut out = Vec::new();
    let mut at = clock_in;
    for (s, e) in cuts {
        if s > at {
            out.push((at, s.min(clock_out)));
        }
        at = at.max(e);
    }
    if at < clock_out {
        out.push((at, clock_out));
    }
    out
}

/// Adds an interval's minutes to per-day, per-night buckets (an interval lies within 48 hours).
fn add_by_day_and_night(minutes: &mut [[i64; 2]; 2], start: i64, end: i64) {
    let bounds = [
        0,
        NIGHT_END,
        NIGHT_START,
        DAY,
        DAY + NIGHT_END,
        DAY + NIGHT_START,
        2 * DAY,
    ];
    for w in bounds.windows(2) {
        let (a, b) = (start.max(w[0]), end.min(w[1]));
        if a < b {
            let offset = (w[0] / DAY) as usize;
            let minute_of_day = w[0] % DAY;
            let night = usize::from(!(NIGHT_END..NIGHT_START).contains(&minute_of_day));
            minutes[offset.min(1)][night] += b - a;
        }
    }
}

/// Fills in weekly overtime: within each week, the minutes toward the 40-hour week beyond
/// `weekly_limit` (2,400 minutes; 2,640 under the 44-hour 特例), on the day they arise. `days`
/// must be one employee's, in date order, starting at the beginning of a week.
pub fn apply_weekly_limit(days: &mut [DayHours], calendar: &Calendar, weekly_limit: i64) {
    let mut week = None;
    let mut total = 0;
    for day in days.iter_mut() {
        let Some(date) = day.date else { continue };
        let this_week = calendar.week_of(date);
        if week != Some(this_week) {
            week = Some(this_week);
            total = 0;
        }
        let before = total;
        total += day.toward_week;
        day.weekly_overtime = (total - before.max(weekly_limit)).max(0);
        day.within_statutory = (day.within_statutory - day.weekly_overtime).max(0);
    }
}

/// A month's totals for one employee (summary of 出勤簿).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MonthHours {
    /// Scheduled work days in the month while employed.
    pub scheduled_days: i64,
    /// Days with a timecard.
    pub days_worked: i64,
    /// Scheduled days with neither a timecard nor paid leave (up to today).
    pub absences: Decimal,
    /// Paid leave days taken.
    pub paid_leave_days: Decimal,
    /// Days worked on the statutory holiday.
    pub statutory_holiday_days: i64,
    /// Minutes worked.
    pub worked: i64,
    /// Statutory overtime (daily + weekly).
    pub overtime: i64,
    /// Overtime beyond 60 hours.
    pub overtime_over_60: i64,
    /// Late-night minutes.
    pub night: i64,
    /// Statutory-holiday minutes.
    pub statutory_holiday: i64,
    /// Minutes worked on other days off.
    pub other_holiday: i64,
    /// 法定内残業 minutes.
    pub within_statutory: i64,
    /// Days late, and minutes.
    pub late_days: i64,
    /// Minutes late.
    pub late: i64,
    /// Days left early.
    pub early_days: i64,
    /// Minutes left early.
    pub early: i64,
    /// Days whose break is shorter than 34条 requires.
    pub short_breaks: i64,
    /// Days with a missing punch.
    pub incomplete: i64,
}

impl MonthHours {
    /// Adds one day.
    pub fn add(&mut self, d: &DayHours) {
        self.days_worked += 1;
        self.worked += d.worked;
        self.overtime += d.overtime();
        self.night += d.night;
        self.statutory_holiday += d.statutory_holiday;
        self.statutory_holiday_days += i64::from(d.statutory_holiday > 0);
        self.other_holiday += d.other_holiday;
        self.within_statutory += d.within_statutory;
        self.late_days += i64::from(d.late > 0);
        self.late += d.late;
        self.early_days += i64::from(d.early > 0);
        self.early += d.early;
        self.short_breaks += i64::from(d.short_break && !d.incomplete);
        self.incomplete += i64::from(d.incomplete);
    }

    /// Splits overtime at 60 hours, after the monthly rounding (the split follows the rounded
    /// total, so the two parts always add up to it).
    pub fn finish(&mut self, rounding: MonthlyRounding) {
        self.overtime = rounding.apply(self.overtime);
        self.night = rounding.apply(self.night);
        self.statutory_holiday = rounding.apply(self.statutory_holiday);
        self.within_statutory = rounding.apply(self.within_statutory);
        self.overtime_over_60 = (self.overtime - OVER_60).max(0);
    }
}

/// The monthly rounding of overtime, holiday and late-night totals that 昭63.3.14 基発150号
/// permits: none, or under 30 minutes dropped and 30 minutes or more rounded up to the hour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MonthlyRounding {
    /// Exact minutes.
    #[default]
    None,
    /// To the nearest hour, half up.
    HalfHour,
}

impl MonthlyRounding {
    /// Parses `none` or `30min`.
    pub fn parse(text: &str) -> anyhow::Result<MonthlyRounding> {
        match text.trim() {
            "" | "none" => Ok(MonthlyRounding::None),
            "30min" | "half-hour" => Ok(MonthlyRounding::HalfHour),
            other => anyhow::bail!("'{other}' is not a monthly rounding (none or 30min)"),
        }
    }

    /// Rounds a monthly total of minutes.
    pub fn apply(&self, minutes: i64) -> i64 {
        match self {
            MonthlyRounding::None => minutes,
            MonthlyRounding::HalfHour => round_monthly_total_to_hour(minutes),
        }
    }
}

/// 基発150号: a monthly total's fraction under 30 minutes is dropped, 30 minutes or more counts
/// as a full hour.
pub fn round_monthly_total_to_hour(minutes: i64) -> i64 {
    let rest = minutes.rem_euclid(60);
    if rest >= 30 {
        minutes - rest + 60
    } else {
        minutes - rest
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn calendar() -> Calendar {
        crate::attendance::standard_calendar()
    }

    fn hours(shift: &Shift) -> DayHours {
        let cal = calendar();
        let h = Holidays::default();
        let s = Schedule {
            calendar: &cal,
            holidays: &h,
            minutes_per_day: 480,
        };
        day_hours(shift, &s, false)
    }

    // 34条: more than 6 h → 45 min, more than 8 h → 60 min; exactly 6 h and exactly 8 h are
    // the boundaries (厚生労働省「労働時間・休憩・休日関係」).
    #[test]
    fn break_rule_boundaries() {
        for (worked, required) in [(359, 0), (360, 0), (361, 45), (480, 45), (481, 60)] {
            assert_eq!(required_break(worked), required, "{worked}");
        }
        // 9:00-15:00 with no break: exactly 6 h, fine.
        assert!(!hours(&Shift::new(d(4, 1), 540, 900, 0)).short_break);
        // 9:00-17:45 with 45 min: exactly 8 h, fine; 9:00-17:46 with 45 min: short.
        assert!(!hours(&Shift::new(d(4, 1), 540, 1065, 45)).short_break);
        assert!(hours(&Shift::new(d(4, 1), 540, 1066, 45)).short_break);
    }

    #[test]
    fn a_night_shift_across_midnight_belongs_to_its_start_day() {
        // Wed 22:00 → Thu 07:00, 60 min break (times unknown): 8 h worked, 7 h at night.
        let h = hours(&Shift::new(d(4, 1), 1320, 1860, 60));
        assert_eq!(h.worked, 480);
        assert_eq!(h.night, 420);
        assert_eq!(h.daily_overtime, 0);
        // The break is placed in daytime minutes first (05:00-07:00 has 120), so night stays 7 h.
        // Known break at 02:00-03:00 instead: night is 6 h.
        let mut s = Shift::new(d(4, 1), 1320, 1860, 60);
        s.breaks = vec![(1560, Some(1620))];
        assert_eq!(hours(&s).night, 360);
    }

    #[test]
    fn statutory_holiday_work_at_night() {
        // Sat 2026-04-04 20:00 → Sun 04:00, no break: Sunday's 00:00-04:00 is statutory holiday
        // work, and all of 22:00-04:00 is late night.
        let h = hours(&Shift::new(d(4, 4), 1200, 1680, 0));
        assert_eq!(h.worked, 480);
        assert_eq!(h.statutory_holiday, 240);
        assert_eq!(h.night, 360);
        assert_eq!(h.other_holiday, 240);
        // Sun 2026-04-05 20:00 → Mon 02:00: holiday until midnight.
        let h = hours(&Shift::new(d(4, 5), 1200, 1560, 0));
        assert_eq!(h.statutory_holiday, 240);
        assert_eq!(h.daily_overtime, 0);
    }

    #[test]
    fn saturday_work_pushes_the_week_over_40_hours() {
        // Mon 6 - Fri 10 April, 9-18 with an hour's break (8 h each), Sat 11th 9-14 (5 h).
        let cal = calendar();
        let mut days: Vec<DayHours> = (6..=11)
            .map(|day| {
                let out = if day == 11 { 840 } else { 1080 };
                hours(&Shift::new(
                    d(4, day),
                    540,
                    out,
                    if day == 11 { 0 } else { 60 },
                ))
            })
            .collect();
        apply_weekly_limit(&mut days, &cal, 2400);
        assert!(days[..5].iter().all(|h| h.weekly_overtime == 0));
        assert_eq!(days[5].weekly_overtime, 300);
        assert_eq!(days[5].within_statutory, 0);
        assert_eq!(days[5].other_holiday, 300);
    }

    #[test]
    fn weekly_overtime_does_not_double_count_daily_overtime() {
        // Mon-Fri 10 h each (2 h daily overtime each), Sat 4 h: week toward 40 h = 40 + 4.
        let cal = calendar();
        let mut days: Vec<DayHours> = (6..=11)
            .map(|day| {
                if day == 11 {
                    hours(&Shift::new(d(4, day), 540, 780, 0))
                } else {
                    hours(&Shift::new(d(4, day), 540, 1200, 60))
                }
            })
            .collect();
        // 2026-04-06 is a Monday, so Sunday the 5th starts the week (not worked).
        apply_weekly_limit(&mut days, &cal, 2400);
        let daily: i64 = days.iter().map(|h| h.daily_overtime).sum();
        let weekly: i64 = days.iter().map(|h| h.weekly_overtime).sum();
        assert_eq!((daily, weekly), (600, 240));
    }

    #[test]
    fn monthly_rounding_per_150_go() {
        assert_eq!(round_monthly_total_to_hour(60 * 10 + 29), 600);
        assert_eq!(round_monthly_total_to_hour(60 * 10 + 30), 660);
        let mut m = MonthHours {
            overtime: 61 * 60 + 30,
            ..MonthHours::default()
        };
        m.finish(MonthlyRounding::HalfHour);
        assert_eq!((m.overtime, m.overtime_over_60), (62 * 60, 120));
    }
}
