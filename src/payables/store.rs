//! SQL for suppliers, bills, their lines and rates, and the 経過措置 table.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::types::{
    Bill, BillRate, NewBillPayment, NewBillRow, PaymentRow, PaymentRun, RunLine, RunTransfer,
    Supplier,
};
use super::{CreditClass, Withholding};

const SUPPLIER: &str = "SELECT id, code, name, kana, registration_number, address, bank_code,
        branch_code, account_type, account_number, holder_kana, payment_terms, fee_bearer, covered,
        withholding, expense_account_id, payable_account_id, bank_name, branch_name, tax_rate
        FROM supplier";

fn supplier_row(r: &Row) -> rusqlite::Result<Supplier> {
    let withholding: String = r.get(14)?;
    Ok(Supplier {
        id: r.get(0)?,
        code: r.get(1)?,
        name: r.get(2)?,
        kana: r.get(3)?,
        registration_number: r.get(4)?,
        address: r.get(5)?,
        bank_code: r.get(6)?,
        branch_code: r.get(7)?,
        account_type: r.get(8)?,
        account_number: r.get(9)?,
        holder_kana: r.get(10)?,
        payment_terms: r.get(11)?,
        fee_bearer: r.get(12)?,
        covered: r.get(13)?,
        withholding: Withholding::parse(&withholding).unwrap_or(Withholding::None),
        expense_account_id: r.get(15)?,
        payable_account_id: r.get(16)?,
        bank_name: r.get(17)?,
        branch_name: r.get(18)?,
        tax_rate: r.get(19)?,
    })
}

/// Every supplier, by code.
pub fn suppliers(conn: &Connection) -> Result<Vec<Supplier>> {
    let mut stmt = conn.prepare(&format!("{SUPPLIER} ORDER BY code"))?;
    Ok(stmt
        .query_map([], supplier_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// A supplier by code.
pub fn supplier(conn: &Connection, code: &str) -> Result<Option<Supplier>> {
    let mut stmt = conn.prepare_cached(&format!("{SUPPLIER} WHERE code = ?1"))?;
    Ok(stmt.query_row([code], supplier_row).optional()?)
}

/// Adds (id 0) or changes a supplier.
pub fn save_supplier(conn: &Connection, s: &Supplier) -> Result<i64> {
    let values = params![
        s.code,
        s.name,
        s.kana,
        s.registration_number,
        s.address,
        s.bank_code,
        s.branch_code,
        s.account_type,
        s.account_number,
        s.holder_kana,
        s.payment_terms,
        s.fee_bearer,
        s.covered,
        s.withholding.key(),
        s.expense_account_id,
        s.payable_account_id,
        s.bank_name,
        s.branch_name,
        s.tax_rate,
    ];
    if s.id == 0 {
        if supplier(conn, &s.code)?.is_some() {
            bail!("supplier '{}' already exists", s.code);
        }
        conn.execute(
            "INSERT INTO supplier (code, name, kana, registration_number, address, bank_code,
                branch_code, account_type, account_number, holder_kana, payment_terms, fee_bearer,
                covered, withholding, expense_account_id, payable_account_id, bank_name, branch_name,
                tax_rate)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                ?19)",
            values,
        )?;
        return Ok(conn.last_insert_rowid());
    }
    conn.execute(
        "UPDATE supplier SET code = ?1, name = ?2, kana = ?3, registration_number = ?4,
            address = ?5, bank_code = ?6, branch_code = ?7, account_type = ?8, account_number = ?9,
            holder_kana = ?10, payment_terms = ?11, fee_bearer = ?12, covered = ?13,
            withholding = ?14, expense_account_id = ?15, payable_account_id = ?16,
            bank_name = ?17, branch_name = ?18, tax_rate = ?19
         WHERE id = ?20",
        rusqlite::params_from_iter(
            values
                .iter()
                .copied()
                .chain(std::iter::once(&s.id as &dyn rusqlite::ToSql)),
        ),
    )?;
    Ok(s.id)
}

/// The 経過措置 percent for a bill date (0 outside every period).
pub fn transition_percent(conn: &Connection, date: NaiveDate) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "SELECT percent FROM input_tax_transition WHERE valid_from <= ?1 AND valid_to >= ?1",
        )?
        .query_row([date], |r| r.get(0))
        .optional()?
        .unwrap_or(0))
}

