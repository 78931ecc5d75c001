//! `bko bank rules ...`.

use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::{Args, Subcommand};

use crate::bank::rules::{COLUMNS, from_row, parse_splits};
use crate::bank::{Direction, Rule, RuleAction, TextOp, ops, report};
use crate::company::Company;
use crate::kernel::csvio::{ColumnSpec, CsvInput, Encoding};
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;

/// Rule commands.
#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Add a rule (at the end, or at --position).
    Add(Box<RuleAddArgs>),
    /// List the rules in order.
    List,
    /// Show one rule.
    Show {
        /// Rule name.
        name: String,
    },
    /// Remove a rule.
    Remove {
        /// Rule name.
        name: String,
    },
    /// Add rules from CSV (name,direction,account,text_op,text,min_amount,max_amount,action,
    /// target,tax,splits), all or nothing.
    Import {
        /// The CSV file.
        file: PathBuf,
        /// Text encoding.
        #[arg(long, value_enum, default_value_t = Encoding::Auto)]
        encoding: Encoding,
    },
    /// Write the rules as CSV (the import's columns).
    Export,
}

/// A rule: conditions (all that are given must hold) and an action.
#[derive(Debug, Args)]
pub struct RuleAddArgs {
    /// Unique name.
    pub name: String,
    /// in, out or any.
    #[arg(long, default_value = "any")]
    pub direction: String,
    /// Only lines of this bank account.
    #[arg(long)]
    pub account: Option<String>,
    /// The description (or payer) contains this.
    #[arg(long, group = "text")]
    pub contains: Option<String>,
    /// The description is exactly this.
    #[arg(long, group = "text")]
    pub exact: Option<String>,
    /// The description starts with this.
    #[arg(long, group = "text")]
    pub prefix: Option<String>,
    /// The description ends with this.
    #[arg(long, group = "text")]
    pub suffix: Option<String>,
    /// The description matches this regular expression.
    #[arg(long, group = "text")]
    pub regex: Option<String>,
    /// Smallest amount.
    #[arg(long)]
    pub min: Option<String>,
    /// Largest amount.
    #[arg(long)]
    pub max: Option<String>,
    /// post, split, transfer or ignore.
    #[arg(long)]
    pub action: String,
    /// Ledger account (post, split: the rest) or bank account code (transfer).
    #[arg(long)]
    pub target: Option<String>,
    /// Tax category of the target line (default: the account's).
    #[arg(long)]
    pub tax: Option<String>,
    /// Fixed lines of a split: ACCOUNT:AMOUNT[:TAX], repeatable; a negative amount sits on the
    /// bank's side (預り金:-10210 on a fee paid net of withholding).
    #[arg(long = "split")]
    pub splits: Vec<String>,
    /// Where in the order (lower first; default: at the end).
    #[arg(long, default_value_t = 0)]
    pub position: i64,
}

/// Runs a rules subcommand.
pub fn run(ctx: &Ctx, cmd: RulesCommand) -> Result<()> {
    match cmd {
        RulesCommand::Add(a) => {
            let rule = rule_from(*a)?;
            let mut db = ctx.open()?;
            db::write(&mut db, "bank rules add", |tx| {
                ops::add_rule(tx, &rule)?;
                Ok(((), format!("bank rule {}", rule.name)))
            })?;
            ctx.ui.info(format!("added rule {}", rule.name));
            Ok(())
        }
        RulesCommand::List | RulesCommand::Export => list(ctx, None),
        RulesCommand::Show { name } => list(ctx, Some(&name)),
        RulesCommand::Remove { name } => {
            let mut db = ctx.open()?;
            db::write(&mut db, "bank rules remove", |tx| {
                ops::remove_rule(tx, &name)?;
                Ok(((), format!("removed bank rule {name}")))
            })?;
            ctx.ui.info(format!("removed rule {name}"));
            Ok(())
        }
        RulesCommand::Import { file, encoding } => import(ctx, &file, encoding),
    }
}

fn list(ctx: &Ctx, name: Option<&str>) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let mut rules = ops::rules(&db.conn)?;
    if let Some(name) = name {
        rules.retain(|r| r.name == name);
        if rules.is_empty() {
            bail!("there is no rule '{name}'");
        }
    }
    ctx.print(&report::rules(&rules, company.currency), lang)
}

fn rule_from(a: RuleAddArgs) -> Result<Rule> {
    let text = [
        (TextOp::Contains, a.contains),
        (TextOp::Exact, a.exact),
        (TextOp::Prefix, a.prefix),
        (TextOp::Suffix, a.suffix),
        (TextOp::Regex, a.regex),
    ]
    .into_iter()
    .find_map(|(op, v)| v.map(|v| (op, v)));
    let amount = |v: Option<String>| v.map(|t| crate::bank::profiles::parse_yen(&t)).transpose();
    Ok(Rule {
        id: 0,
        position: a.position,
        name: a.name.trim().to_string(),
        direction: Direction::parse(&a.direction)?,
        account: a.account,
        text,
        min_amount: amount(a.min)?,
        max_amount: amount(a.max)?,
        action: RuleAction::parse(&a.action)?,
        target: a.target,
        tax: a
            .tax
            .map(|t| crate::jp::tax_category::parse(&t).map(|c| c.key.to_string()))
            .transpose()?,
        splits: parse_splits(&a.splits.join(";"))?,
    })
}

fn import(ctx: &Ctx, file: &std::path::Path, encoding: Encoding) -> Result<()> {
    let specs: Vec<ColumnSpec> = COLUMNS
        .iter()
        .map(|c| ColumnSpec {
            name: c,
            aliases: &[],
            required: matches!(*c, "name" | "action"),
        })
        .collect();
    let mut input = CsvInput::open(file, encoding)?;
    let index = input.columns(&specs)?;
    let mut rules = Vec::new();
    while let Some(row) = input.next_row()? {
        rules.push((row.line, from_row(&row, &index)?));
    }
    let mut db = ctx.open()?;
    let n = rules.len();
    db::write(&mut db, "bank rules import", |tx| {
        for (line, rule) in &rules {
            ops::add_rule(tx, rule).map_err(|e| {
                crate::kernel::error::prefixed(format!("{}:{line}", file.display()), e)
            })?;
        }
        Ok((
            (),
            format!("imported {n} bank rules from {}", file.display()),
        ))
    })?;
    ctx.ui.info(format!("imported {n} rules"));
    Ok(())
}
