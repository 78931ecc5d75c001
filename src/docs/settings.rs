//! The settings of the document archive: its keys, what they mean, their validation and defaults
//! (registered with the kernel's registry; `bko company set` walks it). Only this area reads them.

use anyhow::Result;
use rusqlite::Connection;

use crate::kernel::settings::{SettingSpec, year_list, years};

/// Every key of this area, in the order `bko company show` lists them.
pub const SETTINGS: &[SettingSpec] = &[
    SettingSpec {
        key: "docs_retention_years",
        about: "years documents are kept after the return is due (電子帳簿保存法)",
        normalize: years,
        default: "7",
    },
    SettingSpec {
        key: "docs_retention_contract",
        about: "years contracts are kept (overrides docs_retention_years)",
        normalize: years,
        default: "",
    },
    SettingSpec {
        key: "docs_loss_fiscal_years",
        about: "fiscal years with a loss carried forward, kept 10 years: 2025,2026",
        normalize: year_list,
        default: "",
    },
];

/// A setting of this area, or its default when unset.
pub fn get(conn: &Connection, key: &str) -> Result<String> {
    crate::kernel::settings::value_or_default(conn, SETTINGS, key)
}
