//! The bank operations the commands call: accounts, profiles, rules, reconciliation and cash
//! counts (matching lives in `settle.rs`, importing in `import.rs`). Each takes the
//! transaction or connection and typed input and returns the outcome.

use std::collections::{HashMap, HashSet};

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::profiles::Profile;
use super::store;
use super::types::{AccountKind, BankAccount, DepositType, Line, Rule};
use crate::ledger::chart::Chart;

/// Checks an account's fields: codes as digits of the right length, the kana name's length.
fn check_account(a: &BankAccount) -> Result<()> {
    crate::kernel::text::check_length("code", &a.code, crate::kernel::text::CODE_MAX_CHARS)?;
    if a.code.trim().is_empty() {
        bail!("a bank account needs a code");
    }
    use crate::jp::zengin::check_digits;
    check_digits("bank code", a.bank_code.as_deref(), 4, 4)?;
    check_digits("branch code", a.branch_code.as_deref(), 3, 3)?;
    check_digits("account number", a.number.as_deref(), 1, 10)?;
    crate::kernel::text::check_optional_length(
        "holder kana",
        a.holder_kana.as_deref(),
        crate::kernel::text::NAME_MAX_CHARS,
    )?;
    crate::kernel::text::check_optional_length(
        "name",
        a.name.as_deref(),
        crate::kernel::text::NAME_MAX_CHARS,
    )
}

/// Adds an account; the ledger account defaults by kind (普通預金, 未払金, 現金).
pub fn add_account(
    tx: &Connection,
    mut a: BankAccount,
    ledger: Option<&str>,
) -> Result<BankAccount> {
    check_account(&a)?;
    let chart = Chart::load(tx)?;
    a.ledger_account_id = chart
        .resolve(ledger.unwrap_or(a.kind.default_ledger_account()))?
        .id;
    if let Some(p) = &a.profile {
        super::profile(tx, p)?;
    }
    a.id = store::save_account(tx, &a)?;
    Ok(a)
}

/// Changes one field: name, kind, ledger_account, bank_code, branch_code, type, number,
/// holder_kana, profile ("" clears an optional one).
pub fn set_account(tx: &Connection, code: &str, field: &str, value: &str) -> Result<BankAccount> {
    let mut a = super::account(tx, code)?;
    let opt = || Some(value.trim().to_string()).filter(|v| !v.is_empty());
    match field {
        "name" => a.name = opt(),
        "kind" => a.kind = AccountKind::parse(value)?,
        "ledger_account" => a.ledger_account_id = Chart::load(tx)?.resolve(value)?.id,
        "bank_code" => a.bank_code = opt(),
        "branch_code" => a.branch_code = opt(),
        "type" => a.deposit_type = opt().map(|v| DepositType::parse(&v)).transpose()?,
        "number" => a.number = opt(),
        "holder_kana" => a.holder_kana = opt(),
        "profile" => {
            if let Some(p) = opt() {
                super::profile(tx, &p)?;
            }
            a.profile = opt();
        }
        other => bail!(
            "unknown field '{other}' (name, kind, ledger_account, bank_code, branch_code, type, number, holder_kana, profile)"
        ),
    }
    check_account(&a)?;
    store::save_account(tx, &a)?;
    Ok(a)
}

/// Adds or replaces a user profile.
pub fn save_profile(tx: &Connection, profile: &Profile) -> Result<()> {
    profile.validate()?;
    store::save_profile(tx, &profile.name, &serde_json::to_string(profile)?)
}

/// Adds or replaces the profiles in a JSON file (as `profiles export` writes it).
pub fn import_profiles(tx: &Connection, path: &std::path::Path) -> Result<usize> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    let list: Vec<Profile> = serde_json::from_str(&text)
        .map_err(|e| anyhow::anyhow!("{}:{}:{}: {e}", path.display(), e.line(), e.column()))?;
    for p in &list {
        save_profile(tx, p).map_err(|e| anyhow::anyhow!("{}: {e:#}", path.display()))?;
    }
    Ok(list.len())
}

