//! Proposals for a statement line: which open invoices a deposit pays, which confirmed pay-out a
//! withdrawal is, each with a score after GnuCash's import matcher (shared/bank-formats.md §4):
//! amount exact +3, short by the payer's fee +2, partial or over −3; date on the due day +3,
//! within 4 days +2, beyond two weeks −2, beyond two months −5; the invoice number in the EDI
//! field or the payer's text +4; the payer name equal or a truncation of a known name +4, close
//! +2. Pure: the candidates come in, the ranked proposals go out.

use chrono::NaiveDate;
use unicode_normalization::UnicodeNormalization;

use super::open_book::{Candidate, OpenBook};
use super::types::Line;
use crate::invoice::receipts::Receivable;
use crate::jp::payer_name::{canonical, digit_runs, similarity};

/// Invoices one customer may have sent at most, for trying which of them a transfer pays
/// together (2^N subsets).
const MAX_COMBINED: usize = 10;

pub use crate::payroll::payouts::Payout;

/// An entry already in the books on the bank's ledger account that no statement line accounts
/// for yet (typed by hand, a payment recorded with `invoice pay`, ...).
#[derive(Debug, Clone, PartialEq)]
pub struct Booked {
    /// Date.
    pub date: NaiveDate,
    /// Entry id.
    pub entry_id: i64,
    /// Description.
    pub memo: String,
    /// + in, − out (on the bank's side).
    pub amount: i64,
}

/// What a line would be settled against.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    /// Invoices of one customer; `fee` is what the payer deducted.
    Invoices {
        /// Customer code.
        customer: String,
        /// Invoice numbers, oldest first.
        numbers: Vec<String>,
        /// The deducted transfer fee.
        fee: i64,
    },
    /// A payroll pay-out.
    Payout {
        /// Which.
        label: String,
    },
    /// An entry already booked.
    Entry {
        /// Entry id.
        entry_id: i64,
        /// Its description.
        memo: String,
    },
}

/// A ranked proposal.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    /// What it settles.
    pub target: Target,
    /// Its score.
    pub score: i64,
    /// What the score is made of; [`Proposal::why`] words it.
    evidence: Evidence,
    /// The line named the invoice but not by a known payer name: once applied, the payer name
    /// is worth remembering as the customer's.
    pub teaches_name: bool,
}

impl Proposal {
    fn new(target: Target, evidence: Evidence, teaches_name: bool) -> Proposal {
        Proposal {
            target,
            score: evidence.total(),
            evidence,
            teaches_name,
        }
    }

