//! Payroll reports as values: payslip rows (show, 賃金台帳), the calculator's breakdown, tables.

use super::Payslip;
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
