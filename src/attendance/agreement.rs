//! 36協定 limits (労働基準法36条, as amended 2019; SMEs since 2020-04-01). Overtime here is
//! statutory overtime (beyond 8 h a day / 40 h a week), exact minutes; holiday work is work on
//! the statutory holiday.
//!
//! - Always: overtime + holiday work under 100 hours in every month, and at most 80 hours on
//!   average over every window of 2 to 6 months ending in the month (36条6項2号・3号).
//! - Without the special clause (特別条項): overtime at most 45 hours a month and 360 hours in
//!   the agreement year (36条4項).
//! - With it: the 45/360-hour limits may be passed, but overtime stays within 720 hours a year and
//!   more than 45 hours in at most 6 months of the year (36条5項).

use crate::kernel::period::Month;

/// 45 hours.
pub const MONTH_LIMIT: i64 = 45 * 60;
/// 360 hours.
pub const YEAR_LIMIT: i64 = 360 * 60;
/// 720 hours (special clause).
pub const SPECIAL_YEAR_LIMIT: i64 = 720 * 60;
/// Overtime + holiday work must stay under 100 hours in a month.
pub const MONTH_CAP: i64 = 100 * 60;
/// Average of overtime + holiday work over 2-6 months: at most 80 hours.
pub const AVERAGE_CAP: i64 = 80 * 60;
/// Months over 45 hours allowed per year under the special clause.
pub const MONTHS_OVER_45: usize = 6;

/// One month's load for one employee.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthLoad {
    /// The month.
    pub month: Month,
    /// Statutory overtime minutes.
    pub overtime: i64,
    /// Statutory-holiday minutes.
    pub holiday: i64,
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Worth a look; not a breach.
    Warn,
    /// A limit is broken.
    Fail,
}

/// One finding about one employee.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// A stable key, e.g. `month_45h`.
    pub rule: &'static str,
    /// Warn or fail.
    pub severity: Severity,
    /// What was found, with figures.
    pub detail: String,
}

fn h(minutes: i64) -> String {
    crate::people::hours_minutes(minutes)
}

/// Checks `target` against every 36協定 limit. `loads` holds the employee's months in order,
/// at least from the agreement year's first month and the five months before `target`
/// (missing months count as zero).
pub fn check(
    loads: &[MonthLoad],
    target: Month,
    year_start: Month,
    special_clause: bool,
) -> Vec<Finding> {
    let load = |m: Month| loads.iter().find(|l| l.month == m).copied();
    let this = load(target).unwrap_or(MonthLoad {
        month: target,
        overtime: 0,
        holiday: 0,
    });
    let year: Vec<MonthLoad> = loads
        .iter()
        .filter(|l| l.month >= year_start && l.month <= target)
        .copied()
        .collect();
    let mut out = Vec::new();
    out.extend(month_limit(this, special_clause));
    out.extend(year_limits(&year, year_start, special_clause));
    if this.overtime + this.holiday >= MONTH_CAP {
        out.push(finding(
            "month_100h",
            Severity::Fail,
            format!(
                "overtime + holiday work {} is not under 100:00",
                h(this.overtime + this.holiday)
            ),
        ));
    }
    let both = |m: Month| load(m).map_or(0, |l| l.overtime + l.holiday);
    out.extend(two_to_six_month_average(&both, target));
    let over_45 = year.iter().filter(|l| l.overtime > MONTH_LIMIT).count();
    if special_clause && over_45 > MONTHS_OVER_45 {
        out.push(finding(
            "months_over_45h",
            Severity::Fail,
            format!(
                "overtime was over 45:00 in {over_45} months since {} (at most 6)",
                month_text(year_start)
            ),
        ));
    }
    out
}

fn finding(rule: &'static str, severity: Severity, detail: String) -> Finding {
    Finding {
        rule,
        severity,
        detail,
    }
}

/// Over the ordinary limits a special clause turns a failure into a warning.
fn ordinary(special_clause: bool) -> Severity {
    if special_clause {
        Severity::Warn
    } else {
        Severity::Fail
    }
}

/// 45 hours of overtime in the month (労基法36条4項).
fn month_limit(this: MonthLoad, special_clause: bool) -> Option<Finding> {
    (this.overtime > MONTH_LIMIT).then(|| {
        finding(
            "month_45h",
            ordinary(special_clause),
            format!(
                "overtime {} is over 45:00 in {}{}",
                h(this.overtime),
                month_text(this.month),
                if special_clause {
                    " (special clause used)"
                } else {
                    ""
                }
            ),
        )
    })
}

/// 360 hours a year (720 with a special clause, 労基法36条5項).
fn year_limits(year: &[MonthLoad], year_start: Month, special_clause: bool) -> Vec<Finding> {
    let year_overtime: i64 = year.iter().map(|l| l.overtime).sum();
    let mut out = Vec::new();
    if year_overtime > YEAR_LIMIT {
        out.push(finding(
            "year_360h",
            ordinary(special_clause),
            format!(
                "overtime {} since {} is over 360:00",
                h(year_overtime),
                month_text(year_start)
            ),
        ));
    }
    if special_clause && year_overtime > SPECIAL_YEAR_LIMIT {
        out.push(finding(
            "year_720h",
            Severity::Fail,
            format!(
                "overtime {} since {} is over 720:00",
                h(year_overtime),
                month_text(year_start)
            ),
        ));
    }
    out
}

