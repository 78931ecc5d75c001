//! Annual paid leave (年次有給休暇, 労働基準法39条): statutory grants from the hire date, 2-year
//! expiry (115条), oldest days used first, and the employer's duty to have 5 days taken within a
//! year of each grant of 10 days or more (39条7項, since 2019-04-01).

use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;

/// Days granted at 6 months, 1.5, 2.5, ... 6.5 years of service for full-time staff, and for
/// part-timers working 4, 3, 2 or 1 days a week (39条2項・3項, 労基則24条の3).
const FULL_TIME: [i64; 7] = [10, 11, 12, 14, 16, 18, 20];
const PART_TIME: [[i64; 7]; 4] = [
    [1, 2, 2, 2, 3, 3, 3],
    [3, 4, 4, 5, 6, 6, 7],
    [5, 6, 6, 8, 9, 10, 11],
    [7, 8, 9, 10, 12, 13, 15],
];

/// The statutory grant for the `nth` grant (0 = at 6 months of service). Full days apply to
/// anyone scheduled 5 or more days or 30 or more hours a week; others get the pro-rata table.
pub fn statutory_days(nth: usize, days_per_week: i64, minutes_per_day: i64) -> i64 {
    let step = nth.min(6);
    let weekly_minutes = days_per_week * minutes_per_day;
    if days_per_week >= 5 || weekly_minutes >= 30 * 60 {
        FULL_TIME[step]
    } else {
        PART_TIME[(days_per_week.clamp(1, 4) - 1) as usize][step]
    }
}

/// The statutory grant dates from a hire date up to and including `until`: 6 months after
/// hiring, then every year (a hire on the 31st grants on the month's last day when shorter).
pub fn grant_dates(hire: NaiveDate, until: NaiveDate) -> Vec<(usize, NaiveDate)> {
    let mut out = Vec::new();
    for nth in 0.. {
        let Some(date) = hire.checked_add_months(Months::new(6 + 12 * nth as u32)) else {
            break;
        };
        if date > until {
            break;
        }
        out.push((nth, date));
    }
    out
}

/// The last day a grant can be used: two years after it was granted (115条).
pub fn expires_on(granted_on: NaiveDate) -> NaiveDate {
    granted_on
        .checked_add_months(Months::new(24))
        .and_then(|d| d.pred_opt())
        .expect("a date two years on")
}

/// A grant.
#[derive(Debug, Clone, PartialEq)]
pub struct Grant {
    /// Granted on.
    pub granted_on: NaiveDate,
    /// Days granted.
    pub days: Decimal,
    /// Last usable day.
    pub expires_on: NaiveDate,
}

/// Days taken on a date (1 or 0.5).
#[derive(Debug, Clone, PartialEq)]
pub struct Taken {
    /// The date.
    pub date: NaiveDate,
    /// Days.
    pub days: Decimal,
}

/// Where an employee's leave stands on a date.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Balance {
    /// Days usable on the date.
    pub remaining: Decimal,
    /// Days taken up to the date out of grants still valid.
    pub used: Decimal,
    /// Days granted by grants valid on the date.
    pub granted: Decimal,
    /// Days lost to expiry up to the date.
    pub expired: Decimal,
    /// The next expiry among valid grants with days left: (date, days).
    pub next_expiry: Option<(NaiveDate, Decimal)>,
    /// Days taken that no grant covered (recorded before grants existed).
    pub uncovered: Decimal,
}

/// Applies takes to grants oldest-first and reports the position on `as_of`.
pub fn balance(grants: &[Grant], taken: &[Taken], as_of: NaiveDate) -> Balance {
    let mut grants: Vec<Grant> = grants
        .iter()
        .filter(|g| g.granted_on <= as_of)
        .cloned()
        .collect();
    grants.sort_by_key(|g| g.granted_on);
    let mut left: Vec<Decimal> = grants.iter().map(|g| g.days).collect();
    let mut used_from: Vec<Decimal> = vec![Decimal::ZERO; grants.len()];
    let mut b = Balance::default();
    let mut taken: Vec<&Taken> = taken.iter().filter(|t| t.date <= as_of).collect();
    taken.sort_by_key(|t| t.date);
    for t in taken {
        let mut need = t.days;
        for (i, g) in grants.iter().enumerate() {
            if need.is_zero() {
                break;
            }
            if g.granted_on <= t.date && t.date <= g.expires_on && left[i] > Decimal::ZERO {
                let use_now = need.min(left[i]);
                left[i] -= use_now;
                used_from[i] += use_now;
                need -= use_now;
            }
        }
        b.uncovered += need;
    }
    for (i, g) in grants.iter().enumerate() {
        if g.expires_on < as_of {
            b.expired += left[i];
            continue;
        }
        b.granted += g.days;
        b.used += used_from[i];
        b.remaining += left[i];
        if left[i] > Decimal::ZERO && b.next_expiry.is_none_or(|(d, _)| g.expires_on < d) {
            b.next_expiry = Some((g.expires_on, left[i]));
        }
    }
    b
}

