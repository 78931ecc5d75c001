//! The company profile and settings: one key/value table, typed and validated here. Other areas
//! read settings through [`Company`] or [`store::get`]. Pure rules; SQL in `store.rs`.

pub mod cli;
pub mod store;

use anyhow::{Result, bail};
use rusqlite::Connection;

use crate::kernel::money::Currency;
use crate::kernel::output::Lang;

/// A setting users may change with `bko company set KEY VALUE`.
pub struct SettingSpec {
    /// The key.
    pub key: &'static str,
    /// What it means (shown by `bko company show`).
    pub about: &'static str,
    /// Validates and normalizes a value.
    pub normalize: fn(&str) -> Result<String>,
    /// The value in force when none is set ("" for none).
    pub default: &'static str,
}

/// Checked when set, not on payday: what the Zengin file will have to carry.
fn zengin_consignor_name(value: &str) -> Result<String> {
    use crate::jp::zengin::{CONSIGNOR_NAME_WIDTH, check_name};
    check_name(value, CONSIGNOR_NAME_WIDTH, "委託者名")
}

fn zengin_bank_name(value: &str) -> Result<String> {
    use crate::jp::zengin::{BANK_NAME_WIDTH, check_name};
    check_name(value, BANK_NAME_WIDTH, "the name")
}

fn any_text(value: &str) -> Result<String> {
    Ok(value.trim().to_string())
}

fn required_text(value: &str) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        bail!("the value cannot be empty");
    }
    Ok(v.to_string())
}

fn registration_number(value: &str) -> Result<String> {
    if value.trim().is_empty() {
        return Ok(String::new());
    }
    crate::jp::registration_number::normalize(value)
}

fn month(value: &str) -> Result<String> {
    match value.trim().parse::<u32>() {
        Ok(m) if (1..=12).contains(&m) => Ok(m.to_string()),
        _ => bail!("'{value}' is not a month number (1-12)"),
    }
}

fn locale(value: &str) -> Result<String> {
    match value.trim() {
        "ja" | "en" => Ok(value.trim().to_string()),
        _ => bail!("'{value}' is not a locale (ja or en)"),
    }
}

fn rounding(value: &str) -> Result<String> {
    let r = crate::invoice::Rounding::parse(value)?;
    Ok(match r {
        crate::invoice::Rounding::Floor => "floor",
        crate::invoice::Rounding::HalfUp => "half-up",
        crate::invoice::Rounding::Ceil => "ceil",
    }
    .to_string())
}

fn number_pattern(value: &str) -> Result<String> {
    crate::invoice::validate_pattern(value.trim())
}

fn years(value: &str) -> Result<String> {
    match value.trim().parse::<u32>() {
        Ok(y) if (1..=100).contains(&y) => Ok(y.to_string()),
        _ => bail!("'{value}' is not a number of years (1-100)"),
    }
}

fn year_list(value: &str) -> Result<String> {
    let mut out = Vec::new();
    for y in value.split(',').map(str::trim).filter(|y| !y.is_empty()) {
        match y.parse::<i32>() {
            Ok(n) if (1900..=2999).contains(&n) => out.push(n.to_string()),
            _ => bail!("'{y}' is not a fiscal year (e.g. 2025)"),
        }
    }
    Ok(out.join(","))
}

fn currency(value: &str) -> Result<String> {
    Ok(Currency::from_code(value)?.code.to_string())
}

fn goods_bookkeeping(value: &str) -> Result<String> {
    match value.trim() {
        "perpetual" | "継続記録法" => Ok("perpetual".into()),
        "periodic" | "三分法" => Ok("periodic".into()),
        _ => bail!("'{value}' is not a way to book goods (perpetual or periodic)"),
    }
}

fn weekly_hours(value: &str) -> Result<String> {
    match value.trim() {
        "40" | "44" => Ok(value.trim().to_string()),
        _ => bail!("'{value}' is not a statutory week (40, or 44 under the 特例 for small shops)"),
    }
}

fn monthly_rounding(value: &str) -> Result<String> {
    crate::attendance::hours::MonthlyRounding::parse(value)?;
    Ok(value.trim().to_string())
}

fn yes_no(value: &str) -> Result<String> {
    match value.trim() {
        "yes" | "no" => Ok(value.trim().to_string()),
        _ => bail!("'{value}' is not yes or no"),
    }
}

fn optional_month(value: &str) -> Result<String> {
    if value.trim().is_empty() {
        Ok(String::new())
    } else {
        month(value)
    }
}

fn one_of(value: &str, allowed: &[&str]) -> Result<String> {
    let v = value.trim();
    if allowed.contains(&v) {
        Ok(v.to_string())
    } else {
        bail!("'{value}' is not one of: {}", allowed.join(", "))
    }
}

fn out_of_order(value: &str) -> Result<String> {
    one_of(value, &["warn", "refuse"])
}

