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
    SettingSpec {
        key: "payables_bank_account",
        about: "the account payment runs pay from (普通預金)",
        normalize: any_text,
        default: "1120",
    },
    SettingSpec {
        key: "payables_fee_account",
        about: "bank transfer fees (支払手数料)",
        normalize: any_text,
        default: "6330",
    },
    SettingSpec {
        key: "payables_transfer_fee",
        about: "what the bank charges per transfer, tax included: one amount, or UNDER/FROM for transfers under / from ¥30,000 (e.g. 330/440); 0: not known, no fee posted or deducted",
        normalize: transfer_fee,
        default: "0",
    },
    SettingSpec {
        key: "payables_consignor_code",
        about: "Zengin 委託者コード of the 総合振込 contract (10 digits; default: payroll_consignor_code)",
        normalize: consignor_code,
        default: "",
    },
];

fn transfer_fee(value: &str) -> Result<String> {
    TransferFee::parse(value)?;
    Ok(value.trim().to_string())
}

fn consignor_code(value: &str) -> Result<String> {
    let v = value.trim();
    if !v.is_empty() && (v.len() > 10 || !v.bytes().all(|b| b.is_ascii_digit())) {
        anyhow::bail!("a 委託者コード is up to 10 digits, not '{v}'");
    }
    Ok(v.to_string())
}

/// The bank's charge per transfer, tax included, by the ¥30,000 band most banks price by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TransferFee {
    /// For a transfer under ¥30,000.
    pub under: i64,
    /// For ¥30,000 and more.
    pub from: i64,
}

impl TransferFee {
    /// Parses `440` or `330/440`.
    pub fn parse(text: &str) -> Result<TransferFee> {
        let amount = |t: &str| -> Result<i64> {
            match t.trim().parse::<i64>() {
                Ok(n) if (0..=10_000).contains(&n) => Ok(n),
                _ => anyhow::bail!("'{t}' is not a transfer fee in yen (0 to 10000)"),
            }
        };
        Ok(match text.split_once('/') {
            Some((u, f)) => TransferFee {
                under: amount(u)?,
                from: amount(f)?,
            },
            None => {
                let n = amount(text)?;
                TransferFee { under: n, from: n }
            }
        })
    }

    /// The fee for a transfer of `amount`.
    pub fn on(self, amount: i64) -> i64 {
        if amount < 30_000 {
            self.under
        } else {
            self.from
        }
    }
}

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
    /// The account runs pay from.
    pub bank: String,
    /// 支払手数料.
    pub fee_account: String,
    /// The bank's fee per transfer.
    pub transfer_fee: TransferFee,
    /// The 総合振込 委託者コード, when it differs from payroll's.
    pub consignor_code: String,
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
            bank: get("payables_bank_account")?,
            fee_account: get("payables_fee_account")?,
            transfer_fee: TransferFee::parse(&get("payables_transfer_fee")?)?,
            consignor_code: get("payables_consignor_code")?,
        })
    }
}
