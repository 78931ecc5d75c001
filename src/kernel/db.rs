//! Opening and creating the SQLite file, and the one-transaction-per-command rule. Every write
//! command runs inside [`write`]: `BEGIN IMMEDIATE`, the work, the audit row, `COMMIT`; any error
//! rolls everything back. Must not hold business rules.
//!
//! Two clerks at once: the file stays in WAL mode, so reads go on while one command writes, and a
//! second writer waits its turn (up to [`busy_timeout`], 30 s, `BKO_BUSY_TIMEOUT` seconds). The
//! command holding the write lock names itself in `<db>.holder`, so one that gives up can say
//! which command holds the database and since when.

use std::mem::ManuallyDrop;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use super::audit;
use super::migrate;

/// How long a command waits for another one's write to finish: `BKO_BUSY_TIMEOUT` seconds
/// (fractions allowed), 30 by default.
pub fn busy_timeout() -> std::time::Duration {
    std::env::var("BKO_BUSY_TIMEOUT")
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0 && *s <= 86_400.0)
        .map_or(
            std::time::Duration::from_secs(30),
            std::time::Duration::from_secs_f64,
        )
}

/// The note a command holding the write lock leaves beside the database; removed when it ends.
pub struct Holder {
    path: PathBuf,
}

impl Holder {
    /// Names `command` as the holder of the database at `db_path` (best effort: a folder bko may
    /// not write just gets no note).
    pub fn announce(db_path: &Path, command: &str) -> Holder {
        let path = holder_path(db_path);
        let note = format!(
            "{}\t{}\t{}\n",
            std::process::id(),
            crate::kernel::clock::timestamp(),
            command
        );
        let _ = std::fs::write(&path, note);
        Holder { path }
    }
}

impl Drop for Holder {
    fn drop(&mut self) {
        let mine = std::fs::read_to_string(&self.path)
            .is_ok_and(|t| t.split('\t').next() == Some(&std::process::id().to_string()));
        if mine {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

fn holder_path(db_path: &Path) -> PathBuf {
    PathBuf::from(format!("{}.holder", db_path.display()))
}

/// Begins the one write transaction of a command, waiting for another command's write to end;
/// past the timeout the error names the command that holds the database and since when.
pub fn begin_write<'c>(
    conn: &'c mut Connection,
    path: &Path,
    command: &str,
) -> Result<(Transaction<'c>, Holder)> {
    match conn.transaction_with_behavior(TransactionBehavior::Immediate) {
        Ok(tx) => Ok((tx, Holder::announce(path, command))),
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy) => {
            Err(busy_error(path))
        }
        Err(e) => Err(e.into()),
    }
}

fn busy_error(path: &Path) -> anyhow::Error {
    let waited = busy_timeout().as_secs_f64();
    let holder = std::fs::read_to_string(holder_path(path)).ok();
    let who = holder
        .as_deref()
        .and_then(|t| {
            let mut parts = t.trim_end().splitn(3, '\t');
            let pid = parts.next()?;
            let since = parts.next()?;
            let command = parts.next()?;
            Some(format!(
                "`bko {command}` (process {pid}) has held it since {since}"
            ))
        })
        .unwrap_or_else(|| "another program holds it".to_string());
    crate::kernel::error::Exit::system_hinted(
        format!(
            "the database {} is busy: {who}; gave up after waiting {waited} s",
            path.display()
        ),
        "run the command again when that one has finished, or wait longer with \
         BKO_BUSY_TIMEOUT=SECONDS",
    )
}

/// Marks a SQLite file as a bko database (`PRAGMA application_id`, ASCII "bko1").
const APPLICATION_ID: i64 = 0x626b_6f31;

/// An open bko database.
pub struct Db {
    /// The connection, with WAL, foreign keys and a busy timeout set. Closed when the `Db` is
    /// dropped, unless closing has nothing to do ([`super::db_close`]).
    pub conn: ManuallyDrop<Connection>,
    /// Where the file is.
    pub path: PathBuf,
    /// Opened read-only because the file or its folder cannot be written: reports work, every
    /// write command is refused with a message that says so.
    pub read_only: bool,
}

impl Drop for Db {
    fn drop(&mut self) {
        if super::db_close::may_leave_to_exit(&self.conn, &self.path) {
            return;
        }
        // SAFETY: the connection is dropped here once and the `Db` is never used again.
        unsafe { ManuallyDrop::drop(&mut self.conn) }
    }
}

impl Db {
    /// Refuses to start a write on a read-only database, naming it.
    pub fn ensure_writable(&self) -> Result<()> {
        if self.read_only {
            return Err(crate::kernel::error::Exit::system_hinted(
                format!(
                    "the database {} is read-only: bko can show it but not change it",
                    self.path.display()
                ),
                "check the permissions of the file and of its folder",
            ));
        }
        Ok(())
    }
}

/// Creates a new, empty bko database at `path` with permissions 0600 (it will hold personal
/// data). Refuses to touch an existing non-empty file.
pub fn create(path: &Path) -> Result<Db> {
    if path.exists() && std::fs::metadata(path)?.len() > 0 {
        return Err(crate::kernel::error::hinted(
            format!(
                "{} already exists; bko init never touches an existing database",
                path.display()
            ),
            "choose another file with --db, or remove this one yourself",
        ));
    }
    // `BKO_DB=~/books/company.db` on a new machine: the folder is made too (private).
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        crate::kernel::files::create_private_dir(dir)?;
    }
    create_private_file(path)?;
    let mut conn = Connection::open(path)
        .with_context(|| format!("cannot create the database {}", path.display()))?;
    configure(&conn)?;
    conn.pragma_update(None, "application_id", APPLICATION_ID)?;
    migrate::migrate(&mut conn)?;
    Ok(Db {
        conn: ManuallyDrop::new(conn),
        path: path.to_path_buf(),
        read_only: false,
    })
}

