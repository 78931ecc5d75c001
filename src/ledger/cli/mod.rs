//! `bko ledger ...`: the command tree of the ledger and what its commands share.

mod accounts;
mod post;
mod reports;
mod transfer;

use anyhow::Result;
use clap::Subcommand;
use rusqlite::Connection;

use super::Chart;
use crate::company::Company;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::output::Lang;

pub use accounts::AccountsCommand;
pub use post::{LockArgs, PostArgs, ReverseArgs, UnlockArgs};
pub use reports::{AccountArgs, BsArgs, JournalArgs, PlArgs, TrialBalanceArgs};
pub use transfer::{ExportArgs, ImportArgs};

/// Ledger commands.
#[derive(Debug, Subcommand)]
pub enum LedgerCommand {
    /// The chart of accounts: list, add, rename, archive, import.
    #[command(subcommand)]
    Accounts(AccountsCommand),
    /// Post a journal entry.
    Post(PostArgs),
    /// Post the mirror entry of a posted one (posted entries are never edited).
    Reverse(ReverseArgs),
    /// Lock the books through a date: nothing dated on or before it can be posted.
    Lock(LockArgs),
    /// Move the lock back (recorded in the audit log).
    Unlock(UnlockArgs),
    /// Close a fiscal year whose months are all closed: move P&L balances to retained earnings.
    YearEnd {
        /// The fiscal year (the calendar year it starts in).
        #[arg(long, value_parser = crate::kernel::period::parse_year)]
        fiscal_year: i32,
    },
    /// Import journal entries from CSV (all or nothing).
    Import(ImportArgs),
    /// Export the journal as CSV: bko's own, 弥生, or マネーフォワード.
    Export(ExportArgs),
    /// List journal entries with their lines.
    Journal(JournalArgs),
    /// One account's general ledger with opening and running balance.
    Account(AccountArgs),
    /// Trial balance: opening, debit, credit and closing per account.
    TrialBalance(TrialBalanceArgs),
    /// Profit and loss statement (損益計算書) in the Japanese layout.
    Pl(PlArgs),
    /// Balance sheet (貸借対照表) by section.
    Bs(BsArgs),
}

/// Runs a ledger command.
pub fn run(ctx: &Ctx, cmd: LedgerCommand) -> Result<()> {
    match cmd {
        LedgerCommand::Accounts(cmd) => accounts::run(ctx, cmd),
        LedgerCommand::Post(args) => post::post(ctx, args),
        LedgerCommand::Reverse(args) => post::reverse(ctx, args),
        LedgerCommand::Lock(args) => post::lock(ctx, args),
        LedgerCommand::Unlock(args) => post::unlock(ctx, args),
        LedgerCommand::YearEnd { fiscal_year } => {
            let OpenBooks {
                mut db, company, ..
            } = ctx.books::<Company>()?;
            let id = crate::kernel::db::write(&mut db, "ledger year-end", |tx| {
                let id = super::year_end::close_year(tx, &company, fiscal_year)?;
                Ok((
                    id,
                    format!("year-end closing of fiscal year {fiscal_year}: entry {id}"),
                ))
            })?;
            ctx.ui.info(format!(
                "fiscal year {fiscal_year} closed to retained earnings: entry {id}"
            ));
            Ok(())
        }
        LedgerCommand::Import(args) => transfer::import(ctx, args),
        LedgerCommand::Export(args) => transfer::export(ctx, args),
        LedgerCommand::Journal(args) => reports::journal(ctx, args),
        LedgerCommand::Account(args) => reports::account(ctx, args),
        LedgerCommand::TrialBalance(args) => reports::trial_balance(ctx, args),
        LedgerCommand::Pl(args) => reports::profit_and_loss(ctx, args),
        LedgerCommand::Bs(args) => reports::balance_sheet(ctx, args),
    }
}

/// What most ledger commands read first.
struct Books {
    company: Company,
    chart: Chart,
    lang: Lang,
}

impl Books {
    fn load(ctx: &Ctx, conn: &Connection) -> Result<Books> {
        let company = Company::load(conn)?;
        let chart = Chart::load(conn)?;
        Ok(Books {
            lang: ctx.lang(&company),
            company,
            chart,
        })
    }

    /// The financial statements of these books (the company and chart not read again).
    fn into_statements(self, conn: &Connection) -> Result<crate::ledger::statements::Statements> {
        crate::ledger::statements::Statements::of(conn, self.company, self.chart, self.lang)
    }
}
