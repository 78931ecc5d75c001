//! The payables listings as reports.

use chrono::NaiveDate;

use super::runs::RunView;
use super::types::{Bill, BillRate, Supplier};
use super::withholding::{MonthWithheld, Statement};
use crate::kernel::money::Currency;
use crate::kernel::output::{Cell, Column, Report};

/// The suppliers.
pub fn suppliers(list: &[Supplier], currency: Currency) -> Report {
    let mut r = Report::new(
        "suppliers",
        currency,
        vec![
            Column::new("code", "コード", "Code"),
            Column::new("name", "名称", "Name"),
            Column::new("kana", "フリガナ", "Kana"),
            Column::new("registration_number", "登録番号", "Registration no."),
            Column::new("terms", "支払条件", "Terms"),
            Column::new("withholding", "源泉徴収", "Withholding"),
            Column::new("tax_rate", "税率", "Tax rate"),
            Column::new("covered", "取適法", "Covered"),
            Column::new("fee_bearer", "手数料負担", "Fee borne by"),
            Column::new("bank", "振込先", "Bank account"),
        ],
    );
    for s in list {
        let bank = match (&s.bank_code, &s.branch_code, &s.account_number) {
            (Some(b), Some(br), Some(n)) => {
                format!("{b}-{br} {n} {}", s.holder_kana.as_deref().unwrap_or(""))
            }
            _ => String::new(),
        };
        r.rows.push(vec![
            Cell::text(&s.code),
            Cell::text(&s.name),
            Cell::opt_text(s.kana.clone()),
            Cell::text(s.registration_number.as_deref().unwrap_or("未登録")),
            Cell::text(&s.payment_terms),
            Cell::text(s.withholding.key()),
            Cell::opt_text(s.tax_rate.map(|r| format!("{r}%"))),
            Cell::Bool(s.covered),
            Cell::text(&s.fee_bearer),
            Cell::text(bank.trim()),
        ]);
    }
    r
}

/// Bills, with totals.
pub fn bills(name: &str, list: &[Bill], currency: Currency) -> Report {
    let mut r = Report::new(
        name,
        currency,
        vec![
            Column::new("id", "ID", "Id"),
            Column::new("supplier", "支払先", "Supplier"),
            Column::new("name", "名称", "Name"),
            Column::new("number", "請求書番号", "Their number"),
            Column::new("date", "日付", "Date"),
            Column::new("due", "支払期日", "Due"),
            Column::new("credit", "仕入税額控除", "Input tax"),
            Column::new("total", "合計", "Total"),
            Column::new("withholding", "源泉徴収", "Withheld"),
            Column::new("net", "支払額", "To pay"),
            Column::new("outstanding", "未払残高", "Outstanding"),
            Column::new("status", "状態", "Status"),
        ],
    );
    for b in list {
        let outstanding = if b.status == "open" {
            b.outstanding()
        } else {
            0
        };
        r.rows.push(vec![
            Cell::Int(b.id),
            Cell::text(&b.supplier),
            Cell::text(&b.supplier_name),
            Cell::opt_text(b.number.clone()),
            Cell::Date(b.date),
            Cell::Date(b.due),
            Cell::text(b.credit_class.note(b.credit_percent)),
            Cell::Money(b.total),
            Cell::money_or_empty(b.withholding),
            Cell::Money(b.net()),
            Cell::Money(outstanding),
            Cell::text(status(b)),
        ]);
    }
    let open = list.iter().filter(|b| b.status == "open");
    let (total, held, net, owed) = open.fold((0, 0, 0, 0), |(t, h, n, o), b| {
        (
            t + b.total,
            h + b.withholding,
            n + b.net(),
            o + b.outstanding(),
        )
    });
    r.totals = Some(vec![
        Cell::Empty,
        Cell::text("合計"),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Money(total),
        Cell::Money(held),
        Cell::Money(net),
        Cell::Money(owed),
        Cell::Empty,
    ]);
    r
}

/// open, partly paid, paid or void.
fn status(b: &Bill) -> &'static str {
    match (b.status.as_str(), b.paid) {
        ("void", _) => "void",
        (_, 0) => "open",
        _ if b.outstanding() <= 0 => "paid",
        _ => "partly paid",
    }
}

/// One bill's rates: base, tax, creditable, not creditable.
pub fn bill_rates(bill: &Bill, rates: &[BillRate], currency: Currency) -> Report {
    let mut r = Report::new(
        "bill",
        currency,
        vec![
            Column::new("rate", "税率", "Rate"),
            Column::new("base", "税抜", "Base"),
            Column::new("tax", "消費税", "Tax"),
            Column::new("creditable", "控除対象", "Creditable"),
            Column::new("not_creditable", "控除対象外", "Not creditable"),
        ],
    );
    for x in rates {
        r.rows.push(vec![
            Cell::text(format!("{}%", x.rate)),
            Cell::Money(x.base),
            Cell::Money(x.tax),
            Cell::Money(x.creditable),
            Cell::Money(x.tax - x.creditable),
        ]);
    }
    r.notes.push(format!(
        "bill {} from {} {} dated {}, due {}: {}; total {}, withheld {}, to pay {}",
        bill.id,
        bill.supplier,
        bill.number.as_deref().unwrap_or("(no number)"),
        bill.date,
        bill.due,
        bill.credit_class.note(bill.credit_percent),
        currency.display(bill.total),
        currency.display(bill.withholding),
        currency.display(bill.net())
    ));
    r
}

