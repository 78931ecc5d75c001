//! Inventory: goods for sale (商品) and supplies (備品・消耗品), dated movements and their exact
//! valuation by moving average or FIFO. This file holds the valuation engine (pure): it values an
//! item's whole movement history from the start every time, so a back-dated movement changes
//! every later value exactly (recomputed, not patched). SQL is in `store.rs`, the postings in
//! `post.rs`, the commands in `cli.rs`.

mod bulk_store;
pub mod cli;
mod entries;
mod history;
pub mod import;
pub mod items;
mod movement_reader;
pub mod movements;
pub mod ops;
pub mod post;
pub mod report;
mod revalue;
pub mod settings;
pub mod stocktake;
mod store;
mod types;
pub use types::*;
mod valuation;
mod valuation_store;

/// What other areas may use of this area's records (its store is private).
pub use store::{insert_item, insert_location, item_by_sku, list_items, open_count};

use std::collections::VecDeque;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::kernel::money::Currency;

/// How an item is valued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// 移動平均法: each receipt re-averages the unit cost.
    MovingAverage,
    /// 先入先出法: outflows consume the oldest receipts first.
    Fifo,
}

impl Method {
    /// Parses moving-average / fifo (also 移動平均, 先入先出).
    pub fn parse(text: &str) -> Result<Method> {
        match text.trim().to_lowercase().replace('_', "-").as_str() {
            "moving-average" | "average" | "移動平均" | "移動平均法" => {
                Ok(Method::MovingAverage)
            }
            "fifo" | "先入先出" | "先入先出法" => Ok(Method::Fifo),
            _ => bail!("'{text}' is not a valuation method (moving-average or fifo)"),
        }
    }

    /// Stored key.
    pub fn key(&self) -> &'static str {
        match self {
            Method::MovingAverage => "moving_average",
            Method::Fifo => "fifo",
        }
    }
}

/// What a movement does to the item's stock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// 入庫 at a unit cost.
    Receive,
    /// 出庫 (sold goods, consumed supplies) at the valuation cost.
    Issue,
    /// Between locations: no change in the item's quantity or value.
    Transfer,
    /// Found stock (count or adjustment) at a given or the current unit cost.
    AdjustIn,
    /// Lost stock (count or adjustment) at the valuation cost.
    AdjustOut,
}

impl Kind {
    /// Stored key.
    pub fn key(&self) -> &'static str {
        match self {
            Kind::Receive => "receive",
            Kind::Issue => "issue",
            Kind::Transfer => "transfer",
            Kind::AdjustIn => "adjust_in",
            Kind::AdjustOut => "adjust_out",
        }
    }

    /// Parses a stored key (or the import's words).
    pub fn parse(text: &str) -> Result<Kind> {
        // The stored keys themselves, without lowercasing (a bulk import parses a million).
        for kind in [
            Kind::Receive,
            Kind::Issue,
            Kind::Transfer,
            Kind::AdjustIn,
            Kind::AdjustOut,
        ] {
            if text == kind.key() {
                return Ok(kind);
            }
        }
        Ok(match text.trim().to_lowercase().as_str() {
            "receive" | "receipt" | "入庫" => Kind::Receive,
            "issue" | "出庫" => Kind::Issue,
            "transfer" | "移動" => Kind::Transfer,
            "adjust_in" => Kind::AdjustIn,
            "adjust_out" => Kind::AdjustOut,
            _ => bail!("'{text}' is not a movement kind (receive, issue, transfer, adjust)"),
        })
    }

    fn is_inflow(&self) -> bool {
        matches!(self, Kind::Receive | Kind::AdjustIn)
    }

    fn is_outflow(&self) -> bool {
        matches!(self, Kind::Issue | Kind::AdjustOut)
    }
}

