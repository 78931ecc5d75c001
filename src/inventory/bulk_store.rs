//! The movement table's item index during bulk loads: set aside and built again in one sort
//! (ADR 0003's bulk-load rule, as the ledger's `bulk_store` applies it to journal lines).

use anyhow::Result;
use rusqlite::Connection;

/// Runs a bulk insert of movements with the item index dropped and built again afterwards
/// (one sort instead of a million B-tree inserts) when the batch is at least as large as the
/// table; otherwise just runs it. Inside the caller's transaction, so a failure restores the
/// index with everything else.
pub fn with_item_index_rebuilt<T>(
    conn: &Connection,
    batch: usize,
    work: impl FnOnce() -> Result<T>,
) -> Result<T> {
    const WORTH_IT: usize = 50_000;
    if batch < WORTH_IT {
        return work();
    }
    let existing: i64 = conn.query_row("SELECT COUNT(*) FROM inv_movement", [], |r| r.get(0))?;
    if (batch as i64) < existing {
        return work();
    }
    set_item_index_aside(conn)?;
    let value = work()?;
    build_item_index(conn)?;
    Ok(value)
}

/// Drops the item index for a bulk load; [`build_item_index`] puts it back. Inside the
/// caller's transaction, so a failure restores it with everything else.
pub fn set_item_index_aside(conn: &Connection) -> Result<()> {
    conn.execute_batch("DROP INDEX inv_movement_item")?;
    Ok(())
}

/// Builds the item index (the same index as migration 0004 creates): one sort, with an 8 MB
/// page cache while it runs — the sort's memory follows the cache size, and with the bulk
/// load's 64 MB a million movements peaked at 177 MB (8 MB: 136 MB, and a little faster) — and
/// its runs in temporary files even when the import keeps its temporaries in memory (SQLite
/// reads the setting when the sort starts, so it may change inside the transaction).
pub fn build_item_index(conn: &Connection) -> Result<()> {
    let cache: i64 = conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
    let temp_store: i64 = conn.query_row("PRAGMA temp_store", [], |r| r.get(0))?;
    conn.pragma_update(None, "cache_size", -8192)?;
    conn.pragma_update(None, "temp_store", "FILE")?;
    let built =
        conn.execute_batch("CREATE INDEX inv_movement_item ON inv_movement (item_id, date, id)");
    conn.pragma_update(None, "temp_store", temp_store)?;
    conn.pragma_update(None, "cache_size", cache)?;
    built?;
    Ok(())
}

/// Whether any movement is stored.
pub fn has_movements(conn: &Connection) -> Result<bool> {
    Ok(
        conn.query_row("SELECT EXISTS (SELECT 1 FROM inv_movement)", [], |r| {
            r.get(0)
        })?,
    )
}

/// Whether the item index is in place.
#[cfg(test)]
pub fn item_index_exists(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'inv_movement_item')",
        [],
        |r| r.get(0),
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Switching the sort to temporary files works inside the import's transaction, and the
    /// import's own settings (temporaries in memory, its page cache) are back afterwards.
    #[test]
    fn the_index_is_built_inside_an_import_and_its_settings_come_back() {
        let (conn, _, _) = crate::inventory::post::tests::books(false);
        crate::kernel::db::set_up_for_batched_import(&conn).unwrap();
        conn.execute_batch("BEGIN IMMEDIATE").unwrap();
        set_item_index_aside(&conn).unwrap();
        assert!(!item_index_exists(&conn).unwrap());
        build_item_index(&conn).unwrap();
        conn.execute_batch("COMMIT").unwrap();
        assert!(item_index_exists(&conn).unwrap());
        let setting = |name: &str| -> i64 {
            conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(setting("temp_store"), 2, "MEMORY");
        assert_eq!(setting("cache_size"), -32768);
    }
}