/// Open bills by how long past due on a day: not yet due, 1–30, 31–60, 61–90, over 90 days.
pub fn aging(list: &[Bill], as_of: NaiveDate, currency: Currency) -> Report {
    let mut r = Report::new(
        "payables_aging",
        currency,
        vec![
            Column::new("supplier", "支払先", "Supplier"),
            Column::new("name", "名称", "Name"),
            Column::new("not_due", "期日前", "Not due"),
            Column::new("d1_30", "1-30日", "1-30 days"),
            Column::new("d31_60", "31-60日", "31-60 days"),
            Column::new("d61_90", "61-90日", "61-90 days"),
            Column::new("over_90", "90日超", "Over 90"),
            Column::new("total", "合計", "Total"),
        ],
    );
    let mut by_supplier: Vec<(String, String, [i64; 5])> = Vec::new();
    for b in list {
        let days = (as_of - b.due).num_days();
        let bucket = crate::invoice::aging_bucket(days);
        match by_supplier
            .iter_mut()
            .find(|(code, ..)| *code == b.supplier)
        {
            Some((_, _, sums)) => sums[bucket] += b.outstanding(),
            None => {
                let mut sums = [0; 5];
                sums[bucket] = b.outstanding();
                by_supplier.push((b.supplier.clone(), b.supplier_name.clone(), sums));
            }
        }
    }
    by_supplier.sort();
    let mut totals = [0i64; 5];
    for (code, name, sums) in &by_supplier {
        let mut row = vec![Cell::text(code), Cell::text(name)];
        row.extend(sums.iter().map(|v| Cell::Money(*v)));
        row.push(Cell::Money(sums.iter().sum()));
        r.rows.push(row);
        for (t, v) in totals.iter_mut().zip(sums) {
            *t += v;
        }
    }
    let mut row = vec![Cell::text("合計"), Cell::Empty];
    row.extend(totals.iter().map(|v| Cell::Money(*v)));
    row.push(Cell::Money(totals.iter().sum()));
    r.totals = Some(row);
    r
}

/// The 取適法 findings.
pub fn findings(list: &[String], currency: Currency) -> Report {
    let mut r = Report::new(
        "payables_check",
        currency,
        vec![Column::new("finding", "指摘", "Finding")],
    );
    for f in list {
        r.rows.push(vec![Cell::text(f)]);
    }
    if list.is_empty() {
        r.notes.push("取適法: nothing found".into());
    }
    r
}

/// The 経過措置 table.
pub fn transition(table: &[(NaiveDate, NaiveDate, i64)], currency: Currency) -> Report {
    let mut r = Report::new(
        "input_tax_transition",
        currency,
        vec![
            Column::new("valid_from", "開始日", "From"),
            Column::new("valid_to", "終了日", "To"),
            Column::new("percent", "控除割合", "Percent"),
        ],
    );
    for (from, to, percent) in table {
        r.rows.push(vec![
            Cell::Date(*from),
            Cell::Date(*to),
            Cell::Int(*percent),
        ]);
    }
    r
}

/// A payment run: one row per transfer, with the bills it pays.
pub fn run(v: &RunView, currency: Currency) -> Report {
    let mut r = Report::new(
        "payment_run",
        currency,
        vec![
            Column::new("supplier", "支払先", "Supplier"),
            Column::new("name", "名称", "Name"),
            Column::new("bills", "請求書", "Bills"),
            Column::new("settled", "消込額", "Settled"),
            Column::new("deducted", "手数料差引", "Fee deducted"),
            Column::new("transfer", "振込額", "Transfer"),
            Column::new("withheld", "源泉徴収", "Withheld"),
            Column::new("edi", "EDI", "EDI"),
        ],
    );
    for t in &v.transfers {
        let lines: Vec<_> = v
            .lines
            .iter()
            .filter(|l| l.supplier == t.supplier)
            .collect();
        let bills: Vec<String> = lines
            .iter()
            .map(|l| match &l.number {
                Some(n) => format!("{} ({n})", l.bill_id),
                None => l.bill_id.to_string(),
            })
            .collect();
        r.rows.push(vec![
            Cell::text(&t.supplier),
            Cell::text(&t.name),
            Cell::text(bills.join(", ")),
            Cell::Money(lines.iter().map(|l| l.amount).sum()),
            Cell::money_or_empty(t.deducted),
            Cell::Money(t.amount),
            Cell::money_or_empty(lines.iter().map(|l| l.withheld).sum()),
            Cell::text(&t.edi),
        ]);
    }
    // Transfers other areas scheduled (an expense claim): no bill, settled as transferred.
    for p in &v.payees {
        let s = &p.scheduled;
        r.rows.push(vec![
            Cell::text(&s.source),
            Cell::text(&s.label),
            Cell::Empty,
            Cell::Money(s.amount),
            Cell::Empty,
            Cell::Money(s.amount),
            Cell::Empty,
            Cell::text(&s.edi),
        ]);
    }
    let payees: i64 = v.payees.iter().map(|p| p.scheduled.amount).sum();
    let sum = |f: fn(&super::types::RunTransfer) -> i64| v.transfers.iter().map(f).sum::<i64>();
    let settled: i64 = v.lines.iter().map(|l| l.amount).sum();
    let withheld: i64 = v.lines.iter().map(|l| l.withheld).sum();
    r.totals = Some(vec![
        Cell::text("合計"),
        Cell::Empty,
        Cell::Empty,
        Cell::Money(settled + payees),
        Cell::Money(sum(|t| t.deducted)),
        Cell::Money(v.total()),
        Cell::Money(withheld),
        Cell::Empty,
    ]);
    r.notes.push(format!(
        "payment run {} on {} ({}), bills due by {}; bank fees {}",
        v.run.id,
        v.run.date,
        v.run.status,
        v.run.due_through,
        currency.display(sum(|t| t.bank_fee) + v.payees.iter().map(|p| p.bank_fee).sum::<i64>())
    ));
    r
}

