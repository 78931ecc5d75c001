//! The movement CSV import (`date,kind,item,quantity,unit_cost,from,to,ref`): parsed whole with
//! file:line:column errors, checked against earlier imports by row fingerprint, then recorded
//! through `post::record_batch` with one summary journal entry per day and kind.

use std::collections::HashMap;
use std::path::Path;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;
use rust_decimal::Decimal;
use sha2::{Digest, Sha256};

use super::Method;
use super::post::{MovementInput, Posting, record_batch};
use super::store::{self};
use super::{Kind, parse_quantity};
use crate::company::Company;
use crate::inventory::Item;
use crate::kernel::csvio::{ColumnSpec, CsvInput, CsvRow, Encoding};
use crate::kernel::money::parse_amount;
use crate::kernel::period::parse_date;

pub(super) const MOVEMENT_COLUMNS: &[ColumnSpec] = &[
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

/// A parsed import row.
struct Parsed {
    line: u64,
    item: usize,
    date: NaiveDate,
    kind: Kind,
    quantity: Decimal,
    unit_cost: Option<Decimal>,
    from: Option<usize>,
    to: Option<usize>,
    reference: Option<Box<str>>,
    /// What is stored to recognise the row in a later import.
    fingerprint: [u8; 16],
}

/// Where each column is in the file (resolved once, not per row).
struct Positions {
    date: Option<usize>,
    kind: Option<usize>,
    item: Option<usize>,
    quantity: Option<usize>,
    unit_cost: Option<usize>,
    from: Option<usize>,
    to: Option<usize>,
    reference: Option<usize>,
}

impl Positions {
    fn new(cols: &HashMap<&'static str, usize>) -> Positions {
        let at = |name: &str| cols.get(name).copied();
        Positions {
            date: at("date"),
            kind: at("kind"),
            item: at("item"),
            quantity: at("quantity"),
            unit_cost: at("unit_cost"),
            from: at("from"),
            to: at("to"),
            reference: at("ref"),
        }
    }
}

/// Items and locations looked up once per import; rows refer to them by index.
#[derive(Default)]
struct Lookups {
    items: Vec<Item>,
    item_index: HashMap<String, usize>,
    /// (id, code) of each location seen.
    locations: Vec<(i64, String)>,
    location_index: HashMap<String, Option<usize>>,
}

impl Lookups {
    fn item(&mut self, conn: &Connection, sku: &str) -> Result<Option<usize>> {
        if let Some(&i) = self.item_index.get(sku) {
            return Ok(Some(i));
        }
        let Some(found) = store::item_by_sku(conn, sku)? else {
            return Ok(None);
        };
        self.items.push(found);
        self.item_index
            .insert(sku.to_string(), self.items.len() - 1);
        Ok(Some(self.items.len() - 1))
    }

    fn location(&mut self, conn: &Connection, code: &str) -> Result<Option<usize>> {
        if let Some(&index) = self.location_index.get(code) {
            return Ok(index);
        }
        let index = store::location_by_code(conn, code)?.map(|l| {
            self.locations.push((l.0, l.1));
            self.locations.len() - 1
        });
        self.location_index.insert(code.to_string(), index);
        Ok(index)
    }
}

/// Imports movements (`date,kind,item,quantity,unit_cost,from,to,ref`; kind receive, issue,
/// transfer, adjust with a signed quantity); all or nothing, and a row imported before is
/// refused.
pub fn import_movements(
    conn: &Connection,
    company: &Company,
    path: &Path,
    encoding: Encoding,
) -> Result<usize> {
    let mut input = CsvInput::open(path, encoding)?;
    let at = Positions::new(&input.columns(MOVEMENT_COLUMNS)?);
    let mut lookups = Lookups::default();
    // About 35 bytes a row: reserving up front spares a million-row file the copies of growing.
    let size = std::fs::metadata(path).map_or(0, |m| m.len() as usize);
    let mut parsed: Vec<Parsed> = Vec::with_capacity(size / 35);
    let mut scratch = Scratch::default();
    while let Some(row) = input.next_row()? {
        parsed.push(parse_row(conn, &row, &at, &mut lookups, &mut scratch)?);
    }
    number_identical_rows(&mut parsed, &lookups, &mut scratch);
    refuse_imported_before(conn, &parsed, &lookups.items, &input.name)?;
    let order = item_order(&parsed, lookups.items.len());
    // The references move out so the parsed rows can go before valuation needs the memory.
    let references: Vec<Option<Box<str>>> = order
        .iter()
        .map(|&i| parsed[i as usize].reference.take())
        .collect();
    let location = |index: Option<usize>| index.map(|i| &lookups.locations[i]);
    let batch: Vec<(usize, MovementInput)> = order
        .iter()
        .zip(&references)
        .map(|(&i, reference)| {
            let p = &parsed[i as usize];
            let input = MovementInput {
                date: p.date,
                kind: p.kind,
                quantity: p.quantity,
                unit_cost: p.unit_cost,
                from: location(p.from).map(|l| l.0),
                to: location(p.to).map(|l| l.0),
                to_label: location(p.to).map(|l| l.1.as_str()),
                reference: reference.as_deref(),
                reason: matches!(p.kind, Kind::AdjustIn | Kind::AdjustOut).then_some("import"),
                supplier: None,
                paid_from: None,
                import_hash: Some(p.fingerprint),
            };
            (p.item, input)
        })
        .collect();
    drop(order);
    drop(parsed);
    record_batch(
        conn,
        company,
        &lookups.items,
        &batch,
        Posting::DailySummary("一括取込"),
    )
    .map_err(|e| crate::kernel::error::prefixed(format!("{}", path.display()), e))?;
    Ok(batch.len())
}

/// The rows' positions item by item, in file order within an item (a counting sort):
/// `record_batch` gives ids in that order, and handing it the rows already grouped keeps its
/// passes over a million rows sequential instead of gathering each item's rows from across the
/// file.
fn item_order(parsed: &[Parsed], items: usize) -> Vec<u32> {
    let mut start = vec![0usize; items + 1];
    for p in parsed {
        start[p.item + 1] += 1;
    }
    for i in 1..start.len() {
        start[i] += start[i - 1];
    }
    let mut order = vec![0u32; parsed.len()];
    for (index, p) in parsed.iter().enumerate() {
        order[start[p.item]] = index as u32;
        start[p.item] += 1;
    }
    order
}

/// Buffers reused from row to row.
#[derive(Default)]
struct Scratch {
    quantity: String,
    unit_cost: String,
}

/// Parses and checks one row.
fn parse_row(
    conn: &Connection,
    row: &CsvRow,
    at: &Positions,
    lookups: &mut Lookups,
    scratch: &mut Scratch,
) -> Result<Parsed> {
    let date = parse_date(row.get(at.date)).map_err(|e| row.error("date", e))?;
    let quantity_text = row.get(at.quantity);
    let kind = match row.get(at.kind) {
        k if k.eq_ignore_ascii_case("adjust") || k == "調整" => {
            if quantity_text.starts_with('-') {
                Kind::AdjustOut
            } else {
                Kind::AdjustIn
            }
        }
        k => Kind::parse(k).map_err(|e| row.error("kind", e))?,
    };
    let quantity = parse_quantity(quantity_text.trim_start_matches(['-', '+']))
        .map_err(|e| row.error("quantity", e))?;
    let unit_cost = match row.get(at.unit_cost) {
        "" => None,
        t => Some(parse_amount(t).map_err(|e| row.error("unit_cost", e))?),
    };
    if kind == Kind::Receive && unit_cost.is_none_or(|c| c <= Decimal::ZERO) {
        return Err(row.error("unit_cost", "a receipt needs a positive unit cost"));
    }
    let sku = row.get(at.item);
    let Some(item) = lookups.item(conn, sku)? else {
        return Err(row.error("item", format!("unknown item '{sku}'")));
    };
    let mut location = |column: &str, position: Option<usize>| -> Result<Option<usize>> {
        match row.get(position) {
            "" => Ok(None),
            code => match lookups.location(conn, code)? {
                Some(index) => Ok(Some(index)),
                None => Err(row.error(column, format!("unknown location '{code}'"))),
            },
        }
    };
    let (from, to) = (location("from", at.from)?, location("to", at.to)?);
    if kind == Kind::Transfer && (from.is_none() || to.is_none()) {
        return Err(row.error("from", "a transfer needs from and to"));
    }
    let mut parsed = Parsed {
        line: row.line,
        item,
        date,
        kind,
        quantity,
        unit_cost,
        from,
        to,
        reference: Some(row.get(at.reference))
            .filter(|r| !r.is_empty())
            .map(Box::from),
        fingerprint: [0; 16],
    };
    parsed.fingerprint = fingerprint(&parsed, lookups, scratch, 1);
    Ok(parsed)
}

/// A decimal as the fingerprint has always written it (no trailing zeros; empty for none).
fn normalized(buffer: &mut String, value: Option<Decimal>) -> &str {
    use std::fmt::Write;
    buffer.clear();
    if let Some(value) = value {
        let _ = write!(buffer, "{}", value.normalize());
    }
    buffer
}

/// A row's fingerprint: SHA-256 of its normalized fields and of how many identical rows came
/// before it in the file plus one (so identical rows are separate movements, and importing the
/// file again is still caught row by row).
fn fingerprint(p: &Parsed, lookups: &Lookups, scratch: &mut Scratch, occurrence: u32) -> [u8; 16] {
    let code = |index: Option<usize>| index.map_or("", |i| lookups.locations[i].1.as_str());
    let date = crate::kernel::period::IsoDate::from(p.date);
    let parts = [
        date.as_str(),
        p.kind.key(),
        &lookups.items[p.item].sku,
        normalized(&mut scratch.quantity, Some(p.quantity)),
        normalized(&mut scratch.unit_cost, p.unit_cost),
        code(p.from),
        code(p.to),
        p.reference.as_deref().unwrap_or(""),
    ];
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0x1f]);
    }
    hasher.update(occurrence.to_string().as_bytes());
    let mut fingerprint = [0u8; 16];
    fingerprint.copy_from_slice(&hasher.finalize()[..16]);
    fingerprint
}

