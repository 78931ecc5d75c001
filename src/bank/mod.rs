//! Bank, card and cash accounts: statements imported as the bank wrote them, each line matched
//! to what the books already know (open invoices, confirmed pay-outs), settled by a rule or by
//! hand, and the statement reconciled with the ledger (出納確認). Layout: `types.rs` the records,
//! `zengin.rs` and `profiles.rs` read files, `import.rs` stores them, `matching.rs` scores
//! proposals, `rules.rs` the ordered rules, `post.rs` the entries, `ops.rs` the operations the
//! commands call, `report.rs` the listings, SQL in the private `store.rs`.
//! Formats and matching facts: shared/bank-formats.md.

pub mod cli;
pub mod import;
mod line_spool;
pub mod matching;
pub mod open_book;
pub mod ops;
pub mod post;
pub mod profiles;
pub mod report;
pub mod rules;
pub mod settings;
pub mod settle;
mod store;
pub mod types;
pub mod zengin;
mod zengin_records;
pub mod zengin_writer;

pub use types::*;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use crate::kernel::error::hinted;
use profiles::Profile;

/// An account by code; an unknown code names the known ones.
pub fn account(conn: &Connection, code: &str) -> Result<BankAccount> {
    if let Some(a) = store::account_by_code(conn, code)? {
        return Ok(a);
    }
    let known: Vec<String> = store::accounts(conn)?.into_iter().map(|a| a.code).collect();
    Err(hinted(
        format!("unknown bank account '{code}'"),
        if known.is_empty() {
            "add one with `bko bank accounts add CODE --ledger-account 普通預金`".to_string()
        } else {
            format!("known: {}", known.join(", "))
        },
    ))
}

/// Every account, by code.
pub fn accounts(conn: &Connection) -> Result<Vec<BankAccount>> {
    store::accounts(conn)
}

/// A profile by name: the user's first, then the built-in ones.
pub fn profile(conn: &Connection, name: &str) -> Result<Profile> {
    if let Some(spec) = store::profile_spec(conn, name)? {
        return Ok(serde_json::from_str(&spec)?);
    }
    let all = all_profiles(conn)?;
    match all.iter().find(|p| p.name == name) {
        Some(p) => Ok(p.clone()),
        None => Err(hinted(
            format!("unknown statement profile '{name}'"),
            format!(
                "known: {}",
                all.iter()
                    .map(|p| p.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
}

/// The names of the user's own profiles.
pub fn user_profiles(conn: &Connection) -> Result<Vec<String>> {
    store::profile_specs(conn)?
        .iter()
        .map(|s| Ok(serde_json::from_str::<Profile>(s)?.name))
        .collect()
}

/// The user's profiles, then the built-in ones (a user profile of the same name wins).
pub fn all_profiles(conn: &Connection) -> Result<Vec<Profile>> {
    let mut all: Vec<Profile> = store::profile_specs(conn)?
        .iter()
        .map(|s| serde_json::from_str(s))
        .collect::<serde_json::Result<_>>()?;
    let built_in = profiles::built_in();
    let own: Vec<String> = all.iter().map(|p| p.name.clone()).collect();
    all.extend(built_in.into_iter().filter(|p| !own.contains(&p.name)));
    Ok(all)
}

/// Why a month cannot close for the bank: per account, a statement that stops before the month
/// end, lines left unmatched, or a statement balance that differs from the books.
pub fn month_end_problems(conn: &Connection, last_day: NaiveDate) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    for acc in store::accounts(conn)?
        .into_iter()
        .filter(|a| a.kind != AccountKind::Cash)
    {
        let r = ops::reconcile(conn, &acc.code, last_day)?;
        match r.covered_through {
            None => problems.push(format!("{}: no statement imported", acc.code)),
            Some(d) if d < last_day => {
                problems.push(format!("{}: the statement stops on {d}", acc.code))
            }
            Some(_) => {}
        }
        if !r.unmatched.is_empty() {
            problems.push(format!(
                "{}: {} lines unmatched",
                acc.code,
                r.unmatched.len()
            ));
        }
        if let Some(statement) = r.statement_balance
            && statement != r.ledger_balance
        {
            problems.push(format!(
                "{}: statement {statement} ≠ books {}",
                acc.code, r.ledger_balance
            ));
        }
    }
    Ok(problems)
}
