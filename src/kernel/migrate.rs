//! Ordered, append-only schema migrations tracked by `PRAGMA user_version`. A landed migration is
//! never edited; a change is a new numbered file in `migrations/`. Must not hold business rules.

use anyhow::{Context, Result};
use rusqlite::Connection;

use super::error::Exit;

/// Every migration in order; index + 1 is the schema version it produces.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_ledger.sql"),
    include_str!("migrations/0002_invoice.sql"),
    include_str!("migrations/0003_docs.sql"),
    include_str!("migrations/0004_inventory.sql"),
    include_str!("migrations/0005_attendance.sql"),
    include_str!("migrations/0006_payroll.sql"),
    include_str!("migrations/0007_year_end.sql"),
    include_str!("migrations/0008_inventory_state.sql"),
    include_str!("migrations/0009_yearend.sql"),
    include_str!("migrations/0010_bonus.sql"),
    include_str!("migrations/0011_employee_address.sql"),
    include_str!("migrations/0012_yearend_settlement.sql"),
    include_str!("migrations/0013_bank.sql"),
    include_str!("migrations/0014_payables.sql"),
    include_str!("migrations/0015_payment_run.sql"),
    include_str!("migrations/0016_expenses.sql"),
    include_str!("migrations/0017_invoicing_desk.sql"),
    include_str!("migrations/0018_supplier_tax_rate.sql"),
    include_str!("migrations/0019_run_payees.sql"),
    include_str!("migrations/0020_quotes.sql"),
    include_str!("migrations/0021_delivery_notes.sql"),
    include_str!("migrations/0022_invoice_line_out_of_scope.sql"),
    include_str!("migrations/0023_customer_peppol_id.sql"),
    include_str!("migrations/0024_bank_identity_by_date.sql"),
    include_str!("migrations/0025_inventory_valuation_state.sql"),
    include_str!("migrations/0026_inventory_valuation_checkpoint.sql"),
    include_str!("migrations/0027_moving_average_states_without_layers.sql"),
    include_str!("migrations/0028_doc_version_current.sql"),
    include_str!("migrations/0029_withholding_column_keys.sql"),
];

/// The schema version this binary writes.
pub const LATEST: i64 = MIGRATIONS.len() as i64;

/// The schema version of an open database.
pub fn version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Refuses a database written by a newer bko (exit 3) before anything touches it.
pub fn refuse_newer(conn: &Connection, path: &str) -> Result<()> {
    let found = version(conn)?;
    if found > LATEST {
        return Err(Exit::db_too_new_hinted(
            format!(
                "{path} has schema version {found}, but this bko only knows up to {LATEST}; \
                 it was left untouched"
            ),
            "install a newer bko",
        ));
    }
    Ok(())
}

/// Applies every migration newer than the database's version, each in its own transaction.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    let current = version(conn)?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let target = index as i64 + 1;
        let tx = conn.transaction()?;
        tx.execute_batch(sql)
            .with_context(|| format!("applying schema migration {target}"))?;
        tx.pragma_update(None, "user_version", target)?;
        tx.commit()?;
    }
    Ok(())
}

/// A migrated in-memory database, for the stores' and operations' own tests.
#[cfg(test)]
pub fn in_memory() -> Connection {
    let mut conn = Connection::open_in_memory().expect("an in-memory database");
    migrate(&mut conn).expect("the migrations apply");
    conn
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrates_an_empty_database_to_latest_and_is_idempotent() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(version(&conn).unwrap(), LATEST);
        migrate(&mut conn).unwrap();
        assert_eq!(version(&conn).unwrap(), LATEST);
    }

    #[test]
    fn statement_lines_identities_gain_their_date_and_stay_immutable() {
        let mut conn = Connection::open_in_memory().unwrap();
        // Lines without their account and import rows: only the identities are looked at.
        conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
        for sql in MIGRATIONS.iter().take(23) {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 23).unwrap();
        // Identities as bko wrote them up to schema 23 (a content hash, a bank reference).
        conn.execute_batch(
            "INSERT INTO bank_line (account_id, import_id, file_line, identity, date, amount, text, raw)
             VALUES (1, 1, 2, 'h:0123456789abcdef01234567#1', '2026-04-01', 1000, 'a', 'a'),
                    (1, 1, 3, 'ref:2026-04-02:R-77', '2026-04-02', -500, 'b', 'b');",
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let identities: Vec<String> = conn
            .prepare("SELECT identity FROM bank_line ORDER BY file_line")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        // What bank::import now writes for the same lines: the date, a space, the old identity.
        assert_eq!(
            identities,
            [
                "2026-04-01 h:0123456789abcdef01234567#1",
                "2026-04-02 ref:2026-04-02:R-77"
            ]
        );
        assert!(conn.execute("UPDATE bank_line SET text = 'c'", []).is_err());
    }

    #[test]
    fn withholding_columns_written_as_kanji_are_stored_by_their_key() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
        for sql in MIGRATIONS.iter().take(28) {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 28).unwrap();
        for (employee, column) in [(1, "乙"), (2, "甲"), (3, " otsu"), (4, "otsu"), (5, "hei")] {
            conn.execute(
                "INSERT INTO pay_setting (employee_id, valid_from, setting, created_at)
                 VALUES (?1, '2026-04', json_object('column', ?2, 'dependents', 1), 'now')",
                rusqlite::params![employee, column],
            )
            .unwrap();
        }
        migrate(&mut conn).unwrap();
        let stored: Vec<String> = conn
            .prepare("SELECT setting FROM pay_setting ORDER BY employee_id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let column = |s: &str| {
            serde_json::from_str::<serde_json::Value>(s).unwrap()["column"]
                .as_str()
                .unwrap()
                .to_string()
        };
        let columns: Vec<String> = stored.iter().map(|s| column(s)).collect();
        // An unknown column stays as written: a run refuses it naming it, nothing guesses.
        assert_eq!(columns, ["otsu", "kou", "otsu", "otsu", "hei"]);
        assert!(stored[0].contains("\"dependents\":1"), "{}", stored[0]);
    }

    #[test]
    fn refuses_a_newer_database() {
        let conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", LATEST + 1)
            .unwrap();
        let err = refuse_newer(&conn, "x.db").unwrap_err();
        assert_eq!(super::super::error::exit_code(&err), 3);
    }
}
