//! The ledger's operations and reads for the commands: each takes the connection (or the
//! transaction) and typed input and returns the outcome; `cli/` parses, calls one of these (or
//! `post`, the import) and renders. The commands never reach the store.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::{Account, JournalFilter, JournalRow, store};
use crate::kernel::money::Currency;

/// The accounts in use (or every one, archived too), by code.
pub fn accounts(conn: &Connection, include_archived: bool) -> Result<Vec<Account>> {
    store::list_accounts(conn, include_archived)
}

/// Renames an account (Japanese and/or English name).
pub fn rename_account(
    tx: &Connection,
    id: i64,
    name: Option<&str>,
    name_en: Option<&str>,
) -> Result<()> {
    store::rename_account(tx, id, name, name_en)
}

/// Archives an account (no new lines on it); returns the balance it still carries.
pub fn archive_account(tx: &Connection, account: &Account) -> Result<i64> {
    if account.archived {
        bail!(
            "account {} {} is already archived",
            account.code,
            account.name
        );
    }
    store::archive_account(tx, account.id)?;
    store::account_balance(tx, account.id)
}

/// Calls `each` for every journal line matching the filter, streaming.
pub fn journal(
    conn: &Connection,
    filter: &JournalFilter,
    each: impl FnMut(JournalRow) -> Result<()>,
) -> Result<()> {
    store::for_each_journal_row(conn, filter, each)
}

/// One account's opening balance (from `since`, else from the start) and its lines in a period.
pub fn account_lines(
    conn: &Connection,
    account_id: i64,
    since: Option<NaiveDate>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<(i64, Vec<store::AccountLedgerRow>)> {
    let opening = store::balance_before(conn, account_id, since, from)?;
    Ok((opening, store::account_lines(conn, account_id, from, to)?))
}

/// An account's balance at the end of a day, debit-positive.
pub fn balance_at(conn: &Connection, account_id: i64, as_of: NaiveDate) -> Result<i64> {
    let next = as_of.succ_opt().unwrap_or(as_of);
    store::balance_before(conn, account_id, None, next)
}

/// Entries on an account in a period that a reversal cancels (the reversal and the original).
pub fn reversal_pairs(
    conn: &Connection,
    account_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<i64>> {
    store::reversal_pairs(conn, account_id, from, to)
}

/// The highest entry id so far (what an import adds comes after it).
pub fn last_entry_id(conn: &Connection) -> Result<i64> {
    store::max_entry_id(conn)
}

/// Posts the mirror of a posted entry on `date` (not before the entry); an entry is reversed
/// once. `memo` receives the original memo. Returns (new entry id, original id).
pub fn reverse(
    tx: &Connection,
    entry: i64,
    date: NaiveDate,
    memo: impl FnOnce(&str) -> String,
    currency: &Currency,
) -> Result<i64> {
    let Some(original) = store::entry_by_id(tx, entry)? else {
        bail!("there is no entry {entry}");
    };
    if let Some(by) = store::reversed_by(tx, original.id)? {
        bail!("entry {} was already reversed by entry {by}", original.id);
    }
    if date < original.date {
        bail!(
            "a reversal cannot be dated ({date}) before the entry it reverses ({})",
            original.date
        );
    }
    let mirror = super::reversal_of(
        &original,
        date,
        memo(&original.memo),
        Some(format!("reverses:{}", original.id)),
    );
    super::post(tx, &mirror, currency)
}

/// Locks the books through a date; moving an existing lock back is refused (that is
/// [`unlock`]). Returns the lock before.
pub fn lock(tx: &Connection, through: NaiveDate) -> Result<Option<NaiveDate>> {
    let current = store::lock_through(tx)?;
    if let Some(current) = current
        && current > through
    {
        return Err(crate::kernel::error::hinted(
            format!("the books are already locked through {current}, later than {through}"),
            format!("to move the lock back use `bko ledger unlock --to {through} --force`"),
        ));
    }
    store::set_lock(tx, Some(through))?;
    Ok(current)
}

/// Moves the lock back to an earlier date, or removes it; returns the lock before.
pub fn unlock(tx: &Connection, target: Option<NaiveDate>) -> Result<NaiveDate> {
    let Some(current) = store::lock_through(tx)? else {
        bail!("the books are not locked");
    };
    if let Some(t) = target
        && t >= current
    {
        bail!(
            "the books are locked through {current}; unlock moves the lock back to an earlier date"
        );
    }
    store::set_lock(tx, target)?;
    Ok(current)
}