/// Opens an existing bko database, refusing one written by a newer bko (exit 3, untouched) and
/// migrating an older one after copying it aside.
pub fn open(path: &Path) -> Result<Db> {
    if !path.exists() {
        return Err(crate::kernel::error::hinted(
            format!("no database at {}", path.display()),
            "create one with `bko init --company NAME`, \
             or point to yours with --db or BKO_DB",
        ));
    }
    let display = path.display().to_string();
    if !can_write(path) {
        return open_read_only(path);
    }
    let mut conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .with_context(|| format!("cannot open the database {}", path.display()))?;
    conn.busy_timeout(busy_timeout())?;
    let app_id: i64 = match conn.query_row("PRAGMA application_id", [], |r| r.get(0)) {
        Ok(id) => id,
        // A WAL database in a folder bko may not write: SQLite cannot make its -shm file.
        Err(e) if is_permission_error(&e) => return open_read_only(path),
        Err(e) => return Err(e).with_context(|| format!("{display} is not a SQLite database")),
    };
    if app_id != APPLICATION_ID {
        bail!("{display} is not a bko database");
    }
    migrate::refuse_newer(&conn, &display)?;
    configure(&conn)?;
    if migrate::version(&conn)? < migrate::LATEST {
        let copy = backup_before_migration(&conn, path)?;
        migrate::migrate(&mut conn).with_context(|| {
            format!(
                "upgrading {display} failed; a copy was kept at {}",
                copy.display()
            )
        })?;
    }
    Ok(Db {
        conn: ManuallyDrop::new(conn),
        path: path.to_path_buf(),
        read_only: false,
    })
}