/// One movement as the engine sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Movement {
    /// Id (ties on a date are ordered by it).
    pub id: i64,
    /// Date.
    pub date: NaiveDate,
    /// Kind.
    pub kind: Kind,
    /// Quantity, positive.
    pub quantity: Decimal,
    /// Unit cost of a receipt (or of found stock; None: the current cost).
    pub unit_cost: Option<Decimal>,
}

/// What is stored for a movement when a back-dated one values it again: the stock after it
/// (None where not filled in: rows from before migration 0008) and, when its value depends on
/// the history before it (outflows, found stock at the current cost), what has been posted for
/// it — its value plus its revaluations.
#[derive(Debug, Clone, Copy)]
pub(super) struct Stored {
    pub(super) after: store::StockAfter,
    pub(super) posted: Option<i64>,
}

/// A movement with its valuation.
#[derive(Debug, Clone, PartialEq)]
pub struct Valued {
    /// Movement id.
    pub id: i64,
    /// Date.
    pub date: NaiveDate,
    /// Kind.
    pub kind: Kind,
    /// Quantity moved.
    pub quantity: Decimal,
    /// The movement's value in minor units: what it added (inflows) or its cost (outflows).
    pub value: i64,
    /// On hand after it.
    pub quantity_after: Decimal,
    /// Inventory value after it, rounded to the minor unit.
    pub value_after: i64,
    /// Unit cost after it (average, or of the oldest layer for FIFO).
    pub unit_cost_after: Decimal,
}

/// Rounds an exact inventory value to the currency unit, half-up. A movement's posted value is
/// the difference of the rounded values before and after it, so the posted values always add up
/// to the rounded stock value — no drift however many movements (docs/inventory.md). A value
/// beyond the money limit is an error, never 0.
pub fn round_inventory_value(exact: Decimal, currency: &Currency) -> Result<i64> {
    let rounded =
        exact.round_dp_with_strategy(currency.exponent, RoundingStrategy::MidpointAwayFromZero);
    currency.to_minor(rounded)
}

/// Values an item's movements in date order (ties by id). Unit costs are kept exact (Decimal
/// division to 28 digits); only values are rounded. An outflow beyond what is on hand is an error
/// naming the movement, unless negative stock is allowed (then it goes out at the current cost).
pub fn value_movements(
    method: Method,
    movements: &[Movement],
    allow_negative: bool,
    currency: &Currency,
) -> Result<Vec<Valued>> {
    let start = StockState::default();
    Ok(value_movements_from(start, method, movements, allow_negative, currency, None)?.0)
}

/// The exact state after one of an item's movements, and that movement (date, id): where a
/// later back-dated movement resumes valuing (`valuation_store`).
pub(super) type Checkpoint = ((NaiveDate, i64), StockState);

/// An item gets a checkpoint after every this many of its movements: a back-dated movement is
/// valued again with at most this many before it, however long the history. Fewer would be
/// stored for every item and read rarely; the bench's sparse items (a movement or two a month)
/// get none in two years.
pub(super) const CHECKPOINT_EVERY: u32 = 64;

/// Where an item's valuation stands after one of its stored movements.
#[derive(Debug, Clone)]
pub(super) struct Standing {
    /// That movement (date, id).
    pub(super) after: (NaiveDate, i64),
    /// The exact state after it.
    pub(super) state: StockState,
    /// How many of the item's movements were valued since its latest checkpoint (or its first).
    pub(super) since_checkpoint: u32,
}

/// The checkpoints a valuation passes, and the count since the latest before it.
pub(super) struct Checkpointing<'a> {
    pub(super) since: u32,
    pub(super) out: &'a mut Vec<Checkpoint>,
}

