//! The movement CSV import (`date,kind,item,quantity,unit_cost,from,to,ref`): streamed in
//! batches of about 150,000 rows ending at a change of date, each parsed with file:line:column
//! errors, checked against earlier imports by row fingerprint, then recorded through
//! `post::record_batch` with one summary journal entry per day and kind — all in the command's
//! one transaction.

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

/// Rows recorded together: an import is recorded in batches of about this many rows, each
/// ending where the date changes, so its memory stays flat however long the file (issue 19).
/// A file in date order gets the same movements and entries as one batch would give it: a
/// day's rows are in one batch, so each day and kind is still one summary entry.
/// A batch is cut at twice as many even within a day (that day's summary entries are then
/// split in two).
const BATCH_ROWS: usize = 150_000;

/// Imports movements (`date,kind,item,quantity,unit_cost,from,to,ref`; kind receive, issue,
/// transfer, adjust with a signed quantity); all or nothing (one transaction, however many
/// batches), and a row imported before is refused.
pub fn import_movements(
    conn: &Connection,
    company: &Company,
    path: &Path,
    encoding: Encoding,
) -> Result<usize> {
    import_in_batches(conn, company, path, encoding, BATCH_ROWS)
}

/// [`import_movements`] in batches of about `batch_rows` rows.
fn import_in_batches(
    conn: &Connection,
    company: &Company,
    path: &Path,
    encoding: Encoding,
    batch_rows: usize,
) -> Result<usize> {
    let mut input = CsvInput::open(path, encoding)?;
    let at = Positions::new(&input.columns(MOVEMENT_COLUMNS)?);
    let file = input.name.clone();
    let mut import = Import {
        conn,
        company,
        path,
        file: &file,
        lookups: Lookups::default(),
        scratch: Scratch::default(),
        first_id: store::next_movement_id(conn)?,
    };
    let mut batch: Vec<Parsed> = Vec::new();
    let mut recorded = 0;
    while let Some(row) = input.next_row()? {
        let parsed = parse_row(conn, &row, &at, &mut import.lookups, &mut import.scratch)?;
        let day_ends = batch.last().is_some_and(|last| last.date != parsed.date);
        if (batch.len() >= batch_rows && day_ends) || batch.len() >= 2 * batch_rows {
            recorded += import.record(std::mem::take(&mut batch))?;
        }
        batch.push(parsed);
    }
    recorded += import.record(batch)?;
    Ok(recorded)
}

/// One import's state between its batches.
struct Import<'a> {
    conn: &'a Connection,
    company: &'a Company,
    path: &'a Path,
    file: &'a str,
    lookups: Lookups,
    scratch: Scratch,
    /// The id of the import's first movement: stored movements from it on are the import's
    /// own earlier batches.
    first_id: i64,
}

impl Import<'_> {
    /// Checks a batch of parsed rows against what is stored and records it; returns its size.
    fn record(&mut self, mut parsed: Vec<Parsed>) -> Result<usize> {
        if parsed.is_empty() {
            return Ok(0);
        }
        let stored = stored_fingerprints(self.conn, &parsed, &self.lookups.items)?;
        let first_id = self.first_id;
        let recorded_before = |fp: &[u8; 16]| stored.get(fp).is_some_and(|&id| id >= first_id);
        number_identical_rows(
            &mut parsed,
            &self.lookups,
            &mut self.scratch,
            recorded_before,
        );
        refuse_imported_before(&parsed, &stored, self.file)?;
        let order = item_order(&parsed, self.lookups.items.len());
        // The references move out so the parsed rows can go before valuation needs the memory.
        let references: Vec<Option<Box<str>>> = order
            .iter()
            .map(|&i| parsed[i as usize].reference.take())
            .collect();
        let batch = movement_inputs(&parsed, &order, &references, &self.lookups);
        drop(order);
        drop(parsed);
        record_batch(
            self.conn,
            self.company,
            &self.lookups.items,
            &batch,
            Posting::DailySummary("一括取込"),
        )
        .map_err(|e| crate::kernel::error::prefixed(format!("{}", self.path.display()), e))?;
        Ok(batch.len())
    }
}

