//! The report pack: every statement of a month (or a fiscal year) as CSV, plus a 月次報告書 PDF
//! summary, written in one go.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use crate::company::Company;
use crate::kernel::output::{Lang, Report};
use crate::kernel::period::{Month, fiscal_year_start};
use crate::ledger::statements::Statements;

/// One statement of the pack.
pub struct Section {
    /// CSV file name.
    pub file: &'static str,
    /// Title (Japanese, English).
    pub title: (&'static str, &'static str),
    /// The report.
    pub report: Report,
    /// Columns the PDF shows (keys); all when empty.
    pub pdf_columns: &'static [&'static str],
}

/// AR aging on a date.
fn aging(conn: &Connection, company: &Company, as_of: NaiveDate) -> Result<Report> {
    crate::invoice::report::aging_as_of(conn, as_of, company.currency)
}

/// Stock quantity and value per item on a date.
fn stock(conn: &Connection, company: &Company, as_of: NaiveDate) -> Result<Report> {
    let items = crate::inventory::list_items(conn)?;
    let valuations = crate::inventory::post::stock_as_of(conn, company, &items, as_of)?;
    let mut rows = Vec::new();
    for (it, &(q, value, cost)) in items.iter().zip(&valuations) {
        if !q.is_zero() || value != 0 {
            rows.push((it, None, q, cost, value));
        }
    }
    Ok(crate::inventory::report::stock(&rows, company.currency))
}

/// The payroll register of the runs for these work months (confirmed only).
fn payroll(conn: &Connection, company: &Company, months: &[Month]) -> Result<Report> {
    let mut rows = Vec::new();
    for m in months {
        if crate::payroll::run(conn, *m)?
            .is_some_and(|r| r.status == crate::payroll::RunStatus::Confirmed)
        {
            let (_, slips) = crate::payroll::run::load(conn, *m)?;
            rows.extend(slips.into_iter().map(|(e, p)| (m.to_string(), e, p)));
        }
    }
    Ok(crate::payroll::report::slips(
        "wage_register",
        &rows,
        company.currency,
    ))
}

/// The bank reconciliation (銀行勘定調整表) of every bank and card account on a date, one after
/// the other; none when no account is registered.
fn bank(conn: &Connection, company: &Company, as_of: NaiveDate) -> Result<Option<Report>> {
    let mut combined: Option<Report> = None;
    for account in crate::bank::accounts(conn)?
        .into_iter()
        .filter(|a| a.kind != crate::bank::AccountKind::Cash)
    {
        let rec = crate::bank::ops::reconcile(conn, &account.code, as_of)?;
        let report = crate::bank::report::reconciliation(&rec, company.currency);
        match combined.as_mut() {
            None => combined = Some(report),
            Some(all) => {
                all.rows.extend(report.rows);
                all.notes.extend(report.notes);
            }
        }
    }
    Ok(combined)
}

const STATEMENT_COLUMNS: &[&str] = &[];
// The net is paid as gross − deductions + the year-end adjustment + expenses repaid with the pay:
// every term is shown so the page adds up.
const PAYROLL_COLUMNS: &[&str] = &[
    "month",
    "employee",
    "name",
    "gross",
    "deductions",
    "year_end_adjustment",
    "reimbursement",
    "net",
];
const STOCK_COLUMNS: &[&str] = &["sku", "name", "quantity", "unit_cost", "value"];

/// The P&L sections of a pack: (file, title, from, to, by month).
type PlSpec = (
    &'static str,
    (&'static str, &'static str),
    NaiveDate,
    NaiveDate,
    bool,
);

