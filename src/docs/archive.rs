//! The archive operations: add (stored once per content, text extracted for search), correct
//! (a new version, the old one kept), delete (logical), dispose (only after retention), and the
//! hash verification `bko check` runs. Each runs inside the caller's transaction.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;
use sha2::{Digest, Sha256};

use super::store::{self};
use super::{DocStatus, IssuedDocument, Link, LinkTargets, media_type, retention_until};
use crate::company::Company;
use crate::docs::NewVersion;
use crate::kernel::audit::hex;
use crate::kernel::settings::stored as stored_setting;

/// A document's metadata as given by the user.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    /// Type (see `TYPES`).
    pub doc_type: String,
    /// Transaction date.
    pub date: Option<NaiveDate>,
    /// Amount (minor units).
    pub amount: Option<i64>,
    /// Counterparty.
    pub counterparty: String,
    /// Title.
    pub title: Option<String>,
    /// Tags (`a,b`).
    pub tags: String,
    /// Note.
    pub note: Option<String>,
    /// Link to a bko record.
    pub link: Option<Link>,
    /// Contract start, end, renewal notice.
    pub contract: (Option<NaiveDate>, Option<NaiveDate>, Option<NaiveDate>),
}

/// What `add` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// A new document with this id.
    New(i64),
    /// The same bytes are already document N: nothing was added.
    Duplicate(i64),
}

/// Who is acting, for the history (the OS user).
pub fn actor() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "unknown".into())
}

/// SHA-256 of bytes, lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Text for the full-text index: a PDF's text layer, a text file's contents, else nothing.
pub fn extract_text(media: &str, bytes: &[u8]) -> String {
    match media {
        "application/pdf" => lopdf::Document::load_mem(bytes)
            .ok()
            .and_then(|doc| {
                let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
                doc.extract_text(&pages).ok()
            })
            .unwrap_or_default(),
        m if m.starts_with("text/") || m == "application/json" || m == "application/xml" => {
            match std::str::from_utf8(bytes) {
                Ok(t) => t.to_string(),
                Err(_) => encoding_rs::SHIFT_JIS.decode(bytes).0.into_owned(),
            }
        }
        _ => String::new(),
    }
}

/// Checks that a link points at something that exists.
pub fn check_link(conn: &Connection, link: &Link, targets: &dyn LinkTargets) -> Result<()> {
    if !targets.exists(conn, link)? {
        match link {
            Link::Entry(id) => bail!("unknown link target: there is no journal entry {id}"),
            Link::Invoice(number) => bail!("unknown link target: there is no invoice '{number}'"),
            Link::Employee(code) => bail!("unknown link target: there is no employee '{code}'"),
        }
    }
    Ok(())
}

/// The link of a document bko issued itself: its issuer vouches for it.
pub struct Vouched;

impl LinkTargets for Vouched {
    fn exists(&self, _: &Connection, _: &Link) -> Result<bool> {
        Ok(true)
    }
}

fn validate(meta: &Meta) -> Result<NaiveDate> {
    let Some(date) = meta.date else {
        bail!("a document needs --date (the transaction date)")
    };
    if meta.counterparty.trim().is_empty() {
        bail!("a document needs --counterparty (取引先)");
    }
    if meta.amount.is_some_and(|a| a < 0) {
        bail!("the amount must not be negative");
    }
    use crate::kernel::text::{
        LINE_MAX_CHARS, NAME_MAX_CHARS, NOTE_MAX_CHARS, check_length, check_optional_length,
    };
    check_length("counterparty", &meta.counterparty, NAME_MAX_CHARS)?;
    check_optional_length("title", meta.title.as_deref(), LINE_MAX_CHARS)?;
    check_optional_length("note", meta.note.as_deref(), NOTE_MAX_CHARS)?;
    check_length("tags", &meta.tags, LINE_MAX_CHARS)?;
    Ok(date)
}

