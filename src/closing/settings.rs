//! The settings of month-end closing: its keys, what they mean, their validation and defaults
//! (registered with the kernel's registry; `bko company set` walks it). Only this area reads them.

use anyhow::Result;
use rusqlite::Connection;

use crate::kernel::settings::{SettingSpec, one_of, optional_amount};

fn out_of_order(value: &str) -> Result<String> {
    one_of(value, &["warn", "refuse"])
}

/// Every key of this area, in the order `bko company show` lists them.
pub const SETTINGS: &[SettingSpec] = &[
    SettingSpec {
        key: "close_out_of_order",
        about: "closing a month while an earlier one is open: warn or refuse",
        normalize: out_of_order,
        default: "warn",
    },
    SettingSpec {
        key: "close_document_threshold",
        about: "closing needs a linked document for every expense of this amount or more (empty: off)",
        normalize: optional_amount,
        default: "",
    },
];

/// A setting of this area, or its default when unset.
pub fn get(conn: &Connection, key: &str) -> Result<String> {
    crate::kernel::settings::value_or_default(conn, SETTINGS, key)
}
