//! The expense listings as reports.

use super::types::{Claim, ClaimLine};
use crate::kernel::money::Currency;
use crate::kernel::output::{Cell, Column, Report};
use crate::ledger::chart::Chart;

/// Claims with their status (draft, submitted, approved, scheduled, repaid).
pub fn claims(list: &[(Claim, Option<bool>)], currency: Currency) -> Report {
    let mut r = Report::new(
        "expense_claims",
        currency,
        vec![
            Column::new("claim", "番号", "Claim"),
            Column::new("employee", "社員番号", "Employee"),
            Column::new("name", "氏名", "Name"),
            Column::new("period", "対象月", "Month"),
            Column::new("receipts", "件数", "Receipts"),
            Column::new("total", "金額", "Total"),
            Column::new("status", "状態", "Status"),
            Column::new("approved_by", "承認者", "Approved by"),
            Column::new("note", "差戻し理由", "Sent back because"),
        ],
    );
    for (c, repaid) in list {
        r.rows.push(vec![
            Cell::Int(c.id),
            Cell::text(&c.employee),
            Cell::text(&c.name),
            Cell::text(&c.period),
            Cell::Int(c.lines),
            Cell::Money(c.total),
            Cell::text(super::status_label(c, *repaid)),
            Cell::opt_text(c.approved_by.clone()),
            Cell::opt_text(c.note.clone()),
        ]);
    }
    r.totals = Some(vec![
        Cell::text("合計"),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Int(list.iter().map(|(c, _)| c.lines).sum()),
        Cell::Money(list.iter().map(|(c, _)| c.total).sum()),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
    ]);
    r
}

/// One claim's receipts.
pub fn claim(c: &Claim, lines: &[ClaimLine], chart: &Chart, currency: Currency) -> Report {
    let mut r = Report::new(
        "expense_claim",
        currency,
        vec![
            Column::new("line", "明細", "Line"),
            Column::new("date", "日付", "Date"),
            Column::new("payee", "支払先", "Payee"),
            Column::new("account", "勘定科目", "Account"),
            Column::new("rate", "税率", "Rate"),
            Column::new("amount", "金額", "Amount"),
            Column::new("registration_number", "登録番号", "Registration no."),
            Column::new("book_only", "帳簿のみ", "Book only"),
            Column::new("note", "摘要", "Note"),
            Column::new("receipt", "領収書", "Receipt"),
        ],
    );
    for l in lines {
        let account = chart
            .by_id(l.account_id)
            .map(|a| format!("{} {}", a.code, a.name))
            .unwrap_or_default();
        r.rows.push(vec![
            Cell::Int(l.id),
            Cell::Date(l.date),
            Cell::text(&l.payee),
            Cell::text(account),
            Cell::text(format!("{}%", l.rate)),
            Cell::Money(l.amount),
            Cell::opt_text(l.registration_number.clone()),
            Cell::Bool(l.book_only),
            Cell::opt_text(l.note.clone()),
            Cell::opt_text(l.document_id.map(|d| format!("document {d}"))),
        ]);
    }
    let mut totals = vec![Cell::text("合計")];
    totals.extend(std::iter::repeat_n(Cell::Empty, 4));
    totals.push(Cell::Money(c.total));
    totals.extend(std::iter::repeat_n(Cell::Empty, 4));
    r.totals = Some(totals);
    r.notes.push(format!(
        "claim {} of {} {} for {}: {}{}",
        c.id,
        c.employee,
        c.name,
        c.period,
        c.status,
        c.note
            .as_deref()
            .map(|n| format!(" (sent back: {n})"))
            .unwrap_or_default()
    ));
    r
}

/// Employees' advances not yet settled.
pub fn advances(list: &[(String, String, i64)], currency: Currency) -> Report {
    let mut r = Report::new(
        "expense_advances",
        currency,
        vec![
            Column::new("employee", "社員番号", "Employee"),
            Column::new("name", "氏名", "Name"),
            Column::new("balance", "仮払金残高", "Advance held"),
        ],
    );
    for (code, name, balance) in list {
        r.rows.push(vec![
            Cell::text(code),
            Cell::text(name),
            Cell::Money(*balance),
        ]);
    }
    r
}
