//! The document archive: contracts, receipts, scans and the PDFs bko writes, kept unaltered (or
//! with every correction as a new version), searchable by date, amount and counterparty as
//! 電子帳簿保存法 requires (shared/japan-rules.md §7). This file holds the rules (pure): document
//! types, media types, links, retention, export names. SQL is in `store.rs`.

pub mod archive;
pub mod cli;
pub mod export;
pub mod import;
pub mod ops;
pub mod report;
pub mod settings;
mod store;
mod types;
pub use types::*;

/// What other areas may use of this area's records (its store is private).
pub use store::{linked_entries, linked_invoices};

use anyhow::{Result, bail};
use chrono::{Datelike, Months, NaiveDate};

use crate::kernel::period::fiscal_year_start;

/// The kinds of document.
pub const TYPES: &[&str] = &[
    "receipt",
    "invoice",
    "contract",
    "quote",
    "delivery-note",
    "statement",
    "credit-note",
    "payslip",
    "other",
];

/// Validates a document type (also accepts the Japanese names).
pub fn parse_type(text: &str) -> Result<&'static str> {
    let t = text.trim().to_lowercase();
    let alias = match t.as_str() {
        "領収書" | "レシート" => "receipt",
        "請求書" => "invoice",
        "契約書" => "contract",
        "見積書" => "quote",
        "納品書" => "delivery-note",
        "明細書" | "取引明細" => "statement",
        "返還請求書" => "credit-note",
        "給与明細" => "payslip",
        "その他" => "other",
        other => other,
    };
    match TYPES.iter().find(|k| **k == alias) {
        Some(k) => Ok(k),
        None => bail!("'{text}' is not a document type ({})", TYPES.join(", ")),
    }
}

/// The media type of stored bytes: from their first bytes when they say, else from the file
/// extension.
pub fn media_type(bytes: &[u8], file_name: &str) -> &'static str {
    if bytes.starts_with(b"%PDF") {
        return "application/pdf";
    }
    if bytes.starts_with(b"\x89PNG") {
        return "image/png";
    }
    if bytes.starts_with(b"\xFF\xD8\xFF") {
        return "image/jpeg";
    }
    if bytes.starts_with(b"GIF8") {
        return "image/gif";
    }
    if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") {
        return "image/tiff";
    }
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "txt" | "md" => "text/plain",
        "csv" => "text/csv",
        "html" | "htm" => "text/html",
        "xml" => "application/xml",
        "json" => "application/json",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

/// Whether a link's target exists. The areas that own the targets (ledger, invoice, people)
/// answer; the top level wires them in, so the archive depends on none of them.
pub trait LinkTargets {
    /// Whether the record a link names exists in the books.
    fn exists(&self, conn: &rusqlite::Connection, link: &Link) -> anyhow::Result<bool>;
}

/// A document bko issued (an invoice or a credit note), as the archive keeps it: the issuing
/// area fills it in, the archive knows no invoice type.
#[derive(Debug, Clone)]
pub struct IssuedDocument {
    /// Its number (`INV-2026-0001`), also the link and the file name.
    pub number: String,
    /// A credit note rather than an invoice.
    pub credit_note: bool,
    /// 発行日.
    pub date: chrono::NaiveDate,
    /// Total, in minor units.
    pub total: i64,
    /// Who it is addressed to.
    pub counterparty: String,
    /// 件名.
    pub subject: Option<String>,
}

/// A link from a document to a record elsewhere in bko.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// A journal entry id.
    Entry(i64),
    /// An invoice or credit note number.
    Invoice(String),
    /// An employee code.
    Employee(String),
}

impl Link {
    /// Parses `entry:ID`, `invoice:NUMBER` or `employee:CODE`.
    pub fn parse(text: &str) -> Result<Link> {
        let (kind, target) = text.split_once(':').unwrap_or(("", ""));
        let target = target.trim();
        match kind.trim() {
            "entry" => match target.parse::<i64>() {
                Ok(id) if id > 0 => Ok(Link::Entry(id)),
                _ => bail!("'{text}': an entry link needs an entry id (entry:12)"),
            },
            "invoice" if !target.is_empty() => Ok(Link::Invoice(target.to_string())),
            "employee" if !target.is_empty() => Ok(Link::Employee(target.to_string())),
            _ => bail!("'{text}' is not a link (entry:ID, invoice:NUMBER or employee:CODE)"),
        }
    }

