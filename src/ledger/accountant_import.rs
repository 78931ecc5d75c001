//! The accountant's adjusting entries coming back: a 弥生 (25 columns, no header), MF (仕訳帳) or
//! freee (仕訳帳) CSV — CP932 or UTF-8 — read row by row, accounts matched by name (every unknown
//! name listed at once, each with the nearest names of the chart), tax-included amounts split
//! back into the net line and its 仮払消費税等 (purchases) / 仮受消費税等 (sales) line, and posted in the caller's
//! transaction, all or nothing. An entry that is one of bko's own (its number is an entry of the
//! books with the same date and the same amounts per account: it was exported from here) is
//! recognised and left out, so a whole export sent back imports only what the accountant added.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::accountant::{Target, rate_of};
use super::{Chart, NewEntry, NewLine, Origin, store};
use crate::kernel::csvio::{Encoding, decode_all};
use crate::kernel::error::hinted;
use crate::kernel::money::Currency;

/// One side of one row of the accountant's file.
#[derive(Debug, Clone)]
struct Side {
    line: u64,
    account: String,
    debit: bool,
    amount: i64,
    tax: i64,
    tax_name: String,
    description: String,
}

/// An entry as the file groups it: its number (伝票No / 取引No / 伝票番号), date and sides.
#[derive(Debug, Clone)]
struct Entry {
    number: String,
    date: NaiveDate,
    sides: Vec<Side>,
}

/// What an accountant import did.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Entries posted.
    pub posted: u64,
    /// Entries left out as bko's own.
    pub own: u64,
    /// First and last posted entry ids.
    pub ids: Option<(i64, i64)>,
}

/// Imports an accountant's file into the open transaction.
pub fn import(
    conn: &Connection,
    path: &Path,
    target: Target,
    currency: &Currency,
) -> Result<Summary> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {name}"))?;
    let (text, _) = decode_all(&name, &bytes, Encoding::Auto)?;
    let text = text.trim_start_matches('\u{feff}');
    let entries = match target {
        Target::Yayoi => read_yayoi(&name, text)?,
        Target::MoneyForward | Target::Freee => read_with_header(&name, text, target)?,
    };
    let chart = Chart::load(conn)?;
    check_accounts(&name, &entries, &chart)?;
    let mut summary = Summary::default();
    for entry in &entries {
        let new = to_new_entry(&name, entry, &chart)?;
        if is_own(conn, entry, &new)? {
            summary.own += 1;
            continue;
        }
        let id = super::post(conn, &new, currency)
            .with_context(|| format!("{name}:{}: entry {}", entry.sides[0].line, entry.number))?;
        summary.posted += 1;
        summary.ids = Some(summary.ids.map_or((id, id), |(first, _)| (first, id)));
    }
    Ok(summary)
}

fn records(text: &str, headers: bool) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(headers)
        .flexible(true)
        .from_reader(text.as_bytes())
}

/// A date as the programs write it: 2026/04/01, 2026-04-01, 20260401, or 弥生's R08/04/01.
fn parse_date(text: &str) -> Result<NaiveDate> {
    let text = text.trim();
    if let Some(rest) = text.strip_prefix('R').or_else(|| text.strip_prefix('r')) {
        let parts: Vec<&str> = rest.split('/').collect();
        if let [y, m, d] = parts.as_slice() {
            let year = 2018 + y.parse::<i32>().context("the era year")?;
            return NaiveDate::from_ymd_opt(year, m.parse()?, d.parse()?)
                .ok_or_else(|| anyhow::anyhow!("'{text}' is not a date"));
        }
    }
    if text.len() == 8 && text.chars().all(|c| c.is_ascii_digit()) {
        let date = NaiveDate::parse_from_str(text, "%Y%m%d")
            .map_err(|_| anyhow::anyhow!("'{text}' is not a date"))?;
        return crate::kernel::period::in_book_years(date, text);
    }
    crate::kernel::period::parse_date(text)
}

fn amount(text: &str) -> Result<i64> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(0);
    }
    let value: i64 = text
        .replace(',', "")
        .parse()
        .map_err(|_| anyhow::anyhow!("'{text}' is not a whole amount"))?;
    if value < 0 {
        bail!("'{text}' is negative");
    }
    Ok(value)
}

/// A side from its fields: account, 税区分, amount, tax (an empty account is no side).
fn side(
    line: u64,
    debit: bool,
    [account, tax_name, amount_text, tax_text]: [&str; 4],
    description: &str,
) -> Result<Option<Side>> {
    let value = amount(amount_text).with_context(|| "the amount".to_string())?;
    if account.trim().is_empty() || value == 0 {
        return Ok(None);
    }
    Ok(Some(Side {
        line,
        account: account.trim().to_string(),
        debit,
        amount: value,
        tax: amount(tax_text).with_context(|| "the tax amount".to_string())?,
        tax_name: tax_name.trim().to_string(),
        description: description.trim().to_string(),
    }))
}

