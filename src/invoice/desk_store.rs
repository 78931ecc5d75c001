//! SQL for the invoicing desk: receipts (領収書) with the payments they are written for,
//! recurring invoices with the months they were issued, and quotes (見積書).

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::TaxPricing;
use super::delivery::DeliveryNote;
use super::quote::Quote;
use super::receipt::{PaymentFigures, Receipt};
use super::recurring::Recurring;

/// A payment's figures: invoice, date, amount, fee, overpaid, reversed.
pub fn payment(conn: &Connection, id: i64) -> Result<Option<PaymentFigures>> {
    Ok(conn
        .query_row(
            "SELECT id, invoice_id, date, amount, fee, overpaid, reversed_on IS NOT NULL
               FROM payment WHERE id = ?1",
            [id],
            payment_row,
        )
        .optional()?)
}

fn payment_row(r: &Row) -> rusqlite::Result<PaymentFigures> {
    Ok(PaymentFigures {
        id: r.get(0)?,
        invoice_id: r.get(1)?,
        date: r.get(2)?,
        amount: r.get(3)?,
        fee: r.get(4)?,
        overpaid: r.get(5)?,
        reversed: r.get(6)?,
    })
}

/// An invoice's payments not reversed, oldest first.
pub fn live_payments(conn: &Connection, invoice_id: i64) -> Result<Vec<PaymentFigures>> {
    let mut stmt = conn.prepare(
        "SELECT id, invoice_id, date, amount, fee, overpaid, reversed_on IS NOT NULL
           FROM payment WHERE invoice_id = ?1 AND reversed_on IS NULL ORDER BY date, id",
    )?;
    Ok(stmt
        .query_map([invoice_id], payment_row)?
        .collect::<rusqlite::Result<_>>()?)
}

const RECEIPT: &str = "SELECT r.id, r.number, r.payment_id, i.number, r.date, r.name, r.note,
        r.amount, r.paper, r.duty_base, r.stamp_duty, r.copies
    FROM receipt r JOIN payment p ON p.id = r.payment_id JOIN invoice i ON i.id = p.invoice_id";

fn receipt_row(r: &Row) -> rusqlite::Result<Receipt> {
    Ok(Receipt {
        id: r.get(0)?,
        number: r.get(1)?,
        payment_id: r.get(2)?,
        invoice: r.get(3)?,
        date: r.get(4)?,
        name: r.get(5)?,
        note: r.get(6)?,
        amount: r.get(7)?,
        paper: r.get(8)?,
        duty_base: r.get(9)?,
        stamp_duty: r.get(10)?,
        copies: r.get(11)?,
        rates: Vec::new(),
    })
}

