//! CSV imports of the invoice area: customers, catalogue items, and monthly billing
//! (`issue --from-csv`: rows sharing `invoice_key` form one invoice). Reads and validates only;
//! errors name the file, line and column. Must not print.

use std::collections::HashMap;
use std::path::Path;

use anyhow::Result;
use chrono::NaiveDate;

use super::issue::DocumentInput;
use super::{Addressee, Honorific, LineInput, PaymentTerms, TaxPricing, line_input, parse_rate};
use super::{CatalogItem, Customer};
use crate::kernel::csvio::{ColumnSpec, CsvInput, CsvRow, Encoding};
use crate::kernel::money::parse_amount;
use crate::kernel::period::parse_date;
use crate::kernel::text::{
    CODE_MAX_CHARS, LINE_MAX_CHARS, NAME_MAX_CHARS, check_length, check_optional_length,
};

const CUSTOMER_COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        name: "code",
        aliases: &["コード", "取引先コード"],
        required: true,
    },
    ColumnSpec {
        name: "name",
        aliases: &["名称", "取引先名", "会社名"],
        required: true,
    },
    ColumnSpec {
        name: "honorific",
        aliases: &["敬称"],
        required: false,
    },
    ColumnSpec {
        name: "department",
        aliases: &["部署"],
        required: false,
    },
    ColumnSpec {
        name: "contact",
        aliases: &["担当者"],
        required: false,
    },
    ColumnSpec {
        name: "postal_code",
        aliases: &["郵便番号"],
        required: false,
    },
    ColumnSpec {
        name: "address",
        aliases: &["住所"],
        required: false,
    },
    ColumnSpec {
        name: "email",
        aliases: &["メール", "メールアドレス"],
        required: false,
    },
    ColumnSpec {
        name: "registration_number",
        aliases: &["登録番号"],
        required: false,
    },
    ColumnSpec {
        name: "payment_terms",
        aliases: &["支払条件"],
        required: false,
    },
    ColumnSpec {
        name: "tax_pricing",
        aliases: &["税表示"],
        required: false,
    },
    ColumnSpec {
        name: "kana",
        aliases: &["フリガナ", "カナ", "振込名義"],
        required: false,
    },
    ColumnSpec {
        name: "peppol_id",
        aliases: &["peppol", "peppol id", "ペポル"],
        required: false,
    },
];

fn opt(text: &str) -> Option<String> {
    Some(text.to_string()).filter(|t| !t.is_empty())
}

/// Validates the customer fields shared by `customers add` and the import.
#[allow(clippy::too_many_arguments)]
pub fn customer(
    code: &str,
    name: &str,
    honorific: Option<&str>,
    department: Option<&str>,
    contact: Option<&str>,
    postal_code: Option<&str>,
    address: Option<&str>,
    email: Option<&str>,
    registration_number: Option<&str>,
    payment_terms: Option<&str>,
    tax_pricing: Option<&str>,
) -> Result<Customer> {
    let code = code.trim();
    if code.is_empty() || name.trim().is_empty() {
        anyhow::bail!("a customer needs a code and a name");
    }
    check_length("code", code, CODE_MAX_CHARS)?;
    check_length("name", name.trim(), NAME_MAX_CHARS)?;
    for (field, value) in [
        ("department", department),
        ("contact", contact),
        ("postal_code", postal_code),
        ("address", address),
        ("email", email),
    ] {
        check_optional_length(field, value.map(str::trim), LINE_MAX_CHARS)?;
    }
    let honorific = match honorific.filter(|h| !h.is_empty()) {
        Some(h) => Honorific::parse(h)?,
        None => Honorific::Onchu,
    };
    let registration_number = match registration_number.filter(|r| !r.trim().is_empty()) {
        Some(r) => Some(crate::jp::registration_number::normalize(r)?),
        None => None,
    };
    let terms = match payment_terms.filter(|t| !t.is_empty()) {
        Some(t) => PaymentTerms::parse(t)?,
        None => PaymentTerms::MonthEnd(1),
    };
    let pricing = match tax_pricing.filter(|t| !t.is_empty()) {
        Some(t) => TaxPricing::parse(t)?,
        None => TaxPricing::Exclusive,
    };
    let o = |v: Option<&str>| v.and_then(|t| opt(t.trim()));
    Ok(Customer {
        id: 0,
        code: code.to_string(),
        addressee: Addressee {
            name: name.trim().to_string(),
            department: o(department),
            contact: o(contact),
            honorific: Some(honorific),
            postal_code: o(postal_code),
            address: o(address),
        },
        email: o(email),
        registration_number,
        payment_terms: terms.key(),
        tax_pricing: pricing,
        kana: None,
        peppol_id: None,
    })
}