/// 弥生インポート形式: 25 columns, no header; 識別フラグ 2000 or 2111 is an entry of one row,
/// 2110 … 2100 … 2101 the rows of one 伝票.
fn read_yayoi(name: &str, text: &str) -> Result<Vec<Entry>> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut open = false;
    for (index, record) in records(text, false).records().enumerate() {
        let line = index as u64 + 1;
        let r = record.with_context(|| format!("{name}:{line}"))?;
        if r.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if r.len() != 25 {
            bail!("{name}:{line}: {} fields; a 弥生 row has 25", r.len());
        }
        let at = |column: usize, what: &str, e: anyhow::Error| {
            anyhow::anyhow!("{name}:{line}: column {column} ({what}): {e:#}")
        };
        let flag = r[0].trim();
        let date = parse_date(&r[3]).map_err(|e| at(4, "取引日付", e))?;
        let description = &r[16];
        let debit = side(line, true, [&r[4], &r[7], &r[8], &r[9]], description)
            .map_err(|e| at(9, "借方金額", e))?;
        let credit = side(line, false, [&r[10], &r[13], &r[14], &r[15]], description)
            .map_err(|e| at(15, "貸方金額", e))?;
        let starts = match flag {
            "2000" | "2111" | "2110" => true,
            "2100" | "2101" => !open,
            other => bail!(
                "{name}:{line}: column 1 (識別フラグ): '{other}' is not 2000, 2111, 2110, 2100 or 2101"
            ),
        };
        if starts {
            entries.push(Entry {
                number: r[1].trim().to_string(),
                date,
                sides: Vec::new(),
            });
        }
        let entry = entries.last_mut().expect("an entry was started");
        entry.sides.extend(debit.into_iter().chain(credit));
        open = flag == "2110" || flag == "2100";
    }
    Ok(entries)
}

/// MF and freee: a header row naming the columns; rows of one entry share its number and date
/// (freee also starts each entry with a `[表題行]` row).
fn read_with_header(name: &str, text: &str, target: Target) -> Result<Vec<Entry>> {
    let (number, amount_suffix) = match target {
        Target::MoneyForward => ("取引No", "金額(円)"),
        _ => ("伝票番号", "金額"),
    };
    let mut reader = records(text, true);
    let headers: Vec<String> = reader
        .headers()?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let find = |column: &str| -> Result<usize> {
        headers.iter().position(|h| h == column).ok_or_else(|| {
            anyhow::anyhow!("{name}:1: no column '{column}' (is this the right --as?)")
        })
    };
    let sides = |prefix: &str| -> Result<[usize; 4]> {
        Ok([
            find(&format!("{prefix}勘定科目"))?,
            find(&format!("{prefix}税区分"))?,
            find(&format!("{prefix}{amount_suffix}"))?,
            find(&format!("{prefix}税額"))?,
        ])
    };
    let (c_number, c_date, c_desc) = (
        find(number)?,
        find(if target == Target::Freee {
            "日付"
        } else {
            "取引日"
        })?,
        find("摘要")?,
    );
    let (c_debit, c_credit) = (sides("借方")?, sides("貸方")?);
    let mut entries: Vec<Entry> = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let line = index as u64 + 2;
        let r = record.with_context(|| format!("{name}:{line}"))?;
        if r.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let get = |i: usize| r.get(i).unwrap_or("");
        let date = parse_date(get(c_date))
            .map_err(|e| anyhow::anyhow!("{name}:{line}: column '{}': {e:#}", headers[c_date]))?;
        let key = get(c_number).trim().to_string();
        let new_entry = match entries.last() {
            None => true,
            Some(last) => {
                last.number != key
                    || last.date != date
                    || (target == Target::Freee && get(0).trim() == "[表題行]")
            }
        };
        if new_entry {
            entries.push(Entry {
                number: key,
                date,
                sides: Vec::new(),
            });
        }
        for (columns, debit) in [(c_debit, true), (c_credit, false)] {
            let fields = columns.map(get);
            let s = side(line, debit, fields, get(c_desc)).map_err(|e| {
                anyhow::anyhow!("{name}:{line}: column '{}': {e:#}", headers[columns[2]])
            })?;
            entries.last_mut().expect("an entry").sides.extend(s);
        }
    }
    Ok(entries)
}

