//! Attendance reports as values: 出勤簿 (days), the monthly summary, check findings, leave.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::agreement::Severity;
use super::hours::DayHours;
use super::leave::{Balance, Obligation};
use super::summary::EmployeeMonth;
use super::{Calendar, DayKind, Shift, clock_text, weekday_key};
use crate::kernel::money::Currency;
use crate::kernel::output::{Cell, Column, Report};
use crate::people::{Employee, hours_minutes};

fn duration(minutes: i64) -> Cell {
    Cell::text(hours_minutes(minutes))
}

fn days_cell(days: Decimal) -> Cell {
    Cell::text(days.normalize().to_string())
}

/// The monthly summary, one row per employee.
pub fn summary(rows: &[EmployeeMonth], currency: Currency) -> Report {
    let mut r = Report::new(
        "attendance_summary",
        currency,
        vec![
            Column::new("employee", "社員番号", "Employee"),
            Column::new("name", "氏名", "Name"),
            Column::new("scheduled_days", "所定日数", "Scheduled"),
            Column::new("days_worked", "出勤日数", "Worked days"),
            Column::new("absences", "欠勤", "Absent"),
            Column::new("paid_leave_days", "有休", "Paid leave"),
            Column::new("worked", "労働時間", "Worked"),
            Column::new("within_statutory", "法定内残業", "Within statutory"),
            Column::new("overtime", "時間外", "Overtime"),
            Column::new("overtime_to_60", "時間外(60h以内)", "OT to 60h"),
            Column::new("overtime_over_60", "時間外(60h超)", "OT over 60h"),
            Column::new("late_night", "深夜", "Late night"),
            Column::new("statutory_holiday", "法定休日", "Statutory holiday"),
            Column::new("statutory_holiday_days", "法定休日出勤", "Holiday days"),
            Column::new("other_holiday", "所定休日", "Other holiday"),
            Column::new("late_days", "遅刻回数", "Late days"),
            Column::new("late", "遅刻", "Late"),
            Column::new("early_days", "早退回数", "Early days"),
            Column::new("early_leave", "早退", "Early leave"),
            Column::new("short_breaks", "休憩不足", "Short breaks"),
            Column::new("incomplete", "打刻漏れ", "Missing punches"),
        ],
    );
    for e in rows {
        let h = &e.hours;
        r.rows.push(vec![
            Cell::text(&e.employee.code),
            Cell::text(&e.employee.name),
            Cell::Int(h.scheduled_days),
            Cell::Int(h.days_worked),
            days_cell(h.absences),
            days_cell(h.paid_leave_days),
            duration(h.worked),
            duration(h.within_statutory),
            duration(h.overtime),
            duration(h.overtime - h.overtime_over_60),
            duration(h.overtime_over_60),
            duration(h.night),
            duration(h.statutory_holiday),
            Cell::Int(h.statutory_holiday_days),
            duration(h.other_holiday),
            Cell::Int(h.late_days),
            duration(h.late),
            Cell::Int(h.early_days),
            duration(h.early),
            Cell::Int(h.short_breaks),
            Cell::Int(h.incomplete),
        ]);
    }
    r.notes.push("durations are H:MM".into());
    r
}

/// One day of the 出勤簿: the calendar day, the stored shift (if any) and its hours.
pub struct DayLine<'a> {
    /// The date.
    pub date: NaiveDate,
    /// What the day is.
    pub kind: DayKind,
    /// The shift.
    pub shift: Option<&'a Shift>,
    /// Its hours.
    pub hours: Option<&'a DayHours>,
    /// Paid leave that day.
    pub leave: Decimal,
    /// The timecard note.
    pub note: Option<&'a str>,
}

