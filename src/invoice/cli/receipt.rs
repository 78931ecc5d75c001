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
    /// The issued invoice.
    pub invoice: String,
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

/// Writes the delivery note of an issued invoice and archives it.
pub fn delivery_note(ctx: &Ctx, a: DeliveryNoteArgs) -> Result<()> {
    let OpenBooks {
        mut db,
        company,
        lang,
    } = ctx.books::<Company>()?;
    let prices = !a.no_prices;
    let bytes = db::write(&mut db, "invoice delivery-note", |tx| {
        let bytes = crate::invoice::receipt::delivery_note(tx, &a.invoice, &company, lang, prices)?;
        Ok((bytes, format!("delivery note of {}", a.invoice)))
    })?;
    let path = a
        .output
        .unwrap_or_else(|| PathBuf::from(format!("{}-納品書.pdf", a.invoice)));
    write_file(&path, &bytes, Existing::from_force(a.force))?;
    ctx.ui.info(format!(
        "delivery note of {}{} written to {}",
        a.invoice,
        if prices { "" } else { " (without prices)" },
        path.display()
    ));
    Ok(())
}
