//! SQL for bank accounts, statement lines, imports, matches, rules, profiles and cash counts.

use crate::kernel::period::IsoDate;
use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::types::{
    AccountKind, BankAccount, DepositType, Direction, Line, NewMatch, ParsedLine, Rule, RuleAction,
    TextOp,
};

const ACCOUNT: &str = "SELECT id, code, name, kind, ledger_account_id, bank_code, branch_code,
        account_type, number, holder_kana, profile FROM bank_account";

fn account_row(r: &Row) -> rusqlite::Result<BankAccount> {
    let kind: String = r.get(3)?;
    let deposit: Option<String> = r.get(7)?;
    Ok(BankAccount {
        id: r.get(0)?,
        code: r.get(1)?,
        name: r.get(2)?,
        kind: AccountKind::parse(&kind).unwrap_or(AccountKind::Bank),
        ledger_account_id: r.get(4)?,
        bank_code: r.get(5)?,
        branch_code: r.get(6)?,
        deposit_type: deposit.and_then(|d| DepositType::parse(&d).ok()),
        number: r.get(8)?,
        holder_kana: r.get(9)?,
        profile: r.get(10)?,
    })
}

/// Every account, by code.
pub fn accounts(conn: &Connection) -> Result<Vec<BankAccount>> {
    let mut stmt = conn.prepare(&format!("{ACCOUNT} ORDER BY code"))?;
    Ok(stmt
        .query_map([], account_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// One account by code.
pub fn account_by_code(conn: &Connection, code: &str) -> Result<Option<BankAccount>> {
    let mut stmt = conn.prepare_cached(&format!("{ACCOUNT} WHERE code = ?1"))?;
    Ok(stmt.query_row([code], account_row).optional()?)
}

/// The account with a bank code and number (leading zeros ignored).
pub fn account_by_number(
    conn: &Connection,
    bank_code: &str,
    number: &str,
) -> Result<Option<BankAccount>> {
    let all = accounts(conn)?;
    let strip = |s: &str| s.trim_start_matches('0').to_string();
    Ok(all.into_iter().find(|a| {
        a.number.as_deref().map(strip) == Some(strip(number))
            && a.bank_code
                .as_deref()
                .is_none_or(|b| strip(b) == strip(bank_code))
    }))
}

/// Adds or changes an account (by id: 0 adds).
pub fn save_account(conn: &Connection, a: &BankAccount) -> Result<i64> {
    let values = params![
        a.code,
        a.name,
        a.kind.key(),
        a.ledger_account_id,
        a.bank_code,
        a.branch_code,
        a.deposit_type.map(|d| d.key()),
        a.number,
        a.holder_kana,
        a.profile,
    ];
    if a.id == 0 {
        if account_by_code(conn, &a.code)?.is_some() {
            bail!("bank account '{}' already exists", a.code);
        }
        conn.execute(
            "INSERT INTO bank_account (code, name, kind, ledger_account_id, bank_code, branch_code,
                account_type, number, holder_kana, profile)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            values,
        )?;
        return Ok(conn.last_insert_rowid());
    }
    conn.execute(
        "UPDATE bank_account SET code = ?1, name = ?2, kind = ?3, ledger_account_id = ?4,
            bank_code = ?5, branch_code = ?6, account_type = ?7, number = ?8, holder_kana = ?9,
            profile = ?10 WHERE id = ?11",
        rusqlite::params_from_iter(
            values
                .iter()
                .copied()
                .chain(std::iter::once(&a.id as &dyn rusqlite::ToSql)),
        ),
    )?;
    Ok(a.id)
}

/// A user profile's JSON.
pub fn profile_spec(conn: &Connection, name: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT spec FROM bank_profile WHERE name = ?1",
            [name],
            |r| r.get(0),
        )
        .optional()?)
}

