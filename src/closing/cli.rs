//! `bko close` (the month-end checklist and lock) and `bko report month|year` (the pack).

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use clap::{Args, Subcommand};

use super::{Item, Status, checklist, pack, pdf};
use crate::company::Company;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::error::Exit;
use crate::kernel::files::{self, Existing};
use crate::kernel::output::{Cell, Column, Report};
use crate::kernel::period::Month;

/// Close a month: run the checklist and lock the books through its last day when nothing fails.
#[derive(Debug, Args)]
pub struct CloseArgs {
    /// The month (YYYY-MM).
    #[arg(long, value_parser = Month::parse)]
    pub month: Month,
    /// Only print the checklist.
    #[arg(long)]
    pub dry_run: bool,
    /// Close even though a 36協定 limit is broken (needs --reason; written to the audit log).
    #[arg(long, requires = "reason")]
    pub accept_36: bool,
    /// Reopen the month instead (needs --force and --reason).
    #[arg(long, requires_all = ["force", "reason"])]
    pub reopen: bool,
    /// Required to reopen.
    #[arg(long)]
    pub force: bool,
    /// Why (for --accept-36 and --reopen).
    #[arg(long)]
    pub reason: Option<String>,
}

/// Report packs.
#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// A month's statements as CSV plus the 月次報告書 PDF.
    Month {
        /// The month (YYYY-MM).
        #[arg(long, value_parser = Month::parse)]
        month: Month,
        /// The directory.
        #[arg(short = 'o', long)]
        output: PathBuf,
        /// Replace files that already exist (otherwise an existing file is refused).
        #[arg(long)]
        force: bool,
        /// Also write the whole pack as one Excel workbook, a sheet per report.
        #[arg(long)]
        xlsx: bool,
    },
    /// A fiscal year's statements as CSV, the 年次報告書 PDF and the 弥生 / MF journal exports.
    Year {
        /// The fiscal year (the calendar year it starts in).
        #[arg(long, value_parser = crate::kernel::period::parse_year)]
        fiscal_year: i32,
        /// The directory.
        #[arg(short = 'o', long)]
        output: PathBuf,
        /// Replace files that already exist (otherwise an existing file is refused).
        #[arg(long)]
        force: bool,
        /// Also write the whole pack as one Excel workbook, a sheet per report.
        #[arg(long)]
        xlsx: bool,
    },
}

fn checklist_report(items: &[Item], company: &Company) -> Report {
    let mut r = Report::new(
        "close",
        company.currency,
        vec![
            Column::new("item", "項目", "Item"),
            Column::new("status", "判定", "Status"),
            Column::new("detail", "内容", "Detail"),
            Column::new("fix", "対処", "Fix"),
        ],
    );
    for i in items {
        r.rows.push(vec![
            Cell::text(i.key),
            Cell::text(i.status.key()),
            Cell::text(&i.detail),
            Cell::text(&i.fix),
        ]);
    }
    r
}

/// The checklist of a failed close, carried out of the transaction so it rolls back.
#[derive(Debug)]
struct Failed(Vec<Item>);

impl std::fmt::Display for Failed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} checklist item(s) failed",
            self.0.iter().filter(|i| i.status == Status::Fail).count()
        )
    }
}

impl std::error::Error for Failed {}

/// `bko close`.
pub fn close(ctx: &Ctx, a: CloseArgs) -> Result<()> {
    let month = a.month;
    if a.reopen {
        return reopen(ctx, month, a.force, a.reason.as_deref().unwrap_or_default());
    }
    let OpenBooks {
        mut db,
        company,
        lang,
    } = ctx.books::<Company>()?;
    let lock = crate::ledger::lock_through(&db.conn)?;
    if lock.is_some_and(|l| l >= month.last_day()) {
        return Err(crate::kernel::error::hinted(
            format!(
                "{month} is already closed (the books are locked through {})",
                lock.expect("locked")
            ),
            format!("`bko close --reopen --month {month} --force --reason TEXT`"),
        ));
    }
    let accept = a.accept_36.then(|| a.reason.clone().unwrap_or_default());
    if a.dry_run {
        let items = checklist(&db.conn, month, accept.as_deref())?;
        return finish(ctx, &items, &company, month, false);
    }
    let result = db::write(&mut db, "close", |tx| {
        let items = checklist(tx, month, accept.as_deref())?;
        if items.iter().any(|i| i.status == Status::Fail) {
            return Err(anyhow::Error::new(Failed(items)));
        }
        crate::ledger::set_lock(tx, Some(month.last_day()))?;
        let warnings = items.iter().filter(|i| i.status == Status::Warn).count();
        let accepted = accept
            .as_deref()
            .map(|r| format!("; 36協定 accepted: {r}"))
            .unwrap_or_default();
        Ok((
            items,
            format!(
                "closed {month}: locked through {} ({warnings} warnings){accepted}",
                month.last_day()
            ),
        ))
    });
    match result {
        Ok(items) => {
            ctx.print(&checklist_report(&items, &company), lang)?;
            ctx.ui.info(format!(
                "{month} closed: the books are locked through {}",
                month.last_day()
            ));
            Ok(())
        }
        Err(e) => match e.downcast::<Failed>() {
            Ok(Failed(items)) => finish(ctx, &items, &company, month, true),
            Err(other) => Err(other),
        },
    }
}