/// 出勤簿: every day of a month for one employee.
pub fn days(employee: &Employee, lines: &[DayLine], currency: Currency) -> Report {
    let mut r = Report::new(
        "attendance_days",
        currency,
        vec![
            Column::new("date", "日付", "Date"),
            Column::new("weekday", "曜日", "Day"),
            Column::new("day_kind", "区分", "Kind"),
            Column::new("clock_in", "出勤", "In"),
            Column::new("clock_out", "退勤", "Out"),
            Column::new("break", "休憩", "Break"),
            Column::new("worked", "労働", "Worked"),
            Column::new("overtime", "時間外", "Overtime"),
            Column::new("late_night", "深夜", "Night"),
            Column::new("statutory_holiday", "法定休日", "Holiday"),
            Column::new("late", "遅刻", "Late"),
            Column::new("early_leave", "早退", "Early"),
            Column::new("paid_leave", "有休", "Leave"),
            Column::new("flags", "注意", "Flags"),
            Column::new("note", "備考", "Note"),
        ],
    );
    let opt = |m: Option<i64>| m.filter(|m| *m != 0).map_or(Cell::Empty, duration);
    for l in lines {
        let h = l.hours;
        let mut flags = Vec::new();
        if h.is_some_and(|h| h.incomplete) {
            flags.push("missing punch");
        }
        if h.is_some_and(|h| h.short_break && !h.incomplete) {
            flags.push("short break");
        }
        r.rows.push(vec![
            Cell::Date(l.date),
            Cell::text(weekday_key(l.date.weekday())),
            Cell::text(l.kind.key()),
            Cell::opt_text(l.shift.and_then(|s| s.clock_in).map(clock_text)),
            Cell::opt_text(l.shift.and_then(|s| s.clock_out).map(clock_text)),
            opt(l.shift.map(|s| s.break_minutes)),
            opt(h.map(|h| h.worked)),
            opt(h.map(|h| h.overtime())),
            opt(h.map(|h| h.night)),
            opt(h.map(|h| h.statutory_holiday)),
            opt(h.map(|h| h.late)),
            opt(h.map(|h| h.early)),
            if l.leave.is_zero() {
                Cell::Empty
            } else {
                days_cell(l.leave)
            },
            Cell::text(flags.join(", ")),
            Cell::opt_text(l.note),
        ]);
    }
    r.notes.push(format!("{} {}", employee.code, employee.name));
    r
}

/// One finding of `attendance check`.
pub struct CheckLine {
    /// Employee code.
    pub employee: String,
    /// Name.
    pub name: String,
    /// Rule key.
    pub rule: String,
    /// Warn or fail.
    pub severity: Severity,
    /// What was found.
    pub detail: String,
    /// The command that helps.
    pub fix: String,
}

/// Check findings.
pub fn check(lines: &[CheckLine], currency: Currency) -> Report {
    let mut r = Report::new(
        "attendance_check",
        currency,
        vec![
            Column::new("employee", "社員番号", "Employee"),
            Column::new("name", "氏名", "Name"),
            Column::new("rule", "項目", "Rule"),
            Column::new("status", "判定", "Status"),
            Column::new("detail", "内容", "Detail"),
            Column::new("fix", "対処", "Fix"),
        ],
    );
    for l in lines {
        r.rows.push(vec![
            Cell::text(&l.employee),
            Cell::text(&l.name),
            Cell::text(&l.rule),
            Cell::text(match l.severity {
                Severity::Warn => "warn",
                Severity::Fail => "fail",
            }),
            Cell::text(&l.detail),
            Cell::text(&l.fix),
        ]);
    }
    r
}

/// Work calendars.
pub fn calendars(list: &[Calendar], currency: Currency) -> Report {
    let mut r = Report::new(
        "work_calendars",
        currency,
        vec![
            Column::new("code", "コード", "Code"),
            Column::new("name", "名称", "Name"),
            Column::new("workdays", "所定労働日", "Work days"),
            Column::new("statutory_holiday", "法定休日", "Statutory holiday"),
            Column::new("week_start", "週の起算日", "Week starts"),
            Column::new("national_holidays_off", "祝日休み", "National holidays off"),
            Column::new("start", "始業", "Start"),
            Column::new("end", "終業", "End"),
            Column::new("break", "休憩", "Break"),
        ],
    );
    for c in list {
        r.rows.push(vec![
            Cell::text(&c.code),
            Cell::text(&c.name),
            Cell::text(c.workdays_text()),
            Cell::text(weekday_key(c.statutory_holiday)),
            Cell::text(weekday_key(c.week_start)),
            Cell::Bool(c.national_holidays_off),
            Cell::text(clock_text(c.start)),
            Cell::text(clock_text(c.end)),
            duration(c.break_minutes),
        ]);
    }
    r
}

