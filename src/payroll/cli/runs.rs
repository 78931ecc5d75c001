//! The calculator, runs, payslips, register and the bank file.

use std::path::Path;

use anyhow::{Result, bail};
use chrono::NaiveDate;

use super::CalcArgs;
use crate::company::Company;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::files::{self, Existing};
use crate::kernel::period::Month;
use crate::payroll::outputs::{payslip_pdfs, transfer_file};
use crate::payroll::run::{CalcInput, calc as calc_one, confirm_month, load, run_month};
use crate::payroll::{Payslip, ops, report};
use crate::people::Employee;

/// `payroll calc`.
pub fn calc(ctx: &Ctx, a: CalcArgs) -> Result<()> {
    let pay_month = a.month;
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let premium = crate::payroll::run::premium_month(&db.conn, pay_month)?;
    if let Some(birth) = a.birth_date
        && birth > crate::kernel::clock::today()?
    {
        bail!("--birth-date {birth} is in the future");
    }
    if a.age.is_some_and(|age| age > 150) {
        bail!("--age must be a person's age");
    }
    let care = match (a.age, a.birth_date) {
        (Some(age), _) => (40..65).contains(&age),
        (None, Some(b)) => crate::payroll::insurance::nursing_care_applies(b, premium),
        (None, None) => false,
    };
    let prefecture = ops::prefecture_code(&db.conn, &a.prefecture)?;
    let p = calc_one(
        &db.conn,
        &CalcInput {
            pay_month,
            gross: a.gross,
            non_taxable: a.non_taxable,
            standard_monthly: a.standard_monthly,
            care,
            prefecture,
            dependents: a.dependents,
            column: a.column,
            employment_insurance: !a.no_employment_insurance,
        },
    )?;
    let mut r = report::breakdown(&p, company.currency);
    r.notes
        .push(format!("pay month {pay_month}, premium month {premium}"));
    ctx.print(&r, lang)
}

/// `payroll run`.
pub fn run(ctx: &Ctx, month: &Month, pay_date: Option<NaiveDate>) -> Result<()> {
    let month = *month;
    let mut db = ctx.open()?;
    let (n, total) = db::write(&mut db, "payroll run", |tx| {
        let slips = run_month(tx, month, pay_date)?;
        let total: i64 = slips.iter().map(|(_, p)| p.net).sum();
        let negative: Vec<String> = slips
            .iter()
            .filter(|(_, p)| p.net < 0)
            .map(|(e, p)| format!("{} ({})", e.code, p.net))
            .collect();
        if !negative.is_empty() {
            ctx.ui.warn(format!(
                "net pay below zero for {}: check absences and deductions before confirming",
                negative.join(", ")
            ));
        }
        Ok((
            (slips.len(), total),
            format!(
                "payroll run {month}: {} employees, net {total}",
                slips.len()
            ),
        ))
    })?;
    ctx.ui.info(format!("payroll {month}: {n} payslips (draft), net pay {total}; review with `bko payroll show --month {month}`, then confirm"));
    Ok(())
}

/// `payroll show`.
pub fn show(ctx: &Ctx, month: &Month, only: Option<&str>) -> Result<()> {
    let month = *month;
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let (run, slips) = load(&db.conn, month)?;
    let rows: Vec<(String, Employee, Payslip)> = slips
        .into_iter()
        .filter(|(e, _)| only.is_none_or(|c| c == e.code))
        .map(|(e, p)| (month.to_string(), e, p))
        .collect();
    let mut r = report::slips("payroll_show", &rows, company.currency);
    r.notes.push(format!(
        "{month}: {} (pay date {})",
        run.status, run.pay_date
    ));
    ctx.print(&r, lang)
}

/// `payroll confirm`.
pub fn confirm(ctx: &Ctx, month: &Month) -> Result<()> {
    let month = *month;
    let mut db = ctx.open()?;
    let entry = db::write(&mut db, "payroll confirm", |tx| {
        let entry = confirm_month(tx, month)?;
        Ok((entry, format!("confirmed payroll {month}: entry {entry}")))
    })?;
    ctx.ui
        .info(format!("payroll {month} confirmed; journal entry {entry}"));
    for (e, year) in ops::leavers_paid(&db.conn, month)? {
        ctx.ui.info(format!(
            "{} {} leaves on {}: hand over the 源泉徴収票 with this last pay — `bko payroll yearend slips --year {year} --employee {}`",
            e.code,
            e.name,
            e.leave_date.map(|d| d.to_string()).unwrap_or_default(),
            e.code
        ));
    }
    Ok(())
}

/// `payroll cancel`.
pub fn cancel(ctx: &Ctx, month: &Month) -> Result<()> {
    let month = *month;
    let mut db = ctx.open()?;
    db::write(&mut db, "payroll cancel", |tx| {
        ops::cancel_draft(tx, month)?;
        Ok(((), format!("cancelled the draft payroll of {month}")))
    })?;
    ctx.ui.info(format!("draft payroll of {month} discarded"));
    Ok(())
}

/// `payroll register` (賃金台帳).
pub fn register(ctx: &Ctx, month: Option<Month>, year: Option<i32>) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let rows = ops::register_rows(&db.conn, month, year)?;
    ctx.print(
        &report::slips("wage_register", &rows, company.currency),
        lang,
    )
}

/// `payroll payslips`.
pub fn payslips(
    ctx: &Ctx,
    month: &Month,
    dir: &Path,
    only: Option<&str>,
    existing: Existing,
) -> Result<()> {
    let month = *month;
    let OpenBooks { db, lang, .. } = ctx.books::<Company>()?;
    let started = std::time::Instant::now();
    let (files, draft) = db::snapshot(&db.conn, |conn| payslip_pdfs(conn, month, lang, only))?;
    files::write_batch(dir, &files, existing)?;
    let millis = started.elapsed().as_millis().max(1);
    ctx.ui.info(format!(
        "{} payslips written to {} ({} a second){}",
        files.len(),
        dir.display(),
        files.len() as u128 * 1000 / millis,
        if draft {
            "; the run is still a draft"
        } else {
            ""
        }
    ));
    Ok(())
}

/// `payroll transfer`: the Zengin file of a confirmed run.
pub fn transfer(ctx: &Ctx, month: &Month, output: &Path, existing: Existing) -> Result<()> {
    let month = *month;
    let db = ctx.open()?;
    let (bytes, count, total) = transfer_file(&db.conn, month)?;
    files::write_file(output, &bytes, existing)?;
    ctx.ui.info(format!(
        "{count} transfers, {total} yen, written to {}",
        output.display()
    ));
    Ok(())
}
