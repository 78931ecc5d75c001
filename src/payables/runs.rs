//! Paying suppliers: a payment run (支払予定) gathers the open bills due by a day into one
//! transfer per supplier — the fee deducted when the supplier bears it —, writes the 全銀 総合振込
//! file, and on confirmation posts the payments; a bill paid otherwise (cash, card) is paid by
//! hand. Each payment makes its share of the bill's withholding due to the tax office.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::ops::supplier;
use super::settings::PayablesSettings;
use super::store;
use super::types::{Bill, NewBillPayment, PaymentRun, RunLine, RunTransfer, Supplier};
use crate::jp::zengin_transfer as zengin;
use crate::ledger::chart::Chart;
use crate::ledger::{NewEntry, NewLine, Origin};

/// What to pay in a run.
#[derive(Debug, Clone, Default)]
pub struct RunRequest {
    /// 振込指定日.
    pub date: Option<NaiveDate>,
    /// Take bills due on or before (default: the date).
    pub due_through: Option<NaiveDate>,
    /// Only these suppliers (codes); empty: all.
    pub suppliers: Vec<String>,
    /// Pay this much of these bills now (a partial payment; the bill is taken whatever its due).
    pub partial: Vec<(i64, i64)>,
    /// Pay from this account (default: the setting).
    pub account: Option<String>,
}

/// A run with its lines and transfers.
#[derive(Debug, Clone, PartialEq)]
pub struct RunView {
    /// The run.
    pub run: PaymentRun,
    /// What it pays of each bill.
    pub lines: Vec<RunLine>,
    /// One transfer per supplier.
    pub transfers: Vec<RunTransfer>,
    /// Transfers other areas scheduled (expense claims repaid by 総合振込).
    pub payees: Vec<super::payees::Payee>,
}

impl RunView {
    /// How many transfers the bank file carries.
    pub fn transfer_count(&self) -> usize {
        self.transfers.len() + self.payees.len()
    }

    /// What the run transfers in all.
    pub fn total(&self) -> i64 {
        let payees: i64 = self.payees.iter().map(|p| p.scheduled.amount).sum();
        self.transfers.iter().map(|t| t.amount).sum::<i64>() + payees
    }
}

/// Builds the draft run, replacing an earlier draft: every open bill due by the day (or named
/// with a partial amount), one transfer per supplier. Returns it and warnings.
pub fn build_run(tx: &Connection, req: &RunRequest) -> Result<(RunView, Vec<String>)> {
    let Some(date) = req.date else {
        bail!("a run needs --date (the 振込指定日)");
    };
    let due_through = req.due_through.unwrap_or(date);
    let settings = PayablesSettings::load(tx)?;
    let chart = Chart::load(tx)?;
    let account_id = chart
        .resolve(req.account.as_deref().unwrap_or(&settings.bank))?
        .id;
    if let Some(old) = store::draft_run(tx)? {
        super::payees::release(tx, old.id)?;
        store::delete_draft(tx, old.id)?;
    }
    // The suppliers named, checked once; bills are then picked by their supplier's code.
    let only: Vec<String> = req
        .suppliers
        .iter()
        .map(|c| supplier(tx, c).map(|s| s.code))
        .collect::<Result<_>>()?;
    let lines = run_lines(tx, req, due_through, &only)?;
    if lines.is_empty() && !super::payees::any_pending(tx)? {
        bail!("no open bills are due by {due_through} and no other transfer is scheduled");
    }
    let mut warnings = Vec::new();
    let transfers = transfers(tx, &settings, &lines, &mut warnings)?;
    let run = PaymentRun {
        id: 0,
        date,
        due_through,
        status: "draft".into(),
        account_id,
        entry_id: None,
        fee_entry_id: None,
    };
    let at = crate::kernel::clock::timestamp();
    let id = store::insert_run(tx, &run, &lines, &transfers, &at)?;
    super::payees::take_pending(tx, id, |amount| settings.transfer_fee.on(amount))?;
    Ok((view(tx, id)?, warnings))
}

