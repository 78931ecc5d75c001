//! Document imports: a folder `docs export` wrote (through its index.csv), an index CSV of
//! one's own, or a folder of files named YYYYMMDD_counterparty_amount.ext. Reads and validates
//! only; errors name the file, line and column. Must not print.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::archive::{self, Meta};
use super::{Link, parse_export_name, parse_tags, parse_type};
use crate::kernel::csvio::{ColumnSpec, CsvInput, Encoding};
use crate::kernel::money::{Currency, parse_amount};
use crate::kernel::period::parse_date;

/// A file's name and bytes.
pub fn read_file(path: &Path) -> Result<(String, Vec<u8>)> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    Ok((name, bytes))
}

const INDEX_COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        name: "path",
        aliases: &["ファイル", "file"],
        required: true,
    },
    ColumnSpec {
        name: "type",
        aliases: &["種類"],
        required: true,
    },
    ColumnSpec {
        name: "date",
        aliases: &["取引日", "日付"],
        required: true,
    },
    ColumnSpec {
        name: "amount",
        aliases: &["金額"],
        required: false,
    },
    ColumnSpec {
        name: "counterparty",
        aliases: &["取引先"],
        required: true,
    },
    ColumnSpec {
        name: "tags",
        aliases: &["タグ"],
        required: false,
    },
    ColumnSpec {
        name: "title",
        aliases: &["件名"],
        required: false,
    },
    ColumnSpec {
        name: "note",
        aliases: &["備考"],
        required: false,
    },
    // What `docs export` writes besides: the file's own name and its SHA-256 (checked); the
    // export's id and version belong to the other database and are not kept. A link (entry:ID,
    // invoice:NUMBER) may be given, and must point to this database's books.
    ColumnSpec {
        name: "original_name",
        aliases: &["元のファイル名"],
        required: false,
    },
    ColumnSpec {
        name: "sha256",
        aliases: &[],
        required: false,
    },
    ColumnSpec {
        name: "link",
        aliases: &["リンク"],
        required: false,
    },
    ColumnSpec {
        name: "id",
        aliases: &[],
        required: false,
    },
    ColumnSpec {
        name: "version",
        aliases: &[],
        required: false,
    },
];

/// One file of a batch: (where it was named, file name, bytes, metadata).
pub type BatchItem = (String, String, Vec<u8>, Meta);

/// Reads what a batch registers.
pub fn batch(
    dir: Option<&Path>,
    index: Option<&Path>,
    doc_type: &str,
    encoding: Encoding,
    currency: &Currency,
) -> Result<Vec<BatchItem>> {
    // A folder written by `docs export` carries its index.csv: read through it, the documents
    // come back with their keys (type, date, amount, counterparty, title, tags, link) intact.
    let exported_index = dir.map(|d| d.join("index.csv")).filter(|p| p.is_file());
    if let Some(index) = index.or(exported_index.as_deref()) {
        return batch_from_index(index, encoding, currency);
    }
    let mut out = Vec::new();
    if let Some(dir) = dir {
        if dir.is_file() {
            return Err(crate::kernel::error::hinted(
                format!("{} is a file, not a folder of documents", dir.display()),
                format!(
                    "an index CSV is given with --index: `bko docs import --index {}`",
                    dir.display()
                ),
            ));
        }
        let doc_type = parse_type(doc_type)?;
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .with_context(|| format!("cannot read {}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "index.csv"))
            .collect();
        entries.sort();
        for path in entries {
            let (name, bytes) = read_file(&path)?;
            let Some((date, counterparty, amount)) = parse_export_name(&name) else {
                return Err(crate::kernel::error::hinted(
                    format!(
                        "{}: the name is not YYYYMMDD_counterparty_amount.ext",
                        path.display()
                    ),
                    "register such files with --index CSV",
                ));
            };
            out.push((
                path.display().to_string(),
                name,
                bytes,
                Meta {
                    doc_type: doc_type.to_string(),
                    date: Some(date),
                    amount: Some(amount),
                    counterparty,
                    ..Default::default()
                },
            ));
        }
    }
    Ok(out)
}

/// The files of an index CSV (paths relative to it), with their metadata; a recorded SHA-256
/// must match the file.
fn batch_from_index(
    index: &Path,
    encoding: Encoding,
    currency: &Currency,
) -> Result<Vec<BatchItem>> {
    let mut out = Vec::new();
    let base = index.parent().unwrap_or(Path::new("."));
    let mut input = CsvInput::open(index, encoding)?;
    let cols = input.columns(INDEX_COLUMNS)?;
    while let Some(row) = input.next_row()? {
        let get = |n: &str| row.get(cols.get(n).copied()).to_string();
        let path = base.join(get("path"));
        let (name, bytes) = read_file(&path).map_err(|e| row.error("path", format!("{e:#}")))?;
        let meta = Meta {
            doc_type: parse_type(&get("type"))
                .map_err(|e| row.error("type", e))?
                .to_string(),
            date: Some(parse_date(&get("date")).map_err(|e| row.error("date", e))?),
            amount: match get("amount").as_str() {
                "" => None,
                t => Some(
                    currency
                        .to_minor(parse_amount(t).map_err(|e| row.error("amount", e))?)
                        .map_err(|e| row.error("amount", e))?,
                ),
            },
            counterparty: get("counterparty"),
            tags: parse_tags(&get("tags")),
            title: Some(get("title")).filter(|t| !t.is_empty()),
            note: Some(get("note")).filter(|t| !t.is_empty()),
            link: match get("link").as_str() {
                "" => None,
                t => Some(Link::parse(t).map_err(|e| row.error("link", e))?),
            },
            ..Default::default()
        };
        let recorded = get("sha256");
        if !recorded.is_empty() && !recorded.eq_ignore_ascii_case(&archive::sha256_hex(&bytes)) {
            return Err(row.error(
                "sha256",
                format!(
                    "{} is not the file the index describes (its SHA-256 differs)",
                    path.display()
                ),
            ));
        }
        let name = match get("original_name") {
            original if !original.is_empty() => original,
            _ => name,
        };
        out.push((
            format!("{}:{}", input_name(index), row.line),
            name,
            bytes,
            meta,
        ));
    }
    Ok(out)
}

fn input_name(path: &Path) -> String {
    path.display().to_string()
}
