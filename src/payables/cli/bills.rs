//! `bko payables bills ...`.

use std::path::PathBuf;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::company::Company;
use crate::kernel::clock::today;
use crate::kernel::csvio::Encoding;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::period::parse_date;
use crate::payables::{BillInput, ops, parse_line, report};

/// Bill commands.
#[derive(Debug, Subcommand)]
pub enum BillsCommand {
    /// Enter a bill received.
    Add(Box<BillAddArgs>),
    /// Enter bills from CSV (bill,supplier,number,date,received,due,name,amount,rate,account,
    /// tax_included,book_only; one row per line), all or nothing.
    Import {
        /// The CSV file.
        file: PathBuf,
        /// Text encoding.
        #[arg(long, value_enum, default_value_t = Encoding::Auto)]
        encoding: Encoding,
    },
    /// List bills.
    List {
        /// Only this supplier's.
        #[arg(long)]
        supplier: Option<String>,
        /// First day.
        #[arg(long, value_parser = parse_date)]
        from: Option<NaiveDate>,
        /// Last day.
        #[arg(long, value_parser = parse_date)]
        to: Option<NaiveDate>,
    },
    /// Show one bill with its tax per rate.
    Show {
        /// Bill id.
        id: i64,
    },
    /// Void a bill entered by mistake (its entry is reversed).
    Void {
        /// Bill id.
        id: i64,
        /// Why.
        #[arg(long)]
        reason: String,
        /// The day of the reversal (default: today).
        #[arg(long, value_parser = parse_date)]
        date: Option<NaiveDate>,
    },
}

/// A bill as received.
#[derive(Debug, Args)]
pub struct BillAddArgs {
    /// Supplier code.
    #[arg(long)]
    pub supplier: String,
    /// Bill date.
    #[arg(long, value_parser = parse_date)]
    pub date: NaiveDate,
    /// Received (default: the bill date).
    #[arg(long, value_parser = parse_date)]
    pub received: Option<NaiveDate>,
    /// Due (default: from the supplier's terms).
    #[arg(long, value_parser = parse_date)]
    pub due: Option<NaiveDate>,
    /// The supplier's number for the bill.
    #[arg(long)]
    pub number: Option<String>,
    /// A line: "NAME;AMOUNT;RATE[;ACCOUNT]", repeatable.
    #[arg(long = "line", required = true)]
    pub lines: Vec<String>,
    /// The line amounts include the tax.
    #[arg(long)]
    pub tax_included: bool,
    /// The tax per rate as the bill states it: "10=1000", repeatable.
    #[arg(long = "tax")]
    pub taxes: Vec<String>,
    /// A book-only purchase (public transport, 出張旅費, 通勤手当, postage).
    #[arg(long)]
    pub book_only: bool,
    /// The bill's scan or PDF: archived in docs with its date, amount and supplier (電帳法).
    #[arg(long)]
    pub file: Option<std::path::PathBuf>,
}

/// Runs a bills subcommand.
pub fn run(ctx: &Ctx, cmd: BillsCommand) -> Result<()> {
    match cmd {
        BillsCommand::Add(a) => add(ctx, *a),
        BillsCommand::Import { file, encoding } => {
            let bytes = std::fs::read(&file)
                .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
            if crate::payables::einvoice::looks_like_xml(&bytes) {
                return import_e_invoice(ctx, &file, &bytes);
            }
            let mut db = ctx.open()?;
            let rates = ops::default_tax_rates(&db.conn)?;
            let inputs = crate::payables::import::read_bills(&file, encoding, &rates)?;
            let n = inputs.len();
            db::write(&mut db, "payables bills import", |tx| {
                let books = ops::Books::load(tx)?;
                for (line, input) in &inputs {
                    ops::enter_bill_in(tx, &books, input).map_err(|e| {
                        crate::kernel::error::prefixed(format!("{}:{line}", file.display()), e)
                    })?;
                }
                Ok(((), format!("imported {n} bills from {}", file.display())))
            })?;
            ctx.ui.info(format!("entered {n} bills"));
            Ok(())
        }
        BillsCommand::List { supplier, from, to } => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            let (first, last) = crate::kernel::period::ALL_DATES;
            let list = ops::bills(
                &db.conn,
                supplier.as_deref(),
                from.unwrap_or(first),
                to.unwrap_or(last),
            )?;
            ctx.print(&report::bills("bills", &list, company.currency), lang)
        }
        BillsCommand::Show { id } => show(ctx, id),
        BillsCommand::Void { id, reason, date } => {
            let date = match date {
                Some(d) => d,
                None => today()?,
            };
            let mut db = ctx.open()?;
            db::write(&mut db, "payables bills void", |tx| {
                ops::void_bill(tx, id, date, &reason)?;
                Ok(((), format!("voided bill {id}: {reason}")))
            })?;
            ctx.ui.info(format!("bill {id} voided"));
            Ok(())
        }
    }
}

