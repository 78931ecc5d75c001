//! Operations on an employee's pay settings (給与条件), dated by the month they apply from: a
//! change typed with `payroll set` or read from a `payroll import` row, and the 標準報酬月額 set by
//! 資格取得/随時改定 or computed by 定時決定.

use anyhow::{Result, bail};
use rusqlite::Connection;
use rust_decimal::Decimal;

use super::tax::Column;
use super::{Allowance, BankAccount, Basis, PaySetting, store};
use crate::jp::zengin::{BANK_NAME_WIDTH, check_name};
use crate::kernel::error::FieldError;
use crate::kernel::period::Month;
use crate::people::{self, Employee, Employment};

/// What a change of pay settings says; a field left None keeps the value in force.
#[derive(Debug, Clone, Default)]
pub struct PayChange {
    /// Employee code.
    pub employee: String,
    /// Monthly salary.
    pub monthly: Option<i64>,
    /// Hourly wage.
    pub hourly: Option<i64>,
    /// Allowances as NAME=AMOUNT[:flags]; when not empty, replaces the list.
    pub allowances: Vec<String>,
    /// Remove every allowance first.
    pub clear_allowances: bool,
    /// 通勤手当 per month.
    pub commuting: Option<i64>,
    /// 扶養親族等の数.
    pub dependents: Option<u32>,
    /// kou or otsu.
    pub column: Option<String>,
    /// 住民税 per month.
    pub resident_tax: Option<i64>,
    /// 住民税 in June.
    pub resident_tax_june: Option<i64>,
    /// Health-insurance prefecture (code or name).
    pub prefecture: Option<String>,
    /// Enrolled in health insurance and pension.
    pub social_insurance: Option<bool>,
    /// Enrolled in employment insurance.
    pub employment_insurance: Option<bool>,
    /// Whether absences reduce monthly pay.
    pub attendance_deductions: Option<bool>,
    /// 標準報酬月額.
    pub standard_monthly: Option<i64>,
    /// The bank account fields given.
    pub bank: BankChange,
}

/// The bank account fields of a change, as typed.
#[derive(Debug, Clone, Default)]
pub struct BankChange {
    /// 銀行番号.
    pub bank_code: Option<String>,
    /// Bank name (kana).
    pub bank_name: Option<String>,
    /// 支店番号.
    pub branch_code: Option<String>,
    /// Branch name (kana).
    pub branch_name: Option<String>,
    /// 1 普通, 2 当座, 4 貯蓄, 9.
    pub account_type: Option<String>,
    /// 口座番号.
    pub account_number: Option<String>,
}

impl BankChange {
    fn is_empty(&self) -> bool {
        [
            &self.bank_code,
            &self.bank_name,
            &self.branch_code,
            &self.branch_name,
            &self.account_type,
            &self.account_number,
        ]
        .iter()
        .all(|f| f.is_none())
    }
}

/// Saves the settings in force from `month`: those before it with the change applied (the first
/// settings of an employee need a pay and a prefecture).
pub fn apply(tx: &Connection, change: &PayChange, month: Month, now: &str) -> Result<()> {
    let e = people::by_code(tx, &change.employee)?;
    let mut s = match store::setting_for(tx, e.id, month)? {
        Some(previous) => previous,
        None => first_setting(tx, &e, change)?,
    };
    s.valid_from = month.to_string();
    apply_pay(tx, &mut s, change)?;
    s.check_amounts()?;
    if let Some(std) = change.standard_monthly {
        store::grades(tx, month)?
            .by_standard(std)
            .map_err(FieldError::tag("standard_monthly"))?;
        s.standard_monthly = Some(std);
    }
    if !change.bank.is_empty() {
        let current = s.bank.clone().unwrap_or(BankAccount {
            account_type: "1".into(),
            ..BankAccount::default()
        });
        s.bank = Some(apply_bank(current, &change.bank)?);
    }
    store::save_setting(tx, e.id, &s, now)
}

fn first_setting(tx: &Connection, e: &Employee, change: &PayChange) -> Result<PaySetting> {
    let (basis, amount) = match (change.monthly, change.hourly) {
        (Some(m), _) => (Basis::Monthly, m),
        (_, Some(h)) => (Basis::Hourly, h),
        _ => bail!("{}'s first pay settings need --monthly or --hourly", e.code),
    };
    let Some(prefecture) = &change.prefecture else {
        bail!(
            "{}'s first pay settings need --prefecture (health insurance, e.g. 東京都)",
            e.code
        );
    };
    Ok(PaySetting {
        valid_from: String::new(),
        basis,
        base_amount: amount,
        allowances: Vec::new(),
        commuting: 0,
        dependents: 0,
        column: "kou".into(),
        resident_tax: 0,
        resident_tax_june: None,
        prefecture: super::ops::prefecture_code(tx, prefecture)?,
        social_insurance: true,
        employment_insurance: e.employment != Employment::Officer,
        standard_monthly: None,
        bank: None,
        attendance_deductions: true,
    })
}

