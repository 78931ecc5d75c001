//! `bko payroll bonus run|show|confirm|cancel`: the bonuses of a pay date.

use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::NaiveDate;
use clap::Subcommand;

use crate::company::Company;
use crate::kernel::clock::timestamp;
use crate::kernel::csvio::{ColumnSpec, CsvInput, Encoding};
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::files::{self, Existing};
use crate::kernel::period::parse_date;
use crate::payroll::bonus_run::{self, BonusRequest};
use crate::payroll::report;

/// Bonus commands.
#[derive(Debug, Subcommand)]
pub enum BonusCommand {
    /// Compute the bonuses of a pay date into a draft (run again to redo): one employee, or a
    /// CSV `employee,amount[,previous_pay]`.
    Run {
        /// Pay date.
        #[arg(long, value_parser = parse_date)]
        date: NaiveDate,
        /// Employee code (with --amount).
        #[arg(long, requires = "amount", conflicts_with = "from_csv")]
        employee: Option<String>,
        /// The bonus.
        #[arg(long, value_parser = clap::value_parser!(i64).range(1..=999_999_999))]
        amount: Option<i64>,
        /// The previous month's pay after social insurance, when bko has no run for that month.
        #[arg(long, value_parser = clap::value_parser!(i64).range(0..=999_999_999))]
        previous_pay: Option<i64>,
        /// A CSV of bonuses: employee,amount[,previous_pay].
        #[arg(long)]
        from_csv: Option<PathBuf>,
        /// Text encoding of the CSV.
        #[arg(long, value_enum, default_value_t = Encoding::Auto)]
        encoding: Encoding,
    },
    /// The bonus slips of a pay date.
    Show {
        /// Pay date.
        #[arg(long, value_parser = parse_date)]
        date: NaiveDate,
    },
    /// 賞与支払届 data: per insured employee the pay date, bonus and 標準賞与額 for health and
    /// pension (after the caps), for the 日本年金機構 form or its e-Gov file.
    Notice {
        /// Pay date.
        #[arg(long, value_parser = parse_date)]
        date: NaiveDate,
    },
    /// Confirm: post 賞与 / 法定福利費 / 預り金 / 未払費用 in one entry and lock the run.
    Confirm {
        /// Pay date.
        #[arg(long, value_parser = parse_date)]
        date: NaiveDate,
    },
    /// Delete a draft bonus run.
    Cancel {
        /// Pay date.
        #[arg(long, value_parser = parse_date)]
        date: NaiveDate,
    },
    /// The confirmed bonuses of a year, one row per employee and pay date (the bonus part of the
    /// 賃金台帳; `payroll register --year` lists them with the monthly pay).
    Register {
        /// The year (pay dates in it).
        #[arg(long, value_parser = crate::kernel::period::parse_year)]
        year: i32,
    },
    /// Write a bonus slip PDF (賞与明細書) per employee.
    Payslips {
        /// Pay date.
        #[arg(long, value_parser = parse_date)]
        date: NaiveDate,
        /// Directory.
        #[arg(short = 'o', long, default_value = "payslips")]
        output: PathBuf,
        /// Only this employee.
        #[arg(long)]
        employee: Option<String>,
        /// Replace files that already exist (otherwise an existing file is refused).
        #[arg(long)]
        force: bool,
    },
    /// Write the Zengin 給与振込 file for a confirmed bonus run.
    Transfer {
        /// Pay date.
        #[arg(long, value_parser = parse_date)]
        date: NaiveDate,
        /// The file.
        #[arg(short = 'o', long)]
        output: PathBuf,
        /// Replace files that already exist (otherwise an existing file is refused).
        #[arg(long)]
        force: bool,
    },
}

/// Runs a bonus command.
pub fn run(ctx: &Ctx, cmd: BonusCommand) -> Result<()> {
    match cmd {
        BonusCommand::Run {
            date,
            employee,
            amount,
            previous_pay,
            from_csv,
            encoding,
        } => {
            let requests = match (&from_csv, employee, amount) {
                (Some(file), _, _) => read_requests(file, encoding)?,
                (None, Some(employee), Some(amount)) => vec![BonusRequest {
                    employee,
                    amount,
                    previous_pay,
                }],
                _ => Vec::new(),
            };
            compute(ctx, date, &requests)
        }
        BonusCommand::Show { date } => show(ctx, date),
        BonusCommand::Notice { date } => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            let (_, slips) = bonus_run::bonus_slips(&db.conn, date)?;
            ctx.print(&report::bonus_notice(date, &slips, company.currency), lang)
        }
        BonusCommand::Confirm { date } => write(ctx, "payroll bonus confirm", date, true),
        BonusCommand::Cancel { date } => write(ctx, "payroll bonus cancel", date, false),
        BonusCommand::Register { year } => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            let rows = bonus_run::confirmed_bonus_rows(&db.conn, year)?;
            ctx.print(
                &report::slips("bonus_register", &rows, company.currency),
                lang,
            )
        }
        BonusCommand::Payslips {
            date,
            output,
            employee,
            force,
        } => payslips(ctx, date, &output, employee.as_deref(), force),
        BonusCommand::Transfer {
            date,
            output,
            force,
        } => {
            let db = ctx.open()?;
            let (bytes, count, total) =
                crate::payroll::outputs::bonus_transfer_file(&db.conn, date)?;
            files::write_file(&output, &bytes, Existing::from_force(force))?;
            ctx.ui.info(format!(
                "{count} transfers, {total} yen, written to {}",
                output.display()
            ));
            Ok(())
        }
    }
}

