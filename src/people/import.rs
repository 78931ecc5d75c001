//! Employees from CSV (`code,name,kana,hire_date,…`): new ones added, existing ones changed only
//! with `--update`, every value checked as `people set` checks it.

use anyhow::Result;
use chrono::NaiveDate;

use super::{Employee, FIELDS, TimecardsAfter, apply_field, blank, check_leave_date, store};
use crate::kernel::csvio::{ColumnSpec, CsvInput, CsvRow, Encoding};

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
    ColumnSpec {
        name: "postal_code",
        aliases: &["郵便番号"],
        required: false,
    },
    ColumnSpec {
        name: "address",
        aliases: &["住所"],
        required: false,
    },
    ColumnSpec {
        name: "municipality_code",
        aliases: &["市区町村コード", "団体コード", "地方公共団体コード"],
        required: false,
    },
];

/// Imports employees; returns (added, updated). New employees need a name and a hire date.
pub fn import(
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
        let e = row_employee(&row, &cols, existing, &code)?;
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

/// The employee a row describes: a new one from a blank, or the existing one with the row's
/// non-empty values applied. Empty schedule fields of a new employee keep their defaults.
fn row_employee(
    row: &CsvRow,
    cols: &std::collections::HashMap<&'static str, usize>,
    existing: Option<Employee>,
    code: &str,
) -> Result<Employee> {
    let is_new = existing.is_none();
    let mut e = existing.unwrap_or_else(|| blank(code, NaiveDate::MIN));
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
    Ok(e)
}
