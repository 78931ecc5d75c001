//! The clock, read in one place. "Today" comes from [`today`], which tests and reproducible
//! scripts pin with `BKO_TODAY=YYYY-MM-DD`; every time stamp bko stores comes from [`timestamp`],
//! in one format (UTC, RFC 3339 with milliseconds: `2026-04-30T09:05:00.000Z`), so stamps written
//! by different areas sort and compare as text. Rows written before 0.9 keep the format they were
//! written in (`2026-04-30 18:05:00` local, or UTC without milliseconds); they are only shown.

use anyhow::{Context, Result};
use chrono::NaiveDate;

use crate::kernel::period::parse_date;

/// Today's date: `BKO_TODAY` when set (tests and reproducible scripts), else the local date.
pub fn today() -> Result<NaiveDate> {
    match std::env::var("BKO_TODAY") {
        Ok(text) if !text.trim().is_empty() => {
            parse_date(&text).context("environment variable BKO_TODAY")
        }
        _ => Ok(chrono::Local::now().date_naive()),
    }
}

/// The time stamp stored in `created_at`, `posted_at`, `archived_at`, the audit log…: now, UTC.
pub fn timestamp() -> String {
    chrono::Utc::now()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

/// Local time as part of a file name (`20260430180500`), for copies kept before an upgrade.
pub fn file_stamp() -> String {
    chrono::Local::now().format("%Y%m%d%H%M%S").to_string()
}

/// The local time of day, for a punch typed without a time.
pub fn local_time() -> chrono::NaiveTime {
    chrono::Local::now().time()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_utc_with_milliseconds_and_sort_as_text() {
        let a = timestamp();
        assert_eq!(a.len(), "2026-04-30T09:05:00.000Z".len(), "{a}");
        assert!(a.ends_with('Z') && a.as_bytes()[10] == b'T', "{a}");
        let b = timestamp();
        assert!(a <= b);
    }
}
