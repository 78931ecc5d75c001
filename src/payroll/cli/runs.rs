//! The calculator, runs, payslips, register and the bank file.

use std::path::Path;

use anyhow::{Result, bail};
use chrono::NaiveDate;

use super::CalcArgs;
use crate::attendance;
use crate::cli::Ctx;
use crate::company::{Company, setting_or_default};
use crate::kernel::db;
use crate::kernel::period::Month;
use crate::payroll::run::{CalcInput, calc as calc_one, compute_month, default_pay_date, post_run};
use crate::payroll::{Payslip, pdf, report, store, zengin};
use crate::people::{self, Employee};

fn now() -> String {
    chrono::Local::now()
        .naive_local()
        .format("%Y-%m-%d %H:%M:%S")
        .to_string()
}

/// `payroll calc`.
pub fn calc(ctx: &Ctx, a: CalcArgs) -> Result<()> {
    let pay_month = Month::parse(&a.month)?;
    let db = ctx.open()?;
    let company = Company::load(&db.conn)?;
    let premium = crate::payroll::run::premium_month(&db.conn, pay_month)?;
    let care = match (a.age, a.birth_date) {
        (Some(age), _) => (40..65).contains(&age),
        (None, Some(b)) => crate::payroll::insurance::nursing_care_applies(b, premium),
        (None, None) => false,
    };
    let prefecture = store::prefecture_code(&db.conn, &a.prefecture)?;
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
    ctx.print(&r, ctx.lang(&company))
}

fn closed_or_fail(conn: &rusqlite::Connection, month: Month) -> Result<()> {
    if !attendance::store::is_closed(conn, month)? {
        bail!(
            "the attendance month {month} is open; payroll runs on closed months\nhint: check it with `bko attendance check --month {month}`, then `bko attendance close --month {month}`"
        );
    }
    Ok(())
}

