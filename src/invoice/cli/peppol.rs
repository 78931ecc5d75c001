//! `bko invoice export --as jp-pint` and `bko invoice validate`: issued documents as JP PINT
//! (Peppol) e-invoices, and the JP PINT rules checked on any such file.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::Args;

use super::reports::ExportArgs;
use crate::company::Company;
use crate::invoice::{DocumentStatus, ListFilter, issue, ops, peppol};
use crate::jp::{pint, pint_read};
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::error::{Exit, hinted};
use crate::kernel::files::{self, Existing};
use crate::kernel::output::{Cell, Column, Report};

/// Check a JP PINT (Peppol) e-invoice against the rules that make it a valid qualified invoice.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The XML file(s).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

/// The XML of one issued document.
fn xml_of(conn: &rusqlite::Connection, number: &str) -> Result<String> {
    let inv = issue::issued(conn, number)?;
    let customer = ops::customer_by_id(conn, inv.customer_id)?;
    let original = match inv.original_id {
        Some(id) => ops::invoice_by_id(conn, id)?.and_then(|o| o.number),
        None => None,
    };
    let doc = peppol::document(&inv, &customer, original)?;
    pint::to_xml(&doc)
}

/// `invoice export --as jp-pint`: one document to `-o FILE` (or stdout), or every issued one in
/// the range into the `-o DIR` folder as NUMBER.xml — all refused when one cannot be written.
pub fn export(ctx: &Ctx, args: ExportArgs) -> Result<()> {
    let OpenBooks { db, company, .. } = ctx.books::<Company>()?;
    if company.currency.code != "JPY" {
        bail!(
            "JP PINT invoices are in JPY; the books are in {}",
            company.currency.code
        );
    }
    let existing = Existing::from_force(ctx.force);
    if let Some(number) = &args.number {
        let xml = xml_of(&db.conn, number)?;
        return match &ctx.output {
            Some(path) => {
                files::write_file(path, xml.as_bytes(), existing)?;
                ctx.ui.info(format!("wrote {}", path.display()));
                Ok(())
            }
            None => crate::kernel::output::print_bytes(xml.as_bytes()),
        };
    }
    let Some(dir) = &ctx.output else {
        return Err(hinted(
            "many e-invoices go into a folder",
            "name it with -o DIR (or export one: `invoice export NUMBER --as jp-pint`)",
        ));
    };
    let filter = ListFilter {
        from: args.from,
        to: args.to,
        ..Default::default()
    };
    let mut out = Vec::new();
    for row in crate::invoice::list_invoices(&db.conn, &filter, crate::invoice::far_future())? {
        let (DocumentStatus::Issued, Some(number)) = (row.status, &row.number) else {
            continue;
        };
        let xml = xml_of(&db.conn, number).with_context(|| number.clone())?;
        out.push((format!("{number}.xml"), xml.into_bytes()));
    }
    files::write_batch(dir, &out, existing)?;
    ctx.ui.info(format!(
        "{} e-invoices written to {}",
        out.len(),
        dir.display()
    ));
    Ok(())
}

/// `invoice validate FILE…`: lists each broken rule by its JP PINT id; exit 4 when any.
pub fn validate(ctx: &Ctx, args: ValidateArgs) -> Result<()> {
    let mut report = Report::new(
        "jp_pint_validation",
        crate::kernel::money::Currency::JPY,
        vec![
            Column::new("file", "ファイル", "File"),
            Column::new("rule", "ルール", "Rule"),
            Column::new("flag", "区分", "Flag"),
            Column::new("message", "内容", "Message"),
        ],
    );
    let mut invalid = 0;
    for file in &args.files {
        let failures = check_file(file)?;
        if failures.iter().any(|f| f.fatal) {
            invalid += 1;
        }
        for f in failures {
            report.rows.push(vec![
                Cell::text(file.display().to_string()),
                Cell::text(f.rule),
                Cell::text(if f.fatal { "fatal" } else { "warning" }),
                Cell::text(f.message),
            ]);
        }
    }
    let lang = ctx.lang.unwrap_or_default();
    if invalid > 0 {
        ctx.print(&report, lang)?;
        return Err(Exit::check_failed(format!(
            "{invalid} of {} file(s) break JP PINT rules",
            args.files.len()
        )));
    }
    if !report.rows.is_empty() {
        ctx.print(&report, lang)?;
    }
    ctx.ui
        .info(format!("{} file(s) valid under JP PINT", args.files.len()));
    Ok(())
}

/// The rules a file breaks; a file that is not XML or not a UBL invoice is an error.
fn check_file(file: &Path) -> Result<Vec<pint_read::Failure>> {
    let name = file.display().to_string();
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {name}"))?;
    let root = pint_read::parse(&text).with_context(|| format!("{name}: not an XML file"))?;
    if !pint_read::is_ubl(&root) {
        bail!(
            "{name}: not a UBL invoice or credit note (the root element is <{}>)",
            root.name
        );
    }
    Ok(pint_read::validate(&root))
}
