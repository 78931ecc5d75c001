//! Operations on items and locations: looking them up as commands name them, adding an item
//! (its accounts checked against the chart), changing one field, and the destination of supplies
//! issued to an employee.

use anyhow::{Result, bail};
use rusqlite::Connection;
use rust_decimal::Decimal;

use super::store::{self};
use super::{Method, parse_quantity};
use crate::inventory::Item;

/// An optional quantity as typed.
pub fn opt_quantity(text: Option<&str>) -> Result<Option<Decimal>> {
    text.map(parse_quantity).transpose()
}

/// The item with this SKU.
pub fn item(conn: &Connection, sku: &str) -> Result<Item> {
    match store::item_by_sku(conn, sku)? {
        Some(i) => Ok(i),
        None => Err(crate::kernel::error::hinted(
            format!("unknown item '{sku}'"),
            "`bko inventory items list`",
        )),
    }
}

/// The id of the location with this code (None when no code is given).
pub fn location(conn: &Connection, code: Option<&str>) -> Result<Option<i64>> {
    match code {
        None => Ok(None),
        Some(c) => match store::location_by_code(conn, c)? {
            Some(l) => Ok(Some(l.0)),
            None => Err(crate::kernel::error::hinted(
                format!("unknown location '{c}'"),
                format!("`bko inventory locations add {c} NAME`"),
            )),
        },
    }
}

/// Where an issue goes: a location, or an employee (people) code, which is added as a location
/// of kind employee the first time supplies are issued to them.
pub fn destination(conn: &Connection, code: Option<&str>) -> Result<Option<i64>> {
    let Some(c) = code else {
        return Ok(None);
    };
    if let Some(l) = store::location_by_code(conn, c)? {
        return Ok(Some(l.0));
    }
    match crate::people::find_by_code(conn, c)? {
        Some(employee) => Ok(Some(store::insert_location(
            conn,
            c,
            &employee.name,
            "employee",
        )?)),
        None => Err(crate::kernel::error::hinted(
            format!("unknown location or employee '{c}'"),
            format!("`bko inventory locations add {c} NAME`"),
        )),
    }
}

/// Adds an item after checking its accounts exist in the chart.
pub fn add(tx: &Connection, item: &Item) -> Result<()> {
    if item.sku.is_empty() || item.name.is_empty() {
        bail!("an item needs a SKU and a name");
    }
    super::check_item_text(item)?;
    let chart = crate::ledger::Chart::load(tx)?;
    for account in [&item.asset_account, &item.expense_account]
        .into_iter()
        .flatten()
    {
        chart.resolve(account)?;
    }
    store::insert_item(tx, item)?;
    Ok(())
}

/// The fields `inventory items set` can change.
const SETTABLE: &str = "name, unit, method, reorder_point, reorder_qty, supplier, asset_account, expense_account, tax_rate, allow_negative";

/// Changes one field of an item. The valuation method is fixed once the item has movements.
pub fn set_field(tx: &Connection, sku: &str, field: &str, value: &str) -> Result<()> {
    let mut it = item(tx, sku)?;
    let opt = |v: &str| Some(v.trim().to_string()).filter(|v| !v.is_empty());
    match field {
        "name" if !value.trim().is_empty() => it.name = value.trim().to_string(),
        "unit" if !value.trim().is_empty() => it.unit = value.trim().to_string(),
        "method" => it.method = Method::parse(value)?,
        "reorder_point" => it.reorder_point = opt_quantity(opt(value).as_deref())?,
        "reorder_qty" => it.reorder_qty = opt_quantity(opt(value).as_deref())?,
        "supplier" => it.supplier = opt(value),
        "asset_account" => it.asset_account = resolve_account(tx, opt(value))?,
        "expense_account" => it.expense_account = resolve_account(tx, opt(value))?,
        "tax_rate" => it.tax_rate = crate::jp::consumption_tax::parse_rate(value)?,
        "allow_negative" => it.allow_negative = matches!(value.trim(), "true" | "yes" | "1"),
        _ => bail!("'{field}' cannot be set to '{value}' (fields: {SETTABLE})"),
    }
    if field == "method" && !store::movements(tx, it.id)?.is_empty() {
        bail!("the valuation method cannot change once the item has movements");
    }
    store::update_item(tx, &it)
}

/// An account as the chart names it (its code), or None to clear.
fn resolve_account(tx: &Connection, text: Option<String>) -> Result<Option<String>> {
    match text {
        Some(v) => Ok(Some(
            crate::ledger::Chart::load(tx)?.resolve(&v)?.code.clone(),
        )),
        None => Ok(None),
    }
}