fn optional_amount(value: &str) -> Result<String> {
    let v = value.trim().replace(',', "");
    if v.is_empty() || v.parse::<u64>().is_ok() {
        Ok(v)
    } else {
        bail!("'{value}' is not a whole amount")
    }
}

fn withholding_method(value: &str) -> Result<String> {
    one_of(value, &["table", "formula"])
}

fn premium_timing(value: &str) -> Result<String> {
    one_of(value, &["previous", "current"])
}

fn pay_month(value: &str) -> Result<String> {
    one_of(value, &["next", "same"])
}

fn entry_date(value: &str) -> Result<String> {
    one_of(value, &["month-end", "pay-date"])
}

fn day_of_month(value: &str) -> Result<String> {
    match value.trim().parse::<u32>() {
        Ok(d) if (1..=31).contains(&d) => Ok(d.to_string()),
        _ => bail!("'{value}' is not a day of the month (1-31; 31 = the last day)"),
    }
}

fn digits(value: &str, max: usize) -> Result<String> {
    let v = value.trim();
    if v.is_empty() || (v.len() <= max && v.chars().all(|c| c.is_ascii_digit())) {
        Ok(v.to_string())
    } else {
        bail!("'{value}' is not a number of at most {max} digits")
    }
}

fn consignor_code(value: &str) -> Result<String> {
    digits(value, 10)
}

fn bank_code(value: &str) -> Result<String> {
    digits(value, 4)
}

fn branch_code(value: &str) -> Result<String> {
    digits(value, 3)
}

fn account_number(value: &str) -> Result<String> {
    digits(value, 7)
}

fn account_type(value: &str) -> Result<String> {
    one_of(value, &["1", "2", "4", "9"])
}

