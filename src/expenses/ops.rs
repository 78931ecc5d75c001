//! The expense operations the commands call: receipts added to an employee's claim of the
//! month (archived in docs), claims submitted, sent back, approved (posted), advances paid and
//! settled, and approved claims repaid with pay or at once.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::settings::ExpensesSettings;
use super::store;
use super::types::{Claim, ClaimLine, LineInput, Repayment};
use super::{class_of, figures};
use crate::kernel::period::Month;
use crate::kernel::text::{LINE_MAX_CHARS, NAME_MAX_CHARS, check_length, check_optional_length};
use crate::ledger::chart::Chart;
use crate::ledger::{NewEntry, NewLine, Origin};
use crate::payables::CreditClass;
use crate::payables::settings::PayablesSettings;

/// The largest receipt bko takes: ¥100,000,000.
pub const AMOUNT_MAX: i64 = 100_000_000;

/// A claim with its employee's code and name.
fn named(conn: &Connection, mut c: Claim) -> Result<Claim> {
    let e = crate::people::by_id(conn, c.employee_id)?;
    c.employee = e.code;
    c.name = e.name;
    Ok(c)
}

/// A claim by number.
pub fn claim(conn: &Connection, id: i64) -> Result<Claim> {
    match store::claim(conn, id)? {
        Some(c) => named(conn, c),
        None => Err(crate::kernel::error::hinted(
            format!("there is no expense claim {id}"),
            "`bko expenses list`",
        )),
    }
}

/// A claim's lines.
pub fn lines(conn: &Connection, id: i64) -> Result<Vec<ClaimLine>> {
    store::lines(conn, id)
}

/// Claims, filtered, each with whether it has been repaid (None: not approved or not yet
/// scheduled).
pub fn claims(
    conn: &Connection,
    status: Option<&str>,
    employee: Option<&str>,
    period: Option<Month>,
) -> Result<Vec<(Claim, Option<bool>)>> {
    let id = employee
        .map(|c| crate::people::by_code(conn, c).map(|e| e.id))
        .transpose()?;
    let period = period.map(|m| m.to_string());
    let mut out = store::claims(conn, status, id, period.as_deref())?
        .into_iter()
        .map(|c| {
            let c = named(conn, c)?;
            let repaid = repaid(conn, &c)?;
            Ok((c, repaid))
        })
        .collect::<Result<Vec<_>>>()?;
    out.sort_by(|(a, _), (b, _)| {
        (&a.period, &a.employee, a.id).cmp(&(&b.period, &b.employee, b.id))
    });
    Ok(out)
}

/// Whether an approved claim has been repaid: at once, or by a confirmed pay.
pub fn repaid(conn: &Connection, c: &Claim) -> Result<Option<bool>> {
    let Some(r) = store::repayment(conn, c.id)? else {
        return Ok(None);
    };
    if r.via == "run" {
        let status = crate::payables::payees::status(conn, &source(c.id))?;
        let paid = matches!(
            status,
            Some(crate::payables::payees::PayeeStatus::Paid { .. })
        );
        return Ok(Some(paid));
    }
    if r.via != "payroll" {
        return Ok(Some(true));
    }
    let status = crate::payroll::payouts::reimbursement_status(conn, &source(c.id))?;
    Ok(Some(status.is_some_and(|(_, confirmed)| confirmed)))
}

fn source(claim_id: i64) -> String {
    format!("expense:{claim_id}")
}

