//! Every SQL statement of the invoice area: customers, catalogue items, invoices with their
//! lines and per-rate totals, payments and the numbering counters.

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use super::{
    Addressee, CatalogItem, Customer, DocumentKind, DocumentStatus, Honorific, Invoice, LineInput,
    ListFilter, ListRow, Movement, NewDocument, OpenInvoiceRow, Parties, RateTotal, Settlement,
    TaxPricing,
};

impl ToSql for DocumentKind {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(self.key().into())
    }
}

impl FromSql for DocumentKind {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        DocumentKind::parse(value.as_str()?).map_err(|e| FromSqlError::Other(e.into()))
    }
}

impl ToSql for DocumentStatus {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(self.key().into())
    }
}

impl FromSql for DocumentStatus {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        DocumentStatus::parse(value.as_str()?).map_err(|e| FromSqlError::Other(e.into()))
    }
}

const CUSTOMER_COLUMNS: &str = "id, code, name, honorific, department, contact, postal_code, address, email, registration_number, payment_terms, tax_pricing, kana, peppol_id";

fn customer_from_row(r: &Row) -> rusqlite::Result<Customer> {
    let honorific: String = r.get(3)?;
    let pricing: String = r.get(11)?;
    Ok(Customer {
        id: r.get(0)?,
        code: r.get(1)?,
        addressee: Addressee {
            name: r.get(2)?,
            honorific: Honorific::parse(&honorific).ok(),
            department: r.get(4)?,
            contact: r.get(5)?,
            postal_code: r.get(6)?,
            address: r.get(7)?,
        },
        email: r.get(8)?,
        registration_number: r.get(9)?,
        payment_terms: r.get(10)?,
        tax_pricing: TaxPricing::parse(&pricing).unwrap_or(TaxPricing::Exclusive),
        kana: r.get(12)?,
        peppol_id: r.get(13)?,
    })
}

/// Adds a customer; a taken code is an error.
pub fn insert_customer(conn: &Connection, c: &Customer) -> Result<i64> {
    if customer_by_code(conn, &c.code)?.is_some() {
        bail!("customer '{}' already exists", c.code);
    }
    let a = &c.addressee;
    conn.prepare_cached(&format!("INSERT INTO customer ({CUSTOMER_COLUMNS}) VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"))?.execute(params![
            c.code,
            a.name,
            a.honorific.unwrap_or(Honorific::Onchu).as_str(),
            a.department,
            a.contact,
            a.postal_code,
            a.address,
            c.email,
            c.registration_number,
            c.payment_terms,
            c.tax_pricing.key(),
            c.kana,
            c.peppol_id
        ])?;
    Ok(conn.last_insert_rowid())
}

/// Replaces a customer's fields (by id).
pub fn update_customer(conn: &Connection, c: &Customer) -> Result<()> {
    let a = &c.addressee;
    conn.prepare_cached("UPDATE customer SET name = ?2, honorific = ?3, department = ?4, contact = ?5, postal_code = ?6,
         address = ?7, email = ?8, registration_number = ?9, payment_terms = ?10, tax_pricing = ?11,
         kana = ?12, peppol_id = ?13 WHERE id = ?1")?.execute(params![
            c.id,
            a.name,
            a.honorific.unwrap_or(Honorific::Onchu).as_str(),
            a.department,
            a.contact,
            a.postal_code,
            a.address,
            c.email,
            c.registration_number,
            c.payment_terms,
            c.tax_pricing.key(),
            c.kana,
            c.peppol_id
        ])?;
    Ok(())
}

/// A customer by code.
pub fn customer_by_code(conn: &Connection, code: &str) -> Result<Option<Customer>> {
    let sql = format!("SELECT {CUSTOMER_COLUMNS} FROM customer WHERE code = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([code], customer_from_row)
        .optional()?)
}