/// Every user profile's JSON, by name.
pub fn profile_specs(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT spec FROM bank_profile ORDER BY name")?;
    Ok(stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Adds or replaces a user profile.
pub fn save_profile(conn: &Connection, name: &str, spec: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO bank_profile (name, spec) VALUES (?1, ?2)
         ON CONFLICT (name) DO UPDATE SET spec = excluded.spec",
        params![name, spec],
    )?;
    Ok(())
}

/// Records an import (its counts follow with [`finish_import`]).
pub fn insert_import(
    conn: &Connection,
    account_id: i64,
    file: &str,
    format: &str,
    at: &str,
) -> Result<i64> {
    // The digest, the days covered and the counts are known once the file is read through
    // ([`finish_import`], in the same transaction).
    conn.execute(
        "INSERT INTO bank_import (account_id, file, sha256, format, imported_at, covered_from,
            covered_to, added, known) VALUES (?1, ?2, '', ?3, ?4, '', '', 0, 0)",
        params![account_id, file, format, at],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Stores what an import read: the file's digest, the days it covers, its counts.
pub fn finish_import(
    conn: &Connection,
    id: i64,
    sha256: &str,
    covered: (NaiveDate, NaiveDate),
    added: usize,
    known: usize,
) -> Result<()> {
    conn.execute(
        "UPDATE bank_import SET sha256 = ?2, covered_from = ?3, covered_to = ?4, added = ?5,
            known = ?6 WHERE id = ?1",
        params![id, sha256, covered.0, covered.1, added as i64, known as i64],
    )?;
    Ok(())
}

/// The last day statements of an account cover, if any was imported.
pub fn covered_through(conn: &Connection, account_id: i64) -> Result<Option<NaiveDate>> {
    Ok(conn.query_row(
        "SELECT MAX(covered_to) FROM bank_import WHERE account_id = ?1",
        [account_id],
        |r| r.get(0),
    )?)
}

/// The first day statements of an account cover, if any was imported.
pub fn covered_from(conn: &Connection, account_id: i64) -> Result<Option<NaiveDate>> {
    Ok(conn.query_row(
        "SELECT MIN(covered_from) FROM bank_import WHERE account_id = ?1",
        [account_id],
        |r| r.get(0),
    )?)
}

/// Statement lines stored as they are read, many to a statement; a line whose identity an
/// earlier download stored is skipped and counted as known.
pub struct LineInserter<'c> {
    conn: &'c Connection,
    account_id: i64,
    import_id: i64,
    waiting: Vec<(ParsedLine, String)>,
    added: usize,
    offered: usize,
}

/// Lines per `INSERT` (13 values each).
const LINES_PER_STATEMENT: usize = 64;

impl<'c> LineInserter<'c> {
    /// An empty batch for one import into one account.
    pub fn new(conn: &'c Connection, account_id: i64, import_id: i64) -> LineInserter<'c> {
        LineInserter {
            conn,
            account_id,
            import_id,
            waiting: Vec::with_capacity(LINES_PER_STATEMENT),
            added: 0,
            offered: 0,
        }
    }

    /// Stores a line under its identity (when the batch is full, with those before it).
    pub fn push(&mut self, line: ParsedLine, identity: String) -> Result<()> {
        self.waiting.push((line, identity));
        if self.waiting.len() == LINES_PER_STATEMENT {
            self.flush()?;
        }
        Ok(())
    }

    /// Stores what waits; returns (lines added, lines already stored).
    pub fn finish(mut self) -> Result<(usize, usize)> {
        self.flush()?;
        Ok((self.added, self.offered - self.added))
    }

    fn flush(&mut self) -> Result<()> {
        let (account_id, import_id) = (self.account_id, self.import_id);
        self.added += crate::kernel::db::insert_rows(
            self.conn,
            "INSERT INTO bank_line (account_id, import_id, file_line, identity, date, value_date,
                amount, balance, text, payer, edi, reference, raw) VALUES ",
            (13, " ON CONFLICT (account_id, identity) DO NOTHING"),
            &self.waiting,
            LINES_PER_STATEMENT,
            |(l, identity), bind| {
                // Dates written digit by digit: chrono's formatter was a tenth of a large import.
                let date = IsoDate::from(l.date);
                let value_date = l.value_date.map(IsoDate::from);
                bind(&account_id)?;
                bind(&import_id)?;
                bind(&(l.file_line as i64))?;
                bind(identity)?;
                bind(&date.as_str())?;
                bind(&value_date.as_ref().map(IsoDate::as_str))?;
                bind(&l.amount)?;
                bind(&l.balance)?;
                bind(&l.text)?;
                bind(&l.payer)?;
                bind(&l.edi)?;
                bind(&l.reference)?;
                bind(&l.raw)
            },
        )?;
        self.offered += self.waiting.len();
        self.waiting.clear();
        Ok(())
    }
}

const LINE: &str = "SELECT l.id, a.code, l.date, l.amount, l.balance, l.text, l.payer, l.edi,
        l.reference, m.kind, m.detail, m.entry_id
    FROM bank_line l JOIN bank_account a ON a.id = l.account_id
    LEFT JOIN bank_match m ON m.line_id = l.id AND m.undone_at IS NULL";

fn line_row(r: &Row) -> rusqlite::Result<Line> {
    let kind: Option<String> = r.get(9)?;
    Ok(Line {
        id: r.get(0)?,
        account: r.get(1)?,
        date: r.get(2)?,
        amount: r.get(3)?,
        balance: r.get(4)?,
        text: r.get(5)?,
        payer: r.get(6)?,
        edi: r.get(7)?,
        reference: r.get(8)?,
        matched: match kind {
            Some(k) => Some((k, r.get(10)?, r.get(11)?)),
            None => None,
        },
    })
}

/// Lines of one account (or all) between two dates, oldest first; `unmatched` keeps only those
/// without a live match.
pub fn lines(
    conn: &Connection,
    account_id: Option<i64>,
    from: NaiveDate,
    to: NaiveDate,
    unmatched: bool,
) -> Result<Vec<Line>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{LINE} WHERE (?1 IS NULL OR l.account_id = ?1) AND l.date BETWEEN ?2 AND ?3
           AND (?4 = 0 OR m.id IS NULL)
         ORDER BY l.date, l.id"
    ))?;
    Ok(stmt
        .query_map(params![account_id, from, to, unmatched as i64], line_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// One line by id.
pub fn line(conn: &Connection, id: i64) -> Result<Option<Line>> {
    let mut stmt = conn.prepare_cached(&format!("{LINE} WHERE l.id = ?1"))?;
    Ok(stmt.query_row([id], line_row).optional()?)
}

/// The balance the statement shows at the end of a day: the last line's balance on or before
/// it, if the bank prints balances.
pub fn statement_balance(
    conn: &Connection,
    account_id: i64,
    as_of: NaiveDate,
) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT balance FROM bank_line WHERE account_id = ?1 AND date <= ?2
             ORDER BY date DESC, import_id DESC, file_line DESC LIMIT 1",
            params![account_id, as_of],
            |r| r.get::<_, Option<i64>>(0),
        )
        .optional()?
        .flatten())
}

