//! Invoice reports as values: customers, items, the invoice list, one invoice, aging and a
//! customer statement. Pure: they take rows the store produced.

use chrono::NaiveDate;

use super::{CatalogItem, Customer, DocumentKind, DocumentStatus, Invoice, ListRow};
use super::{aging_bucket, days_past_due, payment_status, plain_decimal};
use crate::kernel::money::Currency;
use crate::kernel::output::{Cell, Column, Report};

/// The customer list.
pub fn customers(list: &[Customer], currency: Currency) -> Report {
    let mut r = Report::new(
        "customers",
        currency,
        vec![
            Column::new("code", "コード", "Code"),
            Column::new("name", "名称", "Name"),
            Column::new("kana", "フリガナ", "Kana"),
            Column::new("addressee", "宛名", "Addressee"),
            Column::new("postal_code", "郵便番号", "Postal code"),
            Column::new("address", "住所", "Address"),
            Column::new("email", "メール", "E-mail"),
            Column::new("registration_number", "登録番号", "Registration no."),
            Column::new("payment_terms", "支払条件", "Terms"),
            Column::new("tax_pricing", "税表示", "Pricing"),
            Column::new("peppol_id", "Peppol ID", "Peppol ID"),
        ],
    );
    for c in list {
        r.rows.push(vec![
            Cell::text(&c.code),
            Cell::text(&c.addressee.name),
            Cell::opt_text(c.kana.clone()),
            Cell::text(c.addressee.line()),
            Cell::opt_text(c.addressee.postal_code.clone()),
            Cell::opt_text(c.addressee.address.clone()),
            Cell::opt_text(c.email.clone()),
            Cell::opt_text(c.registration_number.clone()),
            Cell::text(&c.payment_terms),
            Cell::text(c.tax_pricing.key()),
            Cell::opt_text(c.peppol_id.clone()),
        ]);
    }
    r
}

/// A customer's payer aliases.
pub fn aliases(customer: &str, list: &[(String, bool)], currency: Currency) -> Report {
    let mut r = Report::new(
        "customer_aliases",
        currency,
        vec![
            Column::new("customer", "取引先", "Customer"),
            Column::new("alias", "振込名義", "Payer name"),
            Column::new("learned", "学習", "Learned"),
        ],
    );
    for (alias, learned) in list {
        r.rows.push(vec![
            Cell::text(customer),
            Cell::text(alias),
            Cell::text(if *learned { "yes" } else { "no" }),
        ]);
    }
    r
}

/// The catalogue.
pub fn items(list: &[CatalogItem], currency: Currency) -> Report {
    let mut r = Report::new(
        "items",
        currency,
        vec![
            Column::new("code", "コード", "Code"),
            Column::new("name", "品名", "Name"),
            Column::new("unit", "単位", "Unit"),
            Column::new("unit_price", "単価", "Unit price"),
            Column::new("tax_rate", "税率", "Tax rate"),
        ],
    );
    for i in list {
        r.rows.push(vec![
            Cell::text(&i.code),
            Cell::text(&i.name),
            Cell::opt_text(i.unit.clone()),
            Cell::text(plain_decimal(i.unit_price)),
            Cell::Int(i64::from(i.tax_rate)),
        ]);
    }
    r
}

/// The status shown for a document on a date: draft, void, or its payment status.
pub fn status_of(row: &ListRow, today: NaiveDate) -> String {
    match row.status {
        DocumentStatus::Issued if row.kind == DocumentKind::Invoice => {
            payment_status(row.total, row.settled, row.due_date, today).to_string()
        }
        other => other.to_string(),
    }
}

