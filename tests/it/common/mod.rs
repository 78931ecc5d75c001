//! Shared helpers for the integration tests: a temp directory with a database path, the real
//! binary with a pinned clock, and a fingerprint of the whole database to prove that a failed
//! command changed nothing.
#![allow(dead_code)]

pub mod pty;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// A temp directory with a database path inside it.
pub struct Env {
    pub dir: TempDir,
    pub db: PathBuf,
}

impl Env {
    /// An empty environment (no database yet).
    pub fn new() -> Env {
        let dir = TempDir::new().expect("temp dir");
        let db = dir.path().join("books.db");
        Env { dir, db }
    }

    /// An environment with a jp-standard company.
    pub fn with_company() -> Env {
        let env = Env::new();
        env.run(&[
            "init",
            "--company",
            "テスト株式会社",
            "--registration-number",
            "T1180301018771",
        ]);
        env
    }

    /// The binary, pointed at this database, with today pinned to 2026-05-15.
    pub fn bko(&self) -> Command {
        let mut cmd = Command::cargo_bin("bko").expect("binary");
        cmd.current_dir(self.dir.path())
            .env("BKO_DB", &self.db)
            .env("BKO_TODAY", "2026-05-15")
            .env("BKO_TABLE_STYLE", "ascii")
            .env_remove("BKO_FORMAT")
            .env_remove("BKO_ENCODING")
            .env_remove("BKO_LANG");
        cmd
    }

    /// The binary as a plain process (for a terminal session), set up as `bko()` is.
    pub fn process(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("bko"));
        cmd.current_dir(self.dir.path())
            .env("BKO_DB", &self.db)
            .env("BKO_TODAY", "2026-05-15")
            .env("BKO_TABLE_STYLE", "ascii")
            .env("TERM", "xterm")
            .env_remove("BKO_FORMAT")
            .env_remove("BKO_LANG")
            .args(args);
        cmd
    }

    /// Runs a command that must succeed; returns stdout.
    pub fn run(&self, args: &[&str]) -> String {
        let out = self.bko().args(args).output().expect("run");
        assert!(
            out.status.success(),
            "bko {args:?} failed ({:?}):\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Runs a command that must succeed; returns its stderr (the messages).
    pub fn run_stderr(&self, args: &[&str]) -> String {
        let out = self.bko().args(args).output().expect("run");
        assert!(
            out.status.success(),
            "bko {args:?} failed ({:?}):\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).expect("utf-8 stderr")
    }

    /// Runs a command that must fail with `code`; returns stderr. Asserts the database did not
    /// change.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let before = self.fingerprint();
        let out = self.bko().args(args).output().expect("run");
        assert_eq!(
            out.status.code(),
            Some(code),
            "bko {args:?}: stdout {} stderr {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            before,
            self.fingerprint(),
            "bko {args:?} changed the database"
        );
        String::from_utf8(out.stderr).expect("utf-8 stderr")
    }

    /// Runs a command with `--format json` and parses stdout.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all = vec!["--format", "json"];
        all.extend_from_slice(args);
        serde_json::from_str(&self.run(&all)).expect("json output")
    }

    /// Runs a command with `--format json` that must exit with `code` (e.g. 4 for a failed
    /// check, whose findings are on stdout) and parses stdout.
    pub fn json_exit(&self, args: &[&str], code: i32) -> serde_json::Value {
        let out = self
            .bko()
            .args(["--format", "json"])
            .args(args)
            .output()
            .expect("run");
        assert_eq!(
            out.status.code(),
            Some(code),
            "bko {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("json output")
    }

    /// Writes a file into the temp directory and returns its path as a string.
    pub fn file(&self, name: &str, contents: &[u8]) -> String {
        let path = self.dir.path().join(name);
        std::fs::write(&path, contents).expect("write file");
        path.display().to_string()
    }

    /// Every row of every table, as text: equal before and after means nothing changed.
    pub fn fingerprint(&self) -> String {
        fingerprint(&self.db)
    }
}

/// The first column of every row a query returns, as text.
pub fn texts(conn: &rusqlite::Connection, sql: &str) -> Vec<String> {
    conn.prepare(sql)
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// Every row of every table of a database file, as text ("" when there is no file).
pub fn fingerprint(path: &Path) -> String {
    if !path.exists() {
        return String::new();
    }
    let conn = rusqlite::Connection::open(path).expect("open");
    let mut out = String::new();
    let tables = texts(
        &conn,
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    );
    for table in tables {
        out.push_str(&format!("[{table}]\n"));
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..columns {
                let value: rusqlite::types::Value = row.get(i).unwrap();
                out.push_str(&format!("{value:?}|"));
            }
            out.push('\n');
        }
    }
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    out.push_str(&format!("user_version={version}\n"));
    out
}

/// Finds the row of a JSON report whose `key` field equals `value`.
pub fn row<'a>(report: &'a serde_json::Value, key: &str, value: &str) -> &'a serde_json::Value {
    report["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r[key] == value)
        .unwrap_or_else(|| panic!("no row with {key}={value} in {report}"))
}

/// The text of every page of a PDF (how the tests check documents).
pub fn pdf_text(path: &Path) -> String {
    let doc = lopdf::Document::load(path).expect("a readable PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).expect("text")
}

/// An amount as bko prints it in documents: 1234567 → "1,234,567".
pub fn group(n: i64) -> String {
    let digits = n.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}
