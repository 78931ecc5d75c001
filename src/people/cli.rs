//! `bko people ...`: the employee master.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::{Employee, TimecardsAfter, apply_field, blank, hours_minutes};
use crate::company::Company;
use crate::kernel::clock::today;
use crate::kernel::csvio::Encoding;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::output::{Cell, Column, Lang, Report};
use crate::kernel::period::parse_date;

/// Employee commands.
#[derive(Debug, Subcommand)]
pub enum PeopleCommand {
    /// Add an employee.
    Add(Box<AddArgs>),
    /// List employees (without personal data; `people export` has everything).
    List {
        /// Include people who have left.
        #[arg(long)]
        all: bool,
    },
    /// Show one employee, every field.
    Show {
        /// Employee code.
        code: String,
    },
    /// Change one field: name, kana, birth_date, hire_date, leave_date, employment, department,
    /// days_per_week, hours_per_day, calendar, email, postal_code, address, municipality_code.
    Set {
        /// Employee code.
        code: String,
        /// The field.
        field: String,
        /// The new value ("" clears an optional one).
        value: String,
    },
    /// Add employees from CSV: code,name,kana,birth_date,hire_date,leave_date,employment,
    /// department,days_per_week,hours_per_day,calendar,email,postal_code,address,
    /// municipality_code (all or nothing).
    Import {
        /// The CSV file (UTF-8 or CP932; Japanese headers such as 社員番号,氏名 work too).
        file: PathBuf,
        /// Text encoding.
        #[arg(long, value_enum, default_value_t = Encoding::Auto)]
        encoding: Encoding,
        /// Update employees whose code exists instead of refusing them.
        #[arg(long)]
        update: bool,
    },
    /// Record that an employee leaves (退職): the last day employed.
    Leave {
        /// Employee code.
        code: String,
        /// The last day employed.
        #[arg(long, value_parser = parse_date)]
        date: NaiveDate,
    },
    /// Every field of every employee, personal data included (written to the audit log).
    Export,
}

/// A new employee's fields.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// Employee code (社員番号).
    pub code: String,
    /// Name.
    pub name: String,
    /// Name in katakana or hiragana (needed for bank transfer files).
    #[arg(long)]
    pub kana: Option<String>,
    /// Hire date (default: today).
    #[arg(long, value_parser = parse_date)]
    pub hire_date: Option<NaiveDate>,
    /// Birth date.
    #[arg(long, value_parser = parse_date)]
    pub birth_date: Option<NaiveDate>,
    /// full-time, part-time, contract or officer.
    #[arg(long, default_value = "full-time")]
    pub employment: String,
    /// Department.
    #[arg(long)]
    pub department: Option<String>,
    /// Scheduled work days per week.
    #[arg(long, default_value = "5")]
    pub days_per_week: String,
    /// Scheduled hours per day (8, 7.5 or 7:30).
    #[arg(long, default_value = "8")]
    pub hours_per_day: String,
    /// Work calendar code (`bko attendance calendar list`).
    #[arg(long, default_value = "standard")]
    pub calendar: String,
    /// E-mail.
    #[arg(long)]
    pub email: Option<String>,
    /// 郵便番号 (e.g. 100-0001).
    #[arg(long)]
    pub postal_code: Option<String>,
    /// 住所 (printed on the 源泉徴収票).
    #[arg(long)]
    pub address: Option<String>,
    /// 市区町村コード of the municipality of residence (six digits, e.g. 131016): where the
    /// 給与支払報告書 goes.
    #[arg(long)]
    pub municipality_code: Option<String>,
}

/// Runs a `bko people` command; `timecards_after` tells how many timecards follow a date.
pub fn run(ctx: &Ctx, cmd: PeopleCommand, timecards_after: TimecardsAfter) -> Result<()> {
    match cmd {
        PeopleCommand::Add(a) => add(ctx, *a),
        PeopleCommand::List { all } => list(ctx, all),
        PeopleCommand::Show { code } => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            let e = super::by_code(&db.conn, &code)?;
            ctx.print(&details(&e, &company), lang)
        }
        PeopleCommand::Set { code, field, value } => {
            set_field(ctx, &code, &field, &value, timecards_after)?;
            ctx.ui.info(format!("employee {code}: {field} changed"));
            Ok(())
        }
        PeopleCommand::Import {
            file,
            encoding,
            update,
        } => import_file(ctx, &file, encoding, update, timecards_after),
        PeopleCommand::Leave { code, date } => {
            set_field(ctx, &code, "leave_date", &date.to_string(), timecards_after)?;
            ctx.ui.info(format!("{code} leaves on {date}"));
            Ok(())
        }
        PeopleCommand::Export => export(ctx),
    }
}

/// `people list`: those employed today, or everyone with `--all`.
fn list(ctx: &Ctx, all: bool) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let today = today()?;
    let people: Vec<Employee> = super::all(&db.conn)?
        .into_iter()
        .filter(|e| all || e.leave_date.is_none_or(|l| l >= today))
        .collect();
    ctx.print(&listing(&people, &company), lang)
}

