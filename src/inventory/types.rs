//! The records of the inventory area that other files and areas share: plain data, no SQL.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{Kind, Method};

/// An item.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Id.
    pub id: i64,
    /// SKU.
    pub sku: String,
    /// Name.
    pub name: String,
    /// Unit.
    pub unit: String,
    /// goods or supplies.
    pub category: String,
    /// Valuation method.
    pub method: Method,
    /// Reorder point.
    pub reorder_point: Option<Decimal>,
    /// Reorder quantity.
    pub reorder_qty: Option<Decimal>,
    /// Default supplier.
    pub supplier: Option<String>,
    /// Inventory asset account (code or name), None: the category default.
    pub asset_account: Option<String>,
    /// Expense/COGS account, None: the category default.
    pub expense_account: Option<String>,
    /// Purchase tax rate.
    pub tax_rate: u32,
    /// Negative stock allowed.
    pub allow_negative: bool,
}

/// A new movement row.
pub struct NewMovement<'a> {
    /// Id it was valued under (the next free one).
    pub id: i64,
    /// Item id.
    pub item_id: i64,
    /// Date.
    pub date: NaiveDate,
    /// Kind.
    pub kind: Kind,
    /// Quantity.
    pub quantity: Decimal,
    /// Unit cost.
    pub unit_cost: Option<Decimal>,
    /// From location id.
    pub from: Option<i64>,
    /// To location id.
    pub to: Option<i64>,
    /// Reference.
    pub reference: Option<&'a str>,
    /// Reason.
    pub reason: Option<&'a str>,
    /// Supplier.
    pub supplier: Option<&'a str>,
    /// Import fingerprint.
    pub import_hash: Option<[u8; 16]>,
    /// Value at posting.
    pub value: i64,
    /// Ledger entry.
    pub entry_id: Option<i64>,
    /// The item's stock right after it: quantity and value.
    pub after: (Decimal, i64),
    /// When it was recorded.
    pub created_at: &'a str,
}

/// A movement row of an item for reports: id, date, kind, quantity, from code, to code, ref,
/// reason and the journal entry it is part of.
#[derive(Debug, Clone)]
pub struct MovementRow {
    /// Movement id.
    pub id: i64,
    /// From location code.
    pub from: Option<String>,
    /// To location code.
    pub to: Option<String>,
    /// Reference.
    pub reference: Option<String>,
    /// The journal entry it is part of (none for transfers).
    pub entry_id: Option<i64>,
}
