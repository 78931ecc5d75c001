//! `bko ledger import|export`: journal CSV in and out.

use std::io::Write;
use std::path::PathBuf;

use crate::kernel::db;
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use super::Books;
use crate::kernel::audit;
use crate::kernel::csvio::Encoding;
use crate::kernel::ctx::Ctx;
use crate::kernel::files::{AtomicFile, Existing};
use crate::kernel::output::EncodingWriter;
use crate::kernel::period::parse_date;
use crate::ledger::JournalFilter;
use crate::ledger::import::{self, Duplicates};
use crate::ledger::ops;
use crate::ledger::{Chart, export};

/// Import journal entries from CSV: header `date,entry,account,debit,credit,description,tax`
/// (optional `memo`, `ref`); rows sharing `entry` form one entry. All or nothing.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file (UTF-8 with or without BOM, or CP932).
    pub file: PathBuf,
    /// Validate and show what would be posted; change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Text encoding of the file.
    #[arg(long, value_enum, default_value_t = Encoding::Auto)]
    pub encoding: Encoding,
    /// Import entries again even if the same rows were imported before.
    #[arg(long, conflicts_with = "skip_duplicates")]
    pub allow_duplicates: bool,
    /// Leave out entries imported before and import the rest.
    #[arg(long)]
    pub skip_duplicates: bool,
    /// The file's format: bko's journal CSV, or the accountant's entries from 弥生, MF or freee
    /// (accounts matched by name; bko's own entries sent back are recognised and left out).
    #[arg(long = "as", id = "import_as", value_enum, default_value_t = ExportFormat::Native)]
    pub import_as: ExportFormat,
}

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ExportFormat {
    /// bko's journal CSV (UTF-8), which `bko ledger import` reads back.
    #[default]
    Native,
    /// 弥生インポート形式: 25 columns, no header, CP932, CRLF.
    Yayoi,
    /// マネーフォワード クラウド会計 仕訳帳 CSV (UTF-8).
    Mf,
    /// freee会計 仕訳帳 import CSV (UTF-8).
    Freee,
}

/// Export the journal as CSV.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// First date.
    #[arg(long, value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Last date.
    #[arg(long, value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// The format.
    #[arg(long = "as", id = "export_as", value_enum, default_value_t = ExportFormat::Native)]
    pub export_as: ExportFormat,
    /// Write to this file instead of stdout.
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// Replace the -o file if it exists.
    #[arg(long, requires = "output")]
    pub force: bool,
}

/// Imports a journal CSV in one transaction; `--dry-run` rolls it back after showing it.
pub fn import(ctx: &Ctx, args: ImportArgs) -> Result<()> {
    if args.import_as != ExportFormat::Native {
        return import_from_accountant(ctx, &args);
    }
    let mut db = ctx.open()?;
    db.ensure_writable()?;
    let books = Books::load(ctx, &db.conn)?;
    let currency = books.company.currency;
    let duplicates = match (args.allow_duplicates, args.skip_duplicates) {
        (true, _) => Duplicates::Allow,
        (_, true) => Duplicates::Skip,
        _ => Duplicates::Refuse,
    };
    let size = std::fs::metadata(&args.file).map(|m| m.len()).unwrap_or(0);
    let bar = ctx.ui.progress(size, "importing");
    let (tx, _holder) = db::begin_write(&mut db.conn, &db.path, "ledger import")?;
    let before = ops::last_entry_id(&tx)?;
    let summary =
        import::import_journal(&tx, &args.file, args.encoding, duplicates, &currency, |b| {
            bar.set_position(b)
        });
    bar.finish_and_clear();
    let summary = summary?;
    let file = args.file.display().to_string();
    if args.dry_run {
        let preview = super::post::journal_after(&tx, &books, before)?;
        drop(tx);
        ctx.ui.info(format!(
            "dry run: {} entries ({} lines) would be imported from {file}{}; nothing was changed",
            summary.entries,
            summary.lines,
            skipped_note(summary.skipped)
        ));
        return ctx.print(&preview, books.lang);
    }
    let note = format!(
        "imported {} entries ({} lines, {}) from {file}{}",
        summary.entries,
        summary.lines,
        summary.encoding,
        skipped_note(summary.skipped)
    );
    audit::record(&tx, "ledger import", &note)?;
    tx.commit()?;
    ctx.ui.info(&note);
    let report = crate::ledger::report::import_summary(&file, &summary, currency);
    ctx.print(&report, books.lang)
}

