//! The settings of invoicing: its keys, what they mean, their validation and defaults
//! (registered with the kernel's registry; `bko company set` walks it). Only this area reads them.

use anyhow::Result;
use rusqlite::Connection;

use crate::kernel::settings::{SettingSpec, any_text};

fn number_pattern(value: &str) -> Result<String> {
    crate::invoice::validate_pattern(value.trim())
}

/// Days a quote stays valid: a whole number from 1 to 366.
fn valid_days(value: &str) -> Result<String> {
    match value.trim().parse::<i64>() {
        Ok(days) if (1..=366).contains(&days) => Ok(days.to_string()),
        _ => anyhow::bail!("'{}' is not a number of days (1 to 366)", value.trim()),
    }
}

fn rounding(value: &str) -> Result<String> {
    let r = crate::invoice::Rounding::parse(value)?;
    Ok(match r {
        crate::invoice::Rounding::Floor => "floor",
        crate::invoice::Rounding::HalfUp => "half-up",
        crate::invoice::Rounding::Ceil => "ceil",
    }
    .to_string())
}

/// Every key of this area, in the order `bko company show` lists them.
pub const SETTINGS: &[SettingSpec] = &[
    SettingSpec {
        key: "invoice_number_pattern",
        about: "invoice numbers: {YYYY} fiscal year, {YY}, {MM}, {NNNN} sequence",
        normalize: number_pattern,
        default: "INV-{YYYY}-{NNNN}",
    },
    SettingSpec {
        key: "credit_note_number_pattern",
        about: "credit note numbers",
        normalize: number_pattern,
        default: "CN-{YYYY}-{NNNN}",
    },
    SettingSpec {
        key: "receipt_number_pattern",
        about: "receipt (領収書) numbers",
        normalize: number_pattern,
        default: "RCT-{YYYY}-{NNNN}",
    },
    SettingSpec {
        key: "quote_number_pattern",
        about: "quote (見積書) numbers",
        normalize: number_pattern,
        default: "Q-{YYYY}-{NNNN}",
    },
    SettingSpec {
        key: "delivery_note_number_pattern",
        about: "numbers of delivery notes (納品書) made on their own",
        normalize: number_pattern,
        default: "DN-{YYYY}-{NNNN}",
    },
    SettingSpec {
        key: "quote_valid_days",
        about: "how many days a quote is valid unless --valid-until says (有効期限)",
        normalize: valid_days,
        default: "30",
    },
    SettingSpec {
        key: "invoice_tax_rounding",
        about: "consumption tax rounding, once per invoice per rate: floor, half-up, ceil",
        normalize: rounding,
        default: "floor",
    },
    SettingSpec {
        key: "invoice_line_rounding",
        about: "line amount (quantity × unit price) rounding: floor, half-up, ceil",
        normalize: rounding,
        default: "half-up",
    },
    SettingSpec {
        key: "invoice_receivable_account",
        about: "account for receivables (売掛金)",
        normalize: any_text,
        default: "1150",
    },
    SettingSpec {
        key: "invoice_sales_account",
        about: "account for sales (売上高)",
        normalize: any_text,
        default: "4100",
    },
    SettingSpec {
        key: "invoice_tax_account",
        about: "account for consumption tax received (仮受消費税等)",
        normalize: any_text,
        default: "2180",
    },
    SettingSpec {
        key: "invoice_returns_account",
        about: "account for credit notes (売上値引・返品)",
        normalize: any_text,
        default: "4110",
    },
    SettingSpec {
        key: "invoice_advance_account",
        about: "account for overpayments (前受金)",
        normalize: any_text,
        default: "2150",
    },
    SettingSpec {
        key: "invoice_fee_account",
        about: "account for bank fees customers deduct (支払手数料)",
        normalize: any_text,
        default: "6330",
    },
    SettingSpec {
        key: "invoice_fee_tax_account",
        about: "account for the tax in those fees (仮払消費税等)",
        normalize: any_text,
        default: "1350",
    },
    SettingSpec {
        key: "invoice_bank_account",
        about: "account payments arrive in by default (普通預金)",
        normalize: any_text,
        default: "1120",
    },
];

/// A setting of this area, or its default when unset.
pub fn get(conn: &Connection, key: &str) -> Result<String> {
    crate::kernel::settings::value_or_default(conn, SETTINGS, key)
}
