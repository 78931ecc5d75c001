//! What valuing a batch leaves behind besides its new movements: each touched item's state
//! after its latest movement and its checkpoints (after every 64th movement) stored — and, after
//! a back-dated movement, the earlier-recorded movements it changed brought up to date: their
//! stored stock-after, the checkpoints past the point valuing resumed from, and the cost
//! differences of the outflows posted, one entry per day. All in the caller's transaction.

use std::collections::{BTreeMap, HashMap};

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use super::history::{FirstLoad, History, ValuedHistory};
use super::post::{Accounts, line};
use super::{Checkpoint, Item, Kind, Standing, Stored, Valued, store, valuation_store};
use crate::company::Company;
use crate::jp::tax_category;
use crate::ledger::{self, NewEntry};

/// What one item's valuation leaves to store.
pub(super) struct Kept {
    item_index: usize,
    /// Where its valuation stands after its latest movement.
    latest: Standing,
    checkpoints: Vec<Checkpoint>,
    /// When earlier-recorded movements were valued again: from where, and with what.
    revalued: Option<Revalued>,
}

/// An item's earlier-recorded movements valued again.
struct Revalued {
    /// The stored movement (date, id) valuing resumed after; None: from the first.
    after: Option<(NaiveDate, i64)>,
    /// The movements valued from there, new ones included.
    valued: Vec<Valued>,
    /// What was stored for the earlier-recorded ones, by id.
    stored: HashMap<i64, Stored>,
}

impl Kept {
    /// What a history's valuation leaves; None for one without movements.
    pub(super) fn of(history: History, done: ValuedHistory) -> Option<Kept> {
        let last = done.valued.last()?;
        let latest = Standing {
            after: (last.date, last.id),
            state: done.state,
            since_checkpoint: done.since_checkpoint,
        };
        Some(Kept {
            item_index: history.item_index,
            latest,
            checkpoints: done.checkpoints,
            revalued: history.revalues_earlier.then(|| Revalued {
                after: history.after(),
                valued: done.valued,
                stored: history.stored,
            }),
        })
    }
}

/// A batch's items and where its new movements' ids run, for storing what valuing it left.
pub(super) struct Revaluing<'a> {
    pub(super) conn: &'a Connection,
    pub(super) company: &'a Company,
    pub(super) items: &'a [Item],
    pub(super) accts: &'a [Accounts],
    pub(super) new_ids: &'a std::ops::Range<i64>,
}

impl Revaluing<'_> {
    /// Stores what each item's valuation left (states, checkpoints, and after a back-dated
    /// movement the earlier movements brought up to date), then posts the cost differences; a
    /// first load also keeps the states for its next batch.
    pub(super) fn keep(
        &self,
        kept: Vec<Kept>,
        mut first_load: Option<&mut FirstLoad>,
    ) -> Result<()> {
        let mut revalued = Vec::new();
        for k in kept {
            let item_id = self.items[k.item_index].id;
            valuation_store::save_valuation_state(self.conn, item_id, &k.latest)?;
            if let Some(again) = &k.revalued {
                valuation_store::delete_checkpoints_after(self.conn, item_id, again.after)?;
                self.rewrite_changed_states(again)?;
            }
            valuation_store::save_checkpoints(self.conn, item_id, &k.checkpoints)?;
            if let Some(load) = first_load.as_deref_mut() {
                load.states.insert(item_id, k.latest);
            }
            revalued.extend(k.revalued.map(|r| (k.item_index, r)));
        }
        let mut days = BTreeMap::new();
        for (item_index, again) in &revalued {
            self.revalue_later_outflows(*item_index, again, &mut days)?;
        }
        self.post_revaluations(days)
    }

    /// Stores the recomputed stock-after of the earlier movements valued again where it differs
    /// from what is stored (a back-dated movement changed it, or it predates migration 0008).
    fn rewrite_changed_states(&self, again: &Revalued) -> Result<()> {
        for v in again
            .valued
            .iter()
            .filter(|v| !self.new_ids.contains(&v.id))
        {
            let now = (v.quantity_after, v.value_after);
            if again.stored.get(&v.id).and_then(|s| s.after) != Some(now) {
                store::update_state(self.conn, v.id, now)?;
            }
        }
        Ok(())
    }

    /// Gathers the difference for every earlier-recorded outflow valued again (or found stock at
    /// the current cost) whose value the history now gives differently (a back-dated receipt or
    /// issue changed it) into the day it is dated on. Periodic goods only record theirs.
    fn revalue_later_outflows(
        &self,
        item_index: usize,
        again: &Revalued,
        days: &mut BTreeMap<NaiveDate, DayRevaluation>,
    ) -> Result<()> {
        let (item, accts) = (&self.items[item_index], &self.accts[item_index]);
        for now in again
            .valued
            .iter()
            .filter(|v| !self.new_ids.contains(&v.id))
        {
            let Some(posted) = again.stored.get(&now.id).and_then(|s| s.posted) else {
                continue;
            };
            let delta = now.value - posted;
            if delta == 0 {
                continue;
            }
            if accts.periodic_purchases.is_some() {
                // Periodic goods: the outflow's cost never reached the books; only record it.
                store::insert_revaluation(self.conn, now.id, delta, None)?;
                continue;
            }
            // An outflow that now costs more moves more into its expense; found stock now worth
            // more adds to the asset.
            let (debit_account, credit_account) = match (now.kind, delta > 0) {
                (Kind::AdjustIn, true) => (accts.asset, accts.shrinkage),
                (Kind::AdjustIn, false) => (accts.shrinkage, accts.asset),
                (Kind::AdjustOut, true) => (accts.shrinkage, accts.asset),
                (Kind::AdjustOut, false) => (accts.asset, accts.shrinkage),
                (_, true) => (accts.expense, accts.asset),
                (_, false) => (accts.asset, accts.expense),
            };
            days.entry(now.date).or_default().add(
                &item.sku,
                (now.id, delta),
                (debit_account, credit_account),
            );
        }
        Ok(())
    }

    /// Posts one 評価替え entry per day, its lines summed per account and side like a bulk
    /// import's daily entries (ADR 0010); each revalued movement keeps the id of its entry.
    /// Refused into a locked period.
    fn post_revaluations(&self, days: BTreeMap<NaiveDate, DayRevaluation>) -> Result<()> {
        let out_of_scope = tax_category::OUT_OF_SCOPE;
        for (date, day) in days {
            ledger::refuse_locked(self.conn, date).map_err(|e| {
                crate::kernel::error::prefixed(format!("this movement changes the cost of an earlier-recorded one on {date} in a locked period"), e)
            })?;
            let debits = day
                .debits
                .iter()
                .map(|(&a, &v)| line(a, v, 0, out_of_scope, None));
            let credits = day
                .credits
                .iter()
                .map(|(&a, &v)| line(a, 0, v, out_of_scope, None));
            let entry = NewEntry {
                date,
                memo: format!(
                    "評価替え {} (遡及した入出庫による原価の変動)",
                    day.items_label()
                ),
                reference: match day.movements.as_slice() {
                    [(only, _)] => Some(format!("movement:{only}")),
                    _ => None,
                },
                origin: crate::ledger::Origin::Inventory,
                import_hash: None,
                reverses: None,
                lines: debits.chain(credits).collect(),
            };
            let entry_id = ledger::post(self.conn, &entry, &self.company.currency)?;
            for (movement_id, delta) in day.movements {
                store::insert_revaluation(self.conn, movement_id, delta, Some(entry_id))?;
            }
        }
        Ok(())
    }
}