/// Every rule in order.
pub fn rules(conn: &Connection) -> Result<Vec<Rule>> {
    store::rules(conn)?
        .into_iter()
        .map(|(mut rule, splits)| {
            rule.splits = super::rules::parse_splits(&splits)?;
            Ok(rule)
        })
        .collect()
}

/// Adds a rule at its position (0: at the end), checked: its accounts exist.
pub fn add_rule(tx: &Connection, rule: &Rule) -> Result<()> {
    super::rules::validate(rule)?;
    let chart = Chart::load(tx)?;
    let account_id = rule
        .account
        .as_deref()
        .map(|c| super::account(tx, c).map(|a| a.id))
        .transpose()?;
    match rule.action {
        super::RuleAction::Transfer => {
            super::account(tx, rule.target.as_deref().unwrap_or_default())?;
        }
        _ => {
            for account in rule
                .target
                .iter()
                .chain(rule.splits.iter().map(|s| &s.account))
            {
                chart.resolve(account)?;
            }
        }
    }
    let mut rule = rule.clone();
    if rule.position == 0 {
        rule.position = store::next_rule_position(tx)?;
    }
    store::insert_rule(
        tx,
        &rule,
        account_id,
        &super::rules::splits_text(&rule.splits),
    )
}

/// Removes a rule by name.
pub fn remove_rule(tx: &Connection, name: &str) -> Result<()> {
    if !store::delete_rule(tx, name)? {
        bail!("there is no rule '{name}'");
    }
    Ok(())
}

/// Lines of an account (or all) in a period; `unmatched` keeps only those not settled.
pub fn lines(
    conn: &Connection,
    account: Option<&str>,
    from: NaiveDate,
    to: NaiveDate,
    unmatched: bool,
) -> Result<Vec<Line>> {
    let id = account
        .map(|c| super::account(conn, c))
        .transpose()?
        .map(|a| a.id);
    store::lines(conn, id, from, to, unmatched)
}

/// A ledger line on the bank's account that no statement line accounts for.
pub type Outstanding = super::matching::Booked;

/// The 銀行勘定調整表 of an account on a day.
#[derive(Debug, Clone, PartialEq)]
pub struct Reconciliation {
    /// The account.
    pub account: BankAccount,
    /// The day.
    pub as_of: NaiveDate,
    /// What the statements show (all accounts sharing the ledger account), if they print
    /// balances.
    pub statement_balance: Option<i64>,
    /// The ledger account's balance (a liability's shown negative, as money owed).
    pub ledger_balance: i64,
    /// The last day imported statements cover.
    pub covered_through: Option<NaiveDate>,
    /// Statement lines not settled.
    pub unmatched: Vec<Line>,
    /// Ledger lines not on any statement.
    pub outstanding: Vec<Outstanding>,
}

/// Reconciles an account on a day.
pub fn reconcile(conn: &Connection, code: &str, as_of: NaiveDate) -> Result<Reconciliation> {
    let account = super::account(conn, code)?;
    let sharing: Vec<BankAccount> = store::accounts(conn)?
        .into_iter()
        .filter(|a| a.ledger_account_id == account.ledger_account_id)
        .collect();
    let mut statement_balance = Some(0);
    for a in &sharing {
        let balance = store::statement_balance(conn, a.id, as_of)?;
        statement_balance = statement_balance.zip(balance).map(|(s, b)| s + b);
    }
    let ledger_balance = crate::ledger::ops::balance_at(conn, account.ledger_account_id, as_of)?;
    Ok(Reconciliation {
        covered_through: store::covered_through(conn, account.id)?,
        unmatched: store::lines(
            conn,
            Some(account.id),
            crate::kernel::period::ALL_DATES.0,
            as_of,
            true,
        )?,
        statement_balance,
        ledger_balance,
        outstanding: booked_unmatched(conn, &account, as_of)?,
        as_of,
        account,
    })
}

