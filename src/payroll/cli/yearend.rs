//! `bko payroll yearend declare|calc`: 年末調整 declarations and the adjustment, step by step.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::yes;
use crate::company::Company;
use crate::kernel::clock::timestamp;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::period::parse_date;
use crate::payroll::adjustment;
use crate::payroll::declaration::{AMOUNTS, DeclarationChange, parse_relative};
use crate::payroll::report;

/// 年末調整 commands.
#[derive(Debug, Subcommand)]
pub enum YearendCommand {
    /// Record an employee's declarations for a year (扶養控除等・基礎控除・保険料控除・住宅借入金等特別控除
    /// 申告書, an earlier employer's 源泉徴収票); given values replace those recorded, the rest stay.
    Declare(Box<DeclareArgs>),
    /// Record many employees' declarations from CSV, one row each: employee, spouse, dependants
    /// (relatives separated by ';'), disability, widow, single_parent, working_student and the
    /// amounts named like the declare flags (life_new_general, housing_loan, …). Empty cells keep
    /// what is recorded; 'none' removes a spouse or the dependants. All or nothing.
    Import {
        /// The CSV file.
        file: std::path::PathBuf,
        /// The year.
        #[arg(long, value_parser = crate::kernel::period::parse_year)]
        year: i32,
        /// Text encoding.
        #[arg(long, value_enum, default_value_t = crate::kernel::csvio::Encoding::Auto)]
        encoding: crate::kernel::csvio::Encoding,
    },
    /// The adjustment of every employee paid in the year (or one), step by step, from the
    /// confirmed runs and the declarations; who is left out and why.
    Calc {
        /// The year (pay dates in it).
        #[arg(long, value_parser = crate::kernel::period::parse_year)]
        year: i32,
        /// Only this employee.
        #[arg(long)]
        employee: Option<String>,
    },
    /// Settle the adjustment in the year's last pay: each refund or extra tax becomes a line of
    /// that month's (draft) payslip and is posted with the run — or, with --settle-separately
    /// when that run is already confirmed, is posted on its own at once (once per year).
    Apply {
        /// The year.
        #[arg(long, value_parser = crate::kernel::period::parse_year)]
        year: i32,
        /// The work month whose run (a draft, paid in the year) carries it.
        #[arg(long, value_parser = crate::kernel::period::Month::parse)]
        month: crate::kernel::period::Month,
        /// The month's run is confirmed: settle on its own (refunds out of 預り金, extra tax into
        /// it), posted now.
        #[arg(long)]
        settle_separately: bool,
        /// The settlement's date (default: the run's pay date); with --settle-separately.
        #[arg(long, value_parser = parse_date, requires = "settle_separately")]
        date: Option<chrono::NaiveDate>,
    },
    /// The year's paperwork as data: the 給与支払報告書 per employee with the municipality it goes
    /// to (statements), its 総括表 per municipality (summary), or the 源泉徴収簿 (book).
    Report {
        /// The year.
        #[arg(long, value_parser = crate::kernel::period::parse_year)]
        year: i32,
        /// Which report.
        #[arg(long, value_enum, default_value_t = YearendReport::Statements)]
        kind: YearendReport,
        /// Only this employee.
        #[arg(long)]
        employee: Option<String>,
    },
    /// Write the Zengin 給与振込 file paying the refunds of a 年末調整 settled on its own
    /// (`apply --settle-separately`).
    Transfer {
        /// The year.
        #[arg(long, value_parser = crate::kernel::period::parse_year)]
        year: i32,
        /// The file.
        #[arg(short = 'o', long)]
        output: std::path::PathBuf,
        /// Replace a file that already exists.
        #[arg(long)]
        force: bool,
    },
    /// Write the 源泉徴収票 PDFs of a year: one per employee paid in it (leavers, 乙欄 and
    /// over-¥20M employees too, without adjustment), 受給者交付用 and 支払者控 on one A4 page.
    Slips {
        /// The year.
        #[arg(long, value_parser = crate::kernel::period::parse_year)]
        year: i32,
        /// Directory.
        #[arg(short = 'o', long, default_value = "gensen")]
        output: std::path::PathBuf,
        /// Only this employee.
        #[arg(long)]
        employee: Option<String>,
        /// Replace files that already exist (otherwise an existing file is refused).
        #[arg(long)]
        force: bool,
    },
}

/// The year-end reports.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum YearendReport {
    /// 給与支払報告書 (個人別明細書): one row per employee, with the 市区町村コード.
    Statements,
    /// 総括表: per municipality, the statements sent there and their totals.
    Summary,
    /// 源泉徴収簿: every pay of the year per employee, then the adjustment.
    Book,
}

