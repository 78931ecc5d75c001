//! Every SQL statement of the document archive: blobs, documents, versions, events, the
//! full-text index and searches.

use super::{NewVersion, Search};
use anyhow::Result;
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter};

use super::{DocRow, DocStatus};

impl ToSql for DocStatus {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(self.key().into())
    }
}

impl FromSql for DocStatus {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        DocStatus::parse(value.as_str()?).map_err(|e| FromSqlError::Other(e.into()))
    }
}

const DOC_COLUMNS: &str = "d.id, v.version, d.status, v.doc_type, v.date, v.amount, v.counterparty, v.title, v.tags, v.note, v.link, v.file_name, v.blob_id, b.sha256, b.size, b.media_type, d.received_at, v.created_at, v.reason, v.contract_start, v.contract_end, v.notice_date";
const DOC_FROM: &str = "document d JOIN doc_version v ON v.document_id = d.id LEFT JOIN doc_blob b ON b.id = v.blob_id";

fn doc_from_row(r: &Row) -> rusqlite::Result<DocRow> {
    Ok(DocRow {
        id: r.get(0)?,
        version: r.get(1)?,
        status: r.get(2)?,
        doc_type: r.get(3)?,
        date: r.get(4)?,
        amount: r.get(5)?,
        counterparty: r.get(6)?,
        title: r.get(7)?,
        tags: r.get(8)?,
        note: r.get(9)?,
        link: r.get(10)?,
        file_name: r.get(11)?,
        blob_id: r.get(12)?,
        sha256: r.get(13)?,
        size: r.get(14)?,
        media_type: r.get(15)?,
        received_at: r.get(16)?,
        created_at: r.get(17)?,
        reason: r.get(18)?,
        contract_start: r.get(19)?,
        contract_end: r.get(20)?,
        notice_date: r.get(21)?,
    })
}

/// The blob id holding bytes with this hash, if stored.
pub fn blob_by_hash(conn: &Connection, sha256: &str) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached("SELECT id FROM doc_blob WHERE sha256 = ?1")?;
    Ok(stmt.query_row([sha256], |r| r.get(0)).optional()?)
}

/// Stores bytes; returns the blob id.
pub fn insert_blob(
    conn: &Connection,
    sha256: &str,
    media_type: &str,
    content: &[u8],
) -> Result<i64> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO doc_blob (sha256, size, media_type, content) VALUES (?1, ?2, ?3, ?4)",
    )?;
    stmt.execute(params![sha256, content.len() as i64, media_type, content])?;
    Ok(conn.last_insert_rowid())
}

/// An active document whose current version holds this blob (a deleted one does not count: the
/// same file archived again after a deletion is a new document).
pub fn active_document_with_blob(conn: &Connection, blob_id: i64) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.id FROM document d JOIN doc_version v ON v.document_id = d.id AND v.version = d.current_version
         WHERE v.blob_id = ?1 AND d.status = 'active' LIMIT 1",
    )?;
    Ok(stmt.query_row([blob_id], |r| r.get(0)).optional()?)
}

/// A live (not disposed) document whose current version holds this blob.
pub fn document_with_blob(conn: &Connection, blob_id: i64) -> Result<Option<(i64, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.id, d.status FROM document d JOIN doc_version v ON v.document_id = d.id AND v.version = d.current_version
         WHERE v.blob_id = ?1 AND d.status <> 'disposed' LIMIT 1",
    )?;
    Ok(stmt
        .query_row([blob_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// Creates a document row; returns its id.
pub fn insert_document(conn: &Connection, received_at: &str) -> Result<i64> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO document (current_version, status, received_at) VALUES (1, 'active', ?1)",
    )?;
    stmt.execute([received_at])?;
    Ok(conn.last_insert_rowid())
}

/// Stores a version and makes it current.
pub fn insert_version(conn: &Connection, v: &NewVersion) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO doc_version (document_id, version, blob_id, file_name, doc_type, date, amount, counterparty,
             title, tags, note, link, contract_start, contract_end, notice_date, created_at, reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    )?;
    stmt.execute(params![
        v.document_id,
        v.version,
        v.blob_id,
        v.file_name,
        v.doc_type,
        v.date,
        v.amount,
        v.counterparty,
        v.title,
        v.tags,
        v.note,
        v.link,
        v.contract.0,
        v.contract.1,
        v.contract.2,
        v.created_at,
        v.reason
    ])?;
    conn.prepare_cached("UPDATE document SET current_version = ?2 WHERE id = ?1")?
        .execute(params![v.document_id, v.version])?;
    Ok(())
}

