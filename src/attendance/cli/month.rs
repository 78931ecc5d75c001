//! Monthly summary, checks, closing and reopening.

use anyhow::{Result, bail};

use super::super::agreement::Severity;
use super::super::ops;
use super::super::report::{self};
use super::super::summary::monthly_summary;
use crate::company::Company;
use crate::kernel::clock::today;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::error::Exit;
use crate::kernel::period::Month;

/// `attendance summary`.
pub fn summary(ctx: &Ctx, month: &Month, employee: Option<&str>) -> Result<()> {
    let month = *month;
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let rows = monthly_summary(&db.conn, month, employee, today()?)?;
    let mut r = report::summary(&rows, company.currency);
    if !crate::attendance::is_closed(&db.conn, month)? {
        r.notes
            .push(format!("{month} is open: figures may still change"));
    }
    ctx.print(&r, lang)
}

/// `attendance check`: findings for the month; exit 4 when a limit is broken.
pub fn check(ctx: &Ctx, month: &Month) -> Result<()> {
    let month = *month;
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let lines = crate::attendance::findings::findings(&db.conn, month)?;
    let failed = lines
        .iter()
        .filter(|l| l.severity == Severity::Fail)
        .count();
    let mut r = report::check(&lines, company.currency);
    if lines.is_empty() {
        r.notes.push(format!("{month}: no findings"));
    }
    ctx.print(&r, lang)?;
    if failed > 0 {
        return Err(Exit::check_failed(format!(
            "{failed} limit(s) broken in {month}"
        )));
    }
    Ok(())
}

/// `attendance close`: refused while any day of the month is missing a punch.
pub fn close(ctx: &Ctx, month: &Month) -> Result<()> {
    let month = *month;
    let mut db = ctx.open()?;
    let now = crate::kernel::clock::timestamp();
    db::write(&mut db, "attendance close", |tx| {
        ops::close_month(tx, month, &now)?;
        Ok(((), format!("closed attendance month {month}")))
    })?;
    ctx.ui.info(format!("attendance {month} closed"));
    Ok(())
}

/// `attendance reopen`.
pub fn reopen(ctx: &Ctx, month: &Month, force: bool, reason: Option<String>) -> Result<()> {
    let month = *month;
    if !force {
        bail!(
            "reopening {month} changes hours payroll may have used; add --force (and --reason) to do it"
        );
    }
    let mut db = ctx.open()?;
    db::write(&mut db, "attendance reopen", |tx| {
        if !ops::reopen_month(tx, month)? {
            bail!("{month} is not closed");
        }
        Ok((
            (),
            format!(
                "reopened attendance month {month}: {}",
                reason.as_deref().unwrap_or("no reason given")
            ),
        ))
    })?;
    ctx.ui.info(format!("attendance {month} reopened"));
    Ok(())
}
