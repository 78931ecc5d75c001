//! The year's paperwork as reports: the 給与支払報告書 (個人別明細書) per employee with the
//! municipality it goes to, its 総括表 per municipality, and the 源泉徴収簿 (each pay of the year
//! per employee, then the adjustment). Pure: values in, `Report` out.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::kernel::money::Currency;
use crate::kernel::output::{Cell, Column, Report};
use crate::payroll::adjustment::{OutOfScope, PaidSlip, SlipKind};
use crate::payroll::certificate::Certificate;

/// A leaver paid at most this much in the year need not be reported to the municipality
/// (地方税法317条の6第3項).
pub const LEAVER_REPORT_THRESHOLD: i64 = 300_000;

/// The 給与支払報告書 is due on 31 January of the next year, or the next working day when that
/// is a Saturday or Sunday (地方税法317条の6, 国税通則法10条2項 by analogy; 令和8年分: 2027-02-01).
pub fn report_due(year: i32) -> Option<NaiveDate> {
    let due = NaiveDate::from_ymd_opt(year + 1, 1, 31)?;
    Some(match due.weekday() {
        Weekday::Sat => due + chrono::Days::new(2),
        Weekday::Sun => due + chrono::Days::new(1),
        _ => due,
    })
}

/// Whether the statement must be sent: always, except for a leaver paid ≤ ¥300,000.
fn must_report(c: &Certificate) -> bool {
    !(matches!(c.not_adjusted, Some(OutOfScope::Left(_))) && c.payment <= LEAVER_REPORT_THRESHOLD)
}

/// The municipality a statement goes to ("" when the employee has none recorded).
fn municipality(c: &Certificate) -> String {
    c.employee.municipality_code.clone().unwrap_or_default()
}

/// 給与支払報告書 (個人別明細書): one row per employee paid in the year, by municipality.
pub fn statements(year: i32, certificates: &[Certificate], currency: Currency) -> Report {
    let mut r = Report::new("salary_payment_report", currency, statement_columns());
    let mut sorted: Vec<&Certificate> = certificates.iter().collect();
    sorted.sort_by_key(|c| (municipality(c), c.employee.code.clone()));
    for c in sorted {
        let e = &c.employee;
        let opt = |a: Option<i64>| a.map_or(Cell::Empty, Cell::Money);
        r.rows.push(vec![
            Cell::text(municipality(c)),
            Cell::text(&e.code),
            Cell::text(&e.name),
            Cell::opt_text(e.kana.clone()),
            Cell::opt_text(e.postal_code.clone()),
            Cell::opt_text(e.address.clone()),
            e.birth_date.map_or(Cell::Empty, Cell::Date),
            Cell::Money(c.payment),
            opt(c.employment_income),
            opt(c.deductions),
            Cell::Money(c.tax),
            Cell::Money(c.social_insurance),
            opt(c.life_insurance),
            opt(c.earthquake),
            opt(c.housing_loan_credit),
            opt(c.spouse_deduction),
            Cell::Int(i64::from(
                c.counts.specified + c.counts.elderly + c.counts.other,
            )),
            Cell::Int(i64::from(c.counts.under_16)),
            c.joined().map_or(Cell::Empty, Cell::Date),
            c.left().map_or(Cell::Empty, Cell::Date),
            Cell::text(c.remarks.join(" / ")),
            Cell::Bool(must_report(c)),
        ]);
    }
    let missing = certificates
        .iter()
        .filter(|c| c.employee.municipality_code.is_none())
        .count();
    if missing > 0 {
        r.notes.push(format!(
            "{missing} employees have no 市区町村コード: `bko people set CODE municipality_code 131016`"
        ));
    }
    if let Some(due) = report_due(year) {
        r.notes
            .push(format!("提出期限 {due} (給与支払報告書, {year}年分)"));
    }
    r
}

