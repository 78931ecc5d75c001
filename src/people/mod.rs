//! People: the employee master shared by attendance and payroll. Pure rules here (employment
//! types, kana names, field validation); SQL in `store.rs`, commands in `cli.rs`. Personal data
//! (birth dates, e-mail) stays in the database: listings leave it out, `people export` writes it
//! only when asked.

pub mod cli;
pub mod import;
pub mod ops;
mod store;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use unicode_normalization::UnicodeNormalization;

use crate::jp::municipality::{municipality_code, postal_code};
use crate::kernel::period::parse_date;
use crate::kernel::text::{CODE_MAX_CHARS, LINE_MAX_CHARS, NAME_MAX_CHARS, check_length};

/// How someone is employed; decides paid-leave tables and whether labour-time rules apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Employment {
    /// 正社員.
    FullTime,
    /// パート・アルバイト.
    PartTime,
    /// 契約社員.
    Contract,
    /// 役員: no timecard limits (労基法 does not apply to officers).
    Officer,
}

impl Employment {
    /// Parses `full-time`, `part-time`, `contract`, `officer` (or the Japanese words).
    pub fn parse(text: &str) -> Result<Employment> {
        Ok(
            match text.trim().to_lowercase().replace('-', "_").as_str() {
                "full_time" | "fulltime" | "正社員" => Employment::FullTime,
                "part_time" | "parttime" | "パート" | "アルバイト" => Employment::PartTime,
                "contract" | "契約社員" => Employment::Contract,
                "officer" | "役員" => Employment::Officer,
                _ => bail!(
                    "'{text}' is not an employment type (full-time, part-time, contract, officer)"
                ),
            },
        )
    }

    /// The stored key.
    pub fn key(&self) -> &'static str {
        match self {
            Employment::FullTime => "full_time",
            Employment::PartTime => "part_time",
            Employment::Contract => "contract",
            Employment::Officer => "officer",
        }
    }
}

/// An employee.
#[derive(Debug, Clone, PartialEq)]
pub struct Employee {
    /// Row id.
    pub id: i64,
    /// Employee code (社員番号).
    pub code: String,
    /// Name.
    pub name: String,
    /// Name in full-width katakana (bank transfer files need it).
    pub kana: Option<String>,
    /// Birth date.
    pub birth_date: Option<NaiveDate>,
    /// Hire date (入社日).
    pub hire_date: NaiveDate,
    /// Leave date (退職日), the last day employed.
    pub leave_date: Option<NaiveDate>,
    /// Employment type.
    pub employment: Employment,
    /// Department.
    pub department: Option<String>,
    /// Scheduled work days per week (所定労働日数).
    pub days_per_week: i64,
    /// Scheduled minutes per day (所定労働時間).
    pub minutes_per_day: i64,
    /// Work calendar code.
    pub calendar: String,
    /// E-mail.
    pub email: Option<String>,
    /// 郵便番号 (`NNN-NNNN`).
    pub postal_code: Option<String>,
    /// 住所 on 1 January of the following year decides where the 給与支払報告書 goes.
    pub address: Option<String>,
    /// 市区町村コード (全国地方公共団体コード, six digits) of the municipality of residence.
    pub municipality_code: Option<String>,
}

impl Employee {
    /// Whether the employee is employed on a date.
    pub fn employed_on(&self, date: NaiveDate) -> bool {
        date >= self.hire_date && self.leave_date.is_none_or(|l| date <= l)
    }

    /// Age in full years on a date (the day before the birthday counts, as 年齢計算ニ関スル法律
    /// says: one turns N at the end of the day before the Nth birthday).
    pub fn age_on(&self, date: NaiveDate) -> Option<u32> {
        let birth = self.birth_date?;
        let day_after = date.succ_opt()?;
        day_after.years_since(birth)
    }
}

/// The fields `people set` and `people import` understand, in CSV column order.
pub const FIELDS: &[&str] = &[
    "name",
    "kana",
    "birth_date",
    "hire_date",
    "leave_date",
    "employment",
    "department",
    "days_per_week",
    "hours_per_day",
    "calendar",
    "email",
    "postal_code",
    "address",
    "municipality_code",
];

