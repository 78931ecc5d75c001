//! `bko invoice quote ...`: quotes (見積書) made, listed, shown, drawn, accepted into an invoice
//! or declined.

use std::path::PathBuf;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::documents::{PdfOutput, lines_from_args, pdf_dir};
use crate::company::Company;
use crate::invoice::batch::{Batch, issue_batch};
use crate::invoice::issue::Books;
use crate::invoice::quote::{self, Quote, QuoteInput};
use crate::invoice::{TaxPricing, report};
use crate::kernel::clock::today;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::files::{Existing, write_file};
use crate::kernel::period::parse_date;

/// Quote commands.
#[derive(Debug, Subcommand)]
pub enum QuoteCommand {
    /// Make a quote: numbered (quote_number_pattern), valid until a day, its PDF written and
    /// archived.
    Add(Box<QuoteAddArgs>),
    /// Quotes with their status (open, expired, accepted with the invoice, declined).
    List {
        /// From date.
        #[arg(long, value_parser = parse_date)]
        from: Option<NaiveDate>,
        /// To date.
        #[arg(long, value_parser = parse_date)]
        to: Option<NaiveDate>,
    },
    /// One quote with its lines and per-rate totals.
    Show {
        /// Quote number.
        number: String,
    },
    /// Write a quote's PDF again.
    Pdf {
        /// Quote number.
        number: String,
        /// The file (default: NUMBER.pdf in the PDF folder).
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
        /// Replace a file that already exists.
        #[arg(long)]
        force: bool,
    },
    /// Issue the invoice of an open quote: its customer, subject, lines and pricing exactly.
    Accept {
        /// Quote number.
        number: String,
        /// Invoice date (default: today).
        #[arg(long, value_parser = parse_date)]
        date: Option<NaiveDate>,
        /// Where the invoice PDF goes.
        #[command(flatten)]
        pdf: PdfOutput,
    },
    /// Decline an open quote, keeping why.
    Decline {
        /// Quote number.
        number: String,
        /// Why (the customer chose another offer, revised as Q-…).
        #[arg(long)]
        reason: String,
    },
}

/// A quote to make.
#[derive(Debug, Args)]
pub struct QuoteAddArgs {
    /// Customer code.
    #[arg(long)]
    pub customer: String,
    /// Quote date (default: today).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Valid until (default: the date plus quote_valid_days, 30).
    #[arg(long, value_parser = parse_date)]
    pub valid_until: Option<NaiveDate>,
    /// Subject (件名).
    #[arg(long)]
    pub subject: Option<String>,
    /// A line NAME;QTY;UNIT_PRICE;RATE[;UNIT]; repeat for more.
    #[arg(long, value_name = "NAME;QTY;PRICE;RATE", value_parser = crate::invoice::check_line_spec)]
    pub line: Vec<String>,
    /// A catalogue item CODE:QTY; repeat for more.
    #[arg(long, value_name = "CODE:QTY")]
    pub item: Vec<String>,
    /// Note (備考).
    #[arg(long)]
    pub note: Option<String>,
    /// Override the customer's pricing: exclusive (税抜) or inclusive (税込).
    #[arg(long)]
    pub pricing: Option<String>,
    /// Where the PDF goes.
    #[command(flatten)]
    pub pdf: PdfOutput,
}

/// Runs a quote command.
pub fn run(ctx: &Ctx, cmd: QuoteCommand) -> Result<()> {
    match cmd {
        QuoteCommand::Add(a) => add(ctx, *a),
        QuoteCommand::List { from, to } => list(ctx, from, to),
        QuoteCommand::Show { number } => show(ctx, &number),
        QuoteCommand::Pdf {
            number,
            output,
            force,
        } => pdf(ctx, &number, output, force),
        QuoteCommand::Accept { number, date, pdf } => accept(ctx, &number, date, &pdf),
        QuoteCommand::Decline { number, reason } => decline(ctx, &number, &reason),
    }
}

