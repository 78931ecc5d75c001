//! JP PINT 1.1.3 (Peppol) e-invoices: the document as a value, and its UBL 2.1 XML. An
//! `Invoice` (type code 380) or a `CreditNote` (381) under `urn:peppol:pint:billing-1@jp-1`, with
//! the seller's registration number (T + 13 digits) as its tax identifier, one tax subtotal per
//! category and rate, and JPY amounts without decimals (shared/japan-rules.md §14; the BIS text
//! and the official rules are in shared/jp-pint/). The invoicing area builds a [`Document`] from an
//! issued invoice; payables reads one back as a bill (`pint_read`). Pure: no SQL, no terminal.

use std::io::Cursor;

use anyhow::Result;
use chrono::NaiveDate;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

/// `CustomizationID` of JP PINT (ibt-024).
pub const CUSTOMIZATION_ID: &str = "urn:peppol:pint:billing-1@jp-1";
/// `ProfileID`: the Peppol billing process (ibt-023).
pub const PROFILE_ID: &str = "urn:peppol:bis:billing";
/// Electronic address scheme of a Japanese corporate number (法人番号), ISO 6523 ICD 0188.
pub const CORPORATE_NUMBER_SCHEME: &str = "0188";

const NS_INVOICE: &str = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
const NS_CREDIT_NOTE: &str = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
const NS_CAC: &str = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
const NS_CBC: &str = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

/// A tax category of UNCL 5305 as JP PINT uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Category {
    /// Standard rate (10%).
    S,
    /// Reduced rate (8%, 軽減税率).
    AA,
    /// Exempt (非課税).
    E,
    /// Export (輸出免税).
    G,
    /// Outside the scope of tax (不課税).
    O,
}

impl Category {
    /// The code in the XML.
    pub fn code(self) -> &'static str {
        match self {
            Category::S => "S",
            Category::AA => "AA",
            Category::E => "E",
            Category::G => "G",
            Category::O => "O",
        }
    }

    /// Parses a code.
    pub fn parse(code: &str) -> Option<Category> {
        Some(match code.trim() {
            "S" => Category::S,
            "AA" => Category::AA,
            "E" => Category::E,
            "G" => Category::G,
            "O" => Category::O,
            _ => return None,
        })
    }

    /// The category of a Japanese rate: 10 → S, 8 → AA, 0 → E (exempt; a 0% line marked out of
    /// scope is O, decided by the caller).
    pub fn of_rate(rate: u32) -> Category {
        match rate {
            10 => Category::S,
            8 => Category::AA,
            _ => Category::E,
        }
    }

    /// The tax rate of a category as bko stores it (10, 8 or 0).
    pub fn rate(self, percent: Option<Decimal>) -> u32 {
        match self {
            Category::S | Category::AA => percent
                .and_then(|p| p.trunc().to_u32())
                .unwrap_or(if self == Category::S { 10 } else { 8 }),
            _ => 0,
        }
    }
}

/// A party: the seller (適格請求書発行事業者) or the buyer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Party {
    /// Peppol electronic address: (ISO 6523 scheme, id), e.g. ("0188", the 13-digit 法人番号).
    pub endpoint: Option<(String, String)>,
    /// Registered name.
    pub name: String,
    /// 登録番号 (T + 13 digits), the tax identifier.
    pub registration_number: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Address line.
    pub address: Option<String>,
}

/// One invoice line: its net (tax-exclusive) amount and its tax category.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// 1, 2, …
    pub id: String,
    /// Item name (品名).
    pub name: String,
    /// Quantity.
    pub quantity: Decimal,
    /// UN/ECE Recommendation 20 unit code (H87 piece, HUR hour, …).
    pub unit_code: String,
    /// Net amount (税抜).
    pub net_amount: i64,
    /// Net unit price.
    pub price: Decimal,
    /// Tax category.
    pub category: Category,
    /// The rate in percent (none for O).
    pub percent: Option<Decimal>,
}

