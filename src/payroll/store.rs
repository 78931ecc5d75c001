//! SQL for payroll tables, pay settings, runs and payslips.

use super::Run;
use anyhow::{Result, bail};
use rusqlite::{Connection, OptionalExtension, params};
use rust_decimal::Decimal;

use super::RunStatus;
use super::insurance::{Grade, Grades};
use super::tax::{Band, Row, WithholdingTable};
use super::{PaySetting, Payslip};
use crate::kernel::period::Month;

const IN_FORCE: &str = "valid_from <= ?1 AND (valid_to IS NULL OR valid_to >= ?1)";

fn missing(what: &str, month: Month) -> anyhow::Error {
    crate::kernel::error::hinted(
        format!("no {what} table for {month}"),
        "`bko payroll rates list` shows the bundled tables; add a new one with `bko payroll rates import FILE --from YYYY-MM`",
    )
}

/// The 月額表 in force for a pay month: the newest table whose validity holds it.
pub fn withholding(conn: &Connection, pay_month: Month) -> Result<WithholdingTable> {
    let month = pay_month.to_string();
    let from: Option<String> = conn
        .query_row(
            &format!("SELECT max(valid_from) FROM pay_table_withholding WHERE {IN_FORCE}"),
            [&month],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    let Some(from) = from else {
        return Err(missing("withholding (源泉徴収税額表 月額表)", pay_month));
    };
    let mut t = WithholdingTable::default();
    let mut stmt = conn.prepare(
        "SELECT min, max_exclusive, kou_0, kou_1, kou_2, kou_3, kou_4, kou_5, kou_6, kou_7, otsu
         FROM pay_table_withholding WHERE valid_from = ?1 ORDER BY min",
    )?;
    let rows = stmt.query_map([&from], |r| {
        let mut kou = [0; 8];
        for (i, k) in kou.iter_mut().enumerate() {
            *k = r.get(2 + i)?;
        }
        Ok(Row {
            min: r.get(0)?,
            max_exclusive: r.get(1)?,
            kou,
            otsu: r.get(10)?,
        })
    })?;
    t.rows = rows.collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare(
        "SELECT column_name, start, base_0, base_1, base_2, base_3, base_4, base_5, base_6, base_7,
            rate_percent FROM pay_table_withholding_band WHERE valid_from = ?1 ORDER BY start",
    )?;
    let bands = stmt.query_map([&from], |r| {
        let mut base = [0; 8];
        for (i, b) in base.iter_mut().enumerate() {
            *b = r.get::<_, Option<i64>>(2 + i)?.unwrap_or(0);
        }
        let rate: String = r.get(10)?;
        Ok((
            r.get::<_, String>(0)?,
            Band {
                start: r.get(1)?,
                base,
                rate_percent: rate.parse().unwrap_or_default(),
            },
        ))
    })?;
    for band in bands {
        let (column, band) = band?;
        if column == "kou" {
            t.kou_bands.push(band);
        } else {
            t.otsu_bands.push(band);
        }
    }
    Ok(t)
}

/// The 標準報酬月額 grades in force for a premium month.
pub fn grades(conn: &Connection, month: Month) -> Result<Grades> {
    let m = month.to_string();
    let mut stmt = conn.prepare(&format!(
        "SELECT health_grade, pension_grade, standard_monthly, min, max_exclusive FROM pay_table_grade
         WHERE valid_from = (SELECT max(valid_from) FROM pay_table_grade WHERE {IN_FORCE})
         ORDER BY health_grade"
    ))?;
    let rows = stmt.query_map([&m], |r| {
        Ok(Grade {
            health_grade: r.get(0)?,
            pension_grade: r.get(1)?,
            standard_monthly: r.get(2)?,
            min: r.get(3)?,
            max_exclusive: r.get(4)?,
        })
    })?;
    let grades: Vec<Grade> = rows.collect::<rusqlite::Result<_>>()?;
    if grades.is_empty() {
        return Err(missing("標準報酬月額 grade", month));
    }
    Ok(Grades(grades))
}

/// A prefecture's health rate (percent) for a premium month; the prefecture by JIS code or name.
pub fn health_rate(conn: &Connection, prefecture: &str, month: Month) -> Result<Decimal> {
    let m = month.to_string();
    let found: Option<String> = conn
        .query_row(
            &format!(
                "SELECT percent FROM pay_table_health WHERE {IN_FORCE}
                   AND (prefecture_code = ?2 OR prefecture_ja = ?2 OR lower(prefecture_en) = lower(?2))
                 ORDER BY valid_from DESC LIMIT 1"
            ),
            params![m, prefecture],
            |r| r.get(0),
        )
        .optional()?;
    match found {
        Some(p) => Ok(p.parse()?),
        None => Err(missing(
            &format!("health-insurance rate (協会けんぽ, prefecture '{prefecture}')"),
            month,
        )),
    }
}

/// The JIS code of a prefecture given by code, Japanese or English name.
pub fn prefecture_code(conn: &Connection, prefecture: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT prefecture_code FROM pay_table_health
             WHERE prefecture_code = ?1 OR prefecture_ja = ?1 OR lower(prefecture_en) = lower(?1)
                OR prefecture_code = printf('%02d', CAST(?1 AS INTEGER))
             LIMIT 1",
            [prefecture],
            |r| r.get(0),
        )
        .optional()?)
}

