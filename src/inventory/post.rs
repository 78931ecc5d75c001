//! Recording a movement: value the item's whole history with it, post its journal entry, store
//! it, and post the difference for every later outflow whose cost the movement changed. All in
//! the caller's transaction, through `ledger::post`.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;
use rust_decimal::Decimal;

use super::store::{self, Item, NewMovement};
use super::{Kind, Movement, value_movements};
use crate::company::{Company, setting_or_default};
use crate::jp::tax_category;
use crate::ledger::{self, Chart, NewEntry, NewLine};

/// A movement to record.
pub struct MovementInput<'a> {
    /// Date.
    pub date: NaiveDate,
    /// Kind.
    pub kind: Kind,
    /// Quantity (positive).
    pub quantity: Decimal,
    /// Unit cost (receipts; found stock optionally).
    pub unit_cost: Option<Decimal>,
    /// From location id.
    pub from: Option<i64>,
    /// To location id.
    pub to: Option<i64>,
    /// Where it went, for the entry's description (a department, a room).
    pub to_label: Option<&'a str>,
    /// Reference.
    pub reference: Option<&'a str>,
    /// Reason (adjustments).
    pub reason: Option<&'a str>,
    /// Supplier (receipts).
    pub supplier: Option<&'a str>,
    /// Pay a receipt from this account instead of owing it (買掛金).
    pub paid_from: Option<&'a str>,
    /// For imports: the fingerprint that detects the same row imported again.
    pub import_hash: Option<[u8; 16]>,
}

struct Accounts {
    asset: i64,
    expense: i64,
    shrinkage: i64,
    payable: i64,
    tax: i64,
}

fn accounts(conn: &Connection, chart: &Chart, item: &Item) -> Result<Accounts> {
    let resolve = |explicit: Option<&String>, key: &str| -> Result<i64> {
        let name = match explicit {
            Some(n) => n.clone(),
            None => setting_or_default(conn, key)?,
        };
        chart
            .resolve(&name)
            .map(|a| a.id)
            .map_err(|e| anyhow::anyhow!("{e}\nhint: `bko company set {key} CODE`"))
    };
    let goods = item.category == "goods";
    Ok(Accounts {
        asset: resolve(
            item.asset_account.as_ref(),
            if goods {
                "inventory_goods_account"
            } else {
                "inventory_supplies_account"
            },
        )?,
        expense: resolve(
            item.expense_account.as_ref(),
            if goods {
                "inventory_cogs_account"
            } else {
                "inventory_supplies_expense_account"
            },
        )?,
        shrinkage: resolve(None, "inventory_shrinkage_account")?,
        payable: resolve(None, "inventory_payable_account")?,
        tax: resolve(None, "inventory_tax_account")?,
    })
}

fn line(
    account_id: i64,
    debit: i64,
    credit: i64,
    tax: &str,
    description: Option<String>,
) -> NewLine {
    NewLine {
        account_id,
        debit,
        credit,
        description,
        tax_category: tax.to_string(),
    }
}

/// Records a movement and returns its id and value.
pub fn record(
    conn: &Connection,
    company: &Company,
    item: &Item,
    input: &MovementInput,
) -> Result<(i64, i64)> {
    ledger::refuse_locked(conn, input.date)?;
    if input.kind == Kind::Receive && input.unit_cost.is_none_or(|c| c <= Decimal::ZERO) {
        bail!("a receipt needs a positive --cost (unit cost)");
    }
    let chart = Chart::load(conn)?;
    let accts = accounts(conn, &chart, item)?;
    let mut history = store::movements(conn, item.id)?;
    let id = store::next_movement_id(conn)?;
    history.push(Movement {
        id,
        date: input.date,
        kind: input.kind,
        quantity: input.quantity,
        unit_cost: input.unit_cost,
    });
    let valued = value_movements(
        item.method,
        &history,
        item.allow_negative,
        &company.currency,
    )
    .map_err(|e| anyhow::anyhow!("{}: {e}", item.sku))?;
    let value = valued.iter().find(|v| v.id == id).map_or(0, |v| v.value);
    post_and_store(conn, company, &chart, &accts, item, input, id, value)?;
    revalue_later_outflows(conn, company, item, &accts, &valued, &[id])?;
    Ok((id, value))
}