/// Adds a document (or finds it already stored), its text for the index read from the file.
pub fn add(
    conn: &Connection,
    file_name: &str,
    bytes: &[u8],
    meta: &Meta,
    targets: &dyn LinkTargets,
) -> Result<Added> {
    add_indexed(conn, file_name, bytes, meta, targets, None)
}

/// Adds a document with the text to index when the caller knows it (a PDF bko drew), else
/// read from the file.
fn add_indexed(
    conn: &Connection,
    file_name: &str,
    bytes: &[u8],
    meta: &Meta,
    targets: &dyn LinkTargets,
    text: Option<&str>,
) -> Result<Added> {
    let (added, body) = add_unindexed(conn, file_name, bytes, meta, targets, text)?;
    if let (Added::New(id), Some(body)) = (&added, body) {
        index(conn, *id, meta, &body)?;
    }
    Ok(added)
}

/// Stores a document and its first version; returns the text to index for a new one (indexed
/// by the caller: a batch indexes all its documents last, see `archive_issued_batch`).
fn add_unindexed(
    conn: &Connection,
    file_name: &str,
    bytes: &[u8],
    meta: &Meta,
    targets: &dyn LinkTargets,
    text: Option<&str>,
) -> Result<(Added, Option<String>)> {
    let date = validate(meta)?;
    if let Some(link) = &meta.link {
        check_link(conn, link, targets)?;
    }
    let sha = sha256_hex(bytes);
    if let Some(blob) = store::blob_by_hash(conn, &sha)?
        && let Some(id) = store::active_document_with_blob(conn, blob)?
    {
        return Ok((Added::Duplicate(id), None));
    }
    let media = media_type(bytes, file_name);
    let blob_id = match store::blob_by_hash(conn, &sha)? {
        Some(id) => id,
        None => store::insert_blob(conn, &sha, media, bytes)?,
    };
    let at = crate::kernel::clock::timestamp();
    let id = store::insert_document(conn, &at)?;
    write_version(conn, id, 1, blob_id, file_name, date, meta, &at, None)?;
    store::insert_event(conn, id, &at, "add", Some(1), None, &actor())?;
    let body = match text {
        Some(t) => t.to_string(),
        None => extract_text(media, bytes),
    };
    Ok((Added::New(id), Some(body)))
}

#[allow(clippy::too_many_arguments)]
fn write_version(
    conn: &Connection,
    id: i64,
    version: i64,
    blob_id: i64,
    file_name: &str,
    date: NaiveDate,
    meta: &Meta,
    at: &str,
    reason: Option<&str>,
) -> Result<()> {
    let link = meta.link.as_ref().map(Link::key);
    store::insert_version(
        conn,
        &NewVersion {
            document_id: id,
            version,
            blob_id,
            file_name,
            doc_type: &meta.doc_type,
            date,
            amount: meta.amount,
            counterparty: meta.counterparty.trim(),
            title: meta.title.as_deref(),
            tags: &meta.tags,
            note: meta.note.as_deref(),
            link: link.as_deref(),
            contract: meta.contract,
            created_at: at,
            reason,
        },
    )
}

fn index(conn: &Connection, id: i64, meta: &Meta, body: &str) -> Result<()> {
    store::index_text(
        conn,
        id,
        [
            meta.title.as_deref().unwrap_or(""),
            meta.note.as_deref().unwrap_or(""),
            meta.counterparty.trim(),
            &meta.tags,
            body,
        ],
    )
}

/// The current metadata of a document, as `Meta`.
pub fn meta_of(row: &super::DocRow) -> Meta {
    Meta {
        doc_type: row.doc_type.clone(),
        date: Some(row.date),
        amount: row.amount,
        counterparty: row.counterparty.clone(),
        title: row.title.clone(),
        tags: row.tags.clone(),
        note: row.note.clone(),
        link: row.link.as_deref().and_then(|l| Link::parse(l).ok()),
        contract: (row.contract_start, row.contract_end, row.notice_date),
    }
}