/// Checks a receipt as entered; returns the account id and the normalized T-number.
fn check_line(conn: &Connection, l: &LineInput) -> Result<(i64, Option<String>)> {
    // Each problem names its field, so a claim sheet's error names the column.
    let tag = crate::kernel::error::FieldError::tag;
    if l.amount <= 0 || l.amount > AMOUNT_MAX {
        return Err(tag("amount")(anyhow::anyhow!(
            "the amount {} is out of range (1 to {AMOUNT_MAX})",
            l.amount
        )));
    }
    if !matches!(l.rate, 0 | 8 | 10) {
        return Err(tag("rate")(anyhow::anyhow!(
            "the rate {} is not 10, 8 or 0",
            l.rate
        )));
    }
    check_length("payee", &l.payee, NAME_MAX_CHARS).map_err(tag("payee"))?;
    if l.payee.trim().is_empty() {
        return Err(tag("payee")(anyhow::anyhow!(
            "a receipt needs --payee (who was paid)"
        )));
    }
    check_optional_length("note", l.note.as_deref(), LINE_MAX_CHARS).map_err(tag("note"))?;
    let registration = l
        .registration_number
        .as_deref()
        .map(crate::jp::registration_number::normalize)
        .transpose()
        .map_err(tag("registration_number"))?;
    let chart = Chart::load(conn)?;
    let account = chart.resolve(&l.account).map_err(tag("account"))?.id;
    Ok((account, registration))
}

/// Adds a receipt to the employee's claim of its month (a new draft when there is none); the
/// receipt's file, when given, goes to the archive with its keys and the employee's link.
pub fn add_line(
    tx: &Connection,
    l: &LineInput,
    receipt: Option<&(String, Vec<u8>)>,
) -> Result<(Claim, ClaimLine)> {
    let employee = crate::people::by_code(tx, &l.employee)?;
    let (account_id, registration_number) = check_line(tx, l)?;
    let period = Month::of(l.date).to_string();
    let claim_id = match store::open_claim(tx, employee.id, &period)? {
        Some(c) if c.status == "submitted" => bail!(
            "claim {} for {period} is submitted; send it back (`bko expenses reject {} --reason …`) to add to it",
            c.id,
            c.id
        ),
        Some(c) => c.id,
        None => store::insert_claim(tx, employee.id, &period, &crate::kernel::clock::timestamp())?,
    };
    let document_id = receipt
        .map(|(name, bytes)| archive_receipt(tx, l, &employee.code, name, bytes))
        .transpose()?;
    let mut line = ClaimLine {
        id: 0,
        claim_id,
        date: l.date,
        amount: l.amount,
        rate: l.rate,
        account_id,
        payee: l.payee.trim().to_string(),
        registration_number,
        book_only: l.book_only,
        note: l.note.clone(),
        document_id,
    };
    line.id = store::insert_line(tx, &line)?;
    Ok((claim(tx, claim_id)?, line))
}

fn archive_receipt(
    tx: &Connection,
    l: &LineInput,
    employee: &str,
    name: &str,
    bytes: &[u8],
) -> Result<i64> {
    use crate::docs::archive::{Added, Meta, Vouched, add};
    let meta = Meta {
        doc_type: "receipt".into(),
        date: Some(l.date),
        amount: Some(l.amount),
        counterparty: l.payee.trim().to_string(),
        title: Some(format!("経費精算 {employee}")),
        tags: "経費精算".into(),
        note: l.note.clone(),
        link: Some(crate::docs::Link::Employee(employee.to_string())),
        contract: (None, None, None),
    };
    Ok(match add(tx, name, bytes, &meta, &Vouched)? {
        Added::New(id) | Added::Duplicate(id) => id,
    })
}

/// Removes a line from a draft claim.
pub fn remove_line(tx: &Connection, id: i64) -> Result<ClaimLine> {
    let Some(line) = store::line(tx, id)? else {
        bail!("there is no claim line {id}");
    };
    let c = claim(tx, line.claim_id)?;
    if c.status != "draft" {
        bail!(
            "claim {} is {}; only a draft's lines can be removed",
            c.id,
            c.status
        );
    }
    store::delete_line(tx, id)?;
    Ok(line)
}

/// Submits a draft claim.
pub fn submit(tx: &Connection, id: i64) -> Result<Claim> {
    let c = claim(tx, id)?;
    if c.status != "draft" {
        bail!("claim {id} is {}, not a draft", c.status);
    }
    if c.lines == 0 {
        bail!("claim {id} has no receipts");
    }
    store::set_status(
        tx,
        id,
        "submitted",
        None,
        None,
        &crate::kernel::clock::timestamp(),
    )?;
    claim(tx, id)
}

