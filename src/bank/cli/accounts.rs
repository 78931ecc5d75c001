//! `bko bank accounts ...` and `bko bank profiles ...`.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::bank::profiles::Profile;
use crate::bank::{AccountKind, BankAccount, DepositType, ops, report};
use crate::company::Company;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;

/// Account commands.
#[derive(Debug, Subcommand)]
pub enum AccountsCommand {
    /// Add a bank, card or cash account.
    Add(AccountAddArgs),
    /// List accounts.
    List,
    /// Show one account.
    Show {
        /// Account code.
        code: String,
    },
    /// Change one field: name, kind, ledger_account, bank_code, branch_code, type, number,
    /// holder_kana, profile.
    Set {
        /// Account code.
        code: String,
        /// The field.
        field: String,
        /// The new value ("" clears an optional one).
        value: String,
    },
}

/// A new account's fields.
#[derive(Debug, Args)]
pub struct AccountAddArgs {
    /// Code used on the command line, e.g. MUFG.
    pub code: String,
    /// The ledger account its lines post to (default by kind: 普通預金, 未払金, 現金); a
    /// sub-account such as 普通預金/三菱UFJ works as well as a shared one.
    #[arg(long)]
    pub ledger_account: Option<String>,
    /// bank, card or cash.
    #[arg(long, default_value = "bank")]
    pub kind: String,
    /// A name to show.
    #[arg(long)]
    pub name: Option<String>,
    /// 金融機関コード (4 digits).
    #[arg(long)]
    pub bank_code: Option<String>,
    /// 支店コード (3 digits).
    #[arg(long)]
    pub branch_code: Option<String>,
    /// 預金種目: 普通, 当座 or 貯蓄.
    #[arg(long = "type")]
    pub deposit_type: Option<String>,
    /// 口座番号 (a 全銀 file for another number is refused).
    #[arg(long)]
    pub number: Option<String>,
    /// 口座名義 in kana.
    #[arg(long)]
    pub holder_kana: Option<String>,
    /// The statement layout its CSV files use (`bko bank profiles list`); default: detected.
    #[arg(long)]
    pub profile: Option<String>,
}

/// Runs an accounts subcommand.
pub fn run(ctx: &Ctx, cmd: AccountsCommand) -> Result<()> {
    match cmd {
        AccountsCommand::Add(a) => add(ctx, a),
        AccountsCommand::List => show(ctx, None),
        AccountsCommand::Show { code } => show(ctx, Some(&code)),
        AccountsCommand::Set { code, field, value } => {
            let mut db = ctx.open()?;
            db::write(&mut db, "bank accounts set", |tx| {
                ops::set_account(tx, &code, &field, &value)?;
                Ok(((), format!("bank account {code}: {field} = '{value}'")))
            })?;
            ctx.ui.info(format!("bank account {code}: {field} changed"));
            Ok(())
        }
    }
}

fn add(ctx: &Ctx, a: AccountAddArgs) -> Result<()> {
    let opt = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let account = BankAccount {
        id: 0,
        code: a.code.trim().to_string(),
        name: opt(a.name),
        kind: AccountKind::parse(&a.kind)?,
        ledger_account_id: 0,
        bank_code: opt(a.bank_code),
        branch_code: opt(a.branch_code),
        deposit_type: opt(a.deposit_type)
            .map(|t| DepositType::parse(&t))
            .transpose()?,
        number: opt(a.number),
        holder_kana: opt(a.holder_kana),
        profile: opt(a.profile),
    };
    let mut db = ctx.open()?;
    let added = db::write(&mut db, "bank accounts add", |tx| {
        let added = ops::add_account(tx, account, a.ledger_account.as_deref())?;
        let summary = format!("added bank account {}", added.code);
        Ok((added, summary))
    })?;
    ctx.ui
        .info(format!("added {} account {}", added.kind.key(), added.code));
    Ok(())
}

fn show(ctx: &Ctx, code: Option<&str>) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let list = match code {
        Some(c) => vec![crate::bank::account(&db.conn, c)?],
        None => crate::bank::accounts(&db.conn)?,
    };
    let chart = crate::ledger::chart::Chart::load(&db.conn)?;
    let name = |id: i64| {
        chart
            .by_id(id)
            .map(|a| format!("{} {}", a.code, a.name))
            .unwrap_or_default()
    };
    ctx.print(&report::accounts(&list, name, company.currency), lang)
}

/// Profile commands.
#[derive(Debug, Subcommand)]
pub enum ProfilesCommand {
    /// Describe a statement layout bko does not know.
    Add(Box<ProfileAddArgs>),
    /// List the layouts (yours first, then the built-in ones).
    List,
    /// Show one layout as JSON.
    Show {
        /// Profile name.
        name: String,
    },
    /// Write your layouts as JSON (to move them to another database).
    Export,
    /// Add or replace layouts from a JSON file written by `export`.
    Import {
        /// The JSON file.
        file: PathBuf,
    },
}

