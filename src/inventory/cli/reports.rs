//! Stock reports: stock as of a date, an item's ledger, reorder, usage, and booking the stock.

use anyhow::Result;
use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::company::Company;
use crate::inventory::Item;
use crate::inventory::items::{item, location};
use crate::inventory::ops;
use crate::inventory::post::{self};
use crate::inventory::{report, value_movements};
use crate::kernel::clock::today;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;

use super::UsageBy;

pub fn stock(
    ctx: &Ctx,
    as_of: Option<NaiveDate>,
    by_location: bool,
    only: Option<&str>,
) -> Result<()> {
    let db = ctx.open()?;
    if let Some(code) = only {
        location(&db.conn, Some(code))?;
    }
    let by_location = by_location || only.is_some();
    let company = Company::load(&db.conn)?;
    let as_of = match as_of {
        Some(d) => d,
        None => today()?,
    };
    let items = crate::inventory::list_items(&db.conn)?;
    let mut rows = Vec::new();
    let per_location = if by_location {
        ops::quantities_by_location(&db.conn, as_of)?
    } else {
        Vec::new()
    };
    let valuations = post::stock_as_of(&db.conn, &company, &items, as_of)?;
    for (it, &(q, value, cost)) in items.iter().zip(&valuations) {
        if !by_location {
            if !q.is_zero() || value != 0 {
                rows.push((it, None, q, cost, value));
            }
            continue;
        }
        for (_, loc, lq) in per_location.iter().filter(|(i, l, q)| {
            *i == it.id && !q.is_zero() && only.is_none_or(|code| l.as_deref() == Some(code))
        }) {
            // Valuation is per item; a location's share of the value follows its share of the
            // quantity.
            let v = if q.is_zero() {
                0
            } else {
                crate::inventory::round_inventory_value(
                    company.currency.from_minor(value) * *lq / q,
                    &company.currency,
                )?
            };
            rows.push((
                it,
                Some(loc.clone().unwrap_or_else(|| "(none)".into())),
                *lq,
                cost,
                v,
            ));
        }
    }
    ctx.print(&report::stock(&rows, company.currency), ctx.lang(&company))
}

pub fn item_ledger(
    ctx: &Ctx,
    sku: &str,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let it = item(&db.conn, sku)?;
    let valued = value_movements(
        it.method,
        &ops::movements(&db.conn, it.id)?,
        true,
        &company.currency,
    )?;
    let shown: Vec<_> = valued
        .into_iter()
        .filter(|v| from.is_none_or(|f| v.date >= f) && to.is_none_or(|t| v.date <= t))
        .collect();
    let rows = ops::movement_rows(&db.conn, it.id)?;
    ctx.print(
        &report::item_ledger(&it, &shown, &rows, company.currency),
        lang,
    )
}

pub fn reorder(ctx: &Ctx) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let today = today()?;
    let items = crate::inventory::list_items(&db.conn)?;
    let valuations = post::stock_as_of(&db.conn, &company, &items, today)?;
    let mut rows = Vec::new();
    for (it, &(q, _, _)) in items.iter().zip(&valuations) {
        let Some(point) = it.reorder_point else {
            continue;
        };
        if q <= point {
            rows.push((it, q));
        }
    }
    ctx.print(&report::reorder(&rows, company.currency), lang)
}

pub fn usage(ctx: &Ctx, from: NaiveDate, to: NaiveDate, by: UsageBy) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let items: std::collections::HashMap<i64, Item> = crate::inventory::list_items(&db.conn)?
        .into_iter()
        .map(|i| (i.id, i))
        .collect();
    let groups = usage_groups(&db.conn, by)?;
    let mut grouped: std::collections::BTreeMap<(String, String), (String, Decimal, i64)> =
        std::collections::BTreeMap::new();
    for (item_id, to_code, q, value) in ops::usage(&db.conn, from, to)? {
        let Some(it) = items.get(&item_id) else {
            continue;
        };
        let group = to_code
            .and_then(|code| groups.get(&code).cloned())
            .unwrap_or_else(|| "(unassigned)".into());
        let slot = grouped
            .entry((group, it.sku.clone()))
            .or_insert_with(|| (it.name.clone(), Decimal::ZERO, 0));
        slot.1 += q.parse::<Decimal>()?;
        slot.2 += value;
    }
    let rows: Vec<_> = grouped
        .into_iter()
        .map(|((group, sku), (name, q, value))| (group, sku, name, q, value))
        .collect();
    ctx.print(&report::usage(&rows, company.currency), lang)
}

/// The group each location's usage counts under: its code, or its department — a department
/// location's name, or the department of the employee a location of kind employee stands for.
fn usage_groups(
    conn: &rusqlite::Connection,
    by: UsageBy,
) -> Result<std::collections::HashMap<String, String>> {
    let mut groups = std::collections::HashMap::new();
    for (_, code, name, kind) in ops::locations(conn)? {
        let group = match (by, kind.as_str()) {
            (UsageBy::Location, _) => code.clone(),
            (UsageBy::Department, "department") => name,
            (UsageBy::Department, "employee") => crate::people::find_by_code(conn, &code)?
                .and_then(|e| e.department)
                .unwrap_or_else(|| "(no department)".into()),
            (UsageBy::Department, _) => "(no department)".into(),
        };
        groups.insert(code, group);
    }
    Ok(groups)
}

pub fn book_stock(ctx: &Ctx, as_of: NaiveDate) -> Result<()> {
    let OpenBooks {
        mut db,
        company,
        lang,
    } = ctx.books::<Company>()?;
    let (entry, compared) = db::write(&mut db, "inventory book-stock", |tx| {
        let (entry, compared) = post::book_stock(tx, &company, as_of)?;
        let summary = match entry {
            Some(id) => format!("booked the goods stock on {as_of} (entry {id})"),
            None => format!("goods stock on {as_of} already in the books"),
        };
        Ok(((entry, compared), summary))
    })?;
    match entry {
        Some(id) => ctx.ui.info(format!("posted entry {id}")),
        None => ctx
            .ui
            .info(format!("the books already hold the goods stock on {as_of}")),
    }
    let chart = crate::ledger::Chart::load(&db.conn)?;
    let rows: Vec<(String, i64, i64)> = compared
        .into_iter()
        .map(|(account, valued, balance)| {
            let name = chart
                .by_id(account)
                .map_or(account.to_string(), |a| format!("{} {}", a.code, a.name));
            (name, valued, balance)
        })
        .collect();
    ctx.print(&report::book_stock(&rows, entry, company.currency), lang)
}