/// The lines: the partial amounts asked for, then every other open bill due by the day.
fn run_lines(
    tx: &Connection,
    req: &RunRequest,
    due_through: NaiveDate,
    only: &[String],
) -> Result<Vec<RunLine>> {
    let mut out = Vec::new();
    for &(bill_id, amount) in &req.partial {
        let (bill, _) = super::ops::bill(tx, bill_id)?;
        if bill.status != "open" || bill.outstanding() <= 0 {
            bail!("bill {bill_id} is not open");
        }
        if amount <= 0 || amount > bill.outstanding() {
            bail!(
                "bill {bill_id} has {} left to pay; --pay {bill_id}={amount} is out of range",
                bill.outstanding()
            );
        }
        out.push(line_of(&bill, amount));
    }
    for bill in store::open_due_by(tx, due_through)? {
        let chosen = out.iter().any(|l| l.bill_id == bill.id);
        if !chosen && (only.is_empty() || only.contains(&bill.supplier)) {
            out.push(line_of(&bill, bill.outstanding()));
        }
    }
    Ok(out)
}

fn line_of(bill: &Bill, amount: i64) -> RunLine {
    RunLine {
        bill_id: bill.id,
        supplier: bill.supplier.clone(),
        number: bill.number.clone(),
        due: bill.due,
        amount,
        withheld: bill.withheld_share(amount),
    }
}

/// One transfer per supplier: its bills together, the bank's fee for it, deducted when the
/// supplier bears it (never from one 取適法 covers). A supplier without bank details stops
/// the run, naming what to set.
fn transfers(
    tx: &Connection,
    settings: &PayablesSettings,
    lines: &[RunLine],
    warnings: &mut Vec<String>,
) -> Result<Vec<RunTransfer>> {
    let mut codes: Vec<&str> = lines.iter().map(|l| l.supplier.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    let mut out = Vec::new();
    for code in codes {
        let s = supplier(tx, code)?;
        bank_details(&s)?;
        let of_supplier: Vec<&RunLine> = lines.iter().filter(|l| l.supplier == code).collect();
        let gross: i64 = of_supplier.iter().map(|l| l.amount).sum();
        let bank_fee = settings.transfer_fee.on(gross);
        let deducted = match (s.fee_bearer.as_str(), s.covered) {
            ("supplier", true) => {
                warnings.push(format!(
                    "{code}: 取適法 forbids making a covered supplier bear the fee; not deducted"
                ));
                0
            }
            ("supplier", false) if bank_fee == 0 => {
                warnings.push(format!(
                    "{code} bears the transfer fee but payables_transfer_fee is not set; nothing deducted"
                ));
                0
            }
            ("supplier", false) => bank_fee,
            _ => 0,
        };
        if deducted >= gross {
            bail!("{code}: the fee {deducted} is not less than the payment {gross}");
        }
        let numbers: Vec<&str> = of_supplier
            .iter()
            .filter_map(|l| l.number.as_deref())
            .collect();
        out.push(RunTransfer {
            supplier_id: s.id,
            supplier: s.code.clone(),
            name: s.name.clone(),
            amount: gross - deducted,
            deducted,
            bank_fee,
            edi: zengin::edi_of(&numbers),
        });
    }
    Ok(out)
}

/// The supplier's account as the 総合振込 file needs it.
fn bank_details(s: &Supplier) -> Result<zengin::Account> {
    let missing = |field: &str| {
        crate::kernel::error::hinted(
            format!("supplier {} has no {field} for the transfer", s.code),
            format!("`bko payables suppliers set {} {field} ...`", s.code),
        )
    };
    Ok(zengin::Account {
        bank_code: s.bank_code.clone().ok_or_else(|| missing("bank_code"))?,
        bank_name: s.bank_name.clone().unwrap_or_default(),
        branch_code: s
            .branch_code
            .clone()
            .ok_or_else(|| missing("branch_code"))?,
        branch_name: s.branch_name.clone().unwrap_or_default(),
        account_type: deposit_digit(s.account_type.as_deref()).to_string(),
        account_number: s
            .account_number
            .clone()
            .ok_or_else(|| missing("account_number"))?,
    })
}

/// 預金種目 as the file writes it: 1 普通, 2 当座, 4 貯蓄.
fn deposit_digit(kind: Option<&str>) -> &'static str {
    match kind {
        Some("checking") => "2",
        Some("savings") => "4",
        _ => "1",
    }
}

/// A run with its lines and transfers.
pub fn view(conn: &Connection, id: i64) -> Result<RunView> {
    let Some(run) = store::run(conn, id)? else {
        return Err(crate::kernel::error::hinted(
            format!("there is no payment run {id}"),
            "`bko payables runs`",
        ));
    };
    Ok(RunView {
        lines: store::run_lines(conn, id)?,
        transfers: store::run_transfers(conn, id)?,
        payees: super::payees::of_run(conn, id)?,
        run,
    })
}

