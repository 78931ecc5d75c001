//! `bko expenses ...`: receipts into claims, submit / approve / send back, advances, repayment.

use std::path::PathBuf;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::company::Company;
use crate::expenses::ops::{self, Via};
use crate::expenses::{LineInput, report};
use crate::kernel::clock::today;
use crate::kernel::csvio::Encoding;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::period::{Month, parse_date};

/// Expense claim commands.
#[derive(Debug, Subcommand)]
pub enum ExpensesCommand {
    /// Add a receipt to the employee's claim of its month.
    Add(Box<AddArgs>),
    /// Add the receipts of a claim sheet (CSV; all or nothing).
    Import {
        /// The CSV file (employee,date,amount,rate,account,payee,registration_number,
        /// book_only,note,receipt — receipt files relative to the sheet).
        file: PathBuf,
        /// The file's encoding.
        #[arg(long, value_enum, default_value_t = Encoding::Auto)]
        encoding: Encoding,
    },
    /// List claims.
    List {
        /// Only claims in this state: draft, submitted, approved.
        #[arg(long)]
        status: Option<String>,
        /// Only this employee's.
        #[arg(long)]
        employee: Option<String>,
        /// Only this month's (YYYY-MM).
        #[arg(long, value_parser = Month::parse)]
        month: Option<Month>,
    },
    /// Show a claim's receipts.
    Show {
        /// Claim number.
        claim: i64,
    },
    /// Remove a receipt from a draft claim.
    Remove {
        /// The line (from `expenses show`).
        line: i64,
    },
    /// Submit a draft claim for approval.
    Submit {
        /// Claim number.
        claim: i64,
    },
    /// Approve a submitted claim: it is posted (expense, input tax, owed to the employee).
    Approve {
        /// Claim number.
        claim: i64,
        /// Who approves.
        #[arg(long)]
        by: String,
        /// The day it is posted (default: today).
        #[arg(long, value_parser = parse_date)]
        date: Option<NaiveDate>,
    },
    /// Take back an approval posted by mistake (its entry reversed, the advance it used given
    /// back): the claim is a draft again.
    Unapprove {
        /// Claim number.
        claim: i64,
        /// Why.
        #[arg(long)]
        reason: String,
        /// The day of the reversal (default: today).
        #[arg(long, value_parser = parse_date)]
        date: Option<NaiveDate>,
    },
    /// Take back a repayment scheduled with a pay (`--payroll`) or the next payment run
    /// (`--run`) that has not been made yet.
    Unrepay {
        /// Claim number.
        claim: i64,
    },
    /// Send a submitted claim back to its employee as a draft.
    Reject {
        /// Claim number.
        claim: i64,
        /// Why.
        #[arg(long)]
        reason: String,
    },
    /// Pay an employee an advance (仮払金).
    Advance(MoveArgs),
    /// Take back what an employee did not spend of an advance.
    Return(MoveArgs),
    /// Advances not yet settled.
    Advances,
    /// Repay an approved claim: with a month's pay, or at once.
    Repay(RepayArgs),
    /// Write the 全銀 総合振込 file of the claims repaid by transfer on a day.
    Transfer {
        /// The day (as given to `repay --transfer --date`).
        #[arg(long, value_parser = parse_date)]
        date: NaiveDate,
        /// The file.
        #[arg(short = 'o', long)]
        output: PathBuf,
        /// Replace a file that already exists.
        #[arg(long)]
        force: bool,
    },
}

/// A receipt.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// Employee code.
    #[arg(long)]
    pub employee: String,
    /// The day paid.
    #[arg(long, value_parser = parse_date)]
    pub date: NaiveDate,
    /// What was paid, tax included.
    #[arg(long)]
    pub amount: i64,
    /// 10, 8 or 0.
    #[arg(long, value_parser = crate::jp::consumption_tax::parse_rate)]
    pub rate: u32,
    /// The expense account (旅費交通費, 会議費 …).
    #[arg(long)]
    pub account: String,
    /// Who was paid.
    #[arg(long)]
    pub payee: String,
    /// The payee's T-number, when the receipt shows one.
    #[arg(long)]
    pub registration_number: Option<String>,
    /// Book-only: public transport, 出張旅費・日当 (creditable without a qualified invoice).
    #[arg(long)]
    pub book_only: bool,
    /// The receipt's scan or photo, archived with its keys.
    #[arg(long)]
    pub receipt: Option<PathBuf>,
    /// Purpose, route.
    #[arg(long)]
    pub note: Option<String>,
}

