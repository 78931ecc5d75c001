//! Stocktake (棚卸) and the movement CSV import: both end in ordinary movements recorded through
//! `post::record`, inside the caller's transaction.

use std::path::Path;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;
use rust_decimal::Decimal;
use sha2::{Digest, Sha256};

use super::post::{MovementInput, record};
use super::store::{self, Item};
use super::{Kind, parse_quantity};
use crate::company::Company;
use crate::kernel::csvio::{ColumnSpec, CsvInput, Encoding};
use crate::kernel::money::parse_amount;
use crate::kernel::period::parse_date;

/// On hand for an item through a date (whole item, or one location).
pub fn on_hand(
    conn: &Connection,
    company: &Company,
    item: &Item,
    as_of: NaiveDate,
    location: Option<&str>,
) -> Result<Decimal> {
    match location {
        None => Ok(super::post::valuation_as_of(conn, company, item, as_of)?.0),
        Some(code) => Ok(store::quantities_by_location(conn, as_of)?
            .into_iter()
            .filter(|(i, l, _)| *i == item.id && l.as_deref() == Some(code))
            .map(|(_, _, q)| q)
            .sum()),
    }
}

/// Starts a count: freezes every item's expected quantity (at a location, or company-wide).
pub fn start(
    conn: &Connection,
    company: &Company,
    location: Option<(i64, String)>,
    as_of: NaiveDate,
) -> Result<(i64, usize)> {
    if let Some((id, date)) = store::open_count(conn)? {
        bail!(
            "count {id} (as of {date}) is still open\nhint: `bko inventory count apply` or finish it first"
        );
    }
    crate::ledger::refuse_locked(conn, as_of)?;
    let id = store::insert_count(conn, location.as_ref().map(|l| l.0), as_of)?;
    let items = store::list_items(conn)?;
    for item in &items {
        let expected = on_hand(
            conn,
            company,
            item,
            as_of,
            location.as_ref().map(|l| l.1.as_str()),
        )?;
        store::insert_count_line(conn, id, item.id, expected)?;
    }
    Ok((id, items.len()))
}

/// The open count, or an error saying there is none.
pub fn open(conn: &Connection) -> Result<(i64, NaiveDate)> {
    match store::open_count(conn)? {
        Some(c) => Ok(c),
        None => bail!("there is no open count\nhint: `bko inventory count start`"),
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
        let counted = parse_amount(&get("counted")).map_err(|e| row.error("counted", e))?;
        set(conn, &get("sku"), counted).map_err(|e| row.error("sku", e))?;
        n += 1;
    }
    Ok(n)
}

/// One line of the count difference: (item, expected, counted, difference, value of the difference).
pub type DiffLine = (Item, Decimal, Option<Decimal>, Decimal, i64);

/// Expected against counted, with the value of each difference at the item's unit cost.
pub fn diff(conn: &Connection, company: &Company) -> Result<(i64, NaiveDate, Vec<DiffLine>)> {
    let (id, as_of) = open(conn)?;
    let items = store::list_items(conn)?;
    let mut out = Vec::new();
    for (item_id, expected, counted) in store::count_lines(conn, id)? {
        let Some(item) = items.iter().find(|i| i.id == item_id).cloned() else {
            continue;
        };
        let difference = counted.map_or(Decimal::ZERO, |c| c - expected);
        let (_, _, unit) = super::post::valuation_as_of(conn, company, &item, as_of)?;
        let value = super::round_inventory_value(difference * unit, &company.currency);
        out.push((item, expected, counted, difference, value));
    }
    Ok((id, as_of, out))
}

/// Posts the differences as adjustments dated on the count date and closes the count.
pub fn apply(conn: &Connection, company: &Company) -> Result<(i64, usize, usize)> {
    let (id, as_of, lines) = diff(conn, company)?;
    let location = store::count_location(conn, id)?;
    let location_id = match &location {
        Some(code) => store::location_by_code(conn, code)?.map(|l| l.0),
        None => None,
    };
    let mut adjusted = 0;
    let mut uncounted = 0;
    for (item, _, counted, difference, _) in &lines {
        if counted.is_none() {
            uncounted += 1;
            continue;
        }
        if difference.is_zero() {
            continue;
        }
        let kind = if *difference > Decimal::ZERO {
            Kind::AdjustIn
        } else {
            Kind::AdjustOut
        };
        let reason = format!("棚卸 (count {id})");
        let input = MovementInput {
            date: as_of,
            kind,
            quantity: difference.abs(),
            unit_cost: None,
            from: if kind == Kind::AdjustOut {
                location_id
            } else {
                None
            },
            to: if kind == Kind::AdjustIn {
                location_id
            } else {
                None
            },
            to_label: None,
            reference: Some(&reason),
            reason: Some(&reason),
            supplier: None,
            paid_from: None,
            import_hash: None,
        };
        record(conn, company, item, &input)?;
        adjusted += 1;
    }
    store::close_count(conn, id)?;
    Ok((id, adjusted, uncounted))
}

const MOVEMENT_COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        name: "date",
        aliases: &["日付"],
        required: true,
    },
    ColumnSpec {
        name: "kind",
        aliases: &["区分"],
        required: true,
    },
    ColumnSpec {
        name: "item",
        aliases: &["sku", "品番"],
        required: true,
    },
    ColumnSpec {
        name: "quantity",
        aliases: &["数量"],
        required: true,
    },
    ColumnSpec {
        name: "unit_cost",
        aliases: &["単価"],
        required: false,
    },
    ColumnSpec {
        name: "from",
        aliases: &["出庫元"],
        required: false,
    },
    ColumnSpec {
        name: "to",
        aliases: &["入庫先"],
        required: false,
    },
    ColumnSpec {
        name: "ref",
        aliases: &["参照"],
        required: false,
    },
];