/// A customer's kana as a transfer shows it: katakana, hiragana or half-width kana, letters and
/// digits; empty clears it.
pub fn kana(text: Option<&str>) -> Result<Option<String>> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    check_length("kana", text, NAME_MAX_CHARS)?;
    if crate::jp::payer_name::canonical(text).is_empty() {
        anyhow::bail!("kana '{text}' has no name in it");
    }
    Ok(Some(text.to_string()))
}

/// A Peppol address `SCHEME:ID`: a four-digit ISO 6523 scheme and the id (13 digits under 0188,
/// the 法人番号); empty clears it.
pub fn peppol_id(text: Option<&str>) -> Result<Option<String>> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let Some((scheme, id)) = text.split_once(':') else {
        anyhow::bail!("'{text}' is not a Peppol address (SCHEME:ID, e.g. 0188:5010001008846)");
    };
    let digits = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_digit());
    if !digits(scheme, 4) || id.trim().is_empty() || id.len() > 50 {
        anyhow::bail!("'{text}' is not a Peppol address (SCHEME:ID, e.g. 0188:5010001008846)");
    }
    if scheme == "0188" && !digits(id, 13) {
        anyhow::bail!("'{id}' is not a 法人番号 (13 digits) for scheme 0188");
    }
    Ok(Some(text.to_string()))
}

/// Reads a customers CSV: (line, customer).
pub fn read_customers(path: &Path, encoding: Encoding) -> Result<Vec<(u64, Customer)>> {
    let mut input = CsvInput::open(path, encoding)?;
    let cols = input.columns(CUSTOMER_COLUMNS)?;
    let mut out = Vec::new();
    while let Some(row) = input.next_row()? {
        let get = |name: &str| row.get(cols.get(name).copied());
        let field = |name: &'static str| Some(get(name));
        let c = customer(
            get("code"),
            get("name"),
            field("honorific"),
            field("department"),
            field("contact"),
            field("postal_code"),
            field("address"),
            field("email"),
            field("registration_number"),
            field("payment_terms"),
            field("tax_pricing"),
        )
        .map_err(|e| located(&row, &e))?;
        let c = Customer {
            kana: kana(Some(get("kana"))).map_err(|e| row.error("kana", e))?,
            peppol_id: peppol_id(Some(get("peppol_id"))).map_err(|e| row.error("peppol_id", e))?,
            ..c
        };
        out.push((row.line, c));
    }
    Ok(out)
}

/// Names the column an error is about when its message says so, else the row.
fn located(row: &CsvRow, err: &anyhow::Error) -> anyhow::Error {
    let message = err.to_string();
    let column = [
        ("registration number", "registration_number"),
        ("honorific", "honorific"),
        ("payment term", "payment_terms"),
        ("tax pricing", "tax_pricing"),
        ("quantity", "quantity"),
        ("unit price", "unit_price"),
        ("tax rate", "tax_rate"),
        ("not a date", "date"),
        ("item name", "item"),
        ("code and a name", "name"),
    ]
    .iter()
    .find(|(needle, _)| message.contains(needle))
    .map_or("row", |(_, column)| column);
    row.error(column, message)
}

const ITEM_COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        name: "code",
        aliases: &["コード", "商品コード"],
        required: true,
    },
    ColumnSpec {
        name: "name",
        aliases: &["品名", "名称"],
        required: true,
    },
    ColumnSpec {
        name: "unit",
        aliases: &["単位"],
        required: false,
    },
    ColumnSpec {
        name: "unit_price",
        aliases: &["単価"],
        required: true,
    },
    ColumnSpec {
        name: "tax_rate",
        aliases: &["税率"],
        required: true,
    },
];

