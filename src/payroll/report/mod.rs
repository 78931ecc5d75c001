//! Payroll reports as values: payslip rows (show, 賃金台帳), the calculator's breakdown, tables.

pub mod yearend;

use super::Payslip;
use super::adjustment::Outcome;
use crate::kernel::money::Currency;
use crate::kernel::output::{Cell, Column, Report};
use crate::people::Employee;

/// The payslip columns: (key, 日本語, English, value).
fn items(p: &Payslip) -> Vec<(&'static str, &'static str, &'static str, i64)> {
    let allowances: i64 = p.allowances.iter().map(|a| a.1).sum();
    vec![
        ("base_pay", "基本給", "Base pay", p.base_pay),
        ("allowances", "諸手当", "Allowances", allowances),
        ("commuting", "通勤手当", "Commuting", p.commuting),
        ("overtime_pay", "時間外手当", "Overtime pay", p.overtime_pay),
        (
            "within_statutory_pay",
            "法定内残業手当",
            "Extra hours pay",
            p.within_statutory_pay,
        ),
        ("holiday_pay", "休日手当", "Holiday pay", p.holiday_pay),
        ("night_pay", "深夜手当", "Late-night pay", p.night_pay),
        (
            "absence_deduction",
            "欠勤控除",
            "Absence deduction",
            p.absence_deduction,
        ),
        (
            "lateness_deduction",
            "遅刻早退控除",
            "Lateness deduction",
            p.lateness_deduction,
        ),
        ("gross", "総支給額", "Gross", p.gross),
        ("non_taxable", "非課税額", "Non-taxable", p.non_taxable),
        (
            "standard_monthly",
            "標準報酬月額",
            "Standard monthly",
            p.standard_monthly,
        ),
        ("health", "健康保険", "Health", p.health),
        ("care", "介護保険", "Nursing care", p.care),
        (
            "support",
            "子ども・子育て支援金",
            "Child support levy",
            p.support,
        ),
        ("pension", "厚生年金", "Pension", p.pension),
        ("employment", "雇用保険", "Employment ins.", p.employment),
        ("taxable", "課税対象額", "Taxable", p.taxable),
        ("withholding", "所得税", "Income tax", p.withholding),
        ("resident_tax", "住民税", "Resident tax", p.resident_tax),
        ("deductions", "控除合計", "Deductions", p.deductions),
        (
            "year_end_adjustment",
            "年末調整過不足",
            "Year-end adjustment",
            p.year_end_adjustment,
        ),
        // Paid with the pay but not pay: without it a net with a claim repaid would not add up.
        (
            "reimbursement",
            "立替経費精算",
            "Expenses repaid",
            p.reimbursement,
        ),
        ("net", "差引支給額", "Net pay", p.net),
    ]
}

/// Payslips as rows, one per employee (and month, for the register).
pub fn slips(name: &str, rows: &[(String, Employee, Payslip)], currency: Currency) -> Report {
    let mut columns = vec![
        Column::new("month", "月", "Month"),
        Column::new("employee", "社員番号", "Employee"),
        Column::new("name", "氏名", "Name"),
        Column::new("days_worked", "出勤日数", "Days"),
        Column::new("worked", "労働時間", "Worked"),
        Column::new("overtime", "時間外", "Overtime"),
    ];
    let empty = Payslip::default();
    for (key, ja, en, _) in items(&empty) {
        columns.push(Column::new(key, ja, en));
    }
    let mut r = Report::new(name, currency, columns);
    let mut totals = vec![0i64; items(&empty).len()];
    for (month, e, p) in rows {
        let h = &p.hours;
        let mut row = vec![
            Cell::text(month),
            Cell::text(&e.code),
            Cell::text(&e.name),
            Cell::Int(h.days_worked),
            Cell::text(crate::people::hours_minutes(h.worked)),
            Cell::text(crate::people::hours_minutes(
                h.overtime_to_60 + h.overtime_over_60,
            )),
        ];
        for (i, (_, _, _, v)) in items(p).into_iter().enumerate() {
            totals[i] += v;
            row.push(Cell::Money(v));
        }
        r.rows.push(row);
        r.notes.extend(slip_notes(month, e, p));
    }
    let mut total_row = vec![
        Cell::text("合計 / Total"),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
    ];
    total_row.extend(totals.into_iter().map(Cell::Money));
    r.totals = Some(total_row);
    r
}