/// The movements to record, in `order` (each row's reference from `references`, in that order).
fn movement_inputs<'a>(
    parsed: &[Parsed],
    order: &[u32],
    references: &'a [Option<Box<str>>],
    lookups: &'a Lookups,
) -> Vec<(usize, MovementInput<'a>)> {
    let location = |index: Option<usize>| index.map(|i| &lookups.locations[i]);
    order
        .iter()
        .zip(references)
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
        .collect()
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

/// Gives the second and later of identical rows their own fingerprints, counting on from the
/// identical rows an earlier batch of the same import recorded (`recorded_before` tells whether
/// a fingerprint is one of theirs). Every row was fingerprinted as a first occurrence, so
/// identical rows share that fingerprint: sorting finds them without a map of every row.
fn number_identical_rows(
    parsed: &mut [Parsed],
    lookups: &Lookups,
    scratch: &mut Scratch,
    recorded_before: impl Fn(&[u8; 16]) -> bool,
) {
    let mut order: Vec<([u8; 16], u32)> = parsed
        .iter()
        .enumerate()
        .map(|(index, p)| (p.fingerprint, index as u32))
        .collect();
    order.sort_unstable();
    for run in order.chunk_by(|a, b| a.0 == b.0) {
        let mut before = 0;
        if recorded_before(&run[0].0) {
            let first = &parsed[run[0].1 as usize];
            before = 1;
            while recorded_before(&fingerprint(first, lookups, scratch, before + 1)) {
                before += 1;
            }
        }
        for (i, &(_, index)) in run.iter().enumerate() {
            let occurrence = before + i as u32 + 1;
            if occurrence > 1 {
                let p = &parsed[index as usize];
                let fingerprint = fingerprint(p, lookups, scratch, occurrence);
                parsed[index as usize].fingerprint = fingerprint;
            }
        }
    }
}

/// The import fingerprints stored for the batch's items in its date range: fingerprint →
/// movement id.
fn stored_fingerprints(
    conn: &Connection,
    parsed: &[Parsed],
    items: &[Item],
) -> Result<HashMap<[u8; 16], i64>> {
    let mut found = HashMap::new();
    let (Some(first), Some(last)) = (
        parsed.iter().map(|p| p.date).min(),
        parsed.iter().map(|p| p.date).max(),
    ) else {
        return Ok(found);
    };
    let mut present = vec![false; items.len()];
    for p in parsed {
        present[p.item] = true;
    }
    for (item, _) in items.iter().zip(&present).filter(|(_, here)| **here) {
        store::import_hashes(conn, item.id, first, last, &mut found)?;
    }
    Ok(found)
}

/// Refuses the import when any row was imported before (its fingerprint among its item's
/// stored movements), naming the first such line.
fn refuse_imported_before(
    parsed: &[Parsed],
    stored: &HashMap<[u8; 16], i64>,
    file: &str,
) -> Result<()> {
    if stored.is_empty() {
        return Ok(());
    }
    let first_again = parsed
        .iter()
        .filter_map(|p| stored.get(&p.fingerprint).map(|id| (p.line, *id)))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inventory::post::tests::books;

    /// Identical rows (also in different batches), a back-dated row in a later batch, both
    /// valuation methods.
    const FILE: &str = "date,kind,item,quantity,unit_cost,from,to,ref\n\
        2026-05-01,receive,AVG,10,100,,,\n\
        2026-05-01,receive,AVG,10,100,,,\n\
        2026-05-01,receive,FIFO,3,333.3,,,\n\
        2026-05-02,issue,AVG,4,,,,\n\
        2026-05-02,receive,FIFO,2,350,,,\n\
        2026-05-03,issue,FIFO,4,,,,\n\
        2026-05-01,receive,AVG,10,100,,,\n\
        2026-05-04,issue,AVG,2.5,,,,\n\
        2026-05-04,issue,AVG,2.5,,,,\n\
        2026-05-04,issue,AVG,2.5,,,,\n";

    /// A file imported in batches of two rows stores what one batch stores: the same movements
    /// with the same values, stock-after and fingerprints (identical rows numbered on across
    /// batches), the books agree with the stock; importing it again is refused either way.
    #[test]
    fn an_import_in_batches_stores_what_one_batch_stores() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("moves.csv");
        std::fs::write(&path, FILE).unwrap();
        let imported = |rows: usize| {
            let (conn, company, _) = books(false);
            let n = import_in_batches(&conn, &company, &path, Encoding::Utf8, rows).unwrap();
            assert_eq!(n, 10);
            let again = import_in_batches(&conn, &company, &path, Encoding::Utf8, rows);
            let refused = again.unwrap_err().to_string();
            assert!(
                refused.contains("moves.csv:2: this row was already imported"),
                "{refused}"
            );
            let as_of = NaiveDate::from_ymd_opt(2026, 5, 31).unwrap();
            let (stock, books) =
                super::super::post::valuation_against_books(&conn, &company, as_of).unwrap();
            assert_eq!(stock, books);
            (store::movements_without_ids(&conn).unwrap(), stock)
        };
        let (whole, stock) = imported(BATCH_ROWS);
        assert_eq!(imported(2), (whole.clone(), stock));
        assert_eq!(imported(1), (whole.clone(), stock));
        // The three identical receipts are three movements with three fingerprints.
        let receipts = whole
            .iter()
            .filter(|m| m.starts_with("AVG 2026-05-01 receive"));
        let fingerprints: std::collections::HashSet<_> = receipts
            .map(|m| m.rsplit(' ').next().unwrap().to_string())
            .collect();
        assert_eq!(fingerprints.len(), 3);
    }
}
