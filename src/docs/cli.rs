//! `bko docs ...`: store, search, export, correct, delete and retain documents.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::archive::{self, Added, Meta};
use super::import;
use super::ops;
use super::{Link, LinkTargets, parse_tags, parse_type, parse_within, report};
use crate::company::Company;
use crate::docs::Search;
use crate::kernel::clock::today;
use crate::kernel::csvio::Encoding;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::error::Exit;
use crate::kernel::files::{self, Existing};
use crate::kernel::money::{Currency, parse_amount};
use crate::kernel::output::{Cell, Column, Format, Report};
use crate::kernel::period::parse_date;

/// Document archive commands.
#[derive(Debug, Subcommand)]
pub enum DocsCommand {
    /// Store files with their transaction date, amount and counterparty.
    Add(AddArgs),
    /// Store many files: a directory of exported names (YYYYMMDD_counterparty_amount.ext) or an
    /// index CSV (path,type,date,amount,counterparty,tags). All or nothing.
    Import(ImportArgs),
    /// Search by date range, amount range, counterparty, type, tag and words (all AND-ed).
    Search(SearchArgs),
    /// Show a document's current version.
    Show {
        /// Document id.
        id: i64,
    },
    /// Write a document's original bytes (hash verified).
    Get {
        /// Document id.
        id: i64,
        /// Output file (default: the original file name in the current directory).
        #[arg(long, short = 'o')]
        output: Option<PathBuf>,
        /// An earlier version.
        #[arg(long)]
        version: Option<i64>,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Export documents dated in a range for a tax office: files named
    /// YYYYMMDD_counterparty_amount.ext plus index.csv.
    Export {
        /// First date.
        #[arg(long, value_parser = parse_date)]
        from: NaiveDate,
        /// Last date.
        #[arg(long, value_parser = parse_date)]
        to: NaiveDate,
        /// Target directory (created; must be empty).
        dir: PathBuf,
    },
    /// Correct a document: a new version; the old one is kept.
    Correct(CorrectArgs),
    /// Delete a document logically (hidden from search, kept with its history).
    Delete {
        /// Document id.
        id: i64,
        /// Why.
        #[arg(long)]
        reason: String,
    },
    /// Every version and event of a document: who, when, why.
    History {
        /// Document id.
        id: i64,
    },
    /// Documents past their retention period (eligible for disposal).
    Retention {
        /// The date (default: today).
        #[arg(long, value_parser = parse_date)]
        as_of: Option<NaiveDate>,
    },
    /// Dispose of documents past retention (their bytes are removed; the record stays).
    Dispose {
        /// Document ids.
        #[arg(required = true)]
        ids: Vec<i64>,
        /// Why (kept in the history and the audit log).
        #[arg(long)]
        reason: String,
    },
    /// Contracts ending or needing a renewal notice soon (exit 4 when there are any).
    Expiring {
        /// The window: 60d, 8w, 3m.
        #[arg(long, default_value = "60d", value_parser = check_within)]
        within: String,
    },
}

/// Metadata flags shared by add and correct.
#[derive(Debug, Args, Default)]
pub struct MetaArgs {
    /// receipt, invoice, contract, quote, delivery-note, statement, credit-note, payslip, other.
    #[arg(long = "type", value_name = "TYPE")]
    pub doc_type: Option<String>,
    /// Transaction date (取引年月日).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Amount (取引金額).
    #[arg(long, value_parser = crate::kernel::money::check_amount_text)]
    pub amount: Option<String>,
    /// Counterparty (取引先).
    #[arg(long)]
    pub counterparty: Option<String>,
    /// Title.
    #[arg(long)]
    pub title: Option<String>,
    /// Tags: a,b,c.
    #[arg(long)]
    pub tags: Option<String>,
    /// Note.
    #[arg(long)]
    pub note: Option<String>,
    /// Link: entry:ID, invoice:NUMBER or employee:CODE.
    #[arg(long)]
    pub link: Option<String>,
    /// Contract start date.
    #[arg(long, value_parser = parse_date)]
    pub contract_start: Option<NaiveDate>,
    /// Contract end date.
    #[arg(long, value_parser = parse_date)]
    pub contract_end: Option<NaiveDate>,
    /// Last date to give notice of (non-)renewal.
    #[arg(long, value_parser = parse_date)]
    pub notice: Option<NaiveDate>,
}

/// Store files.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The files.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Document metadata.
    #[command(flatten)]
    pub meta: MetaArgs,
}