    /// The stored form.
    pub fn key(&self) -> String {
        match self {
            Link::Entry(id) => format!("entry:{id}"),
            Link::Invoice(n) => format!("invoice:{n}"),
            Link::Employee(c) => format!("employee:{c}"),
        }
    }
}

/// Tags from `a,b, c` (trimmed, empty ones dropped, each once), stored as `a,b,c`.
pub fn parse_tags(text: &str) -> String {
    let mut tags: Vec<String> = Vec::new();
    for t in text
        .split([',', '、'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        if !tags.iter().any(|x| x == t) {
            tags.push(t.to_string());
        }
    }
    tags.join(",")
}

/// The last day a document must be kept. Books and records are kept 7 years (10 for a fiscal
/// year with a tax loss carried forward) from the day after the corporate tax return is due, i.e.
/// two months after the fiscal year ends (法人税法施行規則59条, 電子帳簿保存法; shared/japan-rules.md
/// §7). `years` comes from the type's retention setting.
pub fn retention_until(date: NaiveDate, fiscal_year_start_month: u32, years: u32) -> NaiveDate {
    let fy_start = fiscal_year_start(date, fiscal_year_start_month);
    let fy_end = fy_start + Months::new(12) - chrono::Duration::days(1);
    let return_due = fy_end + Months::new(2);
    let end = return_due + Months::new(12 * years);
    end.with_day(end.day()).unwrap_or(end)
}

/// The file name a tax office gets in an export: `YYYYMMDD_counterparty_amount.ext`, with
/// characters that file systems reject replaced.
pub fn export_name(
    date: NaiveDate,
    counterparty: &str,
    amount: Option<i64>,
    original_name: &str,
) -> String {
    let ext = original_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_lowercase())
        .unwrap_or_else(|| "bin".into());
    let safe: String = counterparty
        .chars()
        .map(|c| {
            if matches!(
                c,
                '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' | '_'
            ) || c.is_control()
            {
                '-'
            } else {
                c
            }
        })
        .collect();
    let amount = amount.map_or("0".to_string(), |a| a.to_string());
    format!("{}_{}_{}.{ext}", date.format("%Y%m%d"), safe.trim(), amount)
}

/// Parses an export name back into (date, counterparty, amount) for `docs import DIR`.
pub fn parse_export_name(name: &str) -> Option<(NaiveDate, String, i64)> {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let mut parts = stem.splitn(3, '_');
    let date = NaiveDate::parse_from_str(parts.next()?, "%Y%m%d").ok()?;
    let counterparty = parts.next()?.to_string();
    let amount = parts.next()?.split(['_', '-']).next()?.parse().ok()?;
    (!counterparty.is_empty()).then_some((date, counterparty, amount))
}

/// Overlapping character pairs of every word, space-separated ("品川駅 12" -> "品川 川駅 12"), for
/// the bigram index that finds two-character words (a one-character word stays itself).
pub fn bigrams(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for word in text.split(|c: char| c.is_whitespace() || (c.is_ascii_punctuation() && c != '-')) {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() == 1 {
            out.push(chars[0]);
            out.push(' ');
        }
        for pair in chars.windows(2) {
            out.push(pair[0]);
            out.push(pair[1]);
            out.push(' ');
        }
    }
    out
}

/// Parses a duration such as `60d`, `8w` or `3m` (days, weeks, months) into days.
pub fn parse_within(text: &str) -> Result<i64> {
    let t = text.trim();
    let (number, unit) = t.split_at(t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len()));
    let n: i64 = number
        .parse()
        .map_err(|_| anyhow::anyhow!("'{text}' is not a duration (60d, 8w, 3m)"))?;
    match unit {
        "" | "d" => Ok(n),
        "w" => Ok(n * 7),
        "m" => Ok(n * 30),
        _ => bail!("'{text}' is not a duration (60d, 8w, 3m)"),
    }
}