/// Sends a submitted claim back to its employee as a draft, with the reason.
pub fn reject(tx: &Connection, id: i64, reason: &str) -> Result<Claim> {
    let c = claim(tx, id)?;
    if c.status != "submitted" {
        bail!(
            "claim {id} is {}; only a submitted claim is sent back",
            c.status
        );
    }
    if reason.trim().is_empty() {
        bail!("say why: --reason");
    }
    check_length("reason", reason, LINE_MAX_CHARS)?;
    let at = crate::kernel::clock::timestamp();
    store::set_status(tx, id, "draft", Some(reason.trim()), None, &at)?;
    claim(tx, id)
}

/// Approves a submitted claim and posts it on `date`: each receipt's expense (with the tax it
/// cannot credit), the creditable input tax, the employee's advance used first, the rest owed
/// to the employee.
pub fn approve(tx: &Connection, id: i64, by: &str, date: NaiveDate) -> Result<Claim> {
    let c = claim(tx, id)?;
    if c.status != "submitted" {
        bail!("claim {id} is {}; submit it first", c.status);
    }
    check_length("approver", by, NAME_MAX_CHARS)?;
    if by.trim().is_empty() {
        bail!("say who approves: --by NAME");
    }
    let lines = store::lines(tx, id)?;
    if let Some(last) = lines.iter().map(|l| l.date).max().filter(|d| *d > date) {
        bail!("claim {id} has a receipt of {last}, after the approval date {date}");
    }
    let settings = ExpensesSettings::load(tx)?;
    let chart = Chart::load(tx)?;
    let advance = store::advance_balance(tx, c.employee_id)?.clamp(0, c.total);
    let mut out = debit_lines(tx, &chart, &lines)?;
    let credit = |account_id, amount, text: String| NewLine {
        account_id,
        debit: 0,
        credit: amount,
        description: Some(text),
        tax_category: "out_of_scope".into(),
    };
    if advance > 0 {
        let account = chart.resolve(&settings.advance)?.id;
        out.push(credit(account, advance, format!("仮払金精算 {}", c.name)));
    }
    if c.total > advance {
        let account = chart.resolve(&settings.payable)?.id;
        out.push(credit(
            account,
            c.total - advance,
            format!("立替経費 {}", c.name),
        ));
    }
    let entry_id = post(
        tx,
        date,
        format!("経費精算 #{id} {} {}", c.name, c.period),
        id,
        out,
    )?;
    if advance > 0 {
        store::insert_advance(
            tx,
            c.employee_id,
            date,
            -advance,
            "claim",
            Some(id),
            Some(entry_id),
        )?;
    }
    let at = crate::kernel::clock::timestamp();
    store::set_status(
        tx,
        id,
        "approved",
        None,
        Some((by.trim(), date, entry_id)),
        &at,
    )?;
    claim(tx, id)
}

/// Takes back an approval posted by mistake (not yet repaid or scheduled): the entry reversed
/// on `date`, the advance it used given back, the claim a draft again with the reason.
pub fn unapprove(tx: &Connection, id: i64, reason: &str, date: NaiveDate) -> Result<Claim> {
    let c = claim(tx, id)?;
    let Some(entry) = c.entry_id.filter(|_| c.status == "approved") else {
        bail!(
            "claim {id} is {}; only an approved claim is taken back",
            c.status
        );
    };
    if store::repayment(tx, id)?.is_some() {
        bail!("claim {id} is repaid or scheduled with a pay; it cannot be taken back");
    }
    if reason.trim().is_empty() {
        bail!("say why: --reason");
    }
    check_length("reason", reason, LINE_MAX_CHARS)?;
    let currency = crate::company::Company::load(tx)?.currency;
    crate::ledger::ops::reverse(tx, entry, date, |m| format!("取消 {m}"), &currency)?;
    let used = store::advance_used(tx, id)?;
    if used > 0 {
        store::insert_advance(tx, c.employee_id, date, used, "claim", Some(id), None)?;
    }
    let at = crate::kernel::clock::timestamp();
    store::set_status(tx, id, "draft", Some(reason.trim()), None, &at)?;
    claim(tx, id)
}