/// The cost differences of one day's revalued outflows, to post as one entry.
#[derive(Default)]
struct DayRevaluation {
    /// (movement id, difference) of each outflow revalued.
    movements: Vec<(i64, i64)>,
    /// The items' SKUs, each once, in the order met.
    skus: Vec<String>,
    debits: BTreeMap<i64, i64>,
    credits: BTreeMap<i64, i64>,
}

impl DayRevaluation {
    /// Adds an outflow's (movement id, difference), debited and credited to (debit, credit).
    fn add(&mut self, sku: &str, (movement_id, delta): (i64, i64), (debit, credit): (i64, i64)) {
        self.movements.push((movement_id, delta));
        if self.skus.last().is_none_or(|last| last != sku) {
            self.skus.push(sku.to_string());
        }
        *self.debits.entry(debit).or_default() += delta.abs();
        *self.credits.entry(credit).or_default() += delta.abs();
    }

    /// "CUP" for one item, "CUP ほか2品目" for three, and the number of outflows when more than
    /// one: the memo a clerk scanning the journal reads.
    fn items_label(&self) -> String {
        let items = match self.skus.as_slice() {
            [one] => one.clone(),
            [first, rest @ ..] => format!("{first} ほか{}品目", rest.len()),
            [] => String::new(),
        };
        match self.movements.len() {
            1 => items,
            n => format!("{items} {n}件"),
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Days, NaiveDate};
    use rust_decimal::Decimal;

    use crate::inventory::post::record;
    use crate::inventory::post::tests::{books, input, numbers_below};
    use crate::inventory::{
        CHECKPOINT_EVERY, Kind, StockState, store, valuation_store, value_movements_from,
    };

    /// However far back movements are recorded, an item's checkpoints are exactly the states
    /// valuing its whole history gives after its 64th, 128th, … movement: a back-dated movement
    /// deletes the ones it passes and they are written again (both methods, negative stock).
    #[test]
    fn checkpoints_are_the_whole_historys_states_whatever_the_order() {
        let (conn, company, items) = books(true);
        let mut next = numbers_below(3);
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        for step in 0..800u64 {
            let item = &items[next(2) as usize];
            // Mostly in order; one in four back-dated by up to four months.
            let back = if next(4) == 0 {
                next(120).min(step / 3)
            } else {
                0
            };
            let date = start + Days::new(step / 3 - back);
            let quantity = Decimal::new(next(90) as i64 + 1, 1);
            let (kind, cost) = match next(5) {
                0 | 1 => (Kind::Issue, None),
                2 => (Kind::AdjustIn, None),
                _ => (
                    Kind::Receive,
                    Some(Decimal::new(next(90_000) as i64 + 1, 3)),
                ),
            };
            record(&conn, &company, item, &input(date, kind, quantity, cost)).unwrap();
        }
        for item in &items {
            let history = store::movements(&conn, item.id).unwrap();
            let stored = valuation_store::all_checkpoints(&conn, item.id).unwrap();
            let every = CHECKPOINT_EVERY as usize;
            assert!(
                history.len() >= 4 * every,
                "{}: {}",
                item.sku,
                history.len()
            );
            assert_eq!(stored.len(), history.len() / every, "{}", item.sku);
            for ((date, id), state) in stored {
                let through = history.iter().position(|m| m.id == id).unwrap() + 1;
                assert_eq!(through % every, 0, "{} movement {id}", item.sku);
                let (_, whole) = value_movements_from(
                    StockState::default(),
                    item.method,
                    &history[..through],
                    true,
                    &company.currency,
                    None,
                )
                .unwrap();
                assert_eq!(state, whole, "{} after movement {id} on {date}", item.sku);
            }
        }
    }
}
