//! Commands that span every area: `check`, `backup`, `audit`, `completions`, `help`.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::company::Company;
use crate::kernel::check::Status;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::error::Exit;
use crate::kernel::output::{Cell, Column, Report};
use crate::kernel::{audit as audit_log, db};

/// Copy the database with SQLite's online backup API, safe while another bko reads or writes.
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy (must not exist).
    pub file: PathBuf,
}

/// Show the audit log, newest last.
#[derive(Debug, Args)]
pub struct AuditArgs {
    /// How many rows.
    #[arg(long, default_value_t = 50)]
    pub limit: i64,
}

/// Print a completion script for a shell.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Show help for a command (`bko help ledger post`) or a topic (`bko help exit-codes`).
#[derive(Debug, Args)]
pub struct HelpArgs {
    /// A command path or a topic: exit-codes.
    pub topic: Vec<String>,
}

/// One integrity check's outcome.
pub struct CheckItem {
    /// Stable key, e.g. `entries_balance`.
    pub name: &'static str,
    /// ok, warn or fail.
    pub status: Status,
    /// What was found.
    pub detail: String,
}

/// Every integrity check of the database: SQLite's own and its foreign keys, balanced entries,
/// line dates, the trial balance, document hashes, the audit chain, and a stocktake left open
/// (warn).
pub fn integrity_checks(conn: &rusqlite::Connection, company: &Company) -> Result<Vec<CheckItem>> {
    let mut items = Vec::new();
    database_checks(conn, &mut items)?;
    ledger_checks(conn, company, &mut items)?;
    document_checks(conn, &mut items)?;
    let audit_problem = audit_log::verify(conn)?;
    push_check(
        &mut items,
        "audit_chain",
        audit_problem,
        "every audit row chains the previous one".into(),
    );
    items.push(match crate::inventory::open_count(conn)? {
        Some((id, as_of)) => CheckItem {
            name: "open_stocktake",
            status: Status::Warn,
            detail: format!("count {id} as of {as_of} is still open (bko inventory count apply)"),
        },
        None => CheckItem {
            name: "open_stocktake",
            status: Status::Ok,
            detail: "no stocktake left open".into(),
        },
    });
    Ok(items)
}

/// A check that passes with `ok_detail` unless a problem was found.
fn push_check(
    items: &mut Vec<CheckItem>,
    name: &'static str,
    problem: Option<String>,
    ok_detail: String,
) {
    items.push(match problem {
        Some(p) => CheckItem {
            name,
            status: Status::Fail,
            detail: p,
        },
        None => CheckItem {
            name,
            status: Status::Ok,
            detail: ok_detail,
        },
    });
}

/// SQLite's integrity check and foreign keys.
fn database_checks(conn: &rusqlite::Connection, items: &mut Vec<CheckItem>) -> Result<()> {
    let integrity = db::integrity_check(conn)?;
    push_check(
        items,
        "sqlite_integrity",
        (integrity != "ok").then(|| integrity.clone()),
        "PRAGMA integrity_check: ok".into(),
    );
    let dangling = db::foreign_key_problems(conn, 10)?;
    push_check(
        items,
        "foreign_keys",
        (!dangling.is_empty()).then(|| dangling.join("; ")),
        "PRAGMA foreign_key_check: every reference points to a row".into(),
    );
    Ok(())
}

/// Balanced entries, line dates and a trial balance that ties.
fn ledger_checks(
    conn: &rusqlite::Connection,
    company: &Company,
    items: &mut Vec<CheckItem>,
) -> Result<()> {
    let unbalanced = crate::ledger::unbalanced_entries(conn)?;
    let entries = crate::ledger::entry_count(conn)?;
    push_check(
        items,
        "entries_balance",
        (!unbalanced.is_empty()).then(|| {
            unbalanced
                .iter()
                .map(|(id, d, c)| format!("entry {id}: debit {d} credit {c}"))
                .collect::<Vec<_>>()
                .join("; ")
        }),
        format!("{entries} entries, each with debits equal to credits"),
    );
    let off = crate::ledger::lines_off_their_entry_date(conn)?;
    push_check(
        items,
        "line_dates",
        (!off.is_empty()).then(|| {
            off.iter()
                .map(|(e, l)| format!("entry {e} line {l}"))
                .collect::<Vec<_>>()
                .join("; ")
        }),
        "every line carries its entry's date (the period lock relies on it)".into(),
    );
    let (debit, credit) = crate::ledger::journal_totals(conn)?;
    let currency = company.currency;
    push_check(
        items,
        "trial_balance_ties",
        (debit != credit).then(|| {
            format!(
                "debits {} ≠ credits {}",
                currency.display(debit),
                currency.display(credit)
            )
        }),
        format!("debits = credits = {}", currency.display(debit)),
    );
    Ok(())
}

