//! `bko invoice recurring ...`: the same bill every month, issued once per month.

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::company::Company;
use crate::invoice::recurring::{self, NewRecurring};
use crate::invoice::report;
use crate::kernel::clock::today;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::period::Month;

/// Recurring invoice commands.
#[derive(Debug, Subcommand)]
pub enum RecurringCommand {
    /// Add one: a customer, a day of the month, lines (or --like an issued invoice).
    Add(Box<AddArgs>),
    /// List them with the last month issued.
    List,
    /// Show one with its lines.
    Show {
        /// Its code.
        code: String,
    },
    /// Stop issuing it until resumed.
    Pause {
        /// Its code.
        code: String,
    },
    /// Issue it again from the next run.
    Resume {
        /// Its code.
        code: String,
    },
    /// Remove one (one already issued is paused for good: its history stays).
    Remove {
        /// Its code.
        code: String,
    },
    /// Issue every recurring invoice due in a month, once: running the month again issues
    /// nothing new.
    Run {
        /// The month (YYYY-MM).
        #[arg(long, value_parser = Month::parse)]
        month: Month,
        /// Show what would be issued, issue nothing.
        #[arg(long)]
        dry_run: bool,
        /// Where the PDFs go, and --no-pdf.
        #[command(flatten)]
        pdf: super::documents::PdfOutput,
    },
}

/// A recurring invoice to add.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// Its code, e.g. ABC-HOSHU.
    pub code: String,
    /// The customer (default: the --like invoice's).
    #[arg(long)]
    pub customer: Option<String>,
    /// Day of the month it is dated (31: the month's last day).
    #[arg(long)]
    pub day: u32,
    /// Copy the customer, subject, lines and pricing of an issued invoice.
    #[arg(long)]
    pub like: Option<String>,
    /// A line: NAME;QTY;PRICE;RATE[;UNIT] (repeatable).
    #[arg(long, value_parser = crate::invoice::check_line_spec)]
    pub line: Vec<String>,
    /// 件名: month words (5月分, 2026年5月) move to each month; {YYYY} {M} {MM} are filled in.
    #[arg(long)]
    pub subject: Option<String>,
    /// 備考.
    #[arg(long)]
    pub note: Option<String>,
    /// The first month it bills (default: this month).
    #[arg(long, value_parser = Month::parse)]
    pub from: Option<Month>,
}

/// Runs a recurring subcommand.
pub fn run(ctx: &Ctx, cmd: RecurringCommand) -> Result<()> {
    match cmd {
        RecurringCommand::Add(a) => add(ctx, *a),
        RecurringCommand::List => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            ctx.print(
                &report::recurring(&recurring::list(&db.conn)?, company.currency),
                lang,
            )
        }
        RecurringCommand::Show { code } => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            let r = recurring::get(&db.conn, &code)?;
            ctx.print(&report::recurring_lines(&r, company.currency), lang)
        }
        RecurringCommand::Pause { code } => change(ctx, &code, Some(false)),
        RecurringCommand::Resume { code } => change(ctx, &code, Some(true)),
        RecurringCommand::Remove { code } => change(ctx, &code, None),
        RecurringCommand::Run {
            month,
            dry_run,
            pdf,
        } => run_month(ctx, month, dry_run, &pdf),
    }
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<()> {
    let lines = a
        .line
        .iter()
        .map(|l| crate::invoice::parse_line_spec(l))
        .collect::<Result<Vec<_>>>()?;
    let new = NewRecurring {
        code: a.code,
        customer: a.customer,
        day: a.day,
        like: a.like,
        lines,
        subject: a.subject,
        note: a.note,
        start: a.from,
    };
    let today = today()?;
    let mut db = ctx.open()?;
    let r = db::write(&mut db, "invoice recurring add", |tx| {
        let r = recurring::add(tx, &new, today)?;
        let summary = format!("recurring invoice {} for {}", r.code, r.customer);
        Ok((r, summary))
    })?;
    ctx.ui.info(format!(
        "recurring invoice {}: {} on day {} from {}",
        r.code, r.customer, r.day, r.start_month
    ));
    Ok(())
}

fn change(ctx: &Ctx, code: &str, active: Option<bool>) -> Result<()> {
    let mut db = ctx.open()?;
    let message = db::write(&mut db, "invoice recurring", |tx| {
        let message = match active {
            Some(true) => format!(
                "recurring invoice {} resumed",
                recurring::set_active(tx, code, true)?.code
            ),
            Some(false) => format!(
                "recurring invoice {} paused",
                recurring::set_active(tx, code, false)?.code
            ),
            None if recurring::remove(tx, code)? => format!("recurring invoice {code} removed"),
            None => format!(
                "recurring invoice {code} was issued before: paused for good, its history kept"
            ),
        };
        Ok((message.clone(), message))
    })?;
    ctx.ui.info(message);
    Ok(())
}

fn run_month(
    ctx: &Ctx,
    month: Month,
    dry_run: bool,
    pdf: &super::documents::PdfOutput,
) -> Result<()> {
    let OpenBooks {
        mut db,
        company,
        lang,
    } = ctx.books::<Company>()?;
    if dry_run {
        let due = recurring::due(&db.conn, month)?;
        return ctx.print(&report::recurring_due(&due, company.currency), lang);
    }
    let issued = db::write(&mut db, "invoice recurring run", |tx| {
        let issued = recurring::run(tx, month, &company.currency, lang)?;
        let summary = format!("recurring invoices of {month}: {} issued", issued.len());
        Ok((issued, summary))
    })?;
    let documents: Vec<_> = issued.into_iter().map(|(_, d)| d).collect();
    super::documents::write_issued(ctx, &company, lang, pdf, documents)
}