/// Every run, newest first.
pub fn runs(conn: &Connection) -> Result<Vec<RunView>> {
    store::runs(conn)?
        .into_iter()
        .map(|r| view(conn, r.id))
        .collect()
}

/// The 総合振込 file of a run (draft or confirmed): (bytes, transfers, total).
pub fn transfer_file(conn: &Connection, id: i64) -> Result<(Vec<u8>, usize, i64)> {
    let v = view(conn, id)?;
    if v.run.status == "cancelled" {
        bail!("payment run {id} was cancelled");
    }
    let settings = PayablesSettings::load(conn)?;
    let mut sender = crate::payroll::outputs::company_transfer_account(conn)?;
    if !settings.consignor_code.is_empty() {
        sender.consignor_code = settings.consignor_code.clone();
    }
    let mut out = Vec::new();
    for t in &v.transfers {
        let s = supplier(conn, &t.supplier)?;
        let Some(name) = s.holder_kana.clone().or(s.kana.clone()) else {
            return Err(crate::kernel::error::hinted(
                format!("supplier {} has no holder_kana for the transfer", s.code),
                format!("`bko payables suppliers set {} holder_kana ｶ)...`", s.code),
            ));
        };
        out.push(zengin::Transfer {
            who: format!("supplier {}", s.code),
            account: bank_details(&s)?,
            name_kana: name,
            amount: t.amount,
            tail: zengin::Tail::Edi(t.edi.clone()),
        });
    }
    for p in &v.payees {
        out.push(zengin::Transfer {
            who: p.scheduled.label.clone(),
            account: p.scheduled.account.clone(),
            name_kana: p.scheduled.name_kana.clone(),
            amount: p.scheduled.amount,
            tail: zengin::Tail::Edi(p.scheduled.edi.clone()),
        });
    }
    let bytes = zengin::build(zengin::Kind::General, &sender, v.run.date, &out)?;
    Ok((bytes, out.len(), out.iter().map(|t| t.amount).sum()))
}

/// Drops the draft run.
pub fn cancel(tx: &Connection, id: i64) -> Result<()> {
    let v = view(tx, id)?;
    if v.run.status != "draft" {
        bail!(
            "payment run {id} is {}; only a draft can be cancelled",
            v.run.status
        );
    }
    super::payees::release(tx, id)?;
    store::delete_draft(tx, id)
}

/// Confirms a draft: one entry for the transfers (each bill's payable settled, the bank paid,
/// fees deducted credited back to 支払手数料), one for the bank's fees when they are known, and
/// a payment per bill. A bill voided or paid since the run was built stops it.
pub fn confirm(tx: &Connection, id: i64) -> Result<RunView> {
    let v = view(tx, id)?;
    if v.run.status != "draft" {
        bail!("payment run {id} is {}, not a draft", v.run.status);
    }
    for l in &v.lines {
        let (bill, _) = super::ops::bill(tx, l.bill_id)?;
        if bill.status != "open" || bill.outstanding() < l.amount {
            return Err(crate::kernel::error::hinted(
                format!("bill {} changed since the run was built", l.bill_id),
                format!("`bko payables run --date {}` builds it again", v.run.date),
            ));
        }
    }
    let settings = PayablesSettings::load(tx)?;
    let chart = Chart::load(tx)?;
    let entry = post_transfers(tx, &chart, &settings, &v)?;
    let fee_entry = post_bank_fees(tx, &chart, &settings, &v)?;
    for l in &v.lines {
        store::insert_payment(
            tx,
            &NewBillPayment {
                bill_id: l.bill_id,
                date: v.run.date,
                amount: l.amount,
                withheld: l.withheld,
                run_id: Some(id),
                entry_id: entry,
            },
        )?;
    }
    let at = crate::kernel::clock::timestamp();
    store::confirm_run(tx, id, entry, fee_entry, &at)?;
    view(tx, id)
}

fn out_of_scope(account_id: i64, debit: i64, credit: i64, text: String) -> NewLine {
    NewLine {
        account_id,
        debit,
        credit,
        description: Some(text),
        tax_category: "out_of_scope".into(),
    }
}