fn apply_pay(tx: &Connection, s: &mut PaySetting, c: &PayChange) -> Result<()> {
    if let Some(m) = c.monthly {
        (s.basis, s.base_amount) = (Basis::Monthly, m);
    }
    if let Some(h) = c.hourly {
        (s.basis, s.base_amount) = (Basis::Hourly, h);
    }
    if s.base_amount < 0 {
        let field = if c.hourly.is_some() {
            "hourly"
        } else {
            "monthly"
        };
        return Err(FieldError::tag(field)(anyhow::anyhow!(
            "the pay cannot be negative"
        )));
    }
    if c.clear_allowances {
        s.allowances.clear();
    }
    if !c.allowances.is_empty() {
        s.allowances = c
            .allowances
            .iter()
            .map(|t| Allowance::parse(t))
            .collect::<Result<_>>()
            .map_err(FieldError::tag("allowances"))?;
    }
    s.commuting = c.commuting.unwrap_or(s.commuting);
    s.dependents = c.dependents.unwrap_or(s.dependents);
    if let Some(column) = &c.column {
        // Stored by its key: 年末調整 and the runs read `kou`/`otsu`, never `甲`/`乙`.
        s.column = Column::parse(column)
            .map_err(FieldError::tag("column"))?
            .key()
            .to_string();
    }
    s.resident_tax = c.resident_tax.unwrap_or(s.resident_tax);
    if c.resident_tax_june.is_some() {
        s.resident_tax_june = c.resident_tax_june;
    }
    if let Some(p) = &c.prefecture {
        s.prefecture = super::ops::prefecture_code(tx, p)?;
    }
    s.social_insurance = c.social_insurance.unwrap_or(s.social_insurance);
    s.employment_insurance = c.employment_insurance.unwrap_or(s.employment_insurance);
    s.attendance_deductions = c.attendance_deductions.unwrap_or(s.attendance_deductions);
    Ok(())
}

/// Zero-pads a bank number to its width after checking it is one.
fn digits(value: &str, width: usize, what: &str) -> Result<String> {
    if value.len() <= width && !value.is_empty() && value.chars().all(|c| c.is_ascii_digit()) {
        Ok(format!("{value:0>width$}"))
    } else {
        bail!("{what} '{value}' is not a number of at most {width} digits")
    }
}

/// Applies the given bank fields, each checked where it is entered (a Zengin file must carry it).
fn apply_bank(mut b: BankAccount, c: &BankChange) -> Result<BankAccount> {
    if let Some(v) = &c.bank_code {
        b.bank_code = digits(v, 4, "bank code").map_err(FieldError::tag("bank_code"))?;
    }
    if let Some(v) = &c.branch_code {
        b.branch_code = digits(v, 3, "branch code").map_err(FieldError::tag("branch_code"))?;
    }
    if let Some(v) = &c.account_number {
        b.account_number =
            digits(v, 7, "account number").map_err(FieldError::tag("account_number"))?;
    }
    if let Some(v) = &c.account_type {
        if !["1", "2", "4", "9"].contains(&v.as_str()) {
            return Err(FieldError::tag("account_type")(anyhow::anyhow!(
                "account type '{v}' is not 1 (普通), 2 (当座), 4 (貯蓄) or 9"
            )));
        }
        b.account_type = v.clone();
    }
    if let Some(v) = &c.bank_name {
        b.bank_name =
            check_name(v, BANK_NAME_WIDTH, "銀行名").map_err(FieldError::tag("bank_name"))?;
    }
    if let Some(v) = &c.branch_name {
        b.branch_name =
            check_name(v, BANK_NAME_WIDTH, "支店名").map_err(FieldError::tag("branch_name"))?;
    }
    Ok(b)
}

/// Where a 標準報酬月額 comes from.
#[derive(Debug, Clone, Copy)]
pub enum GradeBasis {
    /// 資格取得 or 随時改定: a monthly remuneration, from a month.
    Remuneration {
        /// 報酬月額.
        amount: i64,
        /// From this month.
        from: Month,
    },
    /// 定時決定: the average of the April–June pay of a year (months with 17+ paid days), from
    /// September.
    Teiji(i32),
}

/// Sets an employee's 標準報酬月額 from the grade table in force; returns what was done.
pub fn set_grade(tx: &Connection, code: &str, basis: GradeBasis, now: &str) -> Result<String> {
    let e = people::by_code(tx, code)?;
    let (month, amount, how) = match basis {
        GradeBasis::Remuneration { amount, from } => {
            (from, amount, "資格取得/随時改定".to_string())
        }
        GradeBasis::Teiji(year) => {
            let paid = april_to_june_pay(tx, e.id, year)?;
            if paid.is_empty() {
                bail!("{code} has no confirmed pay in April-June {year} with 17 or more paid days");
            }
            let average = paid.iter().sum::<i64>() / paid.len() as i64;
            let how = format!("定時決定 {year} ({} months)", paid.len());
            (Month { year, month: 9 }, average, how)
        }
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
    store::save_setting(tx, e.id, &s, now)?;
    Ok(format!(
        "{code}: 報酬月額 {amount} → 標準報酬月額 {} (health grade {}, pension {}) from {month} ({how})",
        g.standard_monthly,
        g.health_grade,
        grades.pension_standard(g.standard_monthly)?
    ))
}

/// The gross pay of the confirmed runs paid in April–June of `year` that count for 定時決定
/// (17 or more paid days: days worked plus paid leave).
fn april_to_june_pay(tx: &Connection, employee_id: i64, year: i32) -> Result<Vec<i64>> {
    let mut paid = Vec::new();
    for r in store::confirmed_runs_paid_in(tx, year)? {
        if !(4..=6).contains(&chrono::Datelike::month(&r.pay_date)) {
            continue;
        }
        for (id, p) in store::slips(tx, r.id)? {
            let days = Decimal::from(p.hours.days_worked) + p.hours.paid_leave_days;
            if id == employee_id && days >= Decimal::from(17) {
                paid.push(p.gross);
            }
        }
    }
    Ok(paid)
}
