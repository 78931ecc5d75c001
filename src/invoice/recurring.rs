//! Recurring invoices: a customer billed the same lines every month on a day (the 25th, or the
//! month's last day when it is shorter). `run --month M` issues every active one due that month
//! exactly once — a second run issues nothing new — with the month words of its subject moved
//! to M (「5月分」 → 「6月分」, `{YYYY}年{M}月`), so a month-end script can call it every time.

use anyhow::{Result, bail};
use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, Transaction};

use super::LineInput;
use super::batch::{self, Batch, BatchDocument};
use super::desk_store as store;
use super::issue::DocumentInput;
use crate::kernel::money::Currency;
use crate::kernel::output::Lang;
use crate::kernel::period::Month;
use crate::kernel::text::{CODE_MAX_CHARS, LINE_MAX_CHARS, check_length};

/// A recurring invoice.
#[derive(Debug, Clone, PartialEq)]
pub struct Recurring {
    /// Row id.
    pub id: i64,
    /// Its code.
    pub code: String,
    /// Customer code.
    pub customer: String,
    /// Day of the month it is dated (clipped to the month's last day).
    pub day: u32,
    /// 件名, its month words moved on each month.
    pub subject: Option<String>,
    /// 備考.
    pub note: Option<String>,
    /// The lines.
    pub lines: Vec<LineInput>,
    /// Pricing (exclusive / inclusive), or the customer's.
    pub pricing: Option<String>,
    /// The first month it bills (YYYY-MM).
    pub start_month: String,
    /// Paused or not.
    pub active: bool,
    /// The last month issued.
    pub last_month: Option<String>,
}

/// Its issue date in a month.
pub fn issue_date(month: Month, day: u32) -> NaiveDate {
    let last = month.last_day();
    last.with_day(day.min(last.day())).unwrap_or(last)
}

/// The subject for a month: `{YYYY}`, `{M}`, `{MM}` filled in, and month words of the form
/// 「N月分」, 「N月度」 and 「YYYY年N月」 moved to the month.
pub fn subject_for(subject: &str, month: Month) -> String {
    let first = month.first_day();
    let (y, m) = (first.year(), first.month());
    let filled = subject
        .replace("{YYYY}", &y.to_string())
        .replace("{MM}", &format!("{m:02}"))
        .replace("{M}", &m.to_string());
    let year_month = regex_lite::Regex::new(r"\d{4}年\d{1,2}月").expect("a pattern");
    let filled = year_month.replace_all(&filled, format!("{y}年{m}月").as_str());
    let month_word = regex_lite::Regex::new(r"(^|[^\d年])\d{1,2}月(分|度)").expect("a pattern");
    month_word
        .replace_all(&filled, |c: &regex_lite::Captures| {
            format!("{}{m}月{}", &c[1], &c[2])
        })
        .into_owned()
}

/// The subject with each month word one month on: 「5月分」 → 「6月分」, 「12月度」 → 「1月度」,
/// 「2026年12月」 → 「2027年1月」.
pub fn next_month_words(subject: &str) -> String {
    let year_month = regex_lite::Regex::new(r"(\d{4})年(\d{1,2})月").expect("a pattern");
    let moved = year_month.replace_all(subject, |c: &regex_lite::Captures| {
        let (y, m): (i32, u32) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
        if m >= 12 {
            format!("{}年1月", y + 1)
        } else {
            format!("{y}年{}月", m + 1)
        }
    });
    let month_word = regex_lite::Regex::new(r"(^|[^\d年])(\d{1,2})月(分|度)").expect("a pattern");
    month_word
        .replace_all(&moved, |c: &regex_lite::Captures| {
            let m: u32 = c[2].parse().unwrap_or(0);
            format!("{}{}月{}", &c[1], if m >= 12 { 1 } else { m + 1 }, &c[3])
        })
        .into_owned()
}