/// The AR aging as of a date: invoices issued by then, less what settled them by then, leaving
/// out drafts and those voided by then.
pub fn aging_as_of(
    conn: &rusqlite::Connection,
    as_of: NaiveDate,
    currency: Currency,
) -> anyhow::Result<Report> {
    let filter = super::ListFilter {
        to: Some(as_of),
        kind: Some(DocumentKind::Invoice),
        ..Default::default()
    };
    let open: Vec<(String, String, i64, Option<NaiveDate>)> =
        super::list_invoices(conn, &filter, as_of)?
            .into_iter()
            .filter(|r| r.status != DocumentStatus::Draft && r.void_date.is_none_or(|v| v > as_of))
            .filter(|r| r.total > r.settled.total())
            .map(|r| {
                let open = r.total - r.settled.total();
                (r.customer, r.customer_name, open, r.due_date)
            })
            .collect();
    Ok(aging(&open, as_of, currency))
}

/// The invoice list.
pub fn list(
    rows: &[ListRow],
    status: Option<&str>,
    today: NaiveDate,
    currency: Currency,
) -> Report {
    let mut r = Report::new(
        "invoices",
        currency,
        vec![
            Column::new("id", "ID", "Id"),
            Column::new("number", "番号", "Number"),
            Column::new("kind", "種類", "Kind"),
            Column::new("date", "日付", "Date"),
            Column::new("due_date", "支払期限", "Due"),
            Column::new("customer", "取引先", "Customer"),
            Column::new("customer_name", "取引先名", "Customer name"),
            Column::new("subject", "件名", "Subject"),
            Column::new("total", "合計", "Total"),
            Column::new("open", "未収", "Open"),
            Column::new("status", "状態", "Status"),
        ],
    );
    let (mut total, mut open_total) = (0, 0);
    for row in rows {
        let st = status_of(row, today);
        if status.is_some_and(|s| s != st) {
            continue;
        }
        let open = if row.kind == DocumentKind::Invoice && row.status == DocumentStatus::Issued {
            (row.total - row.settled.total()).max(0)
        } else {
            0
        };
        // The total is what was billed, net: a credit note returns part of an invoice, so it
        // counts negative; drafts and voided documents were never (or are no longer) billed.
        if row.status == DocumentStatus::Issued {
            total += if row.kind == DocumentKind::CreditNote {
                -row.total
            } else {
                row.total
            };
        }
        open_total += open;
        r.rows.push(vec![
            Cell::Int(row.id),
            Cell::opt_text(row.number.clone()),
            Cell::text(row.kind.key()),
            Cell::Date(row.date),
            row.due_date.map_or(Cell::Empty, Cell::Date),
            Cell::text(&row.customer),
            Cell::text(&row.customer_name),
            Cell::opt_text(row.subject.clone()),
            Cell::Money(row.total),
            Cell::Money(open),
            Cell::text(st),
        ]);
    }
    r.totals = Some(vec![
        Cell::Empty,
        Cell::text("合計 / Total"),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Money(total),
        Cell::Money(open_total),
        Cell::Empty,
    ]);
    r
}

/// One document: its lines, then per-rate totals, as rows.
pub fn show(inv: &Invoice, status: &str, settled: i64, currency: Currency) -> Report {
    let mut r = Report::new(
        "invoice",
        currency,
        vec![
            Column::machine("kind"),
            Column::new("item", "品名", "Item"),
            Column::new("quantity", "数量", "Qty"),
            Column::new("unit", "単位", "Unit"),
            Column::new("unit_price", "単価", "Unit price"),
            Column::new("tax_rate", "税率", "Rate"),
            Column::new("amount", "金額", "Amount"),
        ],
    );
    for (l, amount) in &inv.lines {
        r.rows.push(vec![
            Cell::text("line"),
            Cell::text(if l.rate == 8 {
                format!("{} ※", l.name)
            } else {
                l.name.clone()
            }),
            Cell::text(plain_decimal(l.quantity)),
            Cell::opt_text(l.unit.clone()),
            Cell::text(plain_decimal(l.unit_price)),
            Cell::Int(i64::from(l.rate)),
            Cell::Money(*amount),
        ]);
    }
    for rate in &inv.rates {
        r.rows.push(vec![
            Cell::text("rate_base"),
            Cell::text(format!("{}% 対象", rate.rate)),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Int(i64::from(rate.rate)),
            Cell::Money(rate.base),
        ]);
        r.rows.push(vec![
            Cell::text("rate_tax"),
            Cell::text(format!("{}% 消費税", rate.rate)),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Int(i64::from(rate.rate)),
            Cell::Money(rate.tax),
        ]);
    }
    r.totals = Some(vec![
        Cell::text("total"),
        Cell::text("合計 / Total"),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Money(inv.total),
    ]);
    r.notes.push(format!(
        "{} {} | {} | {} | {} | total {} | settled {} | {}",
        inv.kind,
        inv.number.as_deref().unwrap_or("(draft)"),
        inv.date,
        inv.parties.addressee.line(),
        inv.subject.as_deref().unwrap_or(""),
        currency.display(inv.total),
        currency.display(settled),
        status
    ));
    r
}

