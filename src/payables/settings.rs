//! The settings of payables: whether the company may use the 少額特例, and the accounts a bill
//! posts to (registered with the kernel's registry).

use anyhow::Result;
use rusqlite::Connection;

use crate::kernel::settings::{SettingSpec, any_text, yes_no};

/// Every key of this area, in the order `bko company show` lists them.
pub const SETTINGS: &[SettingSpec] = &[
    SettingSpec {
        key: "payables_small_business",
        about: "the company may use the 少額特例 (基準期間 taxable sales ≤ ¥100M): bills under ¥10,000 need no qualified invoice",
        normalize: yes_no,
        default: "no",
    },
    SettingSpec {
        key: "payables_expense_account",
        about: "expense account of a bill line when neither the line nor the supplier names one",
        normalize: any_text,
        default: "6990",
    },
    SettingSpec {
        key: "payables_payable_account",
        about: "where a supplier's bills are owed unless the supplier says otherwise (未払金)",
        normalize: any_text,
        default: "2130",
    },
    SettingSpec {
        key: "payables_tax_account",
        about: "creditable input tax on bills (仮払消費税等)",
        normalize: any_text,
        default: "1350",
    },
    SettingSpec {
        key: "payables_withholding_account",
        about: "tax withheld from fees (預り金)",
        normalize: any_text,
        default: "2160",
    },
];

/// The payables settings, read once per command.
#[derive(Debug, Clone)]
pub struct PayablesSettings {
    /// The company qualifies for the 少額特例.
    pub small_business: bool,
    /// Default expense account.
    pub expense: String,
    /// Default payable account.
    pub payable: String,
    /// 仮払消費税等.
    pub tax: String,
    /// 預り金.
    pub withholding: String,
}

impl PayablesSettings {
    /// Reads them (defaults where unset).
    pub fn load(conn: &Connection) -> Result<PayablesSettings> {
        let get = |key: &str| crate::kernel::settings::value_or_default(conn, SETTINGS, key);
        Ok(PayablesSettings {
            small_business: get("payables_small_business")? == "yes",
            expense: get("payables_expense_account")?,
            payable: get("payables_payable_account")?,
            tax: get("payables_tax_account")?,
            withholding: get("payables_withholding_account")?,
        })
    }
}
