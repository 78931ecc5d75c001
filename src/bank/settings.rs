//! The settings of bank matching: how sure a proposal must be to apply itself, how much of a
//! shortfall counts as the transfer fee the payer deducted, and where tax split out of bank
//! lines and cash differences go (registered with the kernel's registry).

use anyhow::{Result, bail};
use rusqlite::Connection;

use crate::kernel::settings::{SettingSpec, any_text};

fn score(value: &str) -> Result<String> {
    match value.trim().parse::<i64>() {
        Ok(n) if (1..=30).contains(&n) => Ok(n.to_string()),
        _ => bail!("'{value}' is not a score from 1 to 30"),
    }
}

fn yen(value: &str) -> Result<String> {
    match value.trim().parse::<i64>() {
        Ok(n) if (0..=100_000).contains(&n) => Ok(n.to_string()),
        _ => bail!("'{value}' is not an amount from 0 to 100000 yen"),
    }
}

/// Every key of this area, in the order `bko company show` lists them.
pub const SETTINGS: &[SettingSpec] = &[
    SettingSpec {
        key: "bank_auto_threshold",
        about: "a proposal scoring this or more (and clearly ahead of the next) is applied by `bank match`",
        normalize: score,
        default: "8",
    },
    SettingSpec {
        key: "bank_fee_tolerance",
        about: "a deposit short of an invoice by at most this is the payer's deducted transfer fee (支払手数料)",
        normalize: yen,
        default: "880",
    },
    SettingSpec {
        key: "bank_tax_paid_account",
        about: "where consumption tax in bank withdrawals goes (仮払消費税等)",
        normalize: any_text,
        default: "1350",
    },
    SettingSpec {
        key: "bank_tax_received_account",
        about: "where consumption tax in bank deposits goes (仮受消費税等)",
        normalize: any_text,
        default: "2180",
    },
    SettingSpec {
        key: "bank_cash_over_account",
        about: "cash counted above the books (雑収入)",
        normalize: any_text,
        default: "7190",
    },
    SettingSpec {
        key: "bank_cash_short_account",
        about: "cash counted below the books (雑損失)",
        normalize: any_text,
        default: "7590",
    },
];

/// The bank settings, read once per command.
#[derive(Debug, Clone)]
pub struct BankSettings {
    /// Score at or above which a proposal applies itself.
    pub auto_threshold: i64,
    /// The largest shortfall taken as a deducted fee.
    pub fee_tolerance: i64,
    /// 仮払消費税等.
    pub tax_paid: String,
    /// 仮受消費税等.
    pub tax_received: String,
    /// 雑収入.
    pub cash_over: String,
    /// 雑損失.
    pub cash_short: String,
}

impl BankSettings {
    /// Reads them (defaults where unset).
    pub fn load(conn: &Connection) -> Result<BankSettings> {
        let get = |key: &str| crate::kernel::settings::value_or_default(conn, SETTINGS, key);
        Ok(BankSettings {
            auto_threshold: get("bank_auto_threshold")?.parse()?,
            fee_tolerance: get("bank_fee_tolerance")?.parse()?,
            tax_paid: get("bank_tax_paid_account")?,
            tax_received: get("bank_tax_received_account")?,
            cash_over: get("bank_cash_over_account")?,
            cash_short: get("bank_cash_short_account")?,
        })
    }
}