/// The balance before an account's first statement line, when the bank prints balances.
pub fn opening_balance(conn: &Connection, account_id: i64) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT balance - amount FROM bank_line WHERE account_id = ?1
             ORDER BY date, import_id, file_line LIMIT 1",
            [account_id],
            |r| r.get::<_, Option<i64>>(0),
        )
        .optional()?
        .flatten())
}

/// Records a match; a line with a live match is refused.
pub fn insert_match(conn: &Connection, m: &NewMatch, at: &str) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO bank_match (line_id, kind, entry_id, detail, score, auto, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        m.line_id, m.kind, m.entry_id, m.detail, m.score, m.auto, at
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Links an invoice payment to the match that recorded it.
pub fn insert_match_payment(
    conn: &Connection,
    match_id: i64,
    payment_id: i64,
    entry_id: i64,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO bank_match_payment (match_id, payment_id, entry_id) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![match_id, payment_id, entry_id])?;
    Ok(())
}

/// A live match: (id, kind, entry id, payments as (payment id, entry id)).
pub type LiveMatch = (i64, String, Option<i64>, Vec<(i64, i64)>);

/// The live match of a line.
pub fn live_match(conn: &Connection, line_id: i64) -> Result<Option<LiveMatch>> {
    let found: Option<(i64, String, Option<i64>)> = conn
        .prepare_cached(
            "SELECT id, kind, entry_id FROM bank_match WHERE line_id = ?1 AND undone_at IS NULL",
        )?
        .query_row([line_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    let Some((id, kind, entry)) = found else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT payment_id, entry_id FROM bank_match_payment WHERE match_id = ?1 ORDER BY payment_id",
    )?;
    let payments = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some((id, kind, entry, payments)))
}

/// Marks a match undone.
pub fn undo_match(conn: &Connection, id: i64, at: &str, undo_entry: Option<i64>) -> Result<()> {
    conn.execute(
        "UPDATE bank_match SET undone_at = ?2, undo_entry_id = ?3 WHERE id = ?1",
        params![id, at, undo_entry],
    )?;
    Ok(())
}

