//! `bko bank import`: a statement file read by its layout (全銀 or a CSV profile, detected or
//! named), checked (trailer totals, running balance, the account it belongs to) and stored line
//! by line as the bank wrote it. Lines already stored — an overlapping download — are recognised
//! by their identity and skipped; two genuine identical lines in one file both stay.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Context, Result, anyhow, bail};
use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use super::profiles::{self, Profile};
use super::types::{BankAccount, ParsedLine, Statement};
use super::{store, zengin};
use crate::kernel::audit::hex;
use crate::kernel::error::hinted;

/// What one import did for one account.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The account's code.
    pub account: String,
    /// The layout that read the file.
    pub format: String,
    /// Lines stored.
    pub added: usize,
    /// Lines already stored before (skipped).
    pub known: usize,
    /// The period the statement covers.
    pub covered: (NaiveDate, NaiveDate),
}

/// Reads and stores a statement file. `account` may be left out for a 全銀 file (its header
/// names the account); `through` states the last day a CSV download covers.
pub fn import(
    tx: &rusqlite::Connection,
    file: &Path,
    account: Option<&str>,
    profile: Option<&str>,
    through: Option<NaiveDate>,
) -> Result<Vec<Imported>> {
    let name = file.display().to_string();
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {name}"))?;
    let digest = hex(&Sha256::digest(&bytes));
    let kind = crate::kernel::sheet::kind(&bytes);
    let bytes = if kind == crate::kernel::sheet::Kind::Text {
        bytes
    } else {
        // A bank's Excel download: its rows as CSV text, read by the same layouts.
        crate::kernel::sheet::as_csv(file, kind, &crate::kernel::sheet::options())?
    };
    let parts = if profile.is_none() && zengin::looks_like(&bytes) {
        zengin_parts(tx, &name, &bytes, account)?
    } else {
        let Some(code) = account else {
            return Err(hinted(
                format!("{name}: a CSV statement does not say whose it is"),
                "name the account: --account CODE (`bko bank accounts list`)",
            ));
        };
        let acc = super::account(tx, code)?;
        let statement = read_csv(tx, &name, &bytes, &acc, profile)?;
        vec![(acc, statement)]
    };
    let now = crate::kernel::clock::timestamp();
    let mut out = Vec::new();
    for (acc, statement) in parts {
        check_running_balance(&name, &statement)?;
        let covered = coverage(&name, &statement, through)?;
        let import_id =
            store::insert_import(tx, acc.id, &name, &digest, &statement.format, &now, covered)?;
        let (added, known) = store_lines(tx, acc.id, import_id, &statement.lines)?;
        store::finish_import(tx, import_id, added, known)?;
        out.push(Imported {
            account: acc.code,
            format: statement.format,
            added,
            known,
            covered,
        });
    }
    Ok(out)
}

/// The sections of a 全銀 file, each with its account: the one named (sections for other
/// accounts are refused unless some section is the named one), else the registered account
/// with the section's number.
fn zengin_parts(
    tx: &rusqlite::Connection,
    name: &str,
    bytes: &[u8],
    account: Option<&str>,
) -> Result<Vec<(BankAccount, Statement)>> {
    let today = crate::kernel::clock::today()?;
    let sections = zengin::parse(name, bytes, today)?;
    let named = account.map(|code| super::account(tx, code)).transpose()?;
    let mut parts = Vec::new();
    let mut others = Vec::new();
    for mut section in sections {
        zengin::with_balances(&mut section);
        let acc = match &named {
            Some(acc) if acc.number.as_deref().is_none_or(|n| same_number(n, &section.number)) => {
                acc.clone()
            }
            Some(_) => {
                others.push(section.number.clone());
                continue;
            }
            None => store::account_by_number(tx, &section.bank_code, &section.number)?
                .ok_or_else(|| {
                    hinted(
                        format!(
                            "{name}: the statement is for account {} {}-{}, which is not registered",
                            section.bank_code, section.branch_code, section.number
                        ),
                        "register it with `bko bank accounts add CODE --number …`, or name one with --account",
                    )
                })?,
        };
        let format = if section.kind == "01" {
            "zengin-notice"
        } else {
            "zengin"
        };
        parts.push((
            acc,
            Statement {
                format: format.into(),
                covered: Some(section.period),
                opening: section.opening,
                lines: section.lines,
            },
        ));
    }
    if parts.is_empty() {
        let acc = named.expect("no named account means every section found its own");
        bail!(
            "{name}: the statement is for account number {}, not {} ({}): refused",
            others.join(", "),
            acc.code,
            acc.number.unwrap_or_default()
        );
    }
    Ok(parts)
}

fn same_number(a: &str, b: &str) -> bool {
    a.trim_start_matches('0') == b.trim_start_matches('0')
}