fn finish(
    ctx: &Ctx,
    items: &[Item],
    company: &Company,
    month: Month,
    attempted: bool,
) -> Result<()> {
    ctx.print(&checklist_report(items, company), ctx.lang(company))?;
    let failed = items.iter().filter(|i| i.status == Status::Fail).count();
    if failed > 0 {
        return Err(Exit::check_failed(format!(
            "{month} cannot be closed: {failed} item(s) failed{}",
            if attempted {
                "; nothing was changed"
            } else {
                ""
            }
        )));
    }
    ctx.ui.info(format!("dry run: {month} can be closed"));
    Ok(())
}

fn reopen(ctx: &Ctx, month: Month, force: bool, reason: &str) -> Result<()> {
    if !force || reason.trim().is_empty() {
        bail!("reopening {month} needs --force and --reason TEXT");
    }
    let mut db = ctx.open()?;
    let back_to = month.prev().last_day();
    db::write(&mut db, "close --reopen", |tx| {
        let lock = crate::ledger::lock_through(tx)?;
        let Some(current) = lock.filter(|l| *l >= month.last_day()) else {
            bail!("{month} is not closed");
        };
        crate::ledger::set_lock(tx, Some(back_to))?;
        Ok((
            (),
            format!("reopened {month}: lock moved from {current} to {back_to}; reason: {reason}"),
        ))
    })?;
    ctx.ui.info(format!(
        "{month} reopened: the books are locked through {back_to}"
    ));
    Ok(())
}

/// What a pack holds besides its statements: other files (the journal exports), the PDF
/// summary and, with `--xlsx`, the workbook's name.
struct PackFiles<'a> {
    extra: &'a [(&'static str, Vec<u8>)],
    pdf_name: String,
    pdf: Vec<u8>,
    xlsx_name: Option<String>,
}

/// Writes a pack into `dir`: each statement as CSV (in the encoding asked for), the extra files,
/// the PDF and the optional workbook, all refused together when one exists without `--force`.
fn write_pack(
    ctx: &Ctx,
    dir: &Path,
    sections: &[pack::Section],
    files_of: PackFiles<'_>,
    lang: crate::kernel::output::Lang,
    existing: Existing,
) -> Result<usize> {
    let csv_encoding = ctx.csv_encoding()?;
    let mut files: Vec<(String, Vec<u8>)> = Vec::with_capacity(sections.len() + 3);
    for s in sections {
        files.push((s.file.to_string(), csv_encoding.encode(s.report.to_csv()?)?));
    }
    for (name, bytes) in files_of.extra {
        files.push((name.to_string(), bytes.clone()));
    }
    files.push((files_of.pdf_name, files_of.pdf));
    if let Some(name) = files_of.xlsx_name {
        let sheets: Vec<_> = sections
            .iter()
            .map(|s| crate::kernel::xlsx::Sheet {
                name: lang.pick(s.title.0, s.title.1).to_string(),
                report: &s.report,
            })
            .collect();
        files.push((name, crate::kernel::xlsx::workbook(&sheets, lang)?));
    }
    files::write_batch(dir, &files, existing)?;
    Ok(files.len())
}

/// `bko report month|year`.
pub fn report(ctx: &Ctx, cmd: ReportCommand) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let (dir, n) = match cmd {
        ReportCommand::Month {
            month,
            output,
            force,
            xlsx,
        } => {
            let sections = pack::month(&db.conn, month, lang)?;
            let title = lang.pick("月次報告書", "Monthly report");
            let stem = format!("{}-{month}", lang.pick("月次報告書", "monthly-report"));
            let files_of = PackFiles {
                extra: &[],
                pdf: pdf::report(title, &company.name, &month.to_string(), &sections, lang)?,
                pdf_name: format!("{stem}.pdf"),
                xlsx_name: xlsx.then(|| format!("{stem}.xlsx")),
            };
            let existing = Existing::from_force(force);
            let n = write_pack(ctx, &output, &sections, files_of, lang, existing)?;
            (output, n)
        }
        ReportCommand::Year {
            fiscal_year,
            output,
            force,
            xlsx,
        } => {
            let (sections, first, last) = pack::year(&db.conn, fiscal_year, lang)?;
            let exports = pack::exports(&db.conn, first, last)?;
            let title = lang.pick("年次報告書", "Annual report");
            let period = format!("{first} – {last}");
            let stem = format!("{}-{fiscal_year}", lang.pick("年次報告書", "annual-report"));
            let files_of = PackFiles {
                extra: &exports,
                pdf: pdf::report(title, &company.name, &period, &sections, lang)?,
                pdf_name: format!("{stem}.pdf"),
                xlsx_name: xlsx.then(|| format!("{stem}.xlsx")),
            };
            let existing = Existing::from_force(force);
            let n = write_pack(ctx, &output, &sections, files_of, lang, existing)?;
            (output, n)
        }
    };
    ctx.ui
        .info(format!("{n} files written to {}", dir.display()));
    Ok(())
}