/// Whether this process may write the file and create files beside it (SQLite's -wal, -shm
/// and journal files).
fn can_write(path: &Path) -> bool {
    let file_ok = std::fs::OpenOptions::new().write(true).open(path).is_ok();
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // Permission bits do not tell (root writes anywhere): ask the kernel, which answers as it
    // would for a write (root, read-only file systems), or try to create a file elsewhere.
    #[cfg(target_os = "linux")]
    let dir_ok = rustix::fs::access(dir, rustix::fs::Access::WRITE_OK).is_ok();
    #[cfg(not(target_os = "linux"))]
    let dir_ok = {
        let probe = dir.join(format!(".bko-write-probe-{}", std::process::id()));
        let made = std::fs::File::create(&probe).is_ok();
        let _ = std::fs::remove_file(&probe);
        made
    };
    file_ok && dir_ok
}

fn is_permission_error(err: &rusqlite::Error) -> bool {
    matches!(
        err.sqlite_error_code(),
        Some(rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly)
    )
}

/// Opens a database bko may not write: read-only, or (when even that needs a file SQLite cannot
/// create beside it) as immutable. Reports work; writes are refused by [`Db::ensure_writable`].
fn open_read_only(path: &Path) -> Result<Db> {
    let display = path.display().to_string();
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let uri = |query: &str| format!("file:{}?{query}", uri_path(path));
    let attempt = |query: &str| -> Result<(Connection, i64)> {
        let conn = Connection::open_with_flags(uri(query), flags)?;
        conn.busy_timeout(busy_timeout())?;
        let app_id = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        Ok((conn, app_id))
    };
    let (conn, app_id) = attempt("mode=ro")
        .or_else(|_| attempt("immutable=1"))
        .with_context(|| format!("cannot read the database {display}"))?;
    if app_id != APPLICATION_ID {
        bail!("{display} is not a bko database");
    }
    migrate::refuse_newer(&conn, &display)?;
    if migrate::version(&conn)? < migrate::LATEST {
        return Err(crate::kernel::error::hinted(
            format!(
                "the database {display} is read-only and was written by an older bko: it must be \
             upgraded, which writes to it"
            ),
            "check the permissions of the file and its folder",
        ));
    }
    conn.pragma_update(None, "foreign_keys", "ON")?;
    read_through_a_memory_map(&conn)?;
    Ok(Db {
        conn: ManuallyDrop::new(conn),
        path: path.to_path_buf(),
        read_only: true,
    })
}

/// A path as the path part of an SQLite URI: `%`, `?` and `#` escaped.
fn uri_path(path: &Path) -> String {
    let text = path.to_string_lossy();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            c => out.push(c),
        }
    }
    out
}

/// Runs one write command as one `BEGIN IMMEDIATE` transaction with its audit row: it applies
/// fully or not at all.
pub fn write<T>(
    db: &mut Db,
    command: &str,
    work: impl FnOnce(&Transaction) -> Result<(T, String)>,
) -> Result<T> {
    db.ensure_writable()?;
    let (tx, _holder) = begin_write(&mut db.conn, &db.path, command)?;
    let (value, summary) = work(&tx)?;
    audit::record(&tx, command, &summary)?;
    tx.commit()?;
    Ok(value)
}

/// Like [`write`], for a bulk import. It stays in WAL mode (an earlier version switched to a
/// rollback journal for speed, which locked every other command out, readers included, for the
/// whole import); a larger page cache keeps it fast.
pub fn write_bulk<T>(
    db: &mut Db,
    command: &str,
    work: impl FnOnce(&Transaction) -> Result<(T, String)>,
) -> Result<T> {
    write(db, command, work)
}

/// Runs `work` as [`write`] would, then rolls everything back: a `--dry-run` that reports exactly
/// what the command would do, with the same checks, and changes nothing.
pub fn rehearse<T>(
    db: &mut Db,
    command: &str,
    work: impl FnOnce(&Transaction) -> Result<T>,
) -> Result<T> {
    db.ensure_writable()?;
    let (tx, _holder) = begin_write(&mut db.conn, &db.path, command)?;
    let value = work(&tx)?;
    tx.rollback()?;
    Ok(value)
}

