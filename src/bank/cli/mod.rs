//! `bko bank ...`: accounts, statement import, matching, review, rules, reconciliation, cash.

mod accounts;
mod review;
mod rules;
mod statements;

use anyhow::Result;
use clap::Subcommand;

use crate::kernel::ctx::Ctx;

pub use accounts::{AccountAddArgs, AccountsCommand, ProfileAddArgs, ProfilesCommand};
pub use rules::{RuleAddArgs, RulesCommand};
pub use statements::{ApplyArgs, CashCommand, ImportArgs, PeriodArgs};

/// Bank commands.
#[derive(Debug, Subcommand)]
pub enum BankCommand {
    /// Bank, card and cash accounts.
    #[command(subcommand)]
    Accounts(AccountsCommand),
    /// Statement layouts: the built-in ones and your own.
    #[command(subcommand)]
    Profiles(ProfilesCommand),
    /// Import a statement (全銀 or a bank's CSV download); lines already imported are skipped.
    Import(ImportArgs),
    /// Statement lines and how each was settled.
    Lines {
        /// Period and account.
        #[command(flatten)]
        period: PeriodArgs,
        /// Only lines not settled yet.
        #[arg(long)]
        unmatched: bool,
    },
    /// Match unsettled lines to open invoices, pay-outs and rules; apply what is certain.
    Match {
        /// Period and account.
        #[command(flatten)]
        period: PeriodArgs,
        /// Show what would be applied, change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Go through the lines left, one at a time (on a terminal), or list them with their
    /// candidates (`--format json`).
    Review {
        /// Period and account.
        #[command(flatten)]
        period: PeriodArgs,
    },
    /// Settle one line by hand.
    Apply(ApplyArgs),
    /// Undo a line's match (what it posted is reversed).
    Unmatch {
        /// The line id (`bko bank lines`).
        line: i64,
    },
    /// Ordered rules for lines no match settles.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// The bank reconciliation (銀行勘定調整表) of an account on a day.
    Reconcile {
        /// Bank account code.
        #[arg(long)]
        account: String,
        /// The day (default: today).
        #[arg(long, value_parser = crate::kernel::period::parse_date)]
        as_of: Option<chrono::NaiveDate>,
    },
    /// Cash counts (金種表).
    #[command(subcommand)]
    Cash(CashCommand),
}

/// Runs a `bko bank` command.
pub fn run(ctx: &Ctx, cmd: BankCommand) -> Result<()> {
    match cmd {
        BankCommand::Accounts(c) => accounts::run(ctx, c),
        BankCommand::Profiles(c) => accounts::profiles(ctx, c),
        BankCommand::Import(args) => statements::import(ctx, args),
        BankCommand::Lines { period, unmatched } => statements::lines(ctx, &period, unmatched),
        BankCommand::Match { period, dry_run } => statements::match_lines(ctx, &period, dry_run),
        BankCommand::Review { period } => statements::review(ctx, &period),
        BankCommand::Apply(args) => statements::apply(ctx, args),
        BankCommand::Unmatch { line } => statements::unmatch(ctx, line),
        BankCommand::Rules(c) => rules::run(ctx, c),
        BankCommand::Reconcile { account, as_of } => statements::reconcile(ctx, &account, as_of),
        BankCommand::Cash(c) => statements::cash(ctx, c),
    }
}
