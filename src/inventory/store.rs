//! Every SQL statement of the inventory: items, locations, movements, revaluations, counts.

use super::{Item, MovementRow, NewMovement};
use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};
use rust_decimal::Decimal;

use super::{Kind, Method, Movement, Stored};

const ITEM_COLUMNS: &str = "id, sku, name, unit, category, method, reorder_point, reorder_qty, supplier, asset_account, expense_account, tax_rate, allow_negative";

fn dec(text: Option<String>) -> Option<Decimal> {
    text.and_then(|t| t.parse().ok())
}

fn item_from_row(r: &Row) -> rusqlite::Result<Item> {
    let method: String = r.get(5)?;
    Ok(Item {
        id: r.get(0)?,
        sku: r.get(1)?,
        name: r.get(2)?,
        unit: r.get(3)?,
        category: r.get(4)?,
        method: if method == "fifo" {
            Method::Fifo
        } else {
            Method::MovingAverage
        },
        reorder_point: dec(r.get(6)?),
        reorder_qty: dec(r.get(7)?),
        supplier: r.get(8)?,
        asset_account: r.get(9)?,
        expense_account: r.get(10)?,
        tax_rate: r.get(11)?,
        allow_negative: r.get(12)?,
    })
}

/// Adds an item; a taken SKU is an error.
pub fn insert_item(conn: &Connection, i: &Item) -> Result<i64> {
    if item_by_sku(conn, &i.sku)?.is_some() {
        bail!("item '{}' already exists", i.sku);
    }
    conn.execute(
        "INSERT INTO inv_item (sku, name, unit, category, method, reorder_point, reorder_qty, supplier, asset_account, expense_account, tax_rate, allow_negative)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            i.sku, i.name, i.unit, i.category, i.method.key(), i.reorder_point.map(|d| d.to_string()),
            i.reorder_qty.map(|d| d.to_string()), i.supplier, i.asset_account, i.expense_account, i.tax_rate, i.allow_negative
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Replaces an item's settable fields.
pub fn update_item(conn: &Connection, i: &Item) -> Result<()> {
    conn.execute(
        "UPDATE inv_item SET name = ?2, unit = ?3, reorder_point = ?4, reorder_qty = ?5, supplier = ?6,
             asset_account = ?7, expense_account = ?8, tax_rate = ?9, allow_negative = ?10, method = ?11 WHERE id = ?1",
        params![
            i.id, i.name, i.unit, i.reorder_point.map(|d| d.to_string()), i.reorder_qty.map(|d| d.to_string()),
            i.supplier, i.asset_account, i.expense_account, i.tax_rate, i.allow_negative, i.method.key()
        ],
    )?;
    Ok(())
}

/// An item by SKU.
pub fn item_by_sku(conn: &Connection, sku: &str) -> Result<Option<Item>> {
    let sql = format!("SELECT {ITEM_COLUMNS} FROM inv_item WHERE sku = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([sku], item_from_row)
        .optional()?)
}

/// Every item's SKU.
pub fn item_skus(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT sku FROM inv_item")?;
    let rows = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Every item by SKU.
pub fn list_items(conn: &Connection) -> Result<Vec<Item>> {
    let sql = format!("SELECT {ITEM_COLUMNS} FROM inv_item ORDER BY sku");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map([], item_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// A location: (id, code, name, kind).
pub type Location = (i64, String, String, String);

/// Adds a location.
pub fn insert_location(conn: &Connection, code: &str, name: &str, kind: &str) -> Result<i64> {
    if location_by_code(conn, code)?.is_some() {
        bail!("location '{code}' already exists");
    }
    conn.execute(
        "INSERT INTO inv_location (code, name, kind) VALUES (?1, ?2, ?3)",
        params![code, name, kind],
    )?;
    Ok(conn.last_insert_rowid())
}

/// A location by code.
pub fn location_by_code(conn: &Connection, code: &str) -> Result<Option<Location>> {
    Ok(conn
        .prepare_cached("SELECT id, code, name, kind FROM inv_location WHERE code = ?1")?
        .query_row([code], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .optional()?)
}

/// Every location.
pub fn list_locations(conn: &Connection) -> Result<Vec<Location>> {
    let mut stmt = conn.prepare("SELECT id, code, name, kind FROM inv_location ORDER BY code")?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// An item's stock right after a movement: quantity and value (minor units); None where the
/// row predates migration 0008.
pub type StockAfter = Option<(Decimal, i64)>;

/// Stores movements through prepared statements: rows go in groups of [`ROWS_PER_INSERT`] in
/// one multi-row `INSERT` (a bulk import writes a million; each statement run has a fixed cost).
pub struct MovementInserter<'c> {
    one: rusqlite::Statement<'c>,
    many: rusqlite::Statement<'c>,
    text: String,
}

const MOVEMENT_COLUMNS: usize = 17;
const ROWS_PER_INSERT: usize = 128;

fn movement_insert_sql(rows: usize) -> String {
    let values: Vec<String> = (0..rows)
        .map(|row| {
            let marks: Vec<String> = (1..=MOVEMENT_COLUMNS)
                .map(|column| format!("?{}", row * MOVEMENT_COLUMNS + column))
                .collect();
            format!("({})", marks.join(", "))
        })
        .collect();
    format!(
        "INSERT INTO inv_movement (id, item_id, date, kind, quantity, unit_cost, from_location, to_location, ref, reason, supplier, import_hash, value, entry_id, created_at, quantity_after, value_after)
         VALUES {}",
        values.join(", ")
    )
}

impl<'c> MovementInserter<'c> {
    /// Prepares the statements.
    pub fn new(conn: &'c Connection) -> Result<MovementInserter<'c>> {
        Ok(MovementInserter {
            one: conn.prepare(&movement_insert_sql(1))?,
            many: conn.prepare(&movement_insert_sql(ROWS_PER_INSERT))?,
            text: String::new(),
        })
    }

    /// Stores movements, each under its id.
    pub fn insert_all<'m>(
        &mut self,
        rows: impl IntoIterator<Item = NewMovement<'m>>,
    ) -> Result<()> {
        let mut group = Vec::with_capacity(ROWS_PER_INSERT);
        for row in rows {
            group.push(row);
            if group.len() == ROWS_PER_INSERT {
                for (slot, m) in group.iter().enumerate() {
                    bind_movement(&mut self.many, slot * MOVEMENT_COLUMNS, m, &mut self.text)?;
                }
                self.many.raw_execute()?;
                group.clear();
            }
        }
        for m in &group {
            bind_movement(&mut self.one, 0, m, &mut self.text)?;
            self.one.raw_execute()?;
        }
        Ok(())
    }
}

/// Binds one movement's columns after `offset` parameters.
fn bind_movement(
    s: &mut rusqlite::Statement,
    offset: usize,
    m: &NewMovement,
    text: &mut String,
) -> Result<()> {
    s.raw_bind_parameter(offset + 1, m.id)?;
    s.raw_bind_parameter(offset + 2, m.item_id)?;
    s.raw_bind_parameter(
        offset + 3,
        crate::kernel::period::IsoDate::from(m.date).as_str(),
    )?;
    s.raw_bind_parameter(offset + 4, m.kind.key())?;
    s.raw_bind_parameter(offset + 5, decimal_text(text, m.quantity))?;
    match m.unit_cost {
        Some(cost) => s.raw_bind_parameter(offset + 6, decimal_text(text, cost))?,
        None => s.raw_bind_parameter(offset + 6, rusqlite::types::Null)?,
    }
    s.raw_bind_parameter(offset + 7, m.from)?;
    s.raw_bind_parameter(offset + 8, m.to)?;
    s.raw_bind_parameter(offset + 9, m.reference)?;
    s.raw_bind_parameter(offset + 10, m.reason)?;
    s.raw_bind_parameter(offset + 11, m.supplier)?;
    s.raw_bind_parameter(offset + 12, m.import_hash.as_ref().map(|h| &h[..]))?;
    s.raw_bind_parameter(offset + 13, m.value)?;
    s.raw_bind_parameter(offset + 14, m.entry_id)?;
    s.raw_bind_parameter(offset + 15, m.created_at)?;
    s.raw_bind_parameter(offset + 16, decimal_text(text, m.after.0))?;
    s.raw_bind_parameter(offset + 17, m.after.1)?;
    Ok(())
}

/// A quantity or cost as stored: the decimal without trailing zeros, written into a reused buffer.
fn decimal_text(buffer: &mut String, value: Decimal) -> &str {
    use std::fmt::Write;
    buffer.clear();
    let value = value.normalize();
    if value.scale() == 0 {
        // A whole number (most quantities and costs): its digits are the integer's, written
        // without the decimal formatter's general path (three per row of a bulk import).
        let _ = write!(buffer, "{}", value.mantissa());
    } else {
        let _ = write!(buffer, "{value}");
    }
    buffer
}

/// Every movement as a line of text without its id (item, date, kind, quantity, value,
/// stock-after, fingerprint), sorted: what tests compare between two ways of recording.
#[cfg(test)]
pub fn movements_without_ids(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT i.sku || ' ' || m.date || ' ' || m.kind || ' ' || m.quantity || ' ' || m.value
             || ' ' || m.quantity_after || ' ' || m.value_after || ' ' || hex(m.import_hash)
         FROM inv_movement m JOIN inv_item i ON i.id = m.item_id ORDER BY 1",
    )?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// `(date, id) > (?, ?)` for an item's movements after a stored state, or all of them ('' sorts
/// before every date).
pub(super) fn lower_bound(after: Option<(NaiveDate, i64)>) -> (String, i64) {
    after.map_or((String::new(), 0), |(date, id)| (date.to_string(), id))
}

/// (id, stock-after) from a row of (id, quantity_after, value_after).
fn id_and_state(r: &Row) -> rusqlite::Result<(i64, StockAfter)> {
    let quantity: Option<String> = r.get(1)?;
    let value: Option<i64> = r.get(2)?;
    Ok((r.get(0)?, dec(quantity).zip(value)))
}

/// Rewrites the derived stock-after columns of a movement (a back-dated movement changed them).
pub fn update_state(conn: &Connection, id: i64, after: (Decimal, i64)) -> Result<()> {
    conn.prepare_cached(
        "UPDATE inv_movement SET quantity_after = ?2, value_after = ?3 WHERE id = ?1",
    )?
    .execute(params![id, after.0.normalize().to_string(), after.1])?;
    Ok(())
}

/// Each item's stock after its last movement through a date, as stored: (item id, quantity,
/// value), the state None where it is not filled in. Items without movements by then are left
/// out. One index seek per item.
pub fn stock_as_of(
    conn: &Connection,
    as_of: NaiveDate,
    item_id: Option<i64>,
) -> Result<Vec<(i64, StockAfter)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT i.id, m.quantity_after, m.value_after FROM inv_item i
         JOIN inv_movement m ON m.id = (SELECT id FROM inv_movement WHERE item_id = i.id AND date <= ?1
                                        ORDER BY date DESC, id DESC LIMIT 1)
         WHERE ?2 IS NULL OR i.id = ?2",
    )?;
    let rows = stmt.query_map(params![as_of, item_id], id_and_state)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Next movement id (the one a new movement will get), for valuing it before it is stored.
pub fn next_movement_id(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT COALESCE(MAX(id), 0) + 1 FROM inv_movement",
        [],
        |r| r.get(0),
    )?)
}

/// An item's movements for the engine.
pub fn movements(conn: &Connection, item_id: i64) -> Result<Vec<Movement>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, date, kind, quantity, unit_cost FROM inv_movement
         WHERE item_id = ?1 ORDER BY date, id",
    )?;
    let rows = stmt
        .query_map([item_id], movement_columns)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().map(parsed_movement).collect()
}

/// An item's movements after `after` (date, id), all of them for None, in order, each with
/// what is stored for it (its stock-after; what has been posted for one whose value depends on
/// the history before it).
pub fn movements_as_stored(
    conn: &Connection,
    item_id: i64,
    after: Option<(NaiveDate, i64)>,
) -> Result<Vec<(Movement, Stored)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, date, kind, quantity, unit_cost, quantity_after, value_after,
                CASE WHEN kind IN ('issue', 'adjust_out') OR (kind = 'adjust_in' AND unit_cost IS NULL)
                THEN value + COALESCE((SELECT SUM(delta) FROM inv_revaluation r WHERE r.movement_id = m.id), 0)
                END
         FROM inv_movement m WHERE item_id = ?1 AND (date, id) > (?2, ?3) ORDER BY date, id",
    )?;
    let (date, id) = lower_bound(after);
    let rows = stmt
        .query_map(params![item_id, date, id], |r| {
            let quantity_after: Option<String> = r.get(5)?;
            let stored = Stored {
                after: dec(quantity_after).zip(r.get(6)?),
                posted: r.get(7)?,
            };
            Ok((movement_columns(r)?, stored))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(columns, stored)| Ok((parsed_movement(columns)?, stored)))
        .collect()
}