/// Every user-settable key.
pub const SETTINGS: &[SettingSpec] = &[
    SettingSpec {
        key: "name",
        about: "company name (会社名)",
        normalize: required_text,
        default: "",
    },
    SettingSpec {
        key: "registration_number",
        about: "qualified invoice issuer number (登録番号), T + 13 digits",
        normalize: registration_number,
        default: "",
    },
    SettingSpec {
        key: "postal_code",
        about: "postal code (郵便番号)",
        normalize: any_text,
        default: "",
    },
    SettingSpec {
        key: "address",
        about: "address (住所)",
        normalize: any_text,
        default: "",
    },
    SettingSpec {
        key: "phone",
        about: "phone (電話番号)",
        normalize: any_text,
        default: "",
    },
    SettingSpec {
        key: "email",
        about: "e-mail",
        normalize: any_text,
        default: "",
    },
    SettingSpec {
        key: "bank_account",
        about: "bank account printed on invoices (振込先)",
        normalize: any_text,
        default: "",
    },
    SettingSpec {
        key: "fiscal_year_start",
        about: "first month of the fiscal year (1-12)",
        normalize: month,
        default: "",
    },
    SettingSpec {
        key: "currency",
        about: "book currency (ISO 4217); fixed once entries exist",
        normalize: currency,
        default: "",
    },
    SettingSpec {
        key: "locale",
        about: "language of tables and documents (ja or en)",
        normalize: locale,
        default: "",
    },
    SettingSpec {
        key: "retained_earnings_account",
        about: "account that receives prior years' profit (繰越利益剰余金)",
        normalize: any_text,
        default: "",
    },
    SettingSpec {
        key: "invoice_number_pattern",
        about: "invoice numbers: {YYYY} fiscal year, {YY}, {MM}, {NNNN} sequence",
        normalize: number_pattern,
        default: "INV-{YYYY}-{NNNN}",
    },
    SettingSpec {
        key: "credit_note_number_pattern",
        about: "credit note numbers",
        normalize: number_pattern,
        default: "CN-{YYYY}-{NNNN}",
    },
    SettingSpec {
        key: "invoice_tax_rounding",
        about: "consumption tax rounding, once per invoice per rate: floor, half-up, ceil",
        normalize: rounding,
        default: "floor",
    },
    SettingSpec {
        key: "invoice_line_rounding",
        about: "line amount (quantity × unit price) rounding: floor, half-up, ceil",
        normalize: rounding,
        default: "half-up",
    },
    SettingSpec {
        key: "invoice_receivable_account",
        about: "account for receivables (売掛金)",
        normalize: any_text,
        default: "1150",
    },
    SettingSpec {
        key: "invoice_sales_account",
        about: "account for sales (売上高)",
        normalize: any_text,
        default: "4100",
    },
    SettingSpec {
        key: "invoice_tax_account",
        about: "account for consumption tax received (仮受消費税等)",
        normalize: any_text,
        default: "2180",
    },
    SettingSpec {
        key: "invoice_returns_account",
        about: "account for credit notes (売上値引・返品)",
        normalize: any_text,
        default: "4110",
    },
    SettingSpec {
        key: "invoice_advance_account",
        about: "account for overpayments (前受金)",
        normalize: any_text,
        default: "2150",
    },
    SettingSpec {
        key: "invoice_fee_account",
        about: "account for bank fees customers deduct (支払手数料)",
        normalize: any_text,
        default: "6330",
    },
    SettingSpec {
        key: "invoice_fee_tax_account",
        about: "account for the tax in those fees (仮払消費税等)",
        normalize: any_text,
        default: "1350",
    },
    SettingSpec {
        key: "invoice_bank_account",
        about: "account payments arrive in by default (普通預金)",
        normalize: any_text,
        default: "1120",
    },
    SettingSpec {
        key: "docs_retention_years",
        about: "years documents are kept after the return is due (電子帳簿保存法)",
        normalize: years,
        default: "7",
    },
    SettingSpec {
        key: "docs_retention_contract",
        about: "years contracts are kept (overrides docs_retention_years)",
        normalize: years,
        default: "",
    },
    SettingSpec {
        key: "docs_loss_fiscal_years",
        about: "fiscal years with a loss carried forward, kept 10 years: 2025,2026",
        normalize: year_list,
        default: "",
    },
    SettingSpec {
        key: "inventory_goods_account",
        about: "inventory asset for goods (商品)",
        normalize: any_text,
        default: "1200",
    },
    SettingSpec {
        key: "inventory_goods_bookkeeping",
        about: "goods: perpetual (継続記録法: receipts to 商品, issues to 売上原価) or periodic (三分法: receipts to 仕入高, stock booked with `inventory book-stock`)",
        normalize: goods_bookkeeping,
        default: "perpetual",
    },
    SettingSpec {
        key: "inventory_purchases_account",
        about: "goods received under periodic bookkeeping (仕入高)",
        normalize: any_text,
        default: "5110",
    },
    SettingSpec {
        key: "inventory_stock_change_account",
        about: "contra of the goods stock booked under periodic bookkeeping (期末商品棚卸高)",
        normalize: any_text,
        default: "5190",
    },
    SettingSpec {
        key: "inventory_supplies_account",
        about: "inventory asset for supplies (貯蔵品)",
        normalize: any_text,
        default: "1240",
    },
    SettingSpec {
        key: "inventory_cogs_account",
        about: "cost of goods issued (売上原価)",
        normalize: any_text,
        default: "5200",
    },
    SettingSpec {
        key: "inventory_supplies_expense_account",
        about: "supplies consumed (消耗品費)",
        normalize: any_text,
        default: "6270",
    },
    SettingSpec {
        key: "inventory_shrinkage_account",
        about: "stocktake and adjustment differences (棚卸減耗損)",
        normalize: any_text,
        default: "5210",
    },
    SettingSpec {
        key: "inventory_payable_account",
        about: "what receipts are owed on (買掛金)",
        normalize: any_text,
        default: "2110",
    },
    SettingSpec {
        key: "inventory_tax_account",
        about: "consumption tax on purchases (仮払消費税等)",
        normalize: any_text,
        default: "1350",
    },
    SettingSpec {
        key: "attendance_weekly_hours",
        about: "statutory week in hours: 40, or 44 under the 特例 (retail, health, ... < 10 staff)",
        normalize: weekly_hours,
        default: "40",
    },
    SettingSpec {
        key: "attendance_monthly_rounding",
        about: "monthly overtime/holiday/night totals: none, or 30min (<30 dropped, >=30 up)",
        normalize: monthly_rounding,
        default: "none",
    },
    SettingSpec {
        key: "attendance_special_clause",
        about: "the 36協定 has a special clause (特別条項): yes or no",
        normalize: yes_no,
        default: "no",
    },
    SettingSpec {
        key: "close_out_of_order",
        about: "closing a month while an earlier one is open: warn or refuse",
        normalize: out_of_order,
        default: "warn",
    },
    SettingSpec {
        key: "close_document_threshold",
        about: "closing needs a linked document for every expense of this amount or more (empty: off)",
        normalize: optional_amount,
        default: "",
    },
    SettingSpec {
        key: "payroll_withholding_method",
        about: "源泉徴収: table (月額表) or formula (電算機計算の特例)",
        normalize: withholding_method,
        default: "table",
    },
    SettingSpec {
        key: "payroll_premium_month",
        about: "social insurance deducted from pay: previous month's premium (翌月徴収) or current",
        normalize: premium_timing,
        default: "previous",
    },
    SettingSpec {
        key: "payroll_pay_month",
        about: "pay day falls in the next month after the work month, or the same",
        normalize: pay_month,
        default: "next",
    },
    SettingSpec {
        key: "payroll_pay_day",
        about: "day of the month pay is paid (31 = the last day)",
        normalize: day_of_month,
        default: "25",
    },
    SettingSpec {
        key: "payroll_entry_date",
        about: "payroll journal entry dated month-end (accrual) or pay-date",
        normalize: entry_date,
        default: "month-end",
    },
    SettingSpec {
        key: "payroll_wage_account",
        about: "account for wages (給料手当)",
        normalize: any_text,
        default: "6110",
    },
    SettingSpec {
        key: "payroll_officer_account",
        about: "account for officers' pay (役員報酬)",
        normalize: any_text,
        default: "6100",
    },
    SettingSpec {
        key: "payroll_welfare_account",
        about: "account for the employer's insurance share (法定福利費)",
        normalize: any_text,
        default: "6140",
    },
    SettingSpec {
        key: "payroll_withholding_account",
        about: "account for tax, resident tax and premiums withheld (預り金)",
        normalize: any_text,
        default: "2160",
    },
    SettingSpec {
        key: "payroll_employer_share_account",
        about: "account for the employer's premiums payable (未払費用)",
        normalize: any_text,
        default: "2140",
    },
    SettingSpec {
        key: "payroll_net_account",
        about: "account for net pay (未払費用, or 普通預金 when paid at once)",
        normalize: any_text,
        default: "2140",
    },
    SettingSpec {
        key: "payroll_consignor_code",
        about: "Zengin 委託者コード (10 digits, from the bank)",
        normalize: consignor_code,
        default: "",
    },
    SettingSpec {
        key: "payroll_consignor_name",
        about: "Zengin 委託者名 (kana, e.g. ｶ)ｻﾝﾌﾟﾙｼﾖｳｼﾞ)",
        normalize: zengin_consignor_name,
        default: "",
    },
    SettingSpec {
        key: "payroll_bank_code",
        about: "the company's transfer bank: 銀行番号 (4 digits)",
        normalize: bank_code,
        default: "",
    },
    SettingSpec {
        key: "payroll_bank_name",
        about: "the company's transfer bank name (kana)",
        normalize: zengin_bank_name,
        default: "",
    },
    SettingSpec {
        key: "payroll_branch_code",
        about: "the company's transfer branch: 支店番号 (3 digits)",
        normalize: branch_code,
        default: "",
    },
    SettingSpec {
        key: "payroll_branch_name",
        about: "the company's transfer branch name (kana)",
        normalize: zengin_bank_name,
        default: "",
    },
    SettingSpec {
        key: "payroll_account_type",
        about: "the company's transfer account type: 1 普通, 2 当座",
        normalize: account_type,
        default: "1",
    },
    SettingSpec {
        key: "payroll_account_number",
        about: "the company's transfer account number (7 digits)",
        normalize: account_number,
        default: "",
    },
    SettingSpec {
        key: "attendance_agreement_start_month",
        about: "first month of the 36協定 year (default: the fiscal year's)",
        normalize: optional_month,
        default: "",
    },
];

