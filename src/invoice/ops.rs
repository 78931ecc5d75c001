//! Invoicing reads and master-data operations for the commands (issuing has its own modules:
//! `issue`, `batch`): the commands never reach the store.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use super::{CatalogItem, Customer, Invoice, Movement, Settlement, store};

/// Every customer, by code.
pub fn list_customers(conn: &Connection) -> Result<Vec<Customer>> {
    store::list_customers(conn)
}

/// A customer by code, if there is one.
pub fn customer_by_code(conn: &Connection, code: &str) -> Result<Option<Customer>> {
    store::customer_by_code(conn, code)
}

/// A customer by row id.
pub fn customer_by_id(conn: &Connection, id: i64) -> Result<Customer> {
    store::customer_by_id(conn, id)
}

/// Writes a changed customer back.
pub fn update_customer(tx: &Connection, c: &Customer) -> Result<()> {
    store::update_customer(tx, c)
}

/// Adds a catalogue item.
pub fn insert_item(tx: &Connection, item: &CatalogItem) -> Result<()> {
    store::insert_item(tx, item)
}

/// A catalogue item by code, if there is one.
pub fn item_by_code(conn: &Connection, code: &str) -> Result<Option<CatalogItem>> {
    store::item_by_code(conn, code)
}

/// The catalogue, by code.
pub fn list_items(conn: &Connection) -> Result<Vec<CatalogItem>> {
    store::list_items(conn)
}

/// An invoice or credit note by row id.
pub fn invoice_by_id(conn: &Connection, id: i64) -> Result<Option<Invoice>> {
    store::invoice_by_id(conn, id)
}

/// What was paid and credited against an invoice as of a date.
pub fn settlement(conn: &Connection, invoice_id: i64, as_of: NaiveDate) -> Result<Settlement> {
    store::settlement(conn, invoice_id, as_of)
}

/// A customer's movements for a statement.
pub fn customer_movements(conn: &Connection, customer_id: i64) -> Result<Vec<Movement>> {
    store::customer_movements(conn, customer_id)
}

/// What `issue --like` takes from an earlier invoice: customer code, subject, note, lines,
/// pricing.
pub type Like = (
    String,
    Option<String>,
    Option<String>,
    Vec<super::LineInput>,
    super::TaxPricing,
);

/// An issued invoice as the start of a new one (`issue --like`): its customer code, subject
/// (month words one month on with `next_month`), note, lines and pricing.
pub fn like(conn: &Connection, number: &str, next_month: bool) -> Result<Like> {
    let inv = super::issue::issued(conn, number)?;
    let customer = store::customer_by_id(conn, inv.customer_id)?.code;
    let subject = inv.subject.as_deref().map(|s| {
        if next_month {
            super::recurring::next_month_words(s)
        } else {
            s.to_string()
        }
    });
    let lines = inv.lines.iter().map(|(l, _)| l.clone()).collect();
    Ok((customer, subject, inv.note.clone(), lines, inv.tax_pricing))
}
