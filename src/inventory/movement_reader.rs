//! The reading side of the movement import: a thread of its own opens the file, parses and
//! checks each row (file:line:column errors), fingerprints it and hands the rows to the
//! recording side in batches, so the next batch is read while the last one is recorded.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::mpsc::SyncSender;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;
use rust_decimal::Decimal;
use sha2::{Digest, Sha256};

use super::store;
use super::{Kind, parse_quantity};
use crate::kernel::csvio::{ColumnSpec, CsvInput, CsvRow, Encoding};
use crate::kernel::money::parse_amount;
use crate::kernel::period::parse_date;

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

/// A parsed import row; `item`, `from` and `to` index the items and locations the import has
/// named, in the order first named.
pub(super) struct Parsed {
    pub line: u64,
    pub item: usize,
    pub date: NaiveDate,
    pub kind: Kind,
    pub quantity: Decimal,
    pub unit_cost: Option<Decimal>,
    pub from: Option<usize>,
    pub to: Option<usize>,
    pub reference: Option<Box<str>>,
    /// What is stored to recognise the row in a later import.
    pub fingerprint: [u8; 16],
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

/// Every item's SKU and every location by code, read before the reading thread starts (it has
/// no connection of its own); the recording side reads in full only the items a file names.
pub(super) struct Catalogue {
    skus: HashSet<String>,
    locations: HashMap<String, (i64, String)>,
}

impl Catalogue {
    pub(super) fn load(conn: &Connection) -> Result<Catalogue> {
        let skus = store::item_skus(conn)?.into_iter().collect();
        let locations = store::list_locations(conn)?
            .into_iter()
            .map(|(id, code, _, _)| (code.clone(), (id, code)))
            .collect();
        Ok(Catalogue { skus, locations })
    }
}

/// What the reader has looked up so far (rows refer to items and locations by their index
/// here, which the recording side's lists follow), and how much of it that side has.
#[derive(Default)]
struct Seen {
    /// The SKU of each item, in the order first named.
    items: Vec<String>,
    /// (id, code) of each location, in the order first named.
    locations: Vec<(i64, String)>,
    item_index: HashMap<String, usize>,
    location_index: HashMap<String, usize>,
    items_sent: usize,
    locations_sent: usize,
}

impl Seen {
    fn item(&mut self, catalogue: &Catalogue, sku: &str) -> Option<usize> {
        if let Some(&i) = self.item_index.get(sku) {
            return Some(i);
        }
        if !catalogue.skus.contains(sku) {
            return None;
        }
        self.items.push(sku.to_string());
        self.item_index
            .insert(sku.to_string(), self.items.len() - 1);
        Some(self.items.len() - 1)
    }

    fn location(&mut self, catalogue: &Catalogue, code: &str) -> Option<usize> {
        if let Some(&i) = self.location_index.get(code) {
            return Some(i);
        }
        let found = catalogue.locations.get(code)?;
        self.locations.push(found.clone());
        self.location_index
            .insert(code.to_string(), self.locations.len() - 1);
        Some(self.locations.len() - 1)
    }

    /// Hands a batch over with the items and locations first named in it; false when the
    /// recording side has stopped (it failed).
    fn hand_over(&mut self, sender: &SyncSender<Result<Read>>, rows: Vec<Parsed>) -> bool {
        let items = self.items[self.items_sent..].to_vec();
        let locations = self.locations[self.locations_sent..].to_vec();
        self.items_sent = self.items.len();
        self.locations_sent = self.locations.len();
        sender
            .send(Ok(Read::Batch {
                rows,
                items,
                locations,
            }))
            .is_ok()
    }
}

/// What the reading thread hands the recording one, in file order.
pub(super) enum Read {
    /// The file is open: its name for messages (`FILE:SHEET` for a spreadsheet).
    Opened { file: String },
    /// A batch of parsed rows, with the items (SKU) and locations (id, code) they name first,
    /// for the recording side to append to its lists so the indexes agree.
    Batch {
        rows: Vec<Parsed>,
        items: Vec<String>,
        locations: Vec<(i64, String)>,
    },
}

/// How many rows a batch holds: about `first` in the first (recording starts early, while the
/// rest of the file is read), about `then` in every later one, each ending where the date
/// changes — or at twice as many even within a day (that day's summary entries are then split
/// in two).
#[derive(Clone, Copy)]
pub(super) struct Batching {
    pub first: usize,
    pub then: usize,
    /// A file of at least this many bytes loaded into an empty movement table is a first load
    /// (the item index set aside until the end).
    pub first_load_bytes: u64,
}

/// The reading side of a movement import: opens the file, parses and checks each row against
/// the catalogue, fingerprints it, and hands the rows over in batches.
pub(super) struct MovementReader<'a> {
    pub path: &'a Path,
    pub encoding: Encoding,
    pub catalogue: &'a Catalogue,
    pub batching: Batching,
}