/// Every account name the file uses must be in the chart; the unknown ones are listed together,
/// each with the chart's nearest names.
fn check_accounts(name: &str, entries: &[Entry], chart: &Chart) -> Result<()> {
    let mut unknown: BTreeMap<&str, u64> = BTreeMap::new();
    for side in entries.iter().flat_map(|e| &e.sides) {
        if chart.resolve(&side.account).is_err() {
            unknown.entry(side.account.as_str()).or_insert(side.line);
        }
    }
    if unknown.is_empty() {
        return Ok(());
    }
    let names: Vec<String> = chart.accounts.iter().map(|a| a.name.clone()).collect();
    let list: Vec<String> = unknown
        .iter()
        .map(|(account, line)| {
            let mut near: Vec<(f64, &String)> = names
                .iter()
                .map(|n| (strsim::normalized_levenshtein(account, n), n))
                .filter(|(score, _)| *score >= 0.4)
                .collect();
            near.sort_by(|a, b| b.0.total_cmp(&a.0));
            let hint = near
                .iter()
                .take(2)
                .map(|(_, n)| n.as_str())
                .collect::<Vec<_>>();
            if hint.is_empty() {
                format!("  {account} (line {line})")
            } else {
                format!(
                    "  {account} (line {line}) — did you mean {}?",
                    hint.join(" or ")
                )
            }
        })
        .collect();
    Err(hinted(
        format!(
            "{name}: {} account name(s) are not in the chart:\n{}",
            unknown.len(),
            list.join("\n")
        ),
        "add them (`bko ledger accounts add`) or rename them in the file; nothing was imported",
    ))
}

/// The entry bko posts: each tax-included taxable side split into its net line and a tax line
/// on 仮払消費税等 (a purchase category) or 仮受消費税等 (a sales category).
fn to_new_entry(name: &str, entry: &Entry, chart: &Chart) -> Result<NewEntry> {
    let mut lines = Vec::new();
    for s in &entry.sides {
        let account = chart.resolve(&s.account)?;
        let category = category_of(name, s, &account.tax_category)?;
        let tax = if rate_of(&category).is_some() {
            s.tax
        } else {
            0
        };
        if tax >= s.amount && tax > 0 {
            bail!(
                "{name}:{}: the tax {tax} is not less than the amount {}",
                s.line,
                s.amount
            );
        }
        let push = |lines: &mut Vec<NewLine>, account_id: i64, amount: i64, category: String| {
            lines.push(NewLine {
                account_id,
                debit: if s.debit { amount } else { 0 },
                credit: if s.debit { 0 } else { amount },
                description: Some(s.description.clone()).filter(|d| !d.is_empty()),
                tax_category: category,
            });
        };
        push(&mut lines, account.id, s.amount - tax, category.clone());
        if tax > 0 {
            // The tax of a purchase (or of its return) is 仮払消費税等, of a sale 仮受消費税等,
            // whichever side the line is on.
            let tax_account = if category.starts_with("purchase") {
                "仮払消費税等"
            } else {
                "仮受消費税等"
            };
            let tax_id = chart
                .resolve(tax_account)
                .with_context(|| format!("{name}:{}: the tax goes to {tax_account}", s.line))?
                .id;
            push(
                &mut lines,
                tax_id,
                tax,
                crate::jp::tax_category::OUT_OF_SCOPE.to_string(),
            );
        }
    }
    let memo = entry
        .sides
        .first()
        .map(|s| s.description.clone())
        .unwrap_or_default();
    Ok(NewEntry {
        date: entry.date,
        memo,
        reference: Some(entry.number.clone()).filter(|n| !n.is_empty()),
        origin: Origin::Import,
        import_hash: None,
        reverses: None,
        lines,
    })
}

/// The bko tax category of a side: its 税区分 read in any program's spelling, else the
/// account's own; a partly creditable purchase is refused (its share belongs in a bill).
fn category_of(name: &str, s: &Side, account_default: &str) -> Result<String> {
    if Target::partly_creditable(&s.tax_name) {
        return Err(hinted(
            format!(
                "{name}:{}: 税区分 '{}' is only partly creditable (経過措置 or 控除不可)",
                s.line, s.tax_name
            ),
            "enter that purchase as a bill (`bko payables bills add`), which books the \
             creditable share, or split its tax in the file",
        ));
    }
    match s.tax_name.as_str() {
        "" => Ok(account_default.to_string()),
        other => Target::tax_key(other)
            .map(str::to_string)
            .or_else(|| {
                crate::jp::tax_category::parse(other)
                    .ok()
                    .map(|c| c.key.to_string())
            })
            .ok_or_else(|| {
                anyhow::anyhow!("{name}:{}: '{other}' is not a 税区分 bko knows", s.line)
            }),
    }
}

/// Whether an entry is one of bko's own sent back: the books hold an entry with its number, on
/// its date, with the same amount on each account.
fn is_own(conn: &Connection, entry: &Entry, new: &NewEntry) -> Result<bool> {
    let Ok(id) = entry.number.parse::<i64>() else {
        return Ok(false);
    };
    let Some(stored) = store::entry_by_id(conn, id)? else {
        return Ok(false);
    };
    if stored.date != entry.date {
        return Ok(false);
    }
    let sums = |lines: &mut dyn Iterator<Item = (i64, i64)>| {
        let mut by_account: BTreeMap<i64, i64> = BTreeMap::new();
        for (account, signed) in lines {
            *by_account.entry(account).or_default() += signed;
        }
        by_account
    };
    let theirs = sums(&mut new.lines.iter().map(|l| (l.account_id, l.debit - l.credit)));
    let ours = sums(
        &mut stored
            .lines
            .iter()
            .map(|l| (l.account_id, l.debit - l.credit)),
    );
    Ok(theirs == ours)
}
