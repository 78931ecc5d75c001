//! The company profile (name, registration number, contact, fiscal year, currency, locale),
//! read once as [`Company`]. Every area keeps its own settings (`<area>/settings.rs`); the values
//! live in the kernel's settings table.

pub mod cli;
pub mod settings;

use anyhow::Result;
use rusqlite::Connection;

use crate::kernel::money::Currency;
use crate::kernel::output::{CsvEncoding, Lang};

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
    /// Encoding of CSV output unless `--encoding` says otherwise.
    pub csv_encoding: CsvEncoding,
}

impl Company {
    /// Reads the company settings.
    pub fn load(conn: &Connection) -> Result<Company> {
        let get = |key| crate::kernel::settings::stored(conn, key);
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
        let csv_encoding = match get("csv_encoding")?.as_deref() {
            Some("utf-8-bom") => CsvEncoding::Utf8Bom,
            Some("cp932") => CsvEncoding::Cp932,
            _ => CsvEncoding::Utf8,
        };
        Ok(Company {
            name,
            fiscal_year_start,
            currency,
            locale,
            csv_encoding,
        })
    }
}

/// What the company commands need from the books — a chart for a new company, whether entries
/// exist, an account setting resolved to its code. The ledger answers; the top level wires it
/// in, so the company profile does not depend on the ledger (which depends on it).
pub trait Books {
    /// Installs the standard chart of accounts (and the ledger's own settings for it); returns
    /// how many accounts it made.
    fn install_standard_chart(&self, conn: &Connection) -> Result<usize>;
    /// Whether the books have any entry (the currency is fixed from then on).
    fn has_entries(&self, conn: &Connection) -> Result<bool>;
    /// An account given by code or name, as its code.
    fn account_code(&self, conn: &Connection, account: &str) -> Result<String>;
}

/// How the company is reached and paid: the issuer block of the documents it sends.
#[derive(Debug, Clone, Default)]
pub struct Contact {
    /// 登録番号 (T + 13 digits).
    pub registration_number: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Address.
    pub address: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// 振込先.
    pub bank_account: Option<String>,
}

impl Contact {
    /// Reads the contact fields of the profile (unset ones are `None`).
    pub fn load(conn: &Connection) -> Result<Contact> {
        let get = |key: &str| -> Result<Option<String>> {
            Ok(crate::kernel::settings::stored(conn, key)?.filter(|v| !v.is_empty()))
        };
        Ok(Contact {
            registration_number: get("registration_number")?,
            postal_code: get("postal_code")?,
            address: get("address")?,
            phone: get("phone")?,
            email: get("email")?,
            bank_account: get("bank_account")?,
        })
    }

    /// The postal code and the address on one line, as a form's 住所 field shows them.
    pub fn postal_address(&self) -> String {
        postal_address(self.postal_code.as_deref(), self.address.as_deref())
    }
}

/// A postal code and an address on one line (either may be missing).
pub fn postal_address(postal_code: Option<&str>, address: Option<&str>) -> String {
    [postal_code, address]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The company's locale is the default language of everything bko shows.
impl crate::kernel::ctx::Profile for Company {
    fn load(conn: &Connection) -> Result<Company> {
        Company::load(conn)
    }
}

impl crate::kernel::ctx::Locale for Company {
    fn locale(&self) -> Lang {
        self.locale
    }

    fn csv_encoding(&self) -> Option<CsvEncoding> {
        Some(self.csv_encoding)
    }
}
