//! The valuation's stored states (migrations 0025 and 0026), exact (decimals as text): where
//! each item stands after its latest movement, so a batch after it resumes from there; and its
//! checkpoints, the state after every 64th movement, so a back-dated movement is valued again
//! from the latest checkpoint on or before its date instead of from the item's first movement
//! (the revaluation deletes the checkpoints it passed and writes them again).

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};
use rust_decimal::Decimal;

use super::store::lower_bound;
use super::{Checkpoint, Standing, StockState};

/// Where an item's valuation stands after its latest movement, as stored; none when there is
/// none, or it is not after the latest movement (left behind by another path), or it cannot be
/// read back exactly — the history is then valued again.
pub fn valuation_state(conn: &Connection, item_id: i64) -> Result<Option<Standing>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.movement_date, s.movement_id, s.quantity, s.value, s.last_cost, s.current_cost,
                s.layers, s.booked, s.since_checkpoint
         FROM inv_valuation_state s
         WHERE s.item_id = ?1 AND s.movement_id = (SELECT id FROM inv_movement
             WHERE item_id = ?1 ORDER BY date DESC, id DESC LIMIT 1)",
    )?;
    let standing = |r: &Row| {
        let since_checkpoint: u32 = r.get(8)?;
        Ok(state_row(r)?.map(|(after, state)| Standing {
            after,
            state,
            since_checkpoint,
        }))
    };
    Ok(stmt.query_row([item_id], standing).optional()?.flatten())
}

/// A stored state from a row of (movement_date, movement_id, quantity, value, last_cost,
/// current_cost, layers, booked); None when a part does not read back exactly.
fn state_row(r: &Row) -> rusqlite::Result<Option<((NaiveDate, i64), StockState)>> {
    let after = (r.get::<_, NaiveDate>(0)?, r.get::<_, i64>(1)?);
    let text = |i| r.get::<_, String>(i);
    let [qty, value, last, current, layers] = [text(2)?, text(3)?, text(4)?, text(5)?, text(6)?];
    let booked: i64 = r.get(7)?;
    let state = || {
        Some(StockState {
            qty: qty.parse().ok()?,
            value: value.parse().ok()?,
            layers: parse_layers(&layers)?,
            last_cost: last.parse().ok()?,
            current_cost: current.parse().ok()?,
            booked,
        })
    };
    Ok(state().map(|s| (after, s)))
}

/// FIFO layers as stored: "quantity@unit cost" joined by ';'.
fn parse_layers(text: &str) -> Option<std::collections::VecDeque<(Decimal, Decimal)>> {
    text.split(';')
        .filter(|layer| !layer.is_empty())
        .map(|layer| {
            let (quantity, cost) = layer.split_once('@')?;
            Some((quantity.parse().ok()?, cost.parse().ok()?))
        })
        .collect()
}

/// A state's exact parts as stored: quantity, value, last cost, current cost, FIFO layers.
fn state_text(s: &StockState) -> [String; 5] {
    let layers: Vec<String> = s.layers.iter().map(|(q, c)| format!("{q}@{c}")).collect();
    [
        s.qty.to_string(),
        s.value.to_string(),
        s.last_cost.to_string(),
        s.current_cost.to_string(),
        layers.join(";"),
    ]
}

/// Stores where an item's valuation stands after its latest movement.
pub fn save_valuation_state(conn: &Connection, item_id: i64, at: &Standing) -> Result<()> {
    let [qty, value, last, current, layers] = state_text(&at.state);
    conn.prepare_cached(
        "INSERT INTO inv_valuation_state (item_id, movement_id, movement_date, quantity, value, booked, last_cost, current_cost, layers, since_checkpoint)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (item_id) DO UPDATE SET movement_id = ?2, movement_date = ?3, quantity = ?4,
             value = ?5, booked = ?6, last_cost = ?7, current_cost = ?8, layers = ?9,
             since_checkpoint = ?10",
    )?
    .execute(params![
        item_id,
        at.after.1,
        at.after.0,
        qty,
        value,
        at.state.booked,
        last,
        current,
        layers,
        at.since_checkpoint
    ])?;
    Ok(())
}

/// Every stored valuation state as a line of text without its movement's id, by item.
#[cfg(test)]
pub fn valuation_states_without_ids(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT i.sku || ' ' || s.movement_date || ' ' || s.quantity || ' ' || s.value || ' '
             || s.booked || ' ' || s.last_cost || ' ' || s.current_cost || ' ' || s.layers
         FROM inv_valuation_state s JOIN inv_item i ON i.id = s.item_id ORDER BY i.sku",
    )?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<String>>>()?)
}

/// The item's latest checkpoint on or before `date`: a movement recorded on `date` now comes
/// after it, its id being above every stored one. None when there is none, or it does not read
/// back exactly (the history is then valued from its start).
pub(super) fn latest_checkpoint_through(
    conn: &Connection,
    item_id: i64,
    date: NaiveDate,
) -> Result<Option<((NaiveDate, i64), StockState)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT movement_date, movement_id, quantity, value, last_cost, current_cost, layers,
                booked
         FROM inv_valuation_checkpoint WHERE item_id = ?1 AND movement_date <= ?2
         ORDER BY movement_date DESC, movement_id DESC LIMIT 1",
    )?;
    Ok(stmt
        .query_row(params![item_id, date], state_row)
        .optional()?
        .flatten())
}

/// Deletes the item's checkpoints after `after` (all of them for None): the movements after it
/// were valued again.
pub(super) fn delete_checkpoints_after(
    conn: &Connection,
    item_id: i64,
    after: Option<(NaiveDate, i64)>,
) -> Result<()> {
    let (date, id) = lower_bound(after);
    conn.prepare_cached(
        "DELETE FROM inv_valuation_checkpoint
         WHERE item_id = ?1 AND (movement_date, movement_id) > (?2, ?3)",
    )?
    .execute(params![item_id, date, id])?;
    Ok(())
}

/// Stores an item's checkpoints. Each is new: a valuation emits them only after the point it
/// resumed from, and the ones stored there were deleted first.
pub(super) fn save_checkpoints(
    conn: &Connection,
    item_id: i64,
    checkpoints: &[Checkpoint],
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO inv_valuation_checkpoint (item_id, movement_date, movement_id,
             quantity, value, booked, last_cost, current_cost, layers)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for ((date, id), state) in checkpoints {
        let [qty, value, last, current, layers] = state_text(state);
        stmt.execute(params![
            item_id,
            date,
            id,
            qty,
            value,
            state.booked,
            last,
            current,
            layers
        ])?;
    }
    Ok(())
}

/// An item's checkpoints in order.
#[cfg(test)]
pub(super) fn all_checkpoints(conn: &Connection, item_id: i64) -> Result<Vec<Checkpoint>> {
    let mut stmt = conn.prepare(
        "SELECT movement_date, movement_id, quantity, value, last_cost, current_cost, layers,
                booked
         FROM inv_valuation_checkpoint WHERE item_id = ?1 ORDER BY movement_date, movement_id",
    )?;
    let rows = stmt.query_map([item_id], state_row)?;
    let read: Vec<Option<Checkpoint>> = rows.collect::<rusqlite::Result<_>>()?;
    Ok(read.into_iter().flatten().collect())
}
