//! The archive exported for the tax office or an accountant (電子帳簿保存法's 検索要件 met
//! outside bko): each document of a period as a file named `YYYYMMDD_counterparty_amount.ext`,
//! checked against its SHA-256 on the way out, with an `index.csv` of its metadata.

use std::collections::HashSet;
use std::path::Path;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::store::{self};
use super::{archive, export_name};
use crate::company::Company;
use crate::docs::Search;
use crate::kernel::error::Exit;
use crate::kernel::files::{self, Existing};

/// The columns of `index.csv`.
const INDEX_COLUMNS: [&str; 12] = [
    "file",
    "id",
    "version",
    "type",
    "date",
    "amount",
    "counterparty",
    "title",
    "tags",
    "sha256",
    "original_name",
    "note",
];

/// Exports the documents dated from `from` to `to` into the empty (or new) folder `dir`;
/// returns how many. A document whose bytes no longer match their hash stops the export (exit 4).
pub fn export(
    conn: &Connection,
    company: &Company,
    from: NaiveDate,
    to: NaiveDate,
    dir: &Path,
) -> Result<usize> {
    if dir.exists() && std::fs::read_dir(dir)?.next().is_some() {
        bail!("{} is not empty", dir.display());
    }
    files::create_private_dir(dir)?;
    let rows = store::search(
        conn,
        &Search {
            from: Some(from),
            to: Some(to),
            ..Default::default()
        },
    )?;
    let mut index = csv::Writer::from_writer(Vec::new());
    index.write_record(INDEX_COLUMNS)?;
    let mut used = HashSet::new();
    for doc in &rows {
        let Some((recorded, bytes)) = store::blob(conn, doc.blob_id)? else {
            continue;
        };
        if archive::sha256_hex(&bytes) != recorded {
            return Err(Exit::check_failed(format!(
                "document {}: the stored bytes no longer match their SHA-256",
                doc.id
            )));
        }
        let name = unique_name(
            export_name(doc.date, &doc.counterparty, doc.amount, &doc.file_name),
            doc.id,
            &mut used,
        );
        files::write_file(&dir.join(&name), &bytes, Existing::Refuse)?;
        index.write_record([
            name.clone(),
            doc.id.to_string(),
            doc.version.to_string(),
            doc.doc_type.clone(),
            doc.date.to_string(),
            doc.amount
                .map(|a| company.currency.plain(a))
                .unwrap_or_default(),
            doc.counterparty.clone(),
            doc.title.clone().unwrap_or_default(),
            doc.tags.clone(),
            recorded,
            doc.file_name.clone(),
            doc.note.clone().unwrap_or_default(),
        ])?;
    }
    files::write_file(
        &dir.join("index.csv"),
        &index.into_inner().map_err(|e| e.into_error())?,
        Existing::Refuse,
    )?;
    Ok(rows.len())
}

/// The file name, or with the document id added when another document already took it.
fn unique_name(name: String, id: i64, used: &mut HashSet<String>) -> String {
    if used.insert(name.clone()) {
        return name;
    }
    let (stem, ext) = name
        .rsplit_once('.')
        .map_or((name.clone(), String::new()), |(s, e)| {
            (s.to_string(), e.to_string())
        });
    let name = format!("{stem}_{id}.{ext}");
    used.insert(name.clone());
    name
}