/// A customer by id.
pub fn customer_by_id(conn: &Connection, id: i64) -> Result<Customer> {
    let sql = format!("SELECT {CUSTOMER_COLUMNS} FROM customer WHERE id = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], customer_from_row)?)
}

/// Every customer by code.
pub fn list_customers(conn: &Connection) -> Result<Vec<Customer>> {
    let sql = format!("SELECT {CUSTOMER_COLUMNS} FROM customer ORDER BY code");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map([], customer_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Adds a catalogue item.
pub fn insert_item(conn: &Connection, item: &CatalogItem) -> Result<()> {
    if item_by_code(conn, &item.code)?.is_some() {
        bail!("item '{}' already exists", item.code);
    }
    conn.prepare_cached("INSERT INTO catalog_item (code, name, unit, unit_price, tax_rate) VALUES (?1, ?2, ?3, ?4, ?5)")?.execute(params![item.code, item.name, item.unit, item.unit_price.to_string(), item.tax_rate])?;
    Ok(())
}

fn item_from_row(r: &Row) -> rusqlite::Result<CatalogItem> {
    let price: String = r.get(3)?;
    Ok(CatalogItem {
        code: r.get(0)?,
        name: r.get(1)?,
        unit: r.get(2)?,
        unit_price: price.parse().unwrap_or_default(),
        tax_rate: r.get(4)?,
    })
}

/// A catalogue item by code.
pub fn item_by_code(conn: &Connection, code: &str) -> Result<Option<CatalogItem>> {
    Ok(conn
        .query_row(
            "SELECT code, name, unit, unit_price, tax_rate FROM catalog_item WHERE code = ?1",
            [code],
            item_from_row,
        )
        .optional()?)
}

/// Every catalogue item.
pub fn list_items(conn: &Connection) -> Result<Vec<CatalogItem>> {
    let mut stmt = conn
        .prepare("SELECT code, name, unit, unit_price, tax_rate FROM catalog_item ORDER BY code")?;
    let rows = stmt
        .query_map([], item_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

const INVOICE_COLUMNS: &str = "id, kind, number, status, customer_id, date, due_date, subject, note, tax_pricing, qualified, original_id, reason, subtotal, tax, total, entry_id, void_date, parties";

fn invoice_from_row(r: &Row) -> rusqlite::Result<Invoice> {
    let pricing: String = r.get(9)?;
    let parties: String = r.get(18)?;
    Ok(Invoice {
        id: r.get(0)?,
        kind: r.get(1)?,
        number: r.get(2)?,
        status: r.get(3)?,
        customer_id: r.get(4)?,
        date: r.get(5)?,
        due_date: r.get(6)?,
        subject: r.get(7)?,
        note: r.get(8)?,
        tax_pricing: TaxPricing::parse(&pricing).unwrap_or(TaxPricing::Exclusive),
        qualified: r.get(10)?,
        original_id: r.get(11)?,
        reason: r.get(12)?,
        subtotal: r.get(13)?,
        tax: r.get(14)?,
        total: r.get(15)?,
        entry_id: r.get(16)?,
        void_date: r.get(17)?,
        parties: serde_json::from_str(&parties).unwrap_or_default(),
        lines: Vec::new(),
        rates: Vec::new(),
    })
}

/// Stores a draft with its lines and per-rate totals; returns its id.
pub fn insert_draft(conn: &Connection, d: &NewDocument) -> Result<i64> {
    conn.prepare_cached("INSERT INTO invoice (kind, status, customer_id, date, due_date, subject, note, tax_pricing,
             qualified, original_id, reason, subtotal, tax, total)
         VALUES (?1, 'draft', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")?.execute(params![
            d.kind,
            d.customer_id,
            d.date,
            d.due_date,
            d.subject,
            d.note,
            d.tax_pricing.key(),
            d.qualified,
            d.original_id,
            d.reason,
            d.totals.0,
            d.totals.1,
            d.totals.2
        ])?;
    let id = conn.last_insert_rowid();
    let mut line_stmt = conn.prepare_cached(
        "INSERT INTO invoice_line (invoice_id, line_no, name, quantity, unit, unit_price, tax_rate, amount,
                                   out_of_scope)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for (i, (l, amount)) in d.lines.iter().enumerate() {
        line_stmt.execute(params![
            id,
            i as i64 + 1,
            l.name,
            super::plain_decimal(l.quantity),
            l.unit,
            super::plain_decimal(l.unit_price),
            l.rate,
            amount,
            l.out_of_scope
        ])?;
    }
    let mut rate_stmt = conn.prepare_cached(
        "INSERT INTO invoice_rate (invoice_id, rate, base, tax) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for r in d.rates {
        rate_stmt.execute(params![id, r.rate, r.base, r.tax])?;
    }
    Ok(id)
}

/// Turns a draft into an issued document with its number, ledger entry and parties snapshot.
pub fn mark_issued(
    conn: &Connection,
    id: i64,
    number: &str,
    entry_id: i64,
    parties: &Parties,
) -> Result<()> {
    let changed = conn
        .prepare_cached(
            "UPDATE invoice SET status = 'issued', number = ?2, entry_id = ?3, parties = ?4
         WHERE id = ?1 AND status = 'draft'",
        )?
        .execute(params![
            id,
            number,
            entry_id,
            serde_json::to_string(parties)?
        ])?;
    if changed != 1 {
        bail!("invoice {id} is not a draft");
    }
    Ok(())
}

/// Voids an issued document.
pub fn mark_void(
    conn: &Connection,
    id: i64,
    date: NaiveDate,
    entry_id: i64,
    reason: Option<&str>,
) -> Result<()> {
    conn.prepare_cached("UPDATE invoice SET status = 'void', void_date = ?2, void_entry_id = ?3, void_reason = ?4 WHERE id = ?1")?.execute(params![id, date, entry_id, reason])
    .context("voiding the invoice")?;
    Ok(())
}

/// Takes the next number of a series in a fiscal year (gapless: the counter moves inside the
/// issuing transaction, so a failed issue leaves no hole).
pub fn next_sequence(conn: &Connection, series: &str, fiscal_year: i32) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO invoice_counter (series, fiscal_year, last) VALUES (?1, ?2, 1)
         ON CONFLICT (series, fiscal_year) DO UPDATE SET last = last + 1",
    )?
    .execute(params![series, fiscal_year])?;
    Ok(conn
        .prepare_cached("SELECT last FROM invoice_counter WHERE series = ?1 AND fiscal_year = ?2")?
        .query_row(params![series, fiscal_year], |r| r.get(0))?)
}

fn load_details(conn: &Connection, mut inv: Invoice) -> Result<Invoice> {
    let mut stmt = conn.prepare_cached(
        "SELECT name, quantity, unit, unit_price, tax_rate, amount, out_of_scope FROM invoice_line
         WHERE invoice_id = ?1 ORDER BY line_no",
    )?;
    inv.lines = stmt
        .query_map([inv.id], |r| {
            let q: String = r.get(1)?;
            let p: String = r.get(3)?;
            Ok((
                LineInput {
                    name: r.get(0)?,
                    quantity: q.parse().unwrap_or_default(),
                    unit: r.get(2)?,
                    unit_price: p.parse().unwrap_or_default(),
                    rate: r.get(4)?,
                    out_of_scope: r.get(6)?,
                },
                r.get(5)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT rate, base, tax FROM invoice_rate WHERE invoice_id = ?1 ORDER BY rate DESC",
    )?;
    inv.rates = stmt
        .query_map([inv.id], |r| {
            Ok(RateTotal {
                rate: r.get(0)?,
                base: r.get(1)?,
                tax: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(inv)
}

/// A document by number, with its lines.
pub fn invoice_by_number(conn: &Connection, number: &str) -> Result<Option<Invoice>> {
    let sql = format!("SELECT {INVOICE_COLUMNS} FROM invoice WHERE number = ?1");
    match conn
        .prepare_cached(&sql)?
        .query_row([number], invoice_from_row)
        .optional()?
    {
        Some(inv) => Ok(Some(load_details(conn, inv)?)),
        None => Ok(None),
    }
}

/// A document by id, with its lines.
pub fn invoice_by_id(conn: &Connection, id: i64) -> Result<Option<Invoice>> {
    let sql = format!("SELECT {INVOICE_COLUMNS} FROM invoice WHERE id = ?1");
    match conn
        .prepare_cached(&sql)?
        .query_row([id], invoice_from_row)
        .optional()?
    {
        Some(inv) => Ok(Some(load_details(conn, inv)?)),
        None => Ok(None),
    }
}

/// The number of every document ever issued (issued or voided since), in issue order.
pub fn issued_numbers(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt =
        conn.prepare("SELECT number FROM invoice WHERE number IS NOT NULL ORDER BY id")?;
    let rows = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(rows)
}

/// What has settled an invoice through `as_of`: payments (amount + fee, less what was kept as
/// an advance) plus issued credit notes against it.
pub fn settled(conn: &Connection, invoice_id: i64, as_of: NaiveDate) -> Result<i64> {
    Ok(settlement(conn, invoice_id, as_of)?.total())
}

/// [`settled`] split into payments and credit notes.
pub fn settlement(conn: &Connection, invoice_id: i64, as_of: NaiveDate) -> Result<Settlement> {
    let mut stmt = conn.prepare_cached(
        "SELECT COALESCE((SELECT SUM(amount + fee - overpaid) FROM payment WHERE invoice_id = ?1 AND date <= ?2
                          AND (reversed_on IS NULL OR reversed_on > ?2)), 0),
                COALESCE((SELECT SUM(total) FROM invoice WHERE original_id = ?1 AND kind = 'credit_note'
                          AND status = 'issued' AND date <= ?2), 0)",
    )?;
    Ok(stmt.query_row(params![invoice_id, as_of], |r| {
        Ok(Settlement {
            paid: r.get(0)?,
            credited: r.get(1)?,
        })
    })?)
}

/// What issued credit notes have returned of an invoice, per tax rate: (rate, base, tax).
pub fn credited_by_rate(conn: &Connection, invoice_id: i64) -> Result<Vec<(u32, i64, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.rate, SUM(r.base), SUM(r.tax) FROM invoice cn JOIN invoice_rate r ON r.invoice_id = cn.id
         WHERE cn.original_id = ?1 AND cn.kind = 'credit_note' AND cn.status = 'issued'
         GROUP BY r.rate",
    )?;
    let rows = stmt
        .query_map(params![invoice_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Records a payment.
#[allow(clippy::too_many_arguments)]
pub fn insert_payment(
    conn: &Connection,
    invoice_id: i64,
    date: NaiveDate,
    amount: i64,
    fee: i64,
    overpaid: i64,
    account_id: i64,
    entry_id: i64,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO payment (invoice_id, date, amount, fee, overpaid, account_id, entry_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        invoice_id, date, amount, fee, overpaid, account_id, entry_id
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Number of payments of an invoice.
pub fn payment_count(conn: &Connection, invoice_id: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "SELECT COUNT(*) FROM payment WHERE invoice_id = ?1 AND reversed_on IS NULL",
        )?
        .query_row([invoice_id], |r| r.get(0))?)
}

/// Documents matching the filter, with settled amounts as of a date, in date and number order.
pub fn list_invoices(
    conn: &Connection,
    filter: &ListFilter,
    as_of: NaiveDate,
) -> Result<Vec<ListRow>> {
    let mut stmt = conn.prepare(
        "SELECT i.id, i.kind, i.number, i.status, c.code, c.name, i.date, i.due_date, i.subject, i.total,
                COALESCE((SELECT SUM(amount + fee - overpaid) FROM payment p WHERE p.invoice_id = i.id AND p.date <= ?5
                          AND (p.reversed_on IS NULL OR p.reversed_on > ?5)), 0),
                COALESCE((SELECT SUM(total) FROM invoice cn WHERE cn.original_id = i.id AND cn.kind = 'credit_note'
                          AND cn.status = 'issued' AND cn.date <= ?5), 0),
                i.void_date
         FROM invoice i JOIN customer c ON c.id = i.customer_id
         WHERE (?1 IS NULL OR i.customer_id = ?1) AND (?2 IS NULL OR i.date >= ?2)
           AND (?3 IS NULL OR i.date <= ?3) AND (?4 IS NULL OR i.kind = ?4)
         ORDER BY i.date, i.number, i.id",
    )?;
    let rows = stmt
        .query_map(
            params![
                filter.customer_id,
                filter.from,
                filter.to,
                filter.kind,
                as_of
            ],
            |r| {
                Ok(ListRow {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    number: r.get(2)?,
                    status: r.get(3)?,
                    customer: r.get(4)?,
                    customer_name: r.get(5)?,
                    date: r.get(6)?,
                    due_date: r.get(7)?,
                    subject: r.get(8)?,
                    total: r.get(9)?,
                    settled: Settlement {
                        paid: r.get(10)?,
                        credited: r.get(11)?,
                    },
                    void_date: r.get(12)?,
                })
            },
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// A customer's movements for a statement: (date, kind, number, debit, credit) from invoices,
/// credit notes, voids and payments, in date order.
pub fn customer_movements(conn: &Connection, customer_id: i64) -> Result<Vec<Movement>> {
    let mut stmt = conn.prepare(
        "SELECT date, 'invoice', number, total, 0 FROM invoice
           WHERE customer_id = ?1 AND kind = 'invoice' AND status <> 'draft'
         UNION ALL
         SELECT void_date, 'void', number, 0, total FROM invoice
           WHERE customer_id = ?1 AND kind = 'invoice' AND status = 'void'
         UNION ALL
         SELECT date, 'credit_note', number, 0, total FROM invoice
           WHERE customer_id = ?1 AND kind = 'credit_note' AND status = 'issued'
         UNION ALL
         SELECT p.date, 'payment', i.number, 0, p.amount + p.fee - p.overpaid FROM payment p
           JOIN invoice i ON i.id = p.invoice_id WHERE i.customer_id = ?1
         UNION ALL
         SELECT p.reversed_on, 'payment_reversed', i.number, p.amount + p.fee - p.overpaid, 0
           FROM payment p JOIN invoice i ON i.id = p.invoice_id
          WHERE i.customer_id = ?1 AND p.reversed_on IS NOT NULL
         ORDER BY 1, 3",
    )?;
    let rows = stmt
        .query_map([customer_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Documents dated in a range that keep a month from closing: drafts ("draft #ID of DATE") and
/// issued documents without their journal entry (numbers).
pub fn open_documents_between(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<(Vec<String>, Vec<String>)> {
    let mut stmt = conn.prepare(
        "SELECT id, date, number, status, entry_id FROM invoice WHERE date BETWEEN ?1 AND ?2
           AND (status = 'draft' OR (status = 'issued' AND entry_id IS NULL)) ORDER BY date, id",
    )?;
    let rows = stmt.query_map(params![from, to], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    let (mut drafts, mut unposted) = (Vec::new(), Vec::new());
    for row in rows {
        let (id, date, number, status) = row?;
        if status == "draft" {
            drafts.push(format!("draft #{id} of {date}"));
        } else {
            unposted.push(number.unwrap_or_else(|| format!("#{id}")));
        }
    }
    Ok((drafts, unposted))
}

/// A payment's invoice, date and entry, and whether it was reversed.
pub fn payment(conn: &Connection, id: i64) -> Result<Option<(i64, NaiveDate, i64, bool)>> {
    Ok(conn
        .query_row(
            "SELECT invoice_id, date, entry_id, reversed_on IS NOT NULL FROM payment WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?)
}

/// Marks a payment reversed on a date by an entry (the row itself stays).
pub fn mark_payment_reversed(conn: &Connection, id: i64, on: NaiveDate, entry: i64) -> Result<()> {
    conn.prepare_cached(
        "UPDATE payment SET reversed_on = ?2, reversal_entry_id = ?3 WHERE id = ?1",
    )?
    .execute(params![id, on, entry])?;
    Ok(())
}

/// Issued invoices with something still open as of a date, with their customer: (invoice id,
/// number, customer id, date, due date, total, settled).
pub fn open_invoices(conn: &Connection, as_of: NaiveDate) -> Result<Vec<OpenInvoiceRow>> {
    let mut stmt = conn.prepare(
        "SELECT i.id, i.number, i.customer_id, i.date, i.due_date, i.total,
                COALESCE((SELECT SUM(amount + fee - overpaid) FROM payment p WHERE p.invoice_id = i.id
                          AND p.date <= ?1 AND (p.reversed_on IS NULL OR p.reversed_on > ?1)), 0)
              + COALESCE((SELECT SUM(total) FROM invoice cn WHERE cn.original_id = i.id
                          AND cn.kind = 'credit_note' AND cn.status = 'issued' AND cn.date <= ?1), 0)
           FROM invoice i
          WHERE i.kind = 'invoice' AND i.status = 'issued' AND i.date <= ?1
          ORDER BY i.customer_id, i.date, i.id",
    )?;
    let rows = stmt
        .query_map([as_of], |r| {
            Ok(OpenInvoiceRow {
                id: r.get(0)?,
                number: r.get(1)?,
                customer_id: r.get(2)?,
                date: r.get(3)?,
                due_date: r.get(4)?,
                open: r.get::<_, i64>(5)? - r.get::<_, i64>(6)?,
            })
        })?
        .filter(|r| r.as_ref().map_or(true, |r| r.open > 0))
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The payer aliases of one customer, or of every one: (customer id, canonical alias, alias as
/// written, learned).
pub fn aliases(
    conn: &Connection,
    customer_id: Option<i64>,
) -> Result<Vec<(i64, String, String, bool)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT customer_id, canonical, alias, learned FROM customer_alias
          WHERE ?1 IS NULL OR customer_id = ?1 ORDER BY customer_id, alias",
    )?;
    Ok(stmt
        .query_map([customer_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// Adds a payer alias (an existing canonical form is kept); true when it was new.
pub fn insert_alias(
    conn: &Connection,
    customer_id: i64,
    canonical: &str,
    alias: &str,
    learned: bool,
) -> Result<bool> {
    Ok(conn.prepare_cached("INSERT INTO customer_alias (customer_id, canonical, alias, learned) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT DO NOTHING")?.execute(params![customer_id, canonical, alias, learned])? == 1)
}

/// Removes a payer alias by its canonical form; true when there was one.
pub fn delete_alias(conn: &Connection, customer_id: i64, canonical: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM customer_alias WHERE customer_id = ?1 AND canonical = ?2")?
        .execute(params![customer_id, canonical])?
        == 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kernel::migrate::in_memory;

    #[test]
    fn invoice_numbers_count_up_per_series_and_fiscal_year() {
        let conn = in_memory();
        assert_eq!(next_sequence(&conn, "INV", 2026).unwrap(), 1);
        assert_eq!(next_sequence(&conn, "INV", 2026).unwrap(), 2);
        assert_eq!(next_sequence(&conn, "CN", 2026).unwrap(), 1);
        assert_eq!(next_sequence(&conn, "INV", 2027).unwrap(), 1);
        assert!(issued_numbers(&conn).unwrap().is_empty());
        assert!(customer_by_code(&conn, "ABC").unwrap().is_none());
    }
}
