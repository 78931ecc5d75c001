//! One movement as a person types it (`inventory receive|issue|transfer|adjust`): the item and
//! places named by their codes, the quantity and cost as typed; resolved here and recorded by
//! [`super::post::record`].

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;
use rust_decimal::Decimal;

use super::items::{destination, item, location};
use super::post::{MovementInput, record};
use super::{Kind, parse_quantity};
use crate::company::Company;
use crate::kernel::money::parse_amount;

/// A movement as typed.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// The item's SKU.
    pub item: String,
    /// Quantity as typed (an adjustment may carry its sign).
    pub quantity: String,
    /// Unit cost as typed.
    pub cost: Option<String>,
    /// From this location.
    pub from: Option<String>,
    /// To this location, or to an employee code (supplies issued to them).
    pub to: Option<String>,
    /// The one place a receipt goes to or an issue comes from.
    pub location: Option<String>,
    /// Date.
    pub date: NaiveDate,
    /// Voucher or order number.
    pub reference: Option<String>,
    /// Why (required for adjustments).
    pub reason: Option<String>,
    /// Supplier (default: the item's).
    pub supplier: Option<String>,
    /// The account a receipt was paid from.
    pub paid_from: Option<String>,
}

/// The checked quantity and cost of a request.
pub struct Checked {
    /// Quantity, positive.
    pub quantity: Decimal,
    /// Unit cost, positive when given.
    pub cost: Option<Decimal>,
}

/// Checks what can be checked without the database: a positive quantity and cost, a reason for
/// an adjustment, both places of a transfer.
pub fn check(kind: Kind, r: &Request) -> Result<Checked> {
    let adjusting = matches!(kind, Kind::AdjustIn | Kind::AdjustOut);
    let text = if adjusting {
        r.quantity.trim().trim_start_matches(['-', '+'])
    } else {
        r.quantity.trim()
    };
    let quantity = parse_quantity(text)?;
    let cost = match &r.cost {
        Some(c) => {
            let c = parse_amount(c).map_err(|e| crate::kernel::error::prefixed("--cost", e))?;
            if c <= Decimal::ZERO {
                bail!("--cost must be positive");
            }
            Some(c)
        }
        None => None,
    };
    if adjusting && r.reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
        bail!("an adjustment needs --reason");
    }
    if kind == Kind::Transfer && (r.from.is_none() || r.to.is_none()) {
        bail!("a transfer needs --from and --to");
    }
    Ok(Checked { quantity, cost })
}

/// Records a typed movement; returns its id and value. `--location` is the place a receipt or
/// a positive adjustment goes to, and the place anything else comes from.
pub fn record_request(
    tx: &Connection,
    company: &Company,
    kind: Kind,
    request: &Request,
) -> Result<(i64, i64)> {
    let Checked { quantity, cost } = check(kind, request)?;
    let mut r = request.clone();
    if let Some(place) = r.location.take() {
        match kind {
            Kind::Receive | Kind::AdjustIn => r.to = Some(place),
            _ => r.from = Some(place),
        }
    }
    let it = item(tx, &r.item)?;
    let (from, to) = (
        location(tx, r.from.as_deref())?,
        destination(tx, r.to.as_deref())?,
    );
    let (from, to) = match kind {
        Kind::Receive | Kind::AdjustIn => (None, to.or(from)),
        Kind::AdjustOut if r.from.is_none() => (to, None),
        _ => (from, to),
    };
    let input = MovementInput {
        date: r.date,
        kind,
        quantity,
        unit_cost: cost,
        from,
        to,
        to_label: r.to.as_deref(),
        reference: r.reference.as_deref(),
        reason: r.reason.as_deref(),
        supplier: r.supplier.as_deref().or(it.supplier.as_deref()),
        paid_from: r.paid_from.as_deref(),
        import_hash: None,
    };
    record(tx, company, &it, &input)
}