/// The 5-days duty for one grant: the window and the days taken in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Obligation {
    /// The grant date (the window's first day).
    pub granted_on: NaiveDate,
    /// The window's last day.
    pub deadline: NaiveDate,
    /// Days taken in the window.
    pub taken: Decimal,
    /// Days still to take (0 when met).
    pub missing: Decimal,
}

/// Days that must be taken within a year of a grant of 10 days or more (39条7項).
pub const OBLIGATORY_DAYS: i64 = 5;

/// The 5-days duty for every grant of 10 days or more.
pub fn obligations(grants: &[Grant], taken: &[Taken]) -> Vec<Obligation> {
    grants
        .iter()
        .filter(|g| g.days >= Decimal::from(10))
        .map(|g| {
            let deadline = g
                .granted_on
                .checked_add_months(Months::new(12))
                .and_then(|d| d.pred_opt())
                .expect("a date a year on");
            let in_window: Decimal = taken
                .iter()
                .filter(|t| t.date >= g.granted_on && t.date <= deadline)
                .map(|t| t.days)
                .sum();
            Obligation {
                granted_on: g.granted_on,
                deadline,
                taken: in_window,
                missing: (Decimal::from(OBLIGATORY_DAYS) - in_window).max(Decimal::ZERO),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    // 厚生労働省「年次有給休暇の付与日数は法律で決まっています」: 10, 11, 12, 14, 16, 18, 20 days;
    // 4 days a week: 7, 8, 9, 10, 12, 13, 15; 1 day a week: 1, 2, 2, 2, 3, 3, 3.
    #[test]
    fn statutory_tables() {
        let full: Vec<i64> = (0..8).map(|n| statutory_days(n, 5, 480)).collect();
        assert_eq!(full, [10, 11, 12, 14, 16, 18, 20, 20]);
        let four: Vec<i64> = (0..7).map(|n| statutory_days(n, 4, 360)).collect();
        assert_eq!(four, [7, 8, 9, 10, 12, 13, 15]);
        assert_eq!(statutory_days(0, 3, 300), 5);
        assert_eq!(statutory_days(6, 2, 300), 7);
        assert_eq!(statutory_days(3, 1, 300), 2);
        // 4 days of 8 hours is 32 hours a week: the full table.
        assert_eq!(statutory_days(0, 4, 480), 10);
    }

    #[test]
    fn grant_dates_from_the_hire_date() {
        let dates = grant_dates(d(2024, 4, 1), d(2026, 10, 1));
        assert_eq!(
            dates,
            [
                (0, d(2024, 10, 1)),
                (1, d(2025, 10, 1)),
                (2, d(2026, 10, 1))
            ]
        );
        assert_eq!(
            grant_dates(d(2025, 8, 31), d(2026, 3, 1)),
            [(0, d(2026, 2, 28))]
        );
        assert_eq!(expires_on(d(2024, 10, 1)), d(2026, 9, 30));
    }

    #[test]
    fn oldest_days_are_used_first_and_expire_after_two_years() {
        let grants = [
            Grant {
                granted_on: d(2024, 10, 1),
                days: dec!(10),
                expires_on: d(2026, 9, 30),
            },
            Grant {
                granted_on: d(2025, 10, 1),
                days: dec!(11),
                expires_on: d(2027, 9, 30),
            },
        ];
        let taken = [
            Taken {
                date: d(2025, 3, 3),
                days: dec!(1),
            },
            Taken {
                date: d(2025, 11, 4),
                days: dec!(0.5),
            },
        ];
        let b = balance(&grants, &taken, d(2026, 4, 1));
        assert_eq!(b.remaining, dec!(19.5));
        assert_eq!(b.next_expiry, Some((d(2026, 9, 30), dec!(8.5))));
        let later = balance(&grants, &taken, d(2026, 10, 1));
        assert_eq!(later.expired, dec!(8.5));
        assert_eq!(later.remaining, dec!(11));
    }

    #[test]
    fn five_days_within_a_year_of_each_grant() {
        let grants = [Grant {
            granted_on: d(2025, 10, 1),
            days: dec!(10),
            expires_on: d(2027, 9, 30),
        }];
        let taken: Vec<Taken> = (1..=4)
            .map(|i| Taken {
                date: d(2026, i, 10),
                days: dec!(1),
            })
            .chain([Taken {
                date: d(2026, 10, 1),
                days: dec!(1),
            }])
            .collect();
        let o = obligations(&grants, &taken);
        assert_eq!(o[0].deadline, d(2026, 9, 30));
        assert_eq!((o[0].taken, o[0].missing), (dec!(4), dec!(1)));
    }
}
