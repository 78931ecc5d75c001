//! Timecard CSV import, all or nothing. Two layouts, told apart by the header:
//!
//! - one shift per row: `employee,date,clock_in,clock_out,break_minutes` (optional
//!   `break_start,break_end,note`); a clock-out earlier than the clock-in is on the next day;
//! - one punch per row: `employee,timestamp,kind` with kind in/out/break-start/break-end
//!   (出勤/退勤/休憩開始/休憩終了), in time order per employee.
//!
//! A row identical to the stored day changes nothing (re-importing a file is harmless); a
//! different one is an error unless `--replace`, which keeps the old values in the history.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use anyhow::{Result, anyhow};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::{Shift, clock_text, known_break_minutes, minutes_since, parse_clock, store};
use crate::kernel::csvio::{ColumnSpec, CsvInput, Encoding};
use crate::kernel::period::{Month, parse_date};

/// What an import did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Days added.
    pub added: usize,
    /// Days replaced (--replace).
    pub replaced: usize,
    /// Days identical to what was stored.
    pub unchanged: usize,
}

/// Headers time clocks use for the employee code.
const EMPLOYEE_ALIASES: &[&str] = &[
    "社員番号",
    "従業員番号",
    "社員コード",
    "従業員コード",
    "code",
];

const SHIFT_COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        name: "employee",
        aliases: EMPLOYEE_ALIASES,
        required: true,
    },
    ColumnSpec {
        name: "date",
        aliases: &["日付", "勤務日"],
        required: true,
    },
    ColumnSpec {
        name: "clock_in",
        aliases: &["出勤", "出勤時刻", "始業"],
        required: true,
    },
    ColumnSpec {
        name: "clock_out",
        aliases: &["退勤", "退勤時刻", "終業"],
        required: true,
    },
    ColumnSpec {
        name: "break_minutes",
        aliases: &["休憩", "休憩時間", "休憩(分)", "休憩分"],
        required: false,
    },
    ColumnSpec {
        name: "break_start",
        aliases: &["休憩開始"],
        required: false,
    },
    ColumnSpec {
        name: "break_end",
        aliases: &["休憩終了"],
        required: false,
    },
    ColumnSpec {
        name: "note",
        aliases: &["備考", "メモ"],
        required: false,
    },
];

const PUNCH_COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        name: "employee",
        aliases: EMPLOYEE_ALIASES,
        required: true,
    },
    ColumnSpec {
        name: "timestamp",
        aliases: &["打刻日時", "日時"],
        required: true,
    },
    ColumnSpec {
        name: "kind",
        aliases: &["打刻種別", "種別", "区分"],
        required: true,
    },
    ColumnSpec {
        name: "note",
        aliases: &["備考", "メモ"],
        required: false,
    },
];

/// Imports a timecard file into `conn` (the caller's transaction). `progress` gets bytes read.
pub fn import(
    conn: &Connection,
    path: &Path,
    encoding: Encoding,
    replace: bool,
    now: &str,
    mut progress: impl FnMut(u64),
) -> Result<Summary> {
    let mut input = CsvInput::open(path, encoding)?;
    let punches = input
        .headers
        .iter()
        .any(|h| h == "timestamp" || h == "打刻日時");
    let mut w = Writer {
        conn,
        replace,
        reason: format!("import {} --replace", path.display()),
        now,
        file: input.name.clone(),
        employees: crate::people::ids_by_code(conn)?,
        closed: store::closed_months(conn)?
            .into_iter()
            .map(|(m, _)| m)
            .collect(),
        inserter: store::TimecardInserter::new(conn)?,
        before: store::last_timecard_id(conn)?,
        summary: Summary::default(),
    };
    let before = w.before;
    if punches {
        import_punches(&mut input, &mut w, &mut progress)?;
    } else {
        import_shifts(&mut input, &mut w, &mut progress)?;
    }
    if let Some((employee, date, out, next_in)) = store::overlaps_since(conn, before)?.first() {
        let code = w
            .employees
            .iter()
            .find(|(_, id)| *id == employee)
            .map(|(c, _)| c.clone())
            .unwrap_or_default();
        let line = if punches {
            None
        } else {
            first_line_of(path, encoding, &code, *date)?
        };
        return Err(anyhow!(
            "{}{}: employee '{code}': the shift of {date} runs until {} and overlaps the next day's, which starts at {}",
            w.file,
            line.map(|l| format!(":{l}")).unwrap_or_default(),
            clock_text(*out - super::DAY),
            clock_text(*next_in)
        ));
    }
    Ok(w.summary)
}