/// A statement layout; columns are header names (any width) or 1-based numbers.
#[derive(Debug, Args)]
pub struct ProfileAddArgs {
    /// Name.
    pub name: String,
    /// The date column (or three: year, month, day, comma-separated).
    #[arg(long, value_delimiter = ',', required = true)]
    pub date_column: Vec<String>,
    /// chrono date format, e.g. %Y/%m/%d, %Y%m%d, %Y年%m月%d日.
    #[arg(long, default_value = "")]
    pub date_format: String,
    /// One signed amount column (+ in, − out).
    #[arg(long)]
    pub amount_column: Option<String>,
    /// The money-in column.
    #[arg(long)]
    pub in_column: Option<String>,
    /// The money-out column.
    #[arg(long)]
    pub out_column: Option<String>,
    /// Columns joined into the description (comma-separated).
    #[arg(long, value_delimiter = ',', required = true)]
    pub description_columns: Vec<String>,
    /// The balance column.
    #[arg(long)]
    pub balance_column: Option<String>,
    /// The column with the bank's id of each line.
    #[arg(long)]
    pub id_column: Option<String>,
    /// The text encoding of the bank's files.
    #[arg(long, value_enum, default_value_t = crate::kernel::csvio::Encoding::Auto)]
    pub encoding: crate::kernel::csvio::Encoding,
    /// Lines before the header (default: found by the column names).
    #[arg(long)]
    pub skip_lines: Option<usize>,
    /// The file lists the newest line first.
    #[arg(long)]
    pub newest_first: bool,
    /// A card statement: positive amounts are charges.
    #[arg(long)]
    pub card: bool,
    /// What the layout is.
    #[arg(long, default_value = "")]
    pub about: String,
}

/// Runs a profiles subcommand.
pub fn profiles(ctx: &Ctx, cmd: ProfilesCommand) -> Result<()> {
    match cmd {
        ProfilesCommand::Add(a) => {
            let profile = profile_from(*a);
            let mut db = ctx.open()?;
            db::write(&mut db, "bank profiles add", |tx| {
                ops::save_profile(tx, &profile)?;
                Ok(((), format!("statement profile {}", profile.name)))
            })?;
            ctx.ui
                .info(format!("saved statement profile {}", profile.name));
            Ok(())
        }
        ProfilesCommand::List => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            let built_in: Vec<String> = crate::bank::profiles::built_in()
                .into_iter()
                .map(|p| p.name)
                .collect();
            let stored = crate::bank::user_profiles(&db.conn)?;
            let list: Vec<(Profile, bool)> = crate::bank::all_profiles(&db.conn)?
                .into_iter()
                .map(|p| {
                    let user = stored.contains(&p.name) || !built_in.contains(&p.name);
                    (p, user)
                })
                .collect();
            ctx.print(&report::profiles(&list, company.currency), lang)
        }
        ProfilesCommand::Show { name } => {
            let db = ctx.open()?;
            let profile = crate::bank::profile(&db.conn, &name)?;
            crate::kernel::output::print_json(&serde_json::to_value(profile)?)
        }
        ProfilesCommand::Export => {
            let db = ctx.open()?;
            let names = crate::bank::user_profiles(&db.conn)?;
            let list: Vec<Profile> = names
                .iter()
                .map(|n| crate::bank::profile(&db.conn, n))
                .collect::<Result<_>>()?;
            crate::kernel::output::print_json(&serde_json::to_value(list)?)
        }
        ProfilesCommand::Import { file } => {
            let mut db = ctx.open()?;
            let n = db::write(&mut db, "bank profiles import", |tx| {
                let n = ops::import_profiles(tx, &file)?;
                Ok((
                    n,
                    format!("imported {n} statement profiles from {}", file.display()),
                ))
            })?;
            ctx.ui.info(format!("imported {n} statement profiles"));
            Ok(())
        }
    }
}

/// The encoding as a profile stores it (the names its JSON has always used).
fn profile_encoding(encoding: crate::kernel::csvio::Encoding) -> &'static str {
    use crate::kernel::csvio::Encoding;
    match encoding {
        Encoding::Auto => "auto",
        Encoding::Utf8 | Encoding::Utf8Bom => "utf-8",
        Encoding::Cp932 => "cp932",
        Encoding::Utf16 => "utf-16",
    }
}

fn profile_from(a: ProfileAddArgs) -> Profile {
    Profile {
        name: a.name.trim().to_string(),
        about: a.about,
        kind: if a.card { "card" } else { "bank" }.into(),
        encoding: profile_encoding(a.encoding).into(),
        skip_lines: a.skip_lines,
        date: a.date_column,
        date_format: a.date_format,
        amount: a.amount_column,
        charges_positive: a.card,
        deposit: a.in_column,
        withdrawal: a.out_column,
        description: a.description_columns,
        balance: a.balance_column,
        id: a.id_column,
        newest_first: a.newest_first,
        skip_undated: false,
    }
}