/// Aging of open receivables per customer as of a date: not yet due, 1–30, 31–60, 61–90 and
/// over 90 days past due. Rows: (customer code, name, open amount, due date).
pub fn aging(
    open: &[(String, String, i64, Option<NaiveDate>)],
    as_of: NaiveDate,
    currency: Currency,
) -> Report {
    let mut r = Report::new(
        "aging",
        currency,
        vec![
            Column::new("customer", "取引先", "Customer"),
            Column::new("customer_name", "取引先名", "Name"),
            Column::new("current", "期日前", "Current"),
            Column::new("days_1_30", "1-30日", "1-30 days"),
            Column::new("days_31_60", "31-60日", "31-60 days"),
            Column::new("days_61_90", "61-90日", "61-90 days"),
            Column::new("days_over_90", "90日超", "Over 90 days"),
            Column::new("total", "合計", "Total"),
        ],
    );
    let mut per_customer: Vec<(String, String, [i64; 5])> = Vec::new();
    for (code, name, amount, due) in open {
        let bucket = due.map_or(0, |d| aging_bucket(days_past_due(d, as_of)));
        match per_customer.iter_mut().find(|(c, _, _)| c == code) {
            Some((_, _, b)) => b[bucket] += amount,
            None => {
                let mut b = [0; 5];
                b[bucket] += amount;
                per_customer.push((code.clone(), name.clone(), b));
            }
        }
    }
    per_customer.sort_by(|a, b| a.0.cmp(&b.0));
    let mut totals = [0i64; 5];
    for (code, name, buckets) in per_customer {
        let mut row = vec![Cell::text(code), Cell::text(name)];
        for (t, b) in totals.iter_mut().zip(buckets) {
            *t += b;
            row.push(Cell::Money(b));
        }
        row.push(Cell::Money(buckets.iter().sum()));
        r.rows.push(row);
    }
    let mut total_row = vec![Cell::Empty, Cell::text("合計 / Total")];
    total_row.extend(totals.iter().map(|t| Cell::Money(*t)));
    total_row.push(Cell::Money(totals.iter().sum()));
    r.totals = Some(total_row);
    r.notes.push(format!("as of {as_of}"));
    r
}

/// A customer statement: opening balance, movements, running balance.
pub fn statement(
    movements: &[super::Movement],
    from: NaiveDate,
    to: NaiveDate,
    currency: Currency,
) -> Report {
    let mut r = Report::new(
        "statement",
        currency,
        vec![
            Column::new("date", "日付", "Date"),
            Column::new("kind", "区分", "Kind"),
            Column::new("number", "番号", "Number"),
            Column::new("charge", "請求", "Charge"),
            Column::new("credit", "入金・返還", "Credit"),
            Column::new("balance", "残高", "Balance"),
        ],
    );
    let opening: i64 = movements
        .iter()
        .filter(|m| m.0 < from)
        .map(|m| m.3 - m.4)
        .sum();
    r.rows.push(vec![
        Cell::Date(from),
        Cell::text("opening"),
        Cell::Empty,
        Cell::Empty,
        Cell::Empty,
        Cell::Money(opening),
    ]);
    let mut balance = opening;
    for (date, kind, number, charge, credit) in
        movements.iter().filter(|m| m.0 >= from && m.0 <= to)
    {
        balance += charge - credit;
        r.rows.push(vec![
            Cell::Date(*date),
            Cell::text(kind),
            Cell::text(number),
            Cell::money_or_empty(*charge),
            Cell::money_or_empty(*credit),
            Cell::Money(balance),
        ]);
    }
    r
}

