//! SQL for the employee master.

use std::collections::HashMap;

use anyhow::{Result, bail};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{Employee, Employment};

const SELECT: &str = "SELECT e.id, e.code, e.name, e.kana, e.birth_date, e.hire_date,
        e.leave_date, e.employment, e.department, e.days_per_week, e.minutes_per_day, e.calendar,
        e.email, e.postal_code, e.address, e.municipality_code
    FROM employee e";

fn from_row(r: &Row) -> rusqlite::Result<Employee> {
    let employment: String = r.get(7)?;
    Ok(Employee {
        id: r.get(0)?,
        code: r.get(1)?,
        name: r.get(2)?,
        kana: r.get(3)?,
        birth_date: r.get(4)?,
        hire_date: r.get(5)?,
        leave_date: r.get(6)?,
        employment: Employment::parse(&employment).unwrap_or(Employment::FullTime),
        department: r.get(8)?,
        days_per_week: r.get(9)?,
        minutes_per_day: r.get(10)?,
        calendar: r.get(11)?,
        email: r.get(12)?,
        postal_code: r.get(13)?,
        address: r.get(14)?,
        municipality_code: r.get(15)?,
    })
}

/// Adds an employee; a code already in use is an error.
pub fn insert(conn: &Connection, e: &Employee, now: &str) -> Result<i64> {
    if find(conn, &e.code)?.is_some() {
        bail!("employee '{}' already exists", e.code);
    }
    conn.prepare_cached(
        "INSERT INTO employee (code, name, kana, birth_date, hire_date, leave_date, employment,
            department, days_per_week, minutes_per_day, calendar, email, created_at,
            postal_code, address, municipality_code)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?
    .execute(params![
        e.code,
        e.name,
        e.kana,
        e.birth_date,
        e.hire_date,
        e.leave_date,
        e.employment.key(),
        e.department,
        e.days_per_week,
        e.minutes_per_day,
        e.calendar,
        e.email,
        now,
        e.postal_code,
        e.address,
        e.municipality_code
    ])
    .map_err(|err| calendar_error(err, &e.calendar))?;
    Ok(conn.last_insert_rowid())
}

/// Writes every field of an existing employee back.
pub fn update(conn: &Connection, e: &Employee) -> Result<()> {
    conn.execute(
        "UPDATE employee SET name = ?2, kana = ?3, birth_date = ?4, hire_date = ?5,
            leave_date = ?6, employment = ?7, department = ?8, days_per_week = ?9,
            minutes_per_day = ?10, calendar = ?11, email = ?12, postal_code = ?13,
            address = ?14, municipality_code = ?15
         WHERE id = ?1",
        params![
            e.id,
            e.name,
            e.kana,
            e.birth_date,
            e.hire_date,
            e.leave_date,
            e.employment.key(),
            e.department,
            e.days_per_week,
            e.minutes_per_day,
            e.calendar,
            e.email,
            e.postal_code,
            e.address,
            e.municipality_code
        ],
    )
    .map_err(|err| calendar_error(err, &e.calendar))?;
    Ok(())
}

/// An employee by code, if any.
pub fn find(conn: &Connection, code: &str) -> Result<Option<Employee>> {
    Ok(conn
        .query_row(&format!("{SELECT} WHERE e.code = ?1"), [code], from_row)
        .optional()?)
}

/// An employee by id.
pub fn by_id(conn: &Connection, id: i64) -> Result<Employee> {
    Ok(conn.query_row(&format!("{SELECT} WHERE e.id = ?1"), [id], from_row)?)
}

/// An employee by code, or an error naming the unknown code.
pub fn get(conn: &Connection, code: &str) -> Result<Employee> {
    match find(conn, code)? {
        Some(e) => Ok(e),
        None => Err(crate::kernel::error::hinted(
            format!("unknown employee '{code}'"),
            "`bko people list` shows the codes; add one with `bko people add`",
        )),
    }
}

/// Every employee, by code.
pub fn list(conn: &Connection) -> Result<Vec<Employee>> {
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY e.code"))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Employee code → row id, for imports.
pub fn ids_by_code(conn: &Connection) -> Result<HashMap<String, i64>> {
    let mut stmt = conn.prepare("SELECT code, id FROM employee")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The database refuses an unknown calendar code (a trigger: the calendars are attendance's);
/// that refusal becomes the user's error, with the way to find the codes.
fn calendar_error(err: rusqlite::Error, code: &str) -> anyhow::Error {
    if err.to_string().contains("unknown work calendar") {
        return crate::kernel::error::hinted(
            format!("unknown work calendar '{code}'"),
            "`bko attendance calendar list` shows them",
        );
    }
    err.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kernel::migrate::in_memory;

    fn employee(code: &str) -> Employee {
        let hired = chrono::NaiveDate::from_ymd_opt(2025, 4, 1).unwrap();
        Employee {
            name: format!("{code} さん"),
            postal_code: Some("100-0001".into()),
            municipality_code: Some("131016".into()),
            ..crate::people::blank(code, hired)
        }
    }

    #[test]
    fn employees_round_trip_with_their_calendar_code() {
        let conn = in_memory();
        let id = insert(&conn, &employee("E1"), "2026-01-01T00:00:00.000Z").unwrap();
        let stored = by_id(&conn, id).unwrap();
        assert_eq!(
            stored,
            Employee {
                id,
                ..employee("E1")
            }
        );
        assert_eq!(ids_by_code(&conn).unwrap()["E1"], id);
        assert!(
            insert(&conn, &employee("E1"), "x").is_err(),
            "codes are unique"
        );
        let mut changed = stored.clone();
        changed.calendar = "nowhere".into();
        let err = update(&conn, &changed).unwrap_err();
        assert!(format!("{err:#}").contains("unknown work calendar 'nowhere'"));
        assert_eq!(get(&conn, "E1").unwrap().calendar, "standard");
        assert!(get(&conn, "E2").is_err());
    }
}
