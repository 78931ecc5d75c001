//! `bko invoice list|show|aging|statement|export`.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;

use crate::company::Company;
use crate::invoice::ops;
use crate::invoice::{DocumentKind, DocumentStatus, ListFilter};
use crate::invoice::{payment_status, plain_decimal, report};
use crate::kernel::clock::today;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::output;
use crate::kernel::period::parse_date;

/// List invoices and credit notes.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this status: draft, issued, partially_paid, paid, overdue, void.
    #[arg(long, value_parser = ["draft", "issued", "partially_paid", "paid", "credited", "overdue", "void"])]
    pub status: Option<String>,
    /// Only this customer (code).
    #[arg(long)]
    pub customer: Option<String>,
    /// From date.
    #[arg(long, value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// To date.
    #[arg(long, value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// Only invoices, only credit notes, the receipts (領収書) written, the quotes (見積書), or
    /// the delivery notes (納品書) made on their own.
    #[arg(long, value_parser = ["invoice", "credit_note", "receipt", "quote", "delivery-note"])]
    pub kind: Option<String>,
}

/// Receivables aging.
#[derive(Debug, Args)]
pub struct AgingArgs {
    /// The date (default: today); earlier dates show the aging as it was then.
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}

/// A customer statement.
#[derive(Debug, Args)]
pub struct StatementArgs {
    /// Customer code.
    pub customer: String,
    /// From date (default: the first movement).
    #[arg(long, value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// To date (default: today).
    #[arg(long, value_parser = parse_date)]
    pub to: Option<NaiveDate>,
}

/// Export invoices: their lines as CSV, or each issued invoice and credit note as a JP PINT
/// (Peppol) e-invoice: `export INV-2026-0001 --as jp-pint -o INV.xml`, or `--from --to -o DIR`
/// for one XML file per document.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// One invoice or credit note (default: all in the date range).
    pub number: Option<String>,
    /// From date.
    #[arg(long, value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// To date.
    #[arg(long, value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// csv (the lines of every document, one row each) or jp-pint (UBL 2.1 XML per document).
    #[arg(long = "as", id = "export_as", value_parser = ["csv", "jp-pint"], default_value = "csv")]
    pub export_as: String,
}

fn customer_id(conn: &rusqlite::Connection, code: &str) -> Result<i64> {
    match ops::customer_by_code(conn, code)? {
        Some(c) => Ok(c.id),
        None => bail!("unknown customer '{code}'"),
    }
}

/// Lists documents.
pub fn list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    if args.kind.as_deref() == Some("receipt") {
        let (first, last) = crate::kernel::period::ALL_DATES;
        let list = crate::invoice::receipt::list(
            &db.conn,
            args.from.unwrap_or(first),
            args.to.unwrap_or(last),
        )?;
        return ctx.print(&report::receipts(&list, company.currency), lang);
    }
    if args.kind.as_deref() == Some("delivery-note") {
        let (first, last) = crate::kernel::period::ALL_DATES;
        let from = args.from.unwrap_or(first);
        let list = crate::invoice::delivery::list(&db.conn, from, args.to.unwrap_or(last))?;
        return ctx.print(&report::delivery_notes(&list, company.currency), lang);
    }
    if args.kind.as_deref() == Some("quote") {
        let (first, last) = crate::kernel::period::ALL_DATES;
        let from = args.from.unwrap_or(first);
        let list = crate::invoice::quote::list(&db.conn, from, args.to.unwrap_or(last))?;
        return ctx.print(&report::quotes(&list, today()?, company.currency), lang);
    }
    let today = today()?;
    let filter = ListFilter {
        customer_id: args
            .customer
            .as_deref()
            .map(|c| customer_id(&db.conn, c))
            .transpose()?,
        from: args.from,
        to: args.to,
        kind: args.kind.as_deref().map(DocumentKind::parse).transpose()?,
    };
    let rows = crate::invoice::list_invoices(&db.conn, &filter, today)?;
    ctx.print(
        &report::list(&rows, args.status.as_deref(), today, company.currency),
        lang,
    )
}