/// Posts a valued movement's journal entry and stores the movement under the id it was valued
/// with.
#[allow(clippy::too_many_arguments)]
fn post_and_store(
    conn: &Connection,
    company: &Company,
    chart: &Chart,
    accts: &Accounts,
    item: &Item,
    input: &MovementInput,
    id: i64,
    value: i64,
) -> Result<()> {
    let qty = input.quantity.normalize();
    let memo = match input.kind {
        Kind::Receive => format!("入庫 {} {} {qty}{}", item.sku, item.name, item.unit),
        Kind::Issue => format!(
            "出庫 {} {} {qty}{}{}",
            item.sku,
            item.name,
            item.unit,
            input
                .to_label
                .map(|l| format!(" → {l}"))
                .unwrap_or_default()
        ),
        Kind::Transfer => format!("移動 {} {qty}{}", item.sku, item.unit),
        Kind::AdjustIn | Kind::AdjustOut => format!(
            "在庫調整 {} {} {qty}{}{}",
            item.sku,
            item.name,
            item.unit,
            input.reason.map(|r| format!(" ({r})")).unwrap_or_default()
        ),
    };
    let lines = match input.kind {
        Kind::Receive => {
            let tax = value * i64::from(item.tax_rate) / 100;
            let credit_account = match input.paid_from {
                Some(a) => chart.resolve(a)?.id,
                None => accts.payable,
            };
            let mut l = vec![line(
                accts.asset,
                value,
                0,
                tax_category::OUT_OF_SCOPE,
                None,
            )];
            if tax > 0 {
                l.push(line(
                    accts.tax,
                    tax,
                    0,
                    if item.tax_rate == 8 {
                        "purchase_8r"
                    } else {
                        "purchase_10"
                    },
                    Some(format!("仮払消費税 {}%", item.tax_rate)),
                ));
            }
            l.push(line(
                credit_account,
                0,
                value + tax,
                tax_category::OUT_OF_SCOPE,
                None,
            ));
            l
        }
        Kind::Issue => vec![
            line(
                accts.expense,
                value,
                0,
                tax_category::OUT_OF_SCOPE,
                input.to_label.map(|t| format!("{} → {t}", item.name)),
            ),
            line(accts.asset, 0, value, tax_category::OUT_OF_SCOPE, None),
        ],
        Kind::AdjustOut => vec![
            line(accts.shrinkage, value, 0, tax_category::OUT_OF_SCOPE, None),
            line(accts.asset, 0, value, tax_category::OUT_OF_SCOPE, None),
        ],
        Kind::AdjustIn => vec![
            line(accts.asset, value, 0, tax_category::OUT_OF_SCOPE, None),
            line(accts.shrinkage, 0, value, tax_category::OUT_OF_SCOPE, None),
        ],
        Kind::Transfer => Vec::new(),
    };
    let entry_id = if value > 0 && !lines.is_empty() {
        let entry = NewEntry {
            date: input.date,
            memo,
            reference: input.reference.map(str::to_string),
            origin: "inventory",
            import_hash: None,
            reverses: None,
            lines,
        };
        Some(ledger::post(conn, &entry, &company.currency)?)
    } else {
        None
    };
    let stored = store::insert_movement(
        conn,
        &NewMovement {
            item_id: item.id,
            date: input.date,
            kind: input.kind,
            quantity: input.quantity,
            unit_cost: input.unit_cost,
            from: input.from,
            to: input.to,
            reference: input.reference,
            reason: input.reason,
            supplier: input.supplier,
            import_hash: input.import_hash,
            value,
            entry_id,
        },
    )?;
    if stored != id {
        bail!("movement id changed while recording (concurrent write)");
    }
    Ok(())
}

/// Posts the difference for every earlier-recorded outflow whose cost the history now gives
/// differently (a back-dated receipt or issue changed it). Refused into a locked period.
fn revalue_later_outflows(
    conn: &Connection,
    company: &Company,
    item: &Item,
    accts: &Accounts,
    valued: &[super::Valued],
    new_ids: &[i64],
) -> Result<()> {
    let by_id: std::collections::HashMap<i64, &super::Valued> =
        valued.iter().map(|v| (v.id, v)).collect();
    for (movement_id, date, posted) in store::posted_values(conn, item.id)? {
        if new_ids.contains(&movement_id) {
            continue;
        }
        let Some(now) = by_id.get(&movement_id) else {
            continue;
        };
        let delta = now.value - posted;
        if delta == 0 {
            continue;
        }
        ledger::refuse_locked(conn, date).map_err(|e| {
            anyhow::anyhow!("this movement changes the cost of an earlier-recorded one on {date} in a locked period: {e}")
        })?;
        let expense = if now.kind == Kind::AdjustOut {
            accts.shrinkage
        } else {
            accts.expense
        };
        let (debit_account, credit_account) = if delta > 0 {
            (expense, accts.asset)
        } else {
            (accts.asset, expense)
        };
        let entry = NewEntry {
            date,
            memo: format!("評価替え {} (遡及した入出庫による原価の変動)", item.sku),
            reference: Some(format!("movement:{movement_id}")),
            origin: "inventory",
            import_hash: None,
            reverses: None,
            lines: vec![
                line(
                    debit_account,
                    delta.abs(),
                    0,
                    tax_category::OUT_OF_SCOPE,
                    None,
                ),
                line(
                    credit_account,
                    0,
                    delta.abs(),
                    tax_category::OUT_OF_SCOPE,
                    None,
                ),
            ],
        };
        let entry_id = ledger::post(conn, &entry, &company.currency)?;
        store::insert_revaluation(conn, movement_id, delta, Some(entry_id))?;
    }
    Ok(())
}