/// Batch registration.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A directory written by `docs export` (read through its index.csv, keys intact), or of
    /// files named YYYYMMDD_counterparty_amount.ext.
    #[arg(conflicts_with = "index", required_unless_present = "index")]
    pub dir: Option<PathBuf>,
    /// An index CSV: path,type,date,amount,counterparty,tags (paths relative to the CSV).
    #[arg(long)]
    pub index: Option<PathBuf>,
    /// Document type for a directory import.
    #[arg(long = "type", default_value = "other")]
    pub doc_type: String,
    /// Text encoding of the index.
    #[arg(long, value_enum, default_value_t = Encoding::Auto)]
    pub encoding: Encoding,
}

/// Search documents.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// From date.
    #[arg(long, value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// To date.
    #[arg(long, value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// Minimum amount.
    #[arg(long, value_parser = crate::kernel::money::check_amount_text)]
    pub min: Option<String>,
    /// Maximum amount.
    #[arg(long, value_parser = crate::kernel::money::check_amount_text)]
    pub max: Option<String>,
    /// Counterparty contains.
    #[arg(long)]
    pub counterparty: Option<String>,
    /// Type.
    #[arg(long = "type", value_name = "TYPE")]
    pub doc_type: Option<String>,
    /// Tag.
    #[arg(long)]
    pub tag: Option<String>,
    /// Words in the title, note, counterparty, tags or extracted text (Japanese works).
    #[arg(long)]
    pub text: Option<String>,
    /// Include logically deleted documents.
    #[arg(long)]
    pub include_deleted: bool,
    /// Show at most N (the earliest; 100 unless given); when more match, how many is said on
    /// stderr (even with --quiet) and in the notes.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: Option<u32>,
    /// Show every match, however many (for scripts that read them all).
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,
}

/// How many matches a search shows unless told: a page a clerk can read, and a search of a
/// large archive stays fast when a word occurs in thousands of documents (paperless-ngx pages
/// by 25, `gh` lists 30).
pub const DEFAULT_SEARCH_LIMIT: u32 = 100;

/// Correct a document.
#[derive(Debug, Args)]
pub struct CorrectArgs {
    /// Document id.
    pub id: i64,
    /// Replace the stored file with this one.
    #[arg(long)]
    pub file: Option<PathBuf>,
    /// Why (required).
    #[arg(long)]
    pub reason: String,
    /// Fields to change.
    #[command(flatten)]
    pub meta: MetaArgs,
}

/// Runs a docs command.
/// Runs a `bko docs` command; `targets` answers whether a link's target exists.
pub fn run(ctx: &Ctx, cmd: DocsCommand, targets: &dyn LinkTargets) -> Result<()> {
    match cmd {
        DocsCommand::Add(args) => add(ctx, args, targets),
        DocsCommand::Import(args) => import(ctx, args, targets),
        DocsCommand::Search(args) => search(ctx, args),
        DocsCommand::Show { id } => show(ctx, id),
        DocsCommand::Get {
            id,
            output,
            version,
            force,
        } => get(ctx, id, output, version, Existing::from_force(force)),
        DocsCommand::Export { from, to, dir } => export(ctx, from, to, &dir),
        DocsCommand::Correct(args) => correct(ctx, args, targets),
        DocsCommand::Delete { id, reason } => {
            let mut db = ctx.open()?;
            db::write(&mut db, "docs delete", |tx| {
                archive::delete(tx, id, &reason)?;
                Ok(((), format!("deleted document {id}: {reason}")))
            })?;
            ctx.ui
                .info(format!("document {id} deleted (kept with its history)"));
            Ok(())
        }
        DocsCommand::History { id } => history(ctx, id),
        DocsCommand::Retention { as_of } => retention(ctx, as_of),
        DocsCommand::Dispose { ids, reason } => dispose(ctx, &ids, &reason),
        DocsCommand::Expiring { within } => expiring(ctx, &within),
    }
}