/// The 経過措置 table: (from, to, percent), by date.
pub fn transition_table(conn: &Connection) -> Result<Vec<(NaiveDate, NaiveDate, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT valid_from, valid_to, percent FROM input_tax_transition ORDER BY valid_from",
    )?;
    Ok(stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Replaces the 経過措置 table.
pub fn replace_transition_table(
    conn: &Connection,
    rows: &[(NaiveDate, NaiveDate, i64)],
) -> Result<()> {
    conn.execute("DELETE FROM input_tax_transition", [])?;
    let mut stmt = conn.prepare(
        "INSERT INTO input_tax_transition (valid_from, valid_to, percent) VALUES (?1, ?2, ?3)",
    )?;
    for (from, to, percent) in rows {
        stmt.execute(params![from, to, percent])?;
    }
    Ok(())
}

/// An open bill of a supplier with this number, if any.
pub fn open_bill_numbered(
    conn: &Connection,
    supplier_id: i64,
    number: &str,
) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM bill WHERE supplier_id = ?1 AND number = ?2 AND status = 'open'",
        )?
        .query_row(params![supplier_id, number], |r| r.get(0))
        .optional()?)
}

/// Stores a bill with its lines (name, amount, rate, account id) and rates.
pub fn insert_bill(
    conn: &Connection,
    b: &NewBillRow,
    lines: &[(String, i64, u32, i64)],
    rates: &[BillRate],
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO bill (supplier_id, number, date, received, due, tax_included, credit_class,
            credit_percent, subtotal, tax, total, withholding, status, entry_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 'open', ?13, ?14)",
    )?
    .execute(params![
        b.supplier_id,
        b.number,
        b.dates.0,
        b.dates.1,
        b.dates.2,
        b.tax_included,
        b.credit.0.key(),
        b.credit.1,
        b.amounts.0,
        b.amounts.1,
        b.amounts.2,
        b.amounts.3,
        b.entry_id,
        b.at
    ])?;
    let id = conn.last_insert_rowid();
    let mut line = conn.prepare_cached(
        "INSERT INTO bill_line (bill_id, line_no, name, amount, rate, account_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (no, (name, amount, rate, account)) in lines.iter().enumerate() {
        line.execute(params![id, no as i64 + 1, name, amount, rate, account])?;
    }
    let mut rate = conn.prepare_cached(
        "INSERT INTO bill_rate (bill_id, rate, base, tax, creditable) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for r in rates {
        rate.execute(params![id, r.rate, r.base, r.tax, r.creditable])?;
    }
    Ok(id)
}

const BILL: &str = "SELECT b.id, s.code, s.name, b.number, b.date, b.received, b.due,
        b.credit_class, b.credit_percent, b.subtotal, b.tax, b.total, b.withholding, b.status,
        b.entry_id, COALESCE(p.paid, 0), COALESCE(p.withheld, 0)
    FROM bill b JOIN supplier s ON s.id = b.supplier_id
    LEFT JOIN (SELECT bill_id, SUM(amount) AS paid, SUM(withheld) AS withheld FROM bill_payment
                WHERE reversed_on IS NULL GROUP BY bill_id) p ON p.bill_id = b.id";

fn bill_row(r: &Row) -> rusqlite::Result<Bill> {
    let class: String = r.get(7)?;
    Ok(Bill {
        id: r.get(0)?,
        supplier: r.get(1)?,
        supplier_name: r.get(2)?,
        number: r.get(3)?,
        date: r.get(4)?,
        received: r.get(5)?,
        due: r.get(6)?,
        credit_class: CreditClass::parse(&class).unwrap_or(CreditClass::Transition),
        credit_percent: r.get(8)?,
        subtotal: r.get(9)?,
        tax: r.get(10)?,
        total: r.get(11)?,
        withholding: r.get(12)?,
        status: r.get(13)?,
        entry_id: r.get(14)?,
        paid: r.get(15)?,
        withheld_paid: r.get(16)?,
    })
}