/// A fee (tax included) as its base on 支払手数料 and its tax on 仮払消費税等, on the debit
/// side (`debit`) or credited back.
fn fee_lines(
    chart: &Chart,
    settings: &PayablesSettings,
    fee: i64,
    debit: bool,
    text: &str,
) -> Result<Vec<NewLine>> {
    let tax = crate::jp::consumption_tax::tax_included_in(fee, 10);
    let side = |amount: i64| if debit { (amount, 0) } else { (0, amount) };
    let (d, c) = side(fee - tax);
    let mut out = vec![NewLine {
        account_id: chart.resolve(&settings.fee_account)?.id,
        debit: d,
        credit: c,
        description: Some(text.to_string()),
        tax_category: "purchase_10".into(),
    }];
    if tax > 0 {
        let (d, c) = side(tax);
        let account = chart.resolve(&settings.tax)?.id;
        out.push(out_of_scope(account, d, c, format!("{text} 消費税")));
    }
    Ok(out)
}

fn post_transfers(
    tx: &Connection,
    chart: &Chart,
    settings: &PayablesSettings,
    v: &RunView,
) -> Result<i64> {
    // Each supplier read once, not once per bill.
    let suppliers: std::collections::HashMap<&str, Supplier> = v
        .transfers
        .iter()
        .map(|t| Ok((t.supplier.as_str(), supplier(tx, &t.supplier)?)))
        .collect::<Result<_>>()?;
    let mut lines = Vec::new();
    for l in &v.lines {
        let s = &suppliers[l.supplier.as_str()];
        let text = format!("{} {}", s.name, l.number.as_deref().unwrap_or(""))
            .trim_end()
            .to_string();
        lines.push(out_of_scope(s.payable_account_id, l.amount, 0, text));
    }
    // One bank line per transfer: a statement that lists each transfer matches each, one that
    // shows the run's total matches the entry whole (bank::matching).
    for t in &v.transfers {
        let text = format!("総合振込 {}", t.name);
        lines.push(out_of_scope(v.run.account_id, 0, t.amount, text));
    }
    for t in v.transfers.iter().filter(|t| t.deducted > 0) {
        let text = format!("振込手数料 {} 負担", t.name);
        lines.extend(fee_lines(chart, settings, t.deducted, false, &text)?);
    }
    for p in &v.payees {
        let (amount, label) = (p.scheduled.amount, &p.scheduled.label);
        lines.push(out_of_scope(
            p.scheduled.account_id,
            amount,
            0,
            label.clone(),
        ));
        lines.push(out_of_scope(
            v.run.account_id,
            0,
            amount,
            format!("総合振込 {label}"),
        ));
    }
    post(
        tx,
        v.run.date,
        format!("支払 総合振込 #{}", v.run.id),
        v.run.id,
        lines,
    )
}

fn post_bank_fees(
    tx: &Connection,
    chart: &Chart,
    settings: &PayablesSettings,
    v: &RunView,
) -> Result<Option<i64>> {
    let charged: Vec<(i64, &str)> = v
        .transfers
        .iter()
        .map(|t| (t.bank_fee, t.name.as_str()))
        .chain(
            v.payees
                .iter()
                .map(|p| (p.bank_fee, p.scheduled.label.as_str())),
        )
        .filter(|(fee, _)| *fee > 0)
        .collect();
    let fees: i64 = charged.iter().map(|(fee, _)| fee).sum();
    if fees == 0 {
        return Ok(None);
    }
    let mut lines = fee_lines(chart, settings, fees, true, "振込手数料")?;
    for (fee, name) in charged {
        lines.push(out_of_scope(
            v.run.account_id,
            0,
            fee,
            format!("振込手数料 {name}"),
        ));
    }
    let memo = format!("振込手数料 総合振込 #{}", v.run.id);
    post(tx, v.run.date, memo, v.run.id, lines).map(Some)
}

fn post(
    tx: &Connection,
    date: NaiveDate,
    memo: String,
    run: i64,
    lines: Vec<NewLine>,
) -> Result<i64> {
    let entry = NewEntry {
        date,
        memo,
        reference: Some(format!("payrun:{run}")),
        origin: Origin::Payables,
        import_hash: None,
        reverses: None,
        lines,
    };
    let currency = crate::company::Company::load(tx)?.currency;
    crate::ledger::post(tx, &entry, &currency)
}