/// Sets one field from text ("" clears an optional field), validating it.
pub fn apply_field(e: &mut Employee, field: &str, value: &str) -> Result<()> {
    let v = value.trim();
    let limit = match field {
        "name" | "kana" => NAME_MAX_CHARS,
        "calendar" => CODE_MAX_CHARS,
        _ => LINE_MAX_CHARS,
    };
    check_length(field, v, limit)?;
    let opt = |v: &str| Some(v.to_string()).filter(|s| !s.is_empty());
    match field {
        "name" if !v.is_empty() => e.name = v.to_string(),
        "name" => bail!("the name cannot be empty"),
        "kana" => e.kana = opt(v).map(|k| zengin_holder_kana(&k)).transpose()?,
        "birth_date" => e.birth_date = optional_date(v)?,
        "hire_date" => e.hire_date = parse_date(v)?,
        "leave_date" => e.leave_date = optional_date(v)?,
        "employment" => e.employment = Employment::parse(v)?,
        "department" => e.department = opt(v),
        "days_per_week" => e.days_per_week = parse_days_per_week(v)?,
        "hours_per_day" => e.minutes_per_day = parse_hours_per_day(v)?,
        "calendar" if !v.is_empty() => e.calendar = v.to_string(),
        "calendar" => bail!("the calendar cannot be empty"),
        "email" => e.email = opt(v),
        "postal_code" => e.postal_code = opt(v).map(|p| postal_code(&p)).transpose()?,
        "address" => e.address = opt(v),
        "municipality_code" => {
            e.municipality_code = opt(v).map(|m| municipality_code(&m)).transpose()?
        }
        other => bail!("unknown field '{other}' (known: {})", FIELDS.join(", ")),
    }
    if e.leave_date.is_some_and(|l| l < e.hire_date) {
        bail!("the leave date is before the hire date");
    }
    // A file with the two date columns swapped, or a year typed wrong, must not be stored: age
    // decides 介護保険 and 年末調整. (An import's blank starts at NaiveDate::MIN until its
    // hire date is read.)
    if let Some(birth) = e
        .birth_date
        .filter(|b| *b >= e.hire_date && e.hire_date != NaiveDate::MIN)
    {
        bail!(
            "the birth date {birth} is not before the hire date {}",
            e.hire_date
        );
    }
    Ok(())
}

/// A kana name as the bank transfer file will carry it (受取人名, 30 half-width characters),
/// checked when it is entered rather than on payday.
fn zengin_holder_kana(text: &str) -> Result<String> {
    let kana = normalize_kana(text)?;
    crate::jp::zengin::check_name(
        &kana,
        crate::jp::zengin::HOLDER_NAME_WIDTH,
        "the kana name (受取人名 of the bank transfer)",
    )?;
    Ok(kana)
}

/// A blank employee with the defaults (full-time, 5 days × 8 hours, the standard calendar).
pub fn blank(code: &str, hire_date: NaiveDate) -> Employee {
    Employee {
        id: 0,
        code: code.to_string(),
        name: String::new(),
        kana: None,
        birth_date: None,
        hire_date,
        leave_date: None,
        employment: Employment::FullTime,
        department: None,
        days_per_week: 5,
        minutes_per_day: 480,
        calendar: "standard".to_string(),
        email: None,
        postal_code: None,
        address: None,
        municipality_code: None,
    }
}

/// Normalizes a kana name to full-width katakana with single spaces (ｶﾀｶﾅ and ひらがな are
/// accepted); anything else is an error, because bank files can only carry kana.
pub fn normalize_kana(text: &str) -> Result<String> {
    let folded: String = text.nfkc().collect();
    let mut out = String::new();
    for c in folded
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
    {
        let c = match c {
            'ぁ'..='ゖ' => char::from_u32(c as u32 + 0x60).unwrap_or(c),
            other => other,
        };
        let ok = matches!(c, 'ァ'..='ヺ' | 'ー' | 'ヽ' | 'ヾ' | ' ' | '・');
        if !ok {
            bail!("'{text}' is not a kana name (use katakana or hiragana, e.g. ヤマダ タロウ)");
        }
        out.push(c);
    }
    Ok(out)
}

