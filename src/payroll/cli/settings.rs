//! Tables, pay settings and 標準報酬月額.

use std::path::Path;

use anyhow::{Result, bail};
use rust_decimal::Decimal;

use super::SetArgs;
use crate::company::Company;
use crate::jp::zengin::{BANK_NAME_WIDTH, check_name};
use crate::kernel::clock::{timestamp, today};
use crate::kernel::csvio::{ColumnSpec, CsvInput, Encoding};
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::error::FieldError;
use crate::kernel::output::{Cell, Column, Report};
use crate::kernel::period::Month;
use crate::payroll::insurance::Grade;
use crate::payroll::tax::{Band, Row};
use crate::payroll::{Allowance, BankAccount, Basis, PaySetting, report, store};
use crate::people::{self, Employment};

/// `payroll rates list`.
pub fn rates_list(ctx: &Ctx) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    ctx.print(
        &report::tables(&store::table_summary(&db.conn)?, company.currency),
        lang,
    )
}

fn spec(name: &'static str) -> ColumnSpec {
    ColumnSpec {
        name,
        aliases: &[],
        required: true,
    }
}

/// `payroll rates import`: the layout is told by the header.
pub fn rates_import(
    ctx: &Ctx,
    file: &Path,
    from: &str,
    to: Option<&str>,
    encoding: Encoding,
) -> Result<()> {
    let from = Month::parse(from)?.to_string();
    let to = to.map(Month::parse).transpose()?.map(|m| m.to_string());
    let mut input = CsvInput::open(file, encoding)?;
    let has = |h: &str| input.headers.iter().any(|x| x == h);
    let kind = if has("kou_0") {
        "withholding"
    } else if has("base_0") {
        "withholding_band"
    } else if has("health_grade") {
        "grade"
    } else if has("health_rate_percent") {
        "health"
    } else if has("key") && has("percent") {
        "rate"
    } else {
        bail!(
            "{}: the header matches no payroll table (see assets/payroll/README.md)",
            file.display()
        );
    };
    let mut db = ctx.open()?;
    let n = db::write(&mut db, "payroll rates import", |tx| {
        if matches!(kind, "withholding" | "grade" | "health")
            && store::table_starts(tx, kind, &from)?
        {
            bail!("a {kind} table starting {from} already exists");
        }
        let to = to.as_deref();
        let mut n = 0;
        let int = |row: &crate::kernel::csvio::CsvRow,
                   c: &str,
                   i: Option<usize>|
         -> Result<Option<i64>> {
            match row.get(i) {
                "" => Ok(None),
                t => t
                    .parse()
                    .map(Some)
                    .map_err(|_| row.error(c, format!("'{t}' is not a whole number"))),
            }
        };
        let pct =
            |row: &crate::kernel::csvio::CsvRow, c: &str, i: Option<usize>| -> Result<Decimal> {
                row.get(i)
                    .parse()
                    .map_err(|_| row.error(c, format!("'{}' is not a percentage", row.get(i))))
            };
        match kind {
            "withholding" => {
                let names: Vec<&'static str> = [
                    "min",
                    "max_exclusive",
                    "kou_0",
                    "kou_1",
                    "kou_2",
                    "kou_3",
                    "kou_4",
                    "kou_5",
                    "kou_6",
                    "kou_7",
                    "otsu",
                ]
                .to_vec();
                let specs: Vec<ColumnSpec> = names.iter().map(|n| spec(n)).collect();
                let cols = input.columns(&specs)?;
                while let Some(row) = input.next_row()? {
                    let get = |c: &str| int(&row, c, cols.get(c).copied());
                    let mut kou = [0; 8];
                    for (i, k) in kou.iter_mut().enumerate() {
                        let c = names[2 + i];
                        *k = get(c)?.ok_or_else(|| row.error(c, "the amount is missing"))?;
                    }
                    let r = Row {
                        min: get("min")?.ok_or_else(|| row.error("min", "missing"))?,
                        max_exclusive: get("max_exclusive")?,
                        kou,
                        otsu: get("otsu")?,
                    };
                    store::insert_withholding_row(tx, &from, to, &r)?;
                    n += 1;
                }
            }
            "withholding_band" => {
                let names = [
                    "column",
                    "start",
                    "base_0",
                    "base_1",
                    "base_2",
                    "base_3",
                    "base_4",
                    "base_5",
                    "base_6",
                    "base_7",
                    "rate_percent",
                ];
                let specs: Vec<ColumnSpec> = names.iter().map(|n| spec(n)).collect();
                let cols = input.columns(&specs)?;
                while let Some(row) = input.next_row()? {
                    let mut base = [0; 8];
                    for (i, b) in base.iter_mut().enumerate() {
                        *b = int(&row, names[2 + i], cols.get(names[2 + i]).copied())?.unwrap_or(0);
                    }
                    let column = row.get(cols.get("column").copied()).to_string();
                    if column != "kou" && column != "otsu" {
                        return Err(row.error("column", "expected kou or otsu"));
                    }
                    let b = Band {
                        start: int(&row, "start", cols.get("start").copied())?
                            .ok_or_else(|| row.error("start", "missing"))?,
                        base,
                        rate_percent: pct(&row, "rate_percent", cols.get("rate_percent").copied())?,
                    };
                    store::insert_withholding_band(tx, &from, to, &column, &b)?;
                    n += 1;
                }
            }
            "grade" => {
                let specs: Vec<ColumnSpec> = [
                    "health_grade",
                    "pension_grade",
                    "standard_monthly",
                    "min",
                    "max_exclusive",
                ]
                .iter()
                .map(|n| spec(n))
                .collect();
                let cols = input.columns(&specs)?;
                while let Some(row) = input.next_row()? {
                    let get = |c: &str| int(&row, c, cols.get(c).copied());
                    let g = Grade {
                        health_grade: get("health_grade")?
                            .ok_or_else(|| row.error("health_grade", "missing"))?,
                        pension_grade: get("pension_grade")?,
                        standard_monthly: get("standard_monthly")?
                            .ok_or_else(|| row.error("standard_monthly", "missing"))?,
                        min: get("min")?.ok_or_else(|| row.error("min", "missing"))?,
                        max_exclusive: get("max_exclusive")?,
                    };
                    store::insert_grade(tx, &from, to, &g)?;
                    n += 1;
                }
            }
            "health" => {
                let specs: Vec<ColumnSpec> = [
                    "prefecture_code",
                    "prefecture_ja",
                    "prefecture_en",
                    "health_rate_percent",
                ]
                .iter()
                .map(|n| spec(n))
                .collect();
                let cols = input.columns(&specs)?;
                while let Some(row) = input.next_row()? {
                    let get = |c: &str| row.get(cols.get(c).copied()).to_string();
                    let p = pct(
                        &row,
                        "health_rate_percent",
                        cols.get("health_rate_percent").copied(),
                    )?;
                    store::insert_health(
                        tx,
                        &from,
                        to,
                        &get("prefecture_code"),
                        &get("prefecture_ja"),
                        &get("prefecture_en"),
                        p,
                    )?;
                    n += 1;
                }
            }
            _ => {
                let specs = [
                    spec("key"),
                    spec("percent"),
                    ColumnSpec {
                        name: "from",
                        aliases: &[],
                        required: false,
                    },
                    ColumnSpec {
                        name: "to",
                        aliases: &[],
                        required: false,
                    },
                ];
                let cols = input.columns(&specs)?;
                while let Some(row) = input.next_row()? {
                    let key = row.get(cols.get("key").copied()).to_string();
                    if ![
                        "care",
                        "support",
                        "pension",
                        "employment_employee",
                        "employment_employer",
                    ]
                    .contains(&key.as_str())
                    {
                        return Err(row.error("key", format!("'{key}' is not a rate (care, support, pension, employment_employee, employment_employer)")));
                    }
                    let p = pct(&row, "percent", cols.get("percent").copied())?;
                    let row_from = match row.get(cols.get("from").copied()) {
                        "" => from.clone(),
                        t => Month::parse(t)
                            .map_err(|e| row.error("from", e))?
                            .to_string(),
                    };
                    let row_to = match row.get(cols.get("to").copied()) {
                        "" => to.map(str::to_string),
                        t => Some(Month::parse(t).map_err(|e| row.error("to", e))?.to_string()),
                    };
                    store::insert_rate(tx, &key, &row_from, row_to.as_deref(), p)?;
                    n += 1;
                }
            }
        }
        Ok((
            n,
            format!(
                "imported {n} {kind} rows from {} for {from}",
                file.display()
            ),
        ))
    })?;
    ctx.ui
        .info(format!("{n} {kind} rows imported, from {from}"));
    Ok(())
}

