//! The expenses area's records: claim lines as entered, claims and their lines as stored.

use chrono::NaiveDate;

/// A receipt an employee paid, as entered.
#[derive(Debug, Clone, PartialEq)]
pub struct LineInput {
    /// Employee code.
    pub employee: String,
    /// The day paid.
    pub date: NaiveDate,
    /// What was paid, tax included (as the receipt shows).
    pub amount: i64,
    /// 10, 8 or 0.
    pub rate: u32,
    /// The expense account (旅費交通費, 会議費 …).
    pub account: String,
    /// Who was paid.
    pub payee: String,
    /// The payee's T-number, when the receipt shows one.
    pub registration_number: Option<String>,
    /// Book-only (public transport, 出張旅費・日当): creditable without a qualified invoice.
    pub book_only: bool,
    /// A note (purpose, route).
    pub note: Option<String>,
}

/// A claim: one employee's receipts of one month.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Claim number.
    pub id: i64,
    /// Employee id.
    pub employee_id: i64,
    /// Employee code.
    pub employee: String,
    /// Employee name.
    pub name: String,
    /// YYYY-MM.
    pub period: String,
    /// draft, submitted or approved.
    pub status: String,
    /// The last rejection's reason.
    pub note: Option<String>,
    /// Who approved it.
    pub approved_by: Option<String>,
    /// When.
    pub approved_on: Option<NaiveDate>,
    /// The entry posted on approval.
    pub entry_id: Option<i64>,
    /// Sum of its lines.
    pub total: i64,
    /// How many lines.
    pub lines: i64,
}

/// A stored claim line.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimLine {
    /// Line id.
    pub id: i64,
    /// The claim.
    pub claim_id: i64,
    /// The day paid.
    pub date: NaiveDate,
    /// Tax included.
    pub amount: i64,
    /// 10, 8 or 0.
    pub rate: u32,
    /// Ledger account id.
    pub account_id: i64,
    /// Payee.
    pub payee: String,
    /// T-number.
    pub registration_number: Option<String>,
    /// Book-only.
    pub book_only: bool,
    /// Note.
    pub note: Option<String>,
    /// The receipt in the archive.
    pub document_id: Option<i64>,
}

/// How an approved claim is repaid.
#[derive(Debug, Clone, PartialEq)]
pub struct Repayment {
    /// payroll, cash or transfer.
    pub via: String,
    /// The payroll month.
    pub month: Option<String>,
    /// The day paid (cash, transfer).
    pub date: Option<NaiveDate>,
    /// Amount.
    pub amount: i64,
}