/// [`value_movements`] resumed from the state an item's earlier movements left (all of them
/// before these in date and id order); returns the movements valued and the state after them.
/// With `checkpoints`, adds the state after every [`CHECKPOINT_EVERY`]th movement.
pub(super) fn value_movements_from(
    mut stock: StockState,
    method: Method,
    movements: &[Movement],
    allow_negative: bool,
    currency: &Currency,
    mut checkpoints: Option<&mut Checkpointing>,
) -> Result<(Vec<Valued>, StockState)> {
    let mut sorted: Vec<&Movement> = movements.iter().collect();
    sorted.sort_by_key(|m| (m.date, m.id));
    let mut out = Vec::with_capacity(sorted.len());
    for m in sorted {
        let movement_value = if m.kind.is_inflow() {
            stock.receive(m, method, currency)?
        } else if m.kind.is_outflow() {
            stock.take_out(m, method, allow_negative, currency)?
        } else {
            0
        };
        let unit_cost_after = current_unit_cost(
            method,
            stock.qty,
            stock.value,
            &stock.layers,
            stock.last_cost,
        );
        out.push(Valued {
            id: m.id,
            date: m.date,
            kind: m.kind,
            quantity: m.quantity,
            value: movement_value,
            quantity_after: stock.qty,
            value_after: stock.booked,
            unit_cost_after,
        });
        stock.current_cost = unit_cost_after;
        if let Some(at) = checkpoints.as_deref_mut() {
            at.since += 1;
            if at.since >= CHECKPOINT_EVERY {
                at.out.push(((m.date, m.id), stock.clone()));
                at.since = 0;
            }
        }
    }
    Ok((out, stock))
}

/// An item's stock as the valuation walks its history: everything the next movement's value
/// depends on, exact (stored after each batch, so the next one resumes from it).
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct StockState {
    /// On hand.
    pub(super) qty: Decimal,
    /// Its exact value.
    pub(super) value: Decimal,
    /// FIFO layers: (quantity, unit cost), oldest first (none for a moving average).
    pub(super) layers: VecDeque<(Decimal, Decimal)>,
    /// The cost of the last inflow.
    pub(super) last_cost: Decimal,
    /// The unit cost the previous movement left (a division is the engine's dearest step).
    pub(super) current_cost: Decimal,
    /// What the books hold for the item: the sum of the values posted so far.
    pub(super) booked: i64,
}

impl StockState {
    /// An inflow is worth its own cost, rounded once: what the supplier bills. It does not
    /// depend on the history before it, so a back-dated movement never changes it (found stock
    /// without a cost takes the current cost, and can). Only FIFO keeps it as a layer: a
    /// moving average never reads them, and an item whose stock never runs out would carry one
    /// per receipt for good.
    fn receive(&mut self, m: &Movement, method: Method, currency: &Currency) -> Result<i64> {
        let cost = m.unit_cost.unwrap_or(self.current_cost);
        let exact = m.quantity * cost;
        self.qty += m.quantity;
        self.value += exact;
        if method == Method::Fifo {
            self.layers.push_back((m.quantity, cost));
        }
        self.last_cost = cost;
        let movement_value = round_inventory_value(exact, currency)
            .with_context(|| format!("{} on {}", m.kind.key(), m.date))?;
        self.booked += movement_value;
        Ok(movement_value)
    }

    /// An outflow takes what the books hold down to the exact value left, rounded: the books
    /// and the stock value never drift apart, and selling everything leaves 0.
    fn take_out(
        &mut self,
        m: &Movement,
        method: Method,
        allow_negative: bool,
        currency: &Currency,
    ) -> Result<i64> {
        if m.quantity > self.qty && !allow_negative {
            bail!(
                "{} on {}: issuing {} but only {} on hand",
                m.kind.key(),
                m.date,
                m.quantity.normalize(),
                self.qty.normalize()
            );
        }
        let cost = match method {
            Method::MovingAverage if m.quantity == self.qty => self.value,
            Method::MovingAverage => m.quantity * self.current_cost,
            Method::Fifo => consume_layers(&mut self.layers, m.quantity, self.last_cost),
        };
        self.qty -= m.quantity;
        self.value -= cost;
        if self.qty.is_zero() {
            self.value = Decimal::ZERO;
            self.layers.clear();
        }
        let left = round_inventory_value(self.value, currency)
            .with_context(|| format!("{} on {}", m.kind.key(), m.date))?;
        let movement_value = (self.booked - left).max(0);
        self.booked -= movement_value;
        Ok(movement_value)
    }
}

