//! Inventory reports as values: items, stock on hand with value, an item's movement ledger
//! (商品有高帳), reorder list and supplies usage.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::Valued;
use super::stocktake::DiffLine;
use crate::inventory::{Item, MovementRow};
use crate::kernel::money::Currency;
use crate::kernel::output::{Cell, Column, Report};

fn qty(d: Decimal) -> Cell {
    Cell::text(d.normalize().to_string())
}

/// Unit costs shown to 2 decimals (they are exact inside; values are what is posted).
fn unit_cost(d: Decimal) -> Cell {
    Cell::text(d.round_dp(2).normalize().to_string())
}

/// The item list.
pub fn items(items: &[Item], currency: Currency) -> Report {
    let mut r = Report::new(
        "inventory_items",
        currency,
        vec![
            Column::new("sku", "SKU", "SKU"),
            Column::new("name", "品名", "Name"),
            Column::new("unit", "単位", "Unit"),
            Column::new("category", "区分", "Category"),
            Column::new("method", "評価方法", "Method"),
            Column::new("reorder_point", "発注点", "Reorder point"),
            Column::new("reorder_qty", "発注量", "Reorder qty"),
            Column::new("supplier", "仕入先", "Supplier"),
            Column::new("tax_rate", "税率", "Tax rate"),
        ],
    );
    for i in items {
        r.rows.push(vec![
            Cell::text(&i.sku),
            Cell::text(&i.name),
            Cell::text(&i.unit),
            Cell::text(&i.category),
            Cell::text(i.method.key()),
            i.reorder_point.map_or(Cell::Empty, qty),
            i.reorder_qty.map_or(Cell::Empty, qty),
            Cell::opt_text(i.supplier.clone()),
            Cell::Int(i64::from(i.tax_rate)),
        ]);
    }
    r
}

/// Stock on hand: (item, location or None for all, quantity, unit cost, value).
pub fn stock(
    rows: &[(&Item, Option<String>, Decimal, Decimal, i64)],
    currency: Currency,
) -> Report {
    let mut r = Report::new(
        "stock",
        currency,
        vec![
            Column::new("sku", "SKU", "SKU"),
            Column::new("name", "品名", "Name"),
            Column::new("location", "場所", "Location"),
            Column::new("quantity", "数量", "Quantity"),
            Column::new("unit", "単位", "Unit"),
            Column::new("unit_cost", "単価", "Unit cost"),
            Column::new("value", "金額", "Value"),
        ],
    );
    let mut total = 0;
    for (item, location, q, cost, value) in rows {
        total += value;
        r.rows.push(vec![
            Cell::text(&item.sku),
            Cell::text(&item.name),
            Cell::opt_text(location.clone()),
            qty(*q),
            Cell::text(&item.unit),
            unit_cost(*cost),
            Cell::Money(*value),
        ]);
    }
    r.totals = Some(vec![
        Cell::Empty,
        Cell::text("合計 / Total"),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Money(total),
    ]);
    r
}

/// An item's movements with running quantity, unit cost and value (商品有高帳).
pub fn item_ledger(
    item: &Item,
    valued: &[Valued],
    rows: &[MovementRow],
    currency: Currency,
) -> Report {
    let mut r = Report::new(
        "inventory_ledger",
        currency,
        vec![
            Column::new("date", "日付", "Date"),
            Column::new("movement_id", "番号", "Id"),
            Column::new("kind", "区分", "Kind"),
            Column::new("in_quantity", "受入数量", "In qty"),
            Column::new("out_quantity", "払出数量", "Out qty"),
            Column::new("in_value", "受入金額", "In value"),
            Column::new("out_value", "払出金額", "Out value"),
            Column::new("quantity", "残高数量", "Qty on hand"),
            Column::new("unit_cost", "単価", "Unit cost"),
            Column::new("value", "残高金額", "Value"),
            Column::new("from", "出庫元", "From"),
            Column::new("to", "入庫先", "To"),
            Column::new("ref", "参照", "Ref"),
            Column::new("entry_id", "仕訳", "Entry"),
        ],
    );
    let by_id: std::collections::HashMap<i64, &MovementRow> =
        rows.iter().map(|m| (m.id, m)).collect();
    for v in valued {
        let row = by_id.get(&v.id);
        let inflow = matches!(v.kind, super::Kind::Receive | super::Kind::AdjustIn);
        let outflow = matches!(v.kind, super::Kind::Issue | super::Kind::AdjustOut);
        r.rows.push(vec![
            Cell::Date(v.date),
            Cell::Int(v.id),
            Cell::text(v.kind.key()),
            if inflow { qty(v.quantity) } else { Cell::Empty },
            if outflow {
                qty(v.quantity)
            } else {
                Cell::Empty
            },
            if inflow {
                Cell::Money(v.value)
            } else {
                Cell::Empty
            },
            if outflow {
                Cell::Money(v.value)
            } else {
                Cell::Empty
            },
            qty(v.quantity_after),
            unit_cost(v.unit_cost_after),
            Cell::Money(v.value_after),
            Cell::opt_text(row.and_then(|m| m.from.clone())),
            Cell::opt_text(row.and_then(|m| m.to.clone())),
            Cell::opt_text(row.and_then(|m| m.reference.clone())),
            row.and_then(|m| m.entry_id).map_or(Cell::Empty, Cell::Int),
        ]);
    }
    r.notes.push(format!(
        "{} {} ({})",
        item.sku,
        item.name,
        item.method.key()
    ));
    r
}

