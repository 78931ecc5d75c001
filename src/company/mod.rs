//! The company profile and settings: one key/value table, typed and validated here. Other areas
//! read settings through [`Company`] or [`store::get`]. Pure rules; SQL in `store.rs`.

pub mod cli;
pub mod store;

use anyhow::{Result, bail};
use rusqlite::Connection;

use crate::kernel::money::Currency;
use crate::kernel::output::Lang;

/// A setting users may change with `bko company set KEY VALUE`.
pub struct SettingSpec {
    /// The key.
    pub key: &'static str,
    /// What it means (shown by `bko company show`).
    pub about: &'static str,
    /// Validates and normalizes a value.
    pub normalize: fn(&str) -> Result<String>,
}

fn any_text(value: &str) -> Result<String> {
    Ok(value.trim().to_string())
}

fn required_text(value: &str) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        bail!("the value cannot be empty");
    }
    Ok(v.to_string())
}

fn registration_number(value: &str) -> Result<String> {
    if value.trim().is_empty() {
        return Ok(String::new());
    }
    crate::jp::registration_number::normalize(value)
}

fn month(value: &str) -> Result<String> {
    match value.trim().parse::<u32>() {
        Ok(m) if (1..=12).contains(&m) => Ok(m.to_string()),
        _ => bail!("'{value}' is not a month number (1-12)"),
    }
}

fn locale(value: &str) -> Result<String> {
    match value.trim() {
        "ja" | "en" => Ok(value.trim().to_string()),
        _ => bail!("'{value}' is not a locale (ja or en)"),
    }
}

fn currency(value: &str) -> Result<String> {
    Ok(Currency::from_code(value)?.code.to_string())
}

/// Every user-settable key.
pub const SETTINGS: &[SettingSpec] = &[
    SettingSpec {
        key: "name",
        about: "company name (会社名)",
        normalize: required_text,
    },
    SettingSpec {
        key: "registration_number",
        about: "qualified invoice issuer number (登録番号), T + 13 digits",
        normalize: registration_number,
    },
    SettingSpec {
        key: "postal_code",
        about: "postal code (郵便番号)",
        normalize: any_text,
    },
    SettingSpec {
        key: "address",
        about: "address (住所)",
        normalize: any_text,
    },
    SettingSpec {
        key: "phone",
        about: "phone (電話番号)",
        normalize: any_text,
    },
    SettingSpec {
        key: "email",
        about: "e-mail",
        normalize: any_text,
    },
    SettingSpec {
        key: "bank_account",
        about: "bank account printed on invoices (振込先)",
        normalize: any_text,
    },
    SettingSpec {
        key: "fiscal_year_start",
        about: "first month of the fiscal year (1-12)",
        normalize: month,
    },
    SettingSpec {
        key: "currency",
        about: "book currency (ISO 4217); fixed once entries exist",
        normalize: currency,
    },
    SettingSpec {
        key: "locale",
        about: "language of tables and documents (ja or en)",
        normalize: locale,
    },
    SettingSpec {
        key: "retained_earnings_account",
        about: "account that receives prior years' profit (繰越利益剰余金)",
        normalize: any_text,
    },
];

/// Finds a setting by key.
pub fn spec(key: &str) -> Result<&'static SettingSpec> {
    match SETTINGS.iter().find(|s| s.key == key) {
        Some(s) => Ok(s),
        None => bail!(
            "unknown setting '{key}' (known: {})",
            SETTINGS
                .iter()
                .map(|s| s.key)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The settings every command needs, read once.
#[derive(Debug, Clone)]
pub struct Company {
    /// Company name.
    pub name: String,
    /// First month of the fiscal year.
    pub fiscal_year_start: u32,
    /// Book currency.
    pub currency: Currency,
    /// Default language.
    pub locale: Lang,
    /// Code (or name) of the retained earnings account, if set.
    pub retained_earnings_account: Option<String>,
}

impl Company {
    /// Reads the company settings.
    pub fn load(conn: &Connection) -> Result<Company> {
        let get = |key| store::get(conn, key);
        let name = get("name")?.unwrap_or_default();
        let fiscal_year_start = get("fiscal_year_start")?
            .and_then(|m| m.parse().ok())
            .unwrap_or(4);
        let currency = match get("currency")? {
            Some(code) => Currency::from_code(&code)?,
            None => Currency::JPY,
        };
        let locale = match get("locale")?.as_deref() {
            Some("en") => Lang::En,
            _ => Lang::Ja,
        };
        let retained_earnings_account = get("retained_earnings_account")?.filter(|s| !s.is_empty());
        Ok(Company {
            name,
            fiscal_year_start,
            currency,
            locale,
            retained_earnings_account,
        })
    }
}
