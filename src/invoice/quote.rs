//! Quotes (見積書): an offer to a customer with its own numbering and a validity date, made from
//! the same lines and rules as an invoice (amounts per line, tax once per rate) but never posted.
//! Accepting a quote issues the invoice from its lines exactly and links the two; declining keeps
//! the reason. A quote's figures never change (a trigger holds them): a revised offer is a new
//! quote.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::issue::{Books, DocumentInput};
use super::types::{Addressee, Invoice, Issuer, Parties, PaymentTerms};
use super::{
    DocumentKind, DocumentStatus, LineInput, RateTotal, TaxPricing, compute_totals, desk_store,
};
use crate::kernel::period::FiscalYear;
use crate::kernel::text::{NAME_MAX_CHARS, NOTE_MAX_CHARS, check_optional_length};

/// A quote as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// Row id.
    pub id: i64,
    /// 見積番号.
    pub number: String,
    /// Customer code.
    pub customer: String,
    /// 見積日.
    pub date: NaiveDate,
    /// 有効期限.
    pub valid_until: NaiveDate,
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
    /// 税抜合計.
    pub subtotal: i64,
    /// 消費税.
    pub tax: i64,
    /// 御見積金額.
    pub total: i64,
    /// Issuer and addressee as they stood when the quote was made.
    pub parties: Parties,
    /// open, accepted or declined.
    pub status: String,
    /// The invoice issued from it.
    pub invoice: Option<String>,
    /// Why it was declined.
    pub reason: Option<String>,
}

impl Quote {
    /// The status as a clerk reads it on a day: an open quote past its date has expired.
    pub fn status_on(&self, today: NaiveDate) -> &str {
        if self.status == "open" && self.valid_until < today {
            "expired"
        } else {
            &self.status
        }
    }

    /// The quote in the shape the invoice layout draws (its validity where a due date goes).
    pub fn as_document(&self) -> Invoice {
        drawn(
            (&self.number, self.date, Some(self.valid_until)),
            (&self.subject, &self.note),
            self.tax_pricing,
            (
                &self.lines,
                &self.rates,
                (self.subtotal, self.tax, self.total),
            ),
            &self.parties,
        )
    }
}

/// A document's lines with their amounts, per-rate totals, and (税抜, 消費税, 合計).
pub(super) type Figures<'a> = (&'a [(LineInput, i64)], &'a [RateTotal], (i64, i64, i64));

/// A desk document (quote, delivery note) as the invoice layout draws it: (number, date, the
/// date in the due date's place), (subject, note), pricing, (lines, rates, totals), parties.
pub(super) fn drawn(
    (number, date, due): (&str, NaiveDate, Option<NaiveDate>),
    (subject, note): (&Option<String>, &Option<String>),
    tax_pricing: TaxPricing,
    (lines, rates, totals): Figures,
    parties: &Parties,
) -> Invoice {
    Invoice {
        id: 0,
        kind: DocumentKind::Invoice,
        number: Some(number.to_string()),
        status: DocumentStatus::Issued,
        customer_id: 0,
        date,
        due_date: due,
        subject: subject.clone(),
        note: note.clone(),
        tax_pricing,
        qualified: parties.issuer.registration_number.is_some(),
        original_id: None,
        reason: None,
        subtotal: totals.0,
        tax: totals.1,
        total: totals.2,
        entry_id: None,
        void_date: None,
        parties: parties.clone(),
        lines: lines.to_vec(),
        rates: rates.to_vec(),
    }
}

/// What a new quote holds.
pub struct QuoteInput {
    /// Customer code.
    pub customer: String,
    /// 見積日.
    pub date: NaiveDate,
    /// 有効期限 (default: `quote_valid_days` after the date).
    pub valid_until: Option<NaiveDate>,
    /// 件名.
    pub subject: Option<String>,
    /// 備考.
    pub note: Option<String>,
    /// Lines.
    pub lines: Vec<LineInput>,
    /// Pricing override.
    pub pricing: Option<TaxPricing>,
}

/// A desk document's figures (a quote, a delivery note): its customer, lines with their
/// amounts, per-rate totals, and the parties as they stand today.
pub(super) struct Computed {
    /// The customer (id, code).
    pub customer: (i64, String),
    /// Pricing used.
    pub pricing: TaxPricing,
    /// Lines with their amounts.
    pub lines: Vec<(LineInput, i64)>,
    /// Per-rate totals.
    pub rates: Vec<RateTotal>,
    /// 税抜合計, 消費税, 合計.
    pub totals: (i64, i64, i64),
    /// Issuer and addressee now.
    pub parties: Parties,
}

/// Computes lines for a customer as an invoice's are computed (the checks of a draft).
pub(super) fn compute(
    tx: &Connection,
    books: &Books,
    customer: &str,
    lines: &[LineInput],
    pricing: Option<TaxPricing>,
    text: (Option<&str>, Option<&str>),
) -> Result<Computed> {
    let Some(customer) = super::store::customer_by_code(tx, customer)? else {
        return Err(crate::kernel::error::hinted(
            format!("unknown customer '{customer}'"),
            "`bko invoice customers list` shows them",
        ));
    };
    if lines.is_empty() {
        bail!("at least one line is needed (--line or --item)");
    }
    check_optional_length("subject", text.0, NAME_MAX_CHARS)?;
    check_optional_length("note", text.1, NOTE_MAX_CHARS)?;
    let s = &books.settings;
    let pricing = pricing.unwrap_or(customer.tax_pricing);
    let totals = compute_totals(
        lines,
        pricing,
        s.line_rounding,
        s.tax_rounding,
        &books.company.currency,
    )?;
    Ok(Computed {
        customer: (customer.id, customer.code.clone()),
        pricing,
        lines: lines
            .iter()
            .cloned()
            .zip(totals.line_amounts.iter().copied())
            .collect(),
        rates: totals.rates.clone(),
        totals: (totals.subtotal, totals.tax, totals.total),
        parties: parties_now(&books.issuer, &customer.addressee, &customer.payment_terms),
    })
}