/// Gives the second and later of identical rows their own fingerprints. Every row was
/// fingerprinted as a first occurrence, so identical rows share that fingerprint: sorting finds
/// them without a million-entry map.
fn number_identical_rows(parsed: &mut [Parsed], lookups: &Lookups, scratch: &mut Scratch) {
    let mut order: Vec<([u8; 16], u32)> = parsed
        .iter()
        .enumerate()
        .map(|(index, p)| (p.fingerprint, index as u32))
        .collect();
    order.sort_unstable();
    for run in order
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|run| run.len() > 1)
    {
        for (occurrence, &(_, index)) in run.iter().enumerate().skip(1) {
            let p = &parsed[index as usize];
            let fingerprint = fingerprint(p, lookups, scratch, occurrence as u32 + 1);
            parsed[index as usize].fingerprint = fingerprint;
        }
    }
}

/// Refuses the import when any row was imported before (the same fingerprint among its item's
/// movements in the file's date range), naming the first such line.
fn refuse_imported_before(
    conn: &Connection,
    parsed: &[Parsed],
    items: &[Item],
    file: &str,
) -> Result<()> {
    let (Some(first), Some(last)) = (
        parsed.iter().map(|p| p.date).min(),
        parsed.iter().map(|p| p.date).max(),
    ) else {
        return Ok(());
    };
    let mut earlier = HashMap::new();
    for item in items {
        store::import_hashes(conn, item.id, first, last, &mut earlier)?;
    }
    if earlier.is_empty() {
        return Ok(());
    }
    let first_again = parsed
        .iter()
        .filter_map(|p| earlier.get(&p.fingerprint).map(|id| (p.line, id)))
        .min();
    match first_again {
        Some((line, existing)) => {
            anyhow::bail!("{file}:{line}: this row was already imported as movement {existing}")
        }
        None => Ok(()),
    }
}