fn yes(value: &Option<String>) -> Option<bool> {
    value.as_deref().map(|v| v == "yes")
}

/// `payroll set`.
pub fn set(ctx: &Ctx, a: SetArgs) -> Result<()> {
    let month = Month::parse(&a.from)?;
    let mut db = ctx.open()?;
    let now = timestamp();
    db::write(&mut db, "payroll set", |tx| {
        apply(tx, &a, month, &now)?;
        Ok(((), format!("pay settings of {} from {month}", a.employee)))
    })?;
    ctx.ui
        .info(format!("pay settings of {} saved from {month}", a.employee));
    Ok(())
}

/// Applies one `payroll set` (also one row of `payroll import`).
fn apply(tx: &rusqlite::Connection, a: &SetArgs, month: Month, now: &str) -> Result<()> {
    let e = people::by_code(tx, &a.employee)?;
    let previous = store::setting_for(tx, e.id, month)?;
    let mut s = match previous {
        Some(p) => p,
        None => {
            let (basis, amount) = match (a.monthly, a.hourly) {
                (Some(m), _) => (Basis::Monthly, m),
                (_, Some(h)) => (Basis::Hourly, h),
                _ => bail!("{}'s first pay settings need --monthly or --hourly", e.code),
            };
            let Some(prefecture) = &a.prefecture else {
                bail!(
                    "{}'s first pay settings need --prefecture (health insurance, e.g. 東京都)",
                    e.code
                );
            };
            PaySetting {
                valid_from: String::new(),
                basis,
                base_amount: amount,
                allowances: Vec::new(),
                commuting: 0,
                dependents: 0,
                column: "kou".into(),
                resident_tax: 0,
                resident_tax_june: None,
                prefecture: store::prefecture_code(tx, prefecture)?,
                social_insurance: true,
                employment_insurance: e.employment != Employment::Officer,
                standard_monthly: None,
                bank: None,
                attendance_deductions: true,
            }
        }
    };
    s.valid_from = month.to_string();
    if let Some(m) = a.monthly {
        s.basis = Basis::Monthly;
        s.base_amount = m;
    }
    if let Some(h) = a.hourly {
        s.basis = Basis::Hourly;
        s.base_amount = h;
    }
    if s.base_amount < 0 {
        bail!("the pay cannot be negative");
    }
    if a.clear_allowances {
        s.allowances.clear();
    }
    if !a.allowance.is_empty() {
        s.allowances = a
            .allowance
            .iter()
            .map(|t| Allowance::parse(t))
            .collect::<Result<_>>()?;
    }
    if let Some(c) = a.commuting {
        s.commuting = c;
    }
    if let Some(d) = a.dependents {
        s.dependents = d;
    }
    if let Some(c) = &a.column {
        s.column = c.clone();
    }
    if let Some(r) = a.resident_tax {
        s.resident_tax = r;
    }
    if a.resident_tax_june.is_some() {
        s.resident_tax_june = a.resident_tax_june;
    }
    if let Some(p) = &a.prefecture {
        s.prefecture = store::prefecture_code(tx, p)?;
    }
    if let Some(v) = yes(&a.social_insurance) {
        s.social_insurance = v;
    }
    if let Some(v) = yes(&a.employment_insurance) {
        s.employment_insurance = v;
    }
    if let Some(v) = yes(&a.attendance_deductions) {
        s.attendance_deductions = v;
    }
    s.check_amounts()?;
    if let Some(std) = a.standard_monthly {
        store::grades(tx, month)?.by_standard(std)?;
        s.standard_monthly = Some(std);
    }
    let bank_given = [
        &a.bank_code,
        &a.bank_name,
        &a.branch_code,
        &a.branch_name,
        &a.account_type,
        &a.account_number,
    ]
    .iter()
    .any(|f| f.is_some());
    if bank_given {
        let mut b = s.bank.clone().unwrap_or(BankAccount {
            account_type: "1".into(),
            ..BankAccount::default()
        });
        let digits = |v: &str, n: usize, what: &str| -> Result<String> {
            if v.len() <= n && !v.is_empty() && v.chars().all(|c| c.is_ascii_digit()) {
                Ok(format!("{v:0>n$}"))
            } else {
                bail!("{what} '{v}' is not a number of at most {n} digits")
            }
        };
        if let Some(v) = &a.bank_code {
            b.bank_code = digits(v, 4, "bank code").map_err(FieldError::tag("bank_code"))?;
        }
        if let Some(v) = &a.branch_code {
            b.branch_code = digits(v, 3, "branch code").map_err(FieldError::tag("branch_code"))?;
        }
        if let Some(v) = &a.account_number {
            b.account_number =
                digits(v, 7, "account number").map_err(FieldError::tag("account_number"))?;
        }
        if let Some(v) = &a.account_type {
            if !["1", "2", "4", "9"].contains(&v.as_str()) {
                return Err(FieldError::tag("account_type")(anyhow::anyhow!(
                    "account type '{v}' is not 1 (普通), 2 (当座), 4 (貯蓄) or 9"
                )));
            }
            b.account_type = v.clone();
        }
        if let Some(v) = &a.bank_name {
            b.bank_name =
                check_name(v, BANK_NAME_WIDTH, "銀行名").map_err(FieldError::tag("bank_name"))?;
        }
        if let Some(v) = &a.branch_name {
            b.branch_name =
                check_name(v, BANK_NAME_WIDTH, "支店名").map_err(FieldError::tag("branch_name"))?;
        }
        s.bank = Some(b);
    }
    store::save_setting(tx, e.id, &s, now)?;
    Ok(())
}

