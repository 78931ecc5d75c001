//! The invoice area's records and their states: customers, catalogue items, documents (invoice
//! or credit note: [`DocumentKind`]) and where each stands ([`DocumentStatus`]), the filters of
//! the list. Plain values; the rules that compute them are in `mod.rs`, the SQL in `store.rs`.

use anyhow::{Result, bail};
use chrono::{Duration, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::{LineInput, RateTotal};
use crate::kernel::money::Currency;
use crate::kernel::period::Month;

/// What a document is: an invoice (請求書) or a credit note (返還請求書) returning part of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocumentKind {
    /// 請求書.
    Invoice,
    /// 返還請求書 (適格返還請求書).
    CreditNote,
}

impl DocumentKind {
    /// The stored and shown word: `invoice` or `credit_note` (also the numbering series).
    pub fn key(self) -> &'static str {
        match self {
            DocumentKind::Invoice => "invoice",
            DocumentKind::CreditNote => "credit_note",
        }
    }

    /// Reads the stored word.
    pub fn parse(text: &str) -> Result<DocumentKind> {
        match text {
            "invoice" => Ok(DocumentKind::Invoice),
            "credit_note" => Ok(DocumentKind::CreditNote),
            other => bail!("unknown document kind '{other}' (invoice or credit_note)"),
        }
    }
}

impl std::fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// Where a stored document stands. Payment states (paid, overdue…) are derived, never stored:
/// see `Settlement` and `derive_status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocumentStatus {
    /// Saved, not numbered, not posted: may still change or be deleted.
    Draft,
    /// Numbered, posted to the ledger and archived: never changes again except to be voided.
    Issued,
    /// Cancelled after issue (its entry reversed).
    Void,
}

impl DocumentStatus {
    /// The stored and shown word: `draft`, `issued` or `void`.
    pub fn key(self) -> &'static str {
        match self {
            DocumentStatus::Draft => "draft",
            DocumentStatus::Issued => "issued",
            DocumentStatus::Void => "void",
        }
    }

    /// Reads the stored word.
    pub fn parse(text: &str) -> Result<DocumentStatus> {
        match text {
            "draft" => Ok(DocumentStatus::Draft),
            "issued" => Ok(DocumentStatus::Issued),
            "void" => Ok(DocumentStatus::Void),
            other => bail!("unknown document status '{other}' (draft, issued or void)"),
        }
    }
}

impl std::fmt::Display for DocumentStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// A customer.
#[derive(Debug, Clone, PartialEq)]
pub struct Customer {
    /// Id.
    pub id: i64,
    /// Short code used on the command line.
    pub code: String,
    /// Name, department, contact, honorific and address.
    pub addressee: Addressee,
    /// E-mail.
    pub email: Option<String>,
    /// The customer's own registration number, if any.
    pub registration_number: Option<String>,
    /// Payment terms key (see `PaymentTerms`).
    pub payment_terms: String,
    /// Default pricing of its invoices.
    pub tax_pricing: TaxPricing,
    /// The name as a bank transfer shows it (katakana), for matching deposits.
    pub kana: Option<String>,
    /// Peppol address `SCHEME:ID` for e-invoices (unset: from the registration number).
    pub peppol_id: Option<String>,
}

/// A catalogue item.
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogItem {
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Unit.
    pub unit: Option<String>,
    /// Unit price.
    pub unit_price: Decimal,
    /// 10, 8 or 0.
    pub tax_rate: u32,
}

/// The parties of a document as they stood when it was issued.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Parties {
    /// The issuer.
    pub issuer: Issuer,
    /// The customer.
    pub addressee: Addressee,
    /// The customer's payment terms label.
    pub terms: Option<String>,
}