/// Validates a catalogue item.
pub fn item(
    code: &str,
    name: &str,
    unit: Option<&str>,
    unit_price: &str,
    tax_rate: &str,
) -> Result<CatalogItem> {
    if code.trim().is_empty() || name.trim().is_empty() {
        anyhow::bail!("an item needs a code and a name");
    }
    check_length("code", code.trim(), CODE_MAX_CHARS)?;
    check_length("name", name.trim(), NAME_MAX_CHARS)?;
    check_optional_length("unit", unit.map(str::trim), crate::invoice::UNIT_MAX_CHARS)?;
    let price =
        parse_amount(unit_price).map_err(|e| crate::kernel::error::prefixed("unit price", e))?;
    if price.is_sign_negative() {
        anyhow::bail!("unit price: '{unit_price}' must not be negative");
    }
    Ok(CatalogItem {
        code: code.trim().to_string(),
        name: name.trim().to_string(),
        unit: unit.and_then(|u| opt(u.trim())),
        unit_price: price,
        tax_rate: parse_rate(tax_rate)?,
    })
}

/// Reads a catalogue CSV: (line, item).
pub fn read_items(path: &Path, encoding: Encoding) -> Result<Vec<(u64, CatalogItem)>> {
    let mut input = CsvInput::open(path, encoding)?;
    let cols = input.columns(ITEM_COLUMNS)?;
    let mut out = Vec::new();
    while let Some(row) = input.next_row()? {
        let get = |name: &str| row.get(cols.get(name).copied());
        let i = item(
            get("code"),
            get("name"),
            Some(get("unit")),
            get("unit_price"),
            get("tax_rate"),
        )
        .map_err(|e| located(&row, &e))?;
        out.push((row.line, i));
    }
    Ok(out)
}

const BILLING_COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        name: "invoice_key",
        aliases: &["請求キー"],
        required: true,
    },
    ColumnSpec {
        name: "customer",
        aliases: &["取引先", "取引先コード"],
        required: true,
    },
    ColumnSpec {
        name: "date",
        aliases: &["請求日", "日付"],
        required: false,
    },
    ColumnSpec {
        name: "due",
        aliases: &["支払期限"],
        required: false,
    },
    ColumnSpec {
        name: "subject",
        aliases: &["件名"],
        required: false,
    },
    ColumnSpec {
        name: "item",
        aliases: &["品名", "商品"],
        required: true,
    },
    ColumnSpec {
        name: "quantity",
        aliases: &["数量"],
        required: true,
    },
    ColumnSpec {
        name: "unit_price",
        aliases: &["単価"],
        required: false,
    },
    ColumnSpec {
        name: "tax_rate",
        aliases: &["税率"],
        required: false,
    },
    ColumnSpec {
        name: "unit",
        aliases: &["単位"],
        required: false,
    },
    ColumnSpec {
        name: "note",
        aliases: &["備考"],
        required: false,
    },
];

/// One invoice of a billing file and the line it starts on.
pub struct BillingInvoice {
    /// First line of its rows.
    pub line: u64,
    /// Its key in the file.
    pub key: String,
    /// What to issue.
    pub input: DocumentInput,
}