/// Rows whose foreign key points nowhere, as `table rowid → parent`, at most `limit` of them.
pub fn foreign_key_problems(conn: &Connection, limit: usize) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    let mut rows = stmt.query([])?;
    let mut found = Vec::new();
    while let Some(r) = rows.next()? {
        if found.len() == limit {
            break;
        }
        let table: String = r.get(0)?;
        let rowid: Option<i64> = r.get(1)?;
        let parent: String = r.get(2)?;
        found.push(format!(
            "{table} {} → {parent}",
            rowid.map_or("?".to_string(), |id| id.to_string())
        ));
    }
    Ok(found)
}

/// Copies the database with SQLite's online backup API (safe while others read or write) to a
/// new file with permissions 0600.
pub fn backup_to(conn: &Connection, target: &Path) -> Result<()> {
    if target.exists() {
        bail!(
            "{} already exists; bko backup never overwrites a file",
            target.display()
        );
    }
    create_private_file(target)?;
    let mut dest = Connection::open(target)?;
    let backup = rusqlite::backup::Backup::new(conn, &mut dest)?;
    backup.run_to_completion(1024, std::time::Duration::from_millis(0), None)?;
    Ok(())
}

/// SQLite's own consistency check: "ok", or the first problems it found.
pub fn integrity_check(conn: &Connection) -> Result<String> {
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let lines = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(lines.join("; "))
}

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(busy_timeout())?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    keep_the_wal_file(conn)?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "cache_size", -65536)?;
    // Statements run once per row of a batch are prepared once (`prepare_cached`); a batch
    // touches more than rusqlite's default of 16 (ledger, invoices, archive).
    conn.set_prepared_statement_cache_capacity(128);
    // A cached statement keeps its plan: without the planner's stability guarantee SQLite
    // marks statements whose plan may depend on a bound value, and rusqlite clearing the
    // bindings on return to the cache then forces a fresh parse on every use (`bank match`
    // spent 8 % of its time re-preparing the same two queries per invoice paid).
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
        true,
    )?;
    // Large sorts (building an index after a bulk import) may use a second thread.
    conn.pragma_update(None, "threads", 2)?;
    read_through_a_memory_map(conn)
}

/// How much of the database file SQLite reads through a memory map: all of it up to SQLite's
/// own cap (2 GB on 64-bit systems; beyond it, pages are read as before).
const MEMORY_MAP_BYTES: i64 = 1 << 31;

/// Reads the database through a memory map (SQLite's `mmap_size`): a page comes straight from
/// the kernel's file cache instead of being copied into SQLite's page cache by a `read` call
/// first. A report or search over a large table reads thousands of pages once each (a common
/// word's 31,410 documents: 43.5 → 38.3 ms; the trial balance over 100,000 entries: 37 → 34.5 ms;
/// imports unchanged; ADR 0014). Writes still go through SQLite's cache and the WAL, so
/// all-or-nothing is untouched; an I/O error while reading becomes a signal that ends the
/// command instead of an error message, before anything is committed.
fn read_through_a_memory_map(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "mmap_size", MEMORY_MAP_BYTES)?;
    Ok(())
}

/// Keeps the -wal and -shm files beside the database when the last connection closes, the WAL
/// emptied (SQLite's persistent WAL mode): the closing checkpoint still writes every change
/// into the database file, which alone holds the books, but the next command no longer creates
/// both files and deletes them again (~0.1 ms of every command; ADR 0013, docs/performance.md
/// "2026-12-01 (last)").
fn keep_the_wal_file(conn: &Connection) -> Result<()> {
    let mut persist = 1;
    conn.file_control(
        Some(rusqlite::MAIN_DB),
        rusqlite::FileControl::PersistWal(&mut persist),
    )?;
    // With a limit, the closing connection truncates the WAL to zero bytes (without one it
    // would keep its largest size); a WAL reset after a checkpoint shrinks to 64 MB.
    conn.pragma_update(None, "journal_size_limit", 64 * 1024 * 1024)?;
    Ok(())
}