/// `payroll run`.
pub fn run(ctx: &Ctx, month: &str, pay_date: Option<NaiveDate>) -> Result<()> {
    let month = Month::parse(month)?;
    let mut db = ctx.open()?;
    let (n, total) = db::write(&mut db, "payroll run", |tx| {
        closed_or_fail(tx, month)?;
        if let Some(existing) = store::run(tx, month)? {
            if existing.status == "confirmed" {
                bail!("the payroll of {month} is confirmed; it cannot be run again");
            }
            store::delete_draft(tx, existing.id)?;
        }
        let pay_date = match pay_date {
            Some(d) => d,
            None => default_pay_date(tx, month)?,
        };
        let slips = compute_month(tx, month, pay_date)?;
        let run_id = store::insert_run(tx, month, pay_date, &now())?;
        for (e, p) in &slips {
            store::insert_slip(tx, run_id, e.id, p)?;
        }
        let total: i64 = slips.iter().map(|(_, p)| p.net).sum();
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

/// A run's payslips with their employees.
fn load(
    conn: &rusqlite::Connection,
    month: Month,
) -> Result<(store::Run, Vec<(Employee, Payslip)>)> {
    let Some(run) = store::run(conn, month)? else {
        bail!("there is no payroll run for {month}\nhint: `bko payroll run --month {month}`");
    };
    let people: std::collections::HashMap<i64, Employee> = people::store::list(conn)?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    let slips = store::slips(conn, run.id)?
        .into_iter()
        .map(|(id, p)| (people[&id].clone(), p))
        .collect();
    Ok((run, slips))
}

/// `payroll show`.
pub fn show(ctx: &Ctx, month: &str, only: Option<&str>) -> Result<()> {
    let month = Month::parse(month)?;
    let db = ctx.open()?;
    let company = Company::load(&db.conn)?;
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
    ctx.print(&r, ctx.lang(&company))
}

/// `payroll confirm`.
pub fn confirm(ctx: &Ctx, month: &str) -> Result<()> {
    let month = Month::parse(month)?;
    let mut db = ctx.open()?;
    let entry = db::write(&mut db, "payroll confirm", |tx| {
        let (run, slips) = load(tx, month)?;
        if run.status == "confirmed" {
            bail!(
                "the payroll of {month} is already confirmed (entry {})",
                run.entry_id.unwrap_or(0)
            );
        }
        closed_or_fail(tx, month)?;
        let entry = post_run(tx, month, run.pay_date, &slips)?;
        store::confirm(tx, run.id, entry, &now())?;
        Ok((entry, format!("confirmed payroll {month}: entry {entry}")))
    })?;
    ctx.ui
        .info(format!("payroll {month} confirmed; journal entry {entry}"));
    Ok(())
}

/// `payroll cancel`.
pub fn cancel(ctx: &Ctx, month: &str) -> Result<()> {
    let month = Month::parse(month)?;
    let mut db = ctx.open()?;
    db::write(&mut db, "payroll cancel", |tx| {
        let Some(run) = store::run(tx, month)? else {
            bail!("there is no payroll run for {month}");
        };
        if run.status == "confirmed" {
            bail!(
                "the payroll of {month} is confirmed; reverse its journal entry {} instead",
                run.entry_id.unwrap_or(0)
            );
        }
        store::delete_draft(tx, run.id)?;
        Ok(((), format!("cancelled the draft payroll of {month}")))
    })?;
    ctx.ui.info(format!("draft payroll of {month} discarded"));
    Ok(())
}

/// `payroll register` (賃金台帳).
pub fn register(ctx: &Ctx, month: Option<&str>, year: Option<i32>) -> Result<()> {
    let db = ctx.open()?;
    let company = Company::load(&db.conn)?;
    let runs = match (month, year) {
        (Some(m), _) => {
            let m = Month::parse(m)?;
            let run = store::run(&db.conn, m)?.filter(|r| r.status == "confirmed");
            match run {
                Some(r) => vec![r],
                None => bail!("the payroll of {m} is not confirmed"),
            }
        }
        (None, Some(y)) => store::confirmed_runs_paid_in(&db.conn, y)?,
        (None, None) => bail!("give --month or --year"),
    };
    let mut rows = Vec::new();
    for r in runs {
        let (_, slips) = load(&db.conn, Month::parse(&r.month)?)?;
        rows.extend(slips.into_iter().map(|(e, p)| (r.month.clone(), e, p)));
    }
    ctx.print(
        &report::slips("wage_register", &rows, company.currency),
        ctx.lang(&company),
    )
}

/// `payroll payslips`.
pub fn payslips(ctx: &Ctx, month: &str, dir: &Path, only: Option<&str>) -> Result<()> {
    let month = Month::parse(month)?;
    let db = ctx.open()?;
    let company = Company::load(&db.conn)?;
    let lang = ctx.lang(&company);
    let (run, slips) = load(&db.conn, month)?;
    let chosen: Vec<&(Employee, Payslip)> = slips
        .iter()
        .filter(|(e, _)| only.is_none_or(|c| c == e.code))
        .collect();
    if chosen.is_empty() {
        bail!("no payslip to write for {month}");
    }
    let pages = chosen
        .iter()
        .map(|(e, p)| {
            (
                format!("payslip-{month}-{}", e.code),
                pdf::layout(&company.name, e, month, run.pay_date, p, lang),
            )
        })
        .collect();
    let started = std::time::Instant::now();
    let pdfs = pdf::render_many(pages)?;
    std::fs::create_dir_all(dir)?;
    for ((e, _), bytes) in chosen.iter().zip(&pdfs) {
        crate::kernel::pdf::write_atomically(&dir.join(format!("{month}_{}.pdf", e.code)), bytes)?;
    }
    let seconds = started.elapsed().as_secs_f64().max(0.001);
    ctx.ui.info(format!(
        "{} payslips written to {} ({:.0} a second){}",
        pdfs.len(),
        dir.display(),
        pdfs.len() as f64 / seconds,
        if run.status == "draft" {
            "; the run is still a draft"
        } else {
            ""
        }
    ));
    Ok(())
}

/// `payroll transfer`: the Zengin file of a confirmed run.
pub fn transfer(ctx: &Ctx, month: &str, output: &Path) -> Result<()> {
    let month = Month::parse(month)?;
    let db = ctx.open()?;
    let (run, slips) = load(&db.conn, month)?;
    if run.status != "confirmed" {
        bail!(
            "the payroll of {month} is not confirmed\nhint: `bko payroll confirm --month {month}`"
        );
    }
    let get = |k: &str| setting_or_default(&db.conn, k);
    let sender = zengin::Sender {
        consignor_code: get("payroll_consignor_code")?,
        consignor_name: get("payroll_consignor_name")?,
        bank_code: get("payroll_bank_code")?,
        bank_name: get("payroll_bank_name")?,
        branch_code: get("payroll_branch_code")?,
        branch_name: get("payroll_branch_name")?,
        account_type: get("payroll_account_type")?,
        account_number: get("payroll_account_number")?,
    };
    for (key, value) in [
        ("payroll_consignor_code", &sender.consignor_code),
        ("payroll_consignor_name", &sender.consignor_name),
        ("payroll_bank_code", &sender.bank_code),
        ("payroll_branch_code", &sender.branch_code),
        ("payroll_account_number", &sender.account_number),
    ] {
        if value.is_empty() {
            bail!(
                "the company transfer account is incomplete: {key} is not set\nhint: `bko company set {key} VALUE`"
            );
        }
    }
    let mut transfers = Vec::new();
    for (e, p) in slips.iter().filter(|(_, p)| p.net > 0) {
        let setting = store::setting_for(&db.conn, e.id, month)?.expect("a payslip has settings");
        let Some(account) = setting.bank else {
            bail!(
                "employee {} has no bank account\nhint: `bko payroll set {} --from {month} --bank-code ... --branch-code ... --account-number ...`",
                e.code,
                e.code
            );
        };
        let Some(kana) = e.kana.clone() else {
            bail!(
                "employee {} has no kana name; the bank file needs it\nhint: `bko people set {} kana ヤマダ タロウ`",
                e.code,
                e.code
            );
        };
        transfers.push(zengin::Transfer {
            employee_code: e.code.clone(),
            department: String::new(),
            account,
            name_kana: kana,
            amount: p.net,
        });
    }
    let bytes = zengin::build(&sender, run.pay_date, &transfers)?;
    crate::kernel::pdf::write_atomically(output, &bytes)?;
    let total: i64 = transfers.iter().map(|t| t.amount).sum();
    ctx.ui.info(format!(
        "{} transfers, {total} yen, written to {}",
        transfers.len(),
        output.display()
    ));
    Ok(())
}
