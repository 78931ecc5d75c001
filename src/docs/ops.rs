//! The archive's operations and reads for the commands: each takes the connection (or the
//! transaction) and typed input and returns the outcome; `cli.rs` parses, calls one of these or
//! an `archive` operation, and renders.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::{DocRow, DocStatus, Search, archive, store};
use crate::company::Company;
use crate::kernel::error::Exit;

/// Current versions of the documents matching every filter, by date.
pub fn search(conn: &Connection, filter: &Search) -> Result<Vec<DocRow>> {
    store::search(conn, filter)
}

/// The first `limit` documents matching every filter, by date, and how many match.
pub fn search_first(
    conn: &Connection,
    filter: &Search,
    limit: usize,
) -> Result<(Vec<DocRow>, usize)> {
    store::search_first(conn, filter, limit)
}

/// A document's current version, or an error naming the id.
pub fn document(conn: &Connection, id: i64) -> Result<DocRow> {
    match store::document(conn, id)? {
        Some(doc) => Ok(doc),
        None => bail!("there is no document {id}"),
    }
}

/// Every version of a document and its events (who, when, why), oldest first.
pub fn history(conn: &Connection, id: i64) -> Result<(Vec<DocRow>, Vec<store::Event>)> {
    let versions = store::versions(conn, id)?;
    if versions.is_empty() {
        bail!("there is no document {id}");
    }
    Ok((versions, store::events(conn, id)?))
}

/// A version of a document (the current one by default) with its original bytes, checked
/// against the SHA-256 recorded when they were stored (exit 4 when they no longer match).
pub fn original(conn: &Connection, id: i64, version: Option<i64>) -> Result<(DocRow, Vec<u8>)> {
    let versions = store::versions(conn, id)?;
    let doc = match version {
        Some(v) => versions.into_iter().find(|d| d.version == v),
        None => versions.into_iter().last(),
    };
    let Some(doc) = doc else {
        bail!(
            "there is no document {id}{}",
            version.map(|v| format!(" version {v}")).unwrap_or_default()
        );
    };
    let Some((recorded, bytes)) = store::blob(conn, doc.blob_id)? else {
        bail!("document {id} was disposed of; its bytes are gone");
    };
    if archive::sha256_hex(&bytes) != recorded {
        return Err(Exit::check_failed(format!(
            "document {id}: the stored bytes no longer match their SHA-256 {recorded}"
        )));
    }
    Ok((doc, bytes))
}

/// Documents (active or deleted) whose retention ended before `as_of`, with the day it ended.
pub fn past_retention(
    conn: &Connection,
    company: &Company,
    as_of: NaiveDate,
) -> Result<Vec<(DocRow, NaiveDate)>> {
    let rows = store::search(
        conn,
        &Search {
            statuses: Some(vec![DocStatus::Active, DocStatus::Deleted]),
            ..Default::default()
        },
    )?;
    let mut due = Vec::new();
    for doc in rows {
        let until = archive::keep_until(conn, company, &doc)?;
        if until < as_of {
            due.push((doc, until));
        }
    }
    Ok(due)
}
