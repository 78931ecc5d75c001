//! Withheld income tax paid over to the tax office: the month's totals due by the 10th of the
//! next (所得税法183条・212条, with payroll's salaries and bonuses — the 所得税徴収高計算書's rows),
//! and the year's 支払調書 (報酬、料金、契約金及び賞金の支払調書, 所得税法225条: each payee paid more
//! than ¥50,000 in the year). Withholding counts when the bill is paid, in the payment's month.

use anyhow::Result;
use chrono::{Datelike, NaiveDate, Weekday};
use rusqlite::Connection;

use super::store;
use super::types::Supplier;
use crate::kernel::period::Month;

/// One row of the month's totals.
#[derive(Debug, Clone, PartialEq)]
pub struct WithheldRow {
    /// salary, bonus, fee or judicial.
    pub class: String,
    /// 人員.
    pub people: i64,
    /// 支給額: pay, or the fees paid before withholding.
    pub paid: i64,
    /// 税額.
    pub tax: i64,
}

impl WithheldRow {
    /// The 所得税徴収高計算書 row it goes to.
    pub fn label(&self) -> &'static str {
        match self.class.as_str() {
            "salary" => "俸給・給料等",
            "bonus" => "賞与",
            "fee" => "税理士等の報酬",
            "judicial" => "司法書士等の報酬",
            _ => "その他",
        }
    }
}

/// What was withheld in a month and when it is due.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthWithheld {
    /// The month of payment.
    pub month: Month,
    /// The 10th of the next month, moved past a weekend or national holiday (国税通則法10条2項).
    pub due: NaiveDate,
    /// Salaries, bonuses, fees.
    pub rows: Vec<WithheldRow>,
}

/// The 10th of the month after, or the next day that is neither a weekend nor one of the
/// national `holidays`.
pub fn due_date(month: Month, holidays: &[NaiveDate]) -> NaiveDate {
    business_day(
        month.next().first_day() + chrono::Duration::days(9),
        holidays,
    )
}

/// The day, or the next that is neither a weekend nor one of `holidays` (a deadline that falls
/// on a day off moves to the next working day, 国税通則法10条2項).
pub fn business_day(mut day: NaiveDate, holidays: &[NaiveDate]) -> NaiveDate {
    while matches!(day.weekday(), Weekday::Sat | Weekday::Sun) || holidays.contains(&day) {
        day += chrono::Duration::days(1);
    }
    day
}

/// The month's withheld tax: payroll's (by pay date) and the fees' (by payment date).
pub fn month_totals(conn: &Connection, month: Month) -> Result<MonthWithheld> {
    let mut rows: Vec<WithheldRow> = crate::payroll::payouts::withheld_in(conn, month)?
        .into_iter()
        .map(|w| WithheldRow {
            class: w.kind,
            people: w.people,
            paid: w.taxable,
            tax: w.tax,
        })
        .collect();
    for (class, people, paid, tax) in
        store::withheld_between(conn, month.first_day(), month.last_day())?
    {
        rows.push(WithheldRow {
            class,
            people,
            paid,
            tax,
        });
    }
    let due_year = month.next().first_day().year();
    let holidays: Vec<NaiveDate> = crate::attendance::ops::list_holidays(conn, Some(due_year))?
        .into_iter()
        .filter(|(_, _, kind)| kind == "national")
        .map(|(day, ..)| day)
        .collect();
    Ok(MonthWithheld {
        month,
        due: due_date(month, &holidays),
        rows,
    })
}

/// One payee's 支払調書.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// The payee.
    pub supplier: Supplier,
    /// 支払金額: what the year's payments paid, the tax withheld included.
    pub paid: i64,
    /// 源泉徴収税額.
    pub withheld: i64,
}

