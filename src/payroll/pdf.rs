//! The payslip (給与明細書) PDF: 勤怠 / 支給 / 控除 / 差引支給額 on one A4 page, Japanese or
//! English, on top of `kernel::pdf`. Amounts come computed from the stored payslip.

use anyhow::Result;
use chrono::{Datelike, NaiveDate};

use super::{Hours, Payslip};
use crate::kernel::money::group_thousands;
use crate::kernel::output::Lang;
use crate::kernel::pdf::{Document, PAGE_WIDTH_MM, Page, render_forms};
use crate::kernel::period::Month;
use crate::people::{Employee, hours_minutes};

const LEFT: f32 = 20.0;
const RIGHT: f32 = PAGE_WIDTH_MM - 20.0;
const ROW: f32 = 6.5;

/// The label in the chosen language.
fn t(lang: Lang, ja: &'static str, en: &'static str) -> &'static str {
    lang.pick(ja, en)
}

fn yen(amount: i64) -> String {
    group_thousands(&amount.to_string())
}

/// One section: a title bar and label/value rows in two columns; returns the next y.
fn section(page: &mut Page, y: f32, title: &str, rows: &[(String, String)]) -> f32 {
    page.shade(LEFT, y - 5.0, RIGHT - LEFT, 7.0, 0.9);
    page.text(LEFT + 2.0, y, 10.0, title);
    let mut y = y + ROW + 1.0;
    let half = (RIGHT - LEFT) / 2.0;
    for (i, (label, value)) in rows.iter().enumerate() {
        let column = (i % 2) as f32;
        let x = LEFT + column * half;
        // A long allowance name shrinks to the room its value leaves.
        let value_width = crate::kernel::pdf::text_width_mm(value, 9.0);
        let room = (half - 10.0 - value_width).max(10.0);
        let size = crate::kernel::pdf::fitting_size(label, room, 9.0, 5.0);
        page.text(x + 2.0, y, size, label);
        page.text_right(x + half - 4.0, y, 9.0, value);
        if i % 2 == 1 || i == rows.len() - 1 {
            page.line(LEFT, y + 2.0, RIGHT, y + 2.0, 0.3);
            y += ROW;
        }
    }
    y + 4.0
}

/// Lays out one payslip.
pub fn layout(
    company: &str,
    e: &Employee,
    month: Month,
    pay_date: NaiveDate,
    p: &Payslip,
    lang: Lang,
) -> Page {
    let mut page = Page::default();
    let title = match lang {
        Lang::Ja => format!("給与明細書 {}年{}月分", month.year, month.month),
        Lang::En => format!("Payslip for {month}"),
    };
    let header_bottom = header(&mut page, company, e, &title, pay_date, lang);
    let mut y = header_bottom.max(51.0) + 5.0;
    y = section(
        &mut page,
        y,
        t(lang, "勤怠", "Attendance"),
        &attendance_rows(&p.hours, lang),
    );
    y = section(
        &mut page,
        y,
        t(lang, "支給", "Earnings"),
        &earning_rows(p, lang),
    );
    deductions_and_net(&mut page, y, p, false, lang);
    page
}

/// The deductions section, then the net pay line.
fn deductions_and_net(page: &mut Page, y: f32, p: &Payslip, bonus: bool, lang: Lang) {
    let y = section(
        page,
        y,
        t(lang, "控除", "Deductions"),
        &deduction_rows(p, lang),
    );
    net_pay(page, y, p, bonus, lang);
}

/// The title, the employee on the left and the company on the right (each wrapped inside its
/// half) and the pay date; returns where the header ends.
fn header(
    page: &mut Page,
    company: &str,
    e: &Employee,
    title: &str,
    pay_date: NaiveDate,
    lang: Lang,
) -> f32 {
    page.text_center(PAGE_WIDTH_MM / 2.0, 25.0, 16.0, title);
    let half = (RIGHT - LEFT) / 2.0 - 5.0;
    let who = format!("{} {}  {}", e.code, e.name, t(lang, "様", ""));
    let left_lines = page.text_wrapped(LEFT, 38.0, half, 10.0, 5.0, &who);
    let company_lines = crate::kernel::pdf::wrap(company, half, 10.0);
    for (i, line) in company_lines.iter().enumerate() {
        page.text_right(RIGHT, 38.0 + i as f32 * 5.0, 10.0, line);
    }
    let pay_y = 38.0 + company_lines.len() as f32 * 5.0 + 1.0;
    page.text_right(
        RIGHT,
        pay_y,
        9.0,
        &format!("{} {pay_date}", t(lang, "支給日", "Pay date")),
    );
    (38.0 + left_lines as f32 * 5.0).max(pay_y + 5.0)
}