/// Reads a monthly billing CSV into invoices (in file order). `item` is a catalogue code (its
/// name, unit, price and rate are the defaults) or a free name with `unit_price` and `tax_rate`.
pub fn read_billing(
    path: &Path,
    encoding: Encoding,
    today: NaiveDate,
    catalog: &dyn Fn(&str) -> Option<CatalogItem>,
) -> Result<Vec<BillingInvoice>> {
    let mut input = CsvInput::open(path, encoding)?;
    let cols = input.columns(BILLING_COLUMNS)?;
    let mut out: Vec<BillingInvoice> = Vec::new();
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    while let Some(row) = input.next_row()? {
        let get = |name: &str| field(&row, &cols, name);
        let key = get("invoice_key").to_string();
        if key.is_empty() {
            return Err(row.error("invoice_key", "is empty"));
        }
        let line = billing_line(&row, &cols, catalog)?;
        if let Some(last) = out.last_mut().filter(|b| b.key == key) {
            same_invoice(&row, &cols, last)?;
            last.input.lines.push(line);
            continue;
        }
        if !seen.insert(key.clone()) {
            return Err(row.error(
                "invoice_key",
                format!("'{key}' appeared earlier; rows of one invoice must be together"),
            ));
        }
        let date = match get("date") {
            "" => today,
            text => parse_date(text).map_err(|e| row.error("date", e))?,
        };
        let due = optional_date(&row, &cols, "due")?;
        out.push(BillingInvoice {
            line: row.line,
            key,
            input: DocumentInput {
                customer: get("customer").to_string(),
                date,
                due_date: due,
                subject: opt(get("subject")),
                note: opt(get("note")),
                lines: vec![line],
                pricing: None,
                not_qualified: false,
            },
        });
    }
    Ok(out)
}

fn optional_date(
    row: &CsvRow,
    cols: &HashMap<&'static str, usize>,
    name: &str,
) -> Result<Option<NaiveDate>> {
    match field(row, cols, name) {
        "" => Ok(None),
        text => Ok(Some(parse_date(text).map_err(|e| row.error(name, e))?)),
    }
}

/// A further row of an invoice may leave its invoice fields empty or repeat them, but not name
/// another customer, date, due date, subject or note: the first row's would be issued and the
/// other silently dropped (a line billed to the wrong customer).
fn same_invoice(
    row: &CsvRow,
    cols: &HashMap<&'static str, usize>,
    invoice: &BillingInvoice,
) -> Result<()> {
    let first = &invoice.input;
    let texts = [
        ("customer", Some(first.customer.as_str())),
        ("subject", first.subject.as_deref()),
        ("note", first.note.as_deref()),
    ];
    for (name, value) in texts {
        let text = field(row, cols, name);
        if !text.is_empty() && Some(text) != value {
            return Err(differs(row, invoice, name, value.unwrap_or("")));
        }
    }
    let dates = [("date", Some(first.date)), ("due", first.due_date)];
    for (name, value) in dates {
        if let Some(date) = optional_date(row, cols, name)?
            && Some(date) != value
        {
            let shown = value.map(|d| d.to_string()).unwrap_or_default();
            return Err(differs(row, invoice, name, &shown));
        }
    }
    Ok(())
}

fn differs(row: &CsvRow, invoice: &BillingInvoice, name: &str, first: &str) -> anyhow::Error {
    row.error(
        name,
        format!(
            "invoice '{}' has '{first}' at line {}; every row of one invoice names the same {name} \
             (or leaves it empty)",
            invoice.key, invoice.line
        ),
    )
}

fn field<'r>(row: &'r CsvRow, cols: &HashMap<&'static str, usize>, name: &str) -> &'r str {
    row.get(cols.get(name).copied())
}

fn billing_line(
    row: &CsvRow,
    cols: &HashMap<&'static str, usize>,
    catalog: &dyn Fn(&str) -> Option<CatalogItem>,
) -> Result<LineInput> {
    let get = |name: &str| field(row, cols, name);
    let item = get("item");
    let known = catalog(item);
    let price = match (get("unit_price"), &known) {
        ("", Some(k)) => k.unit_price.to_string(),
        ("", None) => {
            return Err(row.error(
                "unit_price",
                format!("is empty and '{item}' is not a catalogue item"),
            ));
        }
        (text, _) => text.to_string(),
    };
    let rate = match (get("tax_rate"), &known) {
        ("", Some(k)) => k.tax_rate.to_string(),
        ("", None) => {
            return Err(row.error(
                "tax_rate",
                format!("is empty and '{item}' is not a catalogue item"),
            ));
        }
        (text, _) => text.to_string(),
    };
    let name = known.as_ref().map_or(item.to_string(), |k| k.name.clone());
    let unit = match get("unit") {
        "" => known.as_ref().and_then(|k| k.unit.clone()),
        u => Some(u.to_string()),
    };
    line_input(&name, get("quantity"), &price, &rate, unit.as_deref()).map_err(|e| located(row, &e))
}