/// Bills of a supplier (or all) dated in a range, by date.
pub fn bills(
    conn: &Connection,
    supplier_id: Option<i64>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Bill>> {
    let mut stmt = conn.prepare(&format!(
        "{BILL} WHERE (?1 IS NULL OR b.supplier_id = ?1) AND b.date BETWEEN ?2 AND ?3
         ORDER BY b.date, b.id"
    ))?;
    Ok(stmt
        .query_map(params![supplier_id, from, to], bill_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// Open bills not paid in full, due on or before a day, by due date.
pub fn open_due_by(conn: &Connection, through: NaiveDate) -> Result<Vec<Bill>> {
    let mut stmt = conn.prepare(&format!(
        "{BILL} WHERE b.status = 'open' AND b.due <= ?1
            AND b.total - b.withholding > COALESCE(p.paid, 0) ORDER BY b.due, b.id"
    ))?;
    Ok(stmt
        .query_map([through], bill_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// One bill by id.
pub fn bill(conn: &Connection, id: i64) -> Result<Option<Bill>> {
    let mut stmt = conn.prepare_cached(&format!("{BILL} WHERE b.id = ?1"))?;
    Ok(stmt.query_row([id], bill_row).optional()?)
}

/// A bill's rates.
pub fn bill_rates(conn: &Connection, id: i64) -> Result<Vec<BillRate>> {
    let mut stmt = conn.prepare_cached(
        "SELECT rate, base, tax, creditable FROM bill_rate WHERE bill_id = ?1 ORDER BY rate DESC",
    )?;
    Ok(stmt
        .query_map([id], |r| {
            Ok(BillRate {
                rate: r.get(0)?,
                base: r.get(1)?,
                tax: r.get(2)?,
                creditable: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// Marks a bill void with its reversal.
pub fn void_bill(
    conn: &Connection,
    id: i64,
    date: NaiveDate,
    entry: i64,
    reason: &str,
) -> Result<()> {
    conn.execute(
        "UPDATE bill SET status = 'void', void_date = ?2, void_entry_id = ?3, void_reason = ?4
         WHERE id = ?1",
        params![id, date, entry, reason],
    )?;
    Ok(())
}

const RUN: &str = "SELECT id, date, due_through, status, account_id, entry_id, fee_entry_id
    FROM payment_run";

fn run_row(r: &Row) -> rusqlite::Result<PaymentRun> {
    Ok(PaymentRun {
        id: r.get(0)?,
        date: r.get(1)?,
        due_through: r.get(2)?,
        status: r.get(3)?,
        account_id: r.get(4)?,
        entry_id: r.get(5)?,
        fee_entry_id: r.get(6)?,
    })
}

/// A run by number.
pub fn run(conn: &Connection, id: i64) -> Result<Option<PaymentRun>> {
    let mut stmt = conn.prepare_cached(&format!("{RUN} WHERE id = ?1"))?;
    Ok(stmt.query_row([id], run_row).optional()?)
}

/// The draft run, if there is one.
pub fn draft_run(conn: &Connection) -> Result<Option<PaymentRun>> {
    let mut stmt = conn.prepare(&format!("{RUN} WHERE status = 'draft'"))?;
    Ok(stmt.query_row([], run_row).optional()?)
}

/// Every run, newest first.
pub fn runs(conn: &Connection) -> Result<Vec<PaymentRun>> {
    let mut stmt = conn.prepare(&format!("{RUN} ORDER BY id DESC"))?;
    Ok(stmt
        .query_map([], run_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// Drops a draft with its lines (a draft has posted nothing).
pub fn delete_draft(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM payment_run_line WHERE run_id = ?1", [id])?;
    conn.execute("DELETE FROM payment_run_transfer WHERE run_id = ?1", [id])?;
    conn.execute(
        "DELETE FROM payment_run WHERE id = ?1 AND status = 'draft'",
        [id],
    )?;
    Ok(())
}

/// Stores a draft run with its lines and transfers.
pub fn insert_run(
    conn: &Connection,
    run: &PaymentRun,
    lines: &[RunLine],
    transfers: &[RunTransfer],
    at: &str,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO payment_run (date, due_through, status, account_id, created_at)
         VALUES (?1, ?2, 'draft', ?3, ?4)",
        params![run.date, run.due_through, run.account_id, at],
    )?;
    let id = conn.last_insert_rowid();
    let mut line = conn.prepare_cached(
        "INSERT INTO payment_run_line (run_id, bill_id, amount, withheld) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for l in lines {
        line.execute(params![id, l.bill_id, l.amount, l.withheld])?;
    }
    let mut transfer = conn.prepare_cached(
        "INSERT INTO payment_run_transfer (run_id, supplier_id, amount, deducted, bank_fee, edi)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for t in transfers {
        transfer.execute(params![
            id,
            t.supplier_id,
            t.amount,
            t.deducted,
            t.bank_fee,
            t.edi
        ])?;
    }
    Ok(id)
}

/// A run's lines, by supplier and due date.
pub fn run_lines(conn: &Connection, id: i64) -> Result<Vec<RunLine>> {
    let mut stmt = conn.prepare_cached(
        "SELECT l.bill_id, s.code, b.number, b.due, l.amount, l.withheld
           FROM payment_run_line l JOIN bill b ON b.id = l.bill_id
           JOIN supplier s ON s.id = b.supplier_id
          WHERE l.run_id = ?1 ORDER BY s.code, b.due, b.id",
    )?;
    Ok(stmt
        .query_map([id], |r| {
            Ok(RunLine {
                bill_id: r.get(0)?,
                supplier: r.get(1)?,
                number: r.get(2)?,
                due: r.get(3)?,
                amount: r.get(4)?,
                withheld: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// A run's transfers, by supplier code.
pub fn run_transfers(conn: &Connection, id: i64) -> Result<Vec<RunTransfer>> {
    let mut stmt = conn.prepare_cached(
        "SELECT t.supplier_id, s.code, s.name, t.amount, t.deducted, t.bank_fee, t.edi
           FROM payment_run_transfer t JOIN supplier s ON s.id = t.supplier_id
          WHERE t.run_id = ?1 ORDER BY s.code",
    )?;
    Ok(stmt
        .query_map([id], |r| {
            Ok(RunTransfer {
                supplier_id: r.get(0)?,
                supplier: r.get(1)?,
                name: r.get(2)?,
                amount: r.get(3)?,
                deducted: r.get(4)?,
                bank_fee: r.get(5)?,
                edi: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// Marks a draft confirmed with its entries.
pub fn confirm_run(
    conn: &Connection,
    id: i64,
    entry: i64,
    fee_entry: Option<i64>,
    at: &str,
) -> Result<()> {
    conn.execute(
        "UPDATE payment_run SET status = 'confirmed', entry_id = ?2, fee_entry_id = ?3,
                confirmed_at = ?4 WHERE id = ?1 AND status = 'draft'",
        params![id, entry, fee_entry, at],
    )?;
    Ok(())
}

/// Records a payment of a bill.
pub fn insert_payment(conn: &Connection, p: &NewBillPayment) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO bill_payment (bill_id, date, amount, withheld, run_id, entry_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        p.bill_id, p.date, p.amount, p.withheld, p.run_id, p.entry_id
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Withholding made due by payments in a date range, per class: (class, payees, paid gross,
/// withheld). The gross is what the payments settled plus what they withheld.
pub fn withheld_between(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<(String, i64, i64, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT s.withholding, COUNT(DISTINCT s.id), SUM(p.amount + p.withheld), SUM(p.withheld)
           FROM bill_payment p JOIN bill b ON b.id = p.bill_id
           JOIN supplier s ON s.id = b.supplier_id
          WHERE p.reversed_on IS NULL AND p.date BETWEEN ?1 AND ?2 AND p.withheld > 0
          GROUP BY s.withholding ORDER BY s.withholding",
    )?;
    Ok(stmt
        .query_map(params![from, to], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// Per payee with withholding, what the payments of a date range paid: (supplier id, paid
/// gross before withholding, withheld), by supplier code.
pub fn paid_to_payees(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<(i64, i64, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT s.id, SUM(p.amount + p.withheld), SUM(p.withheld)
           FROM bill_payment p JOIN bill b ON b.id = p.bill_id
           JOIN supplier s ON s.id = b.supplier_id
          WHERE p.reversed_on IS NULL AND p.date BETWEEN ?1 AND ?2 AND s.withholding != 'none'
          GROUP BY s.id ORDER BY s.code",
    )?;
    Ok(stmt
        .query_map(params![from, to], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Per bill, what live payments dated after a day settled: (bill id, amount, withheld).
pub fn paid_after(conn: &Connection, day: NaiveDate) -> Result<Vec<(i64, i64, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT bill_id, SUM(amount), SUM(withheld) FROM bill_payment
          WHERE reversed_on IS NULL AND date > ?1 GROUP BY bill_id",
    )?;
    Ok(stmt
        .query_map([day], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Links an archived document to a bill.
pub fn link_document(conn: &Connection, bill_id: i64, document_id: i64) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO bill_document (bill_id, document_id) VALUES (?1, ?2)",
        params![bill_id, document_id],
    )?;
    Ok(())
}

/// The documents linked to a bill.
pub fn bill_documents(conn: &Connection, bill_id: i64) -> Result<Vec<i64>> {
    let mut stmt =
        conn.prepare("SELECT document_id FROM bill_document WHERE bill_id = ?1 ORDER BY 1")?;
    Ok(stmt
        .query_map([bill_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// A bill's payments: (id, date, amount, withheld, run, entry, reversed on).
pub fn payments_of(conn: &Connection, bill_id: i64) -> Result<Vec<PaymentRow>> {
    let mut stmt = conn.prepare(
        "SELECT id, bill_id, date, amount, withheld, run_id, entry_id, reversed_on
           FROM bill_payment WHERE bill_id = ?1 ORDER BY date, id",
    )?;
    Ok(stmt
        .query_map([bill_id], payment_row)?
        .collect::<rusqlite::Result<_>>()?)
}

fn payment_row(r: &Row) -> rusqlite::Result<PaymentRow> {
    Ok(PaymentRow {
        id: r.get(0)?,
        bill_id: r.get(1)?,
        date: r.get(2)?,
        amount: r.get(3)?,
        withheld: r.get(4)?,
        run_id: r.get(5)?,
        entry_id: r.get(6)?,
        reversed_on: r.get(7)?,
    })
}

/// A payment by id.
pub fn payment(conn: &Connection, id: i64) -> Result<Option<PaymentRow>> {
    Ok(conn
        .query_row(
            "SELECT id, bill_id, date, amount, withheld, run_id, entry_id, reversed_on
               FROM bill_payment WHERE id = ?1",
            [id],
            payment_row,
        )
        .optional()?)
}

/// Marks live payments reversed — one (`payment`) or all of a run's.
pub fn mark_reversed(
    conn: &Connection,
    payment: Option<i64>,
    run: Option<i64>,
    date: NaiveDate,
    entry: i64,
) -> Result<()> {
    conn.execute(
        "UPDATE bill_payment SET reversed_on = ?3, reversal_entry_id = ?4
          WHERE reversed_on IS NULL AND (id = ?1 OR run_id = ?2)",
        params![payment, run, date, entry],
    )?;
    Ok(())
}

/// Marks a confirmed run reversed (cancelled; its entries stay, reversed).
pub fn cancel_run(conn: &Connection, id: i64) -> Result<()> {
    conn.execute(
        "UPDATE payment_run SET status = 'cancelled' WHERE id = ?1 AND status = 'confirmed'",
        [id],
    )?;
    Ok(())
}
