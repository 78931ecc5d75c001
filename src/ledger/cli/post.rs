//! `bko ledger post|reverse|lock|unlock`: writing to the books by hand.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;

use super::Books;
use crate::jp::tax_category;
use crate::kernel::clock::today;
use crate::kernel::ctx::Ctx;
use crate::kernel::db;
use crate::kernel::error::Exit;
use crate::kernel::money::{Currency, parse_amount};
use crate::kernel::output::Report;
use crate::kernel::period::parse_date;
use crate::ledger::JournalFilter;
use crate::ledger::ops;
use crate::ledger::{self, Chart, NewEntry, NewLine, report};

/// Post a journal entry: `bko ledger post --date 2026-04-01 --memo "家賃" --debit 地代家賃=110000
/// --credit 普通預金=110000`. With a terminal and missing values it asks; with --yes it never does.
#[derive(Debug, Args)]
pub struct PostArgs {
    /// Transaction date (default: today).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// What happened (摘要).
    #[arg(long)]
    pub memo: Option<String>,
    /// A debit line ACCOUNT=AMOUNT (repeat for several); the account by code or name.
    #[arg(long, value_name = "ACCOUNT=AMOUNT", value_parser = check_line)]
    pub debit: Vec<String>,
    /// A credit line ACCOUNT=AMOUNT (repeat for several).
    #[arg(long, value_name = "ACCOUNT=AMOUNT", value_parser = check_line)]
    pub credit: Vec<String>,
    /// Tax category for the revenue and expense lines (default: each account's own).
    #[arg(long, value_name = "CATEGORY")]
    pub tax: Option<String>,
    /// An outside reference (voucher or invoice number).
    #[arg(long = "ref", value_name = "TEXT")]
    pub reference: Option<String>,
}

/// Reverse a posted entry: post its mirror image, linked to it.
#[derive(Debug, Args)]
pub struct ReverseArgs {
    /// The entry id.
    pub entry: i64,
    /// Date of the reversal (default: today; not before the original).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Memo (default: 取消 + the original memo).
    #[arg(long)]
    pub memo: Option<String>,
}

/// Lock the books through a date.
#[derive(Debug, Args)]
pub struct LockArgs {
    /// The last locked date (inclusive).
    #[arg(long, value_parser = parse_date)]
    pub through: NaiveDate,
}

/// Move the lock back to an earlier date, or remove it with `--to none`.
#[derive(Debug, Args)]
pub struct UnlockArgs {
    /// The new last locked date, or `none`.
    #[arg(long, value_name = "DATE|none")]
    pub to: String,
    /// Required: unlocking reopens periods that were closed.
    #[arg(long)]
    pub force: bool,
    /// Why (kept in the audit log).
    #[arg(long)]
    pub reason: Option<String>,
}

/// Checks `ACCOUNT=AMOUNT` as clap parses it: a malformed line is a usage error (exit 2); an
/// unknown account or a locked date is found later (exit 1).
fn check_line(text: &str) -> Result<String> {
    let (_, amount) = split_line(text)?;
    parse_amount(amount)?;
    Ok(text.to_string())
}

/// Parses `ACCOUNT=AMOUNT` (the last `=` splits, so names may contain one).
fn split_line(text: &str) -> Result<(&str, &str)> {
    match text.rsplit_once('=') {
        Some((account, amount)) if !account.trim().is_empty() => Ok((account.trim(), amount)),
        _ => bail!("'{text}' is not ACCOUNT=AMOUNT"),
    }
}

/// Builds one side's lines from `ACCOUNT=AMOUNT` arguments.
fn lines_from_args(
    args: &[String],
    debit_side: bool,
    tax: Option<&str>,
    chart: &Chart,
    currency: &Currency,
) -> Result<Vec<NewLine>> {
    args.iter()
        .map(|arg| {
            let (name, amount_text) = split_line(arg)?;
            let account = chart.resolve(name)?;
            let amount = parse_amount(amount_text)?;
            if amount.is_sign_negative() || amount.is_zero() {
                bail!("'{arg}': amounts must be positive");
            }
            let minor = currency
                .to_minor(amount)
                .map_err(|e| crate::kernel::error::prefixed(format!("'{arg}'"), e))?;
            let tax_category = match tax {
                Some(key) if account.account_type.is_profit_and_loss() => key.to_string(),
                _ => account.tax_category.clone(),
            };
            Ok(NewLine {
                account_id: account.id,
                debit: if debit_side { minor } else { 0 },
                credit: if debit_side { 0 } else { minor },
                description: None,
                tax_category,
            })
        })
        .collect()
}

