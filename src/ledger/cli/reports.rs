//! `bko ledger journal|account|trial-balance|pl|bs`: the ledger's reports.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;

use super::Books;
use crate::kernel::clock::today;
use crate::kernel::ctx::Ctx;
use crate::kernel::error::Exit;
use crate::kernel::output::Report;
use crate::kernel::period::{fiscal_year_start, parse_date};
use crate::ledger::JournalFilter;
use crate::ledger::ops;
use crate::ledger::report;

/// List journal entries with their lines.
#[derive(Debug, Args)]
pub struct JournalArgs {
    /// First date.
    #[arg(long, value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Last date.
    #[arg(long, value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// Only entries touching this account.
    #[arg(long)]
    pub account: Option<String>,
    /// Only entries whose memo, description or reference contains this text.
    #[arg(long)]
    pub search: Option<String>,
}

/// One account's ledger (総勘定元帳).
#[derive(Debug, Args)]
pub struct AccountArgs {
    /// The account (code, Japanese or English name).
    pub account: String,
    /// First date (default: start of the current fiscal year).
    #[arg(long, value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Last date (default: today).
    #[arg(long, value_parser = parse_date)]
    pub to: Option<NaiveDate>,
}

/// Trial balance (残高試算表). Default: the fiscal year to date.
#[derive(Debug, Args)]
pub struct TrialBalanceArgs {
    /// Balances as of this date, movements from its fiscal year start.
    #[arg(long, value_parser = parse_date, conflicts_with_all = ["from", "to"])]
    pub as_of: Option<NaiveDate>,
    /// First date of the movements.
    #[arg(long, value_parser = parse_date, requires = "to")]
    pub from: Option<NaiveDate>,
    /// Last date of the movements.
    #[arg(long, value_parser = parse_date)]
    pub to: Option<NaiveDate>,
}

/// Profit and loss (損益計算書). Default: the fiscal year to date.
#[derive(Debug, Args)]
pub struct PlArgs {
    /// First date.
    #[arg(long, value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Last date.
    #[arg(long, value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// One column per month.
    #[arg(long)]
    pub monthly: bool,
}

/// Balance sheet (貸借対照表).
#[derive(Debug, Args)]
pub struct BsArgs {
    /// The date (default: today).
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}

fn or_today(date: Option<NaiveDate>) -> Result<NaiveDate> {
    match date {
        Some(d) => Ok(d),
        None => today(),
    }
}

fn check_range(from: NaiveDate, to: NaiveDate) -> Result<()> {
    if from > to {
        bail!("--from {from} is after --to {to}");
    }
    Ok(())
}

/// Prints the journal.
pub fn journal(ctx: &Ctx, args: JournalArgs) -> Result<()> {
    let db = ctx.open()?;
    let books = Books::load(ctx, &db.conn)?;
    let account_id = match &args.account {
        Some(name) => Some(books.chart.resolve(name)?.id),
        None => None,
    };
    let filter = JournalFilter {
        from: args.from,
        to: args.to,
        account_id,
        search: args.search.clone(),
        after_id: None,
    };
    let mut report = Report::new("journal", books.company.currency, report::journal_columns());
    ops::journal(&db.conn, &filter, |row| {
        report
            .rows
            .push(report::journal_row(&row, &books.chart, books.lang));
        Ok(())
    })?;
    ctx.print(&report, books.lang)
}

/// Prints one account's ledger.
pub fn account(ctx: &Ctx, args: AccountArgs) -> Result<()> {
    let db = ctx.open()?;
    let books = Books::load(ctx, &db.conn)?;
    let account = books.chart.resolve(&args.account)?;
    let to = or_today(args.to)?;
    let from = args
        .from
        .unwrap_or_else(|| fiscal_year_start(to, books.company.fiscal_year_start));
    check_range(from, to)?;
    // Revenue and expense accounts start from zero each fiscal year.
    let since = account
        .account_type
        .is_profit_and_loss()
        .then(|| fiscal_year_start(from, books.company.fiscal_year_start));
    let (opening, lines) = ops::account_lines(&db.conn, account.id, since, from, to)?;
    let report = report::account_ledger(
        account,
        opening,
        &lines,
        from,
        books.company.currency,
        books.lang,
    );
    ctx.print(&report, books.lang)
}

/// Prints the trial balance; exit 4 when it does not tie.
pub fn trial_balance(ctx: &Ctx, args: TrialBalanceArgs) -> Result<()> {
    let db = ctx.open()?;
    crate::kernel::db::set_up_for_one_pass_report(&db.conn)?;
    let books = Books::load(ctx, &db.conn)?;
    let start_month = books.company.fiscal_year_start;
    let (from, to) = match (args.from, args.to, args.as_of) {
        (Some(from), Some(to), _) => (from, to),
        (None, Some(to), _) => (fiscal_year_start(to, start_month), to),
        (_, _, as_of) => {
            let to = or_today(as_of)?;
            (fiscal_year_start(to, start_month), to)
        }
    };
    check_range(from, to)?;
    let lang = books.lang;
    let (report, ties) = books
        .into_statements(&db.conn)?
        .trial_balance(&db.conn, from, to)?;
    ctx.print(&report, lang)?;
    if !ties {
        return Err(Exit::check_failed("the trial balance does not tie"));
    }
    Ok(())
}

/// Prints the P&L.
pub fn profit_and_loss(ctx: &Ctx, args: PlArgs) -> Result<()> {
    let db = ctx.open()?;
    crate::kernel::db::set_up_for_one_pass_report(&db.conn)?;
    let books = Books::load(ctx, &db.conn)?;
    let to = or_today(args.to)?;
    let from = args
        .from
        .unwrap_or_else(|| fiscal_year_start(to, books.company.fiscal_year_start));
    check_range(from, to)?;
    let lang = books.lang;
    let report =
        books
            .into_statements(&db.conn)?
            .profit_and_loss(&db.conn, from, to, args.monthly)?;
    ctx.print(&report, lang)
}

/// Prints the balance sheet; exit 4 when it does not balance.
pub fn balance_sheet(ctx: &Ctx, args: BsArgs) -> Result<()> {
    let db = ctx.open()?;
    crate::kernel::db::set_up_for_one_pass_report(&db.conn)?;
    let books = Books::load(ctx, &db.conn)?;
    let as_of = or_today(args.as_of)?;
    let lang = books.lang;
    let (report, balanced) = books
        .into_statements(&db.conn)?
        .balance_sheet(&db.conn, as_of)?;
    ctx.print(&report, lang)?;
    if !balanced {
        return Err(Exit::check_failed("the balance sheet does not balance"));
    }
    Ok(())
}