    /// The reasons, for review ("name +4, amount +3, due date +3").
    pub fn why(&self) -> String {
        self.evidence
            .0
            .iter()
            .filter(|(_, s)| *s != 0)
            .map(|(what, s)| format!("{what} {s:+}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The scores a proposal collects, named after what they weigh; at most five, unused ones
/// zero. A fixed array and no words: a deposit is scored against every invoice its amount could
/// pay (~100 in a busy book), and only the proposals a person reads are put into words.
#[derive(Debug, Clone, PartialEq)]
struct Evidence([(&'static str, i64); 5]);

impl Evidence {
    fn of_three(scores: [(&'static str, i64); 3]) -> Evidence {
        let [a, b, c] = scores;
        Evidence([a, b, c, ("", 0), ("", 0)])
    }

    fn total(&self) -> i64 {
        self.0.iter().map(|(_, s)| s).sum()
    }
}

fn date_score(line: NaiveDate, expected: NaiveDate) -> i64 {
    match (line - expected).num_days().abs() {
        0 => 3,
        1..=4 => 2,
        5..=14 => 0,
        15..=60 => -2,
        _ => -5,
    }
}

/// A payment's date against the invoice's terms: on the due day +3, early (after the invoice
/// date) +2 — paying before the due date is normal —, late by up to 4 days +2, up to two weeks
/// 0, up to two months −2, later −5.
fn due_date_score(paid: NaiveDate, invoiced: NaiveDate, due: NaiveDate) -> i64 {
    if paid == due {
        3
    } else if paid >= invoiced && paid < due {
        2
    } else {
        date_score(paid, due).min(2)
    }
}

/// The proposals for a line, best first.
pub fn propose(
    line: &Line,
    receivables: &OpenBook,
    payouts: &[Payout],
    booked: &[Booked],
    fee_tolerance: i64,
) -> Vec<Proposal> {
    let mut out = if line.amount > 0 {
        deposit_proposals(line, receivables, fee_tolerance)
    } else {
        payout_proposals(line, payouts)
    };
    out.extend(booked_proposals(line, booked));
    out.sort_by_key(|p| std::cmp::Reverse(p.score));
    // The best-scored proposal of each target stays (the sort is stable: ties keep their order).
    let mut seen = std::collections::HashSet::new();
    let firsts: Vec<bool> = out.iter().map(|p| seen.insert(&p.target)).collect();
    let mut first = firsts.into_iter();
    out.retain(|_| first.next().unwrap_or(false));
    out
}

/// The best proposal when it may apply itself: at or above the threshold and at least two
/// points ahead of any other customer's (or any other pay-out or entry): two near-equal
/// candidates wait for a person. Within one customer the higher score wins outright (an exact
/// amount over the same customer's invoice ¥110 dearer "less a fee").
pub fn decisive(proposals: &[Proposal], threshold: i64) -> Option<&Proposal> {
    let best = proposals.first()?;
    let ahead = proposals[1..]
        .iter()
        .filter(|p| !(same_customer(&best.target, &p.target) && p.score < best.score))
        .all(|p| best.score - p.score >= 2);
    (best.score >= threshold && ahead).then_some(best)
}

fn same_customer(a: &Target, b: &Target) -> bool {
    matches!((a, b), (Target::Invoices { customer: x, .. }, Target::Invoices { customer: y, .. }) if x == y)
}

fn payout_proposals(line: &Line, payouts: &[Payout]) -> Vec<Proposal> {
    payouts
        .iter()
        .filter(|p| p.amount == -line.amount && (line.date - p.date).num_days().abs() <= 14)
        .map(|p| {
            let evidence = Evidence::of_three([
                ("known pay-out", 3),
                ("amount", 3),
                ("pay date", date_score(line.date, p.date)),
            ]);
            let target = Target::Payout {
                label: p.label.clone(),
            };
            Proposal::new(target, evidence, false)
        })
        .collect()
}

/// Entries already booked within two weeks whose amount on the account is the line's: the line
/// is their bank side. An entry with several lines on the account (a payment run: one per
/// transfer) is matched whole by a line of its total, or part by part by lines of each part's
/// amount — banks show a 総合振込 either way.
fn booked_proposals(line: &Line, booked: &[Booked]) -> Vec<Proposal> {
    let mut entries: Vec<(i64, Vec<&Booked>)> = Vec::new();
    for b in booked {
        match entries.iter_mut().find(|(id, _)| *id == b.entry_id) {
            Some((_, parts)) => parts.push(b),
            None => entries.push((b.entry_id, vec![b])),
        }
    }
    entries
        .into_iter()
        .filter_map(|(_, parts)| {
            let total: i64 = parts.iter().map(|b| b.amount).sum();
            let whole = total == line.amount;
            let part = parts.iter().find(|b| b.amount == line.amount);
            let b = if whole { parts[0] } else { part? };
            ((line.date - b.date).num_days().abs() <= 14).then(|| {
                let evidence = Evidence::of_three([
                    ("booked already", 3),
                    ("amount", 3),
                    ("date", date_score(line.date, b.date)),
                ]);
                let target = Target::Entry {
                    entry_id: b.entry_id,
                    memo: b.memo.clone(),
                };
                Proposal::new(target, evidence, false)
            })
        })
        .collect()
}

/// What is left of booked entries once a line of `amount` accounts for `entry_id`: the whole
/// entry when the amount is what remains of it (or matches none of its parts — a match made by
/// hand), else the one part of that amount.
pub fn take_booked(booked: &mut Vec<Booked>, entry_id: i64, amount: i64) {
    let remaining: i64 = booked
        .iter()
        .filter(|b| b.entry_id == entry_id)
        .map(|b| b.amount)
        .sum();
    let part = booked
        .iter()
        .position(|b| b.entry_id == entry_id && b.amount == amount);
    match part {
        Some(i) if remaining != amount => {
            booked.remove(i);
        }
        _ => booked.retain(|b| b.entry_id != entry_id),
    }
}

/// What the line says about who paid and for what.
struct Clues {
    payer: String,
    text: String,
    digits: Vec<String>,
}

impl Clues {
    fn of(line: &Line) -> Clues {
        let all = format!(
            "{} {} {}",
            line.payer.as_deref().unwrap_or(""),
            line.edi.as_deref().unwrap_or(""),
            line.text
        );
        Clues {
            payer: canonical(&payer_part(line)),
            text: all.nfkc().collect::<String>().to_uppercase(),
            digits: digit_runs(&all),
        }
    }

    /// Whether an invoice number appears: as written, or as its digits run together.
    fn names_invoice(&self, number: &str) -> bool {
        let written = fold_upper(number);
        let joined: String = number.chars().filter(char::is_ascii_digit).collect();
        self.text.contains(&written) || (joined.len() >= 4 && self.digits.contains(&joined))
    }
}

/// NFKC and upper case; plain ASCII (most codes and numbers) skips the normalizer.
fn fold_upper(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_uppercase()
    } else {
        text.nfkc().collect::<String>().to_uppercase()
    }
}

/// The payer's name without the digits payers add to it.
fn payer_part(line: &Line) -> String {
    line.payer_text()
        .split_whitespace()
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .collect::<Vec<_>>()
        .join(" ")
}

fn deposit_proposals(line: &Line, book: &OpenBook, tolerance: i64) -> Vec<Proposal> {
    let clues = Clues::of(line);
    let mut out = Vec::new();
    let candidates = book.candidates(&clues.payer, &clues.digits, line.amount, tolerance);
    for (customer, candidate) in candidates {
        let (named, invoices) = match candidate {
            Candidate::Named => (true, book.of_customer(customer)),
            Candidate::ByAmount(hits) => (false, hits),
        };
        let invoices: Vec<&Receivable> = invoices
            .into_iter()
            .filter(|r| r.date <= line.date)
            .collect();
        if invoices.is_empty() {
            continue;
        }
        if named {
            out.extend(customer_proposals(line, &clues, &invoices, tolerance));
        } else {
            out.extend(amount_proposals(line, &invoices, tolerance));
        }
    }
    out
}

fn customer_proposals(
    line: &Line,
    clues: &Clues,
    invoices: &[&Receivable],
    tolerance: i64,
) -> Vec<Proposal> {
    let first = invoices[0];
    let best_name = first
        .payer_names
        .iter()
        .map(|n| similarity(&clues.payer, n))
        .max()
        .unwrap_or(0);
    let name = match best_name {
        90.. => 4,
        75..=89 => 2,
        _ => 0,
    };
    let code = fold_upper(&first.customer_code);
    let code_named = code.chars().count() >= 3 && clues.text.contains(&code);
    let referenced: Vec<usize> = (0..invoices.len())
        .filter(|&i| clues.names_invoice(&invoices[i].number))
        .collect();
    let known = name > 0 || code_named || !referenced.is_empty();
    let mut sets: Vec<Vec<usize>> = Vec::new();
    if !referenced.is_empty() {
        sets.push(referenced.clone());
        sets.extend(referenced.iter().map(|&i| vec![i]));
    }
    for (i, invoice) in invoices.iter().enumerate() {
        if (0..=tolerance).contains(&(invoice.open - line.amount)) {
            sets.push(vec![i]);
        }
    }
    if known {
        sets.extend(combination(invoices, line.amount, tolerance));
        sets.push(vec![0]);
    }
    sets.sort();
    sets.dedup();
    sets.into_iter()
        .map(|set| {
            let chosen: Vec<&Receivable> = set.iter().map(|&i| invoices[i]).collect();
            let referenced_all = set.iter().all(|i| referenced.contains(i));
            score_set(line, &chosen, name, code_named, referenced_all, tolerance)
        })
        .collect()
}

/// A customer the line does not name: only single invoices the amount pays, exactly or less
/// the fee.
fn amount_proposals(line: &Line, invoices: &[&Receivable], tolerance: i64) -> Vec<Proposal> {
    invoices
        .iter()
        .filter(|r| (0..=tolerance).contains(&(r.open - line.amount)))
        .map(|r| score_set(line, &[r], 0, false, false, tolerance))
        .collect()
}

/// The first set of two or more open invoices (oldest first) that the amount pays, exactly or
/// short by the fee.
fn combination(invoices: &[&Receivable], amount: i64, tolerance: i64) -> Option<Vec<usize>> {
    let n = invoices.len().min(MAX_COMBINED);
    let members = move |mask: u32| (0..n).filter(move |i| mask & (1 << i) != 0);
    // Up to 1,023 subsets per customer and line: summed from the mask, and only the one found
    // collected (allocating each subset was a fifth of `bank match`).
    (1u32..(1 << n))
        .filter(|mask| mask.count_ones() >= 2)
        .find(|&mask| {
            let total: i64 = members(mask).map(|i| invoices[i].open).sum();
            (0..=tolerance).contains(&(total - amount))
        })
        .map(|mask| members(mask).collect())
}

fn score_set(
    line: &Line,
    chosen: &[&Receivable],
    name: i64,
    code_named: bool,
    referenced: bool,
    tolerance: i64,
) -> Proposal {
    let open: i64 = chosen.iter().map(|r| r.open).sum();
    let short = open - line.amount;
    let (amount, fee) = match short {
        0 => (3, 0),
        s if s > 0 && s <= tolerance => (2, s),
        _ => (-3, 0),
    };
    let due = chosen
        .iter()
        .map(|r| r.due_date.unwrap_or(r.date))
        .max()
        .expect("a set has an invoice");
    let invoiced = chosen
        .iter()
        .map(|r| r.date)
        .max()
        .expect("a set has an invoice");
    let evidence = Evidence([
        ("name", name),
        ("customer code", if code_named { 2 } else { 0 }),
        ("invoice number", if referenced { 4 } else { 0 }),
        (if fee > 0 { "amount less fee" } else { "amount" }, amount),
        ("due date", due_date_score(line.date, invoiced, due)),
    ]);
    let target = Target::Invoices {
        customer: chosen[0].customer_code.clone(),
        numbers: chosen.iter().map(|r| r.number.clone()).collect(),
        fee,
    };
    Proposal::new(target, evidence, referenced && name < 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn receivable(
        id: i64,
        number: &str,
        customer: (i64, &str, &str),
        open: i64,
        due: &str,
    ) -> Receivable {
        Receivable {
            id,
            number: number.into(),
            customer_id: customer.0,
            customer_code: customer.1.into(),
            customer_name: customer.2.into(),
            payer_names: vec![canonical(customer.2)],
            date: NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(),
            due_date: Some(due.parse().unwrap()),
            open,
        }
    }

    fn deposit(amount: i64, date: &str, payer: &str, edi: Option<&str>) -> Line {
        Line {
            id: 1,
            account: "MAIN".into(),
            date: date.parse().unwrap(),
            amount,
            balance: None,
            text: format!("振込 {payer}"),
            payer: Some(payer.into()),
            edi: edi.map(str::to_string),
            reference: None,
            matched: None,
        }
    }

    const ALPHA: (i64, &str, &str) = (1, "ALPHA", "アルファショウジ");
    const ALPHA_SYS: (i64, &str, &str) = (2, "ALSYS", "アルファシステム");

    fn book() -> Vec<Receivable> {
        vec![
            receivable(1, "INV-2026-0001", ALPHA, 110_000, "2026-04-30"),
            receivable(2, "INV-2026-0002", ALPHA, 55_000, "2026-04-30"),
            receivable(3, "INV-2026-0003", ALPHA_SYS, 110_000, "2026-04-30"),
        ]
    }

    fn best(line: &Line) -> Proposal {
        let proposals = propose(line, &OpenBook::new(book()), &[], &[], 880);
        decisive(&proposals, 8)
            .cloned()
            .unwrap_or_else(|| panic!("no decisive proposal: {proposals:#?}"))
    }

    fn numbers(p: &Proposal) -> (Vec<String>, i64) {
        match &p.target {
            Target::Invoices { numbers, fee, .. } => (numbers.clone(), *fee),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_exact_amount_from_a_truncated_half_width_name_with_the_legal_form_first() {
        let p = best(&deposit(110_000, "2026-04-30", "ｶ)ｱﾙﾌｱｼﾖｳ", None));
        assert_eq!(numbers(&p), (vec!["INV-2026-0001".to_string()], 0));
    }

    #[test]
    fn a_fee_deducted_by_the_payer() {
        let p = best(&deposit(109_340, "2026-04-30", "ｱﾙﾌｱｼﾖｳｼﾞ(ｶ", None));
        assert_eq!(numbers(&p), (vec!["INV-2026-0001".to_string()], 660));
    }

    #[test]
    fn one_transfer_paying_two_invoices_of_one_customer() {
        let p = best(&deposit(165_000, "2026-04-30", "ｱﾙﾌｱｼﾖｳｼﾞ", None));
        assert_eq!(numbers(&p).0, vec!["INV-2026-0001", "INV-2026-0002"]);
    }

    #[test]
    fn the_invoice_number_in_the_edi_field_decides_between_equal_amounts() {
        let p = best(&deposit(110_000, "2026-04-30", "ﾍﾞﾂﾉｶｲｼﾔ", Some("20260003")));
        assert_eq!(numbers(&p).0, vec!["INV-2026-0003"]);
    }

    #[test]
    fn similar_names_of_two_customers_are_told_apart() {
        let p = best(&deposit(110_000, "2026-04-29", "ｱﾙﾌｱｼｽﾃﾑ(ｶ", None));
        assert_eq!(numbers(&p).0, vec!["INV-2026-0003"]);
    }

    #[test]
    fn a_partial_payment_waits_for_review() {
        let line = deposit(50_000, "2026-04-30", "ｱﾙﾌｱｼﾖｳｼﾞ", None);
        let proposals = propose(&line, &OpenBook::new(book()), &[], &[], 880);
        assert!(decisive(&proposals, 8).is_none(), "{proposals:#?}");
        assert_eq!(numbers(&proposals[0]).0, vec!["INV-2026-0001"]);
    }

    #[test]
    fn an_amount_alone_from_an_unknown_payer_is_not_applied() {
        let line = deposit(55_000, "2026-04-30", "ﾀﾅｶ ﾀﾛｳ", None);
        let proposals = propose(&line, &OpenBook::new(book()), &[], &[], 880);
        assert!(decisive(&proposals, 8).is_none(), "{proposals:#?}");
        assert!(
            !proposals.is_empty(),
            "the amount is still proposed for review"
        );
    }

    #[test]
    fn net_pay_on_the_pay_date() {
        let mut line = deposit(-812_345, "2026-04-25", "", None);
        line.payer = None;
        let payouts = [Payout {
            label: "2026-04 給与".into(),
            date: "2026-04-25".parse().unwrap(),
            amount: 812_345,
            account_id: 1,
        }];
        let proposals = propose(&line, &OpenBook::default(), &payouts, &[], 880);
        let p = decisive(&proposals, 8).unwrap();
        assert_eq!(
            p.target,
            Target::Payout {
                label: "2026-04 給与".into()
            }
        );
    }

    #[test]
    fn an_entry_already_booked_is_the_lines_other_side_unless_two_look_the_same() {
        let line = deposit(-13_200, "2026-04-16", "", None);
        let phone = Booked {
            date: "2026-04-15".parse().unwrap(),
            entry_id: 5,
            memo: "通信費".into(),
            amount: -13_200,
        };
        let proposals = propose(
            &line,
            &OpenBook::default(),
            &[],
            std::slice::from_ref(&phone),
            880,
        );
        assert_eq!(
            decisive(&proposals, 8).unwrap().target,
            Target::Entry {
                entry_id: 5,
                memo: "通信費".into()
            }
        );
        let twin = Booked {
            entry_id: 6,
            ..phone.clone()
        };
        let proposals = propose(&line, &OpenBook::default(), &[], &[phone, twin], 880);
        assert!(
            decisive(&proposals, 8).is_none(),
            "two equal entries wait for a person"
        );
    }

    /// A payment run's entry has one bank line per transfer: a statement line of the total
    /// takes it whole, lines of each transfer take it part by part.
    #[test]
    fn a_run_entry_is_matched_whole_or_transfer_by_transfer() {
        let part = |amount: i64, memo: &str| Booked {
            date: "2026-05-29".parse().unwrap(),
            entry_id: 9,
            memo: memo.into(),
            amount,
        };
        let booked = vec![part(-100_000, "総合振込 A"), part(-55_000, "総合振込 B")];
        let whole = deposit(-155_000, "2026-05-29", "", None);
        let proposals = propose(&whole, &OpenBook::default(), &[], &booked, 880);
        assert!(matches!(
            decisive(&proposals, 8).unwrap().target,
            Target::Entry { entry_id: 9, .. }
        ));
        let second = deposit(-55_000, "2026-05-29", "", None);
        let proposals = propose(&second, &OpenBook::default(), &[], &booked, 880);
        assert!(matches!(
            decisive(&proposals, 8).unwrap().target,
            Target::Entry { entry_id: 9, .. }
        ));
        let mut left = booked.clone();
        take_booked(&mut left, 9, -55_000);
        assert_eq!(left, vec![part(-100_000, "総合振込 A")]);
        take_booked(&mut left, 9, -100_000);
        assert!(left.is_empty());
        let mut all = booked.clone();
        take_booked(&mut all, 9, -155_000);
        assert!(all.is_empty(), "the total takes the whole entry");
        let odd = deposit(-1, "2026-05-29", "", None);
        assert!(propose(&odd, &OpenBook::default(), &[], &booked, 880).is_empty());
    }
}