/// A movement's columns as read — id, date, kind, quantity, unit cost — before they are parsed.
type MovementColumns = (i64, NaiveDate, String, String, Option<String>);

fn movement_columns(r: &Row) -> rusqlite::Result<MovementColumns> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
}

fn parsed_movement((id, date, kind, quantity, cost): MovementColumns) -> Result<Movement> {
    Ok(Movement {
        id,
        date,
        kind: Kind::parse(&kind)?,
        quantity: quantity.parse()?,
        unit_cost: cost.map(|c| c.parse()).transpose()?,
    })
}

/// An item's movements with location codes, in order.
pub fn movement_rows(conn: &Connection, item_id: i64) -> Result<Vec<MovementRow>> {
    let mut stmt = conn.prepare(
        "SELECT m.id, f.code, t.code, m.ref, m.entry_id FROM inv_movement m
         LEFT JOIN inv_location f ON f.id = m.from_location LEFT JOIN inv_location t ON t.id = m.to_location
         WHERE m.item_id = ?1 ORDER BY m.date, m.id",
    )?;
    let rows = stmt
        .query_map([item_id], |r| {
            Ok(MovementRow {
                id: r.get(0)?,
                from: r.get(1)?,
                to: r.get(2)?,
                reference: r.get(3)?,
                entry_id: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Records a revaluation of an outflow.
pub fn insert_revaluation(
    conn: &Connection,
    movement_id: i64,
    delta: i64,
    entry_id: Option<i64>,
) -> Result<()> {
    conn.prepare_cached("INSERT INTO inv_revaluation (movement_id, delta, entry_id, created_at) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![movement_id, delta, entry_id, crate::kernel::clock::timestamp()])?;
    Ok(())
}

/// Quantity on hand per location through a date: (item id, location code, quantity), from the
/// movements' to/from locations. One pass over the rows summing exact decimals per (item,
/// location) — cheaper than letting SQLite sort them for a GROUP BY.
pub fn quantities_by_location(
    conn: &Connection,
    as_of: NaiveDate,
) -> Result<Vec<(i64, Option<String>, Decimal)>> {
    let codes: std::collections::HashMap<i64, String> = list_locations(conn)?
        .into_iter()
        .map(|(id, code, _, _)| (id, code))
        .collect();
    let mut stmt = conn.prepare(
        "SELECT item_id, kind, quantity, from_location, to_location FROM inv_movement WHERE date <= ?1",
    )?;
    let mut totals: std::collections::HashMap<(i64, Option<i64>), Decimal> =
        std::collections::HashMap::new();
    let mut rows = stmt.query([as_of])?;
    while let Some(r) = rows.next()? {
        let item: i64 = r.get(0)?;
        let kind = Kind::parse(r.get_ref(1)?.as_str()?)?;
        let quantity: Decimal = r.get_ref(2)?.as_str()?.parse()?;
        let (from, to): (Option<i64>, Option<i64>) = (r.get(3)?, r.get(4)?);
        if matches!(kind, Kind::Issue | Kind::AdjustOut | Kind::Transfer) {
            *totals.entry((item, from)).or_default() -= quantity;
        }
        if matches!(kind, Kind::Receive | Kind::AdjustIn | Kind::Transfer) {
            *totals.entry((item, to)).or_default() += quantity;
        }
    }
    let mut out: Vec<(i64, Option<String>, Decimal)> = totals
        .into_iter()
        .map(|((item, location), quantity)| {
            (
                item,
                location.and_then(|l| codes.get(&l).cloned()),
                quantity,
            )
        })
        .collect();
    out.sort();
    Ok(out)
}

/// A supplies issue: (item id, to-location code, quantity, value).
pub type UsageRow = (i64, Option<String>, String, i64);

/// Issues of supplies in a date range: (item id, to-location code or None, quantity, value).
pub fn usage(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<UsageRow>> {
    let mut stmt = conn.prepare(
        "SELECT m.item_id, t.code, m.quantity,
                m.value + COALESCE((SELECT SUM(delta) FROM inv_revaluation r WHERE r.movement_id = m.id), 0)
         FROM inv_movement m JOIN inv_item i ON i.id = m.item_id LEFT JOIN inv_location t ON t.id = m.to_location
         WHERE m.kind = 'issue' AND i.category = 'supplies' AND m.date >= ?1 AND m.date <= ?2",
    )?;
    let rows = stmt
        .query_map(params![from, to], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The import fingerprints of an item's movements dated in a range: fingerprint → movement id
/// (a fingerprint includes the item, so an earlier import of a row is found under its item).
pub fn import_hashes(
    conn: &Connection,
    item_id: i64,
    from: NaiveDate,
    to: NaiveDate,
    found: &mut std::collections::HashMap<[u8; 16], i64>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT import_hash, id FROM inv_movement
         WHERE item_id = ?1 AND date >= ?2 AND date <= ?3 AND import_hash IS NOT NULL",
    )?;
    let mut rows = stmt.query(params![item_id, from, to])?;
    while let Some(r) = rows.next()? {
        let hash: Vec<u8> = r.get(0)?;
        if let Ok(hash) = <[u8; 16]>::try_from(hash.as_slice()) {
            found.insert(hash, r.get(1)?);
        }
    }
    Ok(())
}

/// Opens a count; returns its id.
pub fn insert_count(conn: &Connection, location: Option<i64>, as_of: NaiveDate) -> Result<i64> {
    conn.execute(
        "INSERT INTO inv_count (location_id, as_of, status, created_at) VALUES (?1, ?2, 'open', ?3)",
        params![location, as_of, crate::kernel::clock::timestamp()],
    )?;
    Ok(conn.last_insert_rowid())
}

/// The open count: (id, as_of), if any.
pub fn open_count(conn: &Connection) -> Result<Option<(i64, NaiveDate)>> {
    Ok(conn
        .query_row(
            "SELECT id, as_of FROM inv_count WHERE status = 'open' ORDER BY id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

/// Freezes an expected quantity.
pub fn insert_count_line(
    conn: &Connection,
    count: i64,
    item: i64,
    expected: Decimal,
) -> Result<()> {
    conn.execute(
        "INSERT INTO inv_count_line (count_id, item_id, expected) VALUES (?1, ?2, ?3)",
        params![count, item, expected.normalize().to_string()],
    )?;
    Ok(())
}

/// Records a counted quantity; false when the item is not part of the count.
pub fn set_counted(conn: &Connection, count: i64, item: i64, counted: Decimal) -> Result<bool> {
    Ok(conn.execute(
        "UPDATE inv_count_line SET counted = ?3 WHERE count_id = ?1 AND item_id = ?2",
        params![count, item, counted.normalize().to_string()],
    )? == 1)
}

/// A count's lines: (item id, expected, counted).
pub fn count_lines(conn: &Connection, count: i64) -> Result<Vec<(i64, Decimal, Option<Decimal>)>> {
    let mut stmt = conn.prepare("SELECT item_id, expected, counted FROM inv_count_line WHERE count_id = ?1 ORDER BY item_id")?;
    let rows = stmt
        .query_map([count], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(i, e, c)| Ok((i, e.parse()?, c.map(|c| c.parse()).transpose()?)))
        .collect()
}

/// Marks a count applied.
pub fn close_count(conn: &Connection, count: i64) -> Result<()> {
    conn.execute(
        "UPDATE inv_count SET status = 'applied' WHERE id = ?1",
        [count],
    )?;
    Ok(())
}

/// The location code a count covers (None: company-wide).
pub fn count_location(conn: &Connection, count: i64) -> Result<Option<String>> {
    Ok(conn.query_row(
        "SELECT l.code FROM inv_count c LEFT JOIN inv_location l ON l.id = c.location_id WHERE c.id = ?1",
        [count],
        |r| r.get(0),
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole-number path writes what the decimal formatter writes for the normalized
    /// value: the text stored for quantities and costs is the same as before it.
    #[test]
    fn decimal_text_is_the_normalized_decimal_written_out() {
        let mut buffer = String::new();
        for text in [
            "0",
            "-0",
            "0.000",
            "34",
            "-34",
            "100.00",
            "2.5",
            "-2.50",
            "3751",
            "0.001",
            "79228162514264337593543950335",
            "-79228162514264337593543950335",
            "1e3",
        ] {
            let value = match Decimal::from_str_exact(text) {
                Ok(v) => v,
                Err(_) => Decimal::from_scientific(text).unwrap(),
            };
            let expected = value.normalize().to_string();
            assert_eq!(decimal_text(&mut buffer, value), expected, "{text}");
        }
        assert_eq!(
            decimal_text(&mut buffer, Decimal::from_str_exact("-0.0").unwrap()),
            "0"
        );
    }
}