/// Lays out one bonus slip (賞与明細書): the bonus, the same deductions as a payslip, the net.
pub fn layout_bonus(
    company: &str,
    e: &Employee,
    pay_date: NaiveDate,
    p: &Payslip,
    lang: Lang,
) -> Page {
    let mut page = Page::default();
    let title = match lang {
        Lang::Ja => format!(
            "賞与明細書 {}年{}月{}日支給",
            pay_date.year(),
            pay_date.month(),
            pay_date.day()
        ),
        Lang::En => format!("Bonus slip, paid {pay_date}"),
    };
    let header_bottom = header(&mut page, company, e, &title, pay_date, lang);
    let mut y = header_bottom.max(51.0) + 5.0;
    let earnings = vec![
        (t(lang, "賞与", "Bonus").to_string(), yen(p.gross)),
        (t(lang, "総支給額", "Gross pay").to_string(), yen(p.gross)),
    ];
    y = section(&mut page, y, t(lang, "支給", "Earnings"), &earnings);
    deductions_and_net(&mut page, y, p, true, lang);
    page
}

fn attendance_rows(h: &Hours, lang: Lang) -> Vec<(String, String)> {
    vec![
        (
            t(lang, "出勤日数", "Days worked").to_string(),
            h.days_worked.to_string(),
        ),
        (
            t(lang, "所定日数", "Scheduled days").to_string(),
            h.scheduled_days.to_string(),
        ),
        (
            t(lang, "欠勤日数", "Absences").to_string(),
            h.absences.normalize().to_string(),
        ),
        (
            t(lang, "有給休暇", "Paid leave").to_string(),
            h.paid_leave_days.normalize().to_string(),
        ),
        (
            t(lang, "労働時間", "Hours worked").to_string(),
            hours_minutes(h.worked),
        ),
        (
            t(lang, "時間外(60h以内)", "Overtime to 60 h").to_string(),
            hours_minutes(h.overtime_to_60),
        ),
        (
            t(lang, "時間外(60h超)", "Overtime over 60 h").to_string(),
            hours_minutes(h.overtime_over_60),
        ),
        (
            t(lang, "深夜", "Late night").to_string(),
            hours_minutes(h.night),
        ),
        (
            t(lang, "法定休日", "Statutory holiday").to_string(),
            hours_minutes(h.statutory_holiday),
        ),
        (
            t(lang, "遅刻早退", "Late / early").to_string(),
            hours_minutes(h.late_early),
        ),
    ]
}

fn earning_rows(p: &Payslip, lang: Lang) -> Vec<(String, String)> {
    let mut pay = vec![(t(lang, "基本給", "Base pay").to_string(), yen(p.base_pay))];
    for (name, amount, _) in &p.allowances {
        pay.push((name.clone(), yen(*amount)));
    }
    let optional = [
        (t(lang, "通勤手当", "Commuting"), p.commuting),
        (t(lang, "時間外手当", "Overtime pay"), p.overtime_pay),
        (
            t(lang, "法定内残業手当", "Extra hours pay"),
            p.within_statutory_pay,
        ),
        (t(lang, "休日手当", "Holiday pay"), p.holiday_pay),
        (t(lang, "深夜手当", "Late-night pay"), p.night_pay),
        (
            t(lang, "欠勤控除", "Absence deduction"),
            -p.absence_deduction,
        ),
        (
            t(lang, "遅刻早退控除", "Lateness deduction"),
            -p.lateness_deduction,
        ),
    ];
    pay.extend(
        optional
            .iter()
            .filter(|(_, a)| *a != 0)
            .map(|(l, a)| (l.to_string(), yen(*a))),
    );
    if let Some(pr) = p.proration {
        let unit = match (pr.workdays, lang) {
            (true, Lang::Ja) => "所定日",
            (false, Lang::Ja) => "暦日",
            (true, Lang::En) => "workdays",
            (false, Lang::En) => "calendar days",
        };
        pay.push((
            t(lang, "日割り", "Pro rata").to_string(),
            format!("{}/{} {unit}", pr.days, pr.of),
        ));
    }
    pay.push((t(lang, "総支給額", "Gross pay").to_string(), yen(p.gross)));
    pay
}

