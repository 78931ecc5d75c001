//! The append-only audit log: every write command appends one row whose SHA-256 covers the
//! previous row's hash, so a changed or removed row breaks the chain that `bko check` verifies.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};

/// The hash that precedes the first row.
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Appends an audit row for a command inside its transaction.
pub fn record(conn: &Connection, command: &str, summary: &str) -> Result<()> {
    let prev: String = conn
        .query_row(
            "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or_else(|| GENESIS.to_string());
    let at = crate::kernel::clock::timestamp();
    let hash = chain_hash(&prev, &at, command, summary);
    conn.execute(
        "INSERT INTO audit_log (at, command, summary, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![at, command, summary, prev, hash],
    )?;
    Ok(())
}

/// Verifies the whole chain; returns a description of the first broken row, if any.
pub fn verify(conn: &Connection) -> Result<Option<String>> {
    let mut stmt = conn
        .prepare("SELECT id, at, command, summary, prev_hash, hash FROM audit_log ORDER BY id")?;
    let mut rows = stmt.query([])?;
    let mut expected_prev = GENESIS.to_string();
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let (at, command, summary): (String, String, String) =
            (row.get(1)?, row.get(2)?, row.get(3)?);
        let (prev, hash): (String, String) = (row.get(4)?, row.get(5)?);
        if prev != expected_prev {
            return Ok(Some(format!(
                "audit row {id} does not follow the row before it"
            )));
        }
        if hash != chain_hash(&prev, &at, &command, &summary) {
            return Ok(Some(format!("audit row {id} was altered")));
        }
        expected_prev = hash;
    }
    Ok(None)
}

/// Audit rows as (id, at, command, summary), newest last.
pub fn list(conn: &Connection, limit: i64) -> Result<Vec<(i64, String, String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT id, at, command, summary FROM (SELECT * FROM audit_log ORDER BY id DESC LIMIT ?1) ORDER BY id",
    )?;
    let rows = stmt
        .query_map([limit], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

fn chain_hash(prev: &str, at: &str, command: &str, summary: &str) -> String {
    let mut hasher = Sha256::new();
    for part in [prev, at, command, summary] {
        hasher.update(part.as_bytes());
        hasher.update([0x1f]);
    }
    hex(&hasher.finalize())
}

/// Lower-case hex of bytes (sha2 0.11 digests no longer format with `{:x}`).
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 0xf) as usize] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_row_breaks_the_chain() {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::migrate::migrate(&mut conn).unwrap();
        record(&conn, "a", "first").unwrap();
        record(&conn, "b", "second").unwrap();
        assert_eq!(verify(&conn).unwrap(), None);
        conn.execute_batch(
            "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET summary='x' WHERE id=1",
        )
        .unwrap();
        assert!(verify(&conn).unwrap().unwrap().contains("row 1"));
    }
}