/// Posts an entry from flags, or asks for what is missing on a terminal.
pub fn post(ctx: &Ctx, mut args: PostArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let books = Books::load(ctx, &db.conn)?;
    let currency = books.company.currency;
    let tax = args
        .tax
        .as_deref()
        .map(tax_category::parse)
        .transpose()?
        .map(|c| c.key);
    if args.debit.is_empty() || args.credit.is_empty() {
        if !ctx.ui.can_prompt() {
            return Err(Exit::usage(
                "give at least one --debit ACCOUNT=AMOUNT and one --credit ACCOUNT=AMOUNT \
                 (no terminal to ask on, or --yes)",
            ));
        }
        ask_for_entry(ctx, &books, &mut args)?;
    }
    let date = match args.date {
        Some(d) => d,
        None => today()?,
    };
    let mut lines = lines_from_args(&args.debit, true, tax, &books.chart, &currency)?;
    lines.extend(lines_from_args(
        &args.credit,
        false,
        tax,
        &books.chart,
        &currency,
    )?);
    let entry = NewEntry {
        date,
        memo: args.memo.unwrap_or_default(),
        reference: args.reference.filter(|r| !r.is_empty()),
        origin: crate::ledger::Origin::Manual,
        import_hash: None,
        reverses: None,
        lines,
    };
    let total: i64 = entry.lines.iter().map(|l| l.debit).sum();
    let id = db::write(&mut db, "ledger post", |tx| {
        let id = ledger::post(tx, &entry, &currency)?;
        Ok((
            id,
            format!(
                "entry {id} {date} {} '{}'",
                currency.plain(total),
                entry.memo
            ),
        ))
    })?;
    ctx.ui.info(format!("posted entry {id}"));
    show_entries(ctx, &db.conn, &books, id - 1)
}

/// Prints the entries with ids above `after` (what a command just posted).
fn show_entries(ctx: &Ctx, conn: &rusqlite::Connection, books: &Books, after: i64) -> Result<()> {
    let report = journal_after(conn, books, after)?;
    ctx.print(&report, books.lang)
}

/// The journal report of entries with ids above `after`.
pub(super) fn journal_after(
    conn: &rusqlite::Connection,
    books: &Books,
    after: i64,
) -> Result<Report> {
    let mut report = Report::new("journal", books.company.currency, report::journal_columns());
    let filter = JournalFilter {
        after_id: Some(after),
        ..Default::default()
    };
    ops::journal(conn, &filter, |row| {
        report
            .rows
            .push(report::journal_row(&row, &books.chart, books.lang));
        Ok(())
    })?;
    Ok(report)
}

/// The interactive entry form: date, memo, then account/side/amount until it balances.
fn ask_for_entry(ctx: &Ctx, books: &Books, args: &mut PostArgs) -> Result<()> {
    let ui = &ctx.ui;
    let lang = books.lang;
    if args.date.is_none() {
        let text = ui.input(lang.pick("日付", "Date"), Some(&today()?.to_string()))?;
        args.date = Some(parse_date(&text)?);
    }
    if args.memo.is_none() {
        args.memo = Some(ui.input(lang.pick("摘要", "Memo"), Some(""))?);
    }
    ask_for_lines(ctx, books, args)?;
    let preview = format!(
        "{} --debit {} --credit {}",
        args.date.map(|d| d.to_string()).unwrap_or_default(),
        args.debit.join(" --debit "),
        args.credit.join(" --credit ")
    );
    ui.info(preview);
    if !ui.confirm(
        lang.pick("この仕訳を登録しますか?", "Post this entry?"),
        true,
    )? {
        bail!("cancelled; nothing was posted");
    }
    Ok(())
}