const IMPORT_COLUMNS: &[&str] = &[
    "employee",
    "from",
    "monthly",
    "hourly",
    "allowances",
    "commuting",
    "dependents",
    "column",
    "resident_tax",
    "resident_tax_june",
    "prefecture",
    "social_insurance",
    "employment_insurance",
    "attendance_deductions",
    "standard_monthly",
    "bank_code",
    "bank_name",
    "branch_code",
    "branch_name",
    "account_type",
    "account_number",
];

/// `payroll import`: pay settings from CSV, one row per employee and month (all or nothing).
/// Columns as the flags of `payroll set`; `allowances` holds NAME=AMOUNT[:flags] separated by `;`.
pub fn import(ctx: &Ctx, file: &Path, encoding: Encoding) -> Result<()> {
    let mut input = CsvInput::open(file, encoding)?;
    let specs: Vec<ColumnSpec> = IMPORT_COLUMNS
        .iter()
        .map(|n| ColumnSpec {
            name: n,
            aliases: &[],
            required: matches!(*n, "employee" | "from"),
        })
        .collect();
    let cols = input.columns(&specs)?;
    let mut db = ctx.open()?;
    let now = timestamp();
    let n = db::write(&mut db, "payroll import", |tx| {
        let mut n = 0;
        while let Some(row) = input.next_row()? {
            let text =
                |c: &str| Some(row.get(cols.get(c).copied()).to_string()).filter(|v| !v.is_empty());
            let int = |c: &str| -> Result<Option<i64>> {
                text(c)
                    .map(|v| {
                        v.replace(',', "")
                            .parse::<i64>()
                            .map_err(|_| row.error(c, format!("'{v}' is not a whole number")))
                    })
                    .transpose()
            };
            let a = SetArgs {
                employee: text("employee").unwrap_or_default(),
                from: text("from").unwrap_or_default(),
                monthly: int("monthly")?,
                hourly: int("hourly")?,
                allowance: text("allowances")
                    .map(|v| v.split(';').map(str::to_string).collect())
                    .unwrap_or_default(),
                clear_allowances: false,
                commuting: int("commuting")?,
                dependents: int("dependents")?.map(|d| d as u32),
                column: text("column"),
                resident_tax: int("resident_tax")?,
                resident_tax_june: int("resident_tax_june")?,
                prefecture: text("prefecture"),
                social_insurance: text("social_insurance"),
                employment_insurance: text("employment_insurance"),
                attendance_deductions: text("attendance_deductions"),
                standard_monthly: int("standard_monthly")?,
                bank_code: text("bank_code"),
                bank_name: text("bank_name"),
                branch_code: text("branch_code"),
                branch_name: text("branch_name"),
                account_type: text("account_type"),
                account_number: text("account_number"),
            };
            let month = Month::parse(&a.from).map_err(|e| row.error("from", e))?;
            apply(tx, &a, month, &now).map_err(|e| row.field_error("employee", e))?;
            n += 1;
        }
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
    for s in store::settings_history(&db.conn, e.id)? {
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
    let mut db = ctx.open()?;
    let message = db::write(&mut db, "payroll grade", |tx| {
        let e = people::by_code(tx, code)?;
        let (month, amount, how) = match (remuneration, teiji) {
            (Some(r), _) => {
                let month = match from {
                    Some(m) => Month::parse(m)?,
                    None => Month::of(today()?),
                };
                (month, r, "資格取得/随時改定".to_string())
            }
            (None, Some(year)) => {
                let mut paid = Vec::new();
                for r in store::confirmed_runs_paid_in(tx, year)? {
                    if !(4..=6).contains(&chrono::Datelike::month(&r.pay_date)) {
                        continue;
                    }
                    for (id, p) in store::slips(tx, r.id)? {
                        let days = Decimal::from(p.hours.days_worked) + p.hours.paid_leave_days;
                        if id == e.id && days >= Decimal::from(17) {
                            paid.push(p.gross);
                        }
                    }
                }
                if paid.is_empty() {
                    bail!(
                        "{code} has no confirmed pay in April-June {year} with 17 or more paid days"
                    );
                }
                let average = paid.iter().sum::<i64>() / paid.len() as i64;
                (
                    Month { year, month: 9 },
                    average,
                    format!("定時決定 {year} ({} months)", paid.len()),
                )
            }
            (None, None) => bail!("give --remuneration AMOUNT or --teiji YEAR"),
        };
        let grades = store::grades(tx, month)?;
        let g = grades.for_remuneration(amount)?;
        let Some(mut s) = store::setting_for(tx, e.id, month)? else {
            return Err(crate::kernel::error::hinted(
                format!("{code} has no pay settings for {month}"),
                format!("`bko payroll set {code} --from {month} ...` first"),
            ));
        };
        s.valid_from = month.to_string();
        s.standard_monthly = Some(g.standard_monthly);
        store::save_setting(tx, e.id, &s, &timestamp())?;
        let m = format!(
            "{code}: 報酬月額 {amount} → 標準報酬月額 {} (health grade {}, pension {}) from {month} ({how})",
            g.standard_monthly,
            g.health_grade,
            grades.pension_standard(g.standard_monthly)?
        );
        Ok((m.clone(), m))
    })?;
    ctx.ui.info(message);
    Ok(())
}