fn amount(currency: &Currency, text: Option<&str>) -> Result<Option<i64>> {
    match text {
        Some(t) => Ok(Some(currency.to_minor(
            parse_amount(t).map_err(|e| crate::kernel::error::prefixed("--amount", e))?,
        )?)),
        None => Ok(None),
    }
}

/// Builds metadata from flags, on top of `base` (the current version when correcting).
fn meta_from(args: &MetaArgs, currency: &Currency, base: Meta) -> Result<Meta> {
    let mut m = base;
    if let Some(t) = &args.doc_type {
        m.doc_type = parse_type(t)?.to_string();
    }
    if args.date.is_some() {
        m.date = args.date;
    }
    if args.amount.is_some() {
        m.amount = amount(currency, args.amount.as_deref())?;
    }
    if let Some(c) = &args.counterparty {
        m.counterparty = c.trim().to_string();
    }
    if args.title.is_some() {
        m.title = args.title.clone().filter(|t| !t.is_empty());
    }
    if let Some(t) = &args.tags {
        m.tags = parse_tags(t);
    }
    if args.note.is_some() {
        m.note = args.note.clone().filter(|t| !t.is_empty());
    }
    if let Some(l) = &args.link {
        m.link = Some(Link::parse(l)?);
    }
    if args.contract_start.is_some() || args.contract_end.is_some() || args.notice.is_some() {
        m.contract = (
            args.contract_start.or(m.contract.0),
            args.contract_end.or(m.contract.1),
            args.notice.or(m.contract.2),
        );
    }
    Ok(m)
}

fn added_report(rows: &[(String, Added)], currency: Currency) -> Report {
    let mut r = Report::new(
        "added",
        currency,
        vec![
            Column::new("file", "ファイル", "File"),
            Column::new("id", "ID", "Id"),
            Column::new("result", "結果", "Result"),
        ],
    );
    for (file, added) in rows {
        let (id, what) = match added {
            Added::New(id) => (*id, "added"),
            Added::Duplicate(id) => (*id, "already stored"),
        };
        r.rows
            .push(vec![Cell::text(file), Cell::Int(id), Cell::text(what)]);
    }
    r
}

fn add(ctx: &Ctx, args: AddArgs, targets: &dyn LinkTargets) -> Result<()> {
    let OpenBooks {
        mut db,
        company,
        lang,
    } = ctx.books::<Company>()?;
    let Some(doc_type) = args.meta.doc_type.as_deref() else {
        bail!("give --type (receipt, invoice, contract, ...)")
    };
    let meta = meta_from(
        &args.meta,
        &company.currency,
        Meta {
            doc_type: parse_type(doc_type)?.to_string(),
            ..Default::default()
        },
    )?;
    let files = args
        .files
        .iter()
        .map(|p| import::read_file(p))
        .collect::<Result<Vec<_>>>()?;
    let results = db::write(&mut db, "docs add", |tx| {
        let mut out = Vec::new();
        for (name, bytes) in &files {
            out.push((
                name.clone(),
                archive::add(tx, name, bytes, &meta, targets).with_context(|| name.clone())?,
            ));
        }
        let summary = out
            .iter()
            .map(|(n, a)| format!("{n}: {a:?}"))
            .collect::<Vec<_>>()
            .join(", ");
        Ok((out, summary))
    })?;
    for (name, added) in &results {
        if let Added::Duplicate(id) = added {
            ctx.ui.warn(format!(
                "{name} is already stored as document {id}; nothing added"
            ));
        }
    }
    ctx.print(&added_report(&results, company.currency), lang)
}

