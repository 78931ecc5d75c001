//! What the bank area needs from invoicing to match deposits: the open invoices with every name
//! a customer's transfer may carry (name, kana, payer aliases), recording a payment received,
//! reversing one when a match is undone, and learning a payer alias.

use std::collections::HashMap;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::issue::{Books, PaymentOutcome};
use super::store;
use crate::jp::payer_name::canonical;
use crate::kernel::text::{NAME_MAX_CHARS, check_length};

/// An open invoice as a deposit sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Receivable {
    /// Invoice id.
    pub id: i64,
    /// Invoice number.
    pub number: String,
    /// Customer id.
    pub customer_id: i64,
    /// Customer code.
    pub customer_code: String,
    /// Customer name.
    pub customer_name: String,
    /// Canonical payer names: the name, the kana, the aliases.
    pub payer_names: Vec<String>,
    /// Invoice date.
    pub date: NaiveDate,
    /// Due date.
    pub due_date: Option<NaiveDate>,
    /// Still open.
    pub open: i64,
}

/// Every issued invoice still open on a day, oldest first per customer.
pub fn open_receivables(conn: &Connection, as_of: NaiveDate) -> Result<Vec<Receivable>> {
    let customers: HashMap<i64, super::Customer> = store::list_customers(conn)?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let mut aliases: HashMap<i64, Vec<String>> = HashMap::new();
    for (customer, canonical_alias, _, _) in store::aliases(conn, None)? {
        aliases.entry(customer).or_default().push(canonical_alias);
    }
    // A customer's payer names are folded once, not once per open invoice (NFKC and kana
    // folding were a tenth of `bank match` over 10,000 invoices).
    let mut payer_names: HashMap<i64, Vec<String>> = HashMap::new();
    let mut out = Vec::new();
    for row in store::open_invoices(conn, as_of)? {
        let Some(c) = customers.get(&row.customer_id) else {
            continue;
        };
        let names = payer_names
            .entry(c.id)
            .or_insert_with(|| {
                let mut names = vec![canonical(&c.addressee.name)];
                names.extend(c.kana.as_deref().map(canonical));
                names.extend(aliases.get(&c.id).into_iter().flatten().cloned());
                names.retain(|n| !n.is_empty());
                names.dedup();
                names
            })
            .clone();
        out.push(Receivable {
            id: row.id,
            number: row.number,
            customer_id: c.id,
            customer_code: c.code.clone(),
            customer_name: c.addressee.name.clone(),
            payer_names: names,
            date: row.date,
            due_date: row.due_date,
            open: row.open,
        });
    }
    Ok(out)
}

/// Records payments received, reading the books' settings once for many payments.
pub struct Payments {
    books: Books,
}

impl Payments {
    /// Reads the settings, chart and company.
    pub fn new(conn: &Connection) -> Result<Payments> {
        Ok(Payments {
            books: Books::load(conn)?,
        })
    }

    /// Records a payment of `amount` (the payer deducted `fee`) into a ledger account (see
    /// [`super::issue::pay`]).
    pub fn record(
        &self,
        conn: &Connection,
        number: &str,
        date: NaiveDate,
        amount: i64,
        fee: i64,
        ledger_account: &str,
    ) -> Result<PaymentOutcome> {
        super::issue::pay(
            conn,
            &self.books,
            number,
            date,
            amount,
            fee,
            Some(ledger_account),
        )
    }
}

/// Reverses a recorded payment on a date: its entry mirrored, the payment marked reversed (the
/// invoice is open again). Returns the reversal entry.
pub fn reverse_payment(conn: &Connection, payment_id: i64, date: NaiveDate) -> Result<i64> {
    let Some((_, paid_on, entry, reversed)) = store::payment(conn, payment_id)? else {
        bail!("there is no payment {payment_id}");
    };
    if reversed {
        bail!("payment {payment_id} is already reversed");
    }
    let currency = crate::company::Company::load(conn)?.currency;
    let on = date.max(paid_on);
    let reversal =
        crate::ledger::ops::reverse(conn, entry, on, |m| format!("取消 {m}"), &currency)?;
    store::mark_payment_reversed(conn, payment_id, on, reversal)?;
    Ok(reversal)
}

/// Adds a payer alias to a customer (as a transfer writes the name). Returns false when the
/// customer already had it.
pub fn add_alias(conn: &Connection, customer_id: i64, alias: &str, learned: bool) -> Result<bool> {
    let alias = alias.trim();
    check_length("alias", alias, NAME_MAX_CHARS)?;
    let key = canonical(alias);
    if key.is_empty() {
        bail!(
            "the alias '{alias}' has nothing left to compare once 振込 and the legal form are taken off"
        );
    }
    store::insert_alias(conn, customer_id, &key, alias, learned)
}

/// Removes a payer alias (matched by its canonical form).
pub fn remove_alias(conn: &Connection, customer_id: i64, alias: &str) -> Result<bool> {
    store::delete_alias(conn, customer_id, &canonical(alias))
}

/// A customer's aliases: (alias as written, learned from a match).
pub fn aliases_of(conn: &Connection, customer_id: i64) -> Result<Vec<(String, bool)>> {
    Ok(store::aliases(conn, Some(customer_id))?
        .into_iter()
        .map(|(_, _, alias, learned)| (alias, learned))
        .collect())
}
