//! `bko inventory count ...`: the stocktake.

use std::path::Path;

use anyhow::Result;
use chrono::NaiveDate;

use crate::company::Company;
use crate::inventory::{ops, report, stocktake};
use crate::kernel::clock::today;
use crate::kernel::csvio::Encoding;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;

use super::CountCommand;

pub fn count(ctx: &Ctx, cmd: CountCommand) -> Result<()> {
    match cmd {
        CountCommand::Start { location, as_of } => start(ctx, location, as_of),
        CountCommand::Set { item, counted } => {
            let q = crate::kernel::money::parse_quantity(&counted)
                .map_err(|e| crate::kernel::error::prefixed("counted", e))?;
            let mut db = ctx.open()?;
            db::write(&mut db, "inventory count set", |tx| {
                stocktake::set(tx, &item, q)?;
                Ok(((), format!("counted {item}: {q}")))
            })
        }
        CountCommand::Import { file, encoding } => import(ctx, &file, encoding),
        CountCommand::Diff => diff(ctx),
        CountCommand::Apply => apply(ctx),
    }
}

/// `inventory count start`: the expected quantities frozen as of a date, at one location or all.
fn start(ctx: &Ctx, code: Option<String>, as_of: Option<NaiveDate>) -> Result<()> {
    let as_of = match as_of {
        Some(d) => d,
        None => today()?,
    };
    let OpenBooks {
        mut db, company, ..
    } = ctx.books::<Company>()?;
    let (id, n) = db::write(&mut db, "inventory count start", |tx| {
        let loc = code.as_deref().map(|c| ops::location(tx, c)).transpose()?;
        let (id, n) = stocktake::start(tx, &company, loc, as_of)?;
        Ok(((id, n), format!("count {id} started as of {as_of}")))
    })?;
    ctx.ui
        .info(format!("count {id} started as of {as_of} ({n} items)"));
    Ok(())
}

/// `inventory count import`: counted quantities from CSV, at the open count's location.
fn import(ctx: &Ctx, file: &Path, encoding: Encoding) -> Result<()> {
    let mut db = ctx.open()?;
    let n = db::write(&mut db, "inventory count import", |tx| {
        let location = ops::open_count_location(tx)?;
        let n = stocktake::import_counts(tx, file, encoding, location.as_deref())?;
        Ok((n, format!("imported {n} counts from {}", file.display())))
    })?;
    ctx.ui.info(format!("recorded {n} counts"));
    Ok(())
}

/// `inventory count diff`: expected against counted, valued as the apply would post it.
fn diff(ctx: &Ctx) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let (id, as_of, lines) = stocktake::diff(&db.conn, &company)?;
    ctx.print(
        &report::count_diff(id, as_of, &lines, company.currency),
        lang,
    )
}

/// `inventory count apply`: the differences posted as adjustments.
fn apply(ctx: &Ctx) -> Result<()> {
    let OpenBooks {
        mut db, company, ..
    } = ctx.books::<Company>()?;
    let (id, adjusted, uncounted) = db::write(&mut db, "inventory count apply", |tx| {
        let out = stocktake::apply(tx, &company)?;
        Ok((
            out,
            format!("applied count {}: {} adjustments", out.0, out.1),
        ))
    })?;
    if uncounted > 0 {
        ctx.ui.warn(format!(
            "{uncounted} items were not counted and were left as they are"
        ));
    }
    ctx.ui
        .info(format!("count {id} applied: {adjusted} adjustments posted"));
    Ok(())
}