/// Shows one document.
pub fn show(ctx: &Ctx, number: &str) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let Some(inv) = crate::invoice::invoice_by_number(&db.conn, number)? else {
        bail!("there is no invoice '{number}'");
    };
    let today = today()?;
    let settlement = ops::settlement(&db.conn, inv.id, today)?;
    let status = match (inv.status, inv.kind) {
        (DocumentStatus::Issued, DocumentKind::Invoice) => {
            payment_status(inv.total, settlement, inv.due_date, today).to_string()
        }
        (s, _) => s.to_string(),
    };
    ctx.print(
        &report::show(&inv, &status, settlement.total(), company.currency),
        lang,
    )
}

/// Prints the aging as of a date: invoices issued by then, minus what settled them by then,
/// leaving out those voided by then.
pub fn aging(ctx: &Ctx, args: AgingArgs) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let as_of = match args.as_of {
        Some(d) => d,
        None => today()?,
    };
    ctx.print(
        &report::aging_as_of(&db.conn, as_of, company.currency)?,
        lang,
    )
}

/// Prints a customer statement.
pub fn statement(ctx: &Ctx, args: StatementArgs) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let id = customer_id(&db.conn, &args.customer)?;
    let movements = ops::customer_movements(&db.conn, id)?;
    let to = match args.to {
        Some(d) => d,
        None => today()?,
    };
    let from = args
        .from
        .or_else(|| movements.first().map(|m| m.0))
        .unwrap_or(to);
    ctx.print(
        &report::statement(&movements, from, to, company.currency),
        lang,
    )
}

/// Writes invoices with their lines as CSV (one row per line).
pub fn export(ctx: &Ctx, args: ExportArgs) -> Result<()> {
    if args.export_as == "jp-pint" {
        return super::peppol::export(ctx, args);
    }
    let OpenBooks { db, company, .. } = ctx.books::<Company>()?;
    let bytes = lines_csv(&db.conn, &args, company.currency)?;
    let to = ctx.destination()?;
    output::deliver(&to.csv_encoding.encode(bytes)?, output::Format::Csv, &to)
}

/// Every line of the documents chosen, one CSV row each with its document's figures.
fn lines_csv(
    conn: &rusqlite::Connection,
    args: &ExportArgs,
    currency: crate::kernel::money::Currency,
) -> Result<Vec<u8>> {
    let filter = ListFilter {
        from: args.from,
        to: args.to,
        ..Default::default()
    };
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record([
        "number",
        "kind",
        "status",
        "date",
        "due_date",
        "customer",
        "customer_name",
        "subject",
        "line_no",
        "item",
        "quantity",
        "unit",
        "unit_price",
        "tax_rate",
        "amount",
        "invoice_subtotal",
        "invoice_tax",
        "invoice_total",
    ])?;
    for row in crate::invoice::list_invoices(conn, &filter, crate::invoice::far_future())? {
        let Some(inv) = ops::invoice_by_id(conn, row.id)? else {
            continue;
        };
        if args.number.is_some() && inv.number != args.number {
            continue;
        }
        for (i, (line, amount)) in inv.lines.iter().enumerate() {
            writer.write_record([
                inv.number.clone().unwrap_or_default(),
                inv.kind.to_string(),
                inv.status.to_string(),
                inv.date.to_string(),
                inv.due_date.map(|d| d.to_string()).unwrap_or_default(),
                row.customer.clone(),
                row.customer_name.clone(),
                inv.subject.clone().unwrap_or_default(),
                (i + 1).to_string(),
                line.name.clone(),
                plain_decimal(line.quantity),
                line.unit.clone().unwrap_or_default(),
                plain_decimal(line.unit_price),
                line.rate.to_string(),
                currency.plain(*amount),
                currency.plain(inv.subtotal),
                currency.plain(inv.tax),
                currency.plain(inv.total),
            ])?;
        }
    }
    Ok(writer.into_inner().map_err(|e| e.into_error())?)
}
