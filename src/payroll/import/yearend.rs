//! 年末調整 declarations for many employees from one CSV (`bko payroll yearend import`): one row
//! per employee, only the non-empty cells change what is recorded — the same change as
//! `yearend declare`. All or nothing; errors name the file, line and column.

use std::collections::HashMap;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use crate::kernel::csvio::{ColumnSpec, CsvInput, CsvRow};
use crate::payroll::adjustment;
use crate::payroll::declaration::{AMOUNTS, DeclarationChange, DeclaredRelative, parse_relative};

/// The columns besides the amounts (which take their names from [`AMOUNTS`]).
const COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        name: "employee",
        aliases: &["社員番号", "code"],
        required: true,
    },
    ColumnSpec {
        name: "spouse",
        aliases: &["配偶者"],
        required: false,
    },
    ColumnSpec {
        name: "dependants",
        aliases: &["扶養親族", "dependents"],
        required: false,
    },
    ColumnSpec {
        name: "disability",
        aliases: &["障害者"],
        required: false,
    },
    ColumnSpec {
        name: "widow",
        aliases: &["寡婦"],
        required: false,
    },
    ColumnSpec {
        name: "single_parent",
        aliases: &["ひとり親"],
        required: false,
    },
    ColumnSpec {
        name: "working_student",
        aliases: &["勤労学生"],
        required: false,
    },
    ColumnSpec {
        name: "previous_employer",
        aliases: &["前職"],
        required: false,
    },
    ColumnSpec {
        name: "previous_employer_left",
        aliases: &["前職退職日"],
        required: false,
    },
];

/// Imports the declarations of `year`; returns how many employees were declared.
pub fn declarations(tx: &Connection, input: &mut CsvInput, year: i32, now: &str) -> Result<usize> {
    let mut specs: Vec<ColumnSpec> = COLUMNS.to_vec();
    specs.extend(AMOUNTS.iter().map(|name| ColumnSpec {
        name,
        aliases: &[],
        required: false,
    }));
    let cols = input.columns(&specs)?;
    let (_, last) = adjustment::year_span(year)?;
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut count = 0;
    while let Some(row) = input.next_row()? {
        let code = row.get(cols.get("employee").copied()).to_string();
        if code.is_empty() {
            return Err(row.error("employee", "the employee code is empty"));
        }
        if let Some(first) = seen.insert(code.clone(), row.line) {
            return Err(row.error("employee", format!("{code} is already on line {first}")));
        }
        let change = row_change(&row, &cols, last)?;
        let e = crate::people::by_code(tx, &code).map_err(|err| row.error("employee", err))?;
        let declaration = change
            .apply(adjustment::declaration(tx, e.id, year)?)
            .map_err(|err| row.error("widow", err))?;
        adjustment::declare(tx, &code, year, &declaration, now)
            .map_err(|err| row.error("employee", err))?;
        count += 1;
    }
    if count == 0 {
        bail!("{}: no declarations in the file", input.name);
    }
    Ok(count)
}

/// The change one row asks for: each non-empty cell, checked where it stands.
fn row_change(
    row: &CsvRow,
    cols: &HashMap<&'static str, usize>,
    last: NaiveDate,
) -> Result<DeclarationChange> {
    let cell = |name: &str| row.get(cols.get(name).copied());
    let spouse = match cell("spouse") {
        "" => None,
        "none" | "なし" => Some(None),
        text => Some(Some(relative(row, "spouse", text, last)?)),
    };
    let dependants = match cell("dependants") {
        "" => None,
        "none" | "なし" => Some(Vec::new()),
        text => Some(
            text.split(';')
                .map(|one| relative(row, "dependants", one, last))
                .collect::<Result<_>>()?,
        ),
    };
    let disability = match cell("disability") {
        "" => None,
        text => {
            crate::payroll::declaration::parse_disability(text)
                .map_err(|err| row.error("disability", err))?;
            Some(text.to_string())
        }
    };
    let mut change = DeclarationChange {
        spouse,
        dependants,
        disability,
        widow: flag(row, "widow", cell("widow"))?,
        single_parent: flag(row, "single_parent", cell("single_parent"))?,
        working_student: flag(row, "working_student", cell("working_student"))?,
        amounts: Vec::new(),
        previous_employer: Some(cell("previous_employer").to_string()).filter(|t| !t.is_empty()),
        previous_employer_left: match cell("previous_employer_left") {
            "" => None,
            text => Some(
                crate::kernel::period::parse_date(text)
                    .map_err(|err| row.error("previous_employer_left", err))?,
            ),
        },
    };
    for name in AMOUNTS {
        let text = cell(name).replace(',', "");
        if text.is_empty() {
            continue;
        }
        let amount: i64 = text
            .parse()
            .map_err(|_| row.error(name, format!("'{text}' is not a whole number of yen")))?;
        if !(0..=crate::kernel::money::MAX_MINOR).contains(&amount) {
            return Err(row.error(name, format!("{amount} is out of range")));
        }
        change.amounts.push((name, amount));
    }
    Ok(change)
}

/// A relative in its notation, born by the year's last day.
fn relative(row: &CsvRow, column: &str, text: &str, last: NaiveDate) -> Result<DeclaredRelative> {
    let r = parse_relative(text).map_err(|err| row.error(column, err))?;
    r.check(last).map_err(|err| row.error(column, err))?;
    Ok(r)
}

/// yes / no (はい / いいえ, 1 / 0, ○ / ""), or `None` when empty.
fn flag(row: &CsvRow, column: &str, text: &str) -> Result<Option<bool>> {
    Ok(match text {
        "" => None,
        "yes" | "はい" | "1" | "○" | "true" => Some(true),
        "no" | "いいえ" | "0" | "×" | "false" => Some(false),
        other => return Err(row.error(column, format!("'{other}' is not yes or no"))),
    })
}