fn statement_columns() -> Vec<Column> {
    vec![
        Column::new("municipality_code", "市区町村コード", "Municipality"),
        Column::new("employee", "社員番号", "Employee"),
        Column::new("name", "氏名", "Name"),
        Column::new("kana", "フリガナ", "Kana"),
        Column::new("postal_code", "郵便番号", "Postal code"),
        Column::new("address", "住所", "Address"),
        Column::new("birth_date", "生年月日", "Born"),
        Column::new("payment", "支払金額", "Paid"),
        Column::new(
            "employment_income",
            "給与所得控除後の金額",
            "After deduction",
        ),
        Column::new("deductions", "所得控除の額の合計額", "Deductions"),
        Column::new("tax", "源泉徴収税額", "Tax"),
        Column::new("social_insurance", "社会保険料等の金額", "Social insurance"),
        Column::new("life_insurance", "生命保険料の控除額", "Life insurance"),
        Column::new("earthquake", "地震保険料の控除額", "Earthquake"),
        Column::new("housing_loan", "住宅借入金等特別控除の額", "Housing loan"),
        Column::new("spouse_deduction", "配偶者(特別)控除の額", "Spouse"),
        Column::new("dependants", "控除対象扶養親族の数", "Dependants"),
        Column::new("under_16", "16歳未満扶養親族の数", "Under 16"),
        Column::new("joined", "中途就職", "Joined"),
        Column::new("left", "中途退職", "Left"),
        Column::new("remarks", "摘要", "Remarks"),
        Column::new("required", "提出要", "Required"),
    ]
}

/// The 総括表 figures of one municipality.
#[derive(Default)]
struct Municipality {
    reported: i64,
    special: i64,
    ordinary_leavers: i64,
    payment: i64,
    tax: i64,
}

/// 総括表: per municipality, how many statements go there (特別徴収 for those still employed,
/// 普通徴収 for leavers) and their totals; 受給者総人員 is everyone paid in the year.
pub fn summary(year: i32, certificates: &[Certificate], currency: Currency) -> Report {
    let mut by_code: BTreeMap<String, Municipality> = BTreeMap::new();
    for c in certificates.iter().filter(|c| must_report(c)) {
        let m = by_code.entry(municipality(c)).or_default();
        m.reported += 1;
        if c.left().is_some() {
            m.ordinary_leavers += 1;
        } else {
            m.special += 1;
        }
        m.payment += c.payment;
        m.tax += c.tax;
    }
    let mut r = Report::new(
        "salary_payment_summary",
        currency,
        vec![
            Column::new("municipality_code", "市区町村コード", "Municipality"),
            Column::new("recipients", "受給者総人員", "Paid in the year"),
            Column::new("reported", "報告人員", "Reported"),
            Column::new("special_collection", "特別徴収対象者", "Special collection"),
            Column::new(
                "ordinary_leavers",
                "普通徴収対象者(退職者)",
                "Ordinary (leavers)",
            ),
            Column::new("payment", "支払金額", "Paid"),
            Column::new("tax", "源泉徴収税額", "Tax"),
        ],
    );
    let recipients = certificates.len() as i64;
    for (code, m) in &by_code {
        r.rows.push(vec![
            Cell::text(code),
            Cell::Int(recipients),
            Cell::Int(m.reported),
            Cell::Int(m.special),
            Cell::Int(m.ordinary_leavers),
            Cell::Money(m.payment),
            Cell::Money(m.tax),
        ]);
    }
    let omitted = certificates.iter().filter(|c| !must_report(c)).count();
    if omitted > 0 {
        r.notes.push(format!(
            "{omitted} leavers paid ¥300,000 or less are not reported (地方税法317条の6第3項)"
        ));
    }
    if let Some(due) = report_due(year) {
        r.notes.push(format!("提出期限 {due}"));
    }
    r
}

