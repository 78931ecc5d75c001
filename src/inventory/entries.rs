//! The journal lines of movements: one line pair per movement typed by hand, one summary entry per
//! day and kind for imports and stocktakes (lines summed per account, tax category and
//! destination).

use std::borrow::Cow;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use super::Kind;
use super::post::{Accounts, MovementInput, line};
use crate::company::Company;
use crate::inventory::Item;
use crate::jp::tax_category;
use crate::ledger::{self, Chart, NewEntry, NewLine};

/// The movements of one day and kind, summed into the lines of one entry.
pub(super) struct SummaryGroup {
    pub(super) date: NaiveDate,
    pub(super) name: &'static str,
    pub(super) count: usize,
    pub(super) parts: Vec<Part>,
}

impl SummaryGroup {
    pub(super) fn add(&mut self, parts: Vec<Part>) {
        self.count += 1;
        for part in parts {
            match self.parts.iter_mut().find(|p| {
                (p.account_id, p.debit, p.tax_category, &p.description)
                    == (
                        part.account_id,
                        part.debit,
                        part.tax_category,
                        &part.description,
                    )
            }) {
                Some(same) => same.amount += part.amount,
                None => self.parts.push(part),
            }
        }
    }

    /// The entry's lines: debits first, then credits, each by account.
    pub(super) fn lines(mut self) -> Vec<NewLine> {
        self.parts.retain(|p| p.amount > 0);
        self.parts.sort_by(|a, b| (!a.debit, a).cmp(&(!b.debit, b)));
        self.parts.into_iter().map(Part::into_line).collect()
    }
}

/// Which summary entry a kind of movement goes to (transfers post nothing).
pub(super) fn summary_group(kind: Kind) -> Option<&'static str> {
    match kind {
        Kind::Receive => Some("入庫"),
        Kind::Issue => Some("出庫"),
        Kind::AdjustIn | Kind::AdjustOut => Some("在庫調整"),
        Kind::Transfer => None,
    }
}

/// Posts an entry when it has anything to post.
pub(super) fn post_lines(
    conn: &Connection,
    company: &Company,
    date: NaiveDate,
    memo: String,
    reference: Option<String>,
    lines: Vec<NewLine>,
) -> Result<Option<i64>> {
    if lines.iter().all(|l| l.debit == 0 && l.credit == 0) {
        return Ok(None);
    }
    let entry = NewEntry {
        date,
        memo,
        reference,
        origin: crate::ledger::Origin::Inventory,
        import_hash: None,
        reverses: None,
        lines,
    };
    Ok(Some(ledger::post(conn, &entry, &company.currency)?))
}

/// A movement's memo in its own entry.
pub(super) fn movement_memo(item: &Item, input: &MovementInput) -> String {
    let qty = input.quantity.normalize();
    match input.kind {
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
    }
}

/// One journal line of a movement before it is posted (or summed into a summary entry).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Part {
    pub(super) account_id: i64,
    pub(super) debit: bool,
    pub(super) tax_category: &'static str,
    pub(super) description: Option<Cow<'static, str>>,
    pub(super) amount: i64,
}

impl Part {
    pub(super) fn new(account_id: i64, debit: bool, amount: i64) -> Part {
        Part {
            account_id,
            debit,
            tax_category: tax_category::OUT_OF_SCOPE,
            description: None,
            amount,
        }
    }

    pub(super) fn into_line(self) -> NewLine {
        let (debit, credit) = if self.debit {
            (self.amount, 0)
        } else {
            (0, self.amount)
        };
        line(
            self.account_id,
            debit,
            credit,
            self.tax_category,
            self.description.map(Cow::into_owned),
        )
    }
}

/// A movement's journal lines at its value (none for transfers or a zero value). The expense
/// line of an issue names where it went (with the item's name when given), so 消耗品費 can be
/// read by department.
pub(super) fn movement_lines(
    chart: &Chart,
    accts: &Accounts,
    item: &Item,
    input: &MovementInput,
    value: i64,
    item_name: Option<&str>,
) -> Result<Vec<Part>> {
    if value == 0 || (accts.periodic_purchases.is_some() && input.kind != Kind::Receive) {
        return Ok(Vec::new());
    }
    Ok(match input.kind {
        Kind::Receive => {
            // Purchase tax per receipt (one delivery, one invoice), rounded down.
            let tax = value * i64::from(item.tax_rate) / 100;
            let credit_account = match input.paid_from {
                Some(a) => chart.resolve(a)?.id,
                None => accts.payable,
            };
            let debit = accts.periodic_purchases.unwrap_or(accts.asset);
            // The tax category belongs on the purchase line (課税仕入 is the goods, not the tax),
            // as invoices put it on the sales line; the tax line itself is out of scope.
            let (category, description) = match item.tax_rate {
                0 => (tax_category::OUT_OF_SCOPE, Cow::Borrowed("")),
                8 => ("purchase_8r", Cow::Borrowed("仮払消費税 8%")),
                10 => ("purchase_10", Cow::Borrowed("仮払消費税 10%")),
                rate => ("purchase_10", Cow::Owned(format!("仮払消費税 {rate}%"))),
            };
            let mut parts = vec![Part {
                tax_category: category,
                ..Part::new(debit, true, value)
            }];
            if tax > 0 {
                parts.push(Part {
                    description: Some(description),
                    ..Part::new(accts.tax, true, tax)
                });
            }
            parts.push(Part::new(credit_account, false, value + tax));
            parts
        }
        Kind::Issue => {
            let description = input.to_label.map(|to| match item_name {
                Some(name) => Cow::Owned(format!("{name} → {to}")),
                None => Cow::Owned(format!("→ {to}")),
            });
            vec![
                Part {
                    description,
                    ..Part::new(accts.expense, true, value)
                },
                Part::new(accts.asset, false, value),
            ]
        }
        Kind::AdjustOut => vec![
            Part::new(accts.shrinkage, true, value),
            Part::new(accts.asset, false, value),
        ],
        Kind::AdjustIn => vec![
            Part::new(accts.asset, true, value),
            Part::new(accts.shrinkage, false, value),
        ],
        Kind::Transfer => Vec::new(),
    })
}