/// `people set` and `people leave`: one field changed (a leave date before timecards refused).
fn set_field(
    ctx: &Ctx,
    code: &str,
    field: &str,
    value: &str,
    timecards_after: TimecardsAfter,
) -> Result<()> {
    let mut db = ctx.open()?;
    let command = if field == "leave_date" {
        "people leave"
    } else {
        "people set"
    };
    db::write(&mut db, command, |tx| {
        super::ops::change_field(tx, code, field, value, timecards_after)?;
        let summary = if field == "leave_date" {
            format!("employee {code} leaves on {value}")
        } else {
            format!("employee {code}: {field} changed")
        };
        Ok(((), summary))
    })
}

/// `people import`.
fn import_file(
    ctx: &Ctx,
    file: &Path,
    encoding: Encoding,
    update: bool,
    timecards_after: TimecardsAfter,
) -> Result<()> {
    let mut db = ctx.open()?;
    let (added, updated) = db::write(&mut db, "people import", |tx| {
        let counts = super::import::import(tx, file, encoding, update, timecards_after)?;
        let summary = format!(
            "people import {}: {} added, {} updated",
            file.display(),
            counts.0,
            counts.1
        );
        Ok((counts, summary))
    })?;
    ctx.ui
        .info(format!("{added} employees added, {updated} updated"));
    Ok(())
}

/// `people export`: everything, personal data included (recorded in the audit log).
fn export(ctx: &Ctx) -> Result<()> {
    let OpenBooks {
        mut db, company, ..
    } = ctx.books::<Company>()?;
    let people = db::write(&mut db, "people export", |tx| {
        let people = super::all(tx)?;
        let n = people.len();
        Ok((people, format!("exported {n} employees with personal data")))
    })?;
    ctx.print(&full_export(&people, &company), Lang::En)
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<()> {
    let mut e = blank(&a.code, a.hire_date.unwrap_or(today()?));
    if a.code.trim().is_empty() {
        bail!("the employee code cannot be empty");
    }
    apply_field(&mut e, "name", &a.name)?;
    apply_field(&mut e, "kana", a.kana.as_deref().unwrap_or(""))?;
    e.birth_date = a.birth_date;
    apply_field(&mut e, "employment", &a.employment)?;
    apply_field(&mut e, "department", a.department.as_deref().unwrap_or(""))?;
    apply_field(&mut e, "days_per_week", &a.days_per_week)?;
    apply_field(&mut e, "hours_per_day", &a.hours_per_day)?;
    apply_field(&mut e, "calendar", &a.calendar)?;
    apply_field(&mut e, "email", a.email.as_deref().unwrap_or(""))?;
    apply_field(
        &mut e,
        "postal_code",
        a.postal_code.as_deref().unwrap_or(""),
    )?;
    apply_field(&mut e, "address", a.address.as_deref().unwrap_or(""))?;
    let municipality = a.municipality_code.as_deref().unwrap_or("");
    apply_field(&mut e, "municipality_code", municipality)?;
    let mut db = ctx.open()?;
    let now = crate::kernel::clock::timestamp();
    db::write(&mut db, "people add", |tx| {
        super::add(tx, &e, &now)?;
        Ok(((), format!("added employee {}", e.code)))
    })?;
    ctx.ui.info(format!("added employee {} {}", e.code, e.name));
    Ok(())
}

fn listing(people: &[Employee], company: &Company) -> Report {
    let mut r = Report::new(
        "people",
        company.currency,
        vec![
            Column::new("code", "社員番号", "Code"),
            Column::new("name", "氏名", "Name"),
            Column::new("kana", "フリガナ", "Kana"),
            Column::new("department", "部署", "Department"),
            Column::new("employment", "雇用形態", "Employment"),
            Column::new("hire_date", "入社日", "Hired"),
            Column::new("leave_date", "退職日", "Left"),
            Column::new("days_per_week", "週所定日数", "Days/week"),
            Column::new("hours_per_day", "所定時間", "Hours/day"),
            Column::new("calendar", "カレンダー", "Calendar"),
        ],
    );
    for e in people {
        r.rows.push(vec![
            Cell::text(&e.code),
            Cell::text(&e.name),
            Cell::opt_text(e.kana.clone()),
            Cell::opt_text(e.department.clone()),
            Cell::text(e.employment.key().replace('_', "-")),
            Cell::Date(e.hire_date),
            e.leave_date.map_or(Cell::Empty, Cell::Date),
            Cell::Int(e.days_per_week),
            Cell::text(hours_minutes(e.minutes_per_day)),
            Cell::text(&e.calendar),
        ]);
    }
    r
}

fn full_export(people: &[Employee], company: &Company) -> Report {
    let mut r = listing(people, company);
    r.name = "people_export".into();
    r.columns
        .push(Column::new("birth_date", "生年月日", "Born"));
    r.columns.push(Column::new("email", "メール", "E-mail"));
    r.columns
        .push(Column::new("postal_code", "郵便番号", "Postal code"));
    r.columns.push(Column::new("address", "住所", "Address"));
    r.columns.push(Column::new(
        "municipality_code",
        "市区町村コード",
        "Municipality",
    ));
    for (row, e) in r.rows.iter_mut().zip(people) {
        row.push(e.birth_date.map_or(Cell::Empty, Cell::Date));
        row.push(Cell::opt_text(e.email.clone()));
        row.push(Cell::opt_text(e.postal_code.clone()));
        row.push(Cell::opt_text(e.address.clone()));
        row.push(Cell::opt_text(e.municipality_code.clone()));
    }
    r
}

fn details(e: &Employee, company: &Company) -> Report {
    let mut r = full_export(std::slice::from_ref(e), company);
    r.name = "employee".into();
    r
}
