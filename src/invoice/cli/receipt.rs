//! `bko invoice receipt` (the 領収書 of a recorded payment) and `bko invoice delivery-note` (the
//! 納品書 of an issued invoice).

use std::path::PathBuf;

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;

use crate::company::Company;
use crate::invoice::receipt::{self, Request};
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::files::{Existing, write_file};
use crate::kernel::period::parse_date;

/// A receipt to write.
#[derive(Debug, Args)]
pub struct ReceiptArgs {
    /// The invoice paid (its only payment; else name it with --payment).
    pub invoice: Option<String>,
    /// The payment (its id, from `invoice show`).
    #[arg(long)]
    pub payment: Option<i64>,
    /// 宛名 (default: the invoice's addressee with 御中 or 様).
    #[arg(long)]
    pub name: Option<String>,
    /// 但し書き (default: "INV-… 代金として").
    #[arg(long)]
    pub note: Option<String>,
    /// Handed over on paper: the 収入印紙 box and the duty it needs (an electronic receipt
    /// bears none).
    #[arg(long)]
    pub paper: bool,
    /// 発行日 (default: the payment's date).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// The PDF (default: NUMBER.pdf).
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
    /// Replace a file that already exists.
    #[arg(long)]
    pub force: bool,
}

/// Writes the receipt (or a copy marked 再発行), archives it, says what the stamp duty was
/// judged on.
pub fn write(ctx: &Ctx, a: ReceiptArgs) -> Result<()> {
    let request = Request {
        payment: a.payment,
        invoice: a.invoice.clone(),
        name: a.name.clone(),
        note: a.note.clone(),
        paper: a.paper,
        date: a.date,
    };
    let OpenBooks {
        mut db, company, ..
    } = ctx.books::<Company>()?;
    let (r, bytes, copy) = db::write(&mut db, "invoice receipt", |tx| {
        let (r, copy) = receipt::write(tx, &request)?;
        let issuer = crate::invoice::issue::issuer(tx)?;
        let bytes = crate::invoice::receipt_pdf::pdf(&r, &issuer)?;
        receipt::archive(tx, &r, &bytes)?;
        let summary = format!("receipt {} for payment {}", r.number, r.payment_id);
        Ok(((r, bytes, copy), summary))
    })?;
    let path = a
        .output
        .unwrap_or_else(|| PathBuf::from(format!("{}.pdf", r.number)));
    write_file(&path, &bytes, Existing::from_force(a.force))?;
    let money = |v: i64| company.currency.display(v);
    let duty = match (r.paper, r.stamp_duty) {
        (false, _) => "electronic: no stamp duty".to_string(),
        (true, 0) => format!(
            "on paper: no stamp (tax-excluded {} is under ¥50,000)",
            money(r.duty_base)
        ),
        (true, d) => format!(
            "on paper: a {} 収入印紙 (judged on the tax-excluded {})",
            money(d),
            money(r.duty_base)
        ),
    };
    ctx.ui.info(format!(
        "receipt {}{} for {} of {}: {}; written to {}",
        r.number,
        if copy { " (再発行)" } else { "" },
        money(r.amount),
        r.invoice,
        duty,
        path.display()
    ));
    Ok(())
}

/// A delivery note to write.
#[derive(Debug, Args)]
pub struct DeliveryNoteArgs {
    /// The issued invoice whose delivery note this is (its number on the note); leave out to
    /// make a note on its own with --customer and its lines (numbered DN-…).
    pub invoice: Option<String>,
    /// A note on its own: the customer.
    #[arg(long, conflicts_with = "invoice")]
    pub customer: Option<String>,
    /// 納品日 (a note on its own; default: today).
    #[arg(long, value_parser = crate::kernel::period::parse_date)]
    pub date: Option<NaiveDate>,
    /// Subject (件名).
    #[arg(long, conflicts_with = "invoice")]
    pub subject: Option<String>,
    /// A line NAME;QTY;UNIT_PRICE;RATE[;UNIT]; repeat for more.
    #[arg(long, value_name = "NAME;QTY;PRICE;RATE", value_parser = crate::invoice::check_line_spec, conflicts_with = "invoice")]
    pub line: Vec<String>,
    /// A catalogue item CODE:QTY; repeat for more.
    #[arg(long, value_name = "CODE:QTY", conflicts_with = "invoice")]
    pub item: Vec<String>,
    /// Note (備考).
    #[arg(long, conflicts_with = "invoice")]
    pub note: Option<String>,
    /// Leave out unit prices, amounts and totals.
    #[arg(long)]
    pub no_prices: bool,
    /// The PDF (default: NUMBER-納品書.pdf).
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
    /// Replace a file that already exists.
    #[arg(long)]
    pub force: bool,
}

/// Writes the delivery note of an issued invoice, or makes one on its own; archives it.
pub fn delivery_note(ctx: &Ctx, a: DeliveryNoteArgs) -> Result<()> {
    let OpenBooks {
        mut db,
        company,
        lang,
    } = ctx.books::<Company>()?;
    let prices = !a.no_prices;
    let (number, bytes) = match &a.invoice {
        Some(invoice) => db::write(&mut db, "invoice delivery-note", |tx| {
            let bytes =
                crate::invoice::receipt::delivery_note(tx, invoice, &company, lang, prices)?;
            Ok((
                (invoice.clone(), bytes),
                format!("delivery note of {invoice}"),
            ))
        })?,
        None => delivery_on_its_own(ctx, &mut db, &company, &a)?,
    };
    let path = a
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("{number}-納品書.pdf")));
    write_file(&path, &bytes, Existing::from_force(a.force))?;
    ctx.ui.info(format!(
        "delivery note {number}{} written to {}",
        if prices { "" } else { " (without prices)" },
        path.display()
    ));
    Ok(())
}

/// A delivery note on its own: numbered, drawn, archived. (number, PDF)
fn delivery_on_its_own(
    ctx: &Ctx,
    db: &mut crate::kernel::db::Db,
    company: &Company,
    a: &DeliveryNoteArgs,
) -> Result<(String, Vec<u8>)> {
    use crate::invoice::delivery::{self, DeliveryInput};
    let Some(customer) = a.customer.clone() else {
        return Err(crate::kernel::error::Exit::usage(
            "name the invoice, or give --customer and the lines for a delivery note on its own",
        ));
    };
    let input = DeliveryInput {
        customer,
        date: a.date.map_or_else(crate::kernel::clock::today, Ok)?,
        subject: a.subject.clone(),
        note: a.note.clone(),
        lines: super::documents::lines_from_args(&db.conn, &a.line, &a.item)?,
        pricing: None,
    };
    let lang = ctx.lang(company);
    let prices = !a.no_prices;
    db::write(db, "invoice delivery-note", |tx| {
        let books = crate::invoice::issue::Books::load(tx)?;
        let n = delivery::add(tx, &books, &input)?;
        let bytes = crate::invoice::pdf::delivery_note_pdf(
            &n.as_document(),
            &company.currency,
            lang,
            prices,
        )?;
        delivery::archive(tx, &n, &bytes, prices)?;
        let summary = format!("delivery note {} to {}", n.number, n.customer);
        Ok(((n.number, bytes), summary))
    })
}