/// Makes a quote: its lines computed as an invoice's, the next quote number taken, the parties
/// kept as they stand today.
pub fn add(tx: &Connection, books: &Books, input: &QuoteInput) -> Result<Quote> {
    let text = (input.subject.as_deref(), input.note.as_deref());
    let c = compute(
        tx,
        books,
        &input.customer,
        &input.lines,
        input.pricing,
        text,
    )?;
    let valid_until = input
        .valid_until
        .unwrap_or(input.date + chrono::Duration::days(books.settings.quote_valid_days));
    if valid_until < input.date {
        bail!(
            "the quote is valid until {valid_until}, before its date {}",
            input.date
        );
    }
    let quote = Quote {
        id: 0,
        number: next_number(
            tx,
            books,
            "quote",
            &books.settings.quote_pattern,
            input.date,
        )?,
        customer: c.customer.1.clone(),
        date: input.date,
        valid_until,
        subject: input.subject.clone(),
        note: input.note.clone(),
        tax_pricing: c.pricing,
        lines: c.lines,
        rates: c.rates,
        subtotal: c.totals.0,
        tax: c.totals.1,
        total: c.totals.2,
        parties: c.parties,
        status: "open".into(),
        invoice: None,
        reason: None,
    };
    let at = crate::kernel::clock::timestamp();
    let id = desk_store::insert_quote(tx, &quote, c.customer.0, &at)?;
    Ok(Quote { id, ..quote })
}

fn parties_now(issuer: &Issuer, addressee: &Addressee, terms: &str) -> Parties {
    Parties {
        issuer: issuer.clone(),
        addressee: addressee.clone(),
        terms: PaymentTerms::parse(terms).ok().map(|t| t.label_ja()),
    }
}

/// The next number of a series (quote, delivery) in the fiscal year of `date`.
pub(super) fn next_number(
    tx: &Connection,
    books: &Books,
    series: &str,
    pattern: &str,
    date: NaiveDate,
) -> Result<String> {
    let fy = FiscalYear::starting_in(books.company.fiscal_year_start).year_of(date);
    let seq = super::store::next_sequence(tx, series, fy)?;
    let number = super::format_number(pattern, fy, chrono::Datelike::month(&date), seq);
    super::check_document_number(&number)?;
    Ok(number)
}

/// A quote by number.
pub fn get(conn: &Connection, number: &str) -> Result<Quote> {
    desk_store::quote(conn, number)?.ok_or_else(|| {
        crate::kernel::error::hinted(
            format!("there is no quote '{number}'"),
            "`bko invoice quote list` shows them",
        )
    })
}

/// Quotes dated in a range, oldest first.
pub fn list(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<Quote>> {
    desk_store::quotes_between(conn, from, to)
}

/// The invoice an open quote becomes, dated `date`: its customer, subject, note, pricing and
/// lines exactly; the due date from the customer's terms.
pub fn invoice_of(conn: &Connection, number: &str, date: NaiveDate) -> Result<DocumentInput> {
    let q = get(conn, number)?;
    if q.status != "open" {
        bail!(
            "quote {number} is {}; only an open quote is accepted",
            q.status
        );
    }
    Ok(DocumentInput {
        customer: q.customer.clone(),
        date,
        due_date: None,
        subject: q.subject.clone(),
        note: q.note.clone(),
        lines: q.lines.iter().map(|(l, _)| l.clone()).collect(),
        pricing: Some(q.tax_pricing),
        not_qualified: false,
    })
}

/// Marks a quote accepted, linked to the invoice issued from it.
pub fn mark_accepted(tx: &Connection, number: &str, invoice: &str) -> Result<()> {
    let q = get(tx, number)?;
    let Some(inv) = super::store::invoice_by_number(tx, invoice)? else {
        bail!("there is no invoice '{invoice}'");
    };
    desk_store::close_quote(tx, q.id, "accepted", Some(inv.id), None)
}

/// Declines an open quote with the reason.
pub fn decline(tx: &Connection, number: &str, reason: &str) -> Result<Quote> {
    let q = get(tx, number)?;
    if q.status != "open" {
        bail!(
            "quote {number} is {}; only an open quote is declined",
            q.status
        );
    }
    if reason.trim().is_empty() {
        bail!("say why: --reason");
    }
    check_optional_length("reason", Some(reason), NOTE_MAX_CHARS)?;
    desk_store::close_quote(tx, q.id, "declined", None, Some(reason.trim()))?;
    get(tx, number)
}

/// Archives a quote's PDF in docs (type quote, its date, amount and addressee).
pub fn archive(tx: &Connection, q: &Quote, bytes: &[u8]) -> Result<()> {
    use crate::docs::archive::{Meta, Vouched, add};
    let meta = Meta {
        doc_type: "quote".into(),
        date: Some(q.date),
        amount: Some(q.total),
        counterparty: q.parties.addressee.name.clone(),
        title: Some(format!("{} 見積書", q.number)),
        tags: "bko,見積書".into(),
        note: q.subject.clone(),
        link: None,
        contract: (None, None, None),
    };
    add(tx, &format!("{}.pdf", q.number), bytes, &meta, &Vouched)?;
    Ok(())
}