/// The pack's statements: trial balance over `span`, the P&Ls asked for, the balance sheet, aging
/// and stock on the last day, and the payroll register of `months`.
fn sections(
    conn: &Connection,
    s: &Statements,
    span: (NaiveDate, NaiveDate),
    pls: &[PlSpec],
    months: &[Month],
) -> Result<Vec<Section>> {
    let section = |file, title, report| Section {
        file,
        title,
        report,
        pdf_columns: STATEMENT_COLUMNS,
    };
    let last = span.1;
    let mut out = vec![section(
        "trial-balance.csv",
        ("残高試算表", "Trial balance"),
        s.trial_balance(conn, span.0, last)?.0,
    )];
    for (file, title, from, to, monthly) in pls {
        out.push(section(
            file,
            *title,
            s.profit_and_loss(conn, *from, *to, *monthly)?,
        ));
    }
    out.push(section(
        "balance-sheet.csv",
        ("貸借対照表", "Balance sheet"),
        s.balance_sheet(conn, last)?.0,
    ));
    out.push(section(
        "ar-aging.csv",
        ("売掛金年齢表", "AR aging"),
        aging(conn, &s.company, last)?,
    ));
    out.push(Section {
        file: "payroll-register.csv",
        title: ("賃金台帳", "Payroll register"),
        report: payroll(conn, &s.company, months)?,
        pdf_columns: PAYROLL_COLUMNS,
    });
    out.push(Section {
        file: "stock.csv",
        title: ("在庫評価", "Stock valuation"),
        report: stock(conn, &s.company, last)?,
        pdf_columns: STOCK_COLUMNS,
    });
    if !crate::payables::ops::suppliers(conn)?.is_empty() {
        let open = crate::payables::ops::owed_as_of(conn, last)?;
        out.push(section(
            "ap-aging.csv",
            ("買掛金・未払金年齢表", "AP aging"),
            crate::payables::report::aging(&open, last, s.company.currency),
        ));
    }
    if let Some(report) = bank(conn, &s.company, last)? {
        out.push(section(
            "bank-reconciliation.csv",
            ("銀行勘定調整表", "Bank reconciliation"),
            report,
        ));
    }
    Ok(out)
}

/// The statements of a month: trial balance and P&L (month and fiscal year to date), balance
/// sheet, aging, payroll register, stock.
pub fn month(conn: &Connection, month: Month, lang: Lang) -> Result<Vec<Section>> {
    let s = Statements::load(conn, Some(lang))?;
    let (first, last) = (month.first_day(), month.last_day());
    let fy = fiscal_year_start(last, s.company.fiscal_year_start);
    let pls = [
        (
            "pl-month.csv",
            ("損益計算書（当月）", "Profit and loss (month)"),
            first,
            last,
            false,
        ),
        (
            "pl-year-to-date.csv",
            ("損益計算書（期首から）", "Profit and loss (year to date)"),
            fy,
            last,
            false,
        ),
    ];
    sections(conn, &s, (fy, last), &pls, &[month])
}

/// The statements of a fiscal year (starting in `year`).
pub fn year(
    conn: &Connection,
    year: i32,
    lang: Lang,
) -> Result<(Vec<Section>, NaiveDate, NaiveDate)> {
    let s = Statements::load(conn, Some(lang))?;
    let (first, last) = crate::ledger::year_end::fiscal_year_span(&s.company, year);
    let pls = [
        (
            "pl-monthly.csv",
            ("月次損益", "Profit and loss by month"),
            first,
            last,
            true,
        ),
        (
            "pl-year.csv",
            ("損益計算書", "Profit and loss"),
            first,
            last,
            false,
        ),
    ];
    let months = crate::kernel::period::months_between(first, last);
    Ok((
        sections(conn, &s, (first, last), &pls, &months)?,
        first,
        last,
    ))
}

/// The year's journal for the accountant's software: (file name, bytes) for 弥生 and MF.
pub fn exports(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<(&'static str, Vec<u8>)>> {
    let chart = crate::ledger::Chart::load(conn)?;
    let company = Company::load(conn)?;
    let filter = crate::ledger::JournalFilter {
        from: Some(from),
        to: Some(to),
        ..Default::default()
    };
    let mut yayoi = Vec::new();
    crate::ledger::export::yayoi(conn, &chart, &filter, &company.currency, &mut yayoi)?;
    let mut mf = Vec::new();
    crate::ledger::export::money_forward(conn, &chart, &filter, &company.currency, &mut mf)?;
    Ok(vec![("journal-yayoi.csv", yayoi), ("journal-mf.csv", mf)])
}
