//! Month-end closing: the checklist that decides whether a month's books are complete, and the
//! report pack handed to the manager or the tax accountant. Each item asks one area through its
//! public functions; nothing here writes except the lock itself (in `cli.rs`).

pub mod cli;
pub mod pack;
pub mod pdf;
pub mod settings;

use anyhow::Result;
use rusqlite::Connection;

use self::settings::get as setting_or_default;
use crate::attendance::agreement::Severity;
use crate::company::Company;
use crate::kernel::period::Month;

pub use crate::kernel::check::Status;

/// One checklist item.
#[derive(Debug, Clone)]
pub struct Item {
    /// Stable key.
    pub key: &'static str,
    /// Outcome.
    pub status: Status,
    /// What was found.
    pub detail: String,
    /// The command that fixes it ("" when nothing to do).
    pub fix: String,
}

fn item(
    key: &'static str,
    status: Status,
    detail: impl Into<String>,
    fix: impl Into<String>,
) -> Item {
    Item {
        key,
        status,
        detail: detail.into(),
        fix: fix.into(),
    }
}

fn pass_or(key: &'static str, problems: &[String], ok: &str, fail: Status, fix: String) -> Item {
    if problems.is_empty() {
        item(key, Status::Ok, ok, "")
    } else {
        let shown: Vec<&str> = problems.iter().take(5).map(String::as_str).collect();
        let more = if problems.len() > 5 {
            format!(" and {} more", problems.len() - 5)
        } else {
            String::new()
        };
        item(key, fail, format!("{}{more}", shown.join("; ")), fix)
    }
}

/// Builds the checklist for a month. `accept_36` is the reason given for closing despite a
/// broken 36協定 limit (it turns those failures into warnings).
pub fn checklist(conn: &Connection, month: Month, accept_36: Option<&str>) -> Result<Vec<Item>> {
    let company = Company::load(conn)?;
    let mut items = vec![order(conn, month)?];
    items.extend(staff_items(conn, month, accept_36)?);
    items.extend(invoice_items(conn, month)?);
    items.push(bank_item(conn, month)?);
    items.extend(payables_items(conn, month)?);
    items.extend(stock_items(conn, month, &company)?);
    items.extend(integrity_items(conn, &company)?);
    items.push(documents(conn, month, &company)?);
    Ok(items)
}

/// Attendance closed, 36協定 kept and payroll confirmed — for a month with staff.
fn staff_items(conn: &Connection, month: Month, accept_36: Option<&str>) -> Result<Vec<Item>> {
    let (first, last) = (month.first_day(), month.last_day());
    let staff: Vec<_> = crate::people::all(conn)?
        .into_iter()
        .filter(|e| e.hire_date <= last && e.leave_date.is_none_or(|l| l >= first))
        .collect();
    if staff.is_empty() {
        return Ok(vec![item(
            "attendance_closed",
            Status::Ok,
            "no employees in the month",
            "",
        )]);
    }
    let mut items = Vec::new();
    let closed = crate::attendance::is_closed(conn, month)?;
    items.push(if closed {
        item(
            "attendance_closed",
            Status::Ok,
            format!("{month} is closed"),
            "",
        )
    } else {
        item(
            "attendance_closed",
            Status::Fail,
            format!("the attendance month {month} is open"),
            format!("bko attendance close --month {month}"),
        )
    });
    let findings = crate::attendance::findings::findings(conn, month)?;
    let broken: Vec<String> = findings
        .iter()
        .filter(|f| f.severity == Severity::Fail)
        .map(|f| format!("{} {}: {}", f.employee, f.rule, f.detail))
        .collect();
    items.push(match (broken.is_empty(), accept_36) {
        (true, _) => item("agreement_36", Status::Ok, "no 36協定 limit broken", ""),
        (false, Some(reason)) => item(
            "agreement_36",
            Status::Warn,
            format!("accepted ({reason}): {}", broken.join("; ")),
            "",
        ),
        (false, None) => pass_or(
            "agreement_36",
            &broken,
            "",
            Status::Fail,
            format!(
                "bko attendance check --month {month}; or close with --accept-36 --reason TEXT"
            ),
        ),
    });
    let paid = staff.iter().any(|e| {
        crate::payroll::setting_for(conn, e.id, month)
            .ok()
            .flatten()
            .is_some()
    });
    items.push(payroll_item(conn, month, paid)?);
    Ok(items)
}