/// Per receipt: the expense with the tax it cannot credit, and the creditable tax.
fn debit_lines(tx: &Connection, chart: &Chart, lines: &[ClaimLine]) -> Result<Vec<NewLine>> {
    let payables = PayablesSettings::load(tx)?;
    let tax_account = chart.resolve(&payables.tax)?.id;
    let mut out = Vec::new();
    for l in lines {
        let class = class_of(
            l.registration_number.is_some(),
            l.book_only,
            payables.small_business,
            l.amount,
            l.date,
        );
        let percent = match class {
            CreditClass::Transition => crate::payables::ops::transition_percent(tx, l.date)?,
            _ => 100,
        };
        let f = figures(l.amount, l.rate, percent);
        let text = format!("{} {}", l.payee, class.note(percent));
        out.push(NewLine {
            account_id: l.account_id,
            debit: f.base + f.tax - f.creditable,
            credit: 0,
            description: Some(text),
            tax_category: crate::payables::ops::purchase_category(l.rate),
        });
        if f.creditable > 0 {
            out.push(NewLine {
                account_id: tax_account,
                debit: f.creditable,
                credit: 0,
                description: Some(format!("仮払消費税 {}% {}", l.rate, l.payee)),
                tax_category: "out_of_scope".into(),
            });
        }
    }
    Ok(out)
}

fn post(
    tx: &Connection,
    date: NaiveDate,
    memo: String,
    claim: i64,
    lines: Vec<NewLine>,
) -> Result<i64> {
    let entry = NewEntry {
        date,
        memo,
        reference: Some(format!("expense:{claim}")),
        origin: Origin::Expenses,
        import_hash: None,
        reverses: None,
        lines,
    };
    let currency = crate::company::Company::load(tx)?.currency;
    crate::ledger::post(tx, &entry, &currency)
}

/// Pays an employee an advance (仮払金) from cash or `from`.
pub fn advance(
    tx: &Connection,
    employee: &str,
    amount: i64,
    date: NaiveDate,
    from: Option<&str>,
) -> Result<i64> {
    move_advance(tx, employee, amount, date, from, "advance")
}

/// Takes back what an employee did not spend of an advance, into cash or `to`.
pub fn return_advance(
    tx: &Connection,
    employee: &str,
    amount: i64,
    date: NaiveDate,
    to: Option<&str>,
) -> Result<i64> {
    move_advance(tx, employee, amount, date, to, "returned")
}

fn move_advance(
    tx: &Connection,
    employee: &str,
    amount: i64,
    date: NaiveDate,
    other: Option<&str>,
    kind: &str,
) -> Result<i64> {
    let e = crate::people::by_code(tx, employee)?;
    if amount <= 0 || amount > AMOUNT_MAX {
        bail!("the amount {amount} is out of range (1 to {AMOUNT_MAX})");
    }
    let balance = store::advance_balance(tx, e.id)?;
    if kind == "returned" && amount > balance {
        bail!("{employee} holds {balance} of advances, not {amount}");
    }
    let settings = ExpensesSettings::load(tx)?;
    let chart = Chart::load(tx)?;
    let advance_account = chart.resolve(&settings.advance)?.id;
    let other = chart.resolve(other.unwrap_or(&settings.cash))?.id;
    let (debit, credit, memo) = match kind {
        "advance" => (advance_account, other, format!("仮払金 {}", e.name)),
        _ => (other, advance_account, format!("仮払金 返金 {}", e.name)),
    };
    let line = |account_id, debit, credit| NewLine {
        account_id,
        debit,
        credit,
        description: Some(memo.clone()),
        tax_category: "out_of_scope".into(),
    };
    let entry = NewEntry {
        date,
        memo: memo.clone(),
        reference: Some(format!("advance:{}", e.code)),
        origin: Origin::Expenses,
        import_hash: None,
        reverses: None,
        lines: vec![line(debit, amount, 0), line(credit, 0, amount)],
    };
    let currency = crate::company::Company::load(tx)?.currency;
    let entry_id = crate::ledger::post(tx, &entry, &currency)?;
    let signed = if kind == "advance" { amount } else { -amount };
    store::insert_advance(tx, e.id, date, signed, kind, None, Some(entry_id))?;
    Ok(entry_id)
}

