//! The open invoices indexed for matching many lines fast: by customer, by open amount, by the
//! digits of their numbers, and the customers by the start and the character bigrams of their
//! payer names — so a deposit is scored only against the customers it can be from, not against
//! every customer (10,000 deposits × 2,000 customers would be 20 million name comparisons).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::invoice::receipts::Receivable;
use crate::jp::payer_name::{bigrams, similarity};

/// Characters of a name's start that index it (a truncated payer name keeps at least these).
const START_CHARS: usize = 3;

/// A bigram in more names than this says little (シヨ, ウカイ of every 商会): it does not by itself
/// make a customer a candidate.
const COMMON_BIGRAM: usize = 64;

/// Why a customer may have sent a deposit.
#[derive(Debug)]
pub enum Candidate<'a> {
    /// The line names the customer: any of its open invoices may be paid.
    Named,
    /// Only the amount speaks for it: its open invoices the amount pays, oldest first.
    ByAmount(Vec<&'a Receivable>),
}

/// The open invoices, indexed.
#[derive(Debug, Default)]
pub struct OpenBook {
    invoices: HashMap<i64, Receivable>,
    /// Each invoice's place in the list given (oldest first per customer).
    position: HashMap<i64, usize>,
    by_number: HashMap<String, i64>,
    by_customer: HashMap<i64, Vec<i64>>,
    by_amount: BTreeMap<i64, Vec<i64>>,
    by_digits: HashMap<String, Vec<i64>>,
    by_start: HashMap<String, BTreeSet<i64>>,
    by_bigram: HashMap<(char, char), BTreeSet<i64>>,
    /// Each customer's payer names.
    names: HashMap<i64, Vec<(String, usize)>>,
}

fn start(name: &str) -> Option<String> {
    (name.chars().count() >= START_CHARS).then(|| name.chars().take(START_CHARS).collect())
}

/// The digits of an invoice number run together ("INV-2026-0001" → "20260001").
pub fn joined_digits(number: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    number.nfkc().filter(char::is_ascii_digit).collect()
}

impl OpenBook {
    /// Indexes open invoices (oldest first per customer, as given).
    pub fn new(list: Vec<Receivable>) -> OpenBook {
        let mut book = OpenBook::default();
        for (position, r) in list.into_iter().enumerate() {
            book.position.insert(r.id, position);
            if !book.names.contains_key(&r.customer_id) {
                for name in &r.payer_names {
                    if let Some(s) = start(name) {
                        book.by_start.entry(s).or_default().insert(r.customer_id);
                    }
                    for g in bigrams(name) {
                        book.by_bigram.entry(g).or_default().insert(r.customer_id);
                    }
                }
                let names = r
                    .payer_names
                    .iter()
                    .map(|n| (n.clone(), bigrams(n).len()))
                    .collect();
                book.names.insert(r.customer_id, names);
            }
            book.by_customer
                .entry(r.customer_id)
                .or_default()
                .push(r.id);
            book.by_amount.entry(r.open).or_default().push(r.id);
            let digits = joined_digits(&r.number);
            if digits.len() >= 4 {
                book.by_digits.entry(digits).or_default().push(r.id);
            }
            book.by_number.insert(r.number.clone(), r.id);
            book.invoices.insert(r.id, r);
        }
        book
    }

    /// An open invoice by number.
    pub fn get(&self, number: &str) -> Option<&Receivable> {
        self.by_number
            .get(number)
            .and_then(|id| self.invoices.get(id))
    }

    /// A customer's open invoices, oldest first.
    pub fn of_customer(&self, customer: i64) -> Vec<&Receivable> {
        self.by_customer
            .get(&customer)
            .into_iter()
            .flatten()
            .filter_map(|id| self.invoices.get(id))
            .collect()
    }

    /// Records what is still open of an invoice after a payment (closed ones leave the book).
    pub fn settle(&mut self, number: &str, open: i64) {
        let Some(&id) = self.by_number.get(number) else {
            return;
        };
        let Some(r) = self.invoices.get_mut(&id) else {
            return;
        };
        if let Some(ids) = self.by_amount.get_mut(&r.open) {
            ids.retain(|i| *i != id);
        }
        r.open = open;
        if open > 0 {
            self.by_amount.entry(open).or_default().push(id);
        } else {
            let customer = r.customer_id;
            self.invoices.remove(&id);
            self.by_number.remove(number);
            if let Some(ids) = self.by_customer.get_mut(&customer) {
                ids.retain(|i| *i != id);
            }
        }
    }

    /// The customers a deposit may be from: those the line names — a known name starting like
    /// the payer's (or the payer's starting like it), names sharing enough bigrams to score,
    /// invoices whose number the line's digit runs spell — and those with invoices the amount
    /// pays, exactly or less the fee (only their amount speaks for them: just those invoices,
    /// oldest first, are returned).
    pub fn candidates(
        &self,
        payer: &str,
        digit_runs: &[String],
        amount: i64,
        tolerance: i64,
    ) -> BTreeMap<i64, Candidate<'_>> {
        let mut named = BTreeSet::new();
        if let Some(s) = start(payer) {
            named.extend(self.by_start.get(&s).into_iter().flatten());
        }
        named.extend(self.close_names(payer));
        for key in spelled_numbers(digit_runs) {
            for id in self.by_digits.get(&key).into_iter().flatten() {
                named.extend(self.invoices.get(id).map(|r| r.customer_id));
            }
        }
        named.retain(|c| self.by_customer.get(c).is_some_and(|ids| !ids.is_empty()));
        let mut all: BTreeMap<i64, Candidate> =
            named.into_iter().map(|c| (c, Candidate::Named)).collect();
        for (_, ids) in self.by_amount.range(amount..=amount + tolerance) {
            for r in ids.iter().filter_map(|id| self.invoices.get(id)) {
                let entry = all
                    .entry(r.customer_id)
                    .or_insert_with(|| Candidate::ByAmount(Vec::new()));
                if let Candidate::ByAmount(hits) = entry {
                    hits.push(r);
                }
            }
        }
        for candidate in all.values_mut() {
            if let Candidate::ByAmount(hits) = candidate
                && hits.len() > 1
            {
                hits.sort_by_key(|r| self.position.get(&r.id));
            }
        }
        all
    }

    /// Customers with a name whose bigram overlap with the payer's could reach the "close"
    /// score, then checked exactly.
    fn close_names(&self, payer: &str) -> Vec<i64> {
        let wanted = bigrams(payer);
        if wanted.is_empty() {
            return Vec::new();
        }
        let mut shared: HashMap<i64, usize> = HashMap::new();
        for g in &wanted {
            let holders = self.by_bigram.get(g).map_or(0, BTreeSet::len);
            if holders > COMMON_BIGRAM {
                continue;
            }
            for c in self.by_bigram.get(g).into_iter().flatten() {
                *shared.entry(*c).or_default() += 1;
            }
        }
        // A close name shares at least a quarter of the payer's bigrams that are not common.
        shared
            .into_iter()
            .filter(|(c, n)| {
                4 * n >= wanted.len().min(8)
                    && self.names[c]
                        .iter()
                        .any(|(name, _)| similarity(payer, name) >= 75)
            })
            .map(|(c, _)| c)
            .collect()
    }
}

/// Digit runs and runs of two or three consecutive ones joined: how a number such as
/// INV-2026-0001 appears when a payer writes it with or without its separators.
fn spelled_numbers(runs: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for start in 0..runs.len() {
        let mut joined = String::new();
        for run in runs.iter().skip(start).take(3) {
            joined.push_str(run);
            out.push(joined.clone());
        }
    }
    out
}