/// Imports movements (`date,kind,item,quantity,unit_cost,from,to,ref`; kind receive, issue,
/// transfer, adjust with a signed quantity) in file order; all or nothing, and a row imported
/// before is refused.
pub fn import_movements(
    conn: &Connection,
    company: &Company,
    path: &Path,
    encoding: Encoding,
) -> Result<usize> {
    let mut input = CsvInput::open(path, encoding)?;
    let cols = input.columns(MOVEMENT_COLUMNS)?;
    let mut n = 0;
    let mut parsed: Vec<Parsed> = Vec::new();
    let mut items: std::collections::HashMap<String, Item> = std::collections::HashMap::new();
    // Identical rows inside one file are separate movements: each occurrence hashes differently.
    let mut seen: std::collections::HashMap<[u8; 16], u32> = std::collections::HashMap::new();
    while let Some(row) = input.next_row()? {
        let get = |c: &str| row.get(cols.get(c).copied()).to_string();
        let date = parse_date(&get("date")).map_err(|e| row.error("date", e))?;
        let kind_text = get("kind");
        let quantity_text = get("quantity");
        let kind = if kind_text.trim().eq_ignore_ascii_case("adjust") || kind_text.trim() == "調整"
        {
            if quantity_text.trim().starts_with('-') {
                Kind::AdjustOut
            } else {
                Kind::AdjustIn
            }
        } else {
            Kind::parse(&kind_text).map_err(|e| row.error("kind", e))?
        };
        let quantity = parse_quantity(quantity_text.trim().trim_start_matches(['-', '+']))
            .map_err(|e| row.error("quantity", e))?;
        let unit_cost = match get("unit_cost").as_str() {
            "" => None,
            t => Some(parse_amount(t).map_err(|e| row.error("unit_cost", e))?),
        };
        if kind == Kind::Receive && unit_cost.is_none_or(|c| c <= Decimal::ZERO) {
            return Err(row.error("unit_cost", "a receipt needs a positive unit cost"));
        }
        let Some(item) = cached_item(conn, &mut items, &get("item"))? else {
            return Err(row.error("item", format!("unknown item '{}'", get("item"))));
        };
        let loc = |column: &str| -> Result<Option<i64>> {
            match get(column).as_str() {
                "" => Ok(None),
                code => match store::location_by_code(conn, code)? {
                    Some(l) => Ok(Some(l.0)),
                    None => Err(row.error(column, format!("unknown location '{code}'"))),
                },
            }
        };
        let (from, to) = (loc("from")?, loc("to")?);
        if kind == Kind::Transfer && (from.is_none() || to.is_none()) {
            return Err(row.error("from", "a transfer needs from and to"));
        }
        let mut hasher = Sha256::new();
        for part in [
            date.to_string(),
            kind.key().to_string(),
            item.sku.clone(),
            quantity.normalize().to_string(),
            unit_cost
                .map(|c| c.normalize().to_string())
                .unwrap_or_default(),
            get("from"),
            get("to"),
            get("ref"),
        ] {
            hasher.update(part.as_bytes());
            hasher.update([0x1f]);
        }
        let mut row_hash = [0u8; 16];
        row_hash.copy_from_slice(&hasher.clone().finalize()[..16]);
        let occurrence = seen.entry(row_hash).or_insert(0);
        *occurrence += 1;
        hasher.update(occurrence.to_string().as_bytes());
        let mut fingerprint = [0u8; 16];
        fingerprint.copy_from_slice(&hasher.finalize()[..16]);
        if let Some(existing) = store::movement_with_hash(conn, &fingerprint)? {
            return Err(anyhow::anyhow!(
                "{}:{}: this row was already imported as movement {existing}",
                row.file,
                row.line
            ));
        }
        parsed.push(Parsed {
            item,
            date,
            kind,
            quantity,
            unit_cost,
            from,
            to,
            reference: get("ref"),
            fingerprint,
        });
        n += 1;
    }
    let batch: Vec<(Item, MovementInput)> = parsed
        .iter()
        .map(|p| {
            let input = MovementInput {
                date: p.date,
                kind: p.kind,
                quantity: p.quantity,
                unit_cost: p.unit_cost,
                from: p.from,
                to: p.to,
                to_label: None,
                reference: Some(p.reference.as_str()).filter(|r| !r.is_empty()),
                reason: matches!(p.kind, Kind::AdjustIn | Kind::AdjustOut).then_some("import"),
                supplier: None,
                paid_from: None,
                import_hash: Some(p.fingerprint),
            };
            (p.item.clone(), input)
        })
        .collect();
    super::post::record_batch(conn, company, &batch)
        .map_err(|e| anyhow::anyhow!("{}: {e:#}", path.display()))?;
    Ok(n)
}

/// A parsed import row.
struct Parsed {
    item: Item,
    date: NaiveDate,
    kind: Kind,
    quantity: Decimal,
    unit_cost: Option<Decimal>,
    from: Option<i64>,
    to: Option<i64>,
    reference: String,
    fingerprint: [u8; 16],
}

/// Looks an item up once per import.
fn cached_item(
    conn: &Connection,
    cache: &mut std::collections::HashMap<String, Item>,
    sku: &str,
) -> Result<Option<Item>> {
    if let Some(i) = cache.get(sku) {
        return Ok(Some(i.clone()));
    }
    let found = store::item_by_sku(conn, sku)?;
    if let Some(i) = &found {
        cache.insert(sku.to_string(), i.clone());
    }
    Ok(found)
}
