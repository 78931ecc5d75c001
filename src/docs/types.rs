//! The records of the docs area that other files and areas share: plain data, no SQL.

use chrono::NaiveDate;

use super::DocStatus;

/// A new version's metadata.
pub struct NewVersion<'a> {
    /// Document id.
    pub document_id: i64,
    /// Version number.
    pub version: i64,
    /// Blob id.
    pub blob_id: i64,
    /// Original file name.
    pub file_name: &'a str,
    /// Type.
    pub doc_type: &'a str,
    /// Date.
    pub date: NaiveDate,
    /// Amount (minor units).
    pub amount: Option<i64>,
    /// Counterparty.
    pub counterparty: &'a str,
    /// Title.
    pub title: Option<&'a str>,
    /// Tags.
    pub tags: &'a str,
    /// Note.
    pub note: Option<&'a str>,
    /// Link.
    pub link: Option<&'a str>,
    /// Contract dates: start, end, renewal notice.
    pub contract: (Option<NaiveDate>, Option<NaiveDate>, Option<NaiveDate>),
    /// Stored at.
    pub created_at: &'a str,
    /// Why (corrections).
    pub reason: Option<&'a str>,
}

/// Search filters; every one given must hold.
#[derive(Debug, Clone, Default)]
pub struct Search {
    /// From date.
    pub from: Option<NaiveDate>,
    /// To date.
    pub to: Option<NaiveDate>,
    /// Minimum amount (minor units).
    pub min: Option<i64>,
    /// Maximum amount.
    pub max: Option<i64>,
    /// Counterparty contains.
    pub counterparty: Option<String>,
    /// Type.
    pub doc_type: Option<String>,
    /// Has tag.
    pub tag: Option<String>,
    /// Words of three or more characters (FTS5 trigram phrases).
    pub long_words: Vec<String>,
    /// Shorter words (substring match over the indexed text).
    pub short_words: Vec<String>,
    /// Include logically deleted documents.
    pub include_deleted: bool,
    /// Only these statuses (overrides include_deleted when set).
    pub statuses: Option<Vec<DocStatus>>,
}