/// `ledger import --as yayoi|mf|freee`: the accountant's entries, all or nothing.
fn import_from_accountant(ctx: &Ctx, args: &ImportArgs) -> Result<()> {
    use crate::ledger::accountant::Target;
    let target = match args.import_as {
        ExportFormat::Yayoi => Target::Yayoi,
        ExportFormat::Mf => Target::MoneyForward,
        _ => Target::Freee,
    };
    let mut db = ctx.open()?;
    let books = Books::load(ctx, &db.conn)?;
    let currency = books.company.currency;
    let file = args.file.display().to_string();
    let (tx, _holder) = db::begin_write(&mut db.conn, &db.path, "ledger import")?;
    let before = ops::last_entry_id(&tx)?;
    let summary = crate::ledger::accountant_import::import(&tx, &args.file, target, &currency)?;
    let note = format!(
        "imported {} entries from {file}{}",
        summary.posted,
        if summary.own > 0 {
            format!(
                ", {} of bko's own entries recognised and left out",
                summary.own
            )
        } else {
            String::new()
        }
    );
    let preview = super::post::journal_after(&tx, &books, before)?;
    if args.dry_run {
        drop(tx);
        ctx.ui.info(format!("dry run: {note}; nothing was changed"));
        return ctx.print(&preview, books.lang);
    }
    audit::record(&tx, "ledger import", &note)?;
    tx.commit()?;
    ctx.ui.info(&note);
    ctx.print(&preview, books.lang)
}

fn skipped_note(skipped: u64) -> String {
    if skipped > 0 {
        format!(", {skipped} already imported entries left out")
    } else {
        String::new()
    }
}

/// Exports the journal.
pub fn export(ctx: &Ctx, args: ExportArgs) -> Result<()> {
    let db = ctx.open()?;
    let books = Books::load(ctx, &db.conn)?;
    if let (Some(from), Some(to)) = (args.from, args.to)
        && from > to
    {
        bail!("--from {from} is after --to {to}");
    }
    let filter = JournalFilter {
        from: args.from,
        to: args.to,
        ..Default::default()
    };
    // Stream straight to the file or stdout: an export of a million entries never sits in memory.
    // bko's own CSV is written in the encoding asked for (--encoding, or the company's); the
    // accountant formats in the one their program requires.
    let encoding = match args.export_as {
        ExportFormat::Native => ctx.csv_encoding()?,
        _ => crate::kernel::output::CsvEncoding::Utf8,
    };
    match &args.output {
        Some(path) => {
            // Written beside the target and renamed on success: a failure half-way (a character
            // CP932 cannot hold at entry 30) leaves the previous export as it was.
            let file = AtomicFile::create(path, Existing::from_force(args.force))?;
            let mut out = EncodingWriter::new(file, encoding);
            let count = write_export(
                &db.conn,
                &books.chart,
                &filter,
                &books,
                args.export_as,
                &mut out,
            )?;
            out.into_inner().commit()?;
            ctx.ui
                .info(format!("exported {count} entries to {}", path.display()));
        }
        None => {
            let mut out =
                EncodingWriter::new(std::io::BufWriter::new(std::io::stdout().lock()), encoding);
            write_export(
                &db.conn,
                &books.chart,
                &filter,
                &books,
                args.export_as,
                &mut out,
            )?;
            out.flush()?;
        }
    }
    Ok(())
}

fn write_export(
    conn: &rusqlite::Connection,
    chart: &Chart,
    filter: &JournalFilter,
    books: &Books,
    format: ExportFormat,
    out: &mut dyn Write,
) -> Result<u64> {
    let currency = &books.company.currency;
    match format {
        ExportFormat::Native => export::native(conn, chart, filter, currency, out),
        ExportFormat::Yayoi => export::yayoi(conn, chart, filter, currency, out),
        ExportFormat::Mf => export::money_forward(conn, chart, filter, currency, out),
        ExportFormat::Freee => export::freee(conn, chart, filter, currency, out),
    }
}