const ITEM_COLUMNS: &[crate::kernel::csvio::ColumnSpec] = &[
    crate::kernel::csvio::ColumnSpec {
        name: "sku",
        aliases: &["品番", "商品コード"],
        required: true,
    },
    crate::kernel::csvio::ColumnSpec {
        name: "name",
        aliases: &["品名"],
        required: true,
    },
    crate::kernel::csvio::ColumnSpec {
        name: "unit",
        aliases: &["単位"],
        required: false,
    },
    crate::kernel::csvio::ColumnSpec {
        name: "category",
        aliases: &["区分"],
        required: false,
    },
    crate::kernel::csvio::ColumnSpec {
        name: "method",
        aliases: &["評価方法"],
        required: false,
    },
    crate::kernel::csvio::ColumnSpec {
        name: "reorder_point",
        aliases: &["発注点"],
        required: false,
    },
    crate::kernel::csvio::ColumnSpec {
        name: "reorder_qty",
        aliases: &["発注量"],
        required: false,
    },
    crate::kernel::csvio::ColumnSpec {
        name: "supplier",
        aliases: &["仕入先"],
        required: false,
    },
    crate::kernel::csvio::ColumnSpec {
        name: "tax_rate",
        aliases: &["税率"],
        required: false,
    },
];

/// Items from CSV (`sku,name[,unit,category,method,reorder_point,reorder_qty,supplier,tax_rate]`).
pub fn import_items(
    conn: &rusqlite::Connection,
    path: &std::path::Path,
    encoding: crate::kernel::csvio::Encoding,
) -> Result<usize> {
    let mut input = crate::kernel::csvio::CsvInput::open(path, encoding)?;
    let cols = input.columns(ITEM_COLUMNS)?;
    let mut n = 0;
    while let Some(row) = input.next_row()? {
        let get = |c: &str| row.get(cols.get(c).copied()).to_string();
        let or = |v: String, d: &str| if v.is_empty() { d.to_string() } else { v };
        let category = or(get("category"), "goods");
        if category != "goods" && category != "supplies" {
            return Err(row.error("category", format!("'{category}' is not goods or supplies")));
        }
        let quantity = |c: &str| -> Result<Option<Decimal>> {
            match get(c).as_str() {
                "" => Ok(None),
                t => parse_quantity(t).map(Some).map_err(|e| row.error(c, e)),
            }
        };
        let it = Item {
            id: 0,
            sku: get("sku"),
            name: get("name"),
            unit: or(get("unit"), "個"),
            category,
            method: Method::parse(&or(get("method"), "moving-average"))
                .map_err(|e| row.error("method", e))?,
            reorder_point: quantity("reorder_point")?,
            reorder_qty: quantity("reorder_qty")?,
            supplier: Some(get("supplier")).filter(|s| !s.is_empty()),
            asset_account: None,
            expense_account: None,
            tax_rate: crate::jp::consumption_tax::parse_rate(&or(get("tax_rate"), "10"))
                .map_err(|e| row.error("tax_rate", e))?,
            allow_negative: false,
        };
        if it.sku.is_empty() || it.name.is_empty() {
            return Err(row.error("sku", "an item needs a SKU and a name"));
        }
        super::check_item_text(&it).map_err(|e| row.field_error("sku", e))?;
        store::insert_item(conn, &it).map_err(|e| row.error("sku", e))?;
        n += 1;
    }
    Ok(n)
}
