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

/// Tax withheld from pay in a month (by pay date), salaries and bonuses apart: the
/// 所得税徴収高計算書's 俸給・給料等 and 賞与 rows, with the resident tax collected with them.
#[derive(Debug, Clone, PartialEq)]
pub struct Withheld {
    /// YYYY-MM of the pay date.
    pub month: String,
    /// salary or bonus.
    pub kind: String,
    /// 人員.
    pub people: i64,
    /// 支給額 (taxable pay).
    pub taxable: i64,
    /// 税額 (源泉所得税).
    pub tax: i64,
    /// 住民税 (特別徴収).
    pub resident: i64,
}

/// An amount a month's pay repays outside gross, tax and insurance (an approved expense claim):
/// it raises the net only.
#[derive(Debug, Clone, PartialEq)]
pub struct Reimbursement {
    /// The employee.
    pub employee_id: i64,
    /// The payroll month that pays it.
    pub month: crate::kernel::period::Month,
    /// Amount.
    pub amount: i64,
    /// What the payslip says (経費精算 #12).
    pub label: String,
    /// What it repays, once (expense:12).
    pub source: String,
}