/// What a payslip's figures do not show: 日割り, and premiums for other than one month.
fn slip_notes(month: &str, e: &Employee, p: &Payslip) -> Vec<String> {
    let mut notes = Vec::new();
    if let Some(pr) = p.proration {
        let unit = if pr.workdays {
            "所定労働日"
        } else {
            "暦日"
        };
        notes.push(format!(
            "{month} {}: 日割り {}/{} {unit} (pro rata)",
            e.code, pr.days, pr.of
        ));
    }
    match p.premium_months {
        Some(0) if p.standard_monthly > 0 => notes.push(format!(
            "{month} {}: no social insurance premium is due this month (社会保険料 徴収なし)",
            e.code
        )),
        Some(n) if n > 1 => notes.push(format!(
            "{month} {}: social insurance for {n} months (last pay: 社会保険料 {n}か月分)",
            e.code
        )),
        _ => {}
    }
    notes
}

/// The calculator's breakdown, one item per row.
pub fn breakdown(p: &Payslip, currency: Currency) -> Report {
    let mut r = Report::new(
        "payroll_calc",
        currency,
        vec![
            Column::new("item", "項目", "Item"),
            Column::new("label", "名称", "Label"),
            Column::new("amount", "金額", "Amount"),
        ],
    );
    for (key, ja, en, v) in items(p) {
        if matches!(
            key,
            "base_pay"
                | "allowances"
                | "commuting"
                | "overtime_pay"
                | "within_statutory_pay"
                | "holiday_pay"
                | "night_pay"
                | "absence_deduction"
                | "lateness_deduction"
        ) {
            continue;
        }
        r.rows.push(vec![
            Cell::text(key),
            Cell::text(format!("{ja} / {en}")),
            Cell::Money(v),
        ]);
    }
    r
}

/// The payroll tables: (table, key, from, to, rows).
pub fn tables(rows: &[super::store::TableSummary], currency: Currency) -> Report {
    let mut r = Report::new(
        "payroll_tables",
        currency,
        vec![
            Column::new("table", "表", "Table"),
            Column::new("key", "内容", "Content"),
            Column::new("valid_from", "適用開始", "From"),
            Column::new("valid_to", "適用終了", "To"),
            Column::new("rows", "行数", "Rows"),
        ],
    );
    for (table, key, from, to, n) in rows {
        r.rows.push(vec![
            Cell::text(table),
            Cell::text(key),
            Cell::text(from),
            Cell::opt_text(to.clone()),
            Cell::Int(*n),
        ]);
    }
    r
}

/// The 年末調整 of a year, one row per employee with every step (yen), or the reason an employee
/// is left out.
pub fn year_end(year: i32, outcomes: &[(Employee, Outcome)], currency: Currency) -> Report {
    let mut r = Report::new("year_end", currency, year_end_columns());
    let (mut refund, mut collect) = (0, 0);
    for (e, outcome) in outcomes {
        let mut row = vec![Cell::text(&e.code), Cell::text(&e.name)];
        match outcome {
            Outcome::Adjusted(y) => {
                // Nothing left: the year's tax equals what was withheld, or the difference was
                // already settled (in a run or on its own).
                let status = match y.difference {
                    d if d < 0 => {
                        refund -= d;
                        "refund"
                    }
                    0 => "settled",
                    d => {
                        collect += d;
                        "collect"
                    }
                };
                row.push(Cell::text(status));
                row.extend(year_end_steps(y).map(Cell::Money));
            }
            Outcome::OutOfScope(why) => {
                row.push(Cell::text(format!("not adjusted: {why}")));
                row.extend(std::iter::repeat_n(Cell::Empty, 17));
            }
        }
        r.rows.push(row);
    }
    r.notes.push(format!(
        "年末調整 {year}: refunds {}, to collect {} (difference = annual tax − withheld and settled)",
        currency.display(refund),
        currency.display(collect)
    ));
    r
}

fn year_end_columns() -> Vec<Column> {
    vec![
        Column::new("employee", "社員", "Employee"),
        Column::new("name", "氏名", "Name"),
        Column::new("status", "区分", "Status"),
        Column::new("salary", "給与等の金額", "Pay"),
        Column::new(
            "employment_income",
            "給与所得控除後",
            "After employment deduction",
        ),
        Column::new("income_adjustment", "所得金額調整控除", "Income adjustment"),
        Column::new("social_insurance", "社会保険料等控除", "Social insurance"),
        Column::new("life_insurance", "生命保険料控除", "Life insurance"),
        Column::new("earthquake", "地震保険料控除", "Earthquake insurance"),
        Column::new("spouse", "配偶者(特別)控除", "Spouse"),
        Column::new("dependants", "扶養控除", "Dependants"),
        Column::new("personal", "障害者等の控除", "Disability etc."),
        Column::new("basic", "基礎控除", "Basic"),
        Column::new("deductions", "所得控除合計", "Deductions"),
        Column::new("taxable", "課税給与所得", "Taxable"),
        Column::new("computed_tax", "算出所得税額", "Computed tax"),
        Column::new(
            "housing_loan_credit",
            "住宅借入金等特別控除",
            "Housing loan credit",
        ),
        Column::new("annual_tax", "年調年税額", "Annual tax"),
        Column::new("withheld", "徴収済税額", "Withheld"),
        Column::new("difference", "過不足額", "Difference"),
    ]
}

