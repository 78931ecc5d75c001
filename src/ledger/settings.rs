//! The settings of the ledger: its keys, what they mean, their validation and defaults
//! (registered with the kernel's registry; `bko company set` walks it). Only this area reads them.

use anyhow::Result;
use rusqlite::Connection;

use crate::kernel::settings::{SettingSpec, any_text};

/// Every key of this area, in the order `bko company show` lists them.
pub const SETTINGS: &[SettingSpec] = &[SettingSpec {
    key: "retained_earnings_account",
    about: "account that receives prior years' profit (繰越利益剰余金)",
    normalize: any_text,
    default: "",
}];

/// A setting of this area, or its default when unset.
pub fn get(conn: &Connection, key: &str) -> Result<String> {
    crate::kernel::settings::value_or_default(conn, SETTINGS, key)
}