/// Money moved as an advance or returned.
#[derive(Debug, Args)]
pub struct MoveArgs {
    /// Employee code.
    pub employee: String,
    /// Amount.
    pub amount: i64,
    /// The day (default: today).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// The cash or bank account (default: 現金).
    #[arg(long)]
    pub account: Option<String>,
}

/// How to repay.
#[derive(Debug, Args)]
pub struct RepayArgs {
    /// Claim number.
    pub claim: i64,
    /// With the pay of this month (YYYY-MM): non-taxable, it raises the net only.
    #[arg(long, value_parser = Month::parse, conflicts_with_all = ["cash", "transfer", "run"])]
    pub payroll: Option<Month>,
    /// In the next payment run (`bko payables run`): one 総合振込 file with the suppliers' bills.
    #[arg(long, conflicts_with_all = ["cash", "transfer"])]
    pub run: bool,
    /// In cash now.
    #[arg(long, conflicts_with = "transfer")]
    pub cash: bool,
    /// By a transfer made now.
    #[arg(long)]
    pub transfer: bool,
    /// The day (cash or transfer; default: today).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Paid from (default: 現金 for cash, 普通預金 for a transfer).
    #[arg(long)]
    pub from: Option<String>,
}

/// Runs an expenses command.
pub fn run(ctx: &Ctx, cmd: ExpensesCommand) -> Result<()> {
    match cmd {
        ExpensesCommand::Add(a) => add(ctx, *a),
        ExpensesCommand::Import { file, encoding } => import(ctx, &file, encoding),
        ExpensesCommand::List {
            status,
            employee,
            month,
        } => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            let list = ops::claims(&db.conn, status.as_deref(), employee.as_deref(), month)?;
            ctx.print(&report::claims(&list, company.currency), lang)
        }
        ExpensesCommand::Show { claim } => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            let c = ops::claim(&db.conn, claim)?;
            let lines = ops::lines(&db.conn, claim)?;
            let chart = crate::ledger::chart::Chart::load(&db.conn)?;
            ctx.print(&report::claim(&c, &lines, &chart, company.currency), lang)
        }
        ExpensesCommand::Remove { line } => change(ctx, "expenses remove", |tx| {
            let l = ops::remove_line(tx, line)?;
            Ok(format!("line {line} removed from claim {}", l.claim_id))
        }),
        ExpensesCommand::Submit { claim } => change(ctx, "expenses submit", |tx| {
            let c = ops::submit(tx, claim)?;
            Ok(format!(
                "claim {claim} submitted ({} receipts, {})",
                c.lines, c.total
            ))
        }),
        ExpensesCommand::Approve { claim, by, date } => approve(ctx, claim, &by, date),
        ExpensesCommand::Unapprove {
            claim,
            reason,
            date,
        } => unapprove(ctx, claim, &reason, date),
        ExpensesCommand::Unrepay { claim } => change(ctx, "expenses unrepay", |tx| {
            let r = ops::unrepay(tx, claim)?;
            Ok(format!(
                "claim {claim}: the repayment ({}) is taken back",
                r.via
            ))
        }),
        ExpensesCommand::Reject { claim, reason } => change(ctx, "expenses reject", |tx| {
            ops::reject(tx, claim, &reason)?;
            Ok(format!("claim {claim} sent back: {reason}"))
        }),
        ExpensesCommand::Advance(a) => move_advance(ctx, a, true),
        ExpensesCommand::Return(a) => move_advance(ctx, a, false),
        ExpensesCommand::Advances => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            ctx.print(
                &report::advances(&ops::advances(&db.conn)?, company.currency),
                lang,
            )
        }
        ExpensesCommand::Repay(a) => repay(ctx, a),
        ExpensesCommand::Transfer {
            date,
            output,
            force,
        } => transfer(ctx, date, &output, force),
    }
}