/// Items at or below their reorder point: (item, on hand).
pub fn reorder(rows: &[(&Item, Decimal)], currency: Currency) -> Report {
    let mut r = Report::new(
        "reorder",
        currency,
        vec![
            Column::new("sku", "SKU", "SKU"),
            Column::new("name", "品名", "Name"),
            Column::new("on_hand", "在庫", "On hand"),
            Column::new("reorder_point", "発注点", "Reorder point"),
            Column::new("reorder_qty", "発注量", "Order qty"),
            Column::new("supplier", "仕入先", "Supplier"),
        ],
    );
    for (item, on_hand) in rows {
        r.rows.push(vec![
            Cell::text(&item.sku),
            Cell::text(&item.name),
            qty(*on_hand),
            item.reorder_point.map_or(Cell::Empty, qty),
            item.reorder_qty.map_or(Cell::Empty, qty),
            Cell::opt_text(item.supplier.clone()),
        ]);
    }
    r
}

/// Supplies consumed: (group, item sku, item name, quantity, value).
pub fn usage(rows: &[(String, String, String, Decimal, i64)], currency: Currency) -> Report {
    let mut r = Report::new(
        "usage",
        currency,
        vec![
            Column::new("to", "使用先", "Used by"),
            Column::new("sku", "SKU", "SKU"),
            Column::new("name", "品名", "Name"),
            Column::new("quantity", "数量", "Quantity"),
            Column::new("value", "金額", "Value"),
        ],
    );
    let mut total = 0;
    for (group, sku, name, q, value) in rows {
        total += value;
        r.rows.push(vec![
            Cell::text(group),
            Cell::text(sku),
            Cell::text(name),
            qty(*q),
            Cell::Money(*value),
        ]);
    }
    r.totals = Some(vec![
        Cell::text("合計 / Total"),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Money(total),
    ]);
    r
}

/// The goods stock against the books under periodic bookkeeping: (account, valued, balance
/// before), and the entry posted for the differences.
pub fn book_stock(rows: &[(String, i64, i64)], entry: Option<i64>, currency: Currency) -> Report {
    let mut r = Report::new(
        "book_stock",
        currency,
        vec![
            Column::new("account", "勘定科目", "Account"),
            Column::new("valued", "評価額", "Valued stock"),
            Column::new("books", "帳簿残高", "Books before"),
            Column::new("difference", "差額", "Difference"),
            Column::new("entry_id", "仕訳", "Entry"),
        ],
    );
    for (account, valued, books) in rows {
        r.rows.push(vec![
            Cell::text(account),
            Cell::Money(*valued),
            Cell::Money(*books),
            Cell::Money(valued - books),
            entry.map_or(Cell::Empty, Cell::Int),
        ]);
    }
    r
}

/// The stocktake differences: expected and counted quantities, the difference and its value.
pub fn count_diff(id: i64, as_of: NaiveDate, lines: &[DiffLine], currency: Currency) -> Report {
    let mut r = Report::new(
        "count_diff",
        currency,
        vec![
            Column::new("sku", "SKU", "SKU"),
            Column::new("name", "品名", "Name"),
            Column::new("expected", "帳簿数量", "Expected"),
            Column::new("counted", "実棚数量", "Counted"),
            Column::new("difference", "差異", "Difference"),
            Column::new("value", "差異金額", "Value"),
        ],
    );
    let mut total = 0;
    for (item, expected, counted, difference, value) in lines {
        total += value;
        r.rows.push(vec![
            Cell::text(&item.sku),
            Cell::text(&item.name),
            Cell::text(expected.normalize().to_string()),
            counted.map_or(Cell::Empty, |c| Cell::text(c.normalize().to_string())),
            Cell::text(difference.normalize().to_string()),
            Cell::Money(*value),
        ]);
    }
    r.totals = Some(vec![
        Cell::Empty,
        Cell::text("合計 / Total"),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Money(total),
    ]);
    r.notes.push(format!("count {id} as of {as_of}"));
    r
}