/// Holidays.
pub fn holidays(list: &[(NaiveDate, String, String)], currency: Currency) -> Report {
    let mut r = Report::new(
        "holidays",
        currency,
        vec![
            Column::new("date", "日付", "Date"),
            Column::new("name", "名称", "Name"),
            Column::new("kind", "種類", "Kind"),
        ],
    );
    for (d, name, kind) in list {
        r.rows
            .push(vec![Cell::Date(*d), Cell::text(name), Cell::text(kind)]);
    }
    r
}

/// One employee's leave position: the employee, the balance, the next statutory grant.
pub type BalanceRow = (Employee, Balance, Option<(NaiveDate, i64)>);

/// Leave balances.
pub fn balances(list: &[BalanceRow], as_of: NaiveDate, currency: Currency) -> Report {
    let mut r = Report::new(
        "leave_balance",
        currency,
        vec![
            Column::new("employee", "社員番号", "Employee"),
            Column::new("name", "氏名", "Name"),
            Column::new("granted", "付与(有効)", "Granted (valid)"),
            Column::new("used", "取得", "Used"),
            Column::new("remaining", "残日数", "Remaining"),
            Column::new("expired", "時効消滅", "Expired"),
            Column::new("next_expiry", "次の失効日", "Next expiry"),
            Column::new("expiring_days", "失効予定", "Expiring"),
            Column::new("next_grant", "次回付与日", "Next grant"),
            Column::new("next_grant_days", "次回付与", "Next grant days"),
        ],
    );
    for (e, b, next) in list {
        r.rows.push(vec![
            Cell::text(&e.code),
            Cell::text(&e.name),
            days_cell(b.granted),
            days_cell(b.used),
            days_cell(b.remaining),
            days_cell(b.expired),
            b.next_expiry.map_or(Cell::Empty, |(d, _)| Cell::Date(d)),
            b.next_expiry.map_or(Cell::Empty, |(_, n)| days_cell(n)),
            next.map_or(Cell::Empty, |(d, _)| Cell::Date(d)),
            next.map_or(Cell::Empty, |(_, n)| Cell::Int(n)),
        ]);
    }
    r.notes.push(format!("as of {as_of}"));
    r
}

/// The 5-days duty: (employee, obligation, status).
pub fn obligations(list: &[(Employee, Obligation, &'static str)], currency: Currency) -> Report {
    let mut r = Report::new(
        "leave_obligation",
        currency,
        vec![
            Column::new("employee", "社員番号", "Employee"),
            Column::new("name", "氏名", "Name"),
            Column::new("granted_on", "基準日", "Granted on"),
            Column::new("deadline", "期限", "Deadline"),
            Column::new("taken", "取得日数", "Taken"),
            Column::new("missing", "不足", "Missing"),
            Column::new("status", "状況", "Status"),
        ],
    );
    for (e, o, status) in list {
        r.rows.push(vec![
            Cell::text(&e.code),
            Cell::text(&e.name),
            Cell::Date(o.granted_on),
            Cell::Date(o.deadline),
            days_cell(o.taken),
            days_cell(o.missing),
            Cell::text(*status),
        ]);
    }
    r
}

/// Correction history of an employee's timecards.
pub fn history(
    employee: &Employee,
    rows: &[super::store::HistoryRow],
    currency: Currency,
) -> Report {
    let mut r = Report::new(
        "timecard_history",
        currency,
        vec![
            Column::new("date", "日付", "Date"),
            Column::new("action", "操作", "Action"),
            Column::new("old_clock_in", "旧出勤", "Old in"),
            Column::new("old_clock_out", "旧退勤", "Old out"),
            Column::new("old_break", "旧休憩", "Old break"),
            Column::new("reason", "理由", "Reason"),
            Column::new("changed_at", "変更日時", "Changed at"),
        ],
    );
    for (date, action, shift, _note, reason, at) in rows {
        r.rows.push(vec![
            Cell::Date(*date),
            Cell::text(action),
            Cell::opt_text(shift.clock_in.map(clock_text)),
            Cell::opt_text(shift.clock_out.map(clock_text)),
            duration(shift.break_minutes),
            Cell::text(reason),
            Cell::text(at),
        ]);
    }
    r.notes.push(format!("{} {}", employee.code, employee.name));
    r
}
