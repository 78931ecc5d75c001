//! Inventory reads and small operations for the commands (the bigger ones have their own
//! modules: `items`, `movements`, `stocktake`, `valuation`, `post`): the commands never reach
//! the store.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;
use rust_decimal::Decimal;

use super::{MovementRow, store};

/// Every location: (id, code, name, kind).
pub fn locations(conn: &Connection) -> Result<Vec<store::Location>> {
    store::list_locations(conn)
}

/// A location by code as (id, code), or an error naming the code.
pub fn location(conn: &Connection, code: &str) -> Result<(i64, String)> {
    match store::location_by_code(conn, code)? {
        Some(l) => Ok((l.0, l.1)),
        None => bail!("unknown location '{code}'"),
    }
}

/// The location of the open stocktake, when there is one and it is limited to a location.
pub fn open_count_location(conn: &Connection) -> Result<Option<String>> {
    match store::open_count(conn)? {
        Some((id, _)) => store::count_location(conn, id),
        None => Ok(None),
    }
}

/// Quantities per item and location on a date: (item id, location code, quantity).
pub fn quantities_by_location(
    conn: &Connection,
    as_of: NaiveDate,
) -> Result<Vec<(i64, Option<String>, Decimal)>> {
    store::quantities_by_location(conn, as_of)
}

/// An item's movements, as valued.
pub fn movements(conn: &Connection, item_id: i64) -> Result<Vec<super::Movement>> {
    store::movements(conn, item_id)
}

/// An item's movements as listed (with locations and references).
pub fn movement_rows(conn: &Connection, item_id: i64) -> Result<Vec<MovementRow>> {
    store::movement_rows(conn, item_id)
}

/// Issues and transfers out in a period, for the usage report.
pub fn usage(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<store::UsageRow>> {
    store::usage(conn, from, to)
}
