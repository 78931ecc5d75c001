//! The ledger's bulk writes: many journal entries per statement and the covering index built
//! once after a bulk load (the journal import, docs/performance.md). Same tables as store.rs,
//! kept apart so each file stays short.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};

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

/// What a bulk load set aside, to be put back by [`restore_after_bulk_load`].
pub struct Suspended {
    /// The lines' covering index.
    line_index: Option<String>,
    /// The trigger refusing entries dated in a locked period.
    lock_trigger: Option<String>,
}

/// For a bulk load: when the import is about to add more lines than the journal holds, drops
/// the lines' covering index and the per-entry lock trigger, and returns their definitions to
/// put back once the lines are in — the index built with one sort instead of a million inserts
/// at random places, the lock rule checked once over the new entries instead of by a trigger
/// program per row (docs/performance.md). Runs in the import's transaction: nobody else sees
/// the journal without them, and a failed import rolls the drop back with everything else.
/// `incoming_lines` is an estimate from the file's size; the journal's size is estimated from
/// its last entry id (three lines an entry), so a small import into large books keeps both.
pub fn suspend_for_bulk_load(conn: &Connection, incoming_lines: u64) -> Result<Option<Suspended>> {
    let last_entry: i64 = conn
        .prepare_cached("SELECT COALESCE(MAX(id), 0) FROM journal_entry")?
        .query_row([], |r| r.get(0))?;
    if u64::try_from(last_entry).unwrap_or(0).saturating_mul(3) >= incoming_lines {
        return Ok(None);
    }
    let suspended = Suspended {
        line_index: drop_from_schema(conn, "index", "journal_line_account")?,
        lock_trigger: drop_from_schema(conn, "trigger", "journal_entry_locked")?,
    };
    Ok(Some(suspended))
}

/// Drops a schema object, returning the SQL that makes it again (None when there is none).
fn drop_from_schema(conn: &Connection, kind: &str, name: &str) -> Result<Option<String>> {
    let definition: Option<String> = conn
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE type = ?1 AND name = ?2",
            [kind, name],
            |r| r.get(0),
        )
        .optional()?;
    if definition.is_some() {
        conn.execute_batch(&format!("DROP {} {name}", kind.to_uppercase()))?;
    }
    Ok(definition)
}

/// Puts back what [`suspend_for_bulk_load`] set aside, after checking the lock trigger's rule
/// over the entries the load added (ids from `first_new`): none may be dated on or before
/// `lock`.
///
/// The index is sorted with a small page cache: SQLite sizes the sorter's memory by the cache,
/// and with bko's 64 MB cache a million-entry journal peaked at 218 MB; with 4 MB it peaks at
/// ~110 MB and sorts slightly faster (docs/performance.md).
pub fn restore_after_bulk_load(
    conn: &Connection,
    suspended: Suspended,
    first_new: Option<i64>,
    lock: Option<NaiveDate>,
) -> Result<()> {
    if let (Some(first), Some(through)) = (first_new, lock) {
        let locked: Option<String> = conn.query_row(
            "SELECT MIN(date) FROM journal_entry WHERE id >= ?1 AND date <= ?2",
            params![first, through],
            |r| r.get(0),
        )?;
        if let Some(date) = locked {
            bail!(
                "an entry dated {date} is in a locked period (the books are locked through {through})"
            );
        }
    }
    if let Some(definition) = suspended.line_index {
        let cache: i64 = conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
        conn.pragma_update(None, "cache_size", -4096)?;
        let built = conn.execute_batch(&definition);
        conn.pragma_update(None, "cache_size", cache)?;
        built?;
    }
    if let Some(definition) = suspended.lock_trigger {
        conn.execute_batch(&definition)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::{NewLine, Origin};

    fn entry_on(date: &str, account_id: i64) -> NewEntry {
        let line = |debit, credit| NewLine {
            account_id,
            debit,
            credit,
            description: None,
            tax_category: "out_of_scope".into(),
        };
        NewEntry {
            date: date.parse().unwrap(),
            memo: "x".into(),
            reference: None,
            origin: Origin::Import,
            import_hash: None,
            reverses: None,
            lines: vec![line(100, 0), line(0, 100)],
        }
    }

    /// An in-memory book with the standard chart, and the id of one of its accounts.
    fn books() -> (Connection, i64) {
        let conn = crate::kernel::migrate::in_memory();
        for account in crate::ledger::chart::jp_standard() {
            crate::ledger::insert_account(&conn, &account).unwrap();
        }
        let account = conn
            .query_row("SELECT MIN(id) FROM account", [], |r| r.get(0))
            .unwrap();
        (conn, account)
    }

    #[test]
    fn a_bulk_load_checks_the_lock_rule_itself_and_puts_the_trigger_back() {
        let through: NaiveDate = "2026-05-31".parse().unwrap();
        // Without the trigger a locked date goes in; putting it back finds and refuses it.
        let (conn, cash) = books();
        let suspended = suspend_for_bulk_load(&conn, 1000)
            .unwrap()
            .expect("set aside");
        let entries = [entry_on("2026-06-01", cash), entry_on("2026-05-31", cash)];
        insert_entries(&conn, &entries, 1, "t").unwrap();
        let err = restore_after_bulk_load(&conn, suspended, Some(1), Some(through)).unwrap_err();
        assert!(
            err.to_string()
                .contains("dated 2026-05-31 is in a locked period"),
            "{err}"
        );
        // Entries after the lock pass, and the trigger and the index are back.
        let (conn, cash) = books();
        let suspended = suspend_for_bulk_load(&conn, 1000)
            .unwrap()
            .expect("set aside");
        insert_entries(&conn, &[entry_on("2026-06-02", cash)], 1, "t").unwrap();
        restore_after_bulk_load(&conn, suspended, Some(1), Some(through)).unwrap();
        conn.execute(
            "UPDATE ledger_lock SET through = '2026-05-31' WHERE id = 1",
            [],
        )
        .unwrap();
        let err = insert_entries(&conn, &[entry_on("2026-05-30", cash)], 2, "t").unwrap_err();
        assert!(err.to_string().contains("locked"), "{err}");
        let index: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'journal_line_account'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(index, 1);
    }
}
