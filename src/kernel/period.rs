//! Dates, months and fiscal years (the clock is `kernel::clock`). Must not touch SQL or the
//! terminal.

use anyhow::{Result, bail};
use chrono::{Datelike, NaiveDate};

/// A date written as ISO `2026-04-01` without going through chrono's formatter (bulk imports
/// write a million of them). Years outside 0..=9999 fall back to chrono's text.
pub struct IsoDate {
    bytes: [u8; 10],
    fallback: Option<String>,
}

impl From<NaiveDate> for IsoDate {
    fn from(date: NaiveDate) -> IsoDate {
        let year = date.year();
        if !(0..=9999).contains(&year) {
            return IsoDate {
                bytes: [0; 10],
                fallback: Some(date.to_string()),
            };
        }
        let digit = |n: u32| b'0' + (n % 10) as u8;
        let (y, m, d) = (year as u32, date.month(), date.day());
        IsoDate {
            bytes: [
                digit(y / 1000),
                digit(y / 100),
                digit(y / 10),
                digit(y),
                b'-',
                digit(m / 10),
                digit(m),
                b'-',
                digit(d / 10),
                digit(d),
            ],
            fallback: None,
        }
    }
}

impl IsoDate {
    /// The text.
    pub fn as_str(&self) -> &str {
        match &self.fallback {
            Some(text) => text,
            None => std::str::from_utf8(&self.bytes).expect("ASCII digits"),
        }
    }
}

/// The widest period a listing covers when none is given (dates are stored as ISO text, so
/// these compare correctly; NaiveDate::MIN/MAX would not).
pub const ALL_DATES: (NaiveDate, NaiveDate) = (
    NaiveDate::from_ymd_opt(1, 1, 1).expect("a date"),
    NaiveDate::from_ymd_opt(9999, 12, 31).expect("a date"),
);

/// Parses a date as ISO `2026-04-01`, or as Japanese files write it: `2026/4/1`, `20260401`.
pub fn parse_date(text: &str) -> Result<NaiveDate> {
    let t = text.trim();
    if let Some(date) = parse_iso_date_fast(t) {
        return in_book_years(date, text);
    }
    let parsed = if t.len() == 8 && t.chars().all(|c| c.is_ascii_digit()) {
        NaiveDate::parse_from_str(t, "%Y%m%d").ok()
    } else {
        NaiveDate::parse_from_str(t, "%Y-%m-%d")
            .or_else(|_| NaiveDate::parse_from_str(t, "%Y/%m/%d"))
            .ok()
    };
    match parsed {
        Some(date) => in_book_years(date, text),
        None => bail!(
            "'{}' is not a date (expected YYYY-MM-DD)",
            crate::kernel::text::excerpt(text)
        ),
    }
}

/// The years a date in the books may have, as for a year argument ([`parse_year`]).
pub const BOOK_YEARS: std::ops::RangeInclusive<i32> = 1900..=9999;

/// `date`, parsed from `text`, when its year is one the books may have. chrono reads the year
/// of `26-05-01` or `26/5/1` (a two-digit year, as spreadsheets shorten it) as the year 26:
/// stored, the entry would sit silently 2,000 years back, so such a date is refused instead.
pub fn in_book_years(date: NaiveDate, text: &str) -> Result<NaiveDate> {
    if BOOK_YEARS.contains(&date.year()) {
        return Ok(date);
    }
    bail!(
        "'{}' is not a date the books can have: write the year in full, 1900-9999 (YYYY-MM-DD)",
        crate::kernel::text::excerpt(text)
    )
}

/// `YYYY-MM-DD` without going through a format string: imports parse a date per row.
fn parse_iso_date_fast(t: &str) -> Option<NaiveDate> {
    let b = t.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| {
        b[range].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)
}

/// Parses a calendar or fiscal year given as an argument: 1900 to 9999 (clap's `value_parser`,
/// so that a year no book can have is a usage error, exit 2, never a panic or a pack for 99999).
pub fn parse_year(text: &str) -> Result<i32> {
    match text.trim().parse::<i32>() {
        Ok(year) if BOOK_YEARS.contains(&year) => Ok(year),
        _ => bail!(
            "'{}' is not a year (1900-9999)",
            crate::kernel::text::excerpt(text)
        ),
    }
}

/// A calendar month such as 2026-04.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Month {
    /// The year.
    pub year: i32,
    /// 1..=12.
    pub month: u32,
}

impl Month {
    /// Parses `YYYY-MM`.
    pub fn parse(text: &str) -> Result<Month> {
        let t = text.trim();
        let ok = t.len() == 7 && t.as_bytes()[4] == b'-';
        let year = t.get(..4).and_then(|y| y.parse::<i32>().ok());
        let month = t.get(5..).and_then(|m| m.parse::<u32>().ok());
        match (ok, year, month) {
            (true, Some(year), Some(month))
                if (1..=12).contains(&month) && BOOK_YEARS.contains(&year) =>
            {
                Ok(Month { year, month })
            }
            _ => bail!(
                "'{}' is not a month (expected YYYY-MM)",
                crate::kernel::text::excerpt(text)
            ),
        }
    }

    /// Checks `YYYY-MM` for an argument kept as text (clap's `value_parser`, so that a bad month
    /// is a usage error, exit 2) and gives it back in canonical form.
    pub fn parse_text(text: &str) -> Result<String> {
        Month::parse(text).map(|m| m.to_string())
    }

    /// The month a date falls in.
    pub fn of(date: NaiveDate) -> Month {
        Month {
            year: date.year(),
            month: date.month(),
        }
    }