/// What to add.
#[derive(Debug, Clone, Default)]
pub struct NewRecurring {
    /// Code.
    pub code: String,
    /// Customer (default: the `like` invoice's).
    pub customer: Option<String>,
    /// Day of the month.
    pub day: u32,
    /// Start from an issued invoice's customer, subject, lines and pricing.
    pub like: Option<String>,
    /// Lines (instead of or over `like`'s).
    pub lines: Vec<LineInput>,
    /// 件名.
    pub subject: Option<String>,
    /// 備考.
    pub note: Option<String>,
    /// First month (default: the current).
    pub start: Option<Month>,
}

/// Adds a recurring invoice.
pub fn add(tx: &Connection, n: &NewRecurring, today: NaiveDate) -> Result<Recurring> {
    check_length("code", &n.code, CODE_MAX_CHARS)?;
    if n.code.trim().is_empty() {
        bail!("a recurring invoice needs a code");
    }
    if !(1..=31).contains(&n.day) {
        bail!("--day {} is not a day of the month (1 to 31)", n.day);
    }
    if store::recurring_by_code(tx, &n.code)?.is_some() {
        bail!("recurring invoice '{}' already exists", n.code);
    }
    let like = n
        .like
        .as_deref()
        .map(|number| super::issue::issued(tx, number))
        .transpose()?;
    let customer = match (&n.customer, &like) {
        (Some(c), _) => super::store::customer_by_code(tx, c)?
            .ok_or_else(|| anyhow::anyhow!("unknown customer '{c}'"))?,
        (None, Some(inv)) => super::store::customer_by_id(tx, inv.customer_id)?,
        (None, None) => bail!("say who is billed: --customer CODE (or --like NUMBER)"),
    };
    let lines = match (&n.lines, &like) {
        (l, _) if !l.is_empty() => l.clone(),
        (_, Some(inv)) => inv.lines.iter().map(|(l, _)| l.clone()).collect(),
        _ => bail!("give the lines: --line … (or --like NUMBER)"),
    };
    let subject = n
        .subject
        .clone()
        .or_else(|| like.as_ref().and_then(|i| i.subject.clone()));
    if let Some(s) = &subject {
        check_length("subject", s, LINE_MAX_CHARS)?;
    }
    let r = Recurring {
        id: 0,
        code: n.code.trim().to_string(),
        customer: customer.code.clone(),
        day: n.day,
        subject,
        note: n
            .note
            .clone()
            .or_else(|| like.as_ref().and_then(|i| i.note.clone())),
        lines,
        pricing: like.as_ref().map(|i| i.tax_pricing.key().to_string()),
        start_month: n.start.unwrap_or_else(|| Month::of(today)).to_string(),
        active: true,
        last_month: None,
    };
    let at = crate::kernel::clock::timestamp();
    let id = store::insert_recurring(tx, &r, customer.id, &at)?;
    Ok(Recurring { id, ..r })
}

/// Every recurring invoice.
pub fn list(conn: &Connection) -> Result<Vec<Recurring>> {
    store::recurring(conn)
}

/// One by code.
pub fn get(conn: &Connection, code: &str) -> Result<Recurring> {
    store::recurring_by_code(conn, code)?.ok_or_else(|| {
        crate::kernel::error::hinted(
            format!("there is no recurring invoice '{code}'"),
            "`bko invoice recurring list`",
        )
    })
}

/// Pauses (false) or resumes (true) one.
pub fn set_active(tx: &Connection, code: &str, active: bool) -> Result<Recurring> {
    let r = get(tx, code)?;
    store::set_active(tx, r.id, active)?;
    get(tx, code)
}

/// Removes one; one already issued is paused for good instead (its history stays). Returns
/// whether it was removed.
pub fn remove(tx: &Connection, code: &str) -> Result<bool> {
    let r = get(tx, code)?;
    if store::remove_recurring(tx, r.id)? {
        return Ok(true);
    }
    store::set_active(tx, r.id, false)?;
    Ok(false)
}

