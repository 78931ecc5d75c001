//! Imports the official tables payroll computes from (源泉徴収税額表, 標準報酬月額 grades, 協会けんぽ
//! health rates by prefecture, the other insurance rates) from CSV. The header tells which table a
//! file holds; the layouts are described in assets/payroll/README.md.

pub mod yearend;

use std::collections::HashMap;

use anyhow::{Result, bail};
use rusqlite::Transaction;
use rust_decimal::Decimal;

use super::insurance::Grade;
use super::pay_settings::{BankChange, PayChange, apply};
use super::store;
use super::tax::{Band, Row};
use crate::kernel::csvio::{ColumnSpec, CsvInput, CsvRow};
use crate::kernel::period::Month;

/// Which table a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    /// 源泉徴収税額表 (月額表) rows: kou_0..kou_7 and otsu.
    Withholding,
    /// 電算機計算の特例 bands.
    WithholdingBand,
    /// 標準報酬月額 grades.
    Grade,
    /// 協会けんぽ health rates by prefecture.
    Health,
    /// Single rates by key (care, support, pension, employment).
    Rate,
}

impl TableKind {
    /// The word used in messages and the tables list.
    pub fn key(self) -> &'static str {
        match self {
            TableKind::Withholding => "withholding",
            TableKind::WithholdingBand => "withholding_band",
            TableKind::Grade => "grade",
            TableKind::Health => "health",
            TableKind::Rate => "rate",
        }
    }

    /// Recognises a table by its header.
    pub fn of(input: &CsvInput) -> Result<TableKind> {
        let has = |h: &str| input.headers.iter().any(|x| x == h);
        Ok(if has("kou_0") {
            TableKind::Withholding
        } else if has("base_0") {
            TableKind::WithholdingBand
        } else if has("health_grade") {
            TableKind::Grade
        } else if has("health_rate_percent") {
            TableKind::Health
        } else if has("key") && has("percent") {
            TableKind::Rate
        } else {
            bail!(
                "{}: the header matches no payroll table (see assets/payroll/README.md)",
                input.name
            );
        })
    }
}

/// The rate keys a `key,percent` file may carry.
const RATE_KEYS: [&str; 5] = [
    "care",
    "support",
    "pension",
    "employment_employee",
    "employment_employer",
];

/// Imports a table valid from `from` (through `to`, if given); returns the rows read. A table of
/// the same kind starting the same month is refused rather than mixed with the new one.
pub fn rate_tables(
    tx: &Transaction,
    input: &mut CsvInput,
    kind: TableKind,
    from: Month,
    to: Option<Month>,
) -> Result<usize> {
    let from = from.to_string();
    let to = to.map(|m| m.to_string());
    let validity = (from.as_str(), to.as_deref());
    if matches!(
        kind,
        TableKind::Withholding | TableKind::Grade | TableKind::Health
    ) && store::table_starts(tx, kind.key(), &from)?
    {
        bail!("a {} table starting {from} already exists", kind.key());
    }
    match kind {
        TableKind::Withholding => withholding_rows(tx, input, validity),
        TableKind::WithholdingBand => withholding_bands(tx, input, validity),
        TableKind::Grade => grades(tx, input, validity),
        TableKind::Health => health_rates(tx, input, validity),
        TableKind::Rate => rates(tx, input, validity),
    }
}

type Validity<'a> = (&'a str, Option<&'a str>);

