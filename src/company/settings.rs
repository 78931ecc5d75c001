//! The settings of the company profile: its keys, what they mean, their validation and defaults
//! (registered with the kernel's registry; `bko company set` walks it). Only this area reads them.

use anyhow::{Result, bail};
use rusqlite::Connection;

use crate::kernel::money::Currency;
use crate::kernel::settings::{SettingSpec, any_text, month, required_text};

fn currency(value: &str) -> Result<String> {
    Ok(Currency::from_code(value)?.code.to_string())
}

fn locale(value: &str) -> Result<String> {
    match value.trim() {
        "ja" | "en" => Ok(value.trim().to_string()),
        _ => bail!("'{value}' is not a locale (ja or en)"),
    }
}

fn csv_encoding(value: &str) -> Result<String> {
    match value.trim().to_lowercase().as_str() {
        v @ ("utf-8" | "utf-8-bom" | "cp932") => Ok(v.to_string()),
        _ => bail!("'{value}' is not a CSV encoding (utf-8, utf-8-bom or cp932)"),
    }
}

fn registration_number(value: &str) -> Result<String> {
    if value.trim().is_empty() {
        return Ok(String::new());
    }
    crate::jp::registration_number::normalize(value)
}

/// Every key of this area, in the order `bko company show` lists them.
pub const SETTINGS: &[SettingSpec] = &[
    SettingSpec {
        key: "name",
        about: "company name (会社名)",
        normalize: required_text,
        default: "",
    },
    SettingSpec {
        key: "registration_number",
        about: "qualified invoice issuer number (登録番号), T + 13 digits",
        normalize: registration_number,
        default: "",
    },
    SettingSpec {
        key: "postal_code",
        about: "postal code (郵便番号)",
        normalize: any_text,
        default: "",
    },
    SettingSpec {
        key: "address",
        about: "address (住所)",
        normalize: any_text,
        default: "",
    },
    SettingSpec {
        key: "phone",
        about: "phone (電話番号)",
        normalize: any_text,
        default: "",
    },
    SettingSpec {
        key: "email",
        about: "e-mail",
        normalize: any_text,
        default: "",
    },
    SettingSpec {
        key: "bank_account",
        about: "bank account printed on invoices (振込先)",
        normalize: any_text,
        default: "",
    },
    SettingSpec {
        key: "fiscal_year_start",
        about: "first month of the fiscal year (1-12)",
        normalize: month,
        default: "",
    },
    SettingSpec {
        key: "currency",
        about: "book currency (ISO 4217); fixed once entries exist",
        normalize: currency,
        default: "",
    },
    SettingSpec {
        key: "csv_encoding",
        about: "encoding of CSV output without --encoding: utf-8, utf-8-bom (Excel on Japanese \
                Windows) or cp932",
        normalize: csv_encoding,
        default: "utf-8",
    },
    SettingSpec {
        key: "locale",
        about: "language of tables and documents (ja or en)",
        normalize: locale,
        default: "",
    },
];

/// A setting of this area, or its default when unset.
pub fn get(conn: &Connection, key: &str) -> Result<String> {
    crate::kernel::settings::value_or_default(conn, SETTINGS, key)
}