/// A document at one of its versions, with its blob's facts.
#[derive(Debug, Clone, PartialEq)]
pub struct DocRow {
    /// Document id.
    pub id: i64,
    /// Version number (1 = as received).
    pub version: i64,
    /// Active, deleted or disposed.
    pub status: DocStatus,
    /// receipt, invoice, contract, ...
    pub doc_type: String,
    /// Transaction date.
    pub date: NaiveDate,
    /// Amount in minor units.
    pub amount: Option<i64>,
    /// Counterparty (取引先).
    pub counterparty: String,
    /// Title.
    pub title: Option<String>,
    /// Tags, comma-separated.
    pub tags: String,
    /// Note.
    pub note: Option<String>,
    /// Link to a bko record.
    pub link: Option<String>,
    /// The original file name.
    pub file_name: String,
    /// Blob id.
    pub blob_id: i64,
    /// SHA-256 of the bytes (None once disposed).
    pub sha256: Option<String>,
    /// Size in bytes.
    pub size: Option<i64>,
    /// Media type.
    pub media_type: Option<String>,
    /// When the document was first received.
    pub received_at: String,
    /// When this version was stored.
    pub created_at: String,
    /// Why this version exists (for corrections).
    pub reason: Option<String>,
    /// Contract start.
    pub contract_start: Option<NaiveDate>,
    /// Contract end.
    pub contract_end: Option<NaiveDate>,
    /// Renewal notice date.
    pub notice_date: Option<NaiveDate>,
}

/// Where a document stands in the archive: in use, logically deleted (kept, hidden from
/// searches unless asked) or disposed after its retention (its bytes erased, its record kept).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocStatus {
    /// In use.
    Active,
    /// Logically deleted: kept for the retention period.
    Deleted,
    /// Bytes erased after the retention period.
    Disposed,
}

impl DocStatus {
    /// The stored and shown word.
    pub fn key(self) -> &'static str {
        match self {
            DocStatus::Active => "active",
            DocStatus::Deleted => "deleted",
            DocStatus::Disposed => "disposed",
        }
    }

    /// Reads the stored word.
    pub fn parse(text: &str) -> Result<DocStatus> {
        match text {
            "active" => Ok(DocStatus::Active),
            "deleted" => Ok(DocStatus::Deleted),
            "disposed" => Ok(DocStatus::Disposed),
            other => bail!("unknown document status '{other}'"),
        }
    }
}

impl std::fmt::Display for DocStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn retention_counts_from_the_return_due_date() {
        // FY April–March: a receipt of 2026-05-10 is in FY ending 2027-03-31, return due 2027-05-31.
        assert_eq!(retention_until(d("2026-05-10"), 4, 7), d("2034-05-31"));
        assert_eq!(retention_until(d("2026-05-10"), 4, 10), d("2037-05-31"));
        // Calendar-year company: FY 2026 ends 2026-12-31, return due 2027-02-28.
        assert_eq!(retention_until(d("2026-03-01"), 1, 7), d("2034-02-28"));
    }

    #[test]
    fn export_names_round_trip() {
        let name = export_name(d("2026-04-01"), "ABC株式会社", Some(11000), "scan.PDF");
        assert_eq!(name, "20260401_ABC株式会社_11000.pdf");
        assert_eq!(
            parse_export_name(&name),
            Some((d("2026-04-01"), "ABC株式会社".into(), 11000))
        );
        assert_eq!(
            export_name(d("2026-04-01"), "A/B_C", None, "x"),
            "20260401_A-B-C_0.bin"
        );
        assert_eq!(parse_export_name("notes.txt"), None);
    }

    #[test]
    fn bigrams_cover_every_pair() {
        assert_eq!(bigrams("品川駅 12"), "品川 川駅 12 ");
        assert_eq!(bigrams("東 京都"), "東 京都 ");
    }

    #[test]
    fn types_links_tags_and_durations() {
        assert_eq!(parse_type("領収書").unwrap(), "receipt");
        assert!(parse_type("napkin").is_err());
        assert_eq!(
            Link::parse("invoice:INV-2026-0001").unwrap(),
            Link::Invoice("INV-2026-0001".into())
        );
        assert_eq!(Link::parse("entry:12").unwrap().key(), "entry:12");
        assert!(Link::parse("entry:x").is_err());
        assert!(Link::parse("order:1").is_err());
        assert_eq!(parse_tags(" 交通費, 出張,交通費,"), "交通費,出張");
        assert_eq!(parse_within("60d").unwrap(), 60);
        assert_eq!(parse_within("2w").unwrap(), 14);
        assert!(parse_within("soon").is_err());
        assert_eq!(media_type(b"%PDF-1.7", "x.bin"), "application/pdf");
        assert_eq!(media_type(b"hello", "memo.txt"), "text/plain");
    }
}
