//! SQL for what payroll pays out: net pay and withheld tax by month (for bank matching and the
//! 所得税徴収高計算書), and the reimbursements a month's pay carries (立替経費の精算).

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, params};

use super::{Reimbursement, Withheld};

/// Tax withheld by confirmed runs and bonuses, per month of payment and kind, from a day on.
pub fn withheld_by_month(conn: &Connection, since: NaiveDate) -> Result<Vec<Withheld>> {
    let mut stmt = conn.prepare(
        "SELECT month, kind, COUNT(DISTINCT employee_id), SUM(taxable), SUM(tax), SUM(resident)
         FROM (SELECT substr(r.pay_date, 1, 7) AS month, 'salary' AS kind, s.employee_id,
                  s.gross - json_extract(s.detail, '$.non_taxable') AS taxable,
                  json_extract(s.detail, '$.withholding') AS tax,
                  json_extract(s.detail, '$.resident_tax') AS resident
             FROM pay_run r JOIN pay_slip s ON s.run_id = r.id
            WHERE r.status = 'confirmed' AND r.pay_date >= ?1
           UNION ALL
           SELECT substr(b.pay_date, 1, 7), 'bonus', s.employee_id,
                  json_extract(s.detail, '$.bonus'), json_extract(s.detail, '$.withholding'), 0
             FROM bonus_run b JOIN bonus_slip s ON s.run_id = b.id
            WHERE b.status = 'confirmed' AND b.pay_date >= ?1)
         GROUP BY month, kind ORDER BY month, kind DESC",
    )?;
    Ok(stmt
        .query_map([since], |r| {
            Ok(Withheld {
                month: r.get(0)?,
                kind: r.get(1)?,
                people: r.get(2)?,
                taxable: r.get(3)?,
                tax: r.get(4)?,
                resident: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// Net pay of confirmed monthly runs and bonus runs paid on or after a day: (label, pay date,
/// net).
pub fn payouts(conn: &Connection, since: NaiveDate) -> Result<Vec<(String, NaiveDate, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT r.month || ' 給与', r.pay_date, SUM(s.net) FROM pay_run r
           JOIN pay_slip s ON s.run_id = r.id
          WHERE r.status = 'confirmed' AND r.pay_date >= ?1 GROUP BY r.id
         UNION ALL
         SELECT b.pay_date || ' 賞与', b.pay_date, SUM(json_extract(s.detail, '$.net')) FROM bonus_run b
           JOIN bonus_slip s ON s.run_id = b.id
          WHERE b.status = 'confirmed' AND b.pay_date >= ?1 GROUP BY b.id
         ORDER BY 2",
    )?;
    Ok(stmt
        .query_map([since], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Schedules a reimbursement with a month's pay (`source` names what it repays, once).
pub fn insert_reimbursement(conn: &Connection, r: &Reimbursement) -> Result<()> {
    conn.execute(
        "INSERT INTO payroll_reimbursement (employee_id, month, amount, label, source)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            r.employee_id,
            r.month.to_string(),
            r.amount,
            r.label,
            r.source
        ],
    )?;
    Ok(())
}

/// The reimbursements scheduled with a month's pay.
pub fn reimbursements(conn: &Connection, month: &str) -> Result<Vec<Reimbursement>> {
    let mut stmt = conn.prepare(
        "SELECT employee_id, month, amount, label, source FROM payroll_reimbursement
          WHERE month = ?1 ORDER BY id",
    )?;
    let rows = stmt
        .query_map([month], |r| {
            Ok((
                r.get(0)?,
                r.get::<_, String>(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<(i64, String, i64, String, String)>>>()?;
    rows.into_iter()
        .map(|(employee_id, month, amount, label, source)| {
            Ok(Reimbursement {
                employee_id,
                month: crate::kernel::period::Month::parse(&month)?,
                amount,
                label,
                source,
            })
        })
        .collect()
}

/// Drops a scheduled reimbursement.
pub fn delete_reimbursement(conn: &Connection, source: &str) -> Result<()> {
    conn.execute(
        "DELETE FROM payroll_reimbursement WHERE source = ?1",
        [source],
    )?;
    Ok(())
}

/// Where a scheduled reimbursement stands: its month, and whether that month's run is confirmed.
pub fn reimbursement_status(conn: &Connection, source: &str) -> Result<Option<(String, bool)>> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .query_row(
            "SELECT r.month, EXISTS (SELECT 1 FROM pay_run p
                                      WHERE p.month = r.month AND p.status = 'confirmed')
               FROM payroll_reimbursement r WHERE r.source = ?1",
            [source],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}