/// A nationwide rate (percent) for a month: care, support, pension, employment_employee,
/// employment_employer.
pub fn rate(conn: &Connection, key: &str, month: Month) -> Result<Decimal> {
    let found: Option<String> = conn
        .query_row(
            &format!("SELECT percent FROM pay_table_rate WHERE key = ?2 AND {IN_FORCE} ORDER BY valid_from DESC LIMIT 1"),
            params![month.to_string(), key],
            |r| r.get(0),
        )
        .optional()?;
    match found {
        Some(p) => Ok(p.parse()?),
        None => Err(missing(&format!("'{key}' rate"), month)),
    }
}

/// One table's summary: (table, key, valid_from, valid_to, rows).
pub type TableSummary = (String, String, String, Option<String>, i64);

/// Every bundled or imported table.
pub fn table_summary(conn: &Connection) -> Result<Vec<TableSummary>> {
    let mut stmt = conn.prepare(
        "SELECT 'withholding', '月額表', valid_from, valid_to, count(*) FROM pay_table_withholding GROUP BY valid_from, valid_to
         UNION ALL SELECT 'withholding_band', column_name, valid_from, valid_to, count(*) FROM pay_table_withholding_band GROUP BY column_name, valid_from, valid_to
         UNION ALL SELECT 'grade', '標準報酬月額', valid_from, valid_to, count(*) FROM pay_table_grade GROUP BY valid_from, valid_to
         UNION ALL SELECT 'health', 'prefectures', valid_from, valid_to, count(*) FROM pay_table_health GROUP BY valid_from, valid_to
         UNION ALL SELECT 'rate', key || ' ' || percent || '%', valid_from, valid_to, 1 FROM pay_table_rate
         ORDER BY 1, 3, 2",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Adds a 月額表 row.
pub fn insert_withholding_row(
    conn: &Connection,
    from: &str,
    to: Option<&str>,
    r: &Row,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO pay_table_withholding VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        from, to, r.min, r.max_exclusive, r.kou[0], r.kou[1], r.kou[2], r.kou[3], r.kou[4], r.kou[5], r.kou[6],
        r.kou[7], r.otsu
    ])?;
    Ok(())
}

/// Adds a band of 740,000 yen and over.
pub fn insert_withholding_band(
    conn: &Connection,
    from: &str,
    to: Option<&str>,
    column: &str,
    b: &Band,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO pay_table_withholding_band VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        from, to, column, b.start, b.base[0], b.base[1], b.base[2], b.base[3], b.base[4], b.base[5], b.base[6],
        b.base[7], b.rate_percent.to_string()
    ])?;
    Ok(())
}