fn current_unit_cost(
    method: Method,
    qty: Decimal,
    value: Decimal,
    layers: &VecDeque<(Decimal, Decimal)>,
    last: Decimal,
) -> Decimal {
    match method {
        Method::MovingAverage if qty > Decimal::ZERO => value / qty,
        Method::Fifo => layers.front().map_or(last, |l| l.1),
        _ => last,
    }
}

/// Takes `quantity` from the oldest layers; returns their exact cost.
fn consume_layers(
    layers: &mut VecDeque<(Decimal, Decimal)>,
    quantity: Decimal,
    last_cost: Decimal,
) -> Decimal {
    let mut left = quantity;
    let mut cost = Decimal::ZERO;
    while left > Decimal::ZERO {
        let Some(front) = layers.front_mut() else {
            cost += left * last_cost;
            break;
        };
        let take = left.min(front.0);
        cost += take * front.1;
        front.0 -= take;
        left -= take;
        if front.0.is_zero() {
            layers.pop_front();
        }
    }
    cost
}

/// Refuses item texts longer than bko stores, naming the field (a [`FieldError`], so an import
/// points at the column).
///
/// [`FieldError`]: crate::kernel::error::FieldError
pub fn check_item_text(item: &crate::inventory::Item) -> Result<()> {
    use crate::kernel::text::{CODE_MAX_CHARS, NAME_MAX_CHARS, check_length};
    let fields = [
        ("sku", Some(item.sku.as_str()), CODE_MAX_CHARS),
        ("name", Some(item.name.as_str()), NAME_MAX_CHARS),
        ("unit", Some(item.unit.as_str()), 10),
        ("supplier", item.supplier.as_deref(), NAME_MAX_CHARS),
    ];
    for (field, value, max) in fields {
        if let Some(value) = value {
            check_length(field, value, max)
                .map_err(crate::kernel::error::FieldError::tag(field))?;
        }
    }
    Ok(())
}

