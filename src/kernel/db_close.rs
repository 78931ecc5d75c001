//! How a command's database connection ends. Closing a connection that changed nothing only
//! frees memory the process is about to give back anyway (SQLite frees every parsed table,
//! trigger and index one by one, ~0.1 ms of an empty report), so the `bko` binary leaves such a
//! connection to the process's exit. One that wrote is always closed: its closing checkpoint
//! writes the changes into the database file, which alone must hold the books (ADR 0013).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use rusqlite::Connection;

/// Set by the `bko` binary, whose process ends right after its one command; a library user
/// (tests, other programs) keeps every connection closed when dropped.
static LEAVE_CLEAN_CONNECTIONS_TO_EXIT: AtomicBool = AtomicBool::new(false);

/// Lets connections that have nothing to close be left to the process's exit. Only for a
/// process that ends after its command: each one left keeps its file handles until then.
pub fn leave_clean_connections_to_exit() {
    LEAVE_CLEAN_CONNECTIONS_TO_EXIT.store(true, Ordering::Relaxed);
}

/// Whether the connection to the database at `path` may be left unclosed: the process asked
/// for it and closing has nothing to write.
pub(super) fn may_leave_to_exit(conn: &Connection, path: &Path) -> bool {
    LEAVE_CLEAN_CONNECTIONS_TO_EXIT.load(Ordering::Relaxed) && !closing_writes(conn, path)
}

/// Whether closing the connection would write to the database: a transaction is still open,
/// or the write-ahead log holds changes (this command's, or another's that the last connection
/// to close must checkpoint). The log is emptied to zero bytes whenever a connection that wrote
/// closes, so a read-only command finds it empty.
fn closing_writes(conn: &Connection, path: &Path) -> bool {
    if !conn.is_autocommit() {
        return true;
    }
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    std::fs::metadata(wal).is_ok_and(|m| m.len() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A connection that only read has nothing to write at close; one that wrote (or that
    /// finds another's changes in the log) has, and so has one inside a transaction.
    #[test]
    fn only_a_connection_with_changes_in_the_log_must_be_closed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("books.db");
        drop(crate::kernel::db::create(&path).unwrap());
        let db = crate::kernel::db::open(&path).unwrap();
        let _: i64 = db
            .conn
            .query_row("SELECT count(*) FROM setting", [], |r| r.get(0))
            .unwrap();
        assert!(!closing_writes(&db.conn, &path), "a read");
        db.conn.execute_batch("BEGIN").unwrap();
        assert!(closing_writes(&db.conn, &path), "inside a transaction");
        db.conn.execute_batch("COMMIT").unwrap();
        db.conn
            .execute("INSERT INTO setting (key, value) VALUES ('t', 'v')", [])
            .unwrap();
        assert!(closing_writes(&db.conn, &path), "after a write");
        let other = crate::kernel::db::open(&path).unwrap();
        assert!(closing_writes(&other.conn, &path), "another's write");
    }
}