/// One write in one transaction; its summary goes to the log and to stderr.
fn change(
    ctx: &Ctx,
    what: &str,
    f: impl FnOnce(&rusqlite::Connection) -> Result<String>,
) -> Result<()> {
    let mut db = ctx.open()?;
    let summary = db::write(&mut db, what, |tx| {
        let s = f(tx)?;
        Ok((s.clone(), s))
    })?;
    ctx.ui.info(summary);
    Ok(())
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<()> {
    let receipt = a
        .receipt
        .as_ref()
        .map(|p| crate::docs::import::read_file(p))
        .transpose()?;
    let input = LineInput {
        employee: a.employee,
        date: a.date,
        amount: a.amount,
        rate: a.rate,
        account: a.account,
        payee: a.payee,
        registration_number: a.registration_number,
        book_only: a.book_only,
        note: a.note,
    };
    change(ctx, "expenses add", |tx| {
        let (c, line) = ops::add_line(tx, &input, receipt.as_ref())?;
        Ok(format!(
            "line {} added to claim {} ({} {}: {} receipts, {})",
            line.id, c.id, c.employee, c.period, c.lines, c.total
        ))
    })
}

fn import(ctx: &Ctx, file: &std::path::Path, encoding: Encoding) -> Result<()> {
    let rows = crate::expenses::import::read(file, encoding)?;
    change(ctx, "expenses import", |tx| {
        for row in &rows {
            ops::add_line(tx, &row.input, row.receipt.as_ref()).map_err(|e| {
                let at = format!("{}:{}", file.display(), row.line);
                match e.downcast_ref::<crate::kernel::error::FieldError>() {
                    Some(f) => anyhow::anyhow!("{at}: column '{}': {}", f.field, f.message),
                    None => crate::kernel::error::prefixed(at, e),
                }
            })?;
        }
        Ok(format!(
            "{} receipts imported from {}",
            rows.len(),
            file.display()
        ))
    })
}

fn move_advance(ctx: &Ctx, a: MoveArgs, paid_out: bool) -> Result<()> {
    let date = a.date.map_or_else(today, Ok)?;
    change(ctx, "expenses advance", |tx| {
        let account = a.account.as_deref();
        let entry = if paid_out {
            ops::advance(tx, &a.employee, a.amount, date, account)?
        } else {
            ops::return_advance(tx, &a.employee, a.amount, date, account)?
        };
        let what = if paid_out {
            "advance paid to"
        } else {
            "advance returned by"
        };
        Ok(format!(
            "{what} {}: {} (entry {entry})",
            a.employee, a.amount
        ))
    })
}

fn repay(ctx: &Ctx, a: RepayArgs) -> Result<()> {
    let via = match (a.payroll, a.cash, a.transfer) {
        (Some(month), ..) => Via::Payroll(month),
        _ if a.run => Via::Run,
        (None, cash, transfer) if cash || transfer => Via::Now {
            date: a.date.map_or_else(today, Ok)?,
            how: if cash { "cash" } else { "transfer" },
            from: a.from.clone(),
        },
        _ => anyhow::bail!("say how: --payroll MONTH, --run, --cash or --transfer"),
    };
    change(ctx, "expenses repay", |tx| {
        let r = ops::repay(tx, a.claim, &via)?;
        Ok(match r.month {
            Some(m) => format!("claim {}: {} repaid with the pay of {m}", a.claim, r.amount),
            None if r.via == "run" => format!(
                "claim {}: {} goes out with the next payment run (`bko payables run`)",
                a.claim, r.amount
            ),
            None => format!("claim {}: {} repaid ({})", a.claim, r.amount, r.via),
        })
    })
}

fn transfer(ctx: &Ctx, date: NaiveDate, output: &std::path::Path, force: bool) -> Result<()> {
    use crate::kernel::files::{Existing, write_file};
    let db = ctx.open()?;
    let (bytes, count, total) = ops::transfer_file(&db.conn, date)?;
    write_file(output, &bytes, Existing::from_force(force))?;
    ctx.ui.info(format!(
        "総合振込: {count} transfers, {total} yen, written to {}",
        output.display()
    ));
    Ok(())
}

fn approve(ctx: &Ctx, claim: i64, by: &str, date: Option<NaiveDate>) -> Result<()> {
    let date = date.map_or_else(today, Ok)?;
    change(ctx, "expenses approve", |tx| {
        let c = ops::approve(tx, claim, by, date)?;
        Ok(format!(
            "claim {claim} approved by {by}: {} posted (entry {})",
            c.total,
            c.entry_id.unwrap_or_default()
        ))
    })
}

fn unapprove(ctx: &Ctx, claim: i64, reason: &str, date: Option<NaiveDate>) -> Result<()> {
    let date = date.map_or_else(today, Ok)?;
    change(ctx, "expenses unapprove", |tx| {
        ops::unapprove(tx, claim, reason, date)?;
        Ok(format!("claim {claim}: approval taken back ({reason})"))
    })
}