/// The payment runs.
pub fn runs(list: &[RunView], currency: Currency) -> Report {
    let mut r = Report::new(
        "payment_runs",
        currency,
        vec![
            Column::new("run", "番号", "Run"),
            Column::new("date", "振込日", "Date"),
            Column::new("due_through", "対象期日", "Due by"),
            Column::new("status", "状態", "Status"),
            Column::new("transfers", "件数", "Transfers"),
            Column::new("total", "振込合計", "Total"),
        ],
    );
    for v in list {
        r.rows.push(vec![
            Cell::Int(v.run.id),
            Cell::Date(v.run.date),
            Cell::Date(v.run.due_through),
            Cell::text(&v.run.status),
            Cell::Int(v.transfer_count() as i64),
            Cell::Money(v.total()),
        ]);
    }
    r
}

/// The month's withheld tax by 所得税徴収高計算書 row, and its due date.
pub fn withheld(m: &MonthWithheld, currency: Currency) -> Report {
    let mut r = Report::new(
        "withholding",
        currency,
        vec![
            Column::new("class", "区分", "Class"),
            Column::new("label", "所得の種類", "Kind"),
            Column::new("people", "人員", "People"),
            Column::new("paid", "支給額", "Paid"),
            Column::new("tax", "税額", "Tax"),
        ],
    );
    for row in &m.rows {
        r.rows.push(vec![
            Cell::text(&row.class),
            Cell::text(row.label()),
            Cell::Int(row.people),
            Cell::Money(row.paid),
            Cell::Money(row.tax),
        ]);
    }
    let tax: i64 = m.rows.iter().map(|x| x.tax).sum();
    r.totals = Some(vec![
        Cell::text("合計"),
        Cell::Empty,
        Cell::Empty,
        Cell::Money(m.rows.iter().map(|x| x.paid).sum()),
        Cell::Money(tax),
    ]);
    r.notes.push(format!(
        "withheld in {}: {} to pay by {}",
        m.month,
        currency.display(tax),
        m.due
    ));
    r
}

/// The year's 支払調書, one row per payee.
pub fn statements(list: &[Statement], below: usize, year: i32, currency: Currency) -> Report {
    let mut r = Report::new(
        "payment_statements",
        currency,
        vec![
            Column::new("supplier", "コード", "Code"),
            Column::new("name", "氏名又は名称", "Payee"),
            Column::new("address", "住所", "Address"),
            Column::new("registration_number", "登録番号", "Registration no."),
            Column::new("class", "区分", "Class"),
            Column::new("paid", "支払金額", "Paid"),
            Column::new("withheld", "源泉徴収税額", "Withheld"),
        ],
    );
    for s in list {
        r.rows.push(vec![
            Cell::text(&s.supplier.code),
            Cell::text(&s.supplier.name),
            Cell::opt_text(s.supplier.address.clone()),
            Cell::opt_text(s.supplier.registration_number.clone()),
            Cell::text(match s.supplier.withholding {
                super::Withholding::Judicial => "司法書士等の報酬",
                _ => "報酬・料金",
            }),
            Cell::Money(s.paid),
            Cell::Money(s.withheld),
        ]);
    }
    r.totals = Some(vec![
        Cell::text("合計"),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Money(list.iter().map(|s| s.paid).sum()),
        Cell::Money(list.iter().map(|s| s.withheld).sum()),
    ]);
    let due = NaiveDate::from_ymd_opt(year + 1, 1, 31).expect("a day");
    r.notes.push(format!(
        "{year}: {} payees over ¥50,000 need a 支払調書 by {}; {below} paid less need none",
        list.len(),
        super::withholding::business_day(due, &[])
    ));
    r
}