fn backup_before_migration(conn: &Connection, path: &Path) -> Result<PathBuf> {
    let version = migrate::version(conn)?;
    let stamp = crate::kernel::clock::file_stamp();
    let copy = PathBuf::from(format!("{}.v{version}-{stamp}.bak", path.display()));
    backup_to(conn, &copy)
        .with_context(|| format!("cannot keep a copy before upgrading {}", path.display()))?;
    Ok(copy)
}

#[cfg(unix)]
fn create_private_file(path: &Path) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    Ok(())
}

#[cfg(not(unix))]
fn create_private_file(path: &Path) -> Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    Ok(())
}

/// Sets a connection up for a command that streams many rows into a few tables in key order
/// (a statement import), before its transaction begins:
/// - temporary files in memory: a multi-row `INSERT` keeps a statement journal (the pages it
///   touched, to undo just that statement); once one spilled to a temporary file, every later
///   statement of the transaction rewrote that file — 91,000 writes for 100,000 lines;
/// - a 16 MB page cache instead of 64: rows arriving in key order touch few pages, and a large
///   cache only held the written ones until the commit (1M lines: 139 → 83 MB peak, and
///   10.5 → 5.7 s).
///
/// Not for a command that builds an index over a large table: its sort would be held in memory.
pub fn set_up_for_streamed_import(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "cache_size", -16384)?;
    Ok(())
}

/// Sets a connection up for an import recorded in batches that builds an index at the end
/// (inventory movements), before its transaction begins:
/// - a 32 MB page cache instead of 64: each batch's pages are written once; a larger cache only
///   held them until the commit (1M movements: 136 → 117–133 MB peak, the same time within the
///   machine's noise);
/// - statement journals in memory (SQLite decides where they go when the transaction begins):
///   one that outgrew 64 KB spilled to a temporary file, and every later statement rewrote that
///   file — a small import into a long history spent 14 % of its time there (1,000 receipts
///   into 100,000 movements: 51 → 44 ms). The index's sort still runs on disk
///   (`inventory::bulk_store::build_item_index` switches while it sorts).
pub fn set_up_for_batched_import(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "cache_size", -32768)?;
    Ok(())
}

/// Runs a read over many statements in one snapshot (a deferred transaction, left without
/// writing): it sees the database as of its first read even if another command commits
/// meanwhile, and SQLite takes its read lock once instead of once per statement.
pub fn snapshot<T>(conn: &Connection, read: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
    let tx = rusqlite::Transaction::new_unchecked(conn, rusqlite::TransactionBehavior::Deferred)?;
    let out = read(&tx)?;
    tx.commit()?;
    Ok(out)
}

/// Sets a connection up for a report that reads a large table once, in index order (the trial
/// balance, P&L and balance sheet over the journal): a 2 MB page cache instead of 64. Every page
/// is read once per command, so a large cache holds nothing that is used again, and filling it
/// with fresh memory costs more than reusing a small one (trial balance over 1M entries: 0.34 →
/// 0.30 s, 80 → 12 MB).
pub fn set_up_for_one_pass_report(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "cache_size", -2048)?;
    Ok(())
}

/// One value bound to the next parameter of a multi-row statement.
pub type Bind<'a> = dyn FnMut(&dyn rusqlite::ToSql) -> Result<()> + 'a;

