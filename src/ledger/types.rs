//! The records of the ledger area that other files and areas share: plain data, no SQL.

use chrono::NaiveDate;

/// A posted entry as stored.
#[derive(Debug, Clone)]
pub struct StoredEntry {
    /// Id.
    pub id: i64,
    /// Date.
    pub date: NaiveDate,
    /// Memo.
    pub memo: String,
    /// Reference.
    pub reference: Option<String>,
    /// The entry this one reverses.
    pub reverses: Option<i64>,
    /// Lines: (account id, debit, credit, description, tax category).
    pub lines: Vec<StoredLine>,
}

/// A posted line as stored.
#[derive(Debug, Clone)]
pub struct StoredLine {
    /// Account id.
    pub account_id: i64,
    /// Debit.
    pub debit: i64,
    /// Credit.
    pub credit: i64,
    /// Own description, when it differs from the memo.
    pub description: Option<String>,
    /// Tax category key.
    pub tax_category: String,
}

/// One line of the journal listing.
#[derive(Debug, Clone)]
pub struct JournalRow {
    /// Entry id.
    pub entry_id: i64,
    /// Date.
    pub date: NaiveDate,
    /// Entry memo.
    pub memo: String,
    /// Entry reference.
    pub reference: Option<String>,
    /// The entry this one reverses.
    pub reverses: Option<i64>,
    /// Line number within the entry.
    pub line_no: i64,
    /// Account id.
    pub account_id: i64,
    /// Debit.
    pub debit: i64,
    /// Credit.
    pub credit: i64,
    /// Own description (None: same as memo).
    pub description: Option<String>,
    /// Tax category key.
    pub tax_category: String,
}

/// Filters for the journal listing.
#[derive(Debug, Clone, Default)]
pub struct JournalFilter {
    /// First date included.
    pub from: Option<NaiveDate>,
    /// Last date included.
    pub to: Option<NaiveDate>,
    /// Only entries with a line on this account.
    pub account_id: Option<i64>,
    /// Only entries whose memo, line description or reference contains this text.
    pub search: Option<String>,
    /// Only entries with an id above this (used to show what an import would post).
    pub after_id: Option<i64>,
}