fn required(names: &[&'static str]) -> Vec<ColumnSpec> {
    names
        .iter()
        .map(|&name| ColumnSpec {
            name,
            aliases: &[],
            required: true,
        })
        .collect()
}

/// A whole number, or None when the field is empty.
fn int(row: &CsvRow, cols: &HashMap<&'static str, usize>, c: &str) -> Result<Option<i64>> {
    match row.get(cols.get(c).copied()) {
        "" => Ok(None),
        t => t
            .parse()
            .map(Some)
            .map_err(|_| row.error(c, format!("'{t}' is not a whole number"))),
    }
}

/// A whole number that must be there.
fn int_required(row: &CsvRow, cols: &HashMap<&'static str, usize>, c: &str) -> Result<i64> {
    int(row, cols, c)?.ok_or_else(|| row.error(c, "missing"))
}

fn percent(row: &CsvRow, cols: &HashMap<&'static str, usize>, c: &str) -> Result<Decimal> {
    let text = row.get(cols.get(c).copied());
    text.parse()
        .map_err(|_| row.error(c, format!("'{text}' is not a percentage")))
}

const KOU: [&str; 8] = [
    "kou_0", "kou_1", "kou_2", "kou_3", "kou_4", "kou_5", "kou_6", "kou_7",
];

fn withholding_rows(tx: &Transaction, input: &mut CsvInput, (from, to): Validity) -> Result<usize> {
    let mut names = vec!["min", "max_exclusive"];
    names.extend(KOU);
    names.push("otsu");
    let cols = input.columns(&required(&names))?;
    let mut n = 0;
    while let Some(row) = input.next_row()? {
        let mut kou = [0; 8];
        for (k, c) in kou.iter_mut().zip(KOU) {
            *k = int(&row, &cols, c)?.ok_or_else(|| row.error(c, "the amount is missing"))?;
        }
        let r = Row {
            min: int_required(&row, &cols, "min")?,
            max_exclusive: int(&row, &cols, "max_exclusive")?,
            kou,
            otsu: int(&row, &cols, "otsu")?,
        };
        store::insert_withholding_row(tx, from, to, &r)?;
        n += 1;
    }
    Ok(n)
}

const BASE: [&str; 8] = [
    "base_0", "base_1", "base_2", "base_3", "base_4", "base_5", "base_6", "base_7",
];

fn withholding_bands(
    tx: &Transaction,
    input: &mut CsvInput,
    (from, to): Validity,
) -> Result<usize> {
    let mut names = vec!["column", "start"];
    names.extend(BASE);
    names.push("rate_percent");
    let cols = input.columns(&required(&names))?;
    let mut n = 0;
    while let Some(row) = input.next_row()? {
        let mut base = [0; 8];
        for (b, c) in base.iter_mut().zip(BASE) {
            *b = int(&row, &cols, c)?.unwrap_or(0);
        }
        let column = row.get(cols.get("column").copied()).to_string();
        if column != "kou" && column != "otsu" {
            return Err(row.error("column", "expected kou or otsu"));
        }
        let b = Band {
            start: int_required(&row, &cols, "start")?,
            base,
            rate_percent: percent(&row, &cols, "rate_percent")?,
        };
        store::insert_withholding_band(tx, from, to, &column, &b)?;
        n += 1;
    }
    Ok(n)
}

fn grades(tx: &Transaction, input: &mut CsvInput, (from, to): Validity) -> Result<usize> {
    let cols = input.columns(&required(&[
        "health_grade",
        "pension_grade",
        "standard_monthly",
        "min",
        "max_exclusive",
    ]))?;
    let mut n = 0;
    while let Some(row) = input.next_row()? {
        let g = Grade {
            health_grade: int_required(&row, &cols, "health_grade")?,
            pension_grade: int(&row, &cols, "pension_grade")?,
            standard_monthly: int_required(&row, &cols, "standard_monthly")?,
            min: int_required(&row, &cols, "min")?,
            max_exclusive: int(&row, &cols, "max_exclusive")?,
        };
        store::insert_grade(tx, from, to, &g)?;
        n += 1;
    }
    Ok(n)
}

fn health_rates(tx: &Transaction, input: &mut CsvInput, (from, to): Validity) -> Result<usize> {
    let cols = input.columns(&required(&[
        "prefecture_code",
        "prefecture_ja",
        "prefecture_en",
        "health_rate_percent",
    ]))?;
    let mut n = 0;
    while let Some(row) = input.next_row()? {
        let text = |c: &str| row.get(cols.get(c).copied()).to_string();
        store::insert_health(
            tx,
            from,
            to,
            &text("prefecture_code"),
            &text("prefecture_ja"),
            &text("prefecture_en"),
            percent(&row, &cols, "health_rate_percent")?,
        )?;
        n += 1;
    }
    Ok(n)
}

/// `key,percent[,from,to]`: a row's own months override the command's.
fn rates(tx: &Transaction, input: &mut CsvInput, (from, to): Validity) -> Result<usize> {
    let mut specs = required(&["key", "percent"]);
    for name in ["from", "to"] {
        specs.push(ColumnSpec {
            name,
            aliases: &[],
            required: false,
        });
    }
    let cols = input.columns(&specs)?;
    let mut n = 0;
    while let Some(row) = input.next_row()? {
        let key = row.get(cols.get("key").copied()).to_string();
        if !RATE_KEYS.contains(&key.as_str()) {
            return Err(row.error(
                "key",
                format!("'{key}' is not a rate ({})", RATE_KEYS.join(", ")),
            ));
        }
        let month = |c: &str| -> Result<Option<String>> {
            match row.get(cols.get(c).copied()) {
                "" => Ok(None),
                t => Ok(Some(
                    Month::parse(t).map_err(|e| row.error(c, e))?.to_string(),
                )),
            }
        };
        let row_from = month("from")?.unwrap_or_else(|| from.to_string());
        let row_to = month("to")?.or_else(|| to.map(str::to_string));
        let p = percent(&row, &cols, "percent")?;
        store::insert_rate(tx, &key, &row_from, row_to.as_deref(), p)?;
        n += 1;
    }
    Ok(n)
}

/// The columns of a pay-settings file: the flags of `payroll set`.
const PAY_COLUMNS: &[&str] = &[
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

/// Pay settings from CSV, one row per employee and month, each applied like `payroll set`;
/// `allowances` holds NAME=AMOUNT[:flags] separated by `;`. Returns the rows applied.
pub fn pay_settings(tx: &Transaction, input: &mut CsvInput, now: &str) -> Result<usize> {
    let specs: Vec<ColumnSpec> = PAY_COLUMNS
        .iter()
        .map(|&name| ColumnSpec {
            name,
            aliases: &[],
            required: matches!(name, "employee" | "from"),
        })
        .collect();
    let cols = input.columns(&specs)?;
    let mut n = 0;
    while let Some(row) = input.next_row()? {
        let (change, month) = pay_change(&row, &cols)?;
        apply(tx, &change, month, now).map_err(|e| row.field_error("employee", e))?;
        n += 1;
    }
    Ok(n)
}

fn pay_change(row: &CsvRow, cols: &HashMap<&'static str, usize>) -> Result<(PayChange, Month)> {
    let text = |c: &str| Some(row.get(cols.get(c).copied()).to_string()).filter(|v| !v.is_empty());
    let int = |c: &str| -> Result<Option<i64>> {
        text(c)
            .map(|v| {
                v.replace(',', "")
                    .parse::<i64>()
                    .map_err(|_| row.error(c, format!("'{v}' is not a whole number")))
            })
            .transpose()
    };
    // Only `yes` or `no`: anything else read as "no" would drop, say, social insurance silently.
    let yes = |c: &str| -> Result<Option<bool>> {
        text(c)
            .map(|v| match v.trim().to_ascii_lowercase().as_str() {
                "yes" => Ok(true),
                "no" => Ok(false),
                _ => Err(row.error(c, format!("'{v}' is not yes or no"))),
            })
            .transpose()
    };
    let dependents = int("dependents")?
        .map(|d| {
            u32::try_from(d).map_err(|_| {
                row.error(
                    "dependents",
                    format!("'{d}' is not a number of dependants (0 to 30)"),
                )
            })
        })
        .transpose()?;
    let change = PayChange {
        employee: text("employee").unwrap_or_default(),
        monthly: int("monthly")?,
        hourly: int("hourly")?,
        allowances: text("allowances")
            .map(|v| v.split(';').map(str::to_string).collect())
            .unwrap_or_default(),
        clear_allowances: false,
        commuting: int("commuting")?,
        dependents,
        column: text("column"),
        resident_tax: int("resident_tax")?,
        resident_tax_june: int("resident_tax_june")?,
        prefecture: text("prefecture"),
        social_insurance: yes("social_insurance")?,
        employment_insurance: yes("employment_insurance")?,
        attendance_deductions: yes("attendance_deductions")?,
        standard_monthly: int("standard_monthly")?,
        bank: BankChange {
            bank_code: text("bank_code"),
            bank_name: text("bank_name"),
            branch_code: text("branch_code"),
            branch_name: text("branch_name"),
            account_type: text("account_type"),
            account_number: text("account_number"),
        },
    };
    let from = text("from").unwrap_or_default();
    let month = Month::parse(&from).map_err(|e| row.error("from", e))?;
    Ok((change, month))
}
