//! `bko ledger accounts list|add|rename|archive|import`.

use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::{Args, Subcommand};

use super::Books;
use crate::jp::tax_category;
use crate::kernel::csvio::Encoding;
use crate::kernel::ctx::Ctx;
use crate::kernel::db;
use crate::ledger::{self, AccountType, NewAccount, Side, import, ops, report};

/// Chart of accounts commands.
#[derive(Debug, Subcommand)]
pub enum AccountsCommand {
    /// List the accounts.
    List {
        /// Include archived accounts.
        #[arg(long)]
        all: bool,
    },
    /// Add an account.
    Add(AddArgs),
    /// Rename an account; its history follows it.
    Rename {
        /// The account (code, Japanese or English name).
        account: String,
        /// New Japanese name.
        #[arg(long)]
        name: Option<String>,
        /// New English name.
        #[arg(long)]
        name_en: Option<String>,
    },
    /// Archive an account: it keeps its history but takes no new postings.
    Archive {
        /// The account (code, Japanese or English name).
        account: String,
    },
    /// Add accounts from CSV: code,name,name_en,type,section,tax_category (all or nothing).
    Import {
        /// The CSV file.
        file: PathBuf,
        /// Text encoding of the file.
        #[arg(long, value_enum, default_value_t = Encoding::Auto)]
        encoding: Encoding,
    },
}

/// Add an account to the chart.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// Code, e.g. 6410.
    pub code: String,
    /// Japanese (primary) name.
    pub name: String,
    /// English name.
    #[arg(long)]
    pub name_en: Option<String>,
    /// asset, liability, equity, revenue or expense.
    #[arg(long = "type", value_name = "TYPE")]
    pub account_type: String,
    /// Report section (default: the type's usual one), e.g. sga, current_assets, 販売費及び一般管理費.
    #[arg(long)]
    pub section: Option<String>,
    /// Default tax category, e.g. 課対仕入10%.
    #[arg(long)]
    pub tax: Option<String>,
    /// Normal balance side for contra accounts (default: the type's).
    #[arg(long, value_parser = ["debit", "credit"])]
    pub normal_side: Option<String>,
}

/// Runs an accounts subcommand.
pub fn run(ctx: &Ctx, cmd: AccountsCommand) -> Result<()> {
    match cmd {
        AccountsCommand::List { all } => list(ctx, all),
        AccountsCommand::Add(args) => add(ctx, args),
        AccountsCommand::Rename {
            account,
            name,
            name_en,
        } => rename(ctx, &account, name, name_en),
        AccountsCommand::Archive { account } => archive(ctx, &account),
        AccountsCommand::Import { file, encoding } => import_accounts(ctx, &file, encoding),
    }
}

fn list(ctx: &Ctx, all: bool) -> Result<()> {
    let db = ctx.open()?;
    let books = Books::load(ctx, &db.conn)?;
    let chart = if all {
        books.chart
    } else {
        ledger::Chart::new(ops::accounts(&db.conn, false)?)
    };
    ctx.print(
        &report::accounts(&chart, books.company.currency, books.lang),
        books.lang,
    )
}

fn add(ctx: &Ctx, args: AddArgs) -> Result<()> {
    let account_type = AccountType::parse(&args.account_type)?;
    let section = match &args.section {
        Some(text) => ledger::section(text)?,
        None => ledger::default_section(account_type),
    };
    if section.account_type != account_type {
        bail!(
            "section '{}' holds {} accounts, not {}",
            section.key,
            section.account_type.key(),
            account_type.key()
        );
    }
    let tax = match &args.tax {
        Some(text) => tax_category::parse(text)?.key.to_string(),
        None => tax_category::OUT_OF_SCOPE.to_string(),
    };
    let normal_side = match args.normal_side.as_deref() {
        Some(side) => Side::parse(side)?,
        None => account_type.normal_side(),
    };
    let account = NewAccount {
        code: args.code.trim().to_string(),
        name: args.name.trim().to_string(),
        name_en: args
            .name_en
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty()),
        account_type,
        normal_side,
        section,
        tax_category: tax,
    };
    if account.code.is_empty() || account.name.is_empty() {
        bail!("an account needs a code and a name");
    }
    let mut db = ctx.open()?;
    db::write(&mut db, "ledger accounts add", |tx| {
        crate::ledger::insert_account(tx, &account)?;
        Ok((
            (),
            format!("added account {} {}", account.code, account.name),
        ))
    })?;
    ctx.ui
        .info(format!("added account {} {}", account.code, account.name));
    Ok(())
}

fn rename(ctx: &Ctx, which: &str, name: Option<String>, name_en: Option<String>) -> Result<()> {
    if name.is_none() && name_en.is_none() {
        bail!("give --name and/or --name-en");
    }
    let mut db = ctx.open()?;
    db::write(&mut db, "ledger accounts rename", |tx| {
        let chart = ledger::Chart::load(tx)?;
        let account = chart.resolve(which)?;
        ops::rename_account(tx, account.id, name.as_deref(), name_en.as_deref())?;
        Ok((
            (),
            format!(
                "renamed account {} ({} -> {:?} / {:?})",
                account.code, account.name, name, name_en
            ),
        ))
    })?;
    ctx.ui.info("renamed");
    Ok(())
}

fn archive(ctx: &Ctx, which: &str) -> Result<()> {
    let mut db = ctx.open()?;
    let message = db::write(&mut db, "ledger accounts archive", |tx| {
        let chart = ledger::Chart::load(tx)?;
        let account = chart.resolve(which)?;
        let balance = ops::archive_account(tx, account)?;
        let msg = format!("archived account {} {}", account.code, account.name);
        let note = if balance != 0 {
            format!("{msg}; note: it still has a balance of {balance}")
        } else {
            msg.clone()
        };
        Ok((note, msg))
    })?;
    ctx.ui.info(message);
    Ok(())
}

fn import_accounts(ctx: &Ctx, file: &std::path::Path, encoding: Encoding) -> Result<()> {
    let accounts = import::read_accounts(file, encoding)?;
    let mut db = ctx.open()?;
    let count = accounts.len();
    db::write(&mut db, "ledger accounts import", |tx| {
        for (line, account) in &accounts {
            crate::ledger::insert_account(tx, account).map_err(|e| {
                crate::kernel::error::prefixed(format!("{}:{line}", file.display()), e)
            })?;
        }
        Ok((
            (),
            format!("imported {count} accounts from {}", file.display()),
        ))
    })?;
    ctx.ui
        .info(format!("imported {count} accounts from {}", file.display()));
    Ok(())
}