/// Stores a corrected version (new metadata and/or new bytes); the old version stays.
pub fn correct(
    conn: &Connection,
    id: i64,
    meta: &Meta,
    file: Option<(&str, &[u8])>,
    reason: &str,
    targets: &dyn LinkTargets,
) -> Result<i64> {
    let Some(current) = store::document(conn, id)? else {
        bail!("there is no document {id}")
    };
    if current.status != DocStatus::Active {
        bail!(
            "document {id} is {}; it cannot be corrected",
            current.status
        );
    }
    if reason.trim().is_empty() {
        bail!("a correction needs --reason");
    }
    let date = validate(meta)?;
    if let Some(link) = &meta.link {
        check_link(conn, link, targets)?;
    }
    let (blob_id, file_name, body) = match file {
        Some((name, bytes)) => {
            let sha = sha256_hex(bytes);
            let media = media_type(bytes, name);
            let blob = match store::blob_by_hash(conn, &sha)? {
                Some(b) => b,
                None => store::insert_blob(conn, &sha, media, bytes)?,
            };
            (blob, name.to_string(), extract_text(media, bytes))
        }
        None => (
            current.blob_id,
            current.file_name.clone(),
            store::body_text(conn, id)?.unwrap_or_default(),
        ),
    };
    let version = current.version + 1;
    let at = crate::kernel::clock::timestamp();
    write_version(
        conn,
        id,
        version,
        blob_id,
        &file_name,
        date,
        meta,
        &at,
        Some(reason),
    )?;
    index(conn, id, meta, &body)?;
    store::insert_event(
        conn,
        id,
        &at,
        "correct",
        Some(version),
        Some(reason),
        &actor(),
    )?;
    Ok(version)
}

/// Deletes a document logically: hidden from search, kept with its history.
pub fn delete(conn: &Connection, id: i64, reason: &str) -> Result<()> {
    let Some(current) = store::document(conn, id)? else {
        bail!("there is no document {id}")
    };
    if current.status != DocStatus::Active {
        bail!("document {id} is already {}", current.status);
    }
    if reason.trim().is_empty() {
        bail!("a deletion needs --reason");
    }
    store::set_status(conn, id, DocStatus::Deleted)?;
    store::insert_event(
        conn,
        id,
        &crate::kernel::clock::timestamp(),
        "delete",
        Some(current.version),
        Some(reason),
        &actor(),
    )
}

/// Retention in years for a document type and date: the type's setting
/// (`docs_retention_<type>`), else `docs_retention_years` (default 7), and 10 when the fiscal
/// year is listed in `docs_loss_fiscal_years` (a year with a loss carried forward).
pub fn retention_years(
    conn: &Connection,
    company: &Company,
    doc_type: &str,
    date: NaiveDate,
) -> Result<u32> {
    let get = |key: &str| -> Result<Option<u32>> {
        Ok(stored_setting(conn, key)?.and_then(|v| v.trim().parse().ok()))
    };
    let mut years = match get(&format!("docs_retention_{}", doc_type.replace('-', "_")))? {
        Some(y) => y,
        None => get("docs_retention_years")?.unwrap_or(7),
    };
    let fy =
        crate::kernel::period::FiscalYear::starting_in(company.fiscal_year_start).year_of(date);
    let loss_years = super::settings::get(conn, "docs_loss_fiscal_years")?;
    if loss_years
        .split(',')
        .filter_map(|y| y.trim().parse::<i32>().ok())
        .any(|y| y == fy)
    {
        years = years.max(10);
    }
    Ok(years)
}

/// The last day to keep a document.
pub fn keep_until(conn: &Connection, company: &Company, row: &super::DocRow) -> Result<NaiveDate> {
    let years = retention_years(conn, company, &row.doc_type, row.date)?;
    Ok(retention_until(row.date, company.fiscal_year_start, years))
}

