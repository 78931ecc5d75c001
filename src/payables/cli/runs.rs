//! `bko payables run|runs|transfer|confirm|cancel|pay|withholding|statements`: paying
//! suppliers and the tax withheld from them.

use std::path::PathBuf;

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;

use crate::company::Company;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::files::{self, Existing};
use crate::kernel::period::parse_date;
use crate::payables::report;
use crate::payables::runs::{self, RunRequest};

/// What a payment run takes.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// 振込指定日: the day the bank pays.
    #[arg(long, value_parser = parse_date)]
    pub date: NaiveDate,
    /// Take open bills due on or before this day (default: the date).
    #[arg(long, value_parser = parse_date)]
    pub due_through: Option<NaiveDate>,
    /// Only this supplier (repeatable).
    #[arg(long)]
    pub supplier: Vec<String>,
    /// Pay part of a bill now: BILL=AMOUNT (repeatable; the bill is taken whatever its due).
    #[arg(long, value_parser = parse_partial)]
    pub pay: Vec<(i64, i64)>,
    /// Pay from this account (default: the setting payables_bank_account, 普通預金).
    #[arg(long)]
    pub from: Option<String>,
}

fn parse_partial(text: &str) -> Result<(i64, i64)> {
    let parse = || -> Option<(i64, i64)> {
        let (bill, amount) = text.split_once('=')?;
        Some((
            bill.trim().parse().ok()?,
            amount.trim().replace(',', "").parse().ok()?,
        ))
    };
    parse().ok_or_else(|| anyhow::anyhow!("write BILL=AMOUNT (whole yen), not '{text}'"))
}

/// A bill paid by hand.
#[derive(Debug, Args)]
pub struct PayArgs {
    /// The bill (its id).
    pub bill: i64,
    /// Paid on.
    #[arg(long, value_parser = parse_date)]
    pub date: NaiveDate,
    /// How much of what is owed (default: all of it).
    #[arg(long)]
    pub amount: Option<i64>,
    /// Paid from (default: 普通預金; e.g. 現金, or a card's 未払金).
    #[arg(long)]
    pub from: Option<String>,
}

/// `payables run`: builds the draft and shows it.
pub fn build(ctx: &Ctx, a: RunArgs) -> Result<()> {
    let request = RunRequest {
        date: Some(a.date),
        due_through: a.due_through,
        suppliers: a.supplier,
        partial: a.pay,
        account: a.from,
    };
    let mut db = ctx.open()?;
    let (view, warnings) = db::write(&mut db, "payables run", |tx| {
        let built = runs::build_run(tx, &request)?;
        let summary = format!("payment run {} drafted for {}", built.0.run.id, a.date);
        Ok((built, summary))
    })?;
    for w in warnings {
        ctx.ui.warn(w);
    }
    let OpenBooks { company, lang, .. } = ctx.books::<Company>()?;
    ctx.print(&report::run(&view, company.currency), lang)?;
    ctx.ui.info(format!(
        "draft run {id}: `bko payables transfer --run {id} -o FILE`, then `bko payables confirm --run {id}`",
        id = view.run.id
    ));
    Ok(())
}

/// `payables runs [N]`.
pub fn show(ctx: &Ctx, run: Option<i64>) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    match run {
        Some(id) => ctx.print(
            &report::run(&runs::view(&db.conn, id)?, company.currency),
            lang,
        ),
        None => ctx.print(
            &report::runs(&runs::runs(&db.conn)?, company.currency),
            lang,
        ),
    }
}

/// `payables transfer --run N -o FILE`.
pub fn transfer(ctx: &Ctx, run: i64, output: PathBuf, force: bool) -> Result<()> {
    let db = ctx.open()?;
    let (bytes, count, total) = runs::transfer_file(&db.conn, run)?;
    files::write_file(&output, &bytes, Existing::from_force(force))?;
    ctx.ui.info(format!(
        "総合振込: {count} transfers, {total} yen, written to {}",
        output.display()
    ));
    Ok(())
}

/// `payables confirm --run N`.
pub fn confirm(ctx: &Ctx, run: i64) -> Result<()> {
    let mut db = ctx.open()?;
    let view = db::write(&mut db, "payables confirm", |tx| {
        let v = runs::confirm(tx, run)?;
        Ok((v, format!("payment run {run} confirmed")))
    })?;
    let total = view.total();
    ctx.ui.info(format!(
        "payment run {run} confirmed: {} bills paid, {total} yen transferred (entry {})",
        view.lines.len(),
        view.run.entry_id.unwrap_or_default()
    ));
    Ok(())
}

/// `payables cancel --run N`.
pub fn cancel(ctx: &Ctx, run: i64) -> Result<()> {
    let mut db = ctx.open()?;
    db::write(&mut db, "payables cancel", |tx| {
        runs::cancel(tx, run)?;
        Ok(((), format!("payment run {run} cancelled")))
    })?;
    ctx.ui.info(format!("draft payment run {run} dropped"));
    Ok(())
}

/// `payables pay BILL --date D`.
pub fn pay(ctx: &Ctx, a: PayArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let (bill, entry) = db::write(&mut db, "payables pay", |tx| {
        let paid = runs::pay(tx, a.bill, a.date, a.amount, a.from.as_deref())?;
        Ok((paid, format!("bill {} paid", a.bill)))
    })?;
    ctx.ui.info(format!(
        "bill {} paid (entry {entry}); {} left to pay",
        bill.id,
        bill.outstanding()
    ));
    Ok(())
}

/// `payables withholding --month M`.
pub fn withholding(ctx: &Ctx, month: crate::kernel::period::Month) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let m = crate::payables::withholding::month_totals(&db.conn, month)?;
    ctx.print(&report::withheld(&m, company.currency), lang)
}

/// `payables statements --year Y [-o FILE.pdf]`.
pub fn statements(
    ctx: &Ctx,
    year: i32,
    output: Option<&std::path::Path>,
    force: bool,
) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    if let Some(path) = output {
        let Some(bytes) = crate::payables::withholding::statements_pdf(&db.conn, year)? else {
            anyhow::bail!("no payee was paid more than ¥50,000 with withholding in {year}");
        };
        files::write_file(path, &bytes, Existing::from_force(force))?;
        ctx.ui
            .info(format!("支払調書 written to {}", path.display()));
    }
    let (list, below) = crate::payables::withholding::statements(&db.conn, year)?;
    ctx.print(
        &report::statements(&list, below, year, company.currency),
        lang,
    )
}

/// `payables reverse --run N | --payment ID`.
pub fn reverse(
    ctx: &Ctx,
    run: Option<i64>,
    payment: Option<i64>,
    date: Option<NaiveDate>,
) -> Result<()> {
    let date = date.map_or_else(crate::kernel::clock::today, Ok)?;
    let mut db = ctx.open()?;
    let message = db::write(&mut db, "payables reverse", |tx| {
        let message = match (run, payment) {
            (Some(id), _) => {
                let v = runs::reverse_run(tx, id, date)?;
                format!(
                    "payment run {id} reversed on {date}: {} bills owed again",
                    v.lines.len()
                )
            }
            (None, Some(id)) => {
                let bill = runs::reverse_payment(tx, id, date)?;
                format!(
                    "payment {id} reversed on {date}: bill {} owes {}",
                    bill.id,
                    bill.outstanding()
                )
            }
            (None, None) => anyhow::bail!("say what: --run N or --payment ID"),
        };
        Ok((message.clone(), message))
    })?;
    ctx.ui.info(message);
    Ok(())
}
