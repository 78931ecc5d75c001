//! SQL for expense claims, their lines, advances and repayments.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::types::{Claim, ClaimLine, Repayment};

/// Claims as stored; the employee's code and name are the caller's to fill (people's records).
const CLAIM: &str = "SELECT c.id, c.employee_id, '', '', c.period, c.status, c.note,
        c.approved_by, c.approved_on, c.entry_id,
        (SELECT COALESCE(SUM(amount), 0) FROM expense_line l WHERE l.claim_id = c.id),
        (SELECT COUNT(*) FROM expense_line l WHERE l.claim_id = c.id)
    FROM expense_claim c";

fn claim_row(r: &Row) -> rusqlite::Result<Claim> {
    Ok(Claim {
        id: r.get(0)?,
        employee_id: r.get(1)?,
        employee: r.get(2)?,
        name: r.get(3)?,
        period: r.get(4)?,
        status: r.get(5)?,
        note: r.get(6)?,
        approved_by: r.get(7)?,
        approved_on: r.get(8)?,
        entry_id: r.get(9)?,
        total: r.get(10)?,
        lines: r.get(11)?,
    })
}

/// A claim by number.
pub fn claim(conn: &Connection, id: i64) -> Result<Option<Claim>> {
    let mut stmt = conn.prepare_cached(&format!("{CLAIM} WHERE c.id = ?1"))?;
    Ok(stmt.query_row([id], claim_row).optional()?)
}

/// The claim of an employee and month not yet approved.
pub fn open_claim(conn: &Connection, employee_id: i64, period: &str) -> Result<Option<Claim>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{CLAIM} WHERE c.employee_id = ?1 AND c.period = ?2 AND c.status != 'approved'"
    ))?;
    Ok(stmt
        .query_row(params![employee_id, period], claim_row)
        .optional()?)
}

/// Claims, filtered by status, employee and month.
pub fn claims(
    conn: &Connection,
    status: Option<&str>,
    employee_id: Option<i64>,
    period: Option<&str>,
) -> Result<Vec<Claim>> {
    let mut stmt = conn.prepare(&format!(
        "{CLAIM} WHERE (?1 IS NULL OR c.status = ?1) AND (?2 IS NULL OR c.employee_id = ?2)
            AND (?3 IS NULL OR c.period = ?3) ORDER BY c.period, c.id"
    ))?;
    Ok(stmt
        .query_map(params![status, employee_id, period], claim_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// Starts a draft claim.
pub fn insert_claim(conn: &Connection, employee_id: i64, period: &str, at: &str) -> Result<i64> {
    conn.execute(
        "INSERT INTO expense_claim (employee_id, period, status, created_at)
         VALUES (?1, ?2, 'draft', ?3)",
        params![employee_id, period, at],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Moves a claim to a status (with the note, who and when for approval, the entry).
pub fn set_status(
    conn: &Connection,
    id: i64,
    status: &str,
    note: Option<&str>,
    approved: Option<(&str, NaiveDate, i64)>,
    at: &str,
) -> Result<()> {
    conn.execute(
        "UPDATE expense_claim SET status = ?2, note = COALESCE(?3, note),
                submitted_at = CASE WHEN ?2 = 'submitted' THEN ?7 ELSE submitted_at END,
                approved_by = ?4, approved_on = ?5, entry_id = ?6
          WHERE id = ?1",
        params![
            id,
            status,
            note,
            approved.map(|a| a.0),
            approved.map(|a| a.1),
            approved.map(|a| a.2),
            at
        ],
    )?;
    Ok(())
}

const LINE: &str = "SELECT id, claim_id, date, amount, rate, account_id, payee,
        registration_number, book_only, note, document_id FROM expense_line";

fn line_row(r: &Row) -> rusqlite::Result<ClaimLine> {
    Ok(ClaimLine {
        id: r.get(0)?,
        claim_id: r.get(1)?,
        date: r.get(2)?,
        amount: r.get(3)?,
        rate: r.get(4)?,
        account_id: r.get(5)?,
        payee: r.get(6)?,
        registration_number: r.get(7)?,
        book_only: r.get(8)?,
        note: r.get(9)?,
        document_id: r.get(10)?,
    })
}

/// Stores a line (id ignored).
pub fn insert_line(conn: &Connection, l: &ClaimLine) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO expense_line (claim_id, date, amount, rate, account_id, payee,
            registration_number, book_only, note, document_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        l.claim_id,
        l.date,
        l.amount,
        l.rate,
        l.account_id,
        l.payee,
        l.registration_number,
        l.book_only,
        l.note,
        l.document_id
    ])?;
    Ok(conn.last_insert_rowid())
}

/// A claim's lines, by date.
pub fn lines(conn: &Connection, claim_id: i64) -> Result<Vec<ClaimLine>> {
    let mut stmt = conn.prepare_cached(&format!("{LINE} WHERE claim_id = ?1 ORDER BY date, id"))?;
    Ok(stmt
        .query_map([claim_id], line_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// A line by id.
pub fn line(conn: &Connection, id: i64) -> Result<Option<ClaimLine>> {
    let mut stmt = conn.prepare_cached(&format!("{LINE} WHERE id = ?1"))?;
    Ok(stmt.query_row([id], line_row).optional()?)
}

/// Removes a line of a draft claim.
pub fn delete_line(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM expense_line WHERE id = ?1", [id])?;
    Ok(())
}

/// An employee's 仮払金 balance.
pub fn advance_balance(conn: &Connection, employee_id: i64) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT COALESCE(SUM(amount), 0) FROM expense_advance WHERE employee_id = ?1",
        [employee_id],
        |r| r.get(0),
    )?)
}

/// Records an advance paid (+), used by a claim or returned (−).
pub fn insert_advance(
    conn: &Connection,
    employee_id: i64,
    date: NaiveDate,
    amount: i64,
    kind: &str,
    claim_id: Option<i64>,
    entry_id: Option<i64>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO expense_advance (employee_id, date, amount, kind, claim_id, entry_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![employee_id, date, amount, kind, claim_id, entry_id],
    )?;
    Ok(())
}

/// What a claim used of the employee's advance.
pub fn advance_used(conn: &Connection, claim_id: i64) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT COALESCE(-SUM(amount), 0) FROM expense_advance WHERE claim_id = ?1",
        [claim_id],
        |r| r.get(0),
    )?)
}