/// Changes a document's status.
pub fn set_status(conn: &Connection, id: i64, status: DocStatus) -> Result<()> {
    conn.execute(
        "UPDATE document SET status = ?2 WHERE id = ?1",
        params![id, status],
    )?;
    Ok(())
}

/// Appends to the document's history.
pub fn insert_event(
    conn: &Connection,
    id: i64,
    at: &str,
    action: &str,
    version: Option<i64>,
    reason: Option<&str>,
    actor: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO doc_event (document_id, at, action, version, reason, actor) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![id, at, action, version, reason, actor])?;
    Ok(())
}

/// Replaces the document's full-text entry with its current version's texts.
pub fn index_text(conn: &Connection, id: i64, texts: [&str; 5]) -> Result<()> {
    conn.prepare_cached("DELETE FROM doc_fts WHERE rowid = ?1")?
        .execute([id])?;
    conn.prepare_cached("INSERT INTO doc_fts (rowid, title, note, counterparty, tags, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?
        .execute(params![id, texts[0], texts[1], texts[2], texts[3], texts[4]])?;
    conn.prepare_cached("DELETE FROM doc_bigram WHERE rowid = ?1")?
        .execute([id])?;
    conn.prepare_cached("INSERT INTO doc_bigram (rowid, text) VALUES (?1, ?2)")?
        .execute(params![id, super::bigrams(&texts.join(" "))])?;
    Ok(())
}

/// The extracted body text of a document, if any.
pub fn body_text(conn: &Connection, id: i64) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT body FROM doc_fts WHERE rowid = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?)
}

/// A document at its current version.
pub fn document(conn: &Connection, id: i64) -> Result<Option<DocRow>> {
    let sql = format!(
        "SELECT {DOC_COLUMNS} FROM {DOC_FROM} WHERE d.id = ?1 AND v.version = d.current_version"
    );
    Ok(conn.query_row(&sql, [id], doc_from_row).optional()?)
}

