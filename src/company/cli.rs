//! `bko init` and `bko company show|set`.

use anyhow::{Result, bail};
use clap::{Args, Subcommand, ValueEnum};

use super::{Books, Company};
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::output::{Cell, Column, Lang, Report};
use crate::kernel::settings::{self as registry, SettingSpec};

/// Which chart of accounts a new company starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ChartChoice {
    /// About 90 accounts Japanese small companies use (弥生/freee defaults), with English names.
    #[default]
    JpStandard,
    /// No accounts: add or import your own.
    Empty,
}

/// Create a new company database (never touches an existing one).
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Company name (会社名).
    #[arg(long)]
    pub company: Option<String>,
    /// Qualified invoice issuer registration number: T + 13 digits.
    #[arg(long, value_name = "T0000000000000")]
    pub registration_number: Option<String>,
    /// First month of the fiscal year (1-12).
    #[arg(long, default_value_t = 4, value_name = "MONTH", value_parser = clap::value_parser!(u32).range(1..=12))]
    pub fiscal_year_start: u32,
    /// Book currency (ISO 4217).
    #[arg(long, default_value = "JPY")]
    pub currency: String,
    /// Starting chart of accounts.
    #[arg(long, value_enum, default_value_t = ChartChoice::JpStandard)]
    pub chart: ChartChoice,
    /// Language of reports and documents.
    #[arg(long, value_enum, default_value_t = Lang::Ja)]
    pub locale: Lang,
}

/// Company profile commands.
#[derive(Debug, Subcommand)]
pub enum CompanyCommand {
    /// Show the company profile and settings.
    Show,
    /// Change a setting: `bko company set address "東京都千代田区..."`.
    Set {
        /// The setting (see `bko company show`).
        key: String,
        /// The new value ("" clears an optional setting).
        value: String,
    },
}

/// Creates the database, the company profile and the chart in one transaction.
pub fn init(ctx: &Ctx, args: InitArgs, books: &dyn Books) -> Result<()> {
    let name = match args.company {
        Some(name) => name,
        None if ctx.ui.can_prompt() => ctx.ui.input("Company name (会社名)", None)?,
        None => bail!("missing --company NAME"),
    };
    let mut values = vec![
        ("name", (own("name")?.normalize)(&name)?),
        ("fiscal_year_start", args.fiscal_year_start.to_string()),
        ("currency", (own("currency")?.normalize)(&args.currency)?),
        (
            "locale",
            if args.locale == Lang::En { "en" } else { "ja" }.to_string(),
        ),
    ];
    if let Some(number) = &args.registration_number {
        values.push((
            "registration_number",
            (own("registration_number")?.normalize)(number)?,
        ));
    }
    let mut db = db::create(&ctx.db_path)?;
    let created = db::write(&mut db, "init", |tx| {
        for (key, value) in &values {
            registry::store(tx, key, value)?;
        }
        let accounts = match args.chart {
            ChartChoice::JpStandard => books.install_standard_chart(tx)?,
            ChartChoice::Empty => 0,
        };
        Ok((
            accounts,
            format!("created company '{name}' with {accounts} accounts"),
        ))
    });
    if let Err(err) = created {
        drop(db);
        let _ = std::fs::remove_file(&ctx.db_path);
        return Err(err);
    }
    ctx.ui.info(format!(
        "created company '{name}' in {} ({} accounts)",
        ctx.db_path.display(),
        created.unwrap_or_default()
    ));
    Ok(())
}

/// Runs a `company` subcommand.
/// Runs a `bko company` command; `settings` is every area's settings, in listing order.
pub fn run(
    ctx: &Ctx,
    cmd: CompanyCommand,
    settings: &[&[SettingSpec]],
    books: &dyn Books,
) -> Result<()> {
    match cmd {
        CompanyCommand::Show => show(ctx, settings),
        CompanyCommand::Set { key, value } => set(ctx, settings, books, &key, &value),
    }
}

/// A key of the company profile itself.
fn own(key: &str) -> Result<&'static SettingSpec> {
    registry::find(&[super::settings::SETTINGS], key)
}

fn show(ctx: &Ctx, settings: &[&[SettingSpec]]) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let mut report = Report::new(
        "company",
        company.currency,
        vec![
            Column::new("key", "項目", "Key"),
            Column::new("value", "値", "Value"),
            Column::new("default", "既定値", "Default"),
            Column::new("about", "説明", "About"),
        ],
    );
    for s in settings.iter().flat_map(|specs| specs.iter()) {
        report.rows.push(vec![
            Cell::text(s.key),
            Cell::opt_text(registry::stored(&db.conn, s.key)?),
            Cell::text(s.default),
            Cell::text(s.about),
        ]);
    }
    ctx.print(&report, lang)
}

fn set(
    ctx: &Ctx,
    settings: &[&[SettingSpec]],
    books: &dyn Books,
    key: &str,
    value: &str,
) -> Result<()> {
    let spec = registry::find(settings, key)?;
    let mut normalized =
        (spec.normalize)(value).map_err(|e| crate::kernel::error::prefixed(key, e))?;
    let mut db = ctx.open()?;
    db::write(&mut db, "company set", |tx| {
        if key == "currency" && books.has_entries(tx)? {
            bail!("the currency cannot change once the books have entries");
        }
        if key == "name" && normalized.is_empty() {
            bail!("the company name cannot be empty");
        }
        if key.ends_with("_account") && key != "bank_account" && !normalized.is_empty() {
            normalized = books.account_code(tx, &normalized)?;
        }
        let old = registry::stored(tx, key)?.unwrap_or_default();
        registry::store(tx, key, &normalized)?;
        Ok(((), format!("{key}: '{old}' -> '{normalized}'")))
    })?;
    ctx.ui.info(format!("{key} = {normalized}"));
    Ok(())
}