/// The year's 支払調書: payees with withholding paid more than ¥50,000 in the year (所得税法
/// 施行規則84条: 弁護士・税理士・司法書士 … fees), and how many were paid less (no statement due).
pub fn statements(conn: &Connection, year: i32) -> Result<(Vec<Statement>, usize)> {
    const THRESHOLD: i64 = 50_000;
    let first = NaiveDate::from_ymd_opt(year, 1, 1).expect("a year");
    let last = NaiveDate::from_ymd_opt(year, 12, 31).expect("a year");
    let suppliers = store::suppliers(conn)?;
    let mut out = Vec::new();
    let mut below = 0;
    for (id, paid, withheld) in store::paid_to_payees(conn, first, last)? {
        let Some(supplier) = suppliers.iter().find(|s| s.id == id).cloned() else {
            continue;
        };
        if paid > THRESHOLD {
            out.push(Statement {
                supplier,
                paid,
                withheld,
            });
        } else {
            below += 1;
        }
    }
    Ok((out, below))
}

/// What the books show paid of withheld income tax in a month: debits to 預り金 (the payables
/// withholding account) in entries that name 源泉所得税 — as `bank match` books the payment of a
/// month's withholding, or a clerk who writes what the payment was.
pub fn paid_in(conn: &Connection, month: Month) -> Result<i64> {
    let settings = super::settings::PayablesSettings::load(conn)?;
    let chart = crate::ledger::chart::Chart::load(conn)?;
    let account = chart.resolve(&settings.withholding)?.id;
    let (_, rows) = crate::ledger::ops::account_lines(
        conn,
        account,
        None,
        month.first_day(),
        month.last_day(),
    )?;
    Ok(rows
        .iter()
        .filter(|(_, _, memo, ..)| memo.contains("源泉所得税"))
        .map(|(_, _, _, debit, ..)| debit)
        .sum())
}

/// Month-end findings: the income tax withheld in the month before `month`, due by the 10th of
/// `month`, when the books do not show it paid in `month`.
pub fn unpaid_before(conn: &Connection, month: Month) -> Result<Option<String>> {
    let previous = month.prev();
    let totals = month_totals(conn, previous)?;
    let due: i64 = totals.rows.iter().map(|r| r.tax).sum();
    let paid = paid_in(conn, month)?;
    Ok((due > paid).then(|| {
        format!(
            "{due} yen of income tax withheld in {previous} was due by {}; the books show {paid} paid in {month}",
            totals.due
        )
    }))
}

/// The year's 支払調書 as a PDF (one slip per payee paid more than ¥50,000), with the company
/// as the payer; None when no payee needs one.
pub fn statements_pdf(conn: &Connection, year: i32) -> Result<Option<Vec<u8>>> {
    let (list, _) = statements(conn, year)?;
    if list.is_empty() {
        return Ok(None);
    }
    let company = crate::company::Company::load(conn)?;
    let contact = crate::company::Contact::load(conn)?;
    let payer = super::statement_pdf::Payer {
        name: company.name,
        address: contact.postal_address(),
        phone: contact.phone.unwrap_or_default(),
        registration_number: contact.registration_number.unwrap_or_default(),
    };
    super::statement_pdf::render(year, &list, &payer).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 源泉所得税の納期限 (所得税法183条, 国税通則法10条2項): the 10th of the next month, moved
    /// past weekends and national holidays.
    #[test]
    fn due_on_the_tenth_or_the_next_business_day() {
        let sports_day: NaiveDate = "2026-10-12".parse().unwrap();
        let coming_of_age: NaiveDate = "2027-01-11".parse().unwrap();
        let holidays = [sports_day, coming_of_age];
        let due = |m: &str| due_date(Month::parse(m).unwrap(), &holidays).to_string();
        assert_eq!(due("2026-04"), "2026-05-11"); // 10 May 2026 is a Sunday
        assert_eq!(due("2026-05"), "2026-06-10");
        assert_eq!(due("2026-09"), "2026-10-13"); // Saturday 10 Oct, then スポーツの日
        assert_eq!(due("2026-12"), "2027-01-12"); // Sunday 10 Jan, then 成人の日
    }
}