/// `payroll bonus payslips`.
fn payslips(ctx: &Ctx, date: NaiveDate, dir: &Path, only: Option<&str>, force: bool) -> Result<()> {
    let OpenBooks { db, lang, .. } = ctx.books::<Company>()?;
    let (written, draft) = crate::payroll::outputs::bonus_payslip_pdfs(&db.conn, date, lang, only)?;
    files::write_batch(dir, &written, Existing::from_force(force))?;
    ctx.ui.info(format!(
        "{} bonus slips written to {}{}",
        written.len(),
        dir.display(),
        if draft {
            "; the run is still a draft"
        } else {
            ""
        }
    ));
    Ok(())
}

const COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        name: "employee",
        aliases: &["社員番号", "code"],
        required: true,
    },
    ColumnSpec {
        name: "amount",
        aliases: &["賞与", "bonus"],
        required: true,
    },
    ColumnSpec {
        name: "previous_pay",
        aliases: &["前月給与"],
        required: false,
    },
];

/// Reads `employee,amount[,previous_pay]`.
fn read_requests(file: &Path, encoding: Encoding) -> Result<Vec<BonusRequest>> {
    let mut input = CsvInput::open(file, encoding)?;
    let cols = input.columns(COLUMNS)?;
    let mut out = Vec::new();
    while let Some(row) = input.next_row()? {
        let get = |c: &str| row.get(cols.get(c).copied()).replace(',', "");
        let amount: i64 = get("amount")
            .parse()
            .ok()
            .filter(|a| (1..=crate::payroll::PAY_AMOUNT_MAX).contains(a))
            .ok_or_else(|| row.error("amount", "not a bonus amount (1 to 999,999,999)"))?;
        let previous_pay = match get("previous_pay").as_str() {
            "" => None,
            t => Some(
                t.parse::<i64>()
                    .ok()
                    .filter(|p| *p >= 0)
                    .ok_or_else(|| row.error("previous_pay", format!("'{t}' is not an amount")))?,
            ),
        };
        out.push(BonusRequest {
            employee: get("employee"),
            amount,
            previous_pay,
        });
    }
    Ok(out)
}

fn compute(ctx: &Ctx, date: NaiveDate, requests: &[BonusRequest]) -> Result<()> {
    let OpenBooks {
        mut db,
        company,
        lang,
    } = ctx.books::<Company>()?;
    let now = timestamp();
    let slips = db::write(&mut db, "payroll bonus run", |tx| {
        let slips = bonus_run::run_bonuses(tx, date, requests, &now)?;
        let summary = format!("bonus run of {date}: {} slip(s) (draft)", slips.len());
        Ok((slips, summary))
    })?;
    ctx.ui.info(format!(
        "bonus run of {date} computed (draft): {} employees",
        slips.len()
    ));
    ctx.print(&report::bonus_slips(date, &slips, company.currency), lang)
}

fn show(ctx: &Ctx, date: NaiveDate) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let (confirmed, slips) = bonus_run::bonus_slips(&db.conn, date)?;
    let mut r = report::bonus_slips(date, &slips, company.currency);
    r.notes
        .push(if confirmed { "confirmed" } else { "draft" }.to_string());
    ctx.print(&r, lang)
}

/// Confirms (posting the entry) or cancels the run of a date.
fn write(ctx: &Ctx, command: &str, date: NaiveDate, confirm: bool) -> Result<()> {
    let mut db = ctx.open()?;
    let message = db::write(&mut db, command, |tx| {
        let m = if confirm {
            let entry = bonus_run::confirm_bonuses(tx, date)?;
            format!("bonus run of {date} confirmed: entry {entry}")
        } else {
            bonus_run::cancel_bonuses(tx, date)?;
            format!("bonus run of {date} cancelled")
        };
        Ok((m.clone(), m))
    })?;
    ctx.ui.info(message);
    Ok(())
}
