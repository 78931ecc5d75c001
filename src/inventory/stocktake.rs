//! Stocktake (棚卸): a count freezes expected quantities, takes counted ones, and applies the
//! differences as ordinary adjustments with one journal entry, inside the caller's transaction.

use std::path::Path;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;
use rust_decimal::Decimal;

use super::Kind;
use super::post::{MovementInput, Posting, record_batch};
use super::store::{self};
use crate::company::Company;
use crate::inventory::Item;
use crate::kernel::csvio::{ColumnSpec, CsvInput, Encoding};
use crate::kernel::money::parse_quantity;

/// On hand for each item through a date (whole item, or one location), in the items' order.
fn on_hand(
    conn: &Connection,
    company: &Company,
    items: &[Item],
    as_of: NaiveDate,
    location: Option<&str>,
) -> Result<Vec<Decimal>> {
    let Some(code) = location else {
        let stock = super::post::stock_as_of(conn, company, items, as_of)?;
        return Ok(stock.into_iter().map(|(quantity, _, _)| quantity).collect());
    };
    let at_location: std::collections::HashMap<i64, Decimal> =
        store::quantities_by_location(conn, as_of)?
            .into_iter()
            .filter(|(_, l, _)| l.as_deref() == Some(code))
            .map(|(item, _, quantity)| (item, quantity))
            .collect();
    Ok(items
        .iter()
        .map(|item| at_location.get(&item.id).copied().unwrap_or_default())
        .collect())
}

/// Starts a count: freezes every item's expected quantity (at a location, or company-wide).
pub fn start(
    conn: &Connection,
    company: &Company,
    location: Option<(i64, String)>,
    as_of: NaiveDate,
) -> Result<(i64, usize)> {
    if let Some((id, date)) = store::open_count(conn)? {
        return Err(crate::kernel::error::hinted(
            format!("count {id} (as of {date}) is still open"),
            "`bko inventory count apply` or finish it first",
        ));
    }
    crate::ledger::refuse_locked(conn, as_of)?;
    let id = store::insert_count(conn, location.as_ref().map(|l| l.0), as_of)?;
    let items = store::list_items(conn)?;
    let expected = on_hand(
        conn,
        company,
        &items,
        as_of,
        location.as_ref().map(|l| l.1.as_str()),
    )?;
    for (item, expected) in items.iter().zip(expected) {
        store::insert_count_line(conn, id, item.id, expected)?;
    }
    Ok((id, items.len()))
}

/// The open count, or an error saying there is none.
pub fn open(conn: &Connection) -> Result<(i64, NaiveDate)> {
    match store::open_count(conn)? {
        Some(c) => Ok(c),
        None => Err(crate::kernel::error::hinted(
            "there is no open count",
            "`bko inventory count start`",
        )),
    }
}

/// Records a counted quantity.
pub fn set(conn: &Connection, sku: &str, counted: Decimal) -> Result<()> {
    let (id, _) = open(conn)?;
    let Some(item) = store::item_by_sku(conn, sku)? else {
        bail!("unknown item '{sku}'")
    };
    if counted < Decimal::ZERO {
        bail!("a counted quantity cannot be negative");
    }
    if !store::set_counted(conn, id, item.id, counted)? {
        bail!("item '{sku}' is not part of count {id}");
    }
    Ok(())
}

const COUNT_COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        name: "sku",
        aliases: &["品番", "商品コード"],
        required: true,
    },
    ColumnSpec {
        name: "location",
        aliases: &["場所"],
        required: false,
    },
    ColumnSpec {
        name: "counted",
        aliases: &["実棚数", "数量"],
        required: true,
    },
];

/// Reads counted quantities from CSV (`sku,location,counted`); all or nothing.
pub fn import_counts(
    conn: &Connection,
    path: &Path,
    encoding: Encoding,
    count_location: Option<&str>,
) -> Result<usize> {
    open(conn)?;
    let mut input = CsvInput::open(path, encoding)?;
    let cols = input.columns(COUNT_COLUMNS)?;
    let mut n = 0;
    while let Some(row) = input.next_row()? {
        let get = |c: &str| row.get(cols.get(c).copied()).to_string();
        let location = get("location");
        if !location.is_empty() && Some(location.as_str()) != count_location {
            return Err(row.error(
                "location",
                format!(
                    "'{location}' is not the location being counted ({})",
                    count_location.unwrap_or("all locations")
                ),
            ));
        }
        let counted = parse_quantity(&get("counted")).map_err(|e| row.error("counted", e))?;
        set(conn, &get("sku"), counted).map_err(|e| row.error("sku", e))?;
        n += 1;
    }
    Ok(n)
}