/// An invoice or credit note as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Invoice {
    /// Id.
    pub id: i64,
    /// Invoice or credit note.
    pub kind: DocumentKind,
    /// Number (None while a draft).
    pub number: Option<String>,
    /// Draft, issued or void.
    pub status: DocumentStatus,
    /// Customer id.
    pub customer_id: i64,
    /// 発行日 / 取引日.
    pub date: NaiveDate,
    /// 支払期限.
    pub due_date: Option<NaiveDate>,
    /// 件名.
    pub subject: Option<String>,
    /// 備考.
    pub note: Option<String>,
    /// Pricing.
    pub tax_pricing: TaxPricing,
    /// Issued as a qualified invoice (with the T-number).
    pub qualified: bool,
    /// For a credit note: the invoice it returns.
    pub original_id: Option<i64>,
    /// For a credit note: why.
    pub reason: Option<String>,
    /// 税抜合計.
    pub subtotal: i64,
    /// 消費税.
    pub tax: i64,
    /// 合計.
    pub total: i64,
    /// The ledger entry posted at issue.
    pub entry_id: Option<i64>,
    /// When voided.
    pub void_date: Option<NaiveDate>,
    /// Parties snapshot.
    pub parties: Parties,
    /// Lines.
    pub lines: Vec<(LineInput, i64)>,
    /// Per-rate totals.
    pub rates: Vec<RateTotal>,
}

/// What a new draft holds.
pub struct NewDocument<'a> {
    /// Invoice or credit note.
    pub kind: DocumentKind,
    /// Customer id.
    pub customer_id: i64,
    /// Date.
    pub date: NaiveDate,
    /// Due date.
    pub due_date: Option<NaiveDate>,
    /// Subject.
    pub subject: Option<&'a str>,
    /// Note.
    pub note: Option<&'a str>,
    /// Pricing.
    pub tax_pricing: TaxPricing,
    /// Qualified.
    pub qualified: bool,
    /// Original invoice (credit notes).
    pub original_id: Option<i64>,
    /// Reason (credit notes).
    pub reason: Option<&'a str>,
    /// Lines with their computed amounts.
    pub lines: &'a [(LineInput, i64)],
    /// Totals.
    pub rates: &'a [RateTotal],
    /// 税抜合計, 消費税, 合計.
    pub totals: (i64, i64, i64),
}

/// One row of the invoice list, with what settled it by `as_of` aggregated in SQL.
#[derive(Debug, Clone)]
pub struct ListRow {
    /// Id.
    pub id: i64,
    /// Kind.
    pub kind: DocumentKind,
    /// Number.
    pub number: Option<String>,
    /// Stored status.
    pub status: DocumentStatus,
    /// Customer code.
    pub customer: String,
    /// Customer name.
    pub customer_name: String,
    /// Date.
    pub date: NaiveDate,
    /// Due date.
    pub due_date: Option<NaiveDate>,
    /// Subject.
    pub subject: Option<String>,
    /// Total.
    pub total: i64,
    /// Settled through `as_of`.
    pub settled: Settlement,
    /// Voided on.
    pub void_date: Option<NaiveDate>,
}

/// Filters of the invoice list.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// Only this customer id.
    pub customer_id: Option<i64>,
    /// From date.
    pub from: Option<NaiveDate>,
    /// To date.
    pub to: Option<NaiveDate>,
    /// Only this kind.
    pub kind: Option<DocumentKind>,
}

/// A statement movement: (date, kind, number, charge, credit).
pub type Movement = (NaiveDate, String, String, i64, i64);

/// How a customer is addressed: 御中 for a company or department, 様 for a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Honorific {
    /// 御中
    Onchu,
    /// 様
    Sama,
}

impl Honorific {
    /// The stored (and printed) form.
    pub fn as_str(&self) -> &'static str {
        match self {
            Honorific::Onchu => "御中",
            Honorific::Sama => "様",
        }
    }

    /// Parses 御中/様 or onchu/sama (also "company"/"person").
    pub fn parse(text: &str) -> Result<Honorific> {
        match text.trim().to_lowercase().as_str() {
            "御中" | "onchu" | "company" => Ok(Honorific::Onchu),
            "様" | "さま" | "sama" | "person" => Ok(Honorific::Sama),
            _ => bail!(
                "'{text}' is not an honorific (御中 for a company or department, 様 for a person)"
            ),
        }
    }
}

