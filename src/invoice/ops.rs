//! Invoicing reads and master-data operations for the commands (issuing has its own modules:
//! `issue`, `batch`): the commands never reach the store.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use super::{CatalogItem, Customer, Invoice, ListFilter, ListRow, Movement, Settlement, store};

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

/// Adds a customer; a code in use is refused.
pub fn insert_customer(tx: &Connection, c: &Customer) -> Result<i64> {
    store::insert_customer(tx, c)
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

/// An invoice or credit note by number.
pub fn invoice_by_number(conn: &Connection, number: &str) -> Result<Option<Invoice>> {
    store::invoice_by_number(conn, number)
}

/// An invoice or credit note by row id.
pub fn invoice_by_id(conn: &Connection, id: i64) -> Result<Option<Invoice>> {
    store::invoice_by_id(conn, id)
}

/// Every issued number, in order.
pub fn issued_numbers(conn: &Connection) -> Result<Vec<String>> {
    store::issued_numbers(conn)
}

/// What was paid and credited against an invoice as of a date.
pub fn settlement(conn: &Connection, invoice_id: i64, as_of: NaiveDate) -> Result<Settlement> {
    store::settlement(conn, invoice_id, as_of)
}

/// Documents matching the filter, settled as of a date.
pub fn list_invoices(
    conn: &Connection,
    filter: &ListFilter,
    as_of: NaiveDate,
) -> Result<Vec<ListRow>> {
    store::list_invoices(conn, filter, as_of)
}

/// A customer's movements for a statement.
pub fn customer_movements(conn: &Connection, customer_id: i64) -> Result<Vec<Movement>> {
    store::customer_movements(conn, customer_id)
}