/// Disposes of a document past its retention: its bytes are removed (when no other live
/// document shares them), its metadata and history stay.
pub fn dispose(
    conn: &Connection,
    company: &Company,
    id: i64,
    today: NaiveDate,
    reason: &str,
) -> Result<()> {
    let Some(current) = store::document(conn, id)? else {
        bail!("there is no document {id}")
    };
    if current.status == DocStatus::Disposed {
        bail!("document {id} was already disposed of");
    }
    let until = keep_until(conn, company, &current)?;
    if today <= until {
        bail!("document {id} must be kept until {until}; it cannot be disposed of before");
    }
    store::set_status(conn, id, DocStatus::Disposed)?;
    for v in store::versions(conn, id)? {
        if v.sha256.is_some() && store::document_with_blob(conn, v.blob_id)?.is_none() {
            store::delete_blob(conn, v.blob_id)?;
        }
    }
    store::insert_event(
        conn,
        id,
        &crate::kernel::clock::timestamp(),
        "dispose",
        Some(current.version),
        Some(reason),
        &actor(),
    )
}

/// Recomputes every stored blob's SHA-256; returns the ones that no longer match.
pub fn verify_hashes(conn: &Connection) -> Result<(usize, Vec<String>)> {
    let mut count = 0;
    let mut bad = Vec::new();
    store::for_each_blob(conn, |id, recorded, bytes| {
        count += 1;
        if sha256_hex(bytes) != recorded {
            bad.push(format!("stored file {id} no longer matches its SHA-256"));
        }
    })?;
    Ok((count, bad))
}

/// Archives a PDF that bko issued (invoice or credit note): type, date, amount, counterparty and a
/// link to the document, so it is found like any other record.
pub fn archive_issued(conn: &Connection, doc: &IssuedDocument, bytes: &[u8]) -> Result<Added> {
    archive_issued_indexed(conn, doc, bytes, None)
}

/// Archives a batch of issued documents, each with the text its PDF shows (known to the caller
/// that drew it). The search index is written last, for all of them at once: full-text rows
/// written between other statements are flushed to disk one document at a time, which made
/// the index most of the archive's cost in an issuing batch (docs/performance.md).
pub fn archive_issued_batch(
    conn: &Connection,
    docs: &[(IssuedDocument, &[u8], &str)],
) -> Result<Vec<Added>> {
    let mut added = Vec::with_capacity(docs.len());
    let mut to_index = Vec::with_capacity(docs.len());
    for (doc, bytes, text) in docs {
        let meta = issued_meta(doc);
        let (result, body) = add_unindexed(
            conn,
            &format!("{}.pdf", doc.number),
            bytes,
            &meta,
            &Vouched,
            Some(text),
        )?;
        if let (Added::New(id), Some(body)) = (&result, body) {
            to_index.push((*id, meta, body));
        }
        added.push(result);
    }
    for (id, meta, body) in &to_index {
        index(conn, *id, meta, body)?;
    }
    Ok(added)
}

fn archive_issued_indexed(
    conn: &Connection,
    doc: &IssuedDocument,
    bytes: &[u8],
    text: Option<&str>,
) -> Result<Added> {
    let meta = issued_meta(doc);
    add_indexed(
        conn,
        &format!("{}.pdf", doc.number),
        bytes,
        &meta,
        &Vouched,
        text,
    )
}

/// How an issued invoice or credit note is filed: its type, date, total, customer, number and
/// subject, linked to the invoice.
fn issued_meta(doc: &IssuedDocument) -> Meta {
    let number = &doc.number;
    Meta {
        doc_type: if doc.credit_note {
            "credit-note"
        } else {
            "invoice"
        }
        .to_string(),
        date: Some(doc.date),
        amount: Some(doc.total),
        counterparty: doc.counterparty.clone(),
        title: Some(
            format!("{number} {}", doc.subject.clone().unwrap_or_default())
                .trim()
                .to_string(),
        ),
        tags: "bko".to_string(),
        link: Some(Link::Invoice(number.clone())),
        ..Default::default()
    }
}
