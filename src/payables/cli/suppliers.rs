//! `bko payables suppliers ...`.

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::company::Company;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::payables::{Supplier, Withholding, ops, report};

/// Supplier commands.
#[derive(Debug, Subcommand)]
pub enum SuppliersCommand {
    /// Add a supplier.
    Add(Box<SupplierArgs>),
    /// Add or replace suppliers from CSV (code,name,kana,registration_number,address,bank_code,
    /// branch_code,bank_name,branch_name,account_type,account_number,holder_kana,terms,
    /// fee_bearer,covered,withholding,expense_account,payable_account); all or nothing.
    Import {
        /// The CSV file.
        file: std::path::PathBuf,
        /// The file's encoding.
        #[arg(long, value_enum, default_value_t = crate::kernel::csvio::Encoding::Auto)]
        encoding: crate::kernel::csvio::Encoding,
    },
    /// List suppliers.
    List,
    /// Show one supplier.
    Show {
        /// Supplier code.
        code: String,
    },
    /// Change one field: name, kana, registration_number, address, bank_code, branch_code,
    /// bank_name, branch_name, account_type, account_number, holder_kana, terms, fee_bearer, covered, withholding,
    /// expense_account, payable_account.
    Set {
        /// Supplier code.
        code: String,
        /// The field.
        field: String,
        /// The new value ("" clears an optional one).
        value: String,
    },
}

/// A supplier's fields.
#[derive(Debug, Args)]
pub struct SupplierArgs {
    /// Code, e.g. TOKYO.
    pub code: String,
    /// Name.
    pub name: String,
    /// Name in kana.
    #[arg(long)]
    pub kana: Option<String>,
    /// T-number (T + 13 digits); leave out for a supplier that is not registered.
    #[arg(long)]
    pub registration_number: Option<String>,
    /// Address.
    #[arg(long)]
    pub address: Option<String>,
    /// 金融機関コード (4 digits).
    #[arg(long)]
    pub bank_code: Option<String>,
    /// 支店コード (3 digits).
    #[arg(long)]
    pub branch_code: Option<String>,
    /// 銀行名 in kana (ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ); optional in the 総合振込 file.
    #[arg(long)]
    pub bank_name: Option<String>,
    /// 支店名 in kana.
    #[arg(long)]
    pub branch_name: Option<String>,
    /// 普通, 当座 or 貯蓄.
    #[arg(long = "type")]
    pub account_type: Option<String>,
    /// 口座番号 (up to 7 digits).
    #[arg(long)]
    pub account_number: Option<String>,
    /// 口座名義 in kana (written half-width into the 総合振込 file).
    #[arg(long)]
    pub holder_kana: Option<String>,
    /// Payment terms: 月末締め翌月末払い (eom+1, default), net30, ...
    #[arg(long, default_value = "eom+1")]
    pub terms: String,
    /// Who bears the transfer fee: us (default) or supplier.
    #[arg(long, default_value = "us")]
    pub fee_bearer: String,
    /// 取適法 covers the relationship (a small supplier): pay within 60 days, bear the fee.
    #[arg(long)]
    pub covered: bool,
    /// Withholding: none (default), fee (報酬 所法204) or judicial (司法書士).
    #[arg(long, default_value = "none")]
    pub withholding: String,
    /// Default expense account of its bills.
    #[arg(long)]
    pub expense_account: Option<String>,
    /// Where its bills are owed (default 未払金; 買掛金 for goods).
    #[arg(long)]
    pub payable_account: Option<String>,
    /// The tax rate (税区分) of its bill lines that state none: 10, 8 (reduced) or 0.
    #[arg(long)]
    pub tax_rate: Option<String>,
}

/// Runs a suppliers subcommand.
pub fn run(ctx: &Ctx, cmd: SuppliersCommand) -> Result<()> {
    match cmd {
        SuppliersCommand::Add(a) => add(ctx, *a),
        SuppliersCommand::List => show(ctx, None),
        SuppliersCommand::Import { file, encoding } => {
            let rows = crate::payables::import::read_suppliers(&file, encoding)?;
            let mut db = ctx.open()?;
            let (added, replaced) = db::write(&mut db, "payables suppliers import", |tx| {
                let counts = ops::import_suppliers(tx, &rows, &file)?;
                let summary = format!("suppliers from {}: {counts:?}", file.display());
                Ok((counts, summary))
            })?;
            ctx.ui
                .info(format!("{added} suppliers added, {replaced} replaced"));
            Ok(())
        }
        SuppliersCommand::Show { code } => show(ctx, Some(&code)),
        SuppliersCommand::Set { code, field, value } => {
            let mut db = ctx.open()?;
            db::write(&mut db, "payables suppliers set", |tx| {
                ops::set_supplier(tx, &code, &field, &value)?;
                Ok(((), format!("supplier {code}: {field} = '{value}'")))
            })?;
            ctx.ui.info(format!("supplier {code}: {field} changed"));
            Ok(())
        }
    }
}

fn add(ctx: &Ctx, a: SupplierArgs) -> Result<()> {
    let opt = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let supplier = Supplier {
        id: 0,
        code: a.code.trim().to_string(),
        name: a.name.trim().to_string(),
        kana: opt(a.kana),
        registration_number: opt(a.registration_number),
        address: opt(a.address),
        bank_code: opt(a.bank_code),
        branch_code: opt(a.branch_code),
        bank_name: opt(a.bank_name),
        branch_name: opt(a.branch_name),
        account_type: opt(a.account_type),
        account_number: opt(a.account_number),
        holder_kana: opt(a.holder_kana),
        payment_terms: a.terms,
        fee_bearer: a.fee_bearer,
        covered: a.covered,
        withholding: Withholding::parse(&a.withholding)?,
        expense_account_id: None,
        payable_account_id: 0,
        tax_rate: a
            .tax_rate
            .as_deref()
            .map(crate::jp::consumption_tax::parse_rate)
            .transpose()?,
    };
    let mut db = ctx.open()?;
    let added = db::write(&mut db, "payables suppliers add", |tx| {
        let s = ops::add_supplier(
            tx,
            supplier,
            a.expense_account.as_deref(),
            a.payable_account.as_deref(),
        )?;
        let summary = format!("added supplier {}", s.code);
        Ok((s, summary))
    })?;
    if added.registration_number.is_none() {
        ctx.ui.warn(format!(
            "{} has no registration number: its bills' tax is only partly creditable (経過措置)",
            added.code
        ));
    }
    ctx.ui
        .info(format!("added supplier {} {}", added.code, added.name));
    Ok(())
}

fn show(ctx: &Ctx, code: Option<&str>) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let list = match code {
        Some(c) => vec![ops::supplier(&db.conn, c)?],
        None => ops::suppliers(&db.conn)?,
    };
    ctx.print(&report::suppliers(&list, company.currency), lang)
}