/// One tax breakdown: all lines of one category and rate.
#[derive(Debug, Clone, PartialEq)]
pub struct Subtotal {
    /// Category.
    pub category: Category,
    /// Rate (none for O).
    pub percent: Option<Decimal>,
    /// Taxable amount (税抜 対象額).
    pub taxable: i64,
    /// Tax, rounded once per invoice per rate.
    pub tax: i64,
}

/// Where to pay: a credit transfer to a bank account.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Payment {
    /// The account as the seller states it (bank, branch, type, number, holder).
    pub account: String,
    /// The holder's name, if known.
    pub holder: Option<String>,
}

/// A JP PINT invoice or credit note.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// A credit note (returns or corrects an invoice) rather than an invoice.
    pub credit_note: bool,
    /// Invoice number.
    pub number: String,
    /// Issue date.
    pub issue_date: NaiveDate,
    /// Payment due date.
    pub due_date: Option<NaiveDate>,
    /// The period the invoice covers (取引年月日: one day or a month).
    pub period: (NaiveDate, NaiveDate),
    /// Free text (件名 and 備考).
    pub note: Option<String>,
    /// Document currency (JPY).
    pub currency: String,
    /// For a credit note: the invoice it corrects.
    pub billing_reference: Option<String>,
    /// The seller.
    pub seller: Party,
    /// The buyer.
    pub buyer: Party,
    /// Lines.
    pub lines: Vec<Line>,
    /// One subtotal per category and rate.
    pub subtotals: Vec<Subtotal>,
    /// Payment terms text (支払条件).
    pub payment_terms: Option<String>,
    /// Bank account to pay to.
    pub payment: Option<Payment>,
}

impl Document {
    /// Σ line net amounts (ibt-106).
    pub fn line_total(&self) -> i64 {
        self.lines.iter().map(|l| l.net_amount).sum()
    }

    /// Σ taxes (ibt-110).
    pub fn tax_total(&self) -> i64 {
        self.subtotals.iter().map(|s| s.tax).sum()
    }

    /// Total with tax, the amount due (ibt-112, ibt-115).
    pub fn payable(&self) -> i64 {
        self.line_total() + self.tax_total()
    }
}

/// The UN/ECE Rec 20 code of a Japanese unit as invoices write it; one (C62) when unknown.
pub fn unit_code(unit: Option<&str>) -> &'static str {
    match unit.map(str::trim).unwrap_or("") {
        "時間" | "h" | "hour" | "hours" => "HUR",
        "日" | "day" | "days" | "人日" => "DAY",
        "月" | "ヶ月" | "か月" | "カ月" | "month" | "months" => "MON",
        "年" | "year" => "ANN",
        "分" | "min" => "MIN",
        "式" | "一式" => "LS",
        "kg" | "キロ" => "KGM",
        "g" => "GRM",
        "m" => "MTR",
        "l" | "L" | "リットル" => "LTR",
        "個" | "台" | "枚" | "本" | "冊" | "点" | "件" | "pcs" | "piece" => "H87",
        "箱" | "box" => "BX",
        "セット" | "set" => "SET",
        _ => "C62",
    }
}

/// The unit a code reads back as (for a bill received).
pub fn unit_name(code: &str) -> Option<&'static str> {
    Some(match code {
        "HUR" => "時間",
        "DAY" => "日",
        "MON" => "月",
        "ANN" => "年",
        "MIN" => "分",
        "LS" => "式",
        "KGM" => "kg",
        "GRM" => "g",
        "MTR" => "m",
        "LTR" => "L",
        "H87" => "個",
        "BX" => "箱",
        "SET" => "セット",
        _ => return None,
    })
}

type Xml = Writer<Cursor<Vec<u8>>>;

