//! SQL for the transfers other areas schedule into payment runs (`payment_run_payee`).

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::payees::{Payee, ScheduledPayee};

const PAYEE: &str = "SELECT id, source, label, bank_code, bank_name, branch_code, branch_name,
        account_type, account_number, holder_kana, amount, account_id, edi, bank_fee, run_id
    FROM payment_run_payee";

fn payee_row(r: &Row) -> rusqlite::Result<Payee> {
    Ok(Payee {
        id: r.get(0)?,
        scheduled: ScheduledPayee {
            source: r.get(1)?,
            label: r.get(2)?,
            account: crate::jp::zengin_transfer::Account {
                bank_code: r.get(3)?,
                bank_name: r.get(4)?,
                branch_code: r.get(5)?,
                branch_name: r.get(6)?,
                account_type: r.get(7)?,
                account_number: r.get(8)?,
            },
            name_kana: r.get(9)?,
            amount: r.get(10)?,
            account_id: r.get(11)?,
            edi: r.get(12)?,
        },
        bank_fee: r.get(13)?,
        run_id: r.get(14)?,
    })
}

/// Stores a scheduled transfer (pending).
pub fn insert(conn: &Connection, p: &ScheduledPayee) -> Result<i64> {
    conn.execute(
        "INSERT INTO payment_run_payee (source, label, bank_code, bank_name, branch_code,
            branch_name, account_type, account_number, holder_kana, amount, account_id, edi)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            p.source,
            p.label,
            p.account.bank_code,
            p.account.bank_name,
            p.account.branch_code,
            p.account.branch_name,
            p.account.account_type,
            p.account.account_number,
            p.name_kana,
            p.amount,
            p.account_id,
            p.edi,
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// The scheduled transfer of a source.
pub fn by_source(conn: &Connection, source: &str) -> Result<Option<Payee>> {
    let mut stmt = conn.prepare_cached(&format!("{PAYEE} WHERE source = ?1"))?;
    Ok(stmt.query_row([source], payee_row).optional()?)
}

/// The transfers of a run, in the order they were scheduled.
pub fn of_run(conn: &Connection, run_id: i64) -> Result<Vec<Payee>> {
    let mut stmt = conn.prepare_cached(&format!("{PAYEE} WHERE run_id = ?1 ORDER BY id"))?;
    Ok(stmt
        .query_map([run_id], payee_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// The pending transfers (in no run), in the order they were scheduled.
pub fn pending(conn: &Connection) -> Result<Vec<Payee>> {
    let mut stmt = conn.prepare_cached(&format!("{PAYEE} WHERE run_id IS NULL ORDER BY id"))?;
    Ok(stmt
        .query_map([], payee_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// Puts a pending transfer into a run with the bank's fee for it.
pub fn assign(conn: &Connection, id: i64, run_id: i64, bank_fee: i64) -> Result<()> {
    conn.execute(
        "UPDATE payment_run_payee SET run_id = ?2, bank_fee = ?3 WHERE id = ?1 AND run_id IS NULL",
        params![id, run_id, bank_fee],
    )?;
    Ok(())
}

/// Takes a run's transfers out of it: pending again.
pub fn release(conn: &Connection, run_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE payment_run_payee SET run_id = NULL, bank_fee = 0 WHERE run_id = ?1",
        [run_id],
    )?;
    Ok(())
}

/// Drops a pending transfer.
pub fn delete_pending(conn: &Connection, source: &str) -> Result<()> {
    conn.execute(
        "DELETE FROM payment_run_payee WHERE source = ?1 AND run_id IS NULL",
        [source],
    )?;
    Ok(())
}