fn with_rates(conn: &Connection, mut r: Receipt) -> Result<Receipt> {
    let mut stmt = conn.prepare_cached(
        "SELECT rate, amount, tax FROM receipt_rate WHERE receipt_id = ?1 ORDER BY rate DESC",
    )?;
    r.rates = stmt
        .query_map([r.id], |x| Ok((x.get(0)?, x.get(1)?, x.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(r)
}

/// The receipt written for a payment, if any.
pub fn for_payment(conn: &Connection, payment_id: i64) -> Result<Option<Receipt>> {
    let mut stmt = conn.prepare_cached(&format!("{RECEIPT} WHERE r.payment_id = ?1"))?;
    match stmt.query_row([payment_id], receipt_row).optional()? {
        Some(r) => Ok(Some(with_rates(conn, r)?)),
        None => Ok(None),
    }
}

/// Receipts dated in a range, by number.
pub fn between(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<Receipt>> {
    let mut stmt = conn.prepare(&format!(
        "{RECEIPT} WHERE r.date BETWEEN ?1 AND ?2 ORDER BY r.date, r.number"
    ))?;
    let list = stmt
        .query_map(params![from, to], receipt_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    list.into_iter().map(|r| with_rates(conn, r)).collect()
}

/// Stores a new receipt with its rates; returns its id.
pub fn insert(conn: &Connection, r: &Receipt, at: &str) -> Result<i64> {
    conn.execute(
        "INSERT INTO receipt (number, payment_id, date, name, note, amount, paper, duty_base,
            stamp_duty, copies, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1, ?10)",
        params![
            r.number,
            r.payment_id,
            r.date,
            r.name,
            r.note,
            r.amount,
            r.paper,
            r.duty_base,
            r.stamp_duty,
            at
        ],
    )?;
    let id = conn.last_insert_rowid();
    for (rate, amount, tax) in &r.rates {
        conn.execute(
            "INSERT INTO receipt_rate (receipt_id, rate, amount, tax) VALUES (?1, ?2, ?3, ?4)",
            params![id, rate, amount, tax],
        )?;
    }
    Ok(id)
}

/// Counts one more copy written.
pub fn add_copy(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("UPDATE receipt SET copies = copies + 1 WHERE id = ?1", [id])?;
    Ok(())
}

const RECURRING: &str = "SELECT r.id, r.code, c.code, r.day, r.subject, r.note, r.lines, r.pricing,
        r.start_month, r.active,
        (SELECT MAX(month) FROM recurring_issue i WHERE i.recurring_id = r.id)
    FROM recurring_invoice r JOIN customer c ON c.id = r.customer_id";

fn recurring_row(r: &Row) -> rusqlite::Result<Recurring> {
    let lines: String = r.get(6)?;
    Ok(Recurring {
        id: r.get(0)?,
        code: r.get(1)?,
        customer: r.get(2)?,
        day: r.get(3)?,
        subject: r.get(4)?,
        note: r.get(5)?,
        lines: serde_json::from_str(&lines).unwrap_or_default(),
        pricing: r.get(7)?,
        start_month: r.get(8)?,
        active: r.get(9)?,
        last_month: r.get(10)?,
    })
}

/// Every recurring invoice, by code.
pub fn recurring(conn: &Connection) -> Result<Vec<Recurring>> {
    let mut stmt = conn.prepare(&format!("{RECURRING} ORDER BY r.code"))?;
    Ok(stmt
        .query_map([], recurring_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// One by code.
pub fn recurring_by_code(conn: &Connection, code: &str) -> Result<Option<Recurring>> {
    let mut stmt = conn.prepare(&format!("{RECURRING} WHERE r.code = ?1"))?;
    Ok(stmt.query_row([code], recurring_row).optional()?)
}

/// Stores a new recurring invoice.
pub fn insert_recurring(
    conn: &Connection,
    r: &Recurring,
    customer_id: i64,
    at: &str,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO recurring_invoice (code, customer_id, day, subject, note, lines, pricing,
            start_month, active, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            r.code,
            customer_id,
            r.day,
            r.subject,
            r.note,
            serde_json::to_string(&r.lines)?,
            r.pricing,
            r.start_month,
            r.active,
            at
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Pauses or resumes one.
pub fn set_active(conn: &Connection, id: i64, active: bool) -> Result<()> {
    conn.execute(
        "UPDATE recurring_invoice SET active = ?2 WHERE id = ?1",
        params![id, active],
    )?;
    Ok(())
}

/// Removes one never issued, or marks one with history inactive for good (its issues stay).
pub fn remove_recurring(conn: &Connection, id: i64) -> Result<bool> {
    let issued: i64 = conn.query_row(
        "SELECT COUNT(*) FROM recurring_issue WHERE recurring_id = ?1",
        [id],
        |r| r.get(0),
    )?;
    if issued > 0 {
        return Ok(false);
    }
    conn.execute("DELETE FROM recurring_invoice WHERE id = ?1", [id])?;
    Ok(true)
}

/// Whether a month of one was issued.
pub fn issued_for(conn: &Connection, id: i64, month: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT i.number FROM recurring_issue r JOIN invoice i ON i.id = r.invoice_id
              WHERE r.recurring_id = ?1 AND r.month = ?2",
            params![id, month],
            |r| r.get(0),
        )
        .optional()?)
}

/// Records the invoice a month was issued as.
pub fn record_issue(conn: &Connection, id: i64, month: &str, invoice_id: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO recurring_issue (recurring_id, month, invoice_id) VALUES (?1, ?2, ?3)",
        params![id, month, invoice_id],
    )?;
    Ok(())
}

/// A column holding JSON (a quote's or a delivery note's lines, rates, parties), decoded; a
/// value that does not decode is a conversion error, never a default.
fn json_column<T: serde::de::DeserializeOwned>(r: &Row, i: usize) -> rusqlite::Result<T> {
    let text: String = r.get(i)?;
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

const QUOTE: &str = "SELECT q.id, q.number, c.code, q.date, q.valid_until, q.subject, q.note,
        q.tax_pricing, q.lines, q.rates, q.subtotal, q.tax, q.total, q.parties, q.status,
        i.number, q.reason
    FROM quote q JOIN customer c ON c.id = q.customer_id LEFT JOIN invoice i ON i.id = q.invoice_id";

fn quote_row(r: &Row) -> rusqlite::Result<Quote> {
    let pricing: String = r.get(7)?;
    Ok(Quote {
        id: r.get(0)?,
        number: r.get(1)?,
        customer: r.get(2)?,
        date: r.get(3)?,
        valid_until: r.get(4)?,
        subject: r.get(5)?,
        note: r.get(6)?,
        tax_pricing: TaxPricing::parse(&pricing).unwrap_or(TaxPricing::Exclusive),
        lines: json_column(r, 8)?,
        rates: json_column(r, 9)?,
        subtotal: r.get(10)?,
        tax: r.get(11)?,
        total: r.get(12)?,
        parties: json_column(r, 13)?,
        status: r.get(14)?,
        invoice: r.get(15)?,
        reason: r.get(16)?,
    })
}

/// Stores a new quote; returns its id.
pub fn insert_quote(conn: &Connection, q: &Quote, customer_id: i64, at: &str) -> Result<i64> {
    conn.execute(
        "INSERT INTO quote (number, customer_id, date, valid_until, subject, note, tax_pricing,
            lines, rates, subtotal, tax, total, parties, status, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        params![
            q.number,
            customer_id,
            q.date,
            q.valid_until,
            q.subject,
            q.note,
            q.tax_pricing.key(),
            serde_json::to_string(&q.lines)?,
            serde_json::to_string(&q.rates)?,
            q.subtotal,
            q.tax,
            q.total,
            serde_json::to_string(&q.parties)?,
            q.status,
            at
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// A quote by number.
pub fn quote(conn: &Connection, number: &str) -> Result<Option<Quote>> {
    let mut stmt = conn.prepare_cached(&format!("{QUOTE} WHERE q.number = ?1"))?;
    Ok(stmt.query_row([number], quote_row).optional()?)
}

/// Quotes dated in a range, oldest first.
pub fn quotes_between(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<Quote>> {
    let mut stmt = conn.prepare(&format!(
        "{QUOTE} WHERE q.date BETWEEN ?1 AND ?2 ORDER BY q.date, q.number"
    ))?;
    Ok(stmt
        .query_map(params![from, to], quote_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// Moves an open quote to accepted (with its invoice) or declined (with the reason).
pub fn close_quote(
    conn: &Connection,
    id: i64,
    status: &str,
    invoice_id: Option<i64>,
    reason: Option<&str>,
) -> Result<()> {
    conn.execute(
        "UPDATE quote SET status = ?2, invoice_id = ?3, reason = ?4 WHERE id = ?1 AND status = 'open'",
        params![id, status, invoice_id, reason],
    )?;
    Ok(())
}

/// The subject of a customer's latest issued invoice that has one.
pub fn last_subject(conn: &Connection, customer_id: i64) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT subject FROM invoice
              WHERE customer_id = ?1 AND kind = 'invoice' AND status <> 'draft'
                AND subject IS NOT NULL AND subject <> ''
              ORDER BY date DESC, id DESC LIMIT 1",
            [customer_id],
            |r| r.get(0),
        )
        .optional()?)
}

const DELIVERY: &str = "SELECT d.id, d.number, c.code, d.date, d.subject, d.note, d.tax_pricing,
        d.lines, d.rates, d.subtotal, d.tax, d.total, d.parties, i.number
    FROM delivery_note d JOIN customer c ON c.id = d.customer_id
    LEFT JOIN invoice i ON i.id = d.invoice_id";

fn delivery_row(r: &Row) -> rusqlite::Result<DeliveryNote> {
    let pricing: String = r.get(6)?;
    Ok(DeliveryNote {
        id: r.get(0)?,
        number: r.get(1)?,
        customer: r.get(2)?,
        date: r.get(3)?,
        subject: r.get(4)?,
        note: r.get(5)?,
        tax_pricing: TaxPricing::parse(&pricing).unwrap_or(TaxPricing::Exclusive),
        lines: json_column(r, 7)?,
        rates: json_column(r, 8)?,
        totals: (r.get(9)?, r.get(10)?, r.get(11)?),
        parties: json_column(r, 12)?,
        invoice: r.get(13)?,
    })
}

/// Stores a new delivery note; returns its id.
pub fn insert_delivery(
    conn: &Connection,
    n: &DeliveryNote,
    customer_id: i64,
    at: &str,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO delivery_note (number, customer_id, date, subject, note, tax_pricing, lines,
            rates, subtotal, tax, total, parties, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            n.number,
            customer_id,
            n.date,
            n.subject,
            n.note,
            n.tax_pricing.key(),
            serde_json::to_string(&n.lines)?,
            serde_json::to_string(&n.rates)?,
            n.totals.0,
            n.totals.1,
            n.totals.2,
            serde_json::to_string(&n.parties)?,
            at
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// A delivery note by number.
pub fn delivery(conn: &Connection, number: &str) -> Result<Option<DeliveryNote>> {
    let mut stmt = conn.prepare_cached(&format!("{DELIVERY} WHERE d.number = ?1"))?;
    Ok(stmt.query_row([number], delivery_row).optional()?)
}

/// Delivery notes dated in a range, oldest first.
pub fn deliveries_between(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<DeliveryNote>> {
    let mut stmt = conn.prepare(&format!(
        "{DELIVERY} WHERE d.date BETWEEN ?1 AND ?2 ORDER BY d.date, d.number"
    ))?;
    Ok(stmt
        .query_map(params![from, to], delivery_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// Links a delivery note to the invoice billing it.
pub fn bill_delivery(conn: &Connection, id: i64, invoice_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE delivery_note SET invoice_id = ?2 WHERE id = ?1 AND invoice_id IS NULL",
        params![id, invoice_id],
    )?;
    Ok(())
}