fn import(ctx: &Ctx, args: ImportArgs, targets: &dyn LinkTargets) -> Result<()> {
    let OpenBooks {
        mut db,
        company,
        lang,
    } = ctx.books::<Company>()?;
    let items = import::batch(
        args.dir.as_deref(),
        args.index.as_deref(),
        &args.doc_type,
        args.encoding,
        &company.currency,
    )?;
    let results = db::write(&mut db, "docs import", |tx| {
        let mut out = Vec::new();
        for (place, name, bytes, meta) in &items {
            let added = archive::add(tx, name, bytes, meta, targets)
                .map_err(|e| crate::kernel::error::prefixed(place, e))?;
            out.push((name.clone(), added));
        }
        let n = out
            .iter()
            .filter(|(_, a)| matches!(a, Added::New(_)))
            .count();
        Ok((out, format!("imported {n} documents")))
    })?;
    ctx.ui.info(format!(
        "{} files, {} new",
        results.len(),
        results
            .iter()
            .filter(|(_, a)| matches!(a, Added::New(_)))
            .count()
    ));
    ctx.print(&added_report(&results, company.currency), lang)
}

fn search(ctx: &Ctx, args: SearchArgs) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let currency = company.currency;
    let (mut long_words, mut short_words) = (Vec::new(), Vec::new());
    for word in args.text.as_deref().unwrap_or("").split_whitespace() {
        if word.chars().count() >= 3 {
            long_words.push(word.to_string());
        } else {
            short_words.push(word.to_string());
        }
    }
    let filter = Search {
        from: args.from,
        to: args.to,
        min: amount(&currency, args.min.as_deref())?,
        max: amount(&currency, args.max.as_deref())?,
        counterparty: args.counterparty.clone(),
        doc_type: args
            .doc_type
            .as_deref()
            .map(parse_type)
            .transpose()?
            .map(str::to_string),
        tag: args.tag.clone(),
        long_words,
        short_words,
        include_deleted: args.include_deleted,
        statuses: None,
    };
    if args.all {
        let rows = ops::search(&db.conn, &filter)?;
        return ctx.print(&report::documents(&rows, currency), lang);
    }
    let limit = args.limit.unwrap_or(DEFAULT_SEARCH_LIMIT) as usize;
    let (rows, total) = ops::search_first(&db.conn, &filter, limit)?;
    let mut r = report::documents(&rows, currency);
    if total > rows.len() {
        let shown = format!("{} of {total} documents shown", rows.len());
        if ctx.format == Format::Table {
            r.notes
                .push(format!("{shown} (--limit N or --all shows more)"));
        } else {
            // A warning, not progress: a script reading the rows must learn they are not all.
            ctx.ui
                .warn(format!("{shown}; --limit N or --all shows more"));
            r.notes.push(shown);
        }
    }
    ctx.print(&r, lang)
}

fn show(ctx: &Ctx, id: i64) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let doc = ops::document(&db.conn, id)?;
    let mut r = report::documents(std::slice::from_ref(&doc), company.currency);
    let until = archive::keep_until(&db.conn, &company, &doc)?;
    r.notes.push(format!("keep until {until}"));
    ctx.print(&r, lang)
}

fn get(
    ctx: &Ctx,
    id: i64,
    output: Option<PathBuf>,
    version: Option<i64>,
    existing: Existing,
) -> Result<()> {
    let db = ctx.open()?;
    let (doc, bytes) = ops::original(&db.conn, id, version)?;
    let path = output.unwrap_or_else(|| PathBuf::from(&doc.file_name));
    files::write_file(&path, &bytes, existing)?;
    ctx.ui.info(format!(
        "wrote {} ({} bytes, SHA-256 verified)",
        path.display(),
        bytes.len()
    ));
    Ok(())
}