/// Stored files match their hashes; every issued document has its archived copy.
fn document_checks(conn: &rusqlite::Connection, items: &mut Vec<CheckItem>) -> Result<()> {
    let (stored, bad) = crate::docs::archive::verify_hashes(conn)?;
    push_check(
        items,
        "document_hashes",
        (!bad.is_empty()).then(|| bad.join("; ")),
        format!("{stored} stored files match their SHA-256"),
    );
    let missing = unarchived_documents(conn)?;
    push_check(
        items,
        "issued_documents_archived",
        (!missing.is_empty()).then(|| {
            let shown: Vec<&str> = missing.iter().take(10).map(String::as_str).collect();
            format!(
                "{} issued documents have no archived copy ({}{}); run bko invoice pdf --missing",
                missing.len(),
                shown.join(", "),
                if missing.len() > shown.len() {
                    ", …"
                } else {
                    ""
                }
            )
        }),
        "every issued invoice and credit note has its archived PDF (電子帳簿保存法)".into(),
    );
    Ok(())
}

/// Numbers of issued invoices and credit notes whose PDF is not in the archive (a crash between
/// the issue and the archiving, or a deleted copy).
pub fn unarchived_documents(conn: &rusqlite::Connection) -> Result<Vec<String>> {
    let archived = crate::docs::linked_invoices(conn)?;
    Ok(crate::invoice::issued_numbers(conn)?
        .into_iter()
        .filter(|n| !archived.contains(n))
        .collect())
}

/// Runs every integrity check and prints one row per check; exit 4 when any fails.
pub fn check(ctx: &Ctx) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let mut report = Report::new(
        "check",
        company.currency,
        vec![
            Column::new("check", "検査項目", "Check"),
            Column::new("status", "結果", "Status"),
            Column::new("detail", "詳細", "Detail"),
        ],
    );
    let items = integrity_checks(&db.conn, &company)?;
    let failed = items.iter().filter(|i| i.status == Status::Fail).count();
    for i in items {
        report.rows.push(vec![
            Cell::text(i.name),
            Cell::text(i.status.key()),
            Cell::text(i.detail),
        ]);
    }
    ctx.print(&report, lang)?;
    if failed > 0 {
        return Err(Exit::check_failed(format!("{failed} check(s) failed")));
    }
    Ok(())
}

/// Writes a consistent copy of the database.
pub fn backup(ctx: &Ctx, args: BackupArgs) -> Result<()> {
    let db = ctx.open()?;
    db::backup_to(&db.conn, &args.file)?;
    ctx.ui.info(format!(
        "backed up {} to {}",
        db.path.display(),
        args.file.display()
    ));
    Ok(())
}

/// Lists audit rows.
pub fn audit(ctx: &Ctx, args: AuditArgs) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let mut report = Report::new(
        "audit_log",
        company.currency,
        vec![
            Column::new("id", "番号", "Id"),
            Column::new("at", "日時 (UTC)", "At (UTC)"),
            Column::new("command", "コマンド", "Command"),
            Column::new("summary", "内容", "Summary"),
        ],
    );
    for (id, at, command, summary) in audit_log::list(&db.conn, args.limit)? {
        report.rows.push(vec![
            Cell::Int(id),
            Cell::text(at),
            Cell::text(command),
            Cell::text(summary),
        ]);
    }
    ctx.print(&report, lang)
}

/// Answers the archive's question whether a link's target exists, by asking the area that owns
/// it (the archive itself knows no area).
pub struct BooksLinks;

impl crate::docs::LinkTargets for BooksLinks {
    fn exists(&self, conn: &rusqlite::Connection, link: &crate::docs::Link) -> Result<bool> {
        use crate::docs::Link;
        Ok(match link {
            Link::Entry(id) => crate::ledger::entry_by_id(conn, *id)?.is_some(),
            Link::Invoice(number) => crate::invoice::invoice_by_number(conn, number)?.is_some(),
            Link::Employee(code) => crate::people::find_by_code(conn, code)?.is_some(),
        })
    }
}

/// The ledger's answers to the company commands (a chart for a new company, whether entries
/// exist, account codes), so the company profile depends on no area.
pub struct LedgerBooks;

impl crate::company::Books for LedgerBooks {
    fn install_standard_chart(&self, conn: &rusqlite::Connection) -> Result<usize> {
        crate::ledger::install_standard_chart(conn)
    }

    fn has_entries(&self, conn: &rusqlite::Connection) -> Result<bool> {
        Ok(crate::ledger::entry_count(conn)? > 0)
    }

    fn account_code(&self, conn: &rusqlite::Connection, account: &str) -> Result<String> {
        Ok(crate::ledger::Chart::load(conn)?
            .resolve(account)?
            .code
            .clone())
    }
}