/// Whether unit prices include consumption tax.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TaxPricing {
    /// 税抜: tax is added on top of the per-rate subtotal.
    Exclusive,
    /// 税込: tax is contained in the per-rate total.
    Inclusive,
}

impl TaxPricing {
    /// Stored key.
    pub fn key(&self) -> &'static str {
        match self {
            TaxPricing::Exclusive => "exclusive",
            TaxPricing::Inclusive => "inclusive",
        }
    }

    /// Parses exclusive/inclusive (税抜/税込).
    pub fn parse(text: &str) -> Result<TaxPricing> {
        match text.trim().to_lowercase().as_str() {
            "exclusive" | "税抜" | "excl" => Ok(TaxPricing::Exclusive),
            "inclusive" | "税込" | "incl" => Ok(TaxPricing::Inclusive),
            _ => bail!("'{text}' is not a tax pricing (exclusive/税抜 or inclusive/税込)"),
        }
    }
}

/// A rounding mode for yen fractions (端数処理), chosen by the issuer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rounding {
    /// 切り捨て
    Floor,
    /// 四捨五入
    HalfUp,
    /// 切り上げ
    Ceil,
}

impl Rounding {
    /// Parses floor/half-up/ceil (切り捨て/四捨五入/切り上げ).
    pub fn parse(text: &str) -> Result<Rounding> {
        match text.trim().to_lowercase().replace('_', "-").as_str() {
            "floor" | "切り捨て" | "切捨" => Ok(Rounding::Floor),
            "half-up" | "四捨五入" => Ok(Rounding::HalfUp),
            "ceil" | "切り上げ" | "切上" => Ok(Rounding::Ceil),
            _ => bail!("'{text}' is not a rounding (floor, half-up, ceil)"),
        }
    }

    fn strategy(&self) -> RoundingStrategy {
        match self {
            Rounding::Floor => RoundingStrategy::ToNegativeInfinity,
            Rounding::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            Rounding::Ceil => RoundingStrategy::ToPositiveInfinity,
        }
    }

    /// Rounds an amount to the currency's minor unit and returns minor units.
    pub fn to_minor(&self, amount: Decimal, currency: &Currency) -> Result<i64> {
        let rounded = amount.round_dp_with_strategy(currency.exponent, self.strategy());
        currency.to_minor(rounded)
    }
}

/// When payment is due (支払条件).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentTerms {
    /// N days after the invoice date.
    Net(u32),
    /// 月末締め: the invoice month closes at its end; paid at the end of the month `months` later
    /// (1: 翌月末払い, 2: 翌々月末払い).
    MonthEnd(u32),
    /// 月末締め翌月D日払い.
    NextMonthDay(u32),
}

impl PaymentTerms {
    /// Parses `net30`, `net 30`, `30日`, `月末締め翌月末払い`, `eom+1`, `月末締め翌々月末払い`,
    /// `eom+2`, `月末締め翌月10日払い`, `next-month-10`.
    pub fn parse(text: &str) -> Result<PaymentTerms> {
        let t: String = text.trim().to_lowercase().replace(' ', "");
        let number = |s: &str| s.parse::<u32>().ok();
        let parsed = if let Some(n) = t.strip_prefix("net").and_then(number) {
            Some(PaymentTerms::Net(n))
        } else if let Some(n) = t.strip_suffix("日").and_then(number) {
            Some(PaymentTerms::Net(n))
        } else if t == "月末締め翌月末払い" || t == "eom+1" {
            Some(PaymentTerms::MonthEnd(1))
        } else if t == "月末締め翌々月末払い" || t == "eom+2" {
            Some(PaymentTerms::MonthEnd(2))
        } else if let Some(d) = t
            .strip_prefix("月末締め翌月")
            .and_then(|s| s.strip_suffix("日払い"))
            .and_then(number)
            .or_else(|| t.strip_prefix("next-month-").and_then(number))
        {
            (1..=28)
                .contains(&d)
                .then_some(PaymentTerms::NextMonthDay(d))
        } else {
            None
        };
        match parsed {
            Some(p) => Ok(p),
            None => bail!(
                "'{text}' is not a payment term (net30, 月末締め翌月末払い/eom+1, \
                 月末締め翌々月末払い/eom+2, 月末締め翌月10日払い/next-month-10)"
            ),
        }
    }

