//! `bko inventory items ...` and `bko inventory locations ...`.

use anyhow::{Result, bail};

use crate::company::Company;
use crate::inventory::Item;
use crate::inventory::items::{self, item};
use crate::inventory::ops;
use crate::inventory::post::valuation_as_of;
use crate::inventory::{Method, report};
use crate::kernel::clock::today;
use crate::kernel::csvio::Encoding;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::output::{Cell, Column, Report};

use super::ItemArgs;

pub fn add_item(ctx: &Ctx, a: ItemArgs) -> Result<()> {
    let item = Item {
        id: 0,
        sku: a.sku.trim().to_string(),
        name: a.name.trim().to_string(),
        unit: a.unit,
        category: a.category,
        method: Method::parse(&a.method)?,
        reorder_point: items::opt_quantity(a.reorder_point.as_deref())?,
        reorder_qty: items::opt_quantity(a.reorder_qty.as_deref())?,
        supplier: a.supplier,
        asset_account: a.asset_account,
        expense_account: a.expense_account,
        tax_rate: crate::jp::consumption_tax::parse_rate(&a.tax_rate)?,
        allow_negative: a.allow_negative,
    };
    if item.sku.is_empty() || item.name.is_empty() {
        bail!("an item needs a SKU and a name");
    }
    crate::inventory::check_item_text(&item)?;
    let mut db = ctx.open()?;
    db::write(&mut db, "inventory items add", |tx| {
        items::add(tx, &item)?;
        Ok(((), format!("added item {} {}", item.sku, item.name)))
    })?;
    ctx.ui.info(format!("added item {}", item.sku));
    Ok(())
}

pub fn set_item(ctx: &Ctx, sku: &str, field: &str, value: &str) -> Result<()> {
    let mut db = ctx.open()?;
    db::write(&mut db, "inventory items set", |tx| {
        items::set_field(tx, sku, field, value)?;
        Ok(((), format!("item {sku}: {field} = '{value}'")))
    })?;
    ctx.ui.info(format!("item {sku}: {field} updated"));
    Ok(())
}

/// `inventory items show`: the item and what is on hand today.
pub fn show_item(ctx: &Ctx, sku: &str) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let it = item(&db.conn, sku)?;
    let mut r = report::items(std::slice::from_ref(&it), company.currency);
    let (q, value, _) = valuation_as_of(&db.conn, &company, &it, today()?)?;
    r.notes.push(format!(
        "on hand {} {} = {}",
        q.normalize(),
        it.unit,
        company.currency.display(value)
    ));
    ctx.print(&r, lang)
}

/// `inventory items import`.
pub fn import_items(ctx: &Ctx, file: &std::path::Path, encoding: Encoding) -> Result<()> {
    let mut db = ctx.open()?;
    let n = db::write(&mut db, "inventory items import", |tx| {
        let n = crate::inventory::import::import_items(tx, file, encoding)?;
        Ok((n, format!("imported {n} items from {}", file.display())))
    })?;
    ctx.ui.info(format!("imported {n} items"));
    Ok(())
}

/// `inventory items list`.
pub fn list_items(ctx: &Ctx) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    ctx.print(
        &report::items(&crate::inventory::list_items(&db.conn)?, company.currency),
        lang,
    )
}

/// `inventory locations add`.
pub fn add_location(ctx: &Ctx, code: &str, name: &str, kind: &str) -> Result<()> {
    let mut db = ctx.open()?;
    db::write(&mut db, "inventory locations add", |tx| {
        crate::inventory::insert_location(tx, code, name, kind)?;
        Ok(((), format!("added location {code}")))
    })?;
    ctx.ui.info(format!("added location {code}"));
    Ok(())
}

/// `inventory locations list`.
pub fn list_locations(ctx: &Ctx) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let mut r = Report::new(
        "locations",
        company.currency,
        vec![
            Column::new("code", "コード", "Code"),
            Column::new("name", "名称", "Name"),
            Column::new("kind", "種類", "Kind"),
        ],
    );
    for (_, code, name, kind) in ops::locations(&db.conn)? {
        r.rows
            .push(vec![Cell::text(code), Cell::text(name), Cell::text(kind)]);
    }
    ctx.print(&r, lang)
}