/// 源泉徴収簿: each confirmed pay of the year per employee (給与 / 賞与), then the adjustment:
/// the year's tax and how much more (+) or less (−) it is than what was withheld.
pub fn book(slips: &[PaidSlip], certificates: &[Certificate], currency: Currency) -> Report {
    let mut r = Report::new("withholding_book", currency, book_columns());
    // The year's slips by employee, once (in pay-date order, as given).
    let mut by_employee: BTreeMap<i64, Vec<&PaidSlip>> = BTreeMap::new();
    for p in slips {
        by_employee.entry(p.employee_id).or_default().push(p);
    }
    for c in certificates {
        let e = &c.employee;
        for p in by_employee.get(&e.id).into_iter().flatten() {
            let s = &p.slip;
            let social = s.health + s.care + s.support + s.pension + s.employment;
            r.rows.push(vec![
                Cell::text(&e.code),
                Cell::text(&e.name),
                Cell::text(match p.kind {
                    SlipKind::Monthly => "給与",
                    SlipKind::Bonus => "賞与",
                    SlipKind::Settlement => "年末調整 精算",
                }),
                Cell::opt_text(p.month.clone()),
                Cell::Date(p.pay_date),
                Cell::Money(s.gross - s.non_taxable),
                Cell::Money(social),
                Cell::Money(s.gross - s.non_taxable - social),
                Cell::Money(s.withholding),
                Cell::money_or_empty(-s.year_end_adjustment),
            ]);
        }
        let adjusted = c.not_adjusted.is_none();
        let d = &c.declaration;
        if adjusted && (d.previous_pay > 0 || d.previous_tax > 0) {
            r.rows.push(vec![
                Cell::text(&e.code),
                Cell::text(&e.name),
                Cell::text("前職分"),
                Cell::Empty,
                Cell::Empty,
                Cell::Money(d.previous_pay),
                Cell::Money(d.previous_insurance),
                Cell::Money(d.previous_pay - d.previous_insurance),
                Cell::Money(d.previous_tax),
                Cell::Empty,
            ]);
        }
        r.rows.push(vec![
            Cell::text(&e.code),
            Cell::text(&e.name),
            Cell::text(if adjusted {
                "年末調整"
            } else {
                "年調未済"
            }),
            Cell::Empty,
            Cell::Empty,
            Cell::Money(c.payment),
            Cell::Money(c.social_insurance),
            Cell::Empty,
            Cell::Money(c.tax),
            if adjusted {
                Cell::Money(c.tax - c.withheld)
            } else {
                Cell::Empty
            },
        ]);
    }
    r.notes.push(
        "年末調整 過不足: tax collected (+) or refunded (−); on the 年末調整 row, what is still to settle (the year's tax less what was withheld and settled)".into(),
    );
    r
}

fn book_columns() -> Vec<Column> {
    vec![
        Column::new("employee", "社員番号", "Employee"),
        Column::new("name", "氏名", "Name"),
        Column::new("kind", "区分", "Kind"),
        Column::new("month", "月分", "Month"),
        Column::new("pay_date", "支給日", "Pay date"),
        Column::new("taxable_pay", "総支給金額(課税)", "Taxable pay"),
        Column::new("social_insurance", "社会保険料等", "Social insurance"),
        Column::new("after_insurance", "社会保険料等控除後", "After insurance"),
        Column::new("tax", "税額", "Tax"),
        Column::new("year_end", "年末調整 過不足", "Year-end settled"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_is_due_on_31_january_or_the_next_monday() {
        // 2027-01-31 is a Sunday: 令和8年分 is due on 1 February (japan-rules §13).
        assert_eq!(report_due(2026), NaiveDate::from_ymd_opt(2027, 2, 1));
        // 2026-01-31 is a Saturday.
        assert_eq!(report_due(2025), NaiveDate::from_ymd_opt(2026, 2, 2));
        // 2028-01-31 is a Monday.
        assert_eq!(report_due(2027), NaiveDate::from_ymd_opt(2028, 1, 31));
    }
}
