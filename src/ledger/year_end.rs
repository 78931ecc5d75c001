//! Year-end closing (決算振替): one entry on the fiscal year's last day that moves every P&L
//! account's balance to retained earnings (繰越利益剰余金, or 元入金 for a sole proprietor: the
//! `retained_earnings_account` setting). Reports leave it out (ADR 0009); exports include it.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::{Chart, NewEntry, NewLine, post, store};
use crate::company::Company;
use crate::jp::tax_category;
use crate::kernel::period::Month;

/// The first and last day of the company's fiscal year that starts in `year`.
pub fn fiscal_year_span(company: &Company, year: i32) -> (NaiveDate, NaiveDate) {
    crate::kernel::period::FiscalYear::starting_in(company.fiscal_year_start).span(year)
}

/// Posts the closing entry of a fiscal year whose months are all closed; returns its id. The
/// lock is moved back by a day for the posting and restored in the same transaction.
pub fn close_year(conn: &Connection, company: &Company, year: i32) -> Result<i64> {
    let chart = Chart::load(conn)?;
    let (first, last) = fiscal_year_span(company, year);
    let lock = store::lock_through(conn)?;
    if lock.is_none_or(|l| l < last) {
        let open = lock
            .and_then(|l| l.succ_opt())
            .filter(|d| *d > first)
            .unwrap_or(first);
        return Err(crate::kernel::error::hinted(
            format!(
                "fiscal year {year} ({first} – {last}) has months that are not closed, from {}",
                Month::of(open)
            ),
            format!("`bko close --month {}`", Month::of(open)),
        ));
    }
    if store::year_ends(conn)?.iter().any(|(y, _)| *y == year) {
        return Err(crate::kernel::error::hinted(
            format!("fiscal year {year} already has its closing entry"),
            "to redo it, reopen the last month and reverse that entry",
        ));
    }
    let code = super::settings::get(conn, "retained_earnings_account")?;
    let Some(code) = Some(code.as_str()).filter(|c| !c.is_empty()) else {
        return Err(crate::kernel::error::hinted(
            "no retained earnings account is set",
            "`bko company set retained_earnings_account 3310`",
        ));
    };
    let retained = chart.resolve(code)?.id;
    let sums = store::period_sums(conn, first, last, false)?;
    let Some(lines) = closing_lines(&chart, &sums, retained) else {
        bail!("fiscal year {year} has no profit-and-loss balances to close");
    };
    let entry = NewEntry {
        date: last,
        memo: format!("決算振替 {year}年度 (fiscal year {first} – {last})"),
        reference: Some(format!("year-end:{year}")),
        origin: crate::ledger::Origin::YearEnd,
        import_hash: None,
        reverses: None,
        lines,
    };
    store::set_lock(conn, last.pred_opt())?;
    let id = post(conn, &entry, &company.currency)?;
    store::set_lock(conn, lock)?;
    store::insert_year_end(conn, year, id)?;
    Ok(id)
}

/// The closing entry's lines: every profit-and-loss balance of the year zeroed, the profit (or
/// loss) to retained earnings; None when there is nothing to close.
fn closing_lines(
    chart: &Chart,
    sums: &[(i64, String, i64, i64)],
    retained: i64,
) -> Option<Vec<NewLine>> {
    let mut lines = Vec::new();
    let mut profit = 0i64;
    for &(account_id, _, debit, credit) in sums {
        let Some(account) = chart.by_id(account_id) else {
            continue;
        };
        let net = debit - credit;
        if !account.account_type.is_profit_and_loss() || net == 0 {
            continue;
        }
        profit -= net;
        lines.push(NewLine {
            account_id,
            debit: (-net).max(0),
            credit: net.max(0),
            description: None,
            tax_category: tax_category::OUT_OF_SCOPE.to_string(),
        });
    }
    if lines.is_empty() {
        return None;
    }
    lines.push(NewLine {
        account_id: retained,
        debit: (-profit).max(0),
        credit: profit.max(0),
        description: Some(
            if profit >= 0 {
                "当期純利益"
            } else {
                "当期純損失"
            }
            .to_string(),
        ),
        tax_category: tax_category::OUT_OF_SCOPE.to_string(),
    });
    Some(lines)
}