/// Per employee with advances: (employee id, balance).
pub fn advance_balances(conn: &Connection) -> Result<Vec<(i64, i64)>> {
    let mut stmt =
        conn.prepare("SELECT employee_id, SUM(amount) FROM expense_advance GROUP BY employee_id")?;
    Ok(stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Records how a claim is repaid.
pub fn insert_repayment(
    conn: &Connection,
    claim_id: i64,
    r: &Repayment,
    entry_id: Option<i64>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO expense_reimbursement (claim_id, via, month, date, amount, entry_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![claim_id, r.via, r.month, r.date, r.amount, entry_id],
    )?;
    Ok(())
}

/// Forgets how a claim was to be repaid (a schedule taken back).
pub fn delete_repayment(conn: &Connection, claim_id: i64) -> Result<()> {
    conn.execute(
        "DELETE FROM expense_reimbursement WHERE claim_id = ?1",
        [claim_id],
    )?;
    Ok(())
}

/// How a claim is repaid, if it is.
pub fn repayment(conn: &Connection, claim_id: i64) -> Result<Option<Repayment>> {
    let mut stmt = conn.prepare_cached(
        "SELECT via, month, date, amount FROM expense_reimbursement WHERE claim_id = ?1",
    )?;
    Ok(stmt
        .query_row([claim_id], |r| {
            Ok(Repayment {
                via: r.get(0)?,
                month: r.get(1)?,
                date: r.get(2)?,
                amount: r.get(3)?,
            })
        })
        .optional()?)
}

/// Claims repaid by transfer on a day: (claim id, employee id, amount), by employee.
pub fn transfers_on(conn: &Connection, date: NaiveDate) -> Result<Vec<(i64, i64, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT r.claim_id, c.employee_id, r.amount FROM expense_reimbursement r
           JOIN expense_claim c ON c.id = r.claim_id
          WHERE r.via = 'transfer' AND r.date = ?1 ORDER BY c.employee_id, r.claim_id",
    )?;
    Ok(stmt
        .query_map([date], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?)
}