/// An employee's declarations.
#[derive(Debug, Args)]
pub struct DeclareArgs {
    /// Employee code.
    pub employee: String,
    /// The year.
    #[arg(long, value_parser = crate::kernel::period::parse_year)]
    pub year: i32,
    /// The spouse: BIRTH[:INCOME][:disability=general|special][:together][:name=NAME].
    #[arg(long, conflicts_with = "no_spouse")]
    pub spouse: Option<String>,
    /// No spouse to declare (removes one recorded).
    #[arg(long)]
    pub no_spouse: bool,
    /// A supported relative (repeat; replaces the list):
    /// BIRTH[:INCOME][:disability=…][:together][:name=NAME][:relation=子|父|母|…].
    #[arg(long)]
    pub dependant: Vec<String>,
    /// Remove every dependant.
    #[arg(long)]
    pub no_dependants: bool,
    /// Own disability: none, general, special.
    #[arg(long)]
    pub disability: Option<String>,
    /// 寡婦 (yes/no).
    #[arg(long, value_parser = ["yes", "no"])]
    pub widow: Option<String>,
    /// ひとり親 (yes/no).
    #[arg(long, value_parser = ["yes", "no"])]
    pub single_parent: Option<String>,
    /// 勤労学生 (yes/no).
    #[arg(long, value_parser = ["yes", "no"])]
    pub working_student: Option<String>,
    /// Estimated income other than this pay (基礎控除申告書).
    #[arg(long)]
    pub other_income: Option<i64>,
    /// 一般生命保険料 paid, new contracts.
    #[arg(long)]
    pub life_new_general: Option<i64>,
    /// 介護医療保険料 paid.
    #[arg(long)]
    pub life_care_medical: Option<i64>,
    /// 個人年金保険料 paid, new contracts.
    #[arg(long)]
    pub life_new_pension: Option<i64>,
    /// 一般生命保険料 paid, old contracts.
    #[arg(long)]
    pub life_old_general: Option<i64>,
    /// 個人年金保険料 paid, old contracts.
    #[arg(long)]
    pub life_old_pension: Option<i64>,
    /// 地震保険料 paid.
    #[arg(long)]
    pub earthquake: Option<i64>,
    /// 旧長期損害保険料 paid.
    #[arg(long)]
    pub old_long_term: Option<i64>,
    /// Social insurance paid directly (国民年金 and the like).
    #[arg(long)]
    pub social_insurance: Option<i64>,
    /// 小規模企業共済等掛金.
    #[arg(long)]
    pub small_business_mutual: Option<i64>,
    /// 住宅借入金等特別控除 (the amount on the 申告書).
    #[arg(long)]
    pub housing_loan: Option<i64>,
    /// Pay from an earlier employer this year (its 源泉徴収票).
    #[arg(long)]
    pub previous_employer_pay: Option<i64>,
    /// Social insurance at the earlier employer.
    #[arg(long)]
    pub previous_employer_insurance: Option<i64>,
    /// Tax withheld by the earlier employer.
    #[arg(long)]
    pub previous_employer_tax: Option<i64>,
    /// The earlier employer's name and address (printed in 摘要).
    #[arg(long)]
    pub previous_employer: Option<String>,
    /// The day the employee left the earlier employer.
    #[arg(long, value_parser = parse_date)]
    pub previous_employer_left: Option<chrono::NaiveDate>,
}

/// Runs a year-end command.
pub fn run(ctx: &Ctx, cmd: YearendCommand) -> Result<()> {
    match cmd {
        YearendCommand::Declare(a) => declare(ctx, *a),
        YearendCommand::Import {
            file,
            year,
            encoding,
        } => import(ctx, &file, year, encoding),
        YearendCommand::Calc { year, employee } => calc(ctx, year, employee.as_deref()),
        YearendCommand::Apply {
            year,
            month,
            settle_separately,
            date,
        } => apply_to_run(ctx, year, month, settle_separately.then_some(date)),
        YearendCommand::Report {
            year,
            kind,
            employee,
        } => year_report(ctx, year, kind, employee.as_deref()),
        YearendCommand::Transfer {
            year,
            output,
            force,
        } => {
            let db = ctx.open()?;
            let (bytes, count, total) =
                crate::payroll::outputs::settlement_transfer_file(&db.conn, year)?;
            let existing = crate::kernel::files::Existing::from_force(force);
            crate::kernel::files::write_file(&output, &bytes, existing)?;
            ctx.ui.info(format!(
                "{count} refunds, {total} yen, written to {}",
                output.display()
            ));
            Ok(())
        }
        YearendCommand::Slips {
            year,
            output,
            employee,
            force,
        } => slips(ctx, year, &output, employee.as_deref(), force),
    }
}

/// What the flags change in the recorded declaration.
fn change_of(a: &DeclareArgs) -> Result<DeclarationChange> {
    let spouse = match (&a.spouse, a.no_spouse) {
        (Some(text), _) => Some(Some(parse_relative(text)?)),
        (None, true) => Some(None),
        (None, false) => None,
    };
    let dependants = if !a.dependant.is_empty() {
        Some(
            a.dependant
                .iter()
                .map(|t| parse_relative(t))
                .collect::<Result<_>>()?,
        )
    } else if a.no_dependants {
        Some(Vec::new())
    } else {
        None
    };
    let given = [
        a.other_income,
        a.life_new_general,
        a.life_care_medical,
        a.life_new_pension,
        a.life_old_general,
        a.life_old_pension,
        a.earthquake,
        a.old_long_term,
        a.social_insurance,
        a.small_business_mutual,
        a.housing_loan,
        a.previous_employer_pay,
        a.previous_employer_insurance,
        a.previous_employer_tax,
    ];
    Ok(DeclarationChange {
        spouse,
        dependants,
        disability: a.disability.clone(),
        widow: yes(&a.widow),
        single_parent: yes(&a.single_parent),
        working_student: yes(&a.working_student),
        amounts: AMOUNTS
            .iter()
            .zip(given)
            .filter_map(|(name, value)| value.map(|v| (*name, v)))
            .collect(),
        previous_employer: a.previous_employer.clone(),
        previous_employer_left: a.previous_employer_left,
    })
}

