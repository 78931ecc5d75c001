//! `bko demo`: a demo company with a month of realistic books (and its summer bonus and the
//! year's 年末調整 declarations), then April's trial balance and P&L.
//! Everything is posted through the same paths users take, in one transaction. Later areas add
//! their part of the demo here.

mod bank;
mod books;
mod desk;
mod payables;
mod staff;
mod year;

use std::path::PathBuf;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;
use serde_json::json;

use crate::company::Company;
use crate::invoice::issue::{self};
use crate::invoice::{self as invoice_store};
use crate::kernel::ctx::Ctx;
use crate::kernel::db;
use crate::kernel::output::{self, Format};
use crate::kernel::settings as settings_table;
use crate::ledger::{self, Chart, chart, report};

/// Create a demo company (株式会社サンプル商事) with April 2026 posted, and show its reports.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Recreate the demo database even if it exists (only ever replaces a demo database).
    #[arg(long)]
    pub fresh: bool,
    /// A year of payroll instead (2026 in `bko-demo-year.db`): twelve monthly runs, two bonuses,
    /// a leaver, the 年末調整 in December's pay and everyone's 源泉徴収票 in `gensen/`.
    #[arg(long)]
    pub year: bool,
}

/// The default file of the year's demo.
pub const DEMO_YEAR_DB: &str = "bko-demo-year.db";

/// The default demo file, so the demo never touches a real `bko.db`.
pub const DEMO_DB: &str = "bko-demo.db";

/// Creates the demo company and prints its reports.
pub fn run(ctx: &Ctx, args: DemoArgs) -> Result<()> {
    let path = match (ctx.db_explicit, args.year) {
        (true, _) => ctx.db_path.clone(),
        (false, true) => PathBuf::from(DEMO_YEAR_DB),
        (false, false) => PathBuf::from(DEMO_DB),
    };
    replace_old_demo(&path, args.fresh || !ctx.db_explicit)?;
    let mut db = db::create(&path)?;
    if args.year {
        return demo_year(ctx, &mut db, &path);
    }
    let numbers = db::write(&mut db, "demo", |tx| {
        company_profile(tx)?;
        books::post_april(tx)?;
        let numbers = books::bill_april(tx)?;
        books::stock_april(tx)?;
        staff::staff_april(tx)?;
        staff::pay_april(tx)?;
        staff::summer_bonus_and_declarations(tx)?;
        payables::suppliers_and_bills(tx)?;
        payables::travel_claim(tx)?;
        Ok((numbers, "created the demo company".to_string()))
    })?;
    write_outputs(ctx, &mut db, &path, &numbers)?;
    let out_dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let (statement, settled, left) = bank::reconcile_april(&mut db, out_dir)?;
    ctx.ui.info(format!(
        "imported the April bank statement {}: {settled} lines matched, {left} left for `bko bank review`",
        out_dir.join(statement).display()
    ));
    let receipt = payables::invoicing_desk(&mut db, &out_dir.join("invoices"))?;
    ctx.ui.info(format!(
        "wrote the receipt of ABC's April payment to {} and added ABC's monthly maintenance as a recurring invoice",
        receipt.display()
    ));
    for file in desk::quote_and_delivery_note(&mut db, &out_dir.join("invoices"))? {
        ctx.ui.info(format!("wrote {}", file.display()));
    }
    let (file, transfers, total) = payables::pay_may(&mut db, out_dir)?;
    ctx.ui.info(format!(
        "paid the April bills in the run of 29 May: {transfers} transfers, {total} yen, 総合振込 file {}",
        out_dir.join(file).display()
    ));
    print_reports(ctx, &db.conn)
}

/// The demo company's profile and chart of accounts.
fn company_profile(tx: &rusqlite::Connection) -> Result<()> {
    let values = [
        ("name", "株式会社サンプル商事"),
        ("registration_number", "T9234567890123"),
        ("fiscal_year_start", "4"),
        ("currency", "JPY"),
        ("locale", "ja"),
        ("postal_code", "100-0005"),
        ("address", "東京都千代田区丸の内1-1-1"),
        (
            "bank_account",
            "みずほ銀行 東京営業部 普通 1234567 カ)サンプルシヨウジ",
        ),
        ("retained_earnings_account", chart::RETAINED_EARNINGS_CODE),
        ("demo", "1"),
    ];
    for (key, value) in values {
        settings_table::store(tx, key, value)?;
    }
    for account in chart::jp_standard() {
        ledger::insert_account(tx, &account)?;
    }
    Ok(())
}

