//! Settling statement lines: `bank match` applies decisive proposals and then the rules, and
//! leaves the rest for review; `bank apply` settles one line by hand (invoices, an account, or
//! ignored), `--remember` learning the payer alias or adding a rule; `bank unmatch` undoes a
//! match by reversing what it posted. Each runs inside the caller's transaction.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::matching::{self, Booked, Payout, Proposal, Target};
use super::open_book::OpenBook;
use super::post::{Part, post_line};
use super::settings::BankSettings;
use super::store;
use super::types::NewMatch;
use super::types::{BankAccount, Direction, Line, Rule, RuleAction, SplitPart, TextOp};
use crate::invoice::receipts;
use crate::ledger::chart::Chart;

/// What matching knows while it works through the lines.
pub struct Desk {
    receivables: OpenBook,
    booked: std::collections::HashMap<i64, Vec<Booked>>,
    payouts: Vec<Payout>,
    rules: Vec<Rule>,
    settings: BankSettings,
    chart: Chart,
    payments: receipts::Payments,
    accounts: std::collections::HashMap<String, BankAccount>,
    now: String,
}

impl Desk {
    /// Reads the open invoices, pay-outs since `since`, rules and settings.
    pub fn open(conn: &Connection, since: NaiveDate, as_of: NaiveDate) -> Result<Desk> {
        let payouts = crate::payroll::payouts::payouts(conn, since - chrono::Duration::days(45))?;
        Ok(Desk {
            receivables: OpenBook::new(receipts::open_receivables(conn, as_of)?),
            booked: Default::default(),
            payouts,
            rules: super::ops::rules(conn)?,
            settings: BankSettings::load(conn)?,
            chart: Chart::load(conn)?,
            payments: receipts::Payments::new(conn)?,
            accounts: super::accounts(conn)?
                .into_iter()
                .map(|a| (a.code.clone(), a))
                .collect(),
            now: crate::kernel::clock::timestamp(),
        })
    }

    /// The proposals for a line, best first.
    pub fn proposals(
        &mut self,
        conn: &Connection,
        line: &Line,
        acc: &BankAccount,
    ) -> Result<Vec<Proposal>> {
        if let std::collections::hash_map::Entry::Vacant(slot) =
            self.booked.entry(acc.ledger_account_id)
        {
            slot.insert(super::ops::booked_unmatched(
                conn,
                acc,
                crate::kernel::period::ALL_DATES.1,
            )?);
        }
        Ok(matching::propose(
            line,
            &self.receivables,
            &self.payouts,
            &self.booked[&acc.ledger_account_id],
            self.settings.fee_tolerance,
        ))
    }

    /// The account a line belongs to (read once per command, not per line).
    fn account_of(&self, line: &Line) -> Result<BankAccount> {
        match self.accounts.get(&line.account) {
            Some(a) => Ok(a.clone()),
            None => bail!("line {} belongs to no known account", line.id),
        }
    }

    /// Forgets a booked entry (or the part of it) once a line of `amount` accounts for it.
    fn take_booked(&mut self, entry_id: i64, amount: i64) {
        for list in self.booked.values_mut() {
            matching::take_booked(list, entry_id, amount);
        }
    }
}

/// How one line was settled by `bank match`.
#[derive(Debug, Clone)]
pub struct Settled {
    /// The line.
    pub line: Line,
    /// What settled it ("INV-2026-0001 (score 10)", "rule 通信費").
    pub how: String,
}

/// What `bank match` did.
#[derive(Debug, Default)]
pub struct MatchOutcome {
    /// Lines settled.
    pub settled: Vec<Settled>,
    /// Lines left for review, with their proposals.
    pub pending: Vec<(Line, Vec<Proposal>)>,
}

