//! `bko invoice customers ...` and `bko invoice items ...`.

use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::{Args, Subcommand};

use crate::company::Company;
use crate::invoice::{import, ops, report};
use crate::kernel::csvio::Encoding;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;

/// Customer commands.
#[derive(Debug, Subcommand)]
pub enum CustomersCommand {
    /// Add a customer.
    Add(Box<CustomerArgs>),
    /// List customers.
    List,
    /// Show one customer.
    Show {
        /// Customer code.
        code: String,
    },
    /// Change one field: name, kana, honorific, department, contact, postal_code, address, email,
    /// registration_number, payment_terms, tax_pricing.
    Set {
        /// Customer code.
        code: String,
        /// The field.
        field: String,
        /// The new value ("" clears an optional field).
        value: String,
    },
    /// Payer names a customer's transfers arrive under (learned by `bko bank` matching too).
    #[command(subcommand)]
    Alias(AliasCommand),
    /// Add customers from CSV (code,name,honorific,department,contact,postal_code,address,email,
    /// registration_number,payment_terms,tax_pricing,kana), all or nothing.
    Import {
        /// The CSV file.
        file: PathBuf,
        /// Text encoding.
        #[arg(long, value_enum, default_value_t = Encoding::Auto)]
        encoding: Encoding,
    },
}

/// Payer alias commands.
#[derive(Debug, Subcommand)]
pub enum AliasCommand {
    /// Add a payer name, as the bank writes it (e.g. "ｱﾙﾌｧｼｮｳｼﾞ").
    Add {
        /// Customer code.
        customer: String,
        /// The name on the transfer.
        alias: String,
    },
    /// List a customer's payer names.
    List {
        /// Customer code.
        customer: String,
    },
    /// Remove a payer name.
    Remove {
        /// Customer code.
        customer: String,
        /// The name (any width or spelling that reads the same).
        alias: String,
    },
}

/// A customer's fields.
#[derive(Debug, Args)]
pub struct CustomerArgs {
    /// Short code used on the command line, e.g. ABC.
    pub code: String,
    /// Company or person name.
    pub name: String,
    /// The name as bank transfers show it, in kana (e.g. アルファショウジ): matches deposits.
    #[arg(long)]
    pub kana: Option<String>,
    /// 御中 (company or department, the default) or 様 (person).
    #[arg(long)]
    pub honorific: Option<String>,
    /// Department (部署).
    #[arg(long)]
    pub department: Option<String>,
    /// Contact person (担当者); the addressee then ends in 様 instead of 御中.
    #[arg(long)]
    pub contact: Option<String>,
    /// Postal code.
    #[arg(long)]
    pub postal_code: Option<String>,
    /// Address.
    #[arg(long)]
    pub address: Option<String>,
    /// E-mail.
    #[arg(long)]
    pub email: Option<String>,
    /// The customer's registration number (T + 13 digits), if any.
    #[arg(long)]
    pub registration_number: Option<String>,
    /// Payment terms: 月末締め翌月末払い (default, eom+1), 月末締め翌々月末払い (eom+2), net30,
    /// 月末締め翌月10日払い.
    #[arg(long)]
    pub terms: Option<String>,
    /// exclusive (税抜, default) or inclusive (税込) unit prices.
    #[arg(long)]
    pub pricing: Option<String>,
}

/// Item catalogue commands.
#[derive(Debug, Subcommand)]
pub enum ItemsCommand {
    /// Add an item.
    Add {
        /// Code used with --item CODE:QTY.
        code: String,
        /// Name printed on invoices.
        name: String,
        /// Unit price.
        #[arg(long, value_parser = crate::kernel::money::check_amount_text)]
        price: String,
        /// Tax rate: 10, 8 (reduced) or 0.
        #[arg(long)]
        rate: String,
        /// Unit (個, 時間, 式, ...).
        #[arg(long)]
        unit: Option<String>,
    },
    /// List items.
    List,
    /// Add items from CSV (code,name,unit,unit_price,tax_rate), all or nothing.
    Import {
        /// The CSV file.
        file: PathBuf,
        /// Text encoding.
        #[arg(long, value_enum, default_value_t = Encoding::Auto)]
        encoding: Encoding,
    },
}