/// Records many movements at once (an import): each item's history is valued once with all of
/// its new movements, then every movement is posted and stored in the given order, then earlier
/// outflows are revalued once per item. Linear in the number of movements per item.
pub fn record_batch(
    conn: &Connection,
    company: &Company,
    batch: &[(Item, MovementInput)],
) -> Result<usize> {
    let chart = Chart::load(conn)?;
    let first_id = store::next_movement_id(conn)?;
    let mut per_item: std::collections::BTreeMap<i64, Vec<usize>> =
        std::collections::BTreeMap::new();
    for (index, (item, input)) in batch.iter().enumerate() {
        ledger::refuse_locked(conn, input.date)?;
        if input.kind == Kind::Receive && input.unit_cost.is_none_or(|c| c <= Decimal::ZERO) {
            bail!("a receipt needs a positive unit cost");
        }
        per_item.entry(item.id).or_default().push(index);
    }
    let mut values = vec![0i64; batch.len()];
    let mut valued_by_item = Vec::new();
    for (item_id, indexes) in &per_item {
        let item = &batch[indexes[0]].0;
        let mut history = store::movements(conn, *item_id)?;
        for &i in indexes {
            let input = &batch[i].1;
            history.push(Movement {
                id: first_id + i as i64,
                date: input.date,
                kind: input.kind,
                quantity: input.quantity,
                unit_cost: input.unit_cost,
            });
        }
        let valued = value_movements(
            item.method,
            &history,
            item.allow_negative,
            &company.currency,
        )
        .map_err(|e| anyhow::anyhow!("{}: {e}", item.sku))?;
        let by_id: std::collections::HashMap<i64, i64> =
            valued.iter().map(|v| (v.id, v.value)).collect();
        for &i in indexes {
            values[i] = by_id.get(&(first_id + i as i64)).copied().unwrap_or(0);
        }
        valued_by_item.push((*item_id, indexes[0], valued));
    }
    let mut accounts_by_item = std::collections::HashMap::new();
    for (item, _) in batch {
        if let std::collections::hash_map::Entry::Vacant(slot) = accounts_by_item.entry(item.id) {
            slot.insert(accounts(conn, &chart, item)?);
        }
    }
    for (i, (item, input)) in batch.iter().enumerate() {
        post_and_store(
            conn,
            company,
            &chart,
            &accounts_by_item[&item.id],
            item,
            input,
            first_id + i as i64,
            values[i],
        )?;
    }
    let new_ids: Vec<i64> = (0..batch.len() as i64).map(|i| first_id + i).collect();
    for (item_id, first, valued) in &valued_by_item {
        revalue_later_outflows(
            conn,
            company,
            &batch[*first].0,
            &accounts_by_item[item_id],
            valued,
            &new_ids,
        )?;
    }
    Ok(batch.len())
}

/// An item's stock through a date: quantity, value (minor units), and value per unit on hand (for
/// FIFO, the mix of the remaining layers). Valued from the whole history, like every report.
pub fn valuation_as_of(
    conn: &Connection,
    company: &Company,
    item: &Item,
    as_of: NaiveDate,
) -> Result<(Decimal, i64, Decimal)> {
    let history: Vec<_> = store::movements(conn, item.id)?
        .into_iter()
        .filter(|m| m.date <= as_of)
        .collect();
    let valued = value_movements(item.method, &history, true, &company.currency)?;
    let (quantity, value) = valued
        .last()
        .map_or((Decimal::ZERO, 0), |v| (v.quantity_after, v.value_after));
    let per_unit = if quantity.is_zero() {
        Decimal::ZERO
    } else {
        company.currency.from_minor(value) / quantity
    };
    Ok((quantity, value, per_unit))
}

/// Whether the stock valuation ties to the books on a date: (valued stock, balance of the
/// inventory asset accounts the items post to).
pub fn valuation_against_books(
    conn: &Connection,
    company: &Company,
    as_of: NaiveDate,
) -> Result<(i64, i64)> {
    let chart = Chart::load(conn)?;
    let mut value = 0;
    let mut asset_accounts = std::collections::BTreeSet::new();
    for item in store::list_items(conn)? {
        value += valuation_as_of(conn, company, &item, as_of)?.1;
        asset_accounts.insert(accounts(conn, &chart, &item)?.asset);
    }
    let next = as_of.succ_opt().expect("a next day");
    let mut books = 0;
    for account in asset_accounts {
        books += crate::ledger::store::balance_before(conn, account, None, next)?;
    }
    Ok((value, books))
}