    /// The first day of the month.
    pub fn first_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).expect("valid month")
    }

    /// The last day of the month.
    pub fn last_day(&self) -> NaiveDate {
        self.next().first_day().pred_opt().expect("valid date")
    }

    /// The following month.
    pub fn next(&self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    /// The month before.
    pub fn prev(&self) -> Month {
        if self.month == 1 {
            Month {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Month {
                year: self.year,
                month: self.month - 1,
            }
        }
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// A company's fiscal year: it starts on the first day of `start_month` (4 = April, the most
/// common in Japan) and is named after the calendar year it starts in. The one place fiscal
/// years are computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FiscalYear {
    /// 1..=12.
    pub start_month: u32,
}

impl FiscalYear {
    /// Fiscal years starting in `start_month` (1..=12; the company profile validates it).
    pub fn starting_in(start_month: u32) -> FiscalYear {
        FiscalYear {
            start_month: start_month.clamp(1, 12),
        }
    }

    /// The fiscal year (its starting calendar year) that a date falls in.
    pub fn year_of(self, date: NaiveDate) -> i32 {
        if date.month() >= self.start_month {
            date.year()
        } else {
            date.year() - 1
        }
    }

    /// The first day of the fiscal year that contains `date`.
    pub fn start_of(self, date: NaiveDate) -> NaiveDate {
        self.span(self.year_of(date)).0
    }

    /// The first and last day of the fiscal year that starts in `year` (a year `parse_year`
    /// accepts, or one a date falls in).
    pub fn span(self, year: i32) -> (NaiveDate, NaiveDate) {
        let first = NaiveDate::from_ymd_opt(year, self.start_month, 1).unwrap_or(NaiveDate::MIN);
        let last = first
            .checked_add_months(chrono::Months::new(12))
            .and_then(|d| d.pred_opt())
            .unwrap_or(NaiveDate::MAX);
        (first, last)
    }
}

/// The first day of the fiscal year that contains `date` ([`FiscalYear::start_of`]).
pub fn fiscal_year_start(date: NaiveDate, start_month: u32) -> NaiveDate {
    FiscalYear::starting_in(start_month).start_of(date)
}

/// The months from `from` through `to`, both included.
pub fn months_between(from: NaiveDate, to: NaiveDate) -> Vec<Month> {
    let mut months = Vec::new();
    let mut month = Month::of(from);
    while month <= Month::of(to) {
        months.push(month);
        month = month.next();
    }
    months
}

#[cfg(test)]
mod tests {
    #[test]
    fn iso_dates_match_chrono() {
        for date in ["2026-04-01", "0999-12-31", "2024-02-29", "9999-01-09"] {
            let d: chrono::NaiveDate = date.parse().unwrap();
            assert_eq!(super::IsoDate::from(d).as_str(), date);
        }
        let far = chrono::NaiveDate::from_ymd_opt(10000, 1, 1).unwrap();
        assert_eq!(super::IsoDate::from(far).as_str(), far.to_string());
    }

    use super::*;

    fn d(text: &str) -> NaiveDate {
        parse_date(text).unwrap()
    }

    #[test]
    fn parses_the_date_shapes_japanese_files_use() {
        assert_eq!(d("2026-04-01"), d("2026/4/1"));
        assert_eq!(d("20260401"), d("2026-04-01"));
        assert!(parse_date("2026-02-30").is_err());
        assert!(parse_date("April 1").is_err());
    }

    /// A shortened year is refused, never read as the year 26: every shape of date text, and
    /// the bounds of the years the books may have.
    #[test]
    fn a_date_without_its_full_year_is_refused() {
        for short in [
            "26-05-01",
            "26/5/1",
            "0026-05-01",
            "226-05-01",
            "00260501",
            "1899-12-31",
        ] {
            let err = parse_date(short).expect_err(short).to_string();
            assert!(err.contains("write the year in full"), "{short}: {err}");
        }
        for month in ["0026-04", "+026-04", "1899-12"] {
            assert!(Month::parse(month).is_err(), "{month}");
        }
        assert_eq!(Month::parse("1900-01").unwrap().year, 1900);
        assert_eq!(d("1900-01-01").year(), 1900);
        assert_eq!(d("9999/12/31").year(), 9999);
    }

    #[test]
    fn a_fiscal_year_is_named_after_the_year_it_starts_in() {
        let april = FiscalYear::starting_in(4);
        assert_eq!(april.year_of(d("2027-03-31")), 2026);
        assert_eq!(april.year_of(d("2026-04-01")), 2026);
        assert_eq!(april.span(2026), (d("2026-04-01"), d("2027-03-31")));
        let calendar = FiscalYear::starting_in(1);
        assert_eq!(calendar.span(2028), (d("2028-01-01"), d("2028-12-31")));
        assert_eq!(calendar.year_of(d("2028-02-29")), 2028);
    }

    #[test]
    fn fiscal_years_start_in_their_month() {
        assert_eq!(fiscal_year_start(d("2026-03-31"), 4), d("2025-04-01"));
        assert_eq!(fiscal_year_start(d("2026-04-01"), 4), d("2026-04-01"));
        assert_eq!(fiscal_year_start(d("2026-12-31"), 1), d("2026-01-01"));
    }

    #[test]
    fn months_know_their_ends() {
        let feb = Month::parse("2028-02").unwrap();
        assert_eq!(feb.last_day(), d("2028-02-29"));
        assert_eq!(
            Month::parse("2026-12").unwrap().next().to_string(),
            "2027-01"
        );
        assert!(Month::parse("2026-13").is_err());
        assert_eq!(months_between(d("2026-11-15"), d("2027-02-01")).len(), 4);
    }
}