/// Runs a customers subcommand.
pub fn customers(ctx: &Ctx, cmd: CustomersCommand) -> Result<()> {
    match cmd {
        CustomersCommand::Add(a) => add_customer(ctx, *a),
        CustomersCommand::List => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            let list = ops::list_customers(&db.conn)?;
            ctx.print(&report::customers(&list, company.currency), lang)
        }
        CustomersCommand::Show { code } => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            let Some(c) = ops::customer_by_code(&db.conn, &code)? else {
                bail!("unknown customer '{code}'");
            };
            ctx.print(&report::customers(&[c], company.currency), lang)
        }
        CustomersCommand::Set { code, field, value } if field == "kana" => {
            set_kana(ctx, &code, &value)
        }
        CustomersCommand::Set { code, field, value } if field == "peppol_id" => {
            set_peppol_id(ctx, &code, &value)
        }
        CustomersCommand::Set { code, field, value } => set_customer(ctx, &code, &field, &value),
        CustomersCommand::Import { file, encoding } => import_customers(ctx, &file, encoding),
        CustomersCommand::Alias(cmd) => alias(ctx, cmd),
    }
}

/// `invoice customers add`.
fn add_customer(ctx: &Ctx, a: CustomerArgs) -> Result<()> {
    let mut c = import::customer(
        &a.code,
        &a.name,
        a.honorific.as_deref(),
        a.department.as_deref(),
        a.contact.as_deref(),
        a.postal_code.as_deref(),
        a.address.as_deref(),
        a.email.as_deref(),
        a.registration_number.as_deref(),
        a.terms.as_deref(),
        a.pricing.as_deref(),
    )?;
    c.kana = import::kana(a.kana.as_deref())?;
    let mut db = ctx.open()?;
    db::write(&mut db, "invoice customers add", |tx| {
        crate::invoice::insert_customer(tx, &c)?;
        Ok((
            (),
            format!("added customer {} {}", c.code, c.addressee.name),
        ))
    })?;
    ctx.ui.info(format!(
        "added customer {} ({})",
        c.code,
        c.addressee.line()
    ));
    Ok(())
}

/// `invoice customers import`.
fn import_customers(ctx: &Ctx, file: &std::path::Path, encoding: Encoding) -> Result<()> {
    let list = import::read_customers(file, encoding)?;
    let mut db = ctx.open()?;
    let count = list.len();
    db::write(&mut db, "invoice customers import", |tx| {
        for (line, c) in &list {
            crate::invoice::insert_customer(tx, c).map_err(|e| {
                crate::kernel::error::prefixed(
                    format!("{}:{line}: column 'code'", file.display()),
                    e,
                )
            })?;
        }
        Ok((
            (),
            format!("imported {count} customers from {}", file.display()),
        ))
    })?;
    ctx.ui.info(format!("imported {count} customers"));
    Ok(())
}

fn set_customer(ctx: &Ctx, code: &str, field: &str, value: &str) -> Result<()> {
    let mut db = ctx.open()?;
    db::write(&mut db, "invoice customers set", |tx| {
        let Some(c) = ops::customer_by_code(tx, code)? else {
            bail!("unknown customer '{code}'");
        };
        let a = &c.addressee;
        let h = a.honorific.map(|h| h.as_str());
        let (mut fields, v) = (
            [
                Some(a.name.as_str()),
                h,
                a.department.as_deref(),
                a.contact.as_deref(),
                a.postal_code.as_deref(),
                a.address.as_deref(),
                c.email.as_deref(),
                c.registration_number.as_deref(),
                Some(c.payment_terms.as_str()),
                Some(c.tax_pricing.key()),
            ],
            Some(value),
        );
        let names = [
            "name",
            "honorific",
            "department",
            "contact",
            "postal_code",
            "address",
            "email",
            "registration_number",
            "payment_terms",
            "tax_pricing",
        ];
        let Some(index) = names.iter().position(|n| *n == field) else {
            bail!(
                "unknown field '{field}' (fields: {}, kana)",
                names.join(", ")
            );
        };
        fields[index] = v;
        let mut updated = import::customer(
            code,
            fields[0].unwrap_or(""),
            fields[1],
            fields[2],
            fields[3],
            fields[4],
            fields[5],
            fields[6],
            fields[7],
            fields[8],
            fields[9],
        )?;
        updated.id = c.id;
        updated.kana = c.kana.clone();
        updated.peppol_id = c.peppol_id.clone();
        ops::update_customer(tx, &updated)?;
        Ok(((), format!("customer {code}: {field} = '{value}'")))
    })?;
    ctx.ui.info(format!("customer {code}: {field} updated"));
    Ok(())
}