/// Pays a bill by hand (cash, card, a transfer made elsewhere): Dr the payable / Cr the
/// account, the payment recorded with its share of the withholding.
pub fn pay(
    tx: &Connection,
    bill_id: i64,
    date: NaiveDate,
    amount: Option<i64>,
    account: Option<&str>,
) -> Result<(Bill, i64)> {
    let (bill, _) = super::ops::bill(tx, bill_id)?;
    if bill.status != "open" || bill.outstanding() <= 0 {
        bail!("bill {bill_id} is not open");
    }
    if date < bill.date {
        bail!(
            "the payment date {date} is before the bill date {}",
            bill.date
        );
    }
    let amount = amount.unwrap_or(bill.outstanding());
    if amount <= 0 || amount > bill.outstanding() {
        bail!(
            "bill {bill_id} has {} left to pay, not {amount}",
            bill.outstanding()
        );
    }
    let settings = PayablesSettings::load(tx)?;
    let chart = Chart::load(tx)?;
    let from = chart.resolve(account.unwrap_or(&settings.bank))?.id;
    let s = supplier(tx, &bill.supplier)?;
    let text = format!("{} {}", s.name, bill.number.as_deref().unwrap_or(""))
        .trim_end()
        .to_string();
    let entry = NewEntry {
        date,
        memo: format!("支払 {text}"),
        reference: Some(format!("billpay:{bill_id}")),
        origin: Origin::Payables,
        import_hash: None,
        reverses: None,
        lines: vec![
            out_of_scope(s.payable_account_id, amount, 0, text.clone()),
            out_of_scope(from, 0, amount, text),
        ],
    };
    let currency = crate::company::Company::load(tx)?.currency;
    let entry_id = crate::ledger::post(tx, &entry, &currency)?;
    store::insert_payment(
        tx,
        &NewBillPayment {
            bill_id,
            date,
            amount,
            withheld: bill.withheld_share(amount),
            run_id: None,
            entry_id,
        },
    )?;
    let (bill, _) = super::ops::bill(tx, bill_id)?;
    Ok((bill, entry_id))
}

/// A bill's payments.
pub fn payments_of(conn: &Connection, bill_id: i64) -> Result<Vec<super::types::PaymentRow>> {
    store::payments_of(conn, bill_id)
}

/// Reverses a confirmed run on `date`: its entries mirrored, its payments marked reversed, the
/// bills owed again, the run cancelled. (A transfer the bank already made is undone at the
/// bank; this puts the books back.)
pub fn reverse_run(tx: &Connection, id: i64, date: NaiveDate) -> Result<RunView> {
    let v = view(tx, id)?;
    let (Some(entry), "confirmed") = (v.run.entry_id, v.run.status.as_str()) else {
        bail!(
            "payment run {id} is {}; only a confirmed run is reversed",
            v.run.status
        );
    };
    let currency = crate::company::Company::load(tx)?.currency;
    let memo = |m: &str| format!("取消 {m}");
    let reversal = crate::ledger::ops::reverse(tx, entry, date, memo, &currency)?;
    if let Some(fees) = v.run.fee_entry_id {
        crate::ledger::ops::reverse(tx, fees, date, memo, &currency)?;
    }
    store::mark_reversed(tx, None, Some(id), date, reversal)?;
    store::cancel_run(tx, id)?;
    // Kept for the record: the cancelled run still lists what it had paid.
    let reversed = view(tx, id)?;
    super::payees::release(tx, id)?;
    Ok(reversed)
}

/// Reverses a bill paid by hand: its entry mirrored on `date`, the bill owed again.
pub fn reverse_payment(tx: &Connection, id: i64, date: NaiveDate) -> Result<Bill> {
    let Some(p) = store::payment(tx, id)? else {
        bail!("there is no bill payment {id}");
    };
    if let Some(run) = p.run_id {
        bail!("payment {id} was made by run {run}: `bko payables reverse --run {run}`");
    }
    if p.reversed_on.is_some() {
        bail!("payment {id} is already reversed");
    }
    let currency = crate::company::Company::load(tx)?.currency;
    let reversal =
        crate::ledger::ops::reverse(tx, p.entry_id, date, |m| format!("取消 {m}"), &currency)?;
    store::mark_reversed(tx, Some(id), None, date, reversal)?;
    Ok(super::ops::bill(tx, p.bill_id)?.0)
}
