//! `bko people ...`: the employee master.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::{
    Employee, FIELDS, TimecardsAfter, apply_field, blank, check_leave_date, hours_minutes, store,
};
use crate::company::Company;
use crate::kernel::clock::today;
use crate::kernel::csvio::{ColumnSpec, CsvInput, Encoding};
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
    /// days_per_week, hours_per_day, calendar, email.
    Set {
        /// Employee code.
        code: String,
        /// The field.
        field: String,
        /// The new value ("" clears an optional one).
        value: String,
    },
    /// Add employees from CSV: code,name,kana,birth_date,hire_date,leave_date,employment,
    /// department,days_per_week,hours_per_day,calendar,email (all or nothing).
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
}

/// Runs a `bko people` command; `timecards_after` tells how many timecards follow a date.
pub fn run(ctx: &Ctx, cmd: PeopleCommand, timecards_after: TimecardsAfter) -> Result<()> {
    match cmd {
        PeopleCommand::Add(a) => add(ctx, *a),
        PeopleCommand::List { all } => list(ctx, all),
        PeopleCommand::Show { code } => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            let e = store::get(&db.conn, &code)?;
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
    let people: Vec<Employee> = store::list(&db.conn)?
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
        let mut e = store::get(tx, code)?;
        apply_field(&mut e, field, value)?;
        check_leave_date(tx, &e, timecards_after)?;
        store::update(tx, &e)?;
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
        let counts = import(tx, file, encoding, update, timecards_after)?;
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
        let people = store::list(tx)?;
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
    let mut db = ctx.open()?;
    let now = crate::kernel::clock::timestamp();
    db::write(&mut db, "people add", |tx| {
        store::insert(tx, &e, &now)?;
        Ok(((), format!("added employee {}", e.code)))
    })?;
    ctx.ui.info(format!("added employee {} {}", e.code, e.name));
    Ok(())
}

const COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        name: "code",
        aliases: &[
            "社員番号",
            "従業員番号",
            "社員コード",
            "従業員コード",
            "employee",
        ],
        required: true,
    },
    ColumnSpec {
        name: "name",
        aliases: &["氏名", "名前"],
        required: false,
    },
    ColumnSpec {
        name: "kana",
        aliases: &["フリガナ", "カナ", "氏名カナ", "ふりがな"],
        required: false,
    },
    ColumnSpec {
        name: "birth_date",
        aliases: &["生年月日"],
        required: false,
    },
    ColumnSpec {
        name: "hire_date",
        aliases: &["入社日", "入社年月日"],
        required: false,
    },
    ColumnSpec {
        name: "leave_date",
        aliases: &["退職日", "退職年月日"],
        required: false,
    },
    ColumnSpec {
        name: "employment",
        aliases: &["雇用形態"],
        required: false,
    },
    ColumnSpec {
        name: "department",
        aliases: &["部署", "所属"],
        required: false,
    },
    ColumnSpec {
        name: "days_per_week",
        aliases: &["週所定労働日数"],
        required: false,
    },
    ColumnSpec {
        name: "hours_per_day",
        aliases: &["所定労働時間", "1日の所定労働時間"],
        required: false,
    },
    ColumnSpec {
        name: "calendar",
        aliases: &["カレンダー"],
        required: false,
    },
    ColumnSpec {
        name: "email",
        aliases: &["メール", "メールアドレス", "e-mail"],
        required: false,
    },
];

/// Imports employees; returns (added, updated). New employees need a name and a hire date.
fn import(
    conn: &rusqlite::Connection,
    path: &std::path::Path,
    encoding: Encoding,
    update: bool,
    timecards_after: TimecardsAfter,
) -> Result<(usize, usize)> {
    let mut input = CsvInput::open(path, encoding)?;
    let cols = input.columns(COLUMNS)?;
    let now = crate::kernel::clock::timestamp();
    let (mut added, mut updated) = (0, 0);
    while let Some(row) = input.next_row()? {
        let code = row.get(cols.get("code").copied()).to_string();
        if code.is_empty() {
            return Err(row.error("code", "the employee code is empty"));
        }
        let existing = store::find(conn, &code)?;
        if existing.is_some() && !update {
            return Err(row.error(
                "code",
                format!("employee '{code}' already exists (use --update to change it)"),
            ));
        }
        let is_new = existing.is_none();
        let mut e = existing.unwrap_or_else(|| blank(&code, NaiveDate::MIN));
        for field in FIELDS {
            let Some(&index) = cols.get(field) else {
                continue;
            };
            let value = row.get(Some(index));
            if value.is_empty() && !is_new {
                continue;
            }
            if value.is_empty()
                && matches!(
                    *field,
                    "calendar" | "hours_per_day" | "days_per_week" | "employment"
                )
            {
                continue;
            }
            apply_field(&mut e, field, value).map_err(|err| row.error(field, err))?;
        }
        if is_new {
            if e.name.is_empty() {
                return Err(row.error("name", "a new employee needs a name"));
            }
            if e.hire_date == NaiveDate::MIN {
                return Err(row.error("hire_date", "a new employee needs a hire date"));
            }
            store::insert(conn, &e, &now).map_err(|err| row.error("calendar", err))?;
            added += 1;
        } else {
            check_leave_date(conn, &e, timecards_after)
                .map_err(|err| row.error("leave_date", err))?;
            store::update(conn, &e).map_err(|err| row.error("calendar", err))?;
            updated += 1;
        }
    }
    Ok((added, updated))
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
    for (row, e) in r.rows.iter_mut().zip(people) {
        row.push(e.birth_date.map_or(Cell::Empty, Cell::Date));
        row.push(Cell::opt_text(e.email.clone()));
    }
    r
}

fn details(e: &Employee, company: &Company) -> Report {
    let mut r = full_export(std::slice::from_ref(e), company);
    r.name = "employee".into();
    r
}
