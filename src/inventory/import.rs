//! The movement CSV import (`date,kind,item,quantity,unit_cost,from,to,ref`): read on a
//! thread of its own (`movement_reader`: file:line:column errors, row fingerprints) and
//! recorded here in batches ending at a change of date — checked against earlier imports by
//! fingerprint, then recorded through `post::record_batch` with one summary journal entry per
//! day and kind — all in the command's one transaction.

use std::collections::HashMap;
use std::path::Path;
use std::sync::mpsc::Receiver;

use anyhow::Result;
use rusqlite::Connection;
use rust_decimal::Decimal;

use super::Method;
use super::bulk_store;
use super::history::FirstLoad;
use super::movement_reader::{
    Batching, Catalogue, MovementReader, Parsed, Read, Scratch, fingerprint,
};
use super::parse_quantity;
use super::post::{MovementInput, Posting, record_batch};
use super::store::{self};
use super::{Item, Kind};
use crate::company::Company;
use crate::kernel::csvio::Encoding;

/// Rows recorded together: an import is recorded in batches of about this many rows, each
/// ending where the date changes, so its memory stays flat however long the file (issue 19).
/// A file in date order gets the same movements and entries as one batch would give it: a
/// day's rows are in one batch, so each day and kind is still one summary entry. The first
/// batch is smaller so that recording starts early: every later batch is read while the one
/// before it is recorded.
/// (Measured at a million rows: later batches of 100,000 took 5 % longer than of 120,000 and
/// batches of 150,000 brought the peak to the 150 MB limit, two being in memory at once.)
const BATCHING: Batching = Batching {
    first: 50_000,
    then: 120_000,
    first_load_bytes: 1 << 20,
};

/// Imports movements (`date,kind,item,quantity,unit_cost,from,to,ref`; kind receive, issue,
/// transfer, adjust with a signed quantity); all or nothing (one transaction, however many
/// batches), and a row imported before is refused.
pub fn import_movements(
    conn: &Connection,
    company: &Company,
    path: &Path,
    encoding: Encoding,
) -> Result<usize> {
    import_in_batches(conn, company, path, encoding, BATCHING)
}

/// [`import_movements`] in batches as `batching` says.
fn import_in_batches(
    conn: &Connection,
    company: &Company,
    path: &Path,
    encoding: Encoding,
    batching: Batching,
) -> Result<usize> {
    let catalogue = Catalogue::load(conn)?;
    let reader = MovementReader {
        path,
        encoding,
        catalogue: &catalogue,
        batching,
    };
    let import = Import {
        conn,
        company,
        path,
        file: path.display().to_string(),
        lookups: Lookups::default(),
        scratch: Scratch::default(),
        first_id: store::next_movement_id(conn)?,
        first_load: first_load_for(conn, path, batching.first_load_bytes)?,
    };
    std::thread::scope(|scope| {
        // A batch read waits for the one before it to be recorded: two at most in memory.
        let (sender, received) = std::sync::mpsc::sync_channel(0);
        let reading = std::thread::Builder::new()
            .name("movement-reader".into())
            .spawn_scoped(scope, move || reader.read(&sender))?;
        let recorded = import.record_all(received);
        if let Err(panic) = reading.join() {
            std::panic::resume_unwind(panic);
        }
        recorded
    })
}

/// A first load when nothing is stored yet and the file is large enough for setting the item
/// index aside, and building it once at the end, to pay off (inside the command's transaction).
fn first_load_for(conn: &Connection, path: &Path, from_bytes: u64) -> Result<Option<FirstLoad>> {
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    if size < from_bytes || bulk_store::has_movements(conn)? {
        return Ok(None);
    }
    bulk_store::set_item_index_aside(conn)?;
    Ok(Some(FirstLoad::default()))
}

/// The items and locations an import's rows named, in the order first named (the reader's
/// order: rows refer to them by index).
#[derive(Default)]
struct Lookups {
    items: Vec<Item>,
    /// (id, code) of each location.
    locations: Vec<(i64, String)>,
}

impl Lookups {
    /// A row's fingerprint as the reader makes it, as the `occurrence`-th of identical rows.
    fn fingerprint(&self, p: &Parsed, scratch: &mut Scratch, occurrence: u32) -> [u8; 16] {
        fingerprint(
            p,
            &self.items[p.item].sku,
            &self.locations,
            scratch,
            occurrence,
        )
    }
}