/// Asks for account, side and amount, showing the totals, until debits equal credits.
fn ask_for_lines(ctx: &Ctx, books: &Books, args: &mut PostArgs) -> Result<()> {
    let (ui, lang, currency) = (&ctx.ui, books.lang, books.company.currency);
    let accounts: Vec<&ledger::Account> = books
        .chart
        .accounts
        .iter()
        .filter(|a| !a.archived)
        .collect();
    let labels: Vec<String> = accounts
        .iter()
        .map(|a| {
            format!(
                "{} {} {}",
                a.code,
                a.name,
                a.name_en.as_deref().unwrap_or("")
            )
        })
        .collect();
    let sides = vec![
        lang.pick("借方", "Debit").to_string(),
        lang.pick("貸方", "Credit").to_string(),
    ];
    loop {
        let debit: i64 = sum_args(&args.debit, &currency);
        let credit: i64 = sum_args(&args.credit, &currency);
        ui.info(format!(
            "{} {}  {} {}",
            lang.pick("借方計", "Debits"),
            currency.display(debit),
            lang.pick("貸方計", "Credits"),
            currency.display(credit)
        ));
        if debit > 0 && debit == credit {
            break;
        }
        let Some(pick) = ui.pick(
            lang.pick("勘定科目 (Escで中止)", "Account (Esc to cancel)"),
            &labels,
        )?
        else {
            bail!("cancelled; nothing was posted");
        };
        let side = ui.pick(lang.pick("貸借", "Side"), &sides)?.unwrap_or(0);
        let suggestion = currency.plain((debit - credit).abs());
        let amount = ui.input(lang.pick("金額", "Amount"), Some(&suggestion))?;
        let line = format!("{}={amount}", accounts[pick].code);
        if side == 0 {
            args.debit.push(line);
        } else {
            args.credit.push(line);
        }
    }
    Ok(())
}

fn sum_args(args: &[String], currency: &Currency) -> i64 {
    args.iter()
        .filter_map(|a| split_line(a).ok())
        .filter_map(|(_, amount)| parse_amount(amount).ok())
        .filter_map(|d| currency.to_minor(d).ok())
        .sum()
}

/// Posts the mirror entry of a posted one.
pub fn reverse(ctx: &Ctx, args: ReverseArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let books = Books::load(ctx, &db.conn)?;
    let currency = books.company.currency;
    let date = match args.date {
        Some(d) => d,
        None => today()?,
    };
    let id = db::write(&mut db, "ledger reverse", |tx| {
        let lang = books.lang;
        let memo = |original: &str| {
            args.memo
                .clone()
                .unwrap_or_else(|| format!("{}: {original}", lang.pick("取消", "Reversal")))
        };
        let id = ops::reverse(tx, args.entry, date, memo, &currency)?;
        Ok((
            id,
            format!("entry {id} reverses entry {} on {date}", args.entry),
        ))
    })?;
    ctx.ui
        .info(format!("posted entry {id}, reversing entry {}", args.entry));
    show_entries(ctx, &db.conn, &books, id - 1)
}

/// Locks the books through a date.
pub fn lock(ctx: &Ctx, args: LockArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let through = args.through;
    db::write(&mut db, "ledger lock", |tx| {
        let current = ops::lock(tx, through)?;
        let was = current.map_or("none".to_string(), |d| d.to_string());
        Ok(((), format!("locked through {through} (was {was})")))
    })?;
    ctx.ui
        .info(format!("the books are locked through {through}"));
    Ok(())
}

/// Moves the lock back; needs --force and is audited with its reason.
pub fn unlock(ctx: &Ctx, args: UnlockArgs) -> Result<()> {
    let target = match args.to.trim() {
        "none" => None,
        text => Some(parse_date(text)?),
    };
    if !args.force {
        bail!(
            "unlocking reopens periods that were closed; add --force to do it (and --reason to say why)"
        );
    }
    let mut db = ctx.open()?;
    db::write(&mut db, "ledger unlock", |tx| {
        let current = ops::unlock(tx, target)?;
        let to = target.map_or("none".to_string(), |d| d.to_string());
        let reason = args
            .reason
            .clone()
            .unwrap_or_else(|| "(no reason given)".into());
        Ok((
            (),
            format!("unlocked: lock moved from {current} to {to}; reason: {reason}"),
        ))
    })?;
    ctx.ui.info(match target {
        Some(t) => format!("the books are now locked through {t}"),
        None => "the books are no longer locked".to_string(),
    });
    Ok(())
}