/// Parses a positive quantity (fractions allowed: 2.5 kg).
pub fn parse_quantity(text: &str) -> Result<Decimal> {
    let q = crate::kernel::money::parse_quantity(text).map_err(|e| {
        if e.to_string().contains("limit") {
            e
        } else {
            anyhow::anyhow!("'{}' is not a quantity", crate::kernel::text::excerpt(text))
        }
    })?;
    if q <= Decimal::ZERO {
        bail!(
            "the quantity '{}' must be positive",
            crate::kernel::text::excerpt(text)
        );
    }
    Ok(q)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn m(id: i64, date: &str, kind: Kind, qty: Decimal, cost: Option<Decimal>) -> Movement {
        Movement {
            id,
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
            kind,
            quantity: qty,
            unit_cost: cost,
        }
    }

    fn values(v: &[Valued]) -> Vec<(i64, i64)> {
        v.iter().map(|x| (x.value, x.value_after)).collect()
    }

    /// Worked by hand: receive 10 @100, receive 10 @130, issue 15, receive 5 @120, issue 8.
    #[test]
    fn fifo_and_moving_average_by_hand() {
        let ms = vec![
            m(1, "2026-04-01", Kind::Receive, dec!(10), Some(dec!(100))),
            m(2, "2026-04-02", Kind::Receive, dec!(10), Some(dec!(130))),
            m(3, "2026-04-03", Kind::Issue, dec!(15), None),
            m(4, "2026-04-04", Kind::Receive, dec!(5), Some(dec!(120))),
            m(5, "2026-04-05", Kind::Issue, dec!(8), None),
        ];
        // FIFO: issue 15 = 10×100 + 5×130 = 1,650 (left 5@130 = 650); +5@120 → 1,250;
        // issue 8 = 5×130 + 3×120 = 1,010 → left 2@120 = 240.
        let fifo = value_movements(Method::Fifo, &ms, false, &Currency::JPY).unwrap();
        assert_eq!(
            values(&fifo),
            vec![
                (1000, 1000),
                (1300, 2300),
                (1650, 650),
                (600, 1250),
                (1010, 240)
            ]
        );
        // Moving average: avg 115 after two receipts; issue 15 = 1,725 → 5@115 = 575;
        // +5@120 → 1,175, avg 117.5; issue 8 = 940 → 2@117.5 = 235.
        let ma = value_movements(Method::MovingAverage, &ms, false, &Currency::JPY).unwrap();
        assert_eq!(
            values(&ma),
            vec![
                (1000, 1000),
                (1300, 2300),
                (1725, 575),
                (600, 1175),
                (940, 235)
            ]
        );
        assert_eq!(ma[4].unit_cost_after, dec!(117.5));
    }

    #[test]
    fn a_back_dated_receipt_changes_later_issue_costs() {
        let mut ms = vec![
            m(1, "2026-04-01", Kind::Receive, dec!(10), Some(dec!(100))),
            m(2, "2026-04-10", Kind::Issue, dec!(5), None),
        ];
        let before = value_movements(Method::MovingAverage, &ms, false, &Currency::JPY).unwrap();
        assert_eq!(before[1].value, 500);
        ms.push(m(3, "2026-04-05", Kind::Receive, dec!(10), Some(dec!(130))));
        let after = value_movements(Method::MovingAverage, &ms, false, &Currency::JPY).unwrap();
        let issue = after.iter().find(|v| v.id == 2).unwrap();
        assert_eq!(issue.value, 575); // 5 × 115
        assert_eq!(after.last().unwrap().value_after, 1725);
    }

    #[test]
    fn fractions_round_only_values_and_never_drift() {
        // 3 kg for ¥1,000: the average is 333.33…; three issues of 1 kg post 333, 334, 333.
        let ms = vec![
            m(
                1,
                "2026-04-01",
                Kind::Receive,
                dec!(3),
                Some(dec!(1000) / dec!(3)),
            ),
            m(2, "2026-04-02", Kind::Issue, dec!(1), None),
            m(3, "2026-04-03", Kind::Issue, dec!(1), None),
            m(4, "2026-04-04", Kind::Issue, dec!(1), None),
        ];
        let v = value_movements(Method::MovingAverage, &ms, false, &Currency::JPY).unwrap();
        let issued: i64 = v[1..].iter().map(|x| x.value).sum();
        assert_eq!(issued, v[0].value);
        assert_eq!(v.last().unwrap().value_after, 0);
        // 2.5 kg at ¥480 → 1,200; issue 0.7 kg → 336.
        let ms = vec![
            m(1, "2026-04-01", Kind::Receive, dec!(2.5), Some(dec!(480))),
            m(2, "2026-04-02", Kind::Issue, dec!(0.7), None),
        ];
        let v = value_movements(Method::Fifo, &ms, false, &Currency::JPY).unwrap();
        assert_eq!(values(&v), vec![(1200, 1200), (336, 864)]);
    }

    #[test]
    fn transfers_keep_value_and_negative_stock_is_refused() {
        let ms = vec![
            m(1, "2026-04-01", Kind::Receive, dec!(4), Some(dec!(250))),
            m(2, "2026-04-02", Kind::Transfer, dec!(4), None),
            m(3, "2026-04-03", Kind::Issue, dec!(5), None),
        ];
        let err = value_movements(Method::Fifo, &ms, false, &Currency::JPY).unwrap_err();
        assert!(err.to_string().contains("only 4 on hand"), "{err}");
        let v = value_movements(Method::Fifo, &ms[..2], false, &Currency::JPY).unwrap();
        assert_eq!(v[1].value_after, 1000);
        let v = value_movements(Method::MovingAverage, &ms, true, &Currency::JPY).unwrap();
        assert_eq!(v[2].quantity_after, dec!(-1));
    }
}
