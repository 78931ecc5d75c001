//! The settings registry: every area declares its keys (a [`SettingSpec`]: the key, what it
//! means, how a value is validated, its default) in its own `settings.rs`, and reads them there;
//! the values live in one key/value table. `bko company set|show` walks the registry that the
//! top-level `cli` assembles. The validators several areas share are here too. Knows no area.

use anyhow::{Result, bail};
use rusqlite::{Connection, OptionalExtension, params};

/// A setting users may change with `bko company set KEY VALUE`.
pub struct SettingSpec {
    /// The key.
    pub key: &'static str,
    /// What it means (shown by `bko company show`).
    pub about: &'static str,
    /// Validates and normalizes a value.
    pub normalize: fn(&str) -> Result<String>,
    /// The value in force when none is set ("" for none).
    pub default: &'static str,
}

/// A setting's stored value, if set.
pub fn stored(conn: &Connection, key: &str) -> Result<Option<String>> {
    // Cached: a command reads several settings (the company profile alone five).
    let mut stmt = conn.prepare_cached("SELECT value FROM setting WHERE key = ?1")?;
    Ok(stmt.query_row([key], |r| r.get(0)).optional()?)
}

/// Stores a setting's value (validated by the caller through its spec).
pub fn store(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO setting (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

/// The value of one of `specs`, or its default when unset. An unknown key is bko's bug.
pub fn value_or_default(conn: &Connection, specs: &[SettingSpec], key: &str) -> Result<String> {
    let Some(spec) = specs.iter().find(|s| s.key == key) else {
        return Err(crate::kernel::error::Exit::bug(format!(
            "the setting '{key}' is not declared"
        )));
    };
    Ok(stored(conn, key)?
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| spec.default.to_string()))
}

/// Finds a setting in the registry by key; an unknown one gets the closest known key as a hint.
pub fn find<'a>(registry: &[&'a [SettingSpec]], key: &str) -> Result<&'a SettingSpec> {
    let all = || registry.iter().flat_map(|specs| specs.iter());
    if let Some(spec) = all().find(|s| s.key == key) {
        return Ok(spec);
    }
    let closest = all()
        .map(|s| (strsim::jaro_winkler(s.key, key), s.key))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match closest {
        Some((_, near)) => Err(crate::kernel::error::hinted(
            format!("unknown setting '{}'", crate::kernel::text::excerpt(key)),
            format!("did you mean {near}? `bko company show` lists them all"),
        )),
        None => Err(crate::kernel::error::hinted(
            format!("unknown setting '{}'", crate::kernel::text::excerpt(key)),
            "`bko company show` lists them all",
        )),
    }
}

/// Any text, trimmed, at most 200 characters (addresses, bank accounts, account codes).
pub fn any_text(value: &str) -> Result<String> {
    let v = value.trim();
    crate::kernel::text::check_length("the value", v, crate::kernel::text::LINE_MAX_CHARS)?;
    Ok(v.to_string())
}

/// Text that may not be empty, at most 120 characters (the company name).
pub fn required_text(value: &str) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        bail!("the value cannot be empty");
    }
    crate::kernel::text::check_length("the value", v, crate::kernel::text::NAME_MAX_CHARS)?;
    Ok(v.to_string())
}

/// A month number, 1-12.
pub fn month(value: &str) -> Result<String> {
    match value.trim().parse::<u32>() {
        Ok(m) if (1..=12).contains(&m) => Ok(m.to_string()),
        _ => bail!("'{value}' is not a month number (1-12)"),
    }
}

/// A month number or nothing.
pub fn optional_month(value: &str) -> Result<String> {
    if value.trim().is_empty() {
        Ok(String::new())
    } else {
        month(value)
    }
}

/// A number of years, 1-100.
pub fn years(value: &str) -> Result<String> {
    match value.trim().parse::<u32>() {
        Ok(y) if (1..=100).contains(&y) => Ok(y.to_string()),
        _ => bail!("'{value}' is not a number of years (1-100)"),
    }
}

/// A comma-separated list of fiscal years.
pub fn year_list(value: &str) -> Result<String> {
    let mut out = Vec::new();
    for y in value.split(',').map(str::trim).filter(|y| !y.is_empty()) {
        match y.parse::<i32>() {
            Ok(n) if (1900..=2999).contains(&n) => out.push(n.to_string()),
            _ => bail!("'{y}' is not a fiscal year (e.g. 2025)"),
        }
    }
    Ok(out.join(","))
}

/// yes or no.
pub fn yes_no(value: &str) -> Result<String> {
    match value.trim() {
        "yes" | "no" => Ok(value.trim().to_string()),
        _ => bail!("'{value}' is not yes or no"),
    }
}

/// One of the allowed words.
pub fn one_of(value: &str, allowed: &[&str]) -> Result<String> {
    let v = value.trim();
    if allowed.contains(&v) {
        Ok(v.to_string())
    } else {
        bail!("'{value}' is not one of: {}", allowed.join(", "))
    }
}

/// A whole amount or nothing.
pub fn optional_amount(value: &str) -> Result<String> {
    let v = value.trim().replace(',', "");
    if v.is_empty() || v.parse::<u64>().is_ok() {
        Ok(v)
    } else {
        bail!("'{value}' is not a whole amount")
    }
}

/// A day of the month, 1-31 (31 = the last day).
pub fn day_of_month(value: &str) -> Result<String> {
    match value.trim().parse::<u32>() {
        Ok(d) if (1..=31).contains(&d) => Ok(d.to_string()),
        _ => bail!("'{value}' is not a day of the month (1-31; 31 = the last day)"),
    }
}

/// At most `max` digits, or nothing.
pub fn digits(value: &str, max: usize) -> Result<String> {
    let v = value.trim();
    if v.is_empty() || (v.len() <= max && v.chars().all(|c| c.is_ascii_digit())) {
        Ok(v.to_string())
    } else {
        bail!("'{value}' is not a number of at most {max} digits")
    }
}
