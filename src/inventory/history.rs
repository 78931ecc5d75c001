//! The histories a batch of movements is valued with: for each item it touches, the item's
//! stored movements followed by the new ones — or, when every new movement comes after the
//! item's latest one, only the new ones, resumed from the state stored after that latest
//! movement (`inv_valuation_state`, migration 0025). A small import into a long history then
//! does work proportional to the import.

use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use super::post::MovementInput;
use super::store;
use super::{Item, Movement, StockState, Valued, value_movements_from};
use crate::company::Company;

/// One item's history to value.
pub(super) struct History {
    /// Index into the batch's items.
    pub(super) item_index: usize,
    /// Whether earlier movements are valued again with the new ones (a back-dated movement may
    /// change them): their stored stock-after and later outflows are then brought up to date.
    pub(super) revalues_earlier: bool,
    /// Where valuing starts: nothing on hand, or the stored state after the item's latest
    /// movement.
    start: StockState,
    /// The movements to value, the new ones under their ids.
    movements: Vec<Movement>,
}

/// A first load into an empty movement table, recorded batch after batch in date order: the
/// item index is set aside until the load ends (its caller builds it once), so the items a batch
/// touches are resumed from the states the batches before it left, held here — an item not
/// among them has no movements yet — instead of being looked up through the index.
#[derive(Default)]
pub(super) struct FirstLoad {
    /// Per item id: the date of its latest movement and the state after it.
    pub(super) states: HashMap<i64, (NaiveDate, StockState)>,
}

impl FirstLoad {
    /// The latest date the load has recorded.
    pub(super) fn through(&self) -> Option<NaiveDate> {
        self.states.values().map(|(date, _)| *date).max()
    }
}

/// Each touched item's history with its new movements (`per_item`: batch positions item by
/// item; `ids`: each position's new id).
pub(super) fn histories_with(
    conn: &Connection,
    items: &[Item],
    batch: &[(usize, MovementInput)],
    per_item: &[Vec<usize>],
    ids: &[i64],
    first_load: Option<&FirstLoad>,
) -> Result<Vec<History>> {
    let mut histories = Vec::new();
    for (item_index, positions) in per_item.iter().enumerate() {
        if positions.is_empty() {
            continue;
        }
        let new = positions.iter().map(|&p| {
            let input = &batch[p].1;
            Movement {
                id: ids[p],
                date: input.date,
                kind: input.kind,
                quantity: input.quantity,
                unit_cost: input.unit_cost,
            }
        });
        let item_id = items[item_index].id;
        let first_new = positions.iter().map(|&p| batch[p].1.date).min();
        // New ids are above every stored one, so a new movement on the latest date still
        // comes after the latest movement.
        let stored = match first_load {
            Some(load) => load.states.get(&item_id).cloned(),
            None => store::valuation_state(conn, item_id)?,
        };
        let never_moved = first_load.is_some() && stored.is_none();
        let resumable =
            stored.filter(|(through, _)| first_new.is_some_and(|first| first >= *through));
        let history = match resumable {
            Some((_, start)) => History {
                item_index,
                revalues_earlier: false,
                start,
                movements: new.collect(),
            },
            None if never_moved => History {
                item_index,
                revalues_earlier: false,
                start: StockState::default(),
                movements: new.collect(),
            },
            None => {
                let mut movements = store::movements(conn, item_id)?;
                let revalues_earlier = !movements.is_empty();
                movements.extend(new);
                History {
                    item_index,
                    revalues_earlier,
                    start: StockState::default(),
                    movements,
                }
            }
        };
        histories.push(history);
    }
    Ok(histories)
}

/// Values each history (the engine is pure, so items are shared out between threads: a bulk
/// import values a million movements); returns each one's movements valued and the state after
/// them. The first error in item order wins.
pub(super) fn value_in_parallel(
    items: &[Item],
    histories: &[History],
    company: &Company,
) -> Result<Vec<(Vec<Valued>, StockState)>> {
    let value = |h: &History| {
        let item = &items[h.item_index];
        let start = h.start.clone();
        value_movements_from(
            start,
            item.method,
            &h.movements,
            item.allow_negative,
            &company.currency,
        )
        .map_err(|e| crate::kernel::error::prefixed(&item.sku, e))
    };
    let total: usize = histories.iter().map(|h| h.movements.len()).sum();
    if total < 50_000 {
        return histories.iter().map(value).collect();
    }
    // Split where half of the movements are behind.
    let mut seen = 0;
    let split = histories
        .iter()
        .position(|h| {
            seen += h.movements.len();
            seen * 2 >= total
        })
        .map_or(histories.len(), |i| i + 1);
    let (first, second) = histories.split_at(split);
    let (first, second) = std::thread::scope(|scope| {
        let other = scope.spawn(|| second.iter().map(value).collect::<Vec<_>>());
        let mine = first.iter().map(value).collect::<Vec<_>>();
        (mine, other.join())
    });
    let second = second.map_err(|_| anyhow::anyhow!("valuation thread panicked"))?;
    first.into_iter().chain(second).collect()
}
