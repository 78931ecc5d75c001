//! Tables, pay settings and 標準報酬月額.

use std::path::Path;

use anyhow::{Result, bail};

use super::{SetArgs, yes};
use crate::company::Company;
use crate::kernel::clock::{timestamp, today};
use crate::kernel::csvio::{CsvInput, Encoding};
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::output::{Cell, Column, Report};
use crate::kernel::period::Month;
use crate::payroll::import::{self, TableKind};
use crate::payroll::pay_settings::{self, BankChange, GradeBasis, PayChange};
use crate::payroll::{Basis, ops, report};
use crate::people;

/// `payroll rates list`.
pub fn rates_list(ctx: &Ctx) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    ctx.print(
        &report::tables(&ops::tables(&db.conn)?, company.currency),
        lang,
    )
}

/// `payroll rates import`: the layout is told by the header.
pub fn rates_import(
    ctx: &Ctx,
    file: &Path,
    from: &str,
    to: Option<&str>,
    encoding: Encoding,
) -> Result<()> {
    let from = Month::parse(from)?;
    let to = to.map(Month::parse).transpose()?;
    let mut input = CsvInput::open(file, encoding)?;
    let kind = TableKind::of(&input)?;
    let mut db = ctx.open()?;
    let n = db::write(&mut db, "payroll rates import", |tx| {
        let n = import::rate_tables(tx, &mut input, kind, from, to)?;
        let summary = format!(
            "imported {n} {} rows from {} for {from}",
            kind.key(),
            file.display()
        );
        Ok((n, summary))
    })?;
    ctx.ui
        .info(format!("{n} {} rows imported, from {from}", kind.key()));
    Ok(())
}

impl From<&SetArgs> for PayChange {
    fn from(a: &SetArgs) -> PayChange {
        PayChange {
            employee: a.employee.clone(),
            monthly: a.monthly,
            hourly: a.hourly,
            allowances: a.allowance.clone(),
            clear_allowances: a.clear_allowances,
            commuting: a.commuting,
            dependents: a.dependents,
            column: a.column.clone(),
            resident_tax: a.resident_tax,
            resident_tax_june: a.resident_tax_june,
            prefecture: a.prefecture.clone(),
            social_insurance: yes(&a.social_insurance),
            employment_insurance: yes(&a.employment_insurance),
            attendance_deductions: yes(&a.attendance_deductions),
            standard_monthly: a.standard_monthly,
            bank: BankChange {
                bank_code: a.bank_code.clone(),
                bank_name: a.bank_name.clone(),
                branch_code: a.branch_code.clone(),
                branch_name: a.branch_name.clone(),
                account_type: a.account_type.clone(),
                account_number: a.account_number.clone(),
            },
        }
    }
}

/// `payroll set`.
pub fn set(ctx: &Ctx, a: SetArgs) -> Result<()> {
    let month = Month::parse(&a.from)?;
    let change = PayChange::from(&a);
    let mut db = ctx.open()?;
    let now = timestamp();
    db::write(&mut db, "payroll set", |tx| {
        pay_settings::apply(tx, &change, month, &now)?;
        Ok(((), format!("pay settings of {} from {month}", a.employee)))
    })?;
    ctx.ui
        .info(format!("pay settings of {} saved from {month}", a.employee));
    Ok(())
}

/// `payroll import`: pay settings from CSV, one row per employee and month (all or nothing).
pub fn import(ctx: &Ctx, file: &Path, encoding: Encoding) -> Result<()> {
    let mut input = CsvInput::open(file, encoding)?;
    let mut db = ctx.open()?;
    let now = timestamp();
    let n = db::write(&mut db, "payroll import", |tx| {
        let n = import::pay_settings(tx, &mut input, &now)?;
        Ok((
            n,
            format!("imported {n} pay settings from {}", file.display()),
        ))
    })?;
    ctx.ui.info(format!("{n} pay settings imported"));
    Ok(())
}

/// `payroll settings`.
pub fn show(ctx: &Ctx, code: &str) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let e = people::by_code(&db.conn, code)?;
    let mut r = Report::new(
        "pay_settings",
        company.currency,
        vec![
            Column::new("valid_from", "適用開始", "From"),
            Column::new("basis", "給与形態", "Basis"),
            Column::new("base_amount", "基本給/時給", "Base"),
            Column::new("allowances", "手当", "Allowances"),
            Column::new("commuting", "通勤手当", "Commuting"),
            Column::new("dependents", "扶養", "Dependants"),
            Column::new("column", "税額表", "Column"),
            Column::new("resident_tax", "住民税", "Resident tax"),
            Column::new("prefecture", "都道府県", "Prefecture"),
            Column::new("social_insurance", "社会保険", "Social ins."),
            Column::new("employment_insurance", "雇用保険", "Employment ins."),
            Column::new("standard_monthly", "標準報酬月額", "Standard monthly"),
            Column::new("bank", "振込先", "Bank"),
        ],
    );
    for s in ops::settings_history(&db.conn, e.id)? {
        let allowances: Vec<String> = s
            .allowances
            .iter()
            .map(|a| format!("{}={}", a.name, a.amount))
            .collect();
        r.rows.push(vec![
            Cell::text(&s.valid_from),
            Cell::text(if s.basis == Basis::Monthly {
                "monthly"
            } else {
                "hourly"
            }),
            Cell::Money(s.base_amount),
            Cell::text(allowances.join("; ")),
            Cell::Money(s.commuting),
            Cell::Int(i64::from(s.dependents)),
            Cell::text(&s.column),
            Cell::Money(s.resident_tax),
            Cell::text(&s.prefecture),
            Cell::Bool(s.social_insurance),
            Cell::Bool(s.employment_insurance),
            s.standard_monthly.map_or(Cell::Empty, Cell::Money),
            Cell::opt_text(s.bank.as_ref().map(|b| {
                format!(
                    "{}-{} {} {}",
                    b.bank_code, b.branch_code, b.account_type, b.account_number
                )
            })),
        ]);
    }
    r.notes.push(format!("{} {}", e.code, e.name));
    ctx.print(&r, lang)
}

/// `payroll grade`.
pub fn grade(
    ctx: &Ctx,
    code: &str,
    remuneration: Option<i64>,
    teiji: Option<i32>,
    from: Option<&str>,
) -> Result<()> {
    let basis = match (remuneration, teiji) {
        (Some(amount), _) => GradeBasis::Remuneration {
            amount,
            from: match from {
                Some(m) => Month::parse(m)?,
                None => Month::of(today()?),
            },
        },
        (None, Some(year)) => GradeBasis::Teiji(year),
        (None, None) => bail!("give --remuneration AMOUNT or --teiji YEAR"),
    };
    let mut db = ctx.open()?;
    let message = db::write(&mut db, "payroll grade", |tx| {
        let m = pay_settings::set_grade(tx, code, basis, &timestamp())?;
        Ok((m.clone(), m))
    })?;
    ctx.ui.info(message);
    Ok(())
}