/// Every version of a document, oldest first.
pub fn versions(conn: &Connection, id: i64) -> Result<Vec<DocRow>> {
    let sql = format!("SELECT {DOC_COLUMNS} FROM {DOC_FROM} WHERE d.id = ?1 ORDER BY v.version");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map([id], doc_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// One history event: (at, action, version, reason, actor).
pub type Event = (String, String, Option<i64>, Option<String>, String);

/// A document's events, oldest first.
pub fn events(conn: &Connection, id: i64) -> Result<Vec<Event>> {
    let mut stmt = conn.prepare("SELECT at, action, version, reason, actor FROM doc_event WHERE document_id = ?1 ORDER BY id")?;
    let rows = stmt
        .query_map([id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The stored bytes and hash of a blob.
pub fn blob(conn: &Connection, blob_id: i64) -> Result<Option<(String, Vec<u8>)>> {
    Ok(conn
        .query_row(
            "SELECT sha256, content FROM doc_blob WHERE id = ?1",
            [blob_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

/// Calls `each(blob id, recorded sha256, bytes)` for every stored blob, one at a time.
pub fn for_each_blob(conn: &Connection, mut each: impl FnMut(i64, String, &[u8])) -> Result<()> {
    let mut stmt = conn.prepare("SELECT id, sha256, content FROM doc_blob ORDER BY id")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let content = r.get_ref(2)?.as_blob()?;
        each(r.get(0)?, r.get(1)?, content);
    }
    Ok(())
}

/// Deletes a blob (only possible once every document using it was disposed).
pub fn delete_blob(conn: &Connection, blob_id: i64) -> Result<()> {
    conn.execute("DELETE FROM doc_blob WHERE id = ?1", [blob_id])?;
    Ok(())
}

/// A query being built: its SQL and its numbered arguments.
struct Query {
    sql: String,
    args: Vec<rusqlite::types::Value>,
}

impl Query {
    /// Appends a clause with one `?`, numbered after the arguments so far.
    fn push(&mut self, clause: &str, value: rusqlite::types::Value) {
        self.args.push(value);
        let n = self.args.len();
        self.sql.push_str(&clause.replace('?', &format!("?{n}")));
    }
}

/// Current versions of the documents matching every filter, by date.
pub fn search(conn: &Connection, s: &Search) -> Result<Vec<DocRow>> {
    let mut q = matching(&format!("SELECT {DOC_COLUMNS} FROM {DOC_FROM}"), s);
    q.sql.push_str(" ORDER BY v.date, d.id");
    let mut stmt = conn.prepare(&q.sql)?;
    let rows = stmt
        .query_map(params_from_iter(q.args.iter()), doc_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The first `limit` documents matching every filter, by date, and how many match: the
/// conditions are evaluated once for the ids alone, then only the shown rows are read whole.
pub fn search_first(conn: &Connection, s: &Search, limit: usize) -> Result<(Vec<DocRow>, usize)> {
    let q = matching(&id_pass(s), s);
    let mut stmt = conn.prepare(&q.sql)?;
    let mut rows = stmt.query(params_from_iter(q.args.iter()))?;
    let mut earliest = Earliest::new(limit);
    while let Some(r) = rows.next()? {
        earliest.offer(r.get_ref(1)?.as_str()?, r.get(0)?);
    }
    let total = earliest.seen;
    let shown: Vec<String> = earliest.ids().iter().map(i64::to_string).collect();
    if shown.is_empty() {
        return Ok((Vec::new(), total));
    }
    let sql = format!(
        "SELECT {DOC_COLUMNS} FROM {DOC_FROM} WHERE v.version = d.current_version
            AND d.id IN ({}) ORDER BY v.date, d.id",
        shown.join(",")
    );
    let rows = conn
        .prepare(&sql)?
        .query_map([], doc_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok((rows, total))
}

/// The first pass of a search: each match's id and date. When the text index drives (a list of
/// matching ids, each looked up) and the other conditions ask only for the version's date and
/// amount, those come from the narrow index `doc_version_current` instead of the whole version
/// row: a common word's 31,410 lookups touch a few hundred small pages instead of the table's
/// thousands (docs/performance.md, "2026-12-01 (closing)"). SQLite prefers the table's own key
/// for a lookup by key, hence the `INDEXED BY`; a search driven by its dates keeps
/// `doc_version_date`.
fn id_pass(s: &Search) -> String {
    let text_drives =
        !s.long_words.is_empty() || s.short_words.iter().any(|w| w.chars().count() == 2);
    let needs_whole_version = s.counterparty.is_some() || s.doc_type.is_some() || s.tag.is_some();
    let version = if text_drives && !needs_whole_version {
        "doc_version v INDEXED BY doc_version_current"
    } else {
        "doc_version v"
    };
    format!("SELECT d.id, v.date FROM document d JOIN {version} ON v.document_id = d.id")
}

/// The first `limit` of the (date, id) pairs offered, in that order, and how many were offered:
/// a search keeps the hundred it shows as its matches stream by instead of sorting them all
/// (a common word's 31,410 matches: 54 → 47 ms).
struct Earliest {
    limit: usize,
    /// The kept pairs, the latest on top (it goes first when an earlier one comes).
    kept: std::collections::BinaryHeap<(String, i64)>,
    seen: usize,
}

impl Earliest {
    fn new(limit: usize) -> Earliest {
        Earliest {
            limit,
            kept: std::collections::BinaryHeap::with_capacity(limit.min(1024) + 1),
            seen: 0,
        }
    }

    fn offer(&mut self, date: &str, id: i64) {
        self.seen += 1;
        if self.kept.len() < self.limit {
            self.kept.push((date.to_string(), id));
        } else if let Some(mut latest) = self.kept.peek_mut()
            && (date, id) < (latest.0.as_str(), latest.1)
        {
            *latest = (date.to_string(), id);
        }
    }

    /// The kept ids, earliest first.
    fn ids(self) -> Vec<i64> {
        self.kept
            .into_sorted_vec()
            .into_iter()
            .map(|(_, id)| id)
            .collect()
    }
}

/// `select` with the conditions of a search.
fn matching(select: &str, s: &Search) -> Query {
    let mut q = Query {
        sql: format!("{select} WHERE v.version = d.current_version"),
        args: Vec::new(),
    };
    status_clause(&mut q.sql, s);
    field_clauses(&mut q, s);
    text_clauses(&mut q, s);
    q
}

/// Only active documents, unless deleted ones or given statuses are asked for.
fn status_clause(sql: &mut String, s: &Search) {
    match &s.statuses {
        Some(list) => {
            let quoted: Vec<String> = list.iter().map(|st| format!("'{}'", st.key())).collect();
            sql.push_str(&format!(" AND d.status IN ({})", quoted.join(",")));
        }
        None if s.include_deleted => sql.push_str(" AND d.status IN ('active', 'deleted')"),
        None => sql.push_str(" AND d.status = 'active'"),
    }
}

/// Date and amount ranges, counterparty, type and tag.
fn field_clauses(q: &mut Query, s: &Search) {
    use rusqlite::types::Value::{Integer, Text};
    if let Some(d) = s.from {
        q.push(" AND v.date >= ?", Text(d.to_string()));
    }
    if let Some(d) = s.to {
        q.push(" AND v.date <= ?", Text(d.to_string()));
    }
    if let Some(a) = s.min {
        q.push(" AND v.amount >= ?", Integer(a));
    }
    if let Some(a) = s.max {
        q.push(" AND v.amount <= ?", Integer(a));
    }
    if let Some(c) = &s.counterparty {
        q.push(" AND v.counterparty LIKE '%' || ? || '%'", Text(c.clone()));
    }
    if let Some(t) = &s.doc_type {
        q.push(" AND v.doc_type = ?", Text(t.clone()));
    }
    if let Some(t) = &s.tag {
        q.push(
            " AND (',' || v.tags || ',') LIKE '%,' || ? || ',%'",
            Text(t.clone()),
        );
    }
}

/// The words: the text index drives, its matches as a rowid list that the other conditions
/// probe. (Probing FTS5 per candidate row with `MATCH ... AND rowid = ?` measured 10-40x
/// slower.)
fn text_clauses(q: &mut Query, s: &Search) {
    use rusqlite::types::Value::Text;
    // With a date range, the words' matches are first intersected with the documents of the
    // range (read from the date index alone), so only the hits are looked up: a common word
    // matches tens of thousands of documents, a quarter holds a few thousand. (The dates are
    // parsed values, safe to write into the SQL.)
    let within = match (s.from, s.to) {
        (None, None) => String::new(),
        (from, to) => format!(
            "SELECT document_id FROM doc_version WHERE date >= '{}' AND date <= '{}' INTERSECT ",
            from.map_or("0000-01-01".to_string(), |d| d.to_string()),
            to.map_or("9999-12-31".to_string(), |d| d.to_string()),
        ),
    };
    let text_condition = |table: &str| {
        format!(" AND d.id IN ({within}SELECT rowid FROM {table} WHERE {table} MATCH ?)")
    };
    let quote = |w: &str| format!("\"{}\"", w.replace('"', "\"\""));
    if !s.long_words.is_empty() {
        let phrase = s
            .long_words
            .iter()
            .map(|w| quote(w))
            .collect::<Vec<_>>()
            .join(" AND ");
        q.push(&text_condition("doc_fts"), Text(phrase));
    }
    for w in &s.short_words {
        if w.chars().count() == 2 {
            // Two characters: the character-pair index.
            q.push(
                &text_condition("doc_bigram"),
                Text(quote(&w.to_lowercase())),
            );
            continue;
        }
        // A single character: a substring check on each candidate.
        q.push(
            " AND EXISTS (SELECT 1 FROM doc_fts f WHERE f.rowid = d.id AND (coalesce(f.title,'') || ' ' || coalesce(f.note,'') || ' ' || f.counterparty || ' ' || f.tags || ' ' || coalesce(f.body,'')) LIKE '%' || ? || '%')",
            Text(w.clone()),
        );
    }
}

/// Invoice and credit note numbers that an archived document links to (`invoice:NUMBER`); a
/// document disposed of after its retention period counts, a deleted one does not.
pub fn linked_invoices(conn: &Connection) -> Result<std::collections::HashSet<String>> {
    let mut stmt = conn.prepare(
        "SELECT v.link FROM document d
         JOIN doc_version v ON v.document_id = d.id AND v.version = d.current_version
         WHERE d.status IN ('active', 'disposed') AND v.link LIKE 'invoice:%'",
    )?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    let mut out = std::collections::HashSet::new();
    for link in rows {
        if let Some(number) = link?.strip_prefix("invoice:") {
            out.insert(number.to_string());
        }
    }
    Ok(out)
}

/// Journal entries that an active document links to (`entry:ID`).
pub fn linked_entries(conn: &Connection) -> Result<std::collections::HashSet<i64>> {
    let mut stmt = conn.prepare(
        "SELECT v.link FROM document d
         JOIN doc_version v ON v.document_id = d.id AND v.version = d.current_version
         WHERE d.status = 'active' AND v.link LIKE 'entry:%'",
    )?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    let mut out = std::collections::HashSet::new();
    for link in rows {
        if let Some(id) = link?.strip_prefix("entry:").and_then(|i| i.parse().ok()) {
            out.insert(id);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::Earliest;

    /// The first n pairs by (date, id) whatever order they come in — ties on the date broken by
    /// the id — and the count of all of them; fewer than n gives them all.
    #[test]
    fn the_earliest_are_kept_whatever_order_they_come_in() {
        let pairs = [
            ("2026-05-01", 7),
            ("2026-04-30", 9),
            ("2026-05-01", 3),
            ("2025-12-31", 12),
            ("2026-04-30", 2),
            ("2027-01-01", 1),
        ];
        for limit in [0, 1, 3, 6, 100] {
            let mut earliest = Earliest::new(limit);
            for (date, id) in pairs.iter().rev() {
                earliest.offer(date, *id);
            }
            assert_eq!(earliest.seen, 6);
            let mut sorted = pairs.to_vec();
            sorted.sort();
            let expected: Vec<i64> = sorted.iter().take(limit).map(|p| p.1).collect();
            assert_eq!(earliest.ids(), expected, "limit {limit}");
        }
    }

    /// The first pass reads a version's date and amount from the narrow index when the text
    /// index drives and nothing else of the version is asked for; a counterparty (in the whole
    /// row) or a search driven by its dates keeps SQLite's own choice.
    #[test]
    fn the_id_pass_reads_the_narrow_index_only_when_the_text_drives() {
        use super::{id_pass, matching};
        use crate::docs::Search;
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        crate::kernel::migrate::migrate(&mut conn).unwrap();
        let plan = |s: &Search| -> String {
            let q = matching(&id_pass(s), s);
            let mut stmt = conn
                .prepare(&format!("EXPLAIN QUERY PLAN {}", q.sql))
                .unwrap();
            let rows = stmt
                .query_map(rusqlite::params_from_iter(q.args.iter()), |r| {
                    r.get::<_, String>(3)
                })
                .unwrap();
            rows.map(Result::unwrap).collect::<Vec<_>>().join("; ")
        };
        let word = Search {
            long_words: vec!["コピー用紙".into()],
            min: Some(150_000),
            ..Search::default()
        };
        let pair = Search {
            short_words: vec!["品川".into()],
            ..Search::default()
        };
        for text_driven in [&word, &pair] {
            let chosen = plan(text_driven);
            assert!(chosen.contains("doc_version_current"), "{chosen}");
        }
        let with_counterparty = Search {
            counterparty: Some("カフェ".into()),
            ..word.clone()
        };
        let chosen = plan(&with_counterparty);
        assert!(!chosen.contains("doc_version_current"), "{chosen}");
        let by_dates = Search {
            from: chrono::NaiveDate::from_ymd_opt(2025, 4, 1),
            to: chrono::NaiveDate::from_ymd_opt(2025, 4, 30),
            min: Some(10_000),
            ..Search::default()
        };
        let chosen = plan(&by_dates);
        assert!(chosen.contains("doc_version_date"), "{chosen}");
    }
}