/// Reads a CSV statement with the profile named, the account's profile, or the first that fits;
/// when none fits the error lists every profile tried and why it failed.
fn read_csv(
    tx: &rusqlite::Connection,
    name: &str,
    bytes: &[u8],
    acc: &BankAccount,
    asked: Option<&str>,
) -> Result<Statement> {
    if let Some(profile_name) = asked.or(acc.profile.as_deref()) {
        let profile = super::profile(tx, profile_name)?;
        check_kind(acc, &profile)?;
        return profiles::read(name, bytes, &profile);
    }
    let mut tried = Vec::new();
    for profile in super::all_profiles(tx)? {
        match profiles::read(name, bytes, &profile) {
            Ok(statement) => {
                check_kind(acc, &profile)?;
                return Ok(statement);
            }
            Err(e) => tried.push(format!("  {}: {e:#}", profile.name)),
        }
    }
    Err(hinted(
        format!(
            "{name}: no statement layout reads this file; tried:\n{}",
            tried.join("\n")
        ),
        "name one with --profile, or describe the layout: `bko bank profiles add NAME --date-column …`",
    ))
}

fn check_kind(acc: &BankAccount, profile: &Profile) -> Result<()> {
    let card_profile = profile.kind == "card";
    let card_account = acc.kind == super::AccountKind::Card;
    if card_profile != card_account {
        bail!(
            "profile {} reads {} statements but {} is a {} account",
            profile.name,
            profile.kind,
            acc.code,
            acc.kind.key()
        );
    }
    Ok(())
}

/// Each line's balance must be the one before plus its amount: a gap is a missing line, a
/// repeat a doubled one.
pub fn check_running_balance(name: &str, statement: &Statement) -> Result<()> {
    let mut previous = statement.opening;
    for line in &statement.lines {
        if let (Some(before), Some(after)) = (previous, line.balance)
            && before + line.amount != after
        {
            return Err(anyhow!(
                "{name}:{}: the balance {after} does not follow from the line before ({before} {} {} = {}): a line is missing or doubled",
                line.file_line,
                if line.amount < 0 { "-" } else { "+" },
                line.amount.abs(),
                before + line.amount
            ));
        }
        previous = line.balance.or(previous.map(|b| b + line.amount));
    }
    Ok(())
}

fn coverage(
    name: &str,
    statement: &Statement,
    through: Option<NaiveDate>,
) -> Result<(NaiveDate, NaiveDate)> {
    let first = statement.lines.iter().map(|l| l.date).min();
    let last = statement.lines.iter().map(|l| l.date).max();
    let (from, to) = match (statement.covered, first, last, through) {
        (Some(period), ..) => period,
        (None, Some(first), Some(last), _) => (first, last),
        // A month without a transaction: the download says nothing, the clerk says how far.
        (None, None, None, Some(t)) => (t, t),
        _ => {
            return Err(hinted(
                format!(
                    "{name}: the statement has no lines, so it does not say which days it covers"
                ),
                "say the last day the download covers: --through DATE",
            ));
        }
    };
    match through {
        Some(t) if t < to => bail!("--through {t} is before the statement's last line ({to})"),
        Some(t) => Ok((from, t)),
        None => Ok((from, to)),
    }
}

/// Stores the lines not stored before; returns (added, already known).
fn store_lines(
    tx: &rusqlite::Connection,
    account_id: i64,
    import_id: i64,
    lines: &[ParsedLine],
) -> Result<(usize, usize)> {
    let mut occurrences: HashMap<String, usize> = HashMap::new();
    let (mut added, mut known) = (0, 0);
    let mut inserter = store::LineInserter::new(tx)?;
    for line in lines {
        // Led by the date, so a download's lines enter the identity index in order (0024).
        let date = crate::kernel::period::IsoDate::from(line.date);
        let date = date.as_str();
        let identity = match &line.reference {
            Some(r) => format!("{date} ref:{date}:{r}"),
            None => {
                let key = content_key(line, date);
                let n = occurrences.entry(key.clone()).or_default();
                *n += 1;
                format!("{date} {key}#{n}")
            }
        };
        if inserter.insert(account_id, import_id, line, &identity)? {
            added += 1;
        } else {
            known += 1;
        }
    }
    Ok((added, known))
}

/// A line's content hash: date (as ISO text), amount, balance and text.
fn content_key(line: &ParsedLine, date: &str) -> String {
    use std::fmt::Write;
    let mut parts = String::with_capacity(64 + line.text.len());
    let _ = write!(parts, "{date}\x1f{}\x1f", line.amount);
    if let Some(balance) = line.balance {
        let _ = write!(parts, "{balance}");
    }
    let _ = write!(parts, "\x1f{}\x1f", line.text);
    let digest = Sha256::digest(parts.as_bytes());
    format!("h:{}", hex(&digest[..12]))
}