/// Entries that live matches of an account's lines account for, with the line's amount when
/// the line was matched to an entry already booked (it may be one part of it), or None for the
/// entries a match posted itself (its own entry, its invoice payments': wholly the line's).
pub fn matched_entries(conn: &Connection, account_id: i64) -> Result<Vec<(i64, Option<i64>)>> {
    let mut stmt = conn.prepare(
        "SELECT m.entry_id, CASE WHEN m.kind = 'entry' THEN l.amount END
           FROM bank_match m JOIN bank_line l ON l.id = m.line_id
          WHERE l.account_id = ?1 AND m.undone_at IS NULL AND m.entry_id IS NOT NULL
         UNION ALL
         SELECT p.entry_id, NULL FROM bank_match_payment p JOIN bank_match m ON m.id = p.match_id
           JOIN bank_line l ON l.id = m.line_id
          WHERE l.account_id = ?1 AND m.undone_at IS NULL",
    )?;
    Ok(stmt
        .query_map([account_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

const RULE: &str = "SELECT r.id, r.position, r.name, r.direction, a.code, r.text_op, r.text_value,
        r.min_amount, r.max_amount, r.action, r.target, r.tax, r.splits
    FROM bank_rule r LEFT JOIN bank_account a ON a.id = r.account_id";

fn rule_row(r: &Row) -> rusqlite::Result<(Rule, String)> {
    let text_op: Option<String> = r.get(5)?;
    let text_value: Option<String> = r.get(6)?;
    let direction: String = r.get(3)?;
    let action: String = r.get(9)?;
    Ok((
        Rule {
            id: r.get(0)?,
            position: r.get(1)?,
            name: r.get(2)?,
            direction: Direction::parse(&direction).unwrap_or(Direction::Any),
            account: r.get(4)?,
            text: text_op
                .and_then(|op| TextOp::parse(&op).ok())
                .zip(text_value),
            min_amount: r.get(7)?,
            max_amount: r.get(8)?,
            action: RuleAction::parse(&action).unwrap_or(RuleAction::Ignore),
            target: r.get(10)?,
            tax: r.get(11)?,
            splits: Vec::new(),
        },
        r.get::<_, Option<String>>(12)?.unwrap_or_default(),
    ))
}

/// Every rule in order, with its split lines as stored text.
pub fn rules(conn: &Connection) -> Result<Vec<(Rule, String)>> {
    let mut stmt = conn.prepare(&format!("{RULE} ORDER BY r.position, r.id"))?;
    Ok(stmt
        .query_map([], rule_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// Adds a rule (`account_id` resolved by the caller; `splits` as text).
pub fn insert_rule(
    conn: &Connection,
    rule: &Rule,
    account_id: Option<i64>,
    splits: &str,
) -> Result<()> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM bank_rule WHERE name = ?1)",
        [&rule.name],
        |r| r.get(0),
    )?;
    if exists {
        bail!("a rule named '{}' exists", rule.name);
    }
    conn.execute(
        "INSERT INTO bank_rule (position, name, direction, account_id, text_op, text_value,
            min_amount, max_amount, action, target, tax, splits)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            rule.position,
            rule.name,
            rule.direction.key(),
            account_id,
            rule.text.as_ref().map(|(op, _)| op.key()),
            rule.text.as_ref().map(|(_, v)| v.as_str()),
            rule.min_amount,
            rule.max_amount,
            rule.action.key(),
            rule.target,
            rule.tax,
            (!splits.is_empty()).then_some(splits),
        ],
    )?;
    Ok(())
}

/// Removes a rule by name; false when there was none.
pub fn delete_rule(conn: &Connection, name: &str) -> Result<bool> {
    Ok(conn.execute("DELETE FROM bank_rule WHERE name = ?1", [name])? == 1)
}

/// The next free position at the end of the list.
pub fn next_rule_position(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT COALESCE(MAX(position), 0) + 10 FROM bank_rule",
        [],
        |r| r.get(0),
    )?)
}

/// Records a cash count.
#[allow(clippy::too_many_arguments)]
pub fn insert_cash_count(
    conn: &Connection,
    account_id: i64,
    date: NaiveDate,
    denominations: &str,
    counted: i64,
    book: i64,
    entry_id: Option<i64>,
    at: &str,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO cash_count (account_id, date, denominations, counted, book, entry_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![account_id, date, denominations, counted, book, entry_id, at],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Live matches that point at an entry.
pub fn live_matches_of_entry(conn: &Connection, entry_id: i64) -> Result<Vec<i64>> {
    let mut stmt =
        conn.prepare_cached("SELECT id FROM bank_match WHERE entry_id = ?1 AND undone_at IS NULL")?;
    Ok(stmt
        .query_map([entry_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}
