//! Delivery notes (納品書) made on their own, before the invoice: goods delivered through the
//! month on numbered notes (their own series), billed together at its end by one invoice
//! (`invoice issue --delivery DN-… --delivery DN-…`) that carries their lines and is linked
//! back. The notes are drawn on the invoice's layout (`pdf::Form::DeliveryNote`), with or
//! without prices, and archived. (The delivery note of an issued invoice is `receipt::
//! delivery_note`: it bears the invoice's number and is not stored again.)

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::issue::{Books, DocumentInput};
use super::quote::{compute, next_number};
use super::types::{Invoice, Parties};
use super::{LineInput, RateTotal, TaxPricing, desk_store};

/// A delivery note as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct DeliveryNote {
    /// Row id.
    pub id: i64,
    /// Its number (DN-…).
    pub number: String,
    /// Customer code.
    pub customer: String,
    /// 納品日.
    pub date: NaiveDate,
    /// 件名.
    pub subject: Option<String>,
    /// 備考.
    pub note: Option<String>,
    /// Pricing.
    pub tax_pricing: TaxPricing,
    /// Lines with their amounts.
    pub lines: Vec<(LineInput, i64)>,
    /// Per-rate totals.
    pub rates: Vec<RateTotal>,
    /// 税抜合計, 消費税, 合計.
    pub totals: (i64, i64, i64),
    /// Issuer and addressee when it was made.
    pub parties: Parties,
    /// The invoice that billed it.
    pub invoice: Option<String>,
}

impl DeliveryNote {
    /// The note in the shape the invoice layout draws (no due date).
    pub fn as_document(&self) -> Invoice {
        super::quote::drawn(
            (&self.number, self.date, None),
            (&self.subject, &self.note),
            self.tax_pricing,
            (&self.lines, &self.rates, self.totals),
            &self.parties,
        )
    }
}

/// What a new delivery note holds.
pub struct DeliveryInput {
    /// Customer code.
    pub customer: String,
    /// 納品日.
    pub date: NaiveDate,
    /// 件名.
    pub subject: Option<String>,
    /// 備考.
    pub note: Option<String>,
    /// Lines.
    pub lines: Vec<LineInput>,
    /// Pricing override.
    pub pricing: Option<TaxPricing>,
}

/// Makes a delivery note with the next number of its series.
pub fn add(tx: &Connection, books: &Books, input: &DeliveryInput) -> Result<DeliveryNote> {
    let text = (input.subject.as_deref(), input.note.as_deref());
    let c = compute(
        tx,
        books,
        &input.customer,
        &input.lines,
        input.pricing,
        text,
    )?;
    let pattern = &books.settings.delivery_pattern;
    let note = DeliveryNote {
        id: 0,
        number: next_number(tx, books, "delivery", pattern, input.date)?,
        customer: c.customer.1.clone(),
        date: input.date,
        subject: input.subject.clone(),
        note: input.note.clone(),
        tax_pricing: c.pricing,
        lines: c.lines,
        rates: c.rates,
        totals: c.totals,
        parties: c.parties,
        invoice: None,
    };
    let at = crate::kernel::clock::timestamp();
    let id = desk_store::insert_delivery(tx, &note, c.customer.0, &at)?;
    Ok(DeliveryNote { id, ..note })
}

/// A delivery note by number.
pub fn get(conn: &Connection, number: &str) -> Result<DeliveryNote> {
    desk_store::delivery(conn, number)?.ok_or_else(|| {
        crate::kernel::error::hinted(
            format!("there is no delivery note '{number}'"),
            "`bko invoice list --kind delivery-note` shows them",
        )
    })
}

/// Delivery notes dated in a range, oldest first.
pub fn list(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<DeliveryNote>> {
    desk_store::deliveries_between(conn, from, to)
}

/// The invoice billing delivery notes not yet billed, all of one customer: their lines in order,
/// the subject naming them unless given, one pricing.
pub fn invoice_of(
    conn: &Connection,
    numbers: &[String],
    date: NaiveDate,
    subject: Option<String>,
) -> Result<DocumentInput> {
    let notes: Vec<DeliveryNote> = numbers
        .iter()
        .map(|n| get(conn, n))
        .collect::<Result<_>>()?;
    let Some(first) = notes.first() else {
        bail!("name at least one delivery note");
    };
    for n in &notes {
        if let Some(invoice) = &n.invoice {
            bail!("delivery note {} is billed already by {invoice}", n.number);
        }
        if n.customer != first.customer {
            bail!(
                "delivery note {} is for {}, not {}: one invoice bills one customer",
                n.number,
                n.customer,
                first.customer
            );
        }
        if n.tax_pricing != first.tax_pricing {
            bail!("delivery notes priced with and without tax cannot share an invoice");
        }
    }
    let listed: Vec<&str> = notes.iter().map(|n| n.number.as_str()).collect();
    Ok(DocumentInput {
        customer: first.customer.clone(),
        date,
        due_date: None,
        subject: subject.or_else(|| Some(format!("納品書 {} 分", listed.join(", ")))),
        note: None,
        lines: notes
            .iter()
            .flat_map(|n| n.lines.iter().map(|(l, _)| l.clone()))
            .collect(),
        pricing: Some(first.tax_pricing),
        not_qualified: false,
    })
}

/// Links delivery notes to the invoice that billed them.
pub fn mark_billed(tx: &Connection, numbers: &[String], invoice: &str) -> Result<()> {
    let Some(inv) = super::store::invoice_by_number(tx, invoice)? else {
        bail!("there is no invoice '{invoice}'");
    };
    for n in numbers {
        desk_store::bill_delivery(tx, get(tx, n)?.id, inv.id)?;
    }
    Ok(())
}

/// Archives a delivery note's PDF in docs (type delivery-note).
pub fn archive(tx: &Connection, n: &DeliveryNote, bytes: &[u8], prices: bool) -> Result<()> {
    use crate::docs::archive::{Meta, Vouched, add};
    let meta = Meta {
        doc_type: "delivery-note".into(),
        date: Some(n.date),
        amount: prices.then_some(n.totals.2),
        counterparty: n.parties.addressee.name.clone(),
        title: Some(format!("{} 納品書", n.number)),
        tags: "bko,納品書".into(),
        note: n.subject.clone(),
        link: None,
        contract: (None, None, None),
    };
    let suffix = if prices { "" } else { "-no-prices" };
    add(
        tx,
        &format!("{}{suffix}.pdf", n.number),
        bytes,
        &meta,
        &Vouched,
    )?;
    Ok(())
}