/// A setting's value, or its default when unset.
pub fn setting_or_default(conn: &Connection, key: &str) -> Result<String> {
    let default = spec(key)?.default;
    Ok(store::get(conn, key)?
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| default.to_string()))
}

/// Finds a setting by key.
pub fn spec(key: &str) -> Result<&'static SettingSpec> {
    match SETTINGS.iter().find(|s| s.key == key) {
        Some(s) => Ok(s),
        None => bail!(
            "unknown setting '{key}' (known: {})",
            SETTINGS
                .iter()
                .map(|s| s.key)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The settings every command needs, read once.
#[derive(Debug, Clone)]
pub struct Company {
    /// Company name.
    pub name: String,
    /// First month of the fiscal year.
    pub fiscal_year_start: u32,
    /// Book currency.
    pub currency: Currency,
    /// Default language.
    pub locale: Lang,
    /// Code (or name) of the retained earnings account, if set.
    pub retained_earnings_account: Option<String>,
}

impl Company {
    /// Reads the company settings.
    pub fn load(conn: &Connection) -> Result<Company> {
        let get = |key| store::get(conn, key);
        let name = get("name")?.unwrap_or_default();
        let fiscal_year_start = get("fiscal_year_start")?
            .and_then(|m| m.parse().ok())
            .unwrap_or(4);
        let currency = match get("currency")? {
            Some(code) => Currency::from_code(&code)?,
            None => Currency::JPY,
        };
        let locale = match get("locale")?.as_deref() {
            Some("en") => Lang::En,
            _ => Lang::Ja,
        };
        let retained_earnings_account = get("retained_earnings_account")?.filter(|s| !s.is_empty());
        Ok(Company {
            name,
            fiscal_year_start,
            currency,
            locale,
            retained_earnings_account,
        })
    }
}

/// The company's locale is the default language of everything bko shows.
impl crate::kernel::ctx::Locale for Company {
    fn locale(&self) -> Lang {
        self.locale
    }
}
