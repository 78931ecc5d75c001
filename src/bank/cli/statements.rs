//! `bko bank import|lines|match|review|apply|unmatch|reconcile|cash`.

use std::path::PathBuf;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::bank::settle::{self, Choice};
use crate::bank::{import as importer, ops, report};
use crate::company::Company;
use crate::kernel::clock::today;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::period::parse_date;

/// `bank import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The statement file (全銀 fixed-length or CSV, a bank's or card's CSV download).
    pub file: PathBuf,
    /// The bank account it belongs to (a 全銀 file names its own).
    #[arg(long)]
    pub account: Option<String>,
    /// The layout (default: the account's, else detected).
    #[arg(long)]
    pub profile: Option<String>,
    /// The last day the download covers, when later than its last line.
    #[arg(long, value_parser = parse_date)]
    pub through: Option<NaiveDate>,
    /// Read and check everything, store nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// An account and a period (default: everything through today).
#[derive(Debug, Args)]
pub struct PeriodArgs {
    /// Bank account code (default: all).
    #[arg(long)]
    pub account: Option<String>,
    /// First day.
    #[arg(long, value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Last day.
    #[arg(long, value_parser = parse_date)]
    pub to: Option<NaiveDate>,
}

impl PeriodArgs {
    fn span(&self) -> Result<(NaiveDate, NaiveDate)> {
        let (first, last) = crate::kernel::period::ALL_DATES;
        Ok((self.from.unwrap_or(first), self.to.unwrap_or(last)))
    }
}

/// `bank apply`: one of --invoice, --account or --ignore.
#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The line id (`bko bank lines --unmatched`).
    pub line: i64,
    /// Invoices this deposit pays (oldest first; the last takes the rest).
    #[arg(long, num_args = 1.., conflicts_with_all = ["ledger_account", "ignore"])]
    pub invoice: Vec<String>,
    /// The entry already in the books that this line is the bank side of.
    #[arg(long, conflicts_with_all = ["ledger_account", "ignore"])]
    pub entry: Option<i64>,
    /// Post the line to this ledger account.
    #[arg(long = "account", conflicts_with = "ignore")]
    pub ledger_account: Option<String>,
    /// Tax category for --account (default: the account's).
    #[arg(long, requires = "ledger_account")]
    pub tax: Option<String>,
    /// Fixed lines split off before the rest goes to --account: ACCOUNT:AMOUNT[:TAX],
    /// repeatable; a negative amount sits on the bank's side (預り金:-10210).
    #[arg(
        long = "split",
        requires = "ledger_account",
        allow_hyphen_values = true
    )]
    pub splits: Vec<String>,
    /// The line needs no entry.
    #[arg(long, requires = "reason")]
    pub ignore: bool,
    /// Why it needs none.
    #[arg(long)]
    pub reason: Option<String>,
    /// Learn from this choice: the payer name (invoices) or a rule (account).
    #[arg(long)]
    pub remember: bool,
}

/// Cash commands.
#[derive(Debug, Subcommand)]
pub enum CashCommand {
    /// Count the cash (金種表) and compare it with the books.
    Count {
        /// Cash account code.
        #[arg(long)]
        account: String,
        /// The day (default: today).
        #[arg(long, value_parser = parse_date)]
        date: Option<NaiveDate>,
        /// Pieces per denomination: "10000=3,5000=1,1000=7,500=2,100=4".
        #[arg(long)]
        denominations: String,
        /// Post a difference to 雑収入 / 雑損失.
        #[arg(long)]
        post: bool,
    },
}

/// `bank import`.
pub fn import(ctx: &Ctx, a: ImportArgs) -> Result<()> {
    let mut db = ctx.open()?;
    db::set_up_for_streamed_import(&db.conn)?;
    let name = a.file.display().to_string();
    let work = |tx: &rusqlite::Transaction| {
        importer::import(
            tx,
            &a.file,
            a.account.as_deref(),
            a.profile.as_deref(),
            a.through,
        )
    };
    let results = if a.dry_run {
        db::rehearse(&mut db, "bank import --dry-run", work)?
    } else {
        db::write(&mut db, "bank import", |tx| {
            let r = work(tx)?;
            let added: usize = r.iter().map(|i| i.added).sum();
            Ok((r, format!("imported {name}: {added} lines")))
        })?
    };
    for r in &results {
        ctx.ui.info(format!(
            "{}{name} → {} ({}, {} to {}): {} lines added, {} already imported{}",
            if a.dry_run { "dry run: " } else { "" },
            r.account,
            r.format,
            r.covered.0,
            r.covered.1,
            r.added,
            r.known,
            if a.dry_run {
                "; nothing was changed"
            } else {
                ""
            }
        ));
    }
    Ok(())
}

