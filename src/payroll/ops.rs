//! Payroll operations and reads the commands call that have no module of their own (runs are
//! in `run`, bonuses in `bonus_run`, the year in `adjustment`): the commands never reach the
//! store.

use anyhow::{Result, bail};
use rusqlite::Connection;

use super::{Payslip, RunStatus, store};
use crate::kernel::period::Month;
use crate::people::Employee;

/// A prefecture given by code (13) or name (東京都), as its two-digit code; one that is none is
/// refused as the `prefecture` field's error.
pub fn prefecture_code(conn: &Connection, prefecture: &str) -> Result<String> {
    store::prefecture_code(conn, prefecture)?.ok_or_else(|| {
        crate::kernel::error::FieldError::tag("prefecture")(anyhow::anyhow!(
            "'{prefecture}' is not a prefecture (e.g. 13, 東京都 or Tokyo)"
        ))
    })
}

/// The rate tables bko holds: (table, key, from, to, rows).
pub fn tables(conn: &Connection) -> Result<Vec<store::TableSummary>> {
    store::table_summary(conn)
}

/// Every version of an employee's pay settings, oldest first.
pub fn settings_history(conn: &Connection, employee_id: i64) -> Result<Vec<super::PaySetting>> {
    store::settings_history(conn, employee_id)
}

/// Discards the draft run of a month; a confirmed run is refused (it is reversed instead).
pub fn cancel_draft(tx: &Connection, month: Month) -> Result<()> {
    let Some(run) = store::run(tx, month)? else {
        bail!("there is no payroll run for {month}");
    };
    if run.status == RunStatus::Confirmed {
        bail!(
            "the payroll of {month} is confirmed; reverse its journal entry {} instead",
            run.entry_id.unwrap_or(0)
        );
    }
    store::delete_draft(tx, run.id)
}

/// The 賃金台帳 rows of a confirmed month, or of every run paid in a year with its confirmed
/// bonuses (労基則54条): (month or bonus label, employee, payslip).
pub fn register_rows(
    conn: &Connection,
    month: Option<Month>,
    year: Option<i32>,
) -> Result<Vec<(String, Employee, Payslip)>> {
    let runs = match (month, year) {
        (Some(m), _) => {
            let run = store::run(conn, m)?.filter(|r| r.status == RunStatus::Confirmed);
            match run {
                Some(r) => vec![r],
                None => bail!("the payroll of {m} is not confirmed"),
            }
        }
        (None, Some(y)) => store::confirmed_runs_paid_in(conn, y)?,
        (None, None) => bail!("give --month or --year"),
    };
    let mut rows = Vec::new();
    for r in runs {
        let (_, slips) = super::run::load(conn, Month::parse(&r.month)?)?;
        rows.extend(slips.into_iter().map(|(e, p)| (r.month.clone(), e, p)));
    }
    if let (None, Some(y)) = (month, year) {
        rows.extend(super::bonus_run::confirmed_bonus_rows(conn, y)?);
    }
    Ok(rows)
}

/// The employees of a month's run who leave in that month, with the year their last pay is
/// paid in: their 源泉徴収票 is due with it (所得税法226条: within a month of leaving).
pub fn leavers_paid(conn: &Connection, month: Month) -> Result<Vec<(Employee, i32)>> {
    use chrono::Datelike;
    let (run, slips) = super::run::load(conn, month)?;
    Ok(slips
        .into_iter()
        .filter(|(e, _)| {
            e.leave_date
                .is_some_and(|l| l >= month.first_day() && l <= month.last_day())
        })
        .map(|(e, _)| (e, run.pay_date.year()))
        .collect())
}