/// Runs `head (?, …), (?, …) tail` over `items`, `per_statement` rows at a time, with `shape`
/// = (parameters per row, tail), each row's values bound in order by `bind_row`; returns the
/// rows changed. A bulk import pays SQLite's per-statement work (and the statement journal a
/// constraint or trigger needs) once per chunk instead of once per row (docs/performance.md).
pub fn insert_rows<T>(
    conn: &Connection,
    head: &str,
    shape: (usize, &str),
    items: &[T],
    per_statement: usize,
    bind_row: impl Fn(&T, &mut Bind) -> Result<()>,
) -> Result<usize> {
    if items.is_empty() {
        return Ok(0);
    }
    let mut changed = 0;
    // The full-size statement is looked up once; only a last, shorter chunk needs another.
    let full_size = per_statement.min(items.len());
    let mut full = prepare_rows(conn, head, shape, full_size)?;
    for chunk in items.chunks(per_statement) {
        let mut shorter;
        let stmt = if chunk.len() == full_size {
            &mut full
        } else {
            shorter = prepare_rows(conn, head, shape, chunk.len())?;
            &mut shorter
        };
        let mut at = 0;
        let mut bind = |value: &dyn rusqlite::ToSql| -> Result<()> {
            at += 1;
            stmt.raw_bind_parameter(at, value)?;
            Ok(())
        };
        for item in chunk {
            bind_row(item, &mut bind)?;
        }
        changed += stmt.raw_execute()?;
    }
    Ok(changed)
}

/// An `INSERT` of `rows` rows (kept prepared: a batch uses the full size again and again).
fn prepare_rows<'c>(
    conn: &'c Connection,
    head: &str,
    (columns, tail): (usize, &str),
    rows: usize,
) -> Result<rusqlite::CachedStatement<'c>> {
    let row = format!("({})", vec!["?"; columns].join(", "));
    let sql = format!("{head}{}{tail}", vec![row; rows].join(", "));
    Ok(conn.prepare_cached(&sql)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every way bko opens a database reads it through a memory map (SQLite caps the size it
    /// maps at just under 2 GB; 0 would mean every page is copied in by a `read` call).
    #[test]
    fn databases_are_read_through_a_memory_map() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("books.db");
        let mapped = |db: &Db| -> i64 {
            db.conn
                .query_row("PRAGMA mmap_size", [], |r| r.get(0))
                .unwrap()
        };
        let created = create(&path).unwrap();
        assert!(mapped(&created) >= 1 << 30, "created: {}", mapped(&created));
        drop(created);
        let opened = open(&path).unwrap();
        assert!(mapped(&opened) >= 1 << 30, "opened: {}", mapped(&opened));
        drop(opened);
        let read_only = open_read_only(&path).unwrap();
        assert!(read_only.read_only);
        assert!(
            mapped(&read_only) >= 1 << 30,
            "read-only: {}",
            mapped(&read_only)
        );
    }

    /// The bundled SQLite is built as `.cargo/config.toml` asks (`LIBSQLITE3_FLAGS`): SQLite's
    /// recommended options on (no memory statistics, which lock and count around every
    /// allocation), the extensions bko never uses off, FTS5 and JSON kept.
    #[test]
    fn sqlite_is_built_as_configured() {
        let conn = Connection::open_in_memory().unwrap();
        let mut stmt = conn.prepare("PRAGMA compile_options").unwrap();
        let options = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .unwrap()
            .collect::<rusqlite::Result<Vec<_>>>()
            .unwrap();
        let has = |o: &str| options.iter().any(|x| x == o);
        for wanted in [
            "DEFAULT_MEMSTATUS=0",
            "MAX_EXPR_DEPTH=0",
            "OMIT_LOAD_EXTENSION",
            "OMIT_SHARED_CACHE",
            "ENABLE_FTS5",
        ] {
            assert!(has(wanted), "{wanted} missing: {options:?}");
        }
        for unwanted in [
            "ENABLE_FTS3",
            "ENABLE_RTREE",
            "ENABLE_DBSTAT_VTAB",
            "SOUNDEX",
        ] {
            assert!(!has(unwanted), "{unwanted} present: {options:?}");
        }
        let from_json: i64 = conn
            .query_row("SELECT json_extract('{\"a\": 1}', '$.a')", [], |r| r.get(0))
            .unwrap();
        assert_eq!(from_json, 1);
    }
}
