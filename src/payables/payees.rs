//! Transfers other areas schedule into the next payment run: an expense claim repaid by 総合振込
//! goes out in the same bank file as the suppliers' bills. The area that schedules one keeps
//! what it is for; payables keeps where the money goes and whether the run paid it. A run built
//! takes every pending transfer; confirming it posts Dr the transfer's account / Cr the bank;
//! dropping the draft or reversing the run makes the transfer pending again.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::payees_store as store;
use crate::jp::zengin_transfer::Account;

/// A transfer to schedule.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduledPayee {
    /// What it is for, unique ("expense:12").
    pub source: String,
    /// Shown on the run and in the entry ("経費精算 #12 山田 太郎").
    pub label: String,
    /// Where it goes.
    pub account: Account,
    /// The payee's kana name for the bank file.
    pub name_kana: String,
    /// How much.
    pub amount: i64,
    /// The account it settles (Dr on confirmation: 未払金 owed to the employee).
    pub account_id: i64,
    /// EDI情報 (the claim's number).
    pub edi: String,
}

/// A scheduled transfer as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Payee {
    /// Row id.
    pub id: i64,
    /// What was scheduled.
    pub scheduled: ScheduledPayee,
    /// The bank's fee for it (known once in a run).
    pub bank_fee: i64,
    /// The run it is in.
    pub run_id: Option<i64>,
}

/// Where a scheduled transfer stands.
#[derive(Debug, Clone, PartialEq)]
pub enum PayeeStatus {
    /// Waiting for the next `payables run`.
    Pending,
    /// In a draft run.
    InDraft(i64),
    /// Paid by a confirmed run on its date, posted in its entry.
    Paid {
        /// The run.
        run: i64,
        /// Its date.
        date: NaiveDate,
    },
}

/// Schedules a transfer for the next payment run. One per source.
pub fn schedule(tx: &Connection, p: &ScheduledPayee) -> Result<i64> {
    if p.amount <= 0 {
        bail!("{}: nothing to transfer", p.label);
    }
    if store::by_source(tx, &p.source)?.is_some() {
        bail!("{} is already scheduled for a payment run", p.label);
    }
    store::insert(tx, p)
}

/// Where the transfer of a source stands, if one was scheduled.
pub fn status(conn: &Connection, source: &str) -> Result<Option<PayeeStatus>> {
    let Some(p) = store::by_source(conn, source)? else {
        return Ok(None);
    };
    let Some(run_id) = p.run_id else {
        return Ok(Some(PayeeStatus::Pending));
    };
    let run = super::runs::view(conn, run_id)?.run;
    Ok(Some(match run.status.as_str() {
        "confirmed" => PayeeStatus::Paid {
            run: run_id,
            date: run.date,
        },
        _ => PayeeStatus::InDraft(run_id),
    }))
}

/// Takes back a pending transfer; one in a draft run waits for the draft to be dropped or built
/// again, one a confirmed run paid stays.
pub fn unschedule(tx: &Connection, source: &str) -> Result<()> {
    match status(tx, source)? {
        Some(PayeeStatus::Pending) => store::delete_pending(tx, source),
        Some(PayeeStatus::InDraft(run)) => Err(crate::kernel::error::hinted(
            format!("it is in the draft payment run {run}"),
            format!("`bko payables cancel --run {run}` first (or build the run again after)"),
        )),
        Some(PayeeStatus::Paid { run, date }) => bail!("payment run {run} paid it on {date}"),
        None => Ok(()),
    }
}

/// Puts every pending transfer into a new draft run, with the bank's fee of each.
pub(super) fn take_pending(
    tx: &Connection,
    run_id: i64,
    fee: impl Fn(i64) -> i64,
) -> Result<Vec<Payee>> {
    for p in store::pending(tx)? {
        store::assign(tx, p.id, run_id, fee(p.scheduled.amount))?;
    }
    store::of_run(tx, run_id)
}

/// Whether transfers wait for a run.
pub(super) fn any_pending(tx: &Connection) -> Result<bool> {
    Ok(!store::pending(tx)?.is_empty())
}

/// The transfers of a run.
pub(super) fn of_run(conn: &Connection, run_id: i64) -> Result<Vec<Payee>> {
    store::of_run(conn, run_id)
}

/// Makes a run's transfers pending again (the draft dropped, the run reversed).
pub(super) fn release(tx: &Connection, run_id: i64) -> Result<()> {
    store::release(tx, run_id)
}
