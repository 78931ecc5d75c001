//! The settings of payroll: its keys, what they mean, their validation and defaults
//! (registered with the kernel's registry; `bko company set` walks it). Only this area reads them.

use anyhow::Result;
use rusqlite::Connection;

use crate::kernel::period::Month;
use crate::kernel::settings::{SettingSpec, any_text, day_of_month, digits, one_of};

fn account_number(value: &str) -> Result<String> {
    digits(value, 7)
}

fn account_type(value: &str) -> Result<String> {
    one_of(value, &["1", "2", "4", "9"])
}

fn bank_code(value: &str) -> Result<String> {
    digits(value, 4)
}

fn branch_code(value: &str) -> Result<String> {
    digits(value, 3)
}

fn consignor_code(value: &str) -> Result<String> {
    digits(value, 10)
}

fn entry_date(value: &str) -> Result<String> {
    one_of(value, &["month-end", "pay-date"])
}

fn pay_month(value: &str) -> Result<String> {
    one_of(value, &["next", "same"])
}

fn prorate(value: &str) -> Result<String> {
    one_of(value, &["calendar-days", "workdays", "none"])
}

fn prorate_rounding(value: &str) -> Result<String> {
    one_of(value, &["half-up", "floor", "ceil"])
}

fn premium_timing(value: &str) -> Result<String> {
    one_of(value, &["previous", "current"])
}

fn withholding_method(value: &str) -> Result<String> {
    one_of(value, &["table", "formula"])
}

fn zengin_bank_name(value: &str) -> Result<String> {
    use crate::jp::zengin::{BANK_NAME_WIDTH, check_name};
    check_name(value, BANK_NAME_WIDTH, "the name")
}

/// Checked when set, not on payday: what the Zengin file will have to carry.
fn zengin_consignor_name(value: &str) -> Result<String> {
    use crate::jp::zengin::{CONSIGNOR_NAME_WIDTH, check_name};
    check_name(value, CONSIGNOR_NAME_WIDTH, "委託者名")
}

/// Every key of this area, in the order `bko company show` lists them.
pub const SETTINGS: &[SettingSpec] = &[
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
        key: "payroll_prorate",
        about: "日割り of monthly pay in the month of joining or leaving: by calendar-days, by the calendar's workdays, or none",
        normalize: prorate,
        default: "calendar-days",
    },
    SettingSpec {
        key: "payroll_prorate_rounding",
        about: "rounding of 日割り pay to the yen: half-up (50銭 up), floor or ceil",
        normalize: prorate_rounding,
        default: "half-up",
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
        key: "payroll_bonus_account",
        about: "account for bonuses (賞与)",
        normalize: any_text,
        default: "6120",
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
        key: "payroll_reimbursement_account",
        about: "what expense claims repaid with pay were owed on (未払金)",
        normalize: any_text,
        default: "2130",
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
];

/// A setting of this area, or its default when unset.
pub fn get(conn: &Connection, key: &str) -> Result<String> {
    crate::kernel::settings::value_or_default(conn, SETTINGS, key)
}

/// The payroll settings that decide how pay is computed and posted, read once and typed (the
/// accounts and the transfer account are read by key where they are resolved, so that a
/// missing one is named in its error).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayrollSettings {
    /// 電算機計算の特例 instead of the 月額表.
    pub withholding_formula: bool,
    /// The premium of the pay month itself instead of the month before (翌月徴収).
    pub premium_current_month: bool,
    /// Pay falls in the work month itself instead of the next.
    pub paid_same_month: bool,
    /// Day of the month pay is paid (31: the last day).
    pub pay_day: u32,
    /// Runs are posted on the pay date instead of the work month's last day.
    pub entry_on_pay_date: bool,
    /// 日割り: "calendar-days", "workdays" or "none".
    pub prorate: String,
    /// The rounding of 日割り pay.
    pub prorate_rounding: super::ProrateRounding,
}

impl PayrollSettings {
    /// Reads and types the settings (defaults where unset).
    pub fn load(conn: &Connection) -> Result<PayrollSettings> {
        Ok(PayrollSettings {
            withholding_formula: get(conn, "payroll_withholding_method")? == "formula",
            premium_current_month: get(conn, "payroll_premium_month")? == "current",
            paid_same_month: get(conn, "payroll_pay_month")? == "same",
            pay_day: get(conn, "payroll_pay_day")?.parse()?,
            entry_on_pay_date: get(conn, "payroll_entry_date")? == "pay-date",
            prorate: get(conn, "payroll_prorate")?,
            prorate_rounding: super::ProrateRounding::parse(&get(
                conn,
                "payroll_prorate_rounding",
            )?),
        })
    }

    /// The premium month a pay month deducts: the month before (翌月徴収, default) or the same.
    pub fn premium_month(&self, pay_month: Month) -> Month {
        if self.premium_current_month {
            pay_month
        } else {
            pay_month.prev()
        }
    }

    /// Table lookup or the 電算機計算の特例.
    pub fn method(&self) -> super::Method {
        if self.withholding_formula {
            super::Method::Formula
        } else {
            super::Method::Table
        }
    }
}
