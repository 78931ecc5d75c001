//! The settings of attendance: its keys, what they mean, their validation and defaults
//! (registered with the kernel's registry; `bko company set` walks it). Only this area reads them.

use anyhow::{Result, bail};
use rusqlite::Connection;

use crate::kernel::settings::{SettingSpec, optional_month, yes_no};

fn monthly_rounding(value: &str) -> Result<String> {
    crate::attendance::hours::MonthlyRounding::parse(value)?;
    Ok(value.trim().to_string())
}

fn weekly_hours(value: &str) -> Result<String> {
    match value.trim() {
        "40" | "44" => Ok(value.trim().to_string()),
        _ => bail!("'{value}' is not a statutory week (40, or 44 under the 特例 for small shops)"),
    }
}

/// Every key of this area, in the order `bko company show` lists them.
pub const SETTINGS: &[SettingSpec] = &[
    SettingSpec {
        key: "attendance_weekly_hours",
        about: "statutory week in hours: 40, or 44 under the 特例 (retail, health, ... < 10 staff)",
        normalize: weekly_hours,
        default: "40",
    },
    SettingSpec {
        key: "attendance_monthly_rounding",
        about: "monthly overtime/holiday/night totals: none, or 30min (<30 dropped, >=30 up)",
        normalize: monthly_rounding,
        default: "none",
    },
    SettingSpec {
        key: "attendance_special_clause",
        about: "the 36協定 has a special clause (特別条項): yes or no",
        normalize: yes_no,
        default: "no",
    },
    SettingSpec {
        key: "attendance_agreement_start_month",
        about: "first month of the 36協定 year (default: the fiscal year's)",
        normalize: optional_month,
        default: "",
    },
];

/// A setting of this area, or its default when unset.
pub fn get(conn: &Connection, key: &str) -> Result<String> {
    crate::kernel::settings::value_or_default(conn, SETTINGS, key)
}