/// One line of the count difference: (item, expected, counted, difference, value of the difference).
pub type DiffLine = (Item, Decimal, Option<Decimal>, Decimal, i64);

/// Expected against counted, with the value of each difference exactly as `apply` will post it.
pub fn diff(conn: &Connection, company: &Company) -> Result<(i64, NaiveDate, Vec<DiffLine>)> {
    let (id, as_of) = open(conn)?;
    let items = store::list_items(conn)?;
    let mut out = Vec::new();
    for (item_id, expected, counted) in store::count_lines(conn, id)? {
        let Some(item) = items.iter().find(|i| i.id == item_id).cloned() else {
            continue;
        };
        let difference = counted.map_or(Decimal::ZERO, |c| c - expected);
        let value = adjustment_value(conn, company, &item, as_of, difference)?;
        out.push((item, expected, counted, difference, value));
    }
    Ok((id, as_of, out))
}

/// The value of an adjustment by `difference` on `as_of`, signed, asked of the valuation engine
/// with the adjustment added last on its date, where `apply` records it. A FIFO shortfall takes
/// its oldest layers' costs, not the front layer's cost times the quantity.
fn adjustment_value(
    conn: &Connection,
    company: &Company,
    item: &Item,
    as_of: NaiveDate,
    difference: Decimal,
) -> Result<i64> {
    if difference.is_zero() {
        return Ok(0);
    }
    const PLANNED: i64 = i64::MAX;
    let mut history = store::movements(conn, item.id)?;
    history.push(super::Movement {
        id: PLANNED,
        date: as_of,
        kind: if difference > Decimal::ZERO {
            Kind::AdjustIn
        } else {
            Kind::AdjustOut
        },
        quantity: difference.abs(),
        unit_cost: None,
    });
    let valued = super::value_movements(item.method, &history, true, &company.currency)?;
    let value = valued
        .iter()
        .find(|v| v.id == PLANNED)
        .map_or(0, |v| v.value);
    Ok(if difference < Decimal::ZERO {
        -value
    } else {
        value
    })
}

/// Posts the differences as adjustments dated on the count date and closes the count.
pub fn apply(conn: &Connection, company: &Company) -> Result<(i64, usize, usize)> {
    let (id, as_of, lines) = diff(conn, company)?;
    let location = store::count_location(conn, id)?;
    let location_id = match &location {
        Some(code) => store::location_by_code(conn, code)?.map(|l| l.0),
        None => None,
    };
    let reason = format!("棚卸 (count {id})");
    let mut uncounted = 0;
    let mut items = Vec::new();
    let mut batch = Vec::new();
    for (item, _, counted, difference, _) in lines {
        if counted.is_none() {
            uncounted += 1;
            continue;
        }
        if difference.is_zero() {
            continue;
        }
        let kind = if difference > Decimal::ZERO {
            Kind::AdjustIn
        } else {
            Kind::AdjustOut
        };
        let (from, to) = match kind {
            Kind::AdjustOut => (location_id, None),
            _ => (None, location_id),
        };
        let input = MovementInput {
            date: as_of,
            kind,
            quantity: difference.abs(),
            unit_cost: None,
            from,
            to,
            to_label: None,
            reference: Some(&reason),
            reason: Some(&reason),
            supplier: None,
            paid_from: None,
            import_hash: None,
        };
        items.push(item);
        batch.push((items.len() - 1, input));
    }
    let adjusted = batch.len();
    let label = format!("棚卸 count {id}");
    record_batch(
        conn,
        company,
        &items,
        &batch,
        Posting::DailySummary(&label),
        None,
    )?;
    store::close_count(conn, id)?;
    Ok((id, adjusted, uncounted))
}
