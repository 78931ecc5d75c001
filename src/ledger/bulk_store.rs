//! The ledger's bulk writes: many journal entries per statement and the covering index built
//! once after a bulk load (the journal import, docs/performance.md). Same tables as store.rs,
//! kept apart so each file stays short.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension};

use super::NewEntry;
use crate::kernel::db::insert_rows;

/// Entries per `INSERT` statement of a batch.
const ENTRIES_PER_STATEMENT: usize = 64;
/// Lines per `INSERT` statement of a batch.
const LINES_PER_STATEMENT: usize = 128;

/// Inserts a batch of entries under the ids `first_id`, `first_id + 1`, ... (the caller holds
/// the write transaction and knows the last id): many rows per statement, so a bulk import
/// pays SQLite's per-statement work (and the statement journal the lock trigger needs) once
/// per 64 entries instead of once per row (docs/performance.md).
pub fn insert_entries(
    conn: &Connection,
    entries: &[NewEntry],
    first_id: i64,
    posted_at: &str,
) -> Result<()> {
    let dates: Vec<String> = entries.iter().map(|e| e.date.to_string()).collect();
    let heads: Vec<(i64, usize)> = (first_id..).zip(0..entries.len()).collect();
    insert_rows(
        conn,
        "INSERT INTO journal_entry (id, date, memo, ref, origin, import_hash, reverses, posted_at) VALUES ",
        (8, ""),
        &heads,
        ENTRIES_PER_STATEMENT,
        |(id, k), bind| {
            let e = &entries[*k];
            bind(id)?;
            bind(&dates[*k])?;
            bind(&e.memo)?;
            bind(&e.reference)?;
            bind(&e.origin.key())?;
            bind(&e.import_hash.as_ref().map(|h| &h[..]))?;
            bind(&e.reverses)?;
            bind(&posted_at)
        },
    )?;
    let lines: Vec<(i64, usize, usize)> = heads
        .iter()
        .flat_map(|(id, k)| (0..entries[*k].lines.len()).map(move |i| (*id, *k, i)))
        .collect();
    insert_rows(
        conn,
        "INSERT INTO journal_line (entry_id, line_no, account_id, date, debit, credit, description, tax_category) VALUES ",
        (8, ""),
        &lines,
        LINES_PER_STATEMENT,
        |(id, k, i), bind| {
            let l = &entries[*k].lines[*i];
            bind(id)?;
            bind(&(*i as i64 + 1))?;
            bind(&l.account_id)?;
            bind(&dates[*k])?;
            bind(&l.debit)?;
            bind(&l.credit)?;
            bind(&l.description)?;
            bind(&l.tax_category)
        },
    )?;
    Ok(())
}

/// For a bulk load: drops the lines' covering index when the import is about to add more lines
/// than the journal holds, and returns its definition to build once the lines are in — one sort
/// instead of a million inserts at random places in the index (docs/performance.md). Runs in
/// the import's transaction, so a failed import rolls the drop back with everything else.
/// `incoming_lines` is an estimate from the file's size; the journal's size is estimated from
/// its last entry id (three lines an entry), so a small import into large books keeps the index.
pub fn suspend_line_index(conn: &Connection, incoming_lines: u64) -> Result<Option<String>> {
    let last_entry: i64 = conn
        .prepare_cached("SELECT COALESCE(MAX(id), 0) FROM journal_entry")?
        .query_row([], |r| r.get(0))?;
    if u64::try_from(last_entry).unwrap_or(0).saturating_mul(3) >= incoming_lines {
        return Ok(None);
    }
    let definition: Option<String> = conn
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = 'journal_line_account'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if definition.is_some() {
        conn.execute_batch("DROP INDEX journal_line_account")?;
    }
    Ok(definition)
}

/// Builds again an index `suspend_line_index` dropped.
///
/// The sort runs with a small page cache: SQLite sizes the sorter's memory by the cache, and
/// with bko's 64 MB cache a million-entry journal peaked at 218 MB; with 4 MB it peaks at
/// ~110 MB and sorts slightly faster (docs/performance.md).
pub fn restore_line_index(conn: &Connection, definition: &str) -> Result<()> {
    let cache: i64 = conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
    conn.pragma_update(None, "cache_size", -4096)?;
    let built = conn.execute_batch(definition);
    conn.pragma_update(None, "cache_size", cache)?;
    built?;
    Ok(())
}
