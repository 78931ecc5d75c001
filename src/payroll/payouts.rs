//! What payroll will take out of the bank: each run's and bonus's net pay on its pay date, and
//! the tax withheld in a month, due by the 10th of the next (所得税法183条; 住民税 特別徴収
//! likewise) — the withdrawals bank matching settles against 未払費用 and 預り金.

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;

use super::run::account;
use super::store;
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
    let mut out: Vec<Payout> = store::payouts(conn, since)?
        .into_iter()
        .map(|(label, date, amount)| Payout {
            label,
            date,
            amount,
            account_id: net,
        })
        .collect();
    let mut months: Vec<(String, i64, i64)> = Vec::new();
    for w in store::withheld_by_month(conn, since)? {
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
    Ok(store::withheld_by_month(conn, month.first_day())?
        .into_iter()
        .filter(|w| w.month == key)
        .collect())
}