/// Employees' advance balances: (code, name, balance).
pub fn advances(conn: &Connection) -> Result<Vec<(String, String, i64)>> {
    let mut out = store::advance_balances(conn)?
        .into_iter()
        .map(|(id, balance)| {
            let e = crate::people::by_id(conn, id)?;
            Ok((e.code, e.name, balance))
        })
        .collect::<Result<Vec<_>>>()?;
    out.sort();
    Ok(out)
}

/// What an approved claim still owes its employee: the total less the advance it used.
pub fn owed(conn: &Connection, c: &Claim) -> Result<i64> {
    Ok(c.total - store::advance_used(conn, c.id)?)
}

/// How to repay a claim.
#[derive(Debug, Clone, PartialEq)]
pub enum Via {
    /// With the pay of a month (non-taxable, raises the net only).
    Payroll(Month),
    /// In the next payment run (総合振込, with the suppliers' bills), to the account of the
    /// employee's pay settings.
    Run,
    /// At once, on a day, from cash or an account.
    Now {
        /// The day.
        date: NaiveDate,
        /// cash or transfer.
        how: &'static str,
        /// The account paid from (default: 現金 for cash, 普通預金 for a transfer).
        from: Option<String>,
    },
}

/// Repays an approved claim.
pub fn repay(tx: &Connection, id: i64, via: &Via) -> Result<Repayment> {
    let c = claim(tx, id)?;
    if c.status != "approved" {
        bail!("claim {id} is {}; approve it first", c.status);
    }
    if store::repayment(tx, id)?.is_some() {
        bail!("claim {id} is already repaid or scheduled");
    }
    let amount = owed(tx, &c)?;
    if amount <= 0 {
        bail!("claim {id} owes nothing: the advance covered it");
    }
    let (repayment, entry) = match via {
        Via::Payroll(month) => {
            crate::payroll::payouts::schedule_reimbursement(
                tx,
                &crate::payroll::Reimbursement {
                    employee_id: c.employee_id,
                    month: *month,
                    amount,
                    label: format!("経費精算 #{id}"),
                    source: source(id),
                },
            )?;
            let r = Repayment {
                via: "payroll".into(),
                month: Some(month.to_string()),
                date: None,
                amount,
            };
            (r, None)
        }
        Via::Run => {
            schedule_transfer(tx, &c, amount)?;
            let r = Repayment {
                via: "run".into(),
                month: None,
                date: None,
                amount,
            };
            (r, None)
        }
        Via::Now { date, how, from } => {
            let entry = pay_now(tx, &c, amount, *date, how, from.as_deref())?;
            let r = Repayment {
                via: (*how).into(),
                month: None,
                date: Some(*date),
                amount,
            };
            (r, Some(entry))
        }
    };
    store::insert_repayment(tx, id, &repayment, entry)?;
    Ok(repayment)
}

/// Schedules the claim's repayment into the next payment run: to the account the employee is
/// paid into (pay settings of this month), settling 未払金 when the run is confirmed.
fn schedule_transfer(tx: &Connection, c: &Claim, amount: i64) -> Result<()> {
    let e = crate::people::by_id(tx, c.employee_id)?;
    let month = Month::of(crate::kernel::clock::today()?);
    let (account, name_kana) = crate::payroll::outputs::employee_payee(tx, &e, month)?;
    let settings = ExpensesSettings::load(tx)?;
    let account_id = Chart::load(tx)?.resolve(&settings.payable)?.id;
    crate::payables::payees::schedule(
        tx,
        &crate::payables::payees::ScheduledPayee {
            source: source(c.id),
            label: format!("経費精算 #{} {}", c.id, e.name),
            account,
            name_kana,
            amount,
            account_id,
            edi: format!("EXP-{}", c.id),
        },
    )?;
    Ok(())
}

