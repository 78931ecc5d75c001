//! The records of the payroll area that other files and areas share: plain data, no SQL.

use super::RunStatus;

/// A run: (id, month, pay date, status, entry id).
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// Row id.
    pub id: i64,
    /// Work month.
    pub month: String,
    /// Pay date.
    pub pay_date: chrono::NaiveDate,
    /// Draft or confirmed.
    pub status: RunStatus,
    /// The journal entry once confirmed.
    pub entry_id: Option<i64>,
}
