//! `bko payroll ...`: tables, pay settings, runs, payslips, register and the bank file.

mod bonus;
mod runs;
mod settings;
mod yearend;

use std::path::PathBuf;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::kernel::csvio::Encoding;
use crate::kernel::ctx::Ctx;
use crate::kernel::files::Existing;
use crate::kernel::period::{Month, parse_date};

/// Payroll commands.
#[derive(Debug, Subcommand)]
pub enum PayrollCommand {
    /// The official tables (withholding, grades, insurance rates): list, or import a new year.
    #[command(subcommand)]
    Rates(RatesCommand),
    /// Set an employee's pay from a work month on (unspecified fields keep their values).
    Set(Box<SetArgs>),
    /// Pay settings from CSV: employee,from,monthly|hourly,allowances,commuting,dependents,
    /// column,resident_tax,resident_tax_june,prefecture,social_insurance,employment_insurance,
    /// attendance_deductions,standard_monthly,bank_code,bank_name,branch_code,branch_name,account_type,account_number.
    Import {
        /// The CSV file.
        file: PathBuf,
        /// Text encoding.
        #[arg(long, value_enum, default_value_t = Encoding::Auto)]
        encoding: Encoding,
    },
    /// An employee's pay settings, every version.
    Settings {
        /// Employee code.
        employee: String,
    },
    /// Set 標準報酬月額 from remuneration (資格取得) or from April-June pay (定時決定).
    Grade {
        /// Employee code.
        employee: String,
        /// 報酬月額 (monthly remuneration incl. commuting) for 資格取得 or a change.
        #[arg(long, conflicts_with = "teiji")]
        remuneration: Option<i64>,
        /// 定時決定 for this year: the average of pay paid in April, May and June (months with
        /// at least 17 paid days), applied from September.
        #[arg(long, value_parser = crate::kernel::period::parse_year)]
        teiji: Option<i32>,
        /// The first work month the grade applies to (資格取得 / 随時改定).
        #[arg(long, value_parser = Month::parse_text)]
        from: Option<String>,
    },
    /// Take-home pay for one person, without touching any employee.
    Calc(CalcArgs),
    /// Bonuses (賞与): run, show, confirm, cancel by pay date.
    #[command(subcommand)]
    Bonus(bonus::BonusCommand),
    /// 年末調整: declarations and the year's adjustment.
    #[command(subcommand)]
    Yearend(yearend::YearendCommand),
    /// Compute the month's payroll from the closed attendance month (a draft; run again to redo).
    Run {
        /// Work month (YYYY-MM).
        #[arg(long, value_parser = Month::parse)]
        month: Month,
        /// Pay date (default: by payroll_pay_month / payroll_pay_day).
        #[arg(long, value_parser = parse_date)]
        pay_date: Option<NaiveDate>,
    },
    /// The run's payslips.
    Show {
        /// Work month.
        #[arg(long, value_parser = Month::parse)]
        month: Month,
        /// Only this employee.
        #[arg(long)]
        employee: Option<String>,
    },
    /// Confirm the run: post the journal entry and lock it.
    Confirm {
        /// Work month.
        #[arg(long, value_parser = Month::parse)]
        month: Month,
    },
    /// Discard a draft run.
    Cancel {
        /// Work month.
        #[arg(long, value_parser = Month::parse)]
        month: Month,
    },
    /// 賃金台帳: confirmed payslips of a month or of the months paid in a year.
    Register {
        /// Work month.
        #[arg(long, conflicts_with = "year", required_unless_present = "year", value_parser = Month::parse)]
        month: Option<Month>,
        /// Pay year.
        #[arg(long, value_parser = crate::kernel::period::parse_year)]
        year: Option<i32>,
    },
    /// Write a payslip PDF per employee.
    Payslips {
        /// Work month.
        #[arg(long, value_parser = Month::parse)]
        month: Month,
        /// Directory.
        #[arg(short = 'o', long, default_value = "payslips")]
        output: PathBuf,
        /// Replace files that already exist (otherwise an existing file is refused).
        #[arg(long)]
        force: bool,

        /// Only this employee.
        #[arg(long)]
        employee: Option<String>,
    },
    /// Write the Zengin 給与振込 file for a confirmed run.
    Transfer {
        /// Work month.
        #[arg(long, value_parser = Month::parse)]
        month: Month,
        /// The file.
        #[arg(short = 'o', long)]
        output: PathBuf,
        /// Replace files that already exist (otherwise an existing file is refused).
        #[arg(long)]
        force: bool,
    },
}

/// Table commands.
#[derive(Debug, Subcommand)]
pub enum RatesCommand {
    /// List the tables and their validity.
    List,
    /// Import a table (the layout is told by the header; see assets/payroll/README.md).
    Import {
        /// The CSV file.
        file: PathBuf,
        /// First month it applies to (pay, premium or work month, per table).
        #[arg(long, value_parser = Month::parse_text)]
        from: String,
        /// Last month it applies to.
        #[arg(long, value_parser = Month::parse_text)]
        to: Option<String>,
        /// Text encoding.
        #[arg(long, value_enum, default_value_t = Encoding::Auto)]
        encoding: Encoding,
    },
}