fn add(ctx: &Ctx, a: QuoteAddArgs) -> Result<()> {
    let OpenBooks {
        mut db,
        company,
        lang,
    } = ctx.books::<Company>()?;
    let input = QuoteInput {
        customer: a.customer.trim().to_string(),
        date: a.date.map_or_else(today, Ok)?,
        valid_until: a.valid_until,
        subject: a.subject.clone(),
        note: a.note.clone(),
        lines: lines_from_args(&db.conn, &a.line, &a.item)?,
        pricing: a.pricing.as_deref().map(TaxPricing::parse).transpose()?,
    };
    let (q, bytes) = db::write(&mut db, "invoice quote add", |tx| {
        let books = Books::load(tx)?;
        let q = quote::add(tx, &books, &input)?;
        let bytes = drawn(&q, &company, lang)?;
        quote::archive(tx, &q, &bytes)?;
        let summary = format!("quote {} to {} for {}", q.number, q.customer, q.total);
        Ok(((q, bytes), summary))
    })?;
    if !a.pdf.no_pdf {
        let path = pdf_dir(ctx, &a.pdf).join(format!("{}.pdf", q.number));
        crate::kernel::pdf::write_atomically(&path, &bytes)?;
        ctx.ui.info(format!("wrote {}", path.display()));
    }
    ctx.ui.info(format!(
        "quote {} for {}, valid until {}",
        q.number,
        company.currency.display(q.total),
        q.valid_until
    ));
    ctx.print(&report::quote(&q, today()?, company.currency), lang)
}

fn drawn(q: &Quote, company: &Company, lang: crate::kernel::output::Lang) -> Result<Vec<u8>> {
    crate::invoice::pdf::quote_pdf(&q.as_document(), &company.currency, lang)
}

fn list(ctx: &Ctx, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let (first, last) = crate::kernel::period::ALL_DATES;
    let quotes = quote::list(&db.conn, from.unwrap_or(first), to.unwrap_or(last))?;
    ctx.print(&report::quotes(&quotes, today()?, company.currency), lang)
}

fn show(ctx: &Ctx, number: &str) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let q = quote::get(&db.conn, number)?;
    ctx.print(&report::quote(&q, today()?, company.currency), lang)
}

fn pdf(ctx: &Ctx, number: &str, output: Option<PathBuf>, force: bool) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let q = quote::get(&db.conn, number)?;
    let bytes = drawn(&q, &company, lang)?;
    let path = output.unwrap_or_else(|| PathBuf::from(format!("{number}.pdf")));
    write_file(&path, &bytes, Existing::from_force(force))?;
    ctx.ui.info(format!("wrote {}", path.display()));
    Ok(())
}

fn accept(ctx: &Ctx, number: &str, date: Option<NaiveDate>, pdf: &PdfOutput) -> Result<()> {
    let OpenBooks {
        mut db,
        company,
        lang,
    } = ctx.books::<Company>()?;
    let date = date.map_or_else(today, Ok)?;
    let q = quote::get(&db.conn, number)?;
    if q.status == "open" && q.valid_until < date {
        ctx.ui.warn(format!(
            "quote {number} was valid until {}; accepted on {date} all the same",
            q.valid_until
        ));
    }
    let documents = db::write(&mut db, "invoice quote accept", |tx| {
        let input = quote::invoice_of(tx, number, date)?;
        let batch = Batch {
            inputs: &[(String::new(), input)],
            existing_draft: None,
            draft_only: false,
        };
        let documents = issue_batch(tx, &batch, &company.currency, lang)?;
        quote::mark_accepted(tx, number, &documents[0].number)?;
        let summary = format!("quote {number} accepted as {}", documents[0].number);
        Ok((documents, summary))
    })?;
    ctx.ui.info(format!(
        "quote {number} accepted: invoice {}",
        documents[0].number
    ));
    super::documents::write_issued(ctx, &company, lang, pdf, documents)
}

fn decline(ctx: &Ctx, number: &str, reason: &str) -> Result<()> {
    let mut db = ctx.open()?;
    db::write(&mut db, "invoice quote decline", |tx| {
        quote::decline(tx, number, reason)?;
        Ok(((), format!("quote {number} declined: {reason}")))
    })?;
    ctx.ui.info(format!("quote {number} declined"));
    Ok(())
}