/// One import's state between its batches.
struct Import<'a> {
    conn: &'a Connection,
    company: &'a Company,
    path: &'a Path,
    /// The name errors give the file (`FILE:SHEET` for a spreadsheet).
    file: String,
    lookups: Lookups,
    scratch: Scratch,
    /// The id of the import's first movement: stored movements from it on are the import's
    /// own earlier batches.
    first_id: i64,
    /// While the import is a first load in date order: the states its batches left, the item
    /// index being set aside.
    first_load: Option<FirstLoad>,
}

impl Import<'_> {
    /// Records what the reader hands over, in file order; returns how many rows. Returning
    /// drops `received`, which stops the reader.
    fn record_all(mut self, received: Receiver<Result<Read>>) -> Result<usize> {
        let mut recorded = 0;
        for message in received {
            match message? {
                Read::Opened { file } => self.file = file,
                Read::Batch {
                    rows,
                    items,
                    locations,
                } => {
                    for sku in items {
                        let Some(item) = store::item_by_sku(self.conn, &sku)? else {
                            anyhow::bail!("the item '{sku}' went missing during the import");
                        };
                        self.lookups.items.push(item);
                    }
                    self.lookups.locations.extend(locations);
                    recorded += self.record(rows)?;
                }
            }
        }
        self.end_first_load()?;
        Ok(recorded)
    }

    /// Ends a first load: the item index is built (one sort), and batches go the usual way.
    fn end_first_load(&mut self) -> Result<()> {
        if self.first_load.take().is_some() {
            bulk_store::build_item_index(self.conn)?;
        }
        Ok(())
    }

    /// Checks a batch of parsed rows against what is stored and records it; returns its size.
    fn record(&mut self, mut parsed: Vec<Parsed>) -> Result<usize> {
        let Some(first) = parsed.iter().map(|p| p.date).min() else {
            return Ok(0);
        };
        // A batch reaching back to a date the first load has recorded (a file out of date
        // order, a day cut in two) ends it.
        let through = self.first_load.as_ref().and_then(FirstLoad::through);
        if through.is_some_and(|through| first <= through) {
            self.end_first_load()?;
        }
        // In a first load every stored row is dated before this batch: none can match.
        let stored = match self.first_load {
            Some(_) => HashMap::new(),
            None => stored_fingerprints(self.conn, &parsed, &self.lookups.items)?,
        };
        let first_id = self.first_id;
        let recorded_before = |fp: &[u8; 16]| stored.get(fp).is_some_and(|&id| id >= first_id);
        number_identical_rows(
            &mut parsed,
            &self.lookups,
            &mut self.scratch,
            recorded_before,
        );
        refuse_imported_before(&parsed, &stored, &self.file)?;
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
            self.first_load.as_mut(),
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
            while recorded_before(&lookups.fingerprint(first, scratch, before + 1)) {
                before += 1;
            }
        }
        for (i, &(_, index)) in run.iter().enumerate() {
            let occurrence = before + i as u32 + 1;
            if occurrence > 1 {
                let p = &parsed[index as usize];
                let fingerprint = lookups.fingerprint(p, scratch, occurrence);
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

    /// The reader runs a batch ahead of the recording side: a problem found when a batch is
    /// recorded (a row imported before) wins over one the reader has meanwhile found further
    /// on (no such date), as it would reading and recording in turn; nothing of the file is
    /// kept either way.
    #[test]
    fn the_first_problem_in_the_file_wins_whichever_side_finds_it() {
        let dir = tempfile::tempdir().unwrap();
        let (mut conn, company, _) = books(false);
        let batching = Batching {
            first: 2,
            then: 2,
            first_load_bytes: 0,
        };
        let file = |name: &str, rows: &[&str]| {
            let path = dir.path().join(name);
            let text = format!(
                "date,kind,item,quantity,unit_cost,from,to,ref\n{}\n",
                rows.join("\n")
            );
            std::fs::write(&path, text).unwrap();
            path
        };
        let once = "2026-05-01,receive,AVG,10,100,,,a";
        import_in_batches(
            &conn,
            &company,
            &file("once.csv", &[once]),
            Encoding::Utf8,
            batching,
        )
        .unwrap();
        let stored = store::movements_without_ids(&conn).unwrap();
        let good = |day: u32| format!("2026-05-{day:02},receive,AVG,1,100,,,{day}");
        let bad_date = "2026-05-32,receive,AVG,1,100,,,x";
        let cases = [
            // Batch 2 (lines 4-5) has the row imported before; while it is recorded the
            // reader meets the bad date on line 7, in batch 3.
            (
                vec![
                    good(2),
                    good(3),
                    good(4),
                    once.into(),
                    good(6),
                    bad_date.into(),
                ],
                "late.csv:5: this row was already imported",
            ),
            // The bad date on line 3 comes before the row imported before on line 6.
            (
                vec![good(2), bad_date.into(), good(4), good(5), once.into()],
                "early.csv:3: column 'date'",
            ),
        ];
        for ((rows, expected), name) in cases.into_iter().zip(["late.csv", "early.csv"]) {
            let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
            let path = file(name, &rows);
            let tx = conn.transaction().unwrap();
            let refused = import_in_batches(&tx, &company, &path, Encoding::Utf8, batching)
                .unwrap_err()
                .to_string();
            drop(tx);
            assert!(refused.contains(expected), "{refused}");
            assert_eq!(store::movements_without_ids(&conn).unwrap(), stored);
        }
    }

    /// A file imported in batches of two rows or one stores what one batch stores — the same
    /// movements with the same values, stock-after, fingerprints (identical rows numbered on
    /// across batches) and valuation states, the books agree with the stock — whether it is
    /// recorded as a first load (the item index set aside; a file out of date order leaves the
    /// first load at its back-dated row) or the usual way; the index is there at the end, and
    /// importing the file again is refused either way.
    #[test]
    fn an_import_in_batches_stores_what_one_batch_stores() {
        let dir = tempfile::tempdir().unwrap();
        let in_date_order = {
            let mut rows: Vec<&str> = FILE.lines().skip(1).collect();
            rows.sort_by_key(|row| &row[..10]);
            format!("{}\n{}\n", FILE.lines().next().unwrap(), rows.join("\n"))
        };
        for (name, text) in [("moves.csv", FILE), ("sorted.csv", in_date_order.as_str())] {
            let path = dir.path().join(name);
            std::fs::write(&path, text).unwrap();
            let imported = |rows: usize, first_load_bytes: u64| {
                let (conn, company, _) = books(false);
                let batching = Batching {
                    first: rows,
                    then: rows,
                    first_load_bytes,
                };
                let n = import_in_batches(&conn, &company, &path, Encoding::Utf8, batching);
                assert_eq!(n.unwrap(), 10);
                assert!(bulk_store::item_index_exists(&conn).unwrap());
                let again = import_in_batches(&conn, &company, &path, Encoding::Utf8, batching);
                let refused = again.unwrap_err().to_string();
                assert!(
                    refused.contains(":2: this row was already imported"),
                    "{refused}"
                );
                let as_of = chrono::NaiveDate::from_ymd_opt(2026, 5, 31).unwrap();
                let (stock, books) =
                    super::super::post::valuation_against_books(&conn, &company, as_of).unwrap();
                assert_eq!(stock, books);
                let states =
                    crate::inventory::valuation_store::valuation_states_without_ids(&conn).unwrap();
                (store::movements_without_ids(&conn).unwrap(), states, stock)
            };
            let whole = imported(BATCHING.then, u64::MAX);
            for (rows, first_load_bytes) in [(BATCHING.then, 0), (2, 0), (1, 0), (2, u64::MAX)] {
                assert_eq!(imported(rows, first_load_bytes), whole, "{name} {rows}");
            }
            // The three identical receipts are three movements with three fingerprints.
            let receipts = whole
                .0
                .iter()
                .filter(|m| m.starts_with("AVG 2026-05-01 receive"));
            let fingerprints: std::collections::HashSet<_> = receipts
                .map(|m| m.rsplit(' ').next().unwrap().to_string())
                .collect();
            assert_eq!(fingerprints.len(), 3);
        }
    }
}