/// Pay settings.
#[derive(Debug, Args)]
pub struct SetArgs {
    /// Employee code.
    pub employee: String,
    /// First work month (YYYY-MM).
    #[arg(long, value_parser = Month::parse_text)]
    pub from: String,
    /// Monthly salary.
    #[arg(long, conflicts_with = "hourly")]
    pub monthly: Option<i64>,
    /// Hourly wage.
    #[arg(long)]
    pub hourly: Option<i64>,
    /// An allowance NAME=AMOUNT[:nontax][:excluded] (repeat; replaces the list).
    #[arg(long)]
    pub allowance: Vec<String>,
    /// Remove every allowance.
    #[arg(long)]
    pub clear_allowances: bool,
    /// 通勤手当 per month.
    #[arg(long)]
    pub commuting: Option<i64>,
    /// 扶養親族等の数.
    #[arg(long)]
    pub dependents: Option<u32>,
    /// kou (甲) or otsu (乙).
    #[arg(long, value_parser = ["kou", "otsu"])]
    pub column: Option<String>,
    /// 住民税 per month (July-May).
    #[arg(long)]
    pub resident_tax: Option<i64>,
    /// 住民税 in June.
    #[arg(long)]
    pub resident_tax_june: Option<i64>,
    /// Health-insurance prefecture (13, 東京都 or Tokyo).
    #[arg(long)]
    pub prefecture: Option<String>,
    /// Enrolled in health insurance and pension.
    #[arg(long, value_parser = ["yes", "no"])]
    pub social_insurance: Option<String>,
    /// Enrolled in employment insurance.
    #[arg(long, value_parser = ["yes", "no"])]
    pub employment_insurance: Option<String>,
    /// Whether absences and lateness reduce monthly pay (no: staff without timecards).
    #[arg(long, value_parser = ["yes", "no"])]
    pub attendance_deductions: Option<String>,
    /// 標準報酬月額.
    #[arg(long)]
    pub standard_monthly: Option<i64>,
    /// Bank: 銀行番号 (4 digits).
    #[arg(long)]
    pub bank_code: Option<String>,
    /// Bank name (kana).
    #[arg(long)]
    pub bank_name: Option<String>,
    /// 支店番号 (3 digits).
    #[arg(long)]
    pub branch_code: Option<String>,
    /// Branch name (kana).
    #[arg(long)]
    pub branch_name: Option<String>,
    /// 1 普通, 2 当座, 4 貯蓄.
    #[arg(long)]
    pub account_type: Option<String>,
    /// 口座番号 (7 digits).
    #[arg(long)]
    pub account_number: Option<String>,
}

/// The calculator's inputs.
#[derive(Debug, Args)]
pub struct CalcArgs {
    /// Pay month (YYYY-MM).
    #[arg(long, value_parser = Month::parse)]
    pub month: Month,
    /// Gross pay.
    #[arg(long)]
    pub gross: i64,
    /// 標準報酬月額 (default: the grade of the gross).
    #[arg(long)]
    pub standard_monthly: Option<i64>,
    /// Age (介護保険 from 40 to 64).
    #[arg(long, conflicts_with = "birth_date")]
    pub age: Option<u32>,
    /// Birth date.
    #[arg(long, value_parser = parse_date)]
    pub birth_date: Option<NaiveDate>,
    /// Prefecture.
    #[arg(long, default_value = "東京都")]
    pub prefecture: String,
    /// 扶養親族等の数.
    #[arg(long, default_value_t = 0)]
    pub dependents: u32,
    /// kou or otsu.
    #[arg(long, default_value = "kou", value_parser = ["kou", "otsu"])]
    pub column: String,
    /// The non-taxable part of gross (commuting allowance and the like).
    #[arg(long, default_value_t = 0)]
    pub non_taxable: i64,
    /// Not in employment insurance (officers).
    #[arg(long)]
    pub no_employment_insurance: bool,
}

/// A `yes`/`no` flag as given, None when not given.
fn yes(value: &Option<String>) -> Option<bool> {
    value.as_deref().map(|v| v == "yes")
}

/// Runs a payroll command.
pub fn run(ctx: &Ctx, cmd: PayrollCommand) -> Result<()> {
    match cmd {
        PayrollCommand::Rates(RatesCommand::List) => settings::rates_list(ctx),
        PayrollCommand::Rates(RatesCommand::Import {
            file,
            from,
            to,
            encoding,
        }) => settings::rates_import(ctx, &file, &from, to.as_deref(), encoding),
        PayrollCommand::Set(a) => settings::set(ctx, *a),
        PayrollCommand::Import { file, encoding } => settings::import(ctx, &file, encoding),
        PayrollCommand::Settings { employee } => settings::show(ctx, &employee),
        PayrollCommand::Grade {
            employee,
            remuneration,
            teiji,
            from,
        } => settings::grade(ctx, &employee, remuneration, teiji, from.as_deref()),
        PayrollCommand::Calc(a) => runs::calc(ctx, a),
        PayrollCommand::Yearend(cmd) => yearend::run(ctx, cmd),
        PayrollCommand::Bonus(cmd) => bonus::run(ctx, cmd),
        PayrollCommand::Run { month, pay_date } => runs::run(ctx, &month, pay_date),
        PayrollCommand::Show { month, employee } => runs::show(ctx, &month, employee.as_deref()),
        PayrollCommand::Confirm { month } => runs::confirm(ctx, &month),
        PayrollCommand::Cancel { month } => runs::cancel(ctx, &month),
        PayrollCommand::Register { month, year } => runs::register(ctx, month, year),
        PayrollCommand::Payslips {
            month,
            output,
            employee,
            force,
        } => runs::payslips(
            ctx,
            &month,
            &output,
            employee.as_deref(),
            Existing::from_force(force),
        ),
        PayrollCommand::Transfer {
            month,
            output,
            force,
        } => runs::transfer(ctx, &month, &output, Existing::from_force(force)),
    }
}