/// The month's payroll run is confirmed (when anyone has pay settings).
fn payroll_item(conn: &Connection, month: Month, anyone_paid: bool) -> Result<Item> {
    let run = crate::payroll::run(conn, month)?;
    Ok(match (anyone_paid, run) {
        (false, _) => item(
            "payroll_confirmed",
            Status::Ok,
            "no employee has pay settings",
            "",
        ),
        (true, Some(r)) if r.status == crate::payroll::RunStatus::Confirmed => item(
            "payroll_confirmed",
            Status::Ok,
            format!("confirmed, entry {}", r.entry_id.unwrap_or(0)),
            "",
        ),
        (true, Some(_)) => item(
            "payroll_confirmed",
            Status::Fail,
            "the payroll run is a draft",
            format!("bko payroll confirm --month {month}"),
        ),
        (true, None) => item(
            "payroll_confirmed",
            Status::Fail,
            "no payroll run",
            format!("bko payroll run --month {month}"),
        ),
    })
}

/// No draft invoice dated in the month, every issued one posted.
fn invoice_items(conn: &Connection, month: Month) -> Result<Vec<Item>> {
    let (first, last) = (month.first_day(), month.last_day());
    let mut items = Vec::new();
    let (drafts, unposted) = crate::invoice::open_documents_between(conn, first, last)?;
    items.push(pass_or(
        "no_draft_invoices",
        &drafts,
        "no draft invoice dated in the month",
        Status::Fail,
        "bko invoice issue --draft-id ID (or delete the draft)".into(),
    ));
    items.push(pass_or(
        "invoices_posted",
        &unposted,
        "every issued invoice is posted",
        Status::Fail,
        "bko check".into(),
    ));
    Ok(items)
}

/// Bills due by the month end paid (a warning: a disputed bill may wait), the month's expense
/// claims approved, the previous month's withheld income tax paid by the 10th (a warning: the
/// books may record the payment under another memo) — each only where the area is in use.
fn payables_items(conn: &Connection, month: Month) -> Result<Vec<Item>> {
    let last = month.last_day();
    let mut items = Vec::new();
    if !crate::payables::ops::suppliers(conn)?.is_empty() {
        let unpaid: Vec<String> = crate::payables::ops::due(conn, last)?
            .iter()
            .map(|b| {
                format!(
                    "bill {} {} due {} owes {}",
                    b.id,
                    b.supplier,
                    b.due,
                    b.outstanding()
                )
            })
            .collect();
        items.push(pass_or(
            "bills_paid",
            &unpaid,
            "every bill due by the month end is paid",
            Status::Warn,
            format!("bko payables run --date {last}; bko payables confirm --run N"),
        ));
    }
    let claims = crate::expenses::ops::claims(conn, None, None, Some(month))?;
    if !claims.is_empty() {
        let open: Vec<String> = claims
            .iter()
            .filter(|(c, _)| c.status != "approved")
            .map(|(c, _)| format!("claim {} {} is {}", c.id, c.employee, c.status))
            .collect();
        items.push(pass_or(
            "claims_approved",
            &open,
            "every expense claim of the month is approved",
            Status::Fail,
            "bko expenses submit CLAIM; bko expenses approve CLAIM --by NAME".into(),
        ));
    }
    if let Some(problem) = crate::payables::withholding::unpaid_before(conn, month)? {
        items.push(item(
            "withheld_tax_paid",
            Status::Warn,
            problem,
            "bko bank match (the payment of 源泉所得税), or book it with 源泉所得税 in its memo",
        ));
    }
    Ok(items)
}

/// Every bank and card account reconciled through the month end: statements imported to the
/// last day, nothing unmatched, the statement balance equal to the books.
fn bank_item(conn: &Connection, month: Month) -> Result<Item> {
    if crate::bank::accounts(conn)?.is_empty() {
        return Ok(item(
            "bank_reconciled",
            Status::Ok,
            "no bank accounts registered",
            "",
        ));
    }
    let problems = crate::bank::month_end_problems(conn, month.last_day())?;
    Ok(pass_or(
        "bank_reconciled",
        &problems,
        "every bank account is reconciled through the month end",
        Status::Fail,
        format!(
            "bko bank import FILE; bko bank match; bko bank reconcile --account CODE --as-of {}",
            month.last_day()
        ),
    ))
}