/// Entries on an account's ledger account, from the first day its statements (or those of the
/// accounts sharing the ledger account) cover through `to`, that no statement line accounts for.
pub fn booked_unmatched(
    conn: &Connection,
    account: &BankAccount,
    to: NaiveDate,
) -> Result<Vec<Outstanding>> {
    let mut first: Option<NaiveDate> = None;
    let mut matched: HashMap<i64, Vec<Option<i64>>> = HashMap::new();
    for a in store::accounts(conn)?
        .iter()
        .filter(|a| a.ledger_account_id == account.ledger_account_id)
    {
        if let Some(from) = store::covered_from(conn, a.id)? {
            first = Some(first.map_or(from, |f| f.min(from)));
        }
        for (entry, amount) in store::matched_entries(conn, a.id)? {
            matched.entry(entry).or_default().push(amount);
        }
    }
    let Some(from) = first else {
        return Ok(Vec::new());
    };
    let mut list = outstanding(conn, account.ledger_account_id, from, to, &matched)?;
    drop_opening_entries(conn, account, from, &mut list)?;
    Ok(list)
}

/// Entries on the first statement day that bring the books to the statement's opening balance
/// (an opening-balance entry dated that day) are what the statement starts from, not
/// outstanding items.
fn drop_opening_entries(
    conn: &Connection,
    account: &BankAccount,
    first_day: NaiveDate,
    list: &mut Vec<Outstanding>,
) -> Result<()> {
    let Some(opening) = store::opening_balance(conn, account.id)? else {
        return Ok(());
    };
    let before = first_day.pred_opt().unwrap_or(first_day);
    let carried = crate::ledger::ops::balance_at(conn, account.ledger_account_id, before)?;
    let day_one: i64 = list
        .iter()
        .filter(|o| o.date == first_day)
        .map(|o| o.amount)
        .sum();
    if carried + day_one == opening {
        list.retain(|o| o.date != first_day);
    }
    Ok(())
}

/// The account's lines in the period, less reversed pairs and what statement lines account for:
/// `matched` holds, per entry, the amounts of the lines linked to it (None: the whole entry).
fn outstanding(
    conn: &Connection,
    ledger_account: i64,
    from: NaiveDate,
    to: NaiveDate,
    matched: &HashMap<i64, Vec<Option<i64>>>,
) -> Result<Vec<Outstanding>> {
    let cancelled: HashSet<i64> =
        crate::ledger::ops::reversal_pairs(conn, ledger_account, from, to)?
            .into_iter()
            .collect();
    let (_, rows) = crate::ledger::ops::account_lines(conn, ledger_account, None, from, to)?;
    // Rows come ordered by date and entry, so an entry's lines are next to each other.
    let mut by_entry: Vec<(i64, Vec<Outstanding>)> = Vec::new();
    for (date, entry_id, memo, debit, credit, _) in rows {
        if cancelled.contains(&entry_id) {
            continue;
        }
        let row = Outstanding {
            date,
            entry_id,
            memo,
            amount: debit - credit,
        };
        match by_entry.last_mut() {
            Some((id, parts)) if *id == entry_id => parts.push(row),
            _ => by_entry.push((entry_id, vec![row])),
        }
    }
    let mut out = Vec::new();
    for (entry_id, mut parts) in by_entry {
        for amount in matched.get(&entry_id).into_iter().flatten() {
            match amount {
                Some(a) => super::matching::take_booked(&mut parts, entry_id, *a),
                None => parts.clear(),
            }
        }
        out.extend(parts);
    }
    Ok(out)
}

/// A cash count (金種表) and what it did.
#[derive(Debug, Clone, PartialEq)]
pub struct CashCount {
    /// The count.
    pub counted: i64,
    /// The books.
    pub book: i64,
    /// The entry posting the difference, when asked.
    pub entry_id: Option<i64>,
    /// Denominations as counted: (face value, pieces).
    pub pieces: Vec<(i64, i64)>,
}