/// A payment as recorded: amount, fee, what was paid over and what is still open, its entry.
pub fn payment(
    number: &str,
    date: NaiveDate,
    amount: i64,
    fee: i64,
    outcome: &super::issue::PaymentOutcome,
    currency: Currency,
) -> Report {
    let mut r = Report::new(
        "payment",
        currency,
        vec![
            Column::new("number", "番号", "Number"),
            Column::new("date", "日付", "Date"),
            Column::new("amount", "入金額", "Amount"),
            Column::new("fee", "手数料", "Fee"),
            Column::new("overpaid", "過入金", "Overpaid"),
            Column::new("open", "残額", "Open"),
            Column::new("entry_id", "伝票", "Entry"),
        ],
    );
    r.rows.push(vec![
        Cell::text(number),
        Cell::Date(date),
        Cell::Money(amount),
        Cell::Money(fee),
        Cell::Money(outcome.overpaid),
        Cell::Money(outcome.open),
        Cell::Int(outcome.entry_id),
    ]);
    r
}

/// The receipts written: number, date, invoice, addressee, amount, tax, paper and duty, copies.
pub fn receipts(list: &[super::receipt::Receipt], currency: Currency) -> Report {
    let mut r = Report::new(
        "receipts",
        currency,
        vec![
            Column::new("number", "番号", "Number"),
            Column::new("date", "発行日", "Date"),
            Column::new("invoice", "請求書", "Invoice"),
            Column::new("name", "宛名", "Addressee"),
            Column::new("amount", "金額", "Amount"),
            Column::new("tax", "うち消費税", "Tax"),
            Column::new("paper", "紙", "Paper"),
            Column::new("stamp_duty", "印紙税", "Stamp duty"),
            Column::new("copies", "発行回数", "Copies"),
        ],
    );
    for x in list {
        r.rows.push(vec![
            Cell::text(&x.number),
            Cell::Date(x.date),
            Cell::text(&x.invoice),
            Cell::text(&x.name),
            Cell::Money(x.amount),
            Cell::Money(x.rates.iter().map(|(_, _, t)| t).sum()),
            Cell::Bool(x.paper),
            Cell::money_or_empty(x.stamp_duty),
            Cell::Int(x.copies),
        ]);
    }
    r
}

/// The recurring invoices.
pub fn recurring(list: &[super::recurring::Recurring], currency: Currency) -> Report {
    let mut r = Report::new(
        "recurring_invoices",
        currency,
        vec![
            Column::new("code", "コード", "Code"),
            Column::new("customer", "顧客", "Customer"),
            Column::new("day", "発行日", "Day"),
            Column::new("subject", "件名", "Subject"),
            Column::new("lines", "明細数", "Lines"),
            Column::new("from", "開始月", "From"),
            Column::new("last", "最終発行月", "Last issued"),
            Column::new("active", "有効", "Active"),
        ],
    );
    for x in list {
        r.rows.push(vec![
            Cell::text(&x.code),
            Cell::text(&x.customer),
            Cell::Int(i64::from(x.day)),
            Cell::opt_text(x.subject.clone()),
            Cell::Int(x.lines.len() as i64),
            Cell::text(&x.start_month),
            Cell::opt_text(x.last_month.clone()),
            Cell::Bool(x.active),
        ]);
    }
    r
}

/// One recurring invoice's lines.
pub fn recurring_lines(x: &super::recurring::Recurring, currency: Currency) -> Report {
    let mut r = Report::new(
        "recurring_invoice",
        currency,
        vec![
            Column::new("name", "品名", "Item"),
            Column::new("quantity", "数量", "Qty"),
            Column::new("unit", "単位", "Unit"),
            Column::new("unit_price", "単価", "Unit price"),
            Column::new("rate", "税率", "Rate"),
        ],
    );
    for l in &x.lines {
        r.rows.push(vec![
            Cell::text(&l.name),
            Cell::text(plain_decimal(l.quantity)),
            Cell::opt_text(l.unit.clone()),
            Cell::text(plain_decimal(l.unit_price)),
            Cell::text(format!("{}%", l.rate)),
        ]);
    }
    r.notes.push(format!(
        "{} bills {} on day {} from {}{}",
        x.code,
        x.customer,
        x.day,
        x.start_month,
        if x.active { "" } else { " (paused)" }
    ));
    r
}