struct Writer<'a> {
    conn: &'a Connection,
    replace: bool,
    reason: String,
    now: &'a str,
    file: String,
    employees: HashMap<String, i64>,
    closed: HashSet<String>,
    inserter: store::TimecardInserter<'a>,
    before: i64,
    summary: Summary,
}

impl Writer<'_> {
    fn employee(&self, code: &str) -> Result<i64, String> {
        self.employees.get(code).copied().ok_or_else(|| {
            format!(
                "unknown employee '{code}' (add it with `bko people add` or `bko people import`)"
            )
        })
    }

    fn check_open_month(&self, date: NaiveDate) -> Result<(), String> {
        if self.closed.is_empty() {
            return Ok(());
        }
        let month = Month::of(date).to_string();
        if self.closed.contains(&month) {
            return Err(format!(
                "{month} is closed; reopen it before importing into it"
            ));
        }
        Ok(())
    }

    /// Stores one shift; errors are (column, message).
    fn store(
        &mut self,
        employee: i64,
        shift: &Shift,
        note: Option<&str>,
    ) -> Result<(), (&'static str, String)> {
        shift.validate().map_err(|e| ("clock_out", e.to_string()))?;
        let err = |e: anyhow::Error| ("date", e.to_string());
        if self
            .inserter
            .insert(employee, shift, note, "import")
            .map_err(err)?
        {
            self.summary.added += 1;
            return Ok(());
        }
        let old = store::timecard(self.conn, employee, shift.date)
            .map_err(err)?
            .expect("conflicting row");
        if old.id > self.before {
            return Err((
                "date",
                "the same employee and date appear earlier in this file".to_string(),
            ));
        }
        let same = old.shift.clock_in == shift.clock_in
            && old.shift.clock_out == shift.clock_out
            && old.shift.break_minutes == shift.break_minutes;
        if same {
            self.summary.unchanged += 1;
        } else if self.replace {
            store::record_history(self.conn, &old, "replace", &self.reason, self.now)
                .map_err(err)?;
            store::update_timecard(self.conn, old.id, shift, note, "import").map_err(err)?;
            self.summary.replaced += 1;
        } else {
            return Err((
                "date",
                format!(
                    "a different shift is already recorded for {} ({}-{}); use --replace to overwrite it",
                    shift.date,
                    old.shift.clock_in.map(clock_text).unwrap_or_default(),
                    old.shift.clock_out.map(clock_text).unwrap_or_default()
                ),
            ));
        }
        Ok(())
    }
}

fn import_shifts(
    input: &mut CsvInput,
    w: &mut Writer,
    progress: &mut impl FnMut(u64),
) -> Result<()> {
    let cols = input.columns(SHIFT_COLUMNS)?;
    let col = |name: &str| cols.get(name).copied();
    let (c_emp, c_date, c_in, c_out) = (
        col("employee"),
        col("date"),
        col("clock_in"),
        col("clock_out"),
    );
    let (c_break, c_bs, c_be, c_note) = (
        col("break_minutes"),
        col("break_start"),
        col("break_end"),
        col("note"),
    );
    while let Some(row) = input.next_row()? {
        if row.line % 4096 == 0 {
            progress(row.byte);
        }
        let employee = w
            .employee(row.get(c_emp))
            .map_err(|e| row.error("employee", e))?;
        let date = parse_date(row.get(c_date)).map_err(|e| row.error("date", e))?;
        w.check_open_month(date).map_err(|e| row.error("date", e))?;
        let clock = |c, name| -> Result<Option<i64>> {
            match row.get(c) {
                "" => Ok(None),
                t => parse_clock(t, date)
                    .map(Some)
                    .map_err(|e| row.error(name, e)),
            }
        };
        let clock_in = clock(c_in, "clock_in")?;
        let mut clock_out = clock(c_out, "clock_out")?;
        if clock_in.is_none() && clock_out.is_none() {
            return Err(row.error("clock_in", "neither clock-in nor clock-out is given"));
        }
        if let (Some(i), Some(o)) = (clock_in, clock_out)
            && o < i
            && o < super::DAY
        {
            clock_out = Some(o + super::DAY);
        }
        let mut shift = Shift {
            date,
            clock_in,
            clock_out,
            break_minutes: 0,
            breaks: Vec::new(),
        };
        let (bs, be) = (clock(c_bs, "break_start")?, clock(c_be, "break_end")?);
        if let (Some(s), Some(e)) = (bs, be) {
            let s = if clock_in.is_some_and(|i| s < i) {
                s + super::DAY
            } else {
                s
            };
            let e = if e < s { e + super::DAY } else { e };
            shift.breaks.push((s, Some(e)));
            shift.break_minutes = known_break_minutes(&shift.breaks);
        } else if bs.is_some() != be.is_some() {
            return Err(row.error("break_end", "break_start and break_end go together"));
        }
        match row.get(c_break) {
            "" => {}
            t => {
                shift.break_minutes =
                    parse_break_minutes(t).map_err(|e| row.error("break_minutes", e))?;
            }
        }
        let note = Some(row.get(c_note)).filter(|n| !n.is_empty());
        w.store(employee, &shift, note)
            .map_err(|(c, e)| row.error(c, e))?;
    }
    Ok(())
}