/// The document as UBL 2.1 XML (UTF-8, indented).
pub fn to_xml(doc: &Document) -> Result<String> {
    let mut w = Writer::new_with_indent(Cursor::new(Vec::new()), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let (root, ns, type_tag, type_code) = if doc.credit_note {
        (
            "CreditNote",
            NS_CREDIT_NOTE,
            "cbc:CreditNoteTypeCode",
            "381",
        )
    } else {
        ("Invoice", NS_INVOICE, "cbc:InvoiceTypeCode", "380")
    };
    w.create_element(root)
        .with_attributes([("xmlns", ns), ("xmlns:cac", NS_CAC), ("xmlns:cbc", NS_CBC)])
        .write_inner_content(|w| body(w, doc, type_tag, type_code))?;
    let bytes = w.into_inner().into_inner();
    Ok(String::from_utf8(bytes)? + "\n")
}

fn body(w: &mut Xml, doc: &Document, type_tag: &str, type_code: &str) -> std::io::Result<()> {
    text(w, "cbc:CustomizationID", CUSTOMIZATION_ID)?;
    text(w, "cbc:ProfileID", PROFILE_ID)?;
    text(w, "cbc:ID", &doc.number)?;
    text(w, "cbc:IssueDate", &doc.issue_date.to_string())?;
    if let (Some(due), false) = (doc.due_date, doc.credit_note) {
        text(w, "cbc:DueDate", &due.to_string())?;
    }
    text(w, type_tag, type_code)?;
    if let Some(note) = &doc.note {
        text(w, "cbc:Note", note)?;
    }
    text(w, "cbc:DocumentCurrencyCode", &doc.currency)?;
    w.create_element("cac:InvoicePeriod")
        .write_inner_content(|w| {
            text(w, "cbc:StartDate", &doc.period.0.to_string())?;
            text(w, "cbc:EndDate", &doc.period.1.to_string())?;
            Ok(())
        })?;
    if let Some(original) = &doc.billing_reference {
        w.create_element("cac:BillingReference")
            .write_inner_content(|w| {
                w.create_element("cac:InvoiceDocumentReference")
                    .write_inner_content(|w| text(w, "cbc:ID", original))?;
                Ok(())
            })?;
    }
    party(w, "cac:AccountingSupplierParty", &doc.seller)?;
    party(w, "cac:AccountingCustomerParty", &doc.buyer)?;
    if let Some(payment) = &doc.payment {
        payment_means(w, doc, payment)?;
    }
    if let Some(terms) = &doc.payment_terms {
        w.create_element("cac:PaymentTerms")
            .write_inner_content(|w| text(w, "cbc:Note", terms))?;
    }
    tax_total(w, doc)?;
    monetary_total(w, doc)?;
    let line_tag = if doc.credit_note {
        "cac:CreditNoteLine"
    } else {
        "cac:InvoiceLine"
    };
    for line in &doc.lines {
        invoice_line(w, doc, line_tag, line)?;
    }
    Ok(())
}

fn text(w: &mut Xml, tag: &str, value: &str) -> std::io::Result<()> {
    w.create_element(tag)
        .write_text_content(BytesText::new(value))?;
    Ok(())
}

fn amount(w: &mut Xml, tag: &str, currency: &str, value: impl ToString) -> std::io::Result<()> {
    w.create_element(tag)
        .with_attribute(("currencyID", currency))
        .write_text_content(BytesText::new(&value.to_string()))?;
    Ok(())
}

fn party(w: &mut Xml, tag: &str, p: &Party) -> std::io::Result<()> {
    w.create_element(tag).write_inner_content(|w| {
        w.create_element("cac:Party").write_inner_content(|w| {
            if let Some((scheme, id)) = &p.endpoint {
                w.create_element("cbc:EndpointID")
                    .with_attribute(("schemeID", scheme.as_str()))
                    .write_text_content(BytesText::new(id))?;
            }
            w.create_element("cac:PostalAddress")
                .write_inner_content(|w| {
                    if let Some(address) = &p.address {
                        text(w, "cbc:StreetName", address)?;
                    }
                    if let Some(postal) = &p.postal_code {
                        text(w, "cbc:PostalZone", postal)?;
                    }
                    w.create_element("cac:Country")
                        .write_inner_content(|w| text(w, "cbc:IdentificationCode", "JP"))?;
                    Ok(())
                })?;
            if let Some(number) = &p.registration_number {
                w.create_element("cac:PartyTaxScheme")
                    .write_inner_content(|w| {
                        text(w, "cbc:CompanyID", number)?;
                        w.create_element("cac:TaxScheme")
                            .write_inner_content(|w| text(w, "cbc:ID", "VAT"))?;
                        Ok(())
                    })?;
            }
            w.create_element("cac:PartyLegalEntity")
                .write_inner_content(|w| text(w, "cbc:RegistrationName", &p.name))?;
            Ok(())
        })?;
        Ok(())
    })?;
    Ok(())
}

fn payment_means(w: &mut Xml, doc: &Document, payment: &Payment) -> std::io::Result<()> {
    w.create_element("cac:PaymentMeans")
        .write_inner_content(|w| {
            // 30: credit transfer (振込).
            text(w, "cbc:PaymentMeansCode", "30")?;
            text(w, "cbc:PaymentID", &doc.number)?;
            w.create_element("cac:PayeeFinancialAccount")
                .write_inner_content(|w| {
                    text(w, "cbc:ID", &payment.account)?;
                    if let Some(holder) = &payment.holder {
                        text(w, "cbc:Name", holder)?;
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    Ok(())
}

fn tax_category(
    w: &mut Xml,
    tag: &str,
    category: Category,
    percent: Option<Decimal>,
) -> std::io::Result<()> {
    w.create_element(tag).write_inner_content(|w| {
        text(w, "cbc:ID", category.code())?;
        if category != Category::O {
            let p = percent.unwrap_or_default().normalize();
            text(w, "cbc:Percent", &p.to_string())?;
        }
        w.create_element("cac:TaxScheme")
            .write_inner_content(|w| text(w, "cbc:ID", "VAT"))?;
        Ok(())
    })?;
    Ok(())
}

fn tax_total(w: &mut Xml, doc: &Document) -> std::io::Result<()> {
    let currency = doc.currency.as_str();
    w.create_element("cac:TaxTotal").write_inner_content(|w| {
        amount(w, "cbc:TaxAmount", currency, doc.tax_total())?;
        for s in &doc.subtotals {
            w.create_element("cac:TaxSubtotal")
                .write_inner_content(|w| {
                    amount(w, "cbc:TaxableAmount", currency, s.taxable)?;
                    amount(w, "cbc:TaxAmount", currency, s.tax)?;
                    tax_category(w, "cac:TaxCategory", s.category, s.percent)
                })?;
        }
        Ok(())
    })?;
    Ok(())
}

fn monetary_total(w: &mut Xml, doc: &Document) -> std::io::Result<()> {
    let currency = doc.currency.as_str();
    w.create_element("cac:LegalMonetaryTotal")
        .write_inner_content(|w| {
            amount(w, "cbc:LineExtensionAmount", currency, doc.line_total())?;
            amount(w, "cbc:TaxExclusiveAmount", currency, doc.line_total())?;
            amount(w, "cbc:TaxInclusiveAmount", currency, doc.payable())?;
            amount(w, "cbc:PayableAmount", currency, doc.payable())?;
            Ok(())
        })?;
    Ok(())
}

fn invoice_line(w: &mut Xml, doc: &Document, tag: &str, line: &Line) -> std::io::Result<()> {
    let currency = doc.currency.as_str();
    let quantity_tag = if doc.credit_note {
        "cbc:CreditedQuantity"
    } else {
        "cbc:InvoicedQuantity"
    };
    w.create_element(tag).write_inner_content(|w| {
        text(w, "cbc:ID", &line.id)?;
        w.create_element(quantity_tag)
            .with_attribute(("unitCode", line.unit_code.as_str()))
            .write_text_content(BytesText::new(&line.quantity.normalize().to_string()))?;
        amount(w, "cbc:LineExtensionAmount", currency, line.net_amount)?;
        w.create_element("cac:Item").write_inner_content(|w| {
            text(w, "cbc:Name", &line.name)?;
            tax_category(w, "cac:ClassifiedTaxCategory", line.category, line.percent)
        })?;
        w.create_element("cac:Price").write_inner_content(|w| {
            amount(w, "cbc:PriceAmount", currency, line.price.normalize())?;
            w.create_element("cbc:BaseQuantity")
                .with_attribute(("unitCode", line.unit_code.as_str()))
                .write_text_content(BytesText::new("1"))?;
            Ok(())
        })?;
        Ok(())
    })?;
    Ok(())
}