/// Parses scheduled hours per day (`8`, `7.5`, `7:30`) into minutes.
pub fn parse_hours_per_day(text: &str) -> Result<i64> {
    let t = text.trim();
    let minutes = if let Some((h, m)) = t.split_once(':') {
        match (h.parse::<i64>(), m.parse::<i64>()) {
            (Ok(h), Ok(m)) if (0..60).contains(&m) => Some(h * 60 + m),
            _ => None,
        }
    } else {
        t.parse::<rust_decimal::Decimal>().ok().and_then(|d| {
            let m = d * rust_decimal::Decimal::from(60);
            (m.fract().is_zero())
                .then(|| i64::try_from(m).ok())
                .flatten()
        })
    };
    match minutes {
        Some(m) if (1..=1440).contains(&m) => Ok(m),
        _ => bail!("'{text}' is not a number of hours per day (e.g. 8, 7.5 or 7:30)"),
    }
}

/// Parses scheduled work days per week (1-7).
pub fn parse_days_per_week(text: &str) -> Result<i64> {
    match text.trim().parse::<i64>() {
        Ok(d) if (1..=7).contains(&d) => Ok(d),
        _ => bail!("'{text}' is not a number of work days per week (1-7)"),
    }
}

/// Parses an optional date field ("" is none).
pub fn optional_date(text: &str) -> Result<Option<NaiveDate>> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse_date(text).map(Some)
    }
}

/// Minutes as `H:MM` (e.g. 7:30), the way timecards and payslips show durations.
pub fn hours_minutes(minutes: i64) -> String {
    let sign = if minutes < 0 { "-" } else { "" };
    let m = minutes.abs();
    format!("{sign}{}:{:02}", m / 60, m % 60)
}

/// How many days after a date an employee has timecards for: attendance answers, and the top
/// level wires it in, so this area does not depend on attendance (which depends on it).
pub type TimecardsAfter = fn(&rusqlite::Connection, i64, NaiveDate) -> Result<i64>;

/// Refuses a leave date with timecards recorded after it.
pub fn check_leave_date(
    conn: &rusqlite::Connection,
    e: &Employee,
    timecards_after: TimecardsAfter,
) -> Result<()> {
    if let Some(date) = e.leave_date {
        let later = timecards_after(conn, e.id, date)?;
        if later > 0 {
            bail!(
                "{} has {later} timecards after {date}; correct them before the leave date",
                e.code
            );
        }
    }
    Ok(())
}

/// An employee by code, or an error naming it.
pub fn by_code(conn: &rusqlite::Connection, code: &str) -> Result<Employee> {
    store::get(conn, code)
}

/// An employee by code, if there is one.
pub fn find_by_code(conn: &rusqlite::Connection, code: &str) -> Result<Option<Employee>> {
    store::find(conn, code)
}

/// An employee by id (as other areas store it).
pub fn by_id(conn: &rusqlite::Connection, id: i64) -> Result<Employee> {
    store::by_id(conn, id)
}

/// Every employee, in code order.
pub fn all(conn: &rusqlite::Connection) -> Result<Vec<Employee>> {
    store::list(conn)
}

/// Employee ids by code (for importers that resolve many rows).
pub fn ids_by_code(conn: &rusqlite::Connection) -> Result<std::collections::HashMap<String, i64>> {
    store::ids_by_code(conn)
}

/// Adds an employee; returns its id.
pub fn add(conn: &rusqlite::Connection, e: &Employee, now: &str) -> Result<i64> {
    store::insert(conn, e, now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kana_names_become_full_width_katakana() {
        assert_eq!(normalize_kana("ﾔﾏﾀﾞ ﾀﾛｳ").unwrap(), "ヤマダ タロウ");
        assert_eq!(normalize_kana("やまだ　はなこ").unwrap(), "ヤマダ ハナコ");
        assert!(normalize_kana("山田").is_err());
    }

    #[test]
    fn hours_per_day_in_three_spellings() {
        assert_eq!(parse_hours_per_day("8").unwrap(), 480);
        assert_eq!(parse_hours_per_day("7.5").unwrap(), 450);
        assert_eq!(parse_hours_per_day("7:45").unwrap(), 465);
        assert!(parse_hours_per_day("7.01").is_err());
        assert!(parse_hours_per_day("25").is_err());
    }

    #[test]
    fn age_turns_on_the_day_before_the_birthday() {
        let e = Employee {
            birth_date: Some(NaiveDate::from_ymd_opt(1986, 4, 1).unwrap()),
            ..blank("E", NaiveDate::from_ymd_opt(2020, 4, 1).unwrap())
        };
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        assert_eq!(e.age_on(d(3, 30)), Some(39));
        assert_eq!(e.age_on(d(3, 31)), Some(40));
        assert_eq!(hours_minutes(605), "10:05");
    }
}