/// Adds a grade.
pub fn insert_grade(conn: &Connection, from: &str, to: Option<&str>, g: &Grade) -> Result<()> {
    conn.prepare_cached("INSERT INTO pay_table_grade VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?
        .execute(params![
            from,
            to,
            g.health_grade,
            g.pension_grade,
            g.standard_monthly,
            g.min,
            g.max_exclusive
        ])?;
    Ok(())
}

/// Adds a prefecture's health rate.
pub fn insert_health(
    conn: &Connection,
    from: &str,
    to: Option<&str>,
    code: &str,
    ja: &str,
    en: &str,
    percent: Decimal,
) -> Result<()> {
    conn.prepare_cached("INSERT INTO pay_table_health VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?
        .execute(params![from, to, code, ja, en, percent.to_string()])?;
    Ok(())
}

/// Adds a nationwide rate.
pub fn insert_rate(
    conn: &Connection,
    key: &str,
    from: &str,
    to: Option<&str>,
    percent: Decimal,
) -> Result<()> {
    conn.prepare_cached("INSERT INTO pay_table_rate VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![key, from, to, percent.to_string()])?;
    Ok(())
}

/// Whether a table of this kind already starts in this month.
pub fn table_starts(conn: &Connection, table: &str, from: &str) -> Result<bool> {
    let sql = match table {
        "withholding" => "SELECT 1 FROM pay_table_withholding WHERE valid_from = ?1",
        "grade" => "SELECT 1 FROM pay_table_grade WHERE valid_from = ?1",
        "health" => "SELECT 1 FROM pay_table_health WHERE valid_from = ?1",
        _ => bail!("unknown table {table}"),
    };
    Ok(conn
        .query_row(sql, [from], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The pay settings in force for an employee in a work month.
pub fn setting_for(
    conn: &Connection,
    employee_id: i64,
    month: Month,
) -> Result<Option<PaySetting>> {
    let json: Option<String> = conn
        .prepare_cached(
            "SELECT setting FROM pay_setting WHERE employee_id = ?1 AND valid_from <= ?2
             ORDER BY valid_from DESC LIMIT 1",
        )?
        .query_row(params![employee_id, month.to_string()], |r| r.get(0))
        .optional()?;
    json.map(|j| Ok(serde_json::from_str(&j)?)).transpose()
}

/// Every settings version of an employee, oldest first.
pub fn settings_history(conn: &Connection, employee_id: i64) -> Result<Vec<PaySetting>> {
    let mut stmt =
        conn.prepare("SELECT setting FROM pay_setting WHERE employee_id = ?1 ORDER BY valid_from")?;
    let rows = stmt.query_map([employee_id], |r| r.get::<_, String>(0))?;
    rows.map(|j| Ok(serde_json::from_str(&j?)?)).collect()
}

/// Saves settings from their `valid_from` month (replacing a version of the same month).
pub fn save_setting(conn: &Connection, employee_id: i64, s: &PaySetting, now: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO pay_setting (employee_id, valid_from, setting, created_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (employee_id, valid_from) DO UPDATE SET setting = excluded.setting,
            created_at = excluded.created_at",
        params![employee_id, s.valid_from, serde_json::to_string(s)?, now],
    )?;
    Ok(())
}

fn run_from_row(r: &rusqlite::Row) -> rusqlite::Result<Run> {
    let status: String = r.get(3)?;
    Ok(Run {
        id: r.get(0)?,
        month: r.get(1)?,
        pay_date: r.get(2)?,
        status: if status == "confirmed" {
            RunStatus::Confirmed
        } else {
            RunStatus::Draft
        },
        entry_id: r.get(4)?,
    })
}

/// The run of a work month, if any.
pub fn run(conn: &Connection, month: Month) -> Result<Option<Run>> {
    Ok(conn
        .query_row(
            "SELECT id, month, pay_date, status, entry_id FROM pay_run WHERE month = ?1",
            [month.to_string()],
            run_from_row,
        )
        .optional()?)
}

/// Confirmed runs whose pay date falls in a year, oldest first.
pub fn confirmed_runs_paid_in(conn: &Connection, year: i32) -> Result<Vec<Run>> {
    let mut stmt = conn.prepare(
        "SELECT id, month, pay_date, status, entry_id FROM pay_run
         WHERE status = 'confirmed' AND substr(pay_date, 1, 4) = ?1 ORDER BY pay_date",
    )?;
    let rows = stmt.query_map([format!("{year:04}")], run_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Creates a draft run and returns its id.
pub fn insert_run(
    conn: &Connection,
    month: Month,
    pay_date: chrono::NaiveDate,
    now: &str,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO pay_run (month, pay_date, status, created_at) VALUES (?1, ?2, 'draft', ?3)",
        params![month.to_string(), pay_date, now],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Deletes a draft run and its payslips.
pub fn delete_draft(conn: &Connection, run_id: i64) -> Result<()> {
    conn.execute("DELETE FROM pay_slip WHERE run_id = ?1", [run_id])?;
    conn.execute(
        "DELETE FROM pay_run WHERE id = ?1 AND status = 'draft'",
        [run_id],
    )?;
    Ok(())
}

/// Stores a payslip.
pub fn insert_slip(conn: &Connection, run_id: i64, employee_id: i64, p: &Payslip) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO pay_slip (run_id, employee_id, gross, deductions, net, detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        run_id,
        employee_id,
        p.gross,
        p.deductions,
        p.net,
        serde_json::to_string(p)?
    ])?;
    Ok(())
}

/// Replaces a payslip of a draft run (the 年末調整 settled with it).
pub fn update_slip(conn: &Connection, run_id: i64, employee_id: i64, p: &Payslip) -> Result<()> {
    conn.execute(
        "UPDATE pay_slip SET net = ?3, detail = ?4 WHERE run_id = ?1 AND employee_id = ?2",
        params![run_id, employee_id, p.net, serde_json::to_string(p)?],
    )?;
    Ok(())
}

/// A run's payslips: (employee id, payslip), by employee id (the people area orders them by
/// code; this store reads only payroll's tables).
pub fn slips(conn: &Connection, run_id: i64) -> Result<Vec<(i64, Payslip)>> {
    let mut stmt = conn.prepare(
        "SELECT employee_id, detail FROM pay_slip WHERE run_id = ?1 ORDER BY employee_id",
    )?;
    let rows = stmt.query_map([run_id], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
    })?;
    rows.map(|row| {
        let (id, json) = row?;
        Ok((id, serde_json::from_str(&json)?))
    })
    .collect()
}

/// Marks a run confirmed with its entry.
pub fn confirm(conn: &Connection, run_id: i64, entry_id: i64, now: &str) -> Result<()> {
    conn.execute(
        "UPDATE pay_run SET status = 'confirmed', entry_id = ?2, confirmed_at = ?3 WHERE id = ?1",
        params![run_id, entry_id, now],
    )?;
    Ok(())
}

/// An employee's 年末調整 declaration for a year (JSON), if made.
pub fn declaration(conn: &Connection, employee_id: i64, year: i32) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT detail FROM yearend_declaration WHERE employee_id = ?1 AND year = ?2",
            params![employee_id, year],
            |r| r.get(0),
        )
        .optional()?)
}

/// The latest declaration before `year` (to carry the dependants over).
pub fn declaration_before(
    conn: &Connection,
    employee_id: i64,
    year: i32,
) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT detail FROM yearend_declaration WHERE employee_id = ?1 AND year < ?2
             ORDER BY year DESC LIMIT 1",
            params![employee_id, year],
            |r| r.get(0),
        )
        .optional()?)
}