/// The deductions, their total, and under it the 年末調整 settled with this pay (a refund shown
/// as a negative deduction).
fn deduction_rows(p: &Payslip, lang: Lang) -> Vec<(String, String)> {
    let mut rows = vec![
        (
            t(lang, "健康保険", "Health insurance").to_string(),
            yen(p.health),
        ),
        (t(lang, "介護保険", "Nursing care").to_string(), yen(p.care)),
        (
            t(lang, "子ども・子育て支援金", "Child support levy").to_string(),
            yen(p.support),
        ),
        (t(lang, "厚生年金", "Pension").to_string(), yen(p.pension)),
        (
            t(lang, "雇用保険", "Employment insurance").to_string(),
            yen(p.employment),
        ),
        (
            t(lang, "所得税", "Income tax").to_string(),
            yen(p.withholding),
        ),
        (
            t(lang, "住民税", "Resident tax").to_string(),
            yen(p.resident_tax),
        ),
        (
            t(lang, "控除合計", "Total deductions").to_string(),
            yen(p.deductions),
        ),
    ];
    if p.reimbursement > 0 {
        rows.push((
            t(lang, "立替経費精算", "Expenses repaid").to_string(),
            yen(-p.reimbursement),
        ));
    }
    match p.year_end_adjustment {
        0 => {}
        refund if refund > 0 => rows.push((
            t(lang, "年末調整 還付", "Year-end refund").to_string(),
            yen(-refund),
        )),
        collect => rows.push((
            t(lang, "年末調整 徴収", "Year-end tax due").to_string(),
            yen(-collect),
        )),
    }
    rows
}

/// The shaded net pay line and, under it, the taxable amount and 標準報酬月額.
fn net_pay(page: &mut Page, y: f32, p: &Payslip, bonus: bool, lang: Lang) {
    let months = match (p.premium_months, lang) {
        (Some(0), _) if p.standard_monthly > 0 => t(
            lang,
            "  社会保険料: 今月の徴収なし",
            "  no insurance premium this month",
        ),
        (Some(2), _) => t(
            lang,
            "  社会保険料: 2か月分",
            "  insurance premiums: two months",
        ),
        _ => "",
    };
    let standard = if bonus {
        t(lang, "標準賞与額", "Standard bonus")
    } else {
        t(lang, "標準報酬月額", "Standard monthly remuneration")
    };
    page.shade(LEFT, y - 6.0, RIGHT - LEFT, 9.0, 0.85);
    page.text(LEFT + 2.0, y, 12.0, t(lang, "差引支給額", "Net pay"));
    page.text_right(
        RIGHT - 4.0,
        y,
        12.0,
        &format!("{} {}", yen(p.net), t(lang, "円", "JPY")),
    );
    page.text(
        LEFT,
        y + 12.0,
        8.0,
        &format!(
            "{} {}  ({} {}){months}",
            t(lang, "課税対象額", "Taxable amount"),
            yen(p.taxable),
            standard,
            yen(p.standard_monthly)
        ),
    );
}

/// Renders payslips (one PDF each, in order).
pub fn render_many(items: Vec<(String, Page)>) -> Result<Vec<Vec<u8>>> {
    let docs = items
        .into_iter()
        .map(|(key, page)| Document {
            title: key.clone(),
            key,
            date: None,
            pages: vec![page],
            background: None,
        })
        .collect();
    render_forms(docs)
}