/// `bko demo --year`: the year of payroll, its 源泉徴収票 in `gensen/`, the 年末調整 shown.
fn demo_year(ctx: &Ctx, db: &mut db::Db, path: &std::path::Path) -> Result<()> {
    db::write(db, "demo --year", |tx| {
        company_profile(tx)?;
        year::pay_the_year(tx)?;
        Ok(((), "created the year's demo company".to_string()))
    })?;
    let company = Company::load(&db.conn)?;
    let out_dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let slips = crate::payroll::outputs::certificate_pdfs(&db.conn, 2026, None)?;
    for (name, bytes) in &slips {
        crate::kernel::pdf::write_atomically(&out_dir.join("gensen").join(name), bytes)?;
    }
    ctx.ui.info(format!(
        "created the year's demo company in {}: twelve months of pay, two bonuses, the 年末調整 in December, {} 源泉徴収票 in {}",
        path.display(),
        slips.len(),
        out_dir.join("gensen").display()
    ));
    let outcomes = crate::payroll::adjustment::calculate(&db.conn, 2026, None)?;
    ctx.print(
        &crate::payroll::report::year_end(2026, &outcomes, company.currency),
        ctx.lang(&company),
    )
}

/// The invoice PDFs (also archived, with the demo's papers), the April payslips and the Zengin
/// file, next to the demo database.
fn write_outputs(
    ctx: &Ctx,
    db: &mut db::Db,
    path: &std::path::Path,
    numbers: &[String],
) -> Result<()> {
    let company = Company::load(&db.conn)?;
    let pdf_dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."))
        .join("invoices");
    let mut pdfs = Vec::new();
    for number in numbers {
        let bytes = issue::render_document(&db.conn, &company, number, ctx.lang(&company))?;
        crate::kernel::pdf::write_atomically(&pdf_dir.join(format!("{number}.pdf")), &bytes)?;
        pdfs.push((number.clone(), bytes));
    }
    db::write(db, "demo docs", |tx| {
        for (number, bytes) in &pdfs {
            let inv = invoice_store::invoice_by_number(tx, number)?.expect("issued above");
            crate::docs::archive::archive_issued(
                tx,
                &crate::invoice::issue::issued_document(&inv),
                bytes,
            )?;
        }
        books::archive_papers(tx)?;
        Ok(((), "archived the demo documents".to_string()))
    })?;
    let out_dir = pdf_dir.parent().unwrap_or(std::path::Path::new("."));
    let (payslips, bonus_slips) = write_payroll_files(&db.conn, out_dir, ctx.lang(&company))?;
    ctx.ui.info(format!(
        "created the demo company in {} and wrote {} invoice PDFs to {}, {} payslips and {} summer bonus slips to {} and two Zengin files",
        path.display(),
        numbers.len(),
        pdf_dir.display(),
        payslips,
        bonus_slips,
        out_dir.join("payslips").display()
    ));
    Ok(())
}

/// April's payslips and the summer bonus slips in `payslips/`, and both Zengin files; returns
/// how many slips of each.
fn write_payroll_files(
    conn: &rusqlite::Connection,
    out_dir: &std::path::Path,
    lang: crate::kernel::output::Lang,
) -> Result<(usize, usize)> {
    let april_month = crate::kernel::period::Month {
        year: 2026,
        month: 4,
    };
    let (payslips, _) = crate::payroll::outputs::payslip_pdfs(conn, april_month, lang, None)?;
    for (name, bytes) in &payslips {
        crate::kernel::pdf::write_atomically(&out_dir.join("payslips").join(name), bytes)?;
    }
    let (zengin, _, _) = crate::payroll::outputs::transfer_file(conn, april_month)?;
    crate::kernel::pdf::write_atomically(&out_dir.join("zengin-2026-04.txt"), &zengin)?;
    let bonus_date = NaiveDate::from_ymd_opt(2026, 7, 10).expect("a date");
    let (bonus_slips, _) =
        crate::payroll::outputs::bonus_payslip_pdfs(conn, bonus_date, lang, None)?;
    for (name, bytes) in &bonus_slips {
        crate::kernel::pdf::write_atomically(&out_dir.join("payslips").join(name), bytes)?;
    }
    let (bonus_file, _, _) = crate::payroll::outputs::bonus_transfer_file(conn, bonus_date)?;
    crate::kernel::pdf::write_atomically(
        &out_dir.join("zengin-bonus-2026-07-10.txt"),
        &bonus_file,
    )?;
    Ok((payslips.len(), bonus_slips.len()))
}