/// Saves an employee's declaration for a year (replacing the earlier one).
pub fn save_declaration(
    conn: &Connection,
    employee_id: i64,
    year: i32,
    detail: &str,
    now: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO yearend_declaration (employee_id, year, detail, updated_at)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (employee_id, year) DO UPDATE SET detail = ?3, updated_at = ?4",
        params![employee_id, year, detail, now],
    )?;
    Ok(())
}

/// A bonus run: (id, pay date, confirmed, entry).
pub type BonusRun = (i64, chrono::NaiveDate, bool, Option<i64>);

/// The bonus run paid on a date, if any.
pub fn bonus_run(conn: &Connection, pay_date: chrono::NaiveDate) -> Result<Option<BonusRun>> {
    Ok(conn
        .query_row(
            "SELECT id, pay_date, status = 'confirmed', entry_id FROM bonus_run WHERE pay_date = ?1",
            [pay_date],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?)
}

/// Bonus runs paid from `from` to `to` (both included), confirmed or not.
pub fn bonus_runs_between(
    conn: &Connection,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> Result<Vec<BonusRun>> {
    let mut stmt = conn.prepare(
        "SELECT id, pay_date, status = 'confirmed', entry_id FROM bonus_run
         WHERE pay_date BETWEEN ?1 AND ?2 ORDER BY pay_date",
    )?;
    let rows = stmt.query_map(params![from, to], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Replaces the draft bonus run of a date with new slips (employee id, JSON); returns its id.
pub fn save_bonus_draft(
    conn: &Connection,
    pay_date: chrono::NaiveDate,
    slips: &[(i64, String)],
    now: &str,
) -> Result<i64> {
    conn.execute("DELETE FROM bonus_run WHERE pay_date = ?1", [pay_date])?;
    conn.execute(
        "INSERT INTO bonus_run (pay_date, status, created_at) VALUES (?1, 'draft', ?2)",
        params![pay_date, now],
    )?;
    let id = conn.last_insert_rowid();
    let mut insert =
        conn.prepare("INSERT INTO bonus_slip (run_id, employee_id, detail) VALUES (?1, ?2, ?3)")?;
    for (employee_id, detail) in slips {
        insert.execute(params![id, employee_id, detail])?;
    }
    Ok(id)
}

/// The slips of a bonus run: (employee id, JSON).
pub fn bonus_slips(conn: &Connection, run_id: i64) -> Result<Vec<(i64, String)>> {
    let mut stmt = conn.prepare(
        "SELECT employee_id, detail FROM bonus_slip WHERE run_id = ?1 ORDER BY employee_id",
    )?;
    let rows = stmt.query_map([run_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Marks a bonus run confirmed with its entry.
pub fn confirm_bonus(conn: &Connection, run_id: i64, entry_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE bonus_run SET status = 'confirmed', entry_id = ?2 WHERE id = ?1",
        params![run_id, entry_id],
    )?;
    Ok(())
}

/// Deletes a draft bonus run.
pub fn delete_bonus_draft(conn: &Connection, run_id: i64) -> Result<()> {
    conn.execute("DELETE FROM bonus_run WHERE id = ?1", [run_id])?;
    Ok(())
}

/// A separate 年末調整 settlement: (pay date, entry id, (employee id, amount) per employee).
pub type Settlement = (chrono::NaiveDate, i64, Vec<(i64, i64)>);

/// The separate 年末調整 settlement of a year, if any.
pub fn settlement(conn: &Connection, year: i32) -> Result<Option<Settlement>> {
    let head: Option<(chrono::NaiveDate, i64)> = conn
        .query_row(
            "SELECT pay_date, entry_id FROM yearend_settlement WHERE year = ?1",
            [year],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((pay_date, entry_id)) = head else {
        return Ok(None);
    };
    let mut stmt = conn.prepare(
        "SELECT employee_id, amount FROM yearend_settlement_line WHERE year = ?1
         ORDER BY employee_id",
    )?;
    let lines = stmt
        .query_map([year], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some((pay_date, entry_id, lines)))
}

/// Records a posted separate settlement.
pub fn save_settlement(
    conn: &Connection,
    year: i32,
    pay_date: chrono::NaiveDate,
    entry_id: i64,
    lines: &[(i64, i64)],
    now: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO yearend_settlement (year, pay_date, entry_id, created_at)
         VALUES (?1, ?2, ?3, ?4)",
        params![year, pay_date, entry_id, now],
    )?;
    let mut insert = conn.prepare(
        "INSERT INTO yearend_settlement_line (year, employee_id, amount) VALUES (?1, ?2, ?3)",
    )?;
    for (employee_id, amount) in lines {
        insert.execute(params![year, employee_id, amount])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kernel::migrate::in_memory;

    fn employee(conn: &Connection, code: &str) -> i64 {
        let hired = chrono::NaiveDate::from_ymd_opt(2025, 4, 1).unwrap();
        let e = crate::people::Employee {
            name: code.into(),
            ..crate::people::blank(code, hired)
        };
        crate::people::add(conn, &e, "2026-01-01T00:00:00.000Z").unwrap()
    }

    #[test]
    fn declarations_are_kept_per_year_and_found_from_earlier_years() {
        let conn = in_memory();
        let id = employee(&conn, "E1");
        save_declaration(&conn, id, 2025, "{\"a\":1}", "t").unwrap();
        save_declaration(&conn, id, 2026, "{\"a\":2}", "t").unwrap();
        save_declaration(&conn, id, 2026, "{\"a\":3}", "t").unwrap();
        assert_eq!(
            declaration(&conn, id, 2026).unwrap().as_deref(),
            Some("{\"a\":3}")
        );
        assert_eq!(declaration(&conn, id, 2024).unwrap(), None);
        assert_eq!(
            declaration_before(&conn, id, 2027).unwrap().as_deref(),
            Some("{\"a\":3}")
        );
    }

    #[test]
    fn a_separate_settlement_is_recorded_once_and_final() {
        let conn = in_memory();
        let (a, b) = (employee(&conn, "E1"), employee(&conn, "E2"));
        // The entry is the ledger's business: without foreign keys, entry 1 need not exist.
        conn.pragma_update(None, "foreign_keys", false).unwrap();
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 25).unwrap();
        assert_eq!(settlement(&conn, 2026).unwrap(), None);
        save_settlement(&conn, 2026, day, 1, &[(a, 1200), (b, -300)], "t").unwrap();
        assert_eq!(
            settlement(&conn, 2026).unwrap(),
            Some((day, 1, vec![(a, 1200), (b, -300)]))
        );
        assert!(save_settlement(&conn, 2026, day, 1, &[], "t").is_err());
        assert!(
            conn.execute("DELETE FROM yearend_settlement_line", [])
                .is_err()
        );
        assert!(
            conn.execute("UPDATE yearend_settlement SET entry_id = 2", [])
                .is_err()
        );
    }
}