/// The first line of a shift file with this employee and date (error messages only: the file
/// is read again rather than remembering every line during the import).
fn first_line_of(
    path: &Path,
    encoding: Encoding,
    code: &str,
    date: NaiveDate,
) -> Result<Option<u64>> {
    let mut input = CsvInput::open(path, encoding)?;
    let cols = input.columns(SHIFT_COLUMNS)?;
    let (c_emp, c_date) = (cols.get("employee").copied(), cols.get("date").copied());
    while let Some(row) = input.next_row()? {
        if row.get(c_emp) == code && parse_date(row.get(c_date)).is_ok_and(|d| d == date) {
            return Ok(Some(row.line));
        }
    }
    Ok(None)
}

/// Break minutes as a number (`60`) or a duration (`1:00`).
fn parse_break_minutes(text: &str) -> Result<i64> {
    let minutes = match text.split_once(':') {
        Some((h, m)) => h
            .parse::<i64>()
            .ok()
            .zip(m.parse::<i64>().ok().filter(|m| *m < 60))
            .map(|(h, m)| h * 60 + m),
        None => text.parse::<i64>().ok(),
    };
    match minutes {
        Some(m) if (0..super::DAY).contains(&m) => Ok(m),
        _ => Err(anyhow!(
            "'{text}' is not a break in minutes (e.g. 60 or 1:00)"
        )),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Punch {
    In,
    Out,
    BreakStart,
    BreakEnd,
}

/// Parses a punch kind.
fn parse_punch(text: &str) -> Result<Punch> {
    Ok(
        match text.trim().to_lowercase().replace('_', "-").as_str() {
            "in" | "clock-in" | "出勤" => Punch::In,
            "out" | "clock-out" | "退勤" => Punch::Out,
            "break-start" | "break" | "休憩開始" | "休憩入" => Punch::BreakStart,
            "break-end" | "休憩終了" | "休憩戻" => Punch::BreakEnd,
            _ => {
                return Err(anyhow!(
                    "'{text}' is not a punch (in, out, break-start, break-end)"
                ));
            }
        },
    )
}

/// A shift being assembled from punches: the shift, its note and the line of its clock-in.
struct Open {
    shift: Shift,
    note: Option<String>,
    line: u64,
}

fn import_punches(
    input: &mut CsvInput,
    w: &mut Writer,
    progress: &mut impl FnMut(u64),
) -> Result<()> {
    let cols = input.columns(PUNCH_COLUMNS)?;
    let col = |name: &str| cols.get(name).copied();
    let mut open: HashMap<i64, Open> = HashMap::new();
    let mut last_punch: HashMap<i64, chrono::NaiveDateTime> = HashMap::new();
    let file = w.file.clone();
    while let Some(row) = input.next_row()? {
        if row.line % 4096 == 0 {
            progress(row.byte);
        }
        let employee = w
            .employee(row.get(col("employee")))
            .map_err(|e| row.error("employee", e))?;
        let at =
            parse_timestamp(row.get(col("timestamp"))).map_err(|e| row.error("timestamp", e))?;
        let kind = parse_punch(row.get(col("kind"))).map_err(|e| row.error("kind", e))?;
        if last_punch
            .insert(employee, at)
            .is_some_and(|prev| prev > at)
        {
            return Err(row.error(
                "timestamp",
                "punches must be in time order for each employee",
            ));
        }
        let note = Some(row.get(col("note")).to_string()).filter(|n| !n.is_empty());
        if kind == Punch::In {
            clock_in(w, &mut open, employee, at, note, &row)?;
            continue;
        }
        let Some(mut o) = open.remove(&employee) else {
            return Err(row.error("kind", "no clock-in before this punch"));
        };
        let minute = minutes_since(o.shift.date, at).map_err(|e| row.error("timestamp", e))?;
        match kind {
            Punch::Out => {
                o.shift.clock_out = Some(minute);
                let note = note.or(o.note);
                w.store(employee, &o.shift, note.as_deref())
                    .map_err(|(c, e)| anyhow!("{file}:{}: column '{c}': {e:#}", row.line))?;
                continue;
            }
            Punch::BreakStart => o.shift.breaks.push((minute, None)),
            Punch::BreakEnd => match o.shift.breaks.last_mut() {
                Some((_, end @ None)) => *end = Some(minute),
                _ => return Err(row.error("kind", "break-end without break-start")),
            },
            Punch::In => unreachable!("handled above"),
        }
        o.shift.break_minutes = known_break_minutes(&o.shift.breaks);
        open.insert(employee, o);
    }
    store_left_open(w, open)
}

/// A clock-in: a shift still open for the employee is stored as it is (missing its clock-out),
/// and a new one begins.
fn clock_in(
    w: &mut Writer,
    open: &mut HashMap<i64, Open>,
    employee: i64,
    at: chrono::NaiveDateTime,
    note: Option<String>,
    row: &crate::kernel::csvio::CsvRow,
) -> Result<()> {
    let file = w.file.clone();
    if let Some(prev) = open.remove(&employee) {
        w.store(employee, &prev.shift, prev.note.as_deref())
            .map_err(|(c, e)| anyhow!("{file}:{}: column '{c}': {e:#}", prev.line))?;
    }
    let date = at.date();
    w.check_open_month(date)
        .map_err(|e| row.error("timestamp", e))?;
    let minute = minutes_since(date, at)?;
    let shift = Shift {
        date,
        clock_in: Some(minute),
        clock_out: None,
        break_minutes: 0,
        breaks: Vec::new(),
    };
    let line = row.line;
    open.insert(employee, Open { shift, note, line });
    Ok(())
}

/// The shifts still open at the end of the file, stored in file order (missing a clock-out).
fn store_left_open(w: &mut Writer, open: HashMap<i64, Open>) -> Result<()> {
    let file = w.file.clone();
    let mut rest: Vec<(i64, Open)> = open.into_iter().collect();
    rest.sort_by_key(|(_, o)| o.line);
    for (employee, o) in rest {
        w.store(employee, &o.shift, o.note.as_deref())
            .map_err(|(c, e)| anyhow!("{file}:{}: column '{c}': {e:#}", o.line))?;
    }
    Ok(())
}

/// A punch time: `2026-04-01 09:00[:00]`, `2026-04-01T09:00`, `2026/04/01 09:00`.
pub fn parse_timestamp(text: &str) -> Result<chrono::NaiveDateTime> {
    let t = text.trim();
    for f in [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y/%m/%d %H:%M:%S",
        "%Y/%m/%d %H:%M",
    ] {
        if let Ok(dt) = chrono::NaiveDateTime::parse_from_str(t, f) {
            crate::kernel::period::in_book_years(dt.date(), text)?;
            return Ok(dt);
        }
    }
    Err(anyhow!(
        "'{text}' is not a date and time (expected YYYY-MM-DD HH:MM)"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn break_minutes_and_punch_kinds() {
        assert_eq!(parse_break_minutes("45").unwrap(), 45);
        assert_eq!(parse_break_minutes("1:00").unwrap(), 60);
        assert!(parse_break_minutes("-5").is_err());
        assert!(parse_punch("退勤").unwrap() == Punch::Out);
        assert!(parse_punch("lunch").is_err());
    }
}
