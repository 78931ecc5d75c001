//! `bko payables ...`: suppliers, bills received, paying them, what is due, aging and the
//! 取適法 check.

mod bills;
mod runs;
mod suppliers;

use anyhow::Result;
use chrono::NaiveDate;
use clap::Subcommand;

use crate::company::Company;
use crate::kernel::clock::today;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::period::parse_date;
use crate::payables::{ops, report};

pub use bills::{BillAddArgs, BillsCommand};
pub use suppliers::{SupplierArgs, SuppliersCommand};

/// Payables commands.
#[derive(Debug, Subcommand)]
pub enum PayablesCommand {
    /// Suppliers (支払先).
    #[command(subcommand)]
    Suppliers(SuppliersCommand),
    /// Bills received.
    #[command(subcommand)]
    Bills(BillsCommand),
    /// Build the draft payment run: open bills due by a day, one transfer per supplier
    /// (replaces an earlier draft).
    Run(runs::RunArgs),
    /// Payment runs, or one run's transfers.
    Runs {
        /// The run number (default: list them all).
        run: Option<i64>,
    },
    /// Write a run's 全銀 総合振込 file (種別 21, the bills' numbers as EDI).
    Transfer {
        /// The run.
        #[arg(long)]
        run: i64,
        /// The file.
        #[arg(short = 'o', long)]
        output: std::path::PathBuf,
        /// Replace a file that already exists.
        #[arg(long)]
        force: bool,
    },
    /// Confirm a run: the payments are posted and the bills settled.
    Confirm {
        /// The run.
        #[arg(long)]
        run: i64,
    },
    /// Drop a draft run.
    Cancel {
        /// The run.
        #[arg(long)]
        run: i64,
    },
    /// Pay a bill by hand (cash, card, a transfer made elsewhere).
    Pay(runs::PayArgs),
    /// Reverse a confirmed run or a payment made by hand (entries mirrored, bills owed again).
    Reverse {
        /// The run.
        #[arg(long, conflicts_with = "payment", required_unless_present = "payment")]
        run: Option<i64>,
        /// A payment made by hand (its id, from `bills show`).
        #[arg(long)]
        payment: Option<i64>,
        /// The day of the reversal (default: today).
        #[arg(long, value_parser = parse_date)]
        date: Option<NaiveDate>,
    },
    /// Income tax withheld in a month (fees paid, salaries and bonuses), due by the 10th of the
    /// next: the 所得税徴収高計算書 figures.
    Withholding {
        /// The month of payment (YYYY-MM).
        #[arg(long, value_parser = crate::kernel::period::Month::parse)]
        month: crate::kernel::period::Month,
    },
    /// The year's 支払調書: payees with withholding paid more than ¥50,000 (`-o FILE.pdf`: the
    /// slips as PDF).
    Statements {
        /// The year.
        #[arg(long)]
        year: i32,
        /// Also write the slips to this PDF.
        #[arg(short = 'o', long)]
        output: Option<std::path::PathBuf>,
        /// Replace a file that already exists.
        #[arg(long)]
        force: bool,
    },
    /// Open bills due within a time from today (or overdue).
    Due {
        /// How far ahead: 14d, 4w, 1m.
        #[arg(long, default_value = "14d", value_parser = check_within)]
        within: String,
    },
    /// Open bills by how long past due.
    Aging {
        /// The day (default: today).
        #[arg(long, value_parser = parse_date)]
        as_of: Option<NaiveDate>,
    },
    /// 取適法: covered bills due more than 60 days after receipt, fees charged to covered
    /// suppliers (exit 4 when found).
    Check,
    /// The 経過措置 table: the creditable share of an unregistered supplier's tax by date.
    #[command(subcommand)]
    Transition(TransitionCommand),
}

/// The 経過措置 table.
#[derive(Debug, Subcommand)]
pub enum TransitionCommand {
    /// Show the periods and their percent.
    List,
    /// Replace the table from CSV (valid_from,valid_to,percent), e.g. when a reform is enacted.
    Import {
        /// The CSV file.
        file: std::path::PathBuf,
    },
}

fn check_within(text: &str) -> Result<String> {
    crate::docs::parse_within(text).map(|_| text.to_string())
}

/// Runs a `bko payables` command.
pub fn run(ctx: &Ctx, cmd: PayablesCommand) -> Result<()> {
    match cmd {
        PayablesCommand::Suppliers(c) => suppliers::run(ctx, c),
        PayablesCommand::Bills(c) => bills::run(ctx, c),
        PayablesCommand::Run(a) => runs::build(ctx, a),
        PayablesCommand::Runs { run } => runs::show(ctx, run),
        PayablesCommand::Transfer { run, output, force } => runs::transfer(ctx, run, output, force),
        PayablesCommand::Confirm { run } => runs::confirm(ctx, run),
        PayablesCommand::Cancel { run } => runs::cancel(ctx, run),
        PayablesCommand::Pay(a) => runs::pay(ctx, a),
        PayablesCommand::Reverse { run, payment, date } => runs::reverse(ctx, run, payment, date),
        PayablesCommand::Withholding { month } => runs::withholding(ctx, month),
        PayablesCommand::Statements {
            year,
            output,
            force,
        } => runs::statements(ctx, year, output.as_deref(), force),
        PayablesCommand::Due { within } => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            let through = today()? + chrono::Duration::days(crate::docs::parse_within(&within)?);
            let list = ops::due(&db.conn, through)?;
            ctx.print(
                &report::bills("payables_due", &list, company.currency),
                lang,
            )
        }
        PayablesCommand::Aging { as_of } => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            let as_of = match as_of {
                Some(d) => d,
                None => today()?,
            };
            let list = ops::owed_as_of(&db.conn, as_of)?;
            ctx.print(&report::aging(&list, as_of, company.currency), lang)
        }
        PayablesCommand::Transition(TransitionCommand::List) => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            let table = ops::transition_table(&db.conn)?;
            ctx.print(&report::transition(&table, company.currency), lang)
        }
        PayablesCommand::Transition(TransitionCommand::Import { file }) => {
            import_transition(ctx, &file)
        }
        PayablesCommand::Check => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            let findings = ops::check(&db.conn)?;
            ctx.print(&report::findings(&findings, company.currency), lang)?;
            if !findings.is_empty() {
                return Err(crate::kernel::error::Exit::check_failed(format!(
                    "{} 取適法 finding(s)",
                    findings.len()
                )));
            }
            Ok(())
        }
    }
}

/// `payables transition import FILE`.
fn import_transition(ctx: &Ctx, file: &std::path::Path) -> Result<()> {
    let mut db = ctx.open()?;
    let n = crate::kernel::db::write(&mut db, "payables transition import", |tx| {
        let n = ops::import_transition_table(tx, file)?;
        let summary = format!(
            "経過措置 table replaced from {} ({n} periods)",
            file.display()
        );
        Ok((n, summary))
    })?;
    ctx.ui
        .info(format!("the 経過措置 table now has {n} periods"));
    Ok(())
}