impl MovementReader<'_> {
    /// Reads the whole file into `sender`; an error goes after the batches before it, so the
    /// recording side meets problems in file order.
    pub(super) fn read(&self, sender: &SyncSender<Result<Read>>) {
        if let Err(e) = self.read_all(sender) {
            let _ = sender.send(Err(e));
        }
    }

    fn read_all(&self, sender: &SyncSender<Result<Read>>) -> Result<()> {
        let mut input = CsvInput::open(self.path, self.encoding)?;
        let at = Positions::new(&input.columns(MOVEMENT_COLUMNS)?);
        let opened = Read::Opened {
            file: input.name.clone(),
        };
        if sender.send(Ok(opened)).is_err() {
            return Ok(());
        }
        let mut seen = Seen::default();
        let mut scratch = Scratch::default();
        let mut batch: Vec<Parsed> = Vec::new();
        let mut rows = self.batching.first;
        while let Some(row) = input.next_row()? {
            let parsed = parse_row(&row, &at, self.catalogue, &mut seen, &mut scratch)?;
            let day_ends = batch.last().is_some_and(|last| last.date != parsed.date);
            if (batch.len() >= rows && day_ends) || batch.len() >= 2 * rows {
                if !seen.hand_over(sender, std::mem::take(&mut batch)) {
                    return Ok(());
                }
                rows = self.batching.then;
            }
            batch.push(parsed);
        }
        seen.hand_over(sender, batch);
        Ok(())
    }
}
/// Buffers reused from row to row.
#[derive(Default)]
pub(super) struct Scratch {
    quantity: String,
    unit_cost: String,
}

/// Parses and checks one row.
fn parse_row(
    row: &CsvRow,
    at: &Positions,
    catalogue: &Catalogue,
    seen: &mut Seen,
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
    let Some(item) = seen.item(catalogue, sku) else {
        return Err(row.error("item", format!("unknown item '{sku}'")));
    };
    let mut location = |column: &str, position: Option<usize>| -> Result<Option<usize>> {
        match row.get(position) {
            "" => Ok(None),
            code => match seen.location(catalogue, code) {
                Some(index) => Ok(Some(index)),
                None => Err(row.error(column, format!("unknown location '{code}'"))),
            },
        }
    };
    let (from, to) = (location("from", at.from)?, location("to", at.to)?);
    if kind == Kind::Transfer && (from.is_none() || to.is_none()) {
        return Err(row.error("from", "a transfer needs from and to"));
    }
    refuse_what_the_kind_ignores(row, kind, unit_cost, (from, to))?;
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
    parsed.fingerprint = fingerprint(&parsed, &seen.items[item], &seen.locations, scratch, 1);
    Ok(parsed)
}

/// A value the movement would not use is refused, never dropped: an issue, a transfer or a
/// lost quantity is valued at the item's own cost (its valuation method), so a unit cost typed
/// on one would be silently ignored; a transfer moves stock to another location.
fn refuse_what_the_kind_ignores(
    row: &CsvRow,
    kind: Kind,
    unit_cost: Option<Decimal>,
    (from, to): (Option<usize>, Option<usize>),
) -> Result<()> {
    if unit_cost.is_some() && matches!(kind, Kind::Issue | Kind::Transfer | Kind::AdjustOut) {
        return Err(row.error(
            "unit_cost",
            "an issue, a transfer or a lost quantity is valued at the item's cost by its \
             valuation method; leave unit_cost empty",
        ));
    }
    if kind == Kind::Transfer && from == to {
        return Err(row.error("to", "a transfer moves stock to another location"));
    }
    Ok(())
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
/// `sku` is the row's item's, `locations` the import's (id, code) list its `from` and `to` index.
pub(super) fn fingerprint(
    p: &Parsed,
    sku: &str,
    locations: &[(i64, String)],
    scratch: &mut Scratch,
    occurrence: u32,
) -> [u8; 16] {
    let code = |index: Option<usize>| index.map_or("", |i| locations[i].1.as_str());
    let date = crate::kernel::period::IsoDate::from(p.date);
    let parts = [
        date.as_str(),
        p.kind.key(),
        sku,
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
