//! The histories a batch of movements is valued with: for each item it touches, the new
//! movements resumed from a stored state. When every new movement comes after the item's latest
//! one, that is the state stored after the latest (`inv_valuation_state`, migration 0025);
//! otherwise the stored movements after the latest checkpoint on or before the first new date
//! are valued again with them (`inv_valuation_checkpoint`, migration 0026), or the whole history
//! when there is none. A small import into a long history then does work proportional to the
//! import — back-dated, to the movements after it.

use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use super::post::MovementInput;
use super::store;
use super::valuation_store;
use super::{
    Checkpoint, Checkpointing, Item, Movement, Standing, StockState, Stored, Valued,
    value_movements_from,
};
use crate::company::Company;

/// One item's history to value.
pub(super) struct History {
    /// Index into the batch's items.
    pub(super) item_index: usize,
    /// Whether earlier movements are valued again with the new ones (a back-dated movement may
    /// change them): their stored stock-after and later outflows are then brought up to date.
    pub(super) revalues_earlier: bool,
    /// Where valuing resumes: after the item's latest movement, or at a checkpoint before a
    /// back-dated one; None: from its first movement, nothing on hand.
    from: Option<Standing>,
    /// The movements to value, the new ones under their ids.
    movements: Vec<Movement>,
    /// What is stored for the earlier-recorded ones among them, by id.
    pub(super) stored: HashMap<i64, Stored>,
}

impl History {
    /// The stored movement (date, id) valuing resumes after; None: the first.
    pub(super) fn after(&self) -> Option<(NaiveDate, i64)> {
        self.from.as_ref().map(|s| s.after)
    }
}

/// A first load into an empty movement table, recorded batch after batch in date order: the
/// item index is set aside until the load ends (its caller builds it once), so the items a batch
/// touches are resumed from the states the batches before it left, held here — an item not
/// among them has no movements yet — instead of being looked up through the index.
#[derive(Default)]
pub(super) struct FirstLoad {
    /// Per item id: where its valuation stands after its latest movement.
    pub(super) states: HashMap<i64, Standing>,
}

impl FirstLoad {
    /// The latest date the load has recorded.
    pub(super) fn through(&self) -> Option<NaiveDate> {
        self.states.values().map(|s| s.after.0).max()
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
            None => valuation_store::valuation_state(conn, item_id)?,
        };
        let never_moved = first_load.is_some() && stored.is_none();
        let resumable = stored.filter(|s| first_new.is_some_and(|first| first >= s.after.0));
        let history = match resumable {
            Some(from) => History {
                item_index,
                revalues_earlier: false,
                from: Some(from),
                movements: new.collect(),
                stored: HashMap::new(),
            },
            None if never_moved => History {
                item_index,
                revalues_earlier: false,
                from: None,
                movements: new.collect(),
                stored: HashMap::new(),
            },
            None => valued_again(conn, item_index, item_id, first_new, new)?,
        };
        histories.push(history);
    }
    Ok(histories)
}

/// A back-dated history: the stored movements after the latest checkpoint on or before the
/// first new movement's date (from the first movement when there is none), then the new ones.
fn valued_again(
    conn: &Connection,
    item_index: usize,
    item_id: i64,
    first_new: Option<NaiveDate>,
    new: impl Iterator<Item = Movement>,
) -> Result<History> {
    let checkpoint = match first_new {
        Some(date) => valuation_store::latest_checkpoint_through(conn, item_id, date)?,
        None => None,
    };
    let from = checkpoint.map(|(after, state)| Standing {
        after,
        state,
        since_checkpoint: 0,
    });
    let as_stored = store::movements_as_stored(conn, item_id, from.as_ref().map(|s| s.after))?;
    let revalues_earlier = !as_stored.is_empty();
    let stored = as_stored.iter().map(|(m, s)| (m.id, *s)).collect();
    let movements = as_stored.into_iter().map(|(m, _)| m).chain(new).collect();
    Ok(History {
        item_index,
        revalues_earlier,
        from,
        movements,
        stored,
    })
}

/// A history valued: its movements, the state after them, the checkpoints it passed and the
/// count of movements since the latest.
pub(super) struct ValuedHistory {
    pub(super) valued: Vec<Valued>,
    pub(super) state: StockState,
    pub(super) checkpoints: Vec<Checkpoint>,
    pub(super) since_checkpoint: u32,
}

/// Values each history (the engine is pure, so items are shared out between threads: a bulk
/// import values a million movements). The first error in item order wins.
pub(super) fn value_in_parallel(
    items: &[Item],
    histories: &[History],
    company: &Company,
) -> Result<Vec<ValuedHistory>> {
    let value = |h: &History| -> Result<ValuedHistory> {
        let item = &items[h.item_index];
        let (start, since) = match &h.from {
            Some(from) => (from.state.clone(), from.since_checkpoint),
            None => (StockState::default(), 0),
        };
        let mut checkpoints = Vec::new();
        let mut at = Checkpointing {
            since,
            out: &mut checkpoints,
        };
        let (valued, state) = value_movements_from(
            start,
            item.method,
            &h.movements,
            item.allow_negative,
            &company.currency,
            Some(&mut at),
        )
        .map_err(|e| crate::kernel::error::prefixed(&item.sku, e))?;
        let since_checkpoint = at.since;
        Ok(ValuedHistory {
            valued,
            state,
            checkpoints,
            since_checkpoint,
        })
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
