//! The accounts expense claims post to (registered with the kernel's registry).

use anyhow::Result;
use rusqlite::Connection;

use crate::kernel::settings::{SettingSpec, any_text};

/// Every key of this area, in the order `bko company show` lists them.
pub const SETTINGS: &[SettingSpec] = &[
    SettingSpec {
        key: "expenses_payable_account",
        about: "what approved claims owe the employee until repaid (未払金)",
        normalize: any_text,
        default: "2130",
    },
    SettingSpec {
        key: "expenses_advance_account",
        about: "advances paid to employees before their claims (仮払金)",
        normalize: any_text,
        default: "1340",
    },
    SettingSpec {
        key: "expenses_cash_account",
        about: "where advances and repayments in cash come from (現金)",
        normalize: any_text,
        default: "1100",
    },
];

/// The expenses settings, read once per command.
#[derive(Debug, Clone)]
pub struct ExpensesSettings {
    /// 未払金.
    pub payable: String,
    /// 仮払金.
    pub advance: String,
    /// 現金.
    pub cash: String,
}

impl ExpensesSettings {
    /// Reads them (defaults where unset).
    pub fn load(conn: &Connection) -> Result<ExpensesSettings> {
        let get = |key: &str| crate::kernel::settings::value_or_default(conn, SETTINGS, key);
        Ok(ExpensesSettings {
            payable: get("expenses_payable_account")?,
            advance: get("expenses_advance_account")?,
            cash: get("expenses_cash_account")?,
        })
    }
}