/// The documents a month's run would issue: every active one started by the month and not
/// issued for it yet, with its code.
pub fn due(conn: &Connection, month: Month) -> Result<Vec<(String, DocumentInput)>> {
    let key = month.to_string();
    let mut out = Vec::new();
    for r in store::recurring(conn)? {
        if !r.active || r.start_month > key || store::issued_for(conn, r.id, &key)?.is_some() {
            continue;
        }
        let pricing = r
            .pricing
            .as_deref()
            .map(super::TaxPricing::parse)
            .transpose()?;
        out.push((
            r.code.clone(),
            DocumentInput {
                customer: r.customer.clone(),
                date: issue_date(month, r.day),
                due_date: None,
                subject: r.subject.as_deref().map(|s| subject_for(s, month)),
                note: r.note.clone(),
                lines: r.lines.clone(),
                pricing,
                not_qualified: false,
            },
        ));
    }
    Ok(out)
}

/// Issues the month's recurring invoices (numbered, posted, rendered, archived) and records
/// each month as issued. Returns (code, document) in order.
pub fn run(
    tx: &Transaction,
    month: Month,
    currency: &Currency,
    lang: Lang,
) -> Result<Vec<(String, BatchDocument)>> {
    let due = due(tx, month)?;
    let inputs: Vec<(String, DocumentInput)> = due
        .iter()
        .map(|(code, input)| (format!("recurring '{code}'"), clone_input(input)))
        .collect();
    let batch = Batch {
        inputs: &inputs,
        existing_draft: None,
        draft_only: false,
    };
    let documents = batch::issue_batch(tx, &batch, currency, lang)?;
    let key = month.to_string();
    let mut out = Vec::new();
    for ((code, _), document) in due.into_iter().zip(documents) {
        let r = get(tx, &code)?;
        let inv = super::store::invoice_by_number(tx, &document.number)?
            .ok_or_else(|| anyhow::anyhow!("{} was just issued", document.number))?;
        store::record_issue(tx, r.id, &key, inv.id)?;
        out.push((code, document));
    }
    Ok(out)
}

fn clone_input(i: &DocumentInput) -> DocumentInput {
    DocumentInput {
        customer: i.customer.clone(),
        date: i.date,
        due_date: i.due_date,
        subject: i.subject.clone(),
        note: i.note.clone(),
        lines: i.lines.clone(),
        pricing: i.pricing,
        not_qualified: i.not_qualified,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month(m: &str) -> Month {
        Month::parse(m).unwrap()
    }

    #[test]
    fn month_words_move_to_the_run_month() {
        let june = month("2026-06");
        assert_eq!(subject_for("5月分 保守料", june), "6月分 保守料");
        assert_eq!(subject_for("保守料 12月度", june), "保守料 6月度");
        assert_eq!(subject_for("2026年5月 利用料", june), "2026年6月 利用料");
        assert_eq!(
            subject_for("{YYYY}年{M}月分 顧問料", june),
            "2026年6月分 顧問料"
        );
        assert_eq!(subject_for("{MM}月", june), "06月");
        assert_eq!(subject_for("月額 3台分", june), "月額 3台分", "not a month");
        assert_eq!(subject_for("2025年12月分", month("2026-01")), "2026年1月分");
    }

    #[test]
    fn next_month_moves_each_month_word_one_on() {
        assert_eq!(next_month_words("5月分 保守料"), "6月分 保守料");
        assert_eq!(next_month_words("12月度"), "1月度");
        assert_eq!(next_month_words("2026年12月 利用料"), "2027年1月 利用料");
        assert_eq!(next_month_words("2026年12月分"), "2027年1月分");
        assert_eq!(next_month_words("3台分"), "3台分");
    }

    #[test]
    fn the_day_is_clipped_to_the_months_end() {
        assert_eq!(issue_date(month("2026-02"), 31).to_string(), "2026-02-28");
        assert_eq!(issue_date(month("2026-04"), 25).to_string(), "2026-04-25");
    }
}