fn export(ctx: &Ctx, from: NaiveDate, to: NaiveDate, dir: &Path) -> Result<()> {
    let OpenBooks { db, company, .. } = ctx.books::<Company>()?;
    let n = super::export::export(&db.conn, &company, from, to, dir)?;
    ctx.ui
        .info(format!("exported {n} documents to {}", dir.display()));
    Ok(())
}

fn correct(ctx: &Ctx, args: CorrectArgs, targets: &dyn LinkTargets) -> Result<()> {
    let OpenBooks {
        mut db, company, ..
    } = ctx.books::<Company>()?;
    let file = args.file.as_deref().map(import::read_file).transpose()?;
    let version = db::write(&mut db, "docs correct", |tx| {
        let current = ops::document(tx, args.id)?;
        let meta = meta_from(&args.meta, &company.currency, archive::meta_of(&current))?;
        let v = archive::correct(
            tx,
            args.id,
            &meta,
            file.as_ref().map(|(n, b)| (n.as_str(), b.as_slice())),
            &args.reason,
            targets,
        )?;
        Ok((
            v,
            format!(
                "corrected document {} to version {v}: {}",
                args.id, args.reason
            ),
        ))
    })?;
    ctx.ui.info(format!(
        "document {} is now at version {version}; earlier versions are kept",
        args.id
    ));
    Ok(())
}

fn history(ctx: &Ctx, id: i64) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let (versions, events) = ops::history(&db.conn, id)?;
    ctx.print(&report::history(&versions, &events, company.currency), lang)
}

fn retention(ctx: &Ctx, as_of: Option<NaiveDate>) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let as_of = match as_of {
        Some(d) => d,
        None => today()?,
    };
    let due = ops::past_retention(&db.conn, &company, as_of)?;
    ctx.print(&report::retention(&due, company.currency), lang)
}

fn dispose(ctx: &Ctx, ids: &[i64], reason: &str) -> Result<()> {
    if reason.trim().is_empty() {
        bail!("disposal needs --reason");
    }
    let OpenBooks {
        mut db, company, ..
    } = ctx.books::<Company>()?;
    let today = today()?;
    db::write(&mut db, "docs dispose", |tx| {
        for id in ids {
            archive::dispose(tx, &company, *id, today, reason)?;
        }
        Ok(((), format!("disposed of documents {ids:?}: {reason}")))
    })?;
    ctx.ui.info(format!("disposed of {} documents", ids.len()));
    Ok(())
}

/// Checks `--within` as clap parses it (a bad duration is a usage error, exit 2).
fn check_within(text: &str) -> Result<String> {
    parse_within(text).map(|_| text.to_string())
}

fn expiring(ctx: &Ctx, within: &str) -> Result<()> {
    let days = parse_within(within)?;
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let today = today()?;
    let horizon = today + chrono::Duration::days(days);
    let contracts = ops::search(
        &db.conn,
        &Search {
            doc_type: Some("contract".into()),
            ..Default::default()
        },
    )?;
    let mut rows = Vec::new();
    for c in contracts {
        let due = [
            (c.notice_date, "renewal notice"),
            (c.contract_end, "contract ends"),
        ]
        .into_iter()
        .filter_map(|(d, what)| {
            d.filter(|d| *d >= today && *d <= horizon)
                .map(|d| (d, what))
        })
        .min_by_key(|(d, _)| *d);
        if let Some((d, what)) = due {
            rows.push((c, d, what));
        }
    }
    rows.sort_by_key(|r| r.1);
    ctx.print(&report::expiring(&rows, company.currency), lang)?;
    if !rows.is_empty() {
        return Err(Exit::check_failed(format!(
            "{} contract(s) need action within {within}",
            rows.len()
        )));
    }
    Ok(())
}