    /// The stored, canonical text.
    pub fn key(&self) -> String {
        match self {
            PaymentTerms::Net(n) => format!("net{n}"),
            PaymentTerms::MonthEnd(m) => format!("eom+{m}"),
            PaymentTerms::NextMonthDay(d) => format!("next-month-{d}"),
        }
    }

    /// How the term reads on a Japanese invoice.
    pub fn label_ja(&self) -> String {
        match self {
            PaymentTerms::Net(n) => format!("請求日から{n}日以内"),
            PaymentTerms::MonthEnd(1) => "月末締め翌月末払い".into(),
            PaymentTerms::MonthEnd(2) => "月末締め翌々月末払い".into(),
            PaymentTerms::MonthEnd(m) => format!("月末締め{m}か月後末払い"),
            PaymentTerms::NextMonthDay(d) => format!("月末締め翌月{d}日払い"),
        }
    }

    /// The due date of an invoice dated `date`.
    pub fn due_date(&self, date: NaiveDate) -> NaiveDate {
        match self {
            PaymentTerms::Net(n) => date + Duration::days(i64::from(*n)),
            PaymentTerms::MonthEnd(months) => {
                let mut m = Month::of(date);
                for _ in 0..*months {
                    m = m.next();
                }
                m.last_day()
            }
            PaymentTerms::NextMonthDay(day) => {
                let m = Month::of(date).next();
                NaiveDate::from_ymd_opt(m.year, m.month, *day).expect("day 1-28 exists")
            }
        }
    }
}

/// The customer fields the addressee (宛名) is made of.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Addressee {
    /// Company or person name.
    pub name: String,
    /// Department.
    pub department: Option<String>,
    /// Contact person.
    pub contact: Option<String>,
    /// 御中 or 様 (for the customer itself).
    pub honorific: Option<Honorific>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Address.
    pub address: Option<String>,
}

impl Addressee {
    /// The 宛名 line. 御中 goes after a company or department, 様 after a person, never both:
    /// with a contact person it is "A社 経理部 山田太郎 様", without one "A社 経理部 御中", and an
    /// individual customer is "山田太郎 様" (shared/japan-rules.md §10).
    pub fn line(&self) -> String {
        let mut parts = vec![self.name.clone()];
        parts.extend(self.department.clone());
        match (&self.contact, self.honorific) {
            (Some(contact), _) => {
                parts.push(contact.clone());
                parts.push("様".into());
            }
            (None, Some(h)) => parts.push(h.as_str().into()),
            (None, None) => parts.push("御中".into()),
        }
        parts.join(" ")
    }
}

/// The issuer block as it stood when a document was issued (kept with the document, so a later
/// change of address or bank does not alter an issued invoice).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Issuer {
    /// Company name.
    pub name: String,
    /// T + 13 digits, if registered.
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

/// What has settled an issued invoice so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Settlement {
    /// Payments (amount + fee, less what was kept as an advance).
    pub paid: i64,
    /// Issued credit notes against it.
    pub credited: i64,
}

impl Settlement {
    /// Both together: what no longer is owed.
    pub fn total(&self) -> i64 {
        self.paid + self.credited
    }
}

/// An issued invoice with something still open (what a deposit may pay).
#[derive(Debug, Clone, PartialEq)]
pub struct OpenInvoiceRow {
    /// Row id.
    pub id: i64,
    /// Number.
    pub number: String,
    /// Customer id.
    pub customer_id: i64,
    /// Invoice date.
    pub date: NaiveDate,
    /// Due date.
    pub due_date: Option<NaiveDate>,
    /// Still open.
    pub open: i64,
}