/// Overtime and holiday work averaging over 80 hours across any 2 to 6 months ending with the
/// target (労基法36条6項3号); the shortest span found is reported.
fn two_to_six_month_average(both: &dyn Fn(Month) -> i64, target: Month) -> Option<Finding> {
    for span in 2..=6 {
        let mut months = vec![target];
        for _ in 1..span {
            months.push(months.last().expect("one month").prev());
        }
        let total: i64 = months.iter().map(|m| both(*m)).sum();
        if total > AVERAGE_CAP * span as i64 {
            return Some(finding(
                "average_80h",
                Severity::Fail,
                format!(
                    "overtime + holiday work averages {} over the {span} months {}..{}",
                    h(total / span as i64),
                    month_text(*months.last().expect("one month")),
                    month_text(target)
                ),
            ));
        }
    }
    None
}

fn month_text(m: Month) -> String {
    m.to_string()
}

/// The first month of the agreement year containing `month`, for agreement years starting in
/// `start_month` (1-12).
pub fn agreement_year_start(month: Month, start_month: u32) -> Month {
    let year = if month.month >= start_month {
        month.year
    } else {
        month.year - 1
    };
    Month {
        year,
        month: start_month,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(year: i32, month: u32) -> Month {
        Month { year, month }
    }

    fn loads(values: &[(u32, i64, i64)]) -> Vec<MonthLoad> {
        values
            .iter()
            .map(|&(month, ot, hol)| MonthLoad {
                month: m(2026, month),
                overtime: ot * 60,
                holiday: hol * 60,
            })
            .collect()
    }

    fn rules(found: &[Finding]) -> Vec<(&'static str, Severity)> {
        found.iter().map(|f| (f.rule, f.severity)).collect()
    }

    // Each limit of 36条 (厚生労働省「時間外労働の上限規制 わかりやすい解説」).
    #[test]
    fn forty_five_hours_is_a_breach_only_without_the_special_clause() {
        let l = loads(&[(4, 45, 0)]);
        assert!(check(&l, m(2026, 4), m(2026, 4), false).is_empty());
        let l = loads(&[(4, 46, 0)]);
        assert_eq!(
            rules(&check(&l, m(2026, 4), m(2026, 4), false)),
            [("month_45h", Severity::Fail)]
        );
        assert_eq!(
            rules(&check(&l, m(2026, 4), m(2026, 4), true)),
            [("month_45h", Severity::Warn)]
        );
    }

    #[test]
    fn three_hundred_sixty_hours_a_year() {
        let l = loads(&[
            (4, 40, 0),
            (5, 40, 0),
            (6, 40, 0),
            (7, 40, 0),
            (8, 40, 0),
            (9, 40, 0),
            (10, 40, 0),
            (11, 40, 0),
            (12, 41, 0),
        ]);
        assert_eq!(
            rules(&check(&l, m(2026, 12), m(2026, 4), false)),
            [("year_360h", Severity::Fail)]
        );
    }

    #[test]
    fn seven_hundred_twenty_hours_and_six_months_over_45_with_the_clause() {
        // Ten months of exactly 80 hours, April 2026 to January 2027: 800 hours in the year.
        let mut l = Vec::new();
        let mut month = m(2026, 4);
        for _ in 0..10 {
            l.push(MonthLoad {
                month,
                overtime: 80 * 60,
                holiday: 0,
            });
            month = month.next();
        }
        let found = check(&l, m(2027, 1), m(2026, 4), true);
        let fails: Vec<&str> = found
            .iter()
            .filter(|f| f.severity == Severity::Fail)
            .map(|f| f.rule)
            .collect();
        assert_eq!(fails, ["year_720h", "months_over_45h"]);
        // Without the clause the same hours break the plain limits.
        let plain = rules(&check(&l, m(2027, 1), m(2026, 4), false));
        assert_eq!(
            plain,
            [("month_45h", Severity::Fail), ("year_360h", Severity::Fail)]
        );
    }

    #[test]
    fn one_hundred_hours_in_a_month_counts_holiday_work() {
        let l = loads(&[(4, 80, 19)]);
        assert!(
            check(&l, m(2026, 4), m(2026, 4), true)
                .iter()
                .all(|f| f.rule != "month_100h")
        );
        let l = loads(&[(4, 80, 20)]);
        assert!(
            check(&l, m(2026, 4), m(2026, 4), true)
                .iter()
                .any(|f| f.rule == "month_100h")
        );
    }

    #[test]
    fn eighty_hours_on_average_over_two_to_six_months() {
        // 2 months: 90 + 71 = 161 > 160.
        let l = loads(&[(5, 90, 0), (6, 71, 0)]);
        let f = check(&l, m(2026, 6), m(2026, 4), true);
        assert!(
            f.iter()
                .any(|f| f.rule == "average_80h" && f.detail.contains("2 months"))
        );
        // 6 months of exactly 80 hours: allowed.
        let l = loads(&[
            (1, 80, 0),
            (2, 80, 0),
            (3, 70, 10),
            (4, 80, 0),
            (5, 80, 0),
            (6, 80, 0),
        ]);
        assert!(
            check(&l, m(2026, 6), m(2026, 4), true)
                .iter()
                .all(|f| f.rule != "average_80h")
        );
        // A 3-month window over average while every 2-month window is fine.
        let l = loads(&[(4, 85, 0), (5, 75, 0), (6, 85, 0)]);
        let f = check(&l, m(2026, 6), m(2026, 4), true);
        assert!(
            f.iter()
                .any(|f| f.rule == "average_80h" && f.detail.contains("3 months"))
        );
    }

    #[test]
    fn agreement_years() {
        assert_eq!(agreement_year_start(m(2026, 3), 4), m(2025, 4));
        assert_eq!(agreement_year_start(m(2026, 4), 4), m(2026, 4));
    }
}