/// `invoice customers set CODE peppol_id SCHEME:ID` (empty clears it).
fn set_peppol_id(ctx: &Ctx, code: &str, value: &str) -> Result<()> {
    let peppol_id = import::peppol_id(Some(value))?;
    let mut db = ctx.open()?;
    db::write(&mut db, "invoice customers set", |tx| {
        let Some(c) = ops::customer_by_code(tx, code)? else {
            bail!("unknown customer '{code}'");
        };
        ops::update_customer(tx, &crate::invoice::Customer { peppol_id, ..c })?;
        Ok(((), format!("customer {code}: peppol_id = '{value}'")))
    })?;
    ctx.ui.info(format!("customer {code}: peppol_id updated"));
    Ok(())
}

/// `invoice customers set CODE kana VALUE`.
fn set_kana(ctx: &Ctx, code: &str, value: &str) -> Result<()> {
    let kana = import::kana(Some(value))?;
    let mut db = ctx.open()?;
    db::write(&mut db, "invoice customers set", |tx| {
        let Some(c) = ops::customer_by_code(tx, code)? else {
            bail!("unknown customer '{code}'");
        };
        ops::update_customer(tx, &crate::invoice::Customer { kana, ..c })?;
        Ok(((), format!("customer {code}: kana = '{value}'")))
    })?;
    ctx.ui.info(format!("customer {code}: kana updated"));
    Ok(())
}

/// `invoice customers alias ...`.
fn alias(ctx: &Ctx, cmd: AliasCommand) -> Result<()> {
    use crate::invoice::receipts;
    let customer_id = |conn: &rusqlite::Connection, code: &str| -> Result<i64> {
        match ops::customer_by_code(conn, code)? {
            Some(c) => Ok(c.id),
            None => bail!("unknown customer '{code}'"),
        }
    };
    match cmd {
        AliasCommand::Add { customer, alias } => {
            let mut db = ctx.open()?;
            let added = db::write(&mut db, "invoice customers alias add", |tx| {
                let added = receipts::add_alias(tx, customer_id(tx, &customer)?, &alias, false)?;
                Ok((added, format!("customer {customer}: payer alias '{alias}'")))
            })?;
            ctx.ui.info(if added {
                format!("customer {customer}: transfers from '{alias}' are theirs")
            } else {
                format!("customer {customer} already has '{alias}'")
            });
            Ok(())
        }
        AliasCommand::Remove { customer, alias } => {
            let mut db = ctx.open()?;
            db::write(&mut db, "invoice customers alias remove", |tx| {
                if !receipts::remove_alias(tx, customer_id(tx, &customer)?, &alias)? {
                    bail!("customer {customer} has no payer alias '{alias}'");
                }
                Ok((
                    (),
                    format!("customer {customer}: removed payer alias '{alias}'"),
                ))
            })?;
            ctx.ui
                .info(format!("customer {customer}: removed '{alias}'"));
            Ok(())
        }
        AliasCommand::List { customer } => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            let list = receipts::aliases_of(&db.conn, customer_id(&db.conn, &customer)?)?;
            ctx.print(&report::aliases(&customer, &list, company.currency), lang)
        }
    }
}

/// Runs an items subcommand.
pub fn items(ctx: &Ctx, cmd: ItemsCommand) -> Result<()> {
    match cmd {
        ItemsCommand::Add {
            code,
            name,
            price,
            rate,
            unit,
        } => {
            let item = import::item(&code, &name, unit.as_deref(), &price, &rate)?;
            let mut db = ctx.open()?;
            db::write(&mut db, "invoice items add", |tx| {
                ops::insert_item(tx, &item)?;
                Ok(((), format!("added item {code}")))
            })?;
            ctx.ui.info(format!("added item {code}"));
            Ok(())
        }
        ItemsCommand::List => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            ctx.print(
                &report::items(&ops::list_items(&db.conn)?, company.currency),
                lang,
            )
        }
        ItemsCommand::Import { file, encoding } => {
            let list = import::read_items(&file, encoding)?;
            let mut db = ctx.open()?;
            let count = list.len();
            db::write(&mut db, "invoice items import", |tx| {
                for (line, item) in &list {
                    ops::insert_item(tx, item).map_err(|e| {
                        crate::kernel::error::prefixed(
                            format!("{}:{line}: column 'code'", file.display()),
                            e,
                        )
                    })?;
                }
                Ok((
                    (),
                    format!("imported {count} items from {}", file.display()),
                ))
            })?;
            ctx.ui.info(format!("imported {count} items"));
            Ok(())
        }
    }
}