/// What a month's run would issue.
pub fn recurring_due(due: &[(String, super::issue::DocumentInput)], currency: Currency) -> Report {
    let mut r = Report::new(
        "recurring_due",
        currency,
        vec![
            Column::new("code", "コード", "Code"),
            Column::new("customer", "顧客", "Customer"),
            Column::new("date", "発行日", "Date"),
            Column::new("subject", "件名", "Subject"),
            Column::new("lines", "明細数", "Lines"),
        ],
    );
    for (code, input) in due {
        r.rows.push(vec![
            Cell::text(code),
            Cell::text(&input.customer),
            Cell::Date(input.date),
            Cell::opt_text(input.subject.clone()),
            Cell::Int(input.lines.len() as i64),
        ]);
    }
    r
}

/// One quote: its lines and per-rate totals as an invoice shows them, and what became of it
/// (an open quote past its day: expired).
pub fn quote(q: &super::quote::Quote, today: NaiveDate, currency: Currency) -> Report {
    let status = q.status_on(today);
    let mut r = show(&q.as_document(), status, 0, currency);
    r.name = "quote".into();
    r.notes = vec![format!(
        "quote {} | {} | valid until {} | {} | {} | total {} | {}{}",
        q.number,
        q.date,
        q.valid_until,
        q.parties.addressee.line(),
        q.subject.as_deref().unwrap_or(""),
        currency.display(q.total),
        status,
        match (&q.invoice, &q.reason) {
            (Some(invoice), _) => format!(" → {invoice}"),
            (None, Some(reason)) => format!(": {reason}"),
            (None, None) => String::new(),
        }
    )];
    r
}

/// Quotes with their status on `today` (an open quote past its date shows expired).
pub fn quotes(list: &[super::quote::Quote], today: NaiveDate, currency: Currency) -> Report {
    let mut r = Report::new(
        "quotes",
        currency,
        vec![
            Column::new("number", "見積番号", "Number"),
            Column::new("date", "見積日", "Date"),
            Column::new("valid_until", "有効期限", "Valid until"),
            Column::new("customer", "顧客", "Customer"),
            Column::new("subject", "件名", "Subject"),
            Column::new("total", "御見積金額", "Total"),
            Column::new("status", "状態", "Status"),
            Column::new("invoice", "請求書", "Invoice"),
        ],
    );
    for q in list {
        r.rows.push(vec![
            Cell::text(&q.number),
            Cell::Date(q.date),
            Cell::Date(q.valid_until),
            Cell::text(&q.customer),
            Cell::opt_text(q.subject.clone()),
            Cell::Money(q.total),
            Cell::text(q.status_on(today)),
            Cell::opt_text(q.invoice.clone()),
        ]);
    }
    r
}

/// Delivery notes made on their own, with the invoice that billed each.
pub fn delivery_notes(list: &[super::delivery::DeliveryNote], currency: Currency) -> Report {
    let mut r = Report::new(
        "delivery_notes",
        currency,
        vec![
            Column::new("number", "番号", "Number"),
            Column::new("date", "納品日", "Date"),
            Column::new("customer", "顧客", "Customer"),
            Column::new("subject", "件名", "Subject"),
            Column::new("total", "合計", "Total"),
            Column::new("invoice", "請求書", "Billed by"),
        ],
    );
    for n in list {
        r.rows.push(vec![
            Cell::text(&n.number),
            Cell::Date(n.date),
            Cell::text(&n.customer),
            Cell::opt_text(n.subject.clone()),
            Cell::Money(n.totals.2),
            Cell::opt_text(n.invoice.clone()),
        ]);
    }
    r
}