/// The coins and notes of the yen.
const DENOMINATIONS: [i64; 10] = [10_000, 5_000, 2_000, 1_000, 500, 100, 50, 10, 5, 1];

/// Parses `10000=3,5000=1,...`: known yen denominations, whole non-negative counts.
pub fn parse_denominations(text: &str) -> Result<Vec<(i64, i64)>> {
    let mut out: Vec<(i64, i64)> = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let Some((face, count)) = part.split_once('=') else {
            bail!("'{part}': write FACE=COUNT, e.g. 1000=7");
        };
        let face: i64 = face
            .trim()
            .parse()
            .map_err(|_| anyhow::anyhow!("'{face}' is not a denomination"))?;
        if !DENOMINATIONS.contains(&face) {
            bail!("{face} is not a yen note or coin ({DENOMINATIONS:?})");
        }
        let count: i64 = count
            .trim()
            .parse()
            .map_err(|_| anyhow::anyhow!("'{count}' is not a count of {face}"))?;
        if !(0..=1_000_000).contains(&count) {
            bail!("{count} pieces of {face}: out of range");
        }
        if out.iter().any(|(f, _)| *f == face) {
            bail!("{face} is counted twice");
        }
        out.push((face, count));
    }
    if out.is_empty() {
        bail!("no denominations counted");
    }
    out.sort_by_key(|(face, _)| std::cmp::Reverse(*face));
    Ok(out)
}

/// Counts cash against the books; `post` books the difference to 雑収入/雑損失.
pub fn cash_count(
    tx: &Connection,
    code: &str,
    date: NaiveDate,
    text: &str,
    post: bool,
) -> Result<CashCount> {
    let acc = super::account(tx, code)?;
    if acc.kind != AccountKind::Cash {
        bail!(
            "{code} is a {} account; cash counts are for cash accounts",
            acc.kind.key()
        );
    }
    let pieces = parse_denominations(text)?;
    let counted: i64 = pieces.iter().map(|(f, n)| f * n).sum();
    let book = crate::ledger::ops::balance_at(tx, acc.ledger_account_id, date)?;
    let entry_id = if post && counted != book {
        Some(post_cash_difference(tx, &acc, date, counted - book)?)
    } else {
        None
    };
    let denominations = pieces
        .iter()
        .map(|(f, n)| format!("{f}={n}"))
        .collect::<Vec<_>>()
        .join(",");
    store::insert_cash_count(
        tx,
        acc.id,
        date,
        &denominations,
        counted,
        book,
        entry_id,
        &crate::kernel::clock::timestamp(),
    )?;
    Ok(CashCount {
        counted,
        book,
        entry_id,
        pieces,
    })
}

fn post_cash_difference(
    tx: &Connection,
    acc: &BankAccount,
    date: NaiveDate,
    difference: i64,
) -> Result<i64> {
    let settings = super::settings::BankSettings::load(tx)?;
    let chart = Chart::load(tx)?;
    let (other, memo) = if difference > 0 {
        (chart.resolve(&settings.cash_over)?.id, "現金過不足 (過剰)")
    } else {
        (chart.resolve(&settings.cash_short)?.id, "現金過不足 (不足)")
    };
    let line = |account_id, debit, credit| crate::ledger::NewLine {
        account_id,
        debit,
        credit,
        description: None,
        tax_category: crate::jp::tax_category::OUT_OF_SCOPE.into(),
    };
    let lines = if difference > 0 {
        vec![
            line(acc.ledger_account_id, difference, 0),
            line(other, 0, difference),
        ]
    } else {
        vec![
            line(other, -difference, 0),
            line(acc.ledger_account_id, 0, -difference),
        ]
    };
    let entry = crate::ledger::NewEntry {
        date,
        memo: format!("{memo} {}", acc.code),
        reference: Some(format!("cash-count:{}", acc.code)),
        origin: crate::ledger::Origin::Bank,
        import_hash: None,
        reverses: None,
        lines,
    };
    let currency = crate::company::Company::load(tx)?.currency;
    crate::ledger::post(tx, &entry, &currency)
}