/// Removes an earlier demo database; refuses to remove anything that is not one.
fn replace_old_demo(path: &std::path::Path, replace: bool) -> Result<()> {
    if !path.exists() {
        return Ok(());
    }
    let is_demo = db::open(path)
        .ok()
        .and_then(|db| settings_table::stored(&db.conn, "demo").ok().flatten())
        .is_some_and(|v| v == "1");
    if !is_demo {
        bail!(
            "{} exists and is not a demo database; bko demo leaves it alone",
            path.display()
        );
    }
    if !replace {
        return Err(crate::kernel::error::hinted(
            format!("{} is an earlier demo database", path.display()),
            "add --fresh to recreate it",
        ));
    }
    for suffix in ["", "-wal", "-shm"] {
        let file = PathBuf::from(format!("{}{suffix}", path.display()));
        if file.exists() {
            std::fs::remove_file(&file)?;
        }
    }
    Ok(())
}

fn print_reports(ctx: &Ctx, conn: &rusqlite::Connection) -> Result<()> {
    let company = Company::load(conn)?;
    let chart = Chart::load(conn)?;
    let lang = ctx.lang(&company);
    let (from, to) = (april(1), april(30));
    let sums = ledger::trial_balance_sums(conn, from, from, to)?;
    let retained = match chart.resolve(chart::RETAINED_EARNINGS_CODE) {
        Ok(a) => report::RetainedEarnings::Account(a),
        Err(_) => report::RetainedEarnings::Unassigned,
    };
    let (tb, _) = report::trial_balance(&chart, &sums, retained, company.currency, lang);
    let pl_sums = ledger::period_sums(conn, from, to, false)?;
    let pl = report::profit_and_loss(&chart, &pl_sums, &[String::new()], company.currency, lang);
    let today = crate::kernel::clock::today()?;
    let rows = invoice_store::list_invoices(conn, &Default::default(), today)?;
    let invoices = crate::invoice::report::list(&rows, None, today, company.currency);
    match ctx.format {
        Format::Json => output::print_json(&json!({
            "trial_balance": tb.to_json(),
            "profit_and_loss": pl.to_json(),
            "invoices": invoices.to_json(),
        })),
        Format::Xlsx => {
            let sheet = |name: &str, report| crate::kernel::xlsx::Sheet {
                name: name.to_string(),
                report,
            };
            let sheets = [
                sheet(lang.pick("残高試算表", "Trial balance"), &tb),
                sheet(lang.pick("損益計算書", "Profit and loss"), &pl),
                sheet(lang.pick("請求書", "Invoices"), &invoices),
            ];
            ctx.print_workbook(&sheets, lang)
        }
        Format::Csv => {
            ctx.print(&tb, lang)?;
            output::print_bytes(b"\n")?;
            ctx.print(&pl, lang)?;
            output::print_bytes(b"\n")?;
            ctx.print(&invoices, lang)
        }
        Format::Table => {
            let title = |ja: &str, en: &str| format!("{}\n", lang.pick(ja, en));
            output::print_bytes(
                title(
                    "残高試算表 2026-04-01 〜 2026-04-30",
                    "Trial balance 2026-04-01 to 2026-04-30",
                )
                .as_bytes(),
            )?;
            ctx.print(&tb, lang)?;
            output::print_bytes(
                title(
                    "\n損益計算書 2026-04-01 〜 2026-04-30",
                    "\nProfit and loss 2026-04-01 to 2026-04-30",
                )
                .as_bytes(),
            )?;
            ctx.print(&pl, lang)?;
            output::print_bytes(lang.pick("\n請求書\n", "\nInvoices\n").as_bytes())?;
            ctx.print(&invoices, lang)
        }
    }
}

/// A day of April 2026.
pub(super) fn april(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 4, day).expect("valid April date")
}