/// No stocktake left open; the valued stock equals the inventory accounts.
fn stock_items(conn: &Connection, month: Month, company: &Company) -> Result<Vec<Item>> {
    let last = month.last_day();
    let mut items = Vec::new();
    items.push(match crate::inventory::open_count(conn)? {
        Some((id, as_of)) => item(
            "no_open_stocktake",
            Status::Fail,
            format!("count {id} as of {as_of} is open"),
            "bko inventory count apply",
        ),
        None => item(
            "no_open_stocktake",
            Status::Ok,
            "no stocktake left open",
            "",
        ),
    });
    let (stock, books) = crate::inventory::post::valuation_against_books(conn, company, last)?;
    items.push(if stock == books {
        item(
            "stock_valuation",
            Status::Ok,
            format!(
                "stock {} = inventory accounts",
                company.currency.display(stock)
            ),
            "",
        )
    } else {
        item(
            "stock_valuation",
            Status::Fail,
            format!(
                "stock valued {} but the inventory accounts hold {}",
                company.currency.display(stock),
                company.currency.display(books)
            ),
            "bko inventory book-stock --as-of DATE (periodic goods, 三分法); otherwise bko inventory stock --as-of DATE and correct the movements",
        )
    });
    Ok(items)
}

/// The integrity checks of `bko check` (the open stocktake has its own item above).
fn integrity_items(conn: &Connection, company: &Company) -> Result<Vec<Item>> {
    let mut items = Vec::new();
    for check in crate::system::integrity_checks(conn, company)? {
        if check.name == "open_stocktake" {
            continue;
        }
        let status = if check.status == Status::Fail {
            Status::Fail
        } else {
            Status::Ok
        };
        items.push(Item {
            key: check.name,
            status,
            detail: check.detail,
            fix: if status == Status::Fail {
                "bko check".into()
            } else {
                String::new()
            },
        });
    }
    Ok(items)
}

/// Closing out of order: an earlier month with entries is still unlocked.
fn order(conn: &Connection, month: Month) -> Result<Item> {
    let previous_end = month.prev().last_day();
    let lock = crate::ledger::lock_through(conn)?;
    let earliest = crate::ledger::date_span(conn)?.map(|(first, _)| first);
    let open_before =
        earliest.is_some_and(|e| e <= previous_end) && lock.is_none_or(|l| l < previous_end);
    if !open_before {
        return Ok(item(
            "earlier_months_closed",
            Status::Ok,
            "every earlier month with entries is closed",
            "",
        ));
    }
    let status = if setting_or_default(conn, "close_out_of_order")? == "refuse" {
        Status::Fail
    } else {
        Status::Warn
    };
    let since = lock.map_or("the first entry".to_string(), |l| format!("{l}"));
    Ok(item(
        "earlier_months_closed",
        status,
        format!("the books are open from {since} up to {previous_end}"),
        format!("bko close --month {}", month.prev()),
    ))
}

/// 電帳法 practice as a company rule: expense lines of at least `close_document_threshold` need
/// a linked document.
fn documents(conn: &Connection, month: Month, company: &Company) -> Result<Item> {
    let threshold = setting_or_default(conn, "close_document_threshold")?;
    let Ok(amount) = threshold.parse::<i64>() else {
        return Ok(item(
            "documents_linked",
            Status::Ok,
            "no rule set (close_document_threshold)",
            "",
        ));
    };
    let linked = crate::docs::linked_entries(conn)?;
    let missing: Vec<String> =
        crate::ledger::expense_lines_at_least(conn, month.first_day(), month.last_day(), amount)?
            .into_iter()
            .filter(|(entry, ..)| !linked.contains(entry))
            .map(|(entry, date, code, name, debit)| {
                format!(
                    "entry {entry} {date} {code} {name} {}",
                    company.currency.display(debit)
                )
            })
            .collect();
    Ok(pass_or(
        "documents_linked",
        &missing,
        &format!(
            "every expense of {} or more has a document",
            company.currency.display(amount)
        ),
        Status::Fail,
        "bko docs add FILE --link entry:ID ...".into(),
    ))
}