/// `bank lines`.
pub fn lines(ctx: &Ctx, period: &PeriodArgs, unmatched: bool) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let (from, to) = period.span()?;
    let list = ops::lines(&db.conn, period.account.as_deref(), from, to, unmatched)?;
    ctx.print(&report::lines(&list, company.currency), lang)
}

/// `bank match`.
pub fn match_lines(ctx: &Ctx, period: &PeriodArgs, dry_run: bool) -> Result<()> {
    let OpenBooks {
        mut db,
        company,
        lang,
    } = ctx.books::<Company>()?;
    let (from, to) = period.span()?;
    let account = period.account.as_deref();
    let outcome = if dry_run {
        db::rehearse(&mut db, "bank match --dry-run", |tx| {
            settle::match_lines(tx, account, from, to)
        })?
    } else {
        db::write(&mut db, "bank match", |tx| {
            let o = settle::match_lines(tx, account, from, to)?;
            let summary = format!(
                "bank match: {} settled, {} left",
                o.settled.len(),
                o.pending.len()
            );
            Ok((o, summary))
        })?
    };
    ctx.print(&report::match_outcome(&outcome, company.currency), lang)?;
    if !outcome.pending.is_empty() {
        ctx.ui.info(format!(
            "{} lines wait for review: `bko bank review`",
            outcome.pending.len()
        ));
    }
    Ok(())
}

/// `bank review`: interactive on a terminal, else the pending lines with their candidates.
pub fn review(ctx: &Ctx, period: &PeriodArgs) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let (from, to) = period.span()?;
    let pending = settle::pending(&db.conn, period.account.as_deref(), from, to)?;
    if ctx.ui.can_prompt() && ctx.format == crate::kernel::output::Format::Table {
        drop(db);
        return super::review::interactive(ctx, pending, company.currency);
    }
    ctx.print(&report::review(&pending, company.currency), lang)
}

/// `bank apply`.
pub fn apply(ctx: &Ctx, a: ApplyArgs) -> Result<()> {
    let choice = if !a.invoice.is_empty() {
        Choice::Invoices(a.invoice.clone())
    } else if let Some(entry) = a.entry {
        Choice::Entry(entry)
    } else if let Some(account) = a.ledger_account.clone() {
        Choice::Account {
            account,
            tax: a.tax.clone(),
            splits: crate::bank::rules::parse_splits(&a.splits.join(";"))?,
        }
    } else if a.ignore {
        Choice::Ignore(a.reason.clone().unwrap_or_default())
    } else {
        bail!(
            "say how to settle line {}: --invoice N…, --entry E, --account A or --ignore --reason R",
            a.line
        );
    };
    let mut db = ctx.open()?;
    let done = db::write(&mut db, "bank apply", |tx| {
        let done = settle::apply(tx, a.line, &choice, a.remember)?;
        Ok((done.clone(), done))
    })?;
    ctx.ui.info(done);
    Ok(())
}

/// `bank unmatch`.
pub fn unmatch(ctx: &Ctx, line: i64) -> Result<()> {
    let mut db = ctx.open()?;
    let done = db::write(&mut db, "bank unmatch", |tx| {
        let done = settle::unmatch(tx, line)?;
        Ok((done.clone(), done))
    })?;
    ctx.ui.info(done);
    Ok(())
}

/// `bank reconcile`.
pub fn reconcile(ctx: &Ctx, account: &str, as_of: Option<NaiveDate>) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let as_of = match as_of {
        Some(d) => d,
        None => today()?,
    };
    let rec = ops::reconcile(&db.conn, account, as_of)?;
    ctx.print(&report::reconciliation(&rec, company.currency), lang)
}

/// `bank cash count`.
pub fn cash(ctx: &Ctx, cmd: CashCommand) -> Result<()> {
    let CashCommand::Count {
        account,
        date,
        denominations,
        post,
    } = cmd;
    let OpenBooks {
        mut db,
        company,
        lang,
    } = ctx.books::<Company>()?;
    let date = match date {
        Some(d) => d,
        None => today()?,
    };
    let count = db::write(&mut db, "bank cash count", |tx| {
        let c = ops::cash_count(tx, &account, date, &denominations, post)?;
        let summary = format!(
            "cash count {account} {date}: {} counted, {} in the books",
            c.counted, c.book
        );
        Ok((c, summary))
    })?;
    if count.counted != count.book && count.entry_id.is_none() {
        ctx.ui.warn(format!(
            "the count differs from the books by {}; `--post` books it to 雑収入/雑損失",
            company.currency.display(count.counted - count.book)
        ));
    }
    ctx.print(&report::cash_count(&count, company.currency), lang)
}