/// The adjustment's steps in column order.
fn year_end_steps(y: &super::yearend::YearEnd) -> [i64; 17] {
    [
        y.salary,
        y.employment_income,
        y.income_adjustment,
        y.social_insurance,
        y.life_insurance,
        y.earthquake,
        y.spouse,
        y.dependants,
        y.personal,
        y.basic,
        y.deductions,
        y.taxable,
        y.computed_tax,
        y.housing_loan_credit,
        y.annual_tax,
        y.withheld,
        y.difference,
    ]
}

/// The bonus slips of a pay date: bonus, 標準賞与額, premiums, the previous pay and rate the tax
/// was chosen by, tax and net.
pub fn bonus_slips(
    date: chrono::NaiveDate,
    slips: &[(Employee, super::bonus_run::BonusSlip)],
    currency: Currency,
) -> Report {
    let mut r = Report::new(
        "bonus",
        currency,
        vec![
            Column::new("employee", "社員", "Employee"),
            Column::new("name", "氏名", "Name"),
            Column::new("bonus", "賞与額", "Bonus"),
            Column::new("standard_bonus", "標準賞与額", "Standard bonus"),
            Column::new("health", "健康保険", "Health"),
            Column::new("care", "介護保険", "Care"),
            Column::new("support", "子ども・子育て支援金", "Child support levy"),
            Column::new("pension", "厚生年金", "Pension"),
            Column::new("employment", "雇用保険", "Employment ins."),
            Column::new(
                "previous_pay",
                "前月の社会保険料等控除後の給与",
                "Previous pay after insurance",
            ),
            Column::new("rate", "算出率(%)", "Rate (%)"),
            Column::new("withholding", "所得税", "Income tax"),
            Column::new("net", "差引支給額", "Net"),
        ],
    );
    for (e, s) in slips {
        let i = &s.insurance;
        r.rows.push(vec![
            Cell::text(&e.code),
            Cell::text(&e.name),
            Cell::Money(s.bonus),
            Cell::Money(i.standard_bonus),
            Cell::Money(i.health),
            Cell::Money(i.care),
            Cell::Money(i.support),
            Cell::Money(i.pension),
            Cell::Money(i.employment),
            s.previous_pay.map_or(Cell::Empty, Cell::Money),
            match s.rate {
                Some(rate) => Cell::text(format!("{}", rust_decimal::Decimal::new(rate, 3))),
                None => Cell::text("月額表"),
            },
            Cell::Money(s.withholding),
            Cell::Money(s.net),
        ]);
    }
    r.notes.push(format!("賞与 支給日 {date}"));
    r
}

/// 賞与支払届 data: the insured employees of a bonus run with the 標準賞与額 each insurance counts
/// (health after the fiscal-year cap, pension after the monthly cap; thousands floored).
pub fn bonus_notice(
    date: chrono::NaiveDate,
    slips: &[(Employee, super::bonus_run::BonusSlip)],
    currency: Currency,
) -> Report {
    let mut r = Report::new(
        "bonus_notice",
        currency,
        vec![
            Column::new("employee", "社員番号", "Employee"),
            Column::new("name", "氏名", "Name"),
            Column::new("kana", "氏名カナ", "Kana"),
            Column::new("birth_date", "生年月日", "Birth date"),
            Column::new("pay_date", "賞与支払年月日", "Pay date"),
            Column::new("bonus", "賞与額", "Bonus"),
            Column::new(
                "health_standard_bonus",
                "標準賞与額(健保)",
                "Standard bonus (health)",
            ),
            Column::new(
                "pension_standard_bonus",
                "標準賞与額(厚年)",
                "Standard bonus (pension)",
            ),
        ],
    );
    // The insured: those with a 標準賞与額 counted for health or pension.
    let insured = slips
        .iter()
        .filter(|(_, s)| s.insurance.health_base > 0 || s.insurance.pension_base > 0);
    for (e, s) in insured {
        r.rows.push(vec![
            Cell::text(&e.code),
            Cell::text(&e.name),
            Cell::opt_text(e.kana.clone()),
            e.birth_date.map_or(Cell::Empty, Cell::Date),
            Cell::Date(date),
            Cell::Money(s.bonus),
            Cell::Money(s.insurance.health_base),
            Cell::Money(s.insurance.pension_base),
        ]);
    }
    r.notes.push(format!(
        "賞与支払届: due within 5 days of {date} (日本年金機構 / 健康保険組合)"
    ));
    r
}