/// Takes back a repayment scheduled with a pay or a payment run and not yet made; the claim is
/// approved and unrepaid again. A repayment made at once (cash, transfer) has its entry and is
/// not taken back here.
pub fn unrepay(tx: &Connection, id: i64) -> Result<Repayment> {
    let c = claim(tx, id)?;
    let Some(r) = store::repayment(tx, id)? else {
        bail!("claim {id} is not repaid or scheduled");
    };
    match r.via.as_str() {
        "payroll" => crate::payroll::payouts::unschedule_reimbursement(tx, &source(c.id))?,
        "run" => crate::payables::payees::unschedule(tx, &source(c.id))?,
        how => bail!("claim {id} was repaid at once ({how}); reverse its entry by hand"),
    }
    store::delete_repayment(tx, id)?;
    Ok(r)
}

fn pay_now(
    tx: &Connection,
    c: &Claim,
    amount: i64,
    date: NaiveDate,
    how: &str,
    from: Option<&str>,
) -> Result<i64> {
    let settings = ExpensesSettings::load(tx)?;
    let chart = Chart::load(tx)?;
    let default = match how {
        "cash" => settings.cash.clone(),
        _ => PayablesSettings::load(tx)?.bank,
    };
    let from = chart.resolve(from.unwrap_or(&default))?.id;
    let owed = chart.resolve(&settings.payable)?.id;
    let text = format!("経費精算 #{} {}", c.id, c.name);
    let line = |account_id, debit, credit| NewLine {
        account_id,
        debit,
        credit,
        description: Some(text.clone()),
        tax_category: "out_of_scope".into(),
    };
    post(
        tx,
        date,
        format!("{text} 支払"),
        c.id,
        vec![line(owed, amount, 0), line(from, 0, amount)],
    )
}

/// The 総合振込 file paying the claims repaid by transfer on a day: one transfer per employee
/// into the account of their pay settings, the claims' numbers as EDI. (bytes, transfers, total)
pub fn transfer_file(conn: &Connection, date: NaiveDate) -> Result<(Vec<u8>, usize, i64)> {
    use crate::jp::zengin_transfer as zengin;
    let rows = store::transfers_on(conn, date)?;
    if rows.is_empty() {
        bail!(
            "no claim is repaid by transfer on {date} (`bko expenses repay CLAIM --transfer --date {date}`)"
        );
    }
    let mut out: Vec<zengin::Transfer> = Vec::new();
    let mut employees: Vec<i64> = rows.iter().map(|r| r.1).collect();
    employees.dedup();
    for id in employees {
        let e = crate::people::by_id(conn, id)?;
        let (account, kana) = crate::payroll::outputs::employee_payee(conn, &e, Month::of(date))?;
        let claims: Vec<&(i64, i64, i64)> = rows.iter().filter(|r| r.1 == id).collect();
        let numbers: Vec<String> = claims.iter().map(|r| format!("EXP-{}", r.0)).collect();
        let refs: Vec<&str> = numbers.iter().map(String::as_str).collect();
        out.push(zengin::Transfer {
            who: format!("employee {}", e.code),
            account,
            name_kana: kana,
            amount: claims.iter().map(|r| r.2).sum(),
            tail: zengin::Tail::Edi(zengin::edi_of(&refs)),
        });
    }
    let sender = crate::payroll::outputs::company_transfer_account(conn)?;
    let bytes = zengin::build(zengin::Kind::General, &sender, date, &out)?;
    Ok((bytes, out.len(), out.iter().map(|t| t.amount).sum()))
}