fn add(ctx: &Ctx, a: BillAddArgs) -> Result<()> {
    let default_rate = {
        let db = ctx.open()?;
        ops::default_tax_rates(&db.conn)?
            .get(a.supplier.trim())
            .copied()
    };
    let input = BillInput {
        supplier: a.supplier,
        number: a
            .number
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty()),
        date: a.date,
        received: a.received,
        due: a.due,
        tax_included: a.tax_included,
        stated_tax: crate::payables::parse_stated_tax(&a.taxes)?,
        book_only: a.book_only,
        lines: a
            .lines
            .iter()
            .map(|l| parse_line(l, default_rate))
            .collect::<Result<_>>()?,
    };
    let OpenBooks {
        mut db, company, ..
    } = ctx.books::<Company>()?;
    let scan = a
        .file
        .as_ref()
        .map(|path| crate::docs::import::read_file(path))
        .transpose()?;
    let entered = db::write(&mut db, "payables bills add", |tx| {
        let e = ops::enter_bill(tx, &input)?;
        if let Some((name, bytes)) = &scan {
            ops::archive_scan(tx, &e.bill, name, bytes)?;
        }
        let summary = format!("bill {} from {}", e.bill.id, e.bill.supplier);
        Ok((e, summary))
    })?;
    for w in &entered.warnings {
        ctx.ui.warn(w);
    }
    let b = &entered.bill;
    ctx.ui.info(format!(
        "bill {} from {}: total {}, {}{}, to pay {} by {}",
        b.id,
        b.supplier,
        company.currency.display(b.total),
        b.credit_class.note(b.credit_percent),
        if b.withholding > 0 {
            format!(", withheld {}", company.currency.display(b.withholding))
        } else {
            String::new()
        },
        company.currency.display(b.net()),
        b.due
    ));
    Ok(())
}

/// `payables bills show ID`: the rates, then the payments and the archived scans.
fn show(ctx: &Ctx, id: i64) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let (bill, rates) = ops::bill(&db.conn, id)?;
    let mut r = report::bill_rates(&bill, &rates, company.currency);
    for p in crate::payables::runs::payments_of(&db.conn, id)? {
        let by = p.run_id.map(|r| format!(" (run {r})")).unwrap_or_default();
        let reversed = p
            .reversed_on
            .map(|d| format!(", reversed {d}"))
            .unwrap_or_default();
        r.notes.push(format!(
            "payment {} on {}: {}{by}{reversed}",
            p.id, p.date, p.amount
        ));
    }
    for doc in ops::bill_documents(&db.conn, id)? {
        r.notes
            .push(format!("scan: document {doc} (`bko docs show {doc}`)"));
    }
    ctx.print(&r, lang)
}

/// `bills import FILE.xml`: a JP PINT e-invoice entered as a bill, its XML archived.
fn import_e_invoice(ctx: &Ctx, file: &std::path::Path, bytes: &[u8]) -> Result<()> {
    let mut db = ctx.open()?;
    let entered = db::write(&mut db, "payables bills import", |tx| {
        let entered = crate::payables::einvoice::enter(tx, file, bytes)?;
        let message = format!(
            "entered e-invoice {} from {} as bill {}",
            entered.bill.number.as_deref().unwrap_or(""),
            entered.bill.supplier,
            entered.bill.id
        );
        Ok((entered, message))
    })?;
    for warning in &entered.warnings {
        ctx.ui.warn(warning);
    }
    ctx.ui.info(format!(
        "bill {}: {} from {} (total {}); the XML is archived as its original",
        entered.bill.id,
        entered.bill.number.as_deref().unwrap_or(""),
        entered.bill.supplier,
        crate::kernel::money::Currency::JPY.display(entered.bill.total)
    ));
    Ok(())
}