fn declare(ctx: &Ctx, a: DeclareArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let now = timestamp();
    db::write(&mut db, "payroll yearend declare", |tx| {
        let e = crate::people::by_code(tx, &a.employee)?;
        let d = change_of(&a)?.apply(adjustment::declaration(tx, e.id, a.year)?)?;
        adjustment::declare(tx, &a.employee, a.year, &d, &now)?;
        Ok(((), format!("{} declarations for {}", a.employee, a.year)))
    })?;
    ctx.ui.info(format!(
        "{}'s declarations for {} saved",
        a.employee, a.year
    ));
    Ok(())
}

fn import(
    ctx: &Ctx,
    file: &std::path::Path,
    year: i32,
    encoding: crate::kernel::csvio::Encoding,
) -> Result<()> {
    let mut db = ctx.open()?;
    let now = timestamp();
    let mut input = crate::kernel::csvio::CsvInput::open(file, encoding)?;
    let count = db::write(&mut db, "payroll yearend import", |tx| {
        let n = crate::payroll::import::yearend::declarations(tx, &mut input, year, &now)?;
        Ok((
            n,
            format!("{n} declarations for {year} from {}", file.display()),
        ))
    })?;
    ctx.ui
        .info(format!("{count} employees' declarations for {year} saved"));
    Ok(())
}

fn calc(ctx: &Ctx, year: i32, only: Option<&str>) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let outcomes = adjustment::calculate(&db.conn, year, only)?;
    ctx.print(&report::year_end(year, &outcomes, company.currency), lang)
}

/// `yearend apply`: into the month's draft run, or on its own when `separately` is given (with
/// the settlement's date, if any).
fn apply_to_run(
    ctx: &Ctx,
    year: i32,
    month: crate::kernel::period::Month,
    separately: Option<Option<chrono::NaiveDate>>,
) -> Result<()> {
    let OpenBooks {
        mut db, company, ..
    } = ctx.books::<Company>()?;
    let now = timestamp();
    let applied = db::write(&mut db, "payroll yearend apply", |tx| {
        let applied = match separately {
            Some(date) => adjustment::settle_separately(tx, year, month, date, &now)?,
            None => adjustment::apply(tx, year, month)?,
        };
        let summary = format!(
            "年末調整 {year} {}: {} employees",
            if separately.is_some() {
                "settled separately"
            } else {
                "applied"
            },
            applied.len()
        );
        Ok((applied, summary))
    })?;
    for (e, amount) in &applied {
        let what = if *amount >= 0 { "refund" } else { "collect" };
        ctx.ui.info(format!(
            "{} {}: {what} {}",
            e.code,
            e.name,
            company.currency.display(amount.abs())
        ));
    }
    ctx.ui.info(if separately.is_some() {
        format!(
            "年末調整 {year} settled on its own and posted ({} employees); pay the refunds and collect the extra tax",
            applied.len()
        )
    } else {
        format!(
            "年末調整 {year} settled in the payroll of {month} ({} employees); confirm the run to post it",
            applied.len()
        )
    });
    Ok(())
}

fn slips(
    ctx: &Ctx,
    year: i32,
    dir: &std::path::Path,
    only: Option<&str>,
    force: bool,
) -> Result<()> {
    use crate::kernel::files::{self, Existing};
    let db = ctx.open()?;
    let files = db::snapshot(&db.conn, |conn| {
        crate::payroll::outputs::certificate_pdfs(conn, year, only)
    })?;
    let existing = Existing::from_force(force);
    files::write_batch(dir, &files, existing)?;
    ctx.ui.info(format!(
        "{} 源泉徴収票 for {year} written to {}",
        files.len(),
        dir.display()
    ));
    Ok(())
}

fn year_report(ctx: &Ctx, year: i32, kind: YearendReport, only: Option<&str>) -> Result<()> {
    use crate::payroll::certificate;
    use crate::payroll::report::yearend as yearend_report;
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let certificates = certificate::certificates(&db.conn, year, only)?;
    let currency = company.currency;
    let report = match kind {
        YearendReport::Statements => yearend_report::statements(year, &certificates, currency),
        YearendReport::Summary => yearend_report::summary(year, &certificates, currency),
        YearendReport::Book => {
            let slips = adjustment::year_slips(&db.conn, year)?;
            yearend_report::book(&slips, &certificates, currency)
        }
    };
    ctx.print(&report, lang)
}
