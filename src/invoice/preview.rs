//! What an invoice will be before it takes a number: the checks and figures of a draft, the
//! parties as they stand today, nothing stored. `create_draft` stores what `prepare` found; the
//! guided `invoice issue` shows `preview` (and draws it as a 見本 PDF) before asking to issue.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::issue::{Books, DocumentInput};
use super::types::{Customer, Parties, PaymentTerms};
use super::{DocumentKind, DocumentStatus, Invoice, TaxPricing, Totals, compute_totals};
use crate::kernel::text::{NAME_MAX_CHARS, NOTE_MAX_CHARS, check_optional_length};

/// A document input checked and computed.
pub struct Prepared {
    /// Its customer.
    pub customer: Customer,
    /// The pricing it uses.
    pub pricing: TaxPricing,
    /// Line amounts and per-rate totals.
    pub totals: Totals,
    /// The due date (given, or from the customer's terms).
    pub due: Option<NaiveDate>,
}

/// Checks an input as a draft would be checked and computes its figures.
pub fn prepare(conn: &Connection, books: &Books, input: &DocumentInput) -> Result<Prepared> {
    let Some(customer) = super::store::customer_by_code(conn, &input.customer)? else {
        return Err(crate::kernel::error::hinted(
            format!("unknown customer '{}'", input.customer),
            "`bko invoice customers list` shows them",
        ));
    };
    if input.lines.is_empty() {
        bail!("an invoice needs at least one line (--line or --item)");
    }
    check_optional_length("subject", input.subject.as_deref(), NAME_MAX_CHARS)?;
    check_optional_length("note", input.note.as_deref(), NOTE_MAX_CHARS)?;
    let s = &books.settings;
    let pricing = input.pricing.unwrap_or(customer.tax_pricing);
    let totals = compute_totals(
        &input.lines,
        pricing,
        s.line_rounding,
        s.tax_rounding,
        &books.company.currency,
    )?;
    let due = match input.due_date {
        Some(d) => d,
        None => PaymentTerms::parse(&customer.payment_terms)?.due_date(input.date),
    };
    if due < input.date {
        bail!(
            "the due date {due} is before the invoice date {}",
            input.date
        );
    }
    Ok(Prepared {
        customer,
        pricing,
        totals,
        due: Some(due),
    })
}

/// The invoice as it would be issued now, without a number.
pub fn preview(conn: &Connection, books: &Books, input: &DocumentInput) -> Result<Invoice> {
    let p = prepare(conn, books, input)?;
    let mut issuer = books.issuer.clone();
    if input.not_qualified {
        issuer.registration_number = None;
    }
    Ok(Invoice {
        id: 0,
        kind: DocumentKind::Invoice,
        number: None,
        status: DocumentStatus::Draft,
        customer_id: p.customer.id,
        date: input.date,
        due_date: p.due,
        subject: input.subject.clone(),
        note: input.note.clone(),
        tax_pricing: p.pricing,
        qualified: !input.not_qualified,
        original_id: None,
        reason: None,
        subtotal: p.totals.subtotal,
        tax: p.totals.tax,
        total: p.totals.total,
        entry_id: None,
        void_date: None,
        parties: Parties {
            issuer,
            addressee: p.customer.addressee.clone(),
            terms: PaymentTerms::parse(&p.customer.payment_terms)
                .ok()
                .map(|t| t.label_ja()),
        },
        lines: input
            .lines
            .iter()
            .cloned()
            .zip(p.totals.line_amounts.iter().copied())
            .collect(),
        rates: p.totals.rates.clone(),
    })
}

/// The subject a new invoice to a customer most likely has: their last invoice's, its month
/// words moved on (「5月分」 → 「6月分」).
pub fn suggested_subject(conn: &Connection, customer: &str) -> Result<Option<String>> {
    let Some(c) = super::store::customer_by_code(conn, customer)? else {
        return Ok(None);
    };
    Ok(
        super::desk_store::last_subject(conn, c.id)?
            .map(|s| super::recurring::next_month_words(&s)),
    )
}

/// The due date a customer's terms give an invoice dated `date`.
pub fn due_by_terms(conn: &Connection, customer: &str, date: NaiveDate) -> Result<NaiveDate> {
    let Some(c) = super::store::customer_by_code(conn, customer)? else {
        bail!("unknown customer '{customer}'");
    };
    Ok(PaymentTerms::parse(&c.payment_terms)?.due_date(date))
}