/// Matches every unmatched line of an account (or all) in a period: decisive proposals first,
/// then the first fitting rule; the rest waits. Lines left waiting are tried again while a pass
/// settles something — an invoice paid by a later line takes it out of an earlier line's
/// choice — so one `bank match` settles what running it again would, and a second run changes
/// nothing.
pub fn match_lines(
    tx: &Connection,
    account: Option<&str>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<MatchOutcome> {
    let account_id = account
        .map(|c| super::account(tx, c))
        .transpose()?
        .map(|a| a.id);
    let mut waiting = store::lines(tx, account_id, from, to, true)?;
    let mut desk = Desk::open(tx, from, to)?;
    let mut outcome = MatchOutcome::default();
    loop {
        let settled_before = outcome.settled.len();
        match_pass(tx, &mut desk, waiting, &mut outcome)?;
        if outcome.settled.len() == settled_before || outcome.pending.is_empty() {
            return Ok(outcome);
        }
        waiting = std::mem::take(&mut outcome.pending)
            .into_iter()
            .map(|(line, _)| line)
            .collect();
        // Read again as a new run would: the invoices still open, the payer names just learned.
        desk = Desk::open(tx, from, to)?;
    }
}

/// One pass over the lines: each settled or left pending with its proposals.
fn match_pass(
    tx: &Connection,
    desk: &mut Desk,
    lines: Vec<Line>,
    outcome: &mut MatchOutcome,
) -> Result<()> {
    for line in lines {
        let acc = desk.account_of(&line)?;
        let proposals = desk.proposals(tx, &line, &acc)?;
        if let Some(best) = matching::decisive(&proposals, desk.settings.auto_threshold).cloned() {
            apply_proposal(tx, desk, &line, &acc, &best, true)?;
            let how = format!(
                "{} (score {}: {})",
                describe(&best.target),
                best.score,
                best.why()
            );
            outcome.settled.push(Settled { line, how });
        } else if let Some(rule) = super::rules::first_fitting(&desk.rules, &line).cloned() {
            apply_rule(tx, desk, &line, &acc, &rule)?;
            outcome.settled.push(Settled {
                line,
                how: format!("rule {}", rule.name),
            });
        } else {
            outcome.pending.push((line, proposals));
        }
    }
    Ok(())
}

/// A target in words.
pub fn describe(target: &Target) -> String {
    match target {
        Target::Invoices {
            customer,
            numbers,
            fee,
        } => {
            let fee = if *fee > 0 {
                format!(", fee {fee}")
            } else {
                String::new()
            };
            format!("{customer} {}{fee}", numbers.join("+"))
        }
        Target::Payout { label } => label.clone(),
        Target::Entry { entry_id, memo } => format!("entry {entry_id} {memo}"),
    }
}

/// Applies a proposal: invoice payments through invoicing, or the pay-out posted.
fn apply_proposal(
    tx: &Connection,
    desk: &mut Desk,
    line: &Line,
    acc: &BankAccount,
    proposal: &Proposal,
    auto: bool,
) -> Result<i64> {
    match &proposal.target {
        Target::Invoices { numbers, fee, .. } => {
            let customer = desk.receivables.get(&numbers[0]).map(|r| r.customer_id);
            let amounts = split_over_invoices(desk, numbers, line.amount, *fee)?;
            let id = pay_invoices(tx, desk, line, acc, &amounts, Some(proposal.score), auto)?;
            if let (true, Some(customer), Some(payer)) =
                (proposal.teaches_name, customer, line.payer.as_deref())
                && !crate::jp::payer_name::canonical(payer).is_empty()
            {
                receipts::add_alias(tx, customer, payer, true)?;
            }
            Ok(id)
        }
        Target::Payout { label } => {
            let Some(payout) = desk.payouts.iter().find(|p| &p.label == label) else {
                bail!("no pay-out {label}");
            };
            let part = Part {
                account_id: payout.account_id,
                amount: -line.amount,
                tax: crate::jp::tax_category::OUT_OF_SCOPE.into(),
                description: Some(label.clone()),
            };
            let entry = post_line(tx, line, acc, &[part], format!("{label} 支払"))?;
            record(
                tx,
                desk,
                line.id,
                "payroll",
                Some(entry),
                label,
                Some(proposal.score),
                auto,
            )
        }
        Target::Entry { entry_id, memo } => {
            desk.take_booked(*entry_id, line.amount);
            let detail = format!("entry {entry_id} {memo}");
            record(
                tx,
                desk,
                line.id,
                "entry",
                Some(*entry_id),
                &detail,
                Some(proposal.score),
                auto,
            )
        }
    }
}

/// How a deposit divides over invoices (oldest first): each paid in full until the money runs
/// out; the last takes the rest, the deducted fee and any overpayment. (number, amount, fee).
fn split_over_invoices(
    desk: &Desk,
    numbers: &[String],
    amount: i64,
    fee: i64,
) -> Result<Vec<(String, i64, i64)>> {
    let mut left = amount;
    let mut out = Vec::new();
    for (i, number) in numbers.iter().enumerate() {
        let Some(r) = desk.receivables.get(number) else {
            bail!("{number} is not an open invoice");
        };
        let last = i + 1 == numbers.len();
        let paid = if last { left } else { r.open.min(left) };
        if paid <= 0 {
            bail!("the deposit does not reach {number}");
        }
        out.push((number.clone(), paid, if last { fee } else { 0 }));
        left -= paid;
    }
    Ok(out)
}

/// Records the payments of one line and the match that links them.
fn pay_invoices(
    tx: &Connection,
    desk: &mut Desk,
    line: &Line,
    acc: &BankAccount,
    amounts: &[(String, i64, i64)],
    score: Option<i64>,
    auto: bool,
) -> Result<i64> {
    let ledger_code = ledger_code(desk, acc)?;
    let mut paid = Vec::new();
    for (number, amount, fee) in amounts {
        let outcome = desk
            .payments
            .record(tx, number, line.date, *amount, *fee, &ledger_code)?;
        paid.push((outcome.payment_id, outcome.entry_id));
        desk.receivables.settle(number, outcome.open);
    }
    let numbers: Vec<&str> = amounts.iter().map(|(n, ..)| n.as_str()).collect();
    let id = record(
        tx,
        desk,
        line.id,
        "invoice",
        None,
        &numbers.join(" "),
        score,
        auto,
    )?;
    for (payment, entry) in paid {
        store::insert_match_payment(tx, id, payment, entry)?;
    }
    Ok(id)
}

fn ledger_code(desk: &Desk, acc: &BankAccount) -> Result<String> {
    match desk.chart.by_id(acc.ledger_account_id) {
        Some(a) => Ok(a.code.clone()),
        None => bail!("the ledger account of {} is gone", acc.code),
    }
}

#[allow(clippy::too_many_arguments)]
fn record(
    tx: &Connection,
    desk: &Desk,
    line_id: i64,
    kind: &str,
    entry_id: Option<i64>,
    detail: &str,
    score: Option<i64>,
    auto: bool,
) -> Result<i64> {
    if store::live_match(tx, line_id)?.is_some() {
        bail!("line {line_id} is matched already; `bko bank unmatch {line_id}` first");
    }
    let m = NewMatch {
        line_id,
        kind,
        entry_id,
        detail,
        score,
        auto,
    };
    store::insert_match(tx, &m, &desk.now)
}

/// Applies a rule to a line.
fn apply_rule(
    tx: &Connection,
    desk: &Desk,
    line: &Line,
    acc: &BankAccount,
    rule: &Rule,
) -> Result<i64> {
    let detail = format!("rule {}", rule.name);
    match rule.action {
        RuleAction::Ignore => record(tx, desk, line.id, "ignore", None, &detail, None, true),
        RuleAction::Transfer => transfer(tx, desk, line, acc, rule),
        RuleAction::Post | RuleAction::Split => {
            let target = rule.target.as_deref().unwrap_or_default();
            let parts = split_parts(desk, line, target, rule.tax.as_deref(), &rule.splits)
                .map_err(|e| anyhow::anyhow!("rule {}: {e:#}", rule.name))?;
            let entry = post_line(tx, line, acc, &parts, line_memo(line))?;
            record(tx, desk, line.id, "rule", Some(entry), &detail, None, true)
        }
    }
}

/// The parts of a split: the fixed lines, and the rest of the line's amount to `target`.
fn split_parts(
    desk: &Desk,
    line: &Line,
    target: &str,
    tax: Option<&str>,
    splits: &[SplitPart],
) -> Result<Vec<Part>> {
    let mut parts = Vec::new();
    for s in splits {
        parts.push(part(desk, &s.account, s.amount, s.tax.as_deref(), None)?);
    }
    let fixed: i64 = parts.iter().map(|p| p.amount).sum();
    let rest = line.amount.abs() - fixed;
    if rest <= 0 {
        bail!(
            "the fixed lines ({fixed}) leave nothing of line {} ({})",
            line.id,
            line.amount.abs()
        );
    }
    parts.insert(0, part(desk, target, rest, tax, None)?);
    Ok(parts)
}

/// Money between own accounts: the first side posts; the other side's line, when its match
/// comes, links to the same entry instead of posting it twice.
fn transfer(
    tx: &Connection,
    desk: &Desk,
    line: &Line,
    acc: &BankAccount,
    rule: &Rule,
) -> Result<i64> {
    let other = super::account(tx, rule.target.as_deref().unwrap_or_default())?;
    let detail = format!("rule {} → {}", rule.name, other.code);
    let window = chrono::Duration::days(3);
    let counterpart = store::lines(
        tx,
        Some(other.id),
        line.date - window,
        line.date + window,
        false,
    )?
    .into_iter()
    .find(|l| {
        l.amount == -line.amount
            && l.matched
                .as_ref()
                .is_some_and(|(k, _, e)| k == "transfer" && e.is_some())
    });
    let entry = match counterpart.and_then(|l| l.matched) {
        Some((_, _, Some(entry))) => entry,
        _ => {
            let part = Part {
                account_id: other.ledger_account_id,
                amount: line.amount.abs(),
                tax: crate::jp::tax_category::OUT_OF_SCOPE.into(),
                description: Some(format!("振替 {}", other.code)),
            };
            post_line(tx, line, acc, &[part], line_memo(line))?
        }
    };
    record(
        tx,
        desk,
        line.id,
        "transfer",
        Some(entry),
        &detail,
        None,
        true,
    )
}

/// A counter-account part; the tax category defaults to the account's own.
fn part(
    desk: &Desk,
    account: &str,
    amount: i64,
    tax: Option<&str>,
    description: Option<String>,
) -> Result<Part> {
    let a = desk.chart.resolve(account)?;
    Ok(Part {
        account_id: a.id,
        amount,
        tax: tax.map_or_else(|| a.tax_category.clone(), str::to_string),
        description,
    })
}

fn line_memo(line: &Line) -> String {
    let text: String = line.text.chars().take(200).collect();
    if text.is_empty() {
        format!("明細 {}", line.id)
    } else {
        text
    }
}

/// How a person settles one line.
#[derive(Debug, Clone, PartialEq)]
pub enum Choice {
    /// Pays these invoices (oldest first; the last takes the rest).
    Invoices(Vec<String>),
    /// Posts to a ledger account, with a tax category (else the account's), after any fixed
    /// split lines.
    Account {
        /// Ledger account (the rest, after the split lines).
        account: String,
        /// Tax category.
        tax: Option<String>,
        /// Fixed lines split off first.
        splits: Vec<SplitPart>,
    },
    /// Nothing to book, and why.
    Ignore(String),
    /// The confirmed pay-out with this label.
    Payout(String),
    /// An entry already in the books.
    Entry(i64),
}

/// Settles one line by hand; `remember` learns the payer alias (invoices) or adds a rule
/// (account). Returns a description.
pub fn apply(tx: &Connection, line_id: i64, choice: &Choice, remember: bool) -> Result<String> {
    let Some(line) = store::line(tx, line_id)? else {
        bail!("there is no statement line {line_id} (`bko bank lines`)");
    };
    let mut desk = Desk::open(tx, line.date, line.date)?;
    let acc = desk.account_of(&line)?;
    match choice {
        Choice::Invoices(numbers) => apply_invoices(tx, &mut desk, &line, &acc, numbers, remember),
        Choice::Account {
            account,
            tax,
            splits,
        } => {
            let tax = tax
                .as_deref()
                .map(|t| crate::jp::tax_category::parse(t).map(|c| c.key))
                .transpose()?;
            let parts = split_parts(&desk, &line, account, tax, splits)?;
            let entry = post_line(tx, &line, &acc, &parts, line_memo(&line))?;
            record(
                tx,
                &desk,
                line.id,
                "account",
                Some(entry),
                account,
                None,
                false,
            )?;
            if remember {
                remember_rule(tx, &line, account, tax, splits)?;
            }
            Ok(format!("line {line_id} posted to {account}"))
        }
        Choice::Payout(_) | Choice::Entry(_) => {
            let proposals = desk.proposals(tx, &line, &acc)?;
            let Some(p) = proposals.into_iter().find(|p| chosen(choice, &p.target)) else {
                bail!("line {line_id} is not {choice:?}: no such candidate (`bko bank review`)");
            };
            apply_proposal(tx, &mut desk, &line, &acc, &p, false)?;
            Ok(format!("line {line_id}: {}", describe(&p.target)))
        }
        Choice::Ignore(reason) => {
            if reason.trim().is_empty() {
                bail!("say why the line needs no entry: --reason");
            }
            record(tx, &desk, line.id, "ignore", None, reason, None, false)?;
            Ok(format!("line {line_id} ignored: {reason}"))
        }
    }
}

fn chosen(choice: &Choice, target: &Target) -> bool {
    match (choice, target) {
        (Choice::Payout(wanted), Target::Payout { label }) => wanted == label,
        (Choice::Entry(wanted), Target::Entry { entry_id, .. }) => wanted == entry_id,
        _ => false,
    }
}

fn apply_invoices(
    tx: &Connection,
    desk: &mut Desk,
    line: &Line,
    acc: &BankAccount,
    numbers: &[String],
    remember: bool,
) -> Result<String> {
    if line.amount <= 0 {
        bail!(
            "line {} is money out; invoices are paid by deposits",
            line.id
        );
    }
    let open: i64 = numbers
        .iter()
        .map(|n| desk.receivables.get(n).map_or(0, |r| r.open))
        .sum();
    let short = open - line.amount;
    let fee = if (1..=desk.settings.fee_tolerance).contains(&short) {
        short
    } else {
        0
    };
    let amounts = split_over_invoices(desk, numbers, line.amount, fee)?;
    let customer = desk
        .receivables
        .get(&numbers[0])
        .map(|r| (r.customer_id, r.customer_code.clone()));
    pay_invoices(tx, desk, line, acc, &amounts, None, false)?;
    if remember && let Some((customer_id, code)) = customer {
        let payer = line.payer.clone().unwrap_or_else(|| line.text.clone());
        if receipts::add_alias(tx, customer_id, &payer, true)? {
            return Ok(format!(
                "line {} paid {}; '{payer}' is now known as {code}",
                line.id,
                numbers.join(" ")
            ));
        }
    }
    Ok(format!("line {} paid {}", line.id, numbers.join(" ")))
}

/// A rule from a choice: this account's lines with this payer or text, posted the same way.
fn remember_rule(
    tx: &Connection,
    line: &Line,
    account: &str,
    tax: Option<&str>,
    splits: &[SplitPart],
) -> Result<()> {
    let text = line.payer.clone().unwrap_or_else(|| line.text.clone());
    let rule = Rule {
        id: 0,
        position: store::next_rule_position(tx)?,
        name: format!("line-{}", line.id),
        direction: if line.amount > 0 {
            Direction::In
        } else {
            Direction::Out
        },
        account: Some(line.account.clone()),
        text: Some((TextOp::Contains, text)),
        min_amount: None,
        max_amount: None,
        action: if splits.is_empty() {
            RuleAction::Post
        } else {
            RuleAction::Split
        },
        target: Some(account.to_string()),
        tax: tax.map(str::to_string),
        splits: splits.to_vec(),
    };
    super::ops::add_rule(tx, &rule)
}

/// The unsettled lines of an account (or all) in a period, each with its proposals.
pub fn pending(
    conn: &Connection,
    account: Option<&str>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<(Line, Vec<Proposal>)>> {
    let account_id = account
        .map(|c| super::account(conn, c))
        .transpose()?
        .map(|a| a.id);
    let lines = store::lines(conn, account_id, from, to, true)?;
    let mut desk = Desk::open(conn, from, to)?;
    lines
        .into_iter()
        .map(|l| {
            let acc = desk.account_of(&l)?;
            let p = desk.proposals(conn, &l, &acc)?;
            Ok((l, p))
        })
        .collect()
}

/// Undoes a line's match: its entry reversed (or its invoice payments), the match kept as
/// undone. Another line linked to the same entry (a transfer's other side) is undone with it.
pub fn unmatch(tx: &Connection, line_id: i64) -> Result<String> {
    let Some(line) = store::line(tx, line_id)? else {
        bail!("there is no statement line {line_id}");
    };
    let Some((match_id, kind, entry, payments)) = store::live_match(tx, line_id)? else {
        bail!("line {line_id} is not matched");
    };
    let now = crate::kernel::clock::timestamp();
    let mut undo_entry = None;
    // A booked entry the line was matched to stays: only the link goes.
    if let Some(entry) = entry.filter(|_| kind != "entry") {
        let currency = crate::company::Company::load(tx)?.currency;
        let reversal =
            crate::ledger::ops::reverse(tx, entry, line.date, |m| format!("取消 {m}"), &currency)?;
        undo_entry = Some(reversal);
        for other in store::live_matches_of_entry(tx, entry)? {
            if other != match_id {
                store::undo_match(tx, other, &now, Some(reversal))?;
            }
        }
    }
    for (payment, _) in &payments {
        receipts::reverse_payment(tx, *payment, line.date)?;
    }
    store::undo_match(tx, match_id, &now, undo_entry)?;
    Ok(format!("line {line_id}: the {kind} match is undone"))
}
