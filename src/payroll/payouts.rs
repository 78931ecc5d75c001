//! What payroll will take out of the bank: each run's and bonus's net pay on its pay date, and
//! the tax withheld in a month, due by the 10th of the next (所得税法183条; 住民税 特別徴収
//! likewise) — the withdrawals bank matching settles against 未払費用 and 預り金.

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;

use super::payouts_store;
use super::run::account;
use crate::kernel::period::Month;
use crate::ledger::Chart;

/// A withdrawal payroll knows is coming: net pay on the pay date, or the tax withheld in a
/// month paid by the 10th of the next (源泉所得税の納期限, 所得税法183条; 住民税 特別徴収 likewise).
#[derive(Debug, Clone, PartialEq)]
pub struct Payout {
    /// What it is ("2026-04 給与", "2026-05 源泉所得税").
    pub label: String,
    /// When it is due.
    pub date: NaiveDate,
    /// How much.
    pub amount: i64,
    /// The account it settles (未払費用 for pay, 預り金 for taxes).
    pub account_id: i64,
}

/// Every pay-out from a day on: each run's and bonus's net pay, and each month's withheld
/// income tax and resident tax — alone and together, as offices pay them either way.
pub fn payouts(conn: &Connection, since: NaiveDate) -> Result<Vec<Payout>> {
    let chart = Chart::load(conn)?;
    let net = account(conn, &chart, "payroll_net_account")?;
    let held = account(conn, &chart, "payroll_withholding_account")?;
    let mut out: Vec<Payout> = payouts_store::payouts(conn, since)?
        .into_iter()
        .map(|(label, date, amount)| Payout {
            label,
            date,
            amount,
            account_id: net,
        })
        .collect();
    let mut months: Vec<(String, i64, i64)> = Vec::new();
    for w in payouts_store::withheld_by_month(conn, since)? {
        match months.last_mut().filter(|(m, ..)| *m == w.month) {
            Some((_, tax, resident)) => {
                *tax += w.tax;
                *resident += w.resident;
            }
            None => months.push((w.month, w.tax, w.resident)),
        }
    }
    for (month, tax, resident) in months {
        let Some(due) = Month::parse(&month)
            .ok()
            .and_then(|m| m.next().first_day().with_day(10))
        else {
            continue;
        };
        let candidates = [
            (format!("{month} 源泉所得税"), tax),
            (format!("{month} 住民税"), resident),
            (format!("{month} 源泉所得税・住民税"), tax + resident),
        ];
        for (label, amount) in candidates.into_iter().filter(|(_, a)| *a > 0) {
            out.push(Payout {
                label,
                date: due,
                amount,
                account_id: held,
            });
        }
    }
    Ok(out)
}

/// Tax withheld from pay dated in a month, salaries and bonuses apart (the 所得税徴収高計算書's
/// 俸給・給料等 and 賞与 rows).
pub fn withheld_in(conn: &Connection, month: Month) -> Result<Vec<super::Withheld>> {
    let key = month.to_string();
    Ok(payouts_store::withheld_by_month(conn, month.first_day())?
        .into_iter()
        .filter(|w| w.month == key)
        .collect())
}

/// Schedules an amount to repay with a month's pay (outside gross, tax and insurance). A
/// source repaid once: scheduling it again is refused by the table.
pub fn schedule_reimbursement(tx: &Connection, r: &super::Reimbursement) -> Result<()> {
    if let Some(run) = super::store::run(tx, r.month)?
        && run.status == super::RunStatus::Confirmed
    {
        anyhow::bail!(
            "the payroll of {} is confirmed; repay with a later month",
            r.month
        );
    }
    payouts_store::insert_reimbursement(tx, r)
}

/// Takes back a reimbursement scheduled with a month's pay, unless that pay is confirmed (a
/// draft computed with it then refuses to confirm until run again: `check_reimbursements`).
pub fn unschedule_reimbursement(tx: &Connection, source: &str) -> Result<()> {
    match payouts_store::reimbursement_status(tx, source)? {
        Some((month, true)) => anyhow::bail!("the confirmed payroll of {month} repaid it"),
        Some(_) => payouts_store::delete_reimbursement(tx, source),
        None => Ok(()),
    }
}

/// Where a scheduled reimbursement stands: the payroll month, and whether its run is confirmed
/// (the claim repaid).
pub fn reimbursement_status(conn: &Connection, source: &str) -> Result<Option<(String, bool)>> {
    payouts_store::reimbursement_status(conn, source)
}

/// Adds the month's reimbursements to the payslips of a run being computed; one for an
/// employee the month does not pay is an error (nothing would repay it).
pub fn add_reimbursements(
    conn: &Connection,
    month: Month,
    slips: &mut [(crate::people::Employee, super::Payslip)],
) -> Result<()> {
    for r in payouts_store::reimbursements(conn, &month.to_string())? {
        let Some((_, p)) = slips.iter_mut().find(|(e, _)| e.id == r.employee_id) else {
            let who = crate::people::by_id(conn, r.employee_id)?.code;
            anyhow::bail!(
                "{}: {who} is not paid in {month}; it cannot be repaid with this pay",
                r.label
            );
        };
        p.reimbursement += r.amount;
        p.net += r.amount;
    }
    Ok(())
}

/// Refuses to confirm a run computed before a reimbursement was scheduled for its month: it
/// would be marked repaid without being paid.
pub fn check_reimbursements(
    conn: &Connection,
    month: Month,
    slips: &[(crate::people::Employee, super::Payslip)],
) -> Result<()> {
    let scheduled: i64 = payouts_store::reimbursements(conn, &month.to_string())?
        .iter()
        .map(|r| r.amount)
        .sum();
    let carried: i64 = slips.iter().map(|(_, p)| p.reimbursement).sum();
    if scheduled != carried {
        return Err(crate::kernel::error::hinted(
            format!(
                "expense claims of {scheduled} are to be repaid with the pay of {month}, the run carries {carried}"
            ),
            format!("`bko payroll run --month {month}` computes it again"),
        ));
    }
    Ok(())
}
