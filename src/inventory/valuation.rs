//! What the inventory is worth on a date, per item and against the books, and the periodic
//! (三分法) booking of the valued stock.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;
use rust_decimal::Decimal;

use super::entries::{Part, post_lines};
use super::post::{BookedAccount, accounts_of, goods_booked_periodically};
use super::settings::get as setting_or_default;
use super::store::{self};
use super::value_movements;
use crate::company::Company;
use crate::inventory::Item;
use crate::ledger::Chart;

/// An item's stock through a date: quantity, value (minor units), and value per unit on hand (for
/// FIFO, the mix of the remaining layers).
pub fn valuation_as_of(
    conn: &Connection,
    company: &Company,
    item: &Item,
    as_of: NaiveDate,
) -> Result<(Decimal, i64, Decimal)> {
    Ok(stock_as_of(conn, company, std::slice::from_ref(item), as_of)?[0])
}

/// Every given item's stock through a date, in the items' order: (quantity, value, value per
/// unit). Read from the stock-after stored on each item's last movement by then (one index seek
/// per item); an item whose rows predate that column is valued from its history.
pub fn stock_as_of(
    conn: &Connection,
    company: &Company,
    items: &[Item],
    as_of: NaiveDate,
) -> Result<Vec<(Decimal, i64, Decimal)>> {
    let only = (items.len() == 1).then(|| items[0].id);
    let stored: std::collections::HashMap<i64, store::StockAfter> =
        store::stock_as_of(conn, as_of, only)?.into_iter().collect();
    items
        .iter()
        .map(|item| {
            let (quantity, value) = match stored.get(&item.id) {
                None => (Decimal::ZERO, 0),
                Some(Some(state)) => *state,
                Some(None) => valued_from_history(conn, company, item, as_of)?,
            };
            let per_unit = if quantity.is_zero() {
                Decimal::ZERO
            } else {
                company.currency.from_minor(value) / quantity
            };
            Ok((quantity, value, per_unit))
        })
        .collect()
}

/// An item's stock through a date valued from its whole history.
pub(super) fn valued_from_history(
    conn: &Connection,
    company: &Company,
    item: &Item,
    as_of: NaiveDate,
) -> Result<(Decimal, i64)> {
    let history: Vec<_> = store::movements(conn, item.id)?
        .into_iter()
        .filter(|m| m.date <= as_of)
        .collect();
    let valued = value_movements(item.method, &history, true, &company.currency)?;
    Ok(valued
        .last()
        .map_or((Decimal::ZERO, 0), |v| (v.quantity_after, v.value_after)))
}

/// Whether the stock valuation ties to the books on a date: (valued stock, balance of the
/// inventory asset accounts the items post to).
pub fn valuation_against_books(
    conn: &Connection,
    company: &Company,
    as_of: NaiveDate,
) -> Result<(i64, i64)> {
    let chart = Chart::load(conn)?;
    let items = store::list_items(conn)?;
    let value = stock_as_of(conn, company, &items, as_of)?
        .iter()
        .map(|(_, value, _)| value)
        .sum();
    let asset_accounts: std::collections::BTreeSet<i64> = accounts_of(conn, &chart, &items)?
        .into_iter()
        .map(|a| a.asset)
        .collect();
    let next = as_of.succ_opt().expect("a next day");
    let mut books = 0;
    for account in asset_accounts {
        books += crate::ledger::balance_before(conn, account, None, next)?;
    }
    Ok((value, books))
}

/// The goods stock booked on a date under periodic bookkeeping (三分法): for each inventory
/// account goods post to, the valued stock against the account's balance. Returns the posted
/// entry (None when the books already hold the valued stock) and the (account id, valued,
/// balance) comparison.
pub fn book_stock(
    conn: &Connection,
    company: &Company,
    as_of: NaiveDate,
) -> Result<(Option<i64>, Vec<BookedAccount>)> {
    if !goods_booked_periodically(conn)? {
        return Err(crate::kernel::error::hinted(
            "goods are booked perpetually (every movement posts); book-stock is for periodic bookkeeping (三分法)",
            "`bko company set inventory_goods_bookkeeping periodic`",
        ));
    }
    let chart = Chart::load(conn)?;
    let contra = chart
        .resolve(&setting_or_default(conn, "inventory_stock_change_account")?)?
        .id;
    let goods: Vec<Item> = store::list_items(conn)?
        .into_iter()
        .filter(|i| i.category == "goods")
        .collect();
    let mut valued_per_account: std::collections::BTreeMap<i64, i64> =
        std::collections::BTreeMap::new();
    let stock = stock_as_of(conn, company, &goods, as_of)?;
    for (accts, (_, value, _)) in accounts_of(conn, &chart, &goods)?.iter().zip(stock) {
        *valued_per_account.entry(accts.asset).or_default() += value;
    }
    let next = as_of.succ_opt().expect("a next day");
    let mut compared = Vec::new();
    let mut parts = Vec::new();
    for (account, valued) in valued_per_account {
        let balance = crate::ledger::balance_before(conn, account, None, next)?;
        compared.push((account, valued, balance));
        let difference = valued - balance;
        if difference != 0 {
            parts.push(Part::new(account, difference > 0, difference.abs()));
            parts.push(Part::new(contra, difference < 0, difference.abs()));
        }
    }
    parts.sort_by_key(|p| !p.debit);
    let lines = parts.into_iter().map(Part::into_line).collect();
    let memo = format!("期末商品棚卸高 {as_of} (三分法)");
    let entry = post_lines(conn, company, as_of, memo, None, lines)?;
    Ok((entry, compared))
}
