//! The payables operations the commands call: suppliers added and changed (checked as entered,
//! bank details included, so that payday finds nothing wrong), bills entered with their entry,
//! voided, and the due and aging lists.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::settings::PayablesSettings;
use super::store;
use super::types::{Bill, BillInput, BillRate, NewBillRow, Supplier};
use super::{CreditClass, Withholding, credit_class, creditable, rate_totals};
use crate::invoice::PaymentTerms;
use crate::kernel::text::{
    CODE_MAX_CHARS, LINE_MAX_CHARS, NAME_MAX_CHARS, check_length, check_optional_length,
};
use crate::ledger::chart::Chart;
use crate::ledger::{NewEntry, NewLine, Origin};

/// A supplier by code; an unknown code is an error.
pub fn supplier(conn: &Connection, code: &str) -> Result<Supplier> {
    match store::supplier(conn, code)? {
        Some(s) => Ok(s),
        None => Err(crate::kernel::error::hinted(
            format!("unknown supplier '{code}'"),
            "`bko payables suppliers list`",
        )),
    }
}

/// Every supplier.
pub fn suppliers(conn: &Connection) -> Result<Vec<Supplier>> {
    store::suppliers(conn)
}

/// Checks a supplier's fields as entered: lengths, the T-number, payment terms, and bank
/// details a 総合振込 file can carry (digits of the right length, a Zengin kana name).
fn check_supplier(s: &mut Supplier) -> Result<()> {
    check_length("code", &s.code, CODE_MAX_CHARS)?;
    check_length("name", &s.name, NAME_MAX_CHARS)?;
    if s.code.trim().is_empty() || s.name.trim().is_empty() {
        bail!("a supplier needs a code and a name");
    }
    check_optional_length("kana", s.kana.as_deref(), NAME_MAX_CHARS)?;
    check_optional_length("address", s.address.as_deref(), LINE_MAX_CHARS)?;
    if let Some(t) = &s.registration_number {
        s.registration_number = Some(crate::jp::registration_number::normalize(t)?);
    }
    s.payment_terms = PaymentTerms::parse(&s.payment_terms)?.key();
    // A 総合振込 file carries no other bank details.
    use crate::jp::zengin::check_digits;
    check_digits("bank code", s.bank_code.as_deref(), 4, 4)?;
    check_digits("branch code", s.branch_code.as_deref(), 3, 3)?;
    check_digits("account number", s.account_number.as_deref(), 1, 7)?;
    if let Some(t) = &s.account_type {
        s.account_type = Some(crate::bank::DepositType::parse(t)?.key().to_string());
    }
    if let Some(h) = &s.holder_kana {
        s.holder_kana = Some(crate::jp::zengin::zengin_kana(h)?);
    }
    for (what, name) in [
        ("bank name", &mut s.bank_name),
        ("branch name", &mut s.branch_name),
    ] {
        if let Some(n) = name {
            use crate::jp::zengin::{BANK_NAME_WIDTH, check_name, zengin_kana};
            check_name(n, BANK_NAME_WIDTH, what)?;
            *name = Some(zengin_kana(n)?);
        }
    }
    if !matches!(s.fee_bearer.as_str(), "us" | "supplier") {
        bail!(
            "the transfer fee is borne by 'us' or 'supplier', not '{}'",
            s.fee_bearer
        );
    }
    Ok(())
}

/// Adds a supplier; `expense` and `payable` name ledger accounts (default: the settings').
pub fn add_supplier(
    tx: &Connection,
    s: Supplier,
    expense: Option<&str>,
    payable: Option<&str>,
) -> Result<Supplier> {
    if s.id != 0 {
        bail!("supplier '{}' is already stored", s.code);
    }
    add_or_replace_supplier(tx, s, expense, payable)
}

/// Stores a supplier (id 0: a new one) after checking it.
fn add_or_replace_supplier(
    tx: &Connection,
    mut s: Supplier,
    expense: Option<&str>,
    payable: Option<&str>,
) -> Result<Supplier> {
    check_supplier(&mut s)?;
    let chart = Chart::load(tx)?;
    let settings = PayablesSettings::load(tx)?;
    s.expense_account_id = expense
        .map(|e| chart.resolve(e).map(|a| a.id))
        .transpose()?;
    s.payable_account_id = chart.resolve(payable.unwrap_or(&settings.payable))?.id;
    s.id = store::save_supplier(tx, &s)?;
    Ok(s)
}

/// Enters the suppliers of an import: new codes are added, known ones replaced with the row's
/// fields (each checked as `suppliers add` checks them). Returns (added, replaced).
pub fn import_suppliers(
    tx: &Connection,
    rows: &[super::import::SupplierRow],
    file: &std::path::Path,
) -> Result<(usize, usize)> {
    let (mut added, mut replaced) = (0, 0);
    for row in rows {
        let at = |e: anyhow::Error| {
            crate::kernel::error::prefixed(format!("{}:{}", file.display(), row.line), e)
        };
        let mut s = row.supplier.clone();
        match store::supplier(tx, &s.code).map_err(at)? {
            Some(existing) => {
                s.id = existing.id;
                replaced += 1;
            }
            None => added += 1,
        }
        let (expense, payable) = (row.expense.as_deref(), row.payable.as_deref());
        add_or_replace_supplier(tx, s, expense, payable).map_err(at)?;
    }
    Ok((added, replaced))
}

/// The default tax rates of the suppliers that have one, by code (for bill lines without a rate).
pub fn default_tax_rates(conn: &Connection) -> Result<std::collections::HashMap<String, u32>> {
    Ok(store::suppliers(conn)?
        .into_iter()
        .filter_map(|s| s.tax_rate.map(|r| (s.code, r)))
        .collect())
}

/// Changes one field of a supplier ("" clears an optional one).
pub fn set_supplier(tx: &Connection, code: &str, field: &str, value: &str) -> Result<Supplier> {
    let mut s = supplier(tx, code)?;
    let opt = || Some(value.trim().to_string()).filter(|v| !v.is_empty());
    let chart = || Chart::load(tx);
    match field {
        "name" => s.name = value.trim().to_string(),
        "kana" => s.kana = opt(),
        "registration_number" => s.registration_number = opt(),
        "address" => s.address = opt(),
        "bank_code" => s.bank_code = opt(),
        "branch_code" => s.branch_code = opt(),
        "bank_name" => s.bank_name = opt(),
        "branch_name" => s.branch_name = opt(),
        "account_type" => s.account_type = opt(),
        "account_number" => s.account_number = opt(),
        "holder_kana" => s.holder_kana = opt(),
        "terms" => s.payment_terms = value.trim().to_string(),
        "fee_bearer" => s.fee_bearer = value.trim().to_string(),
        "covered" => s.covered = crate::kernel::settings::yes_no(value)? == "yes",
        "withholding" => s.withholding = Withholding::parse(value)?,
        "expense_account" => {
            s.expense_account_id = opt()
                .map(|v| chart()?.resolve(&v).map(|a| a.id))
                .transpose()?
        }
        "payable_account" => s.payable_account_id = chart()?.resolve(value)?.id,
        "tax_rate" => {
            s.tax_rate = opt()
                .map(|v| crate::jp::consumption_tax::parse_rate(&v))
                .transpose()?
        }
        other => bail!(
            "unknown field '{other}' (name, kana, registration_number, address, bank_code, branch_code, bank_name, branch_name, account_type, account_number, holder_kana, terms, fee_bearer, covered, withholding, expense_account, payable_account, tax_rate)"
        ),
    }
    check_supplier(&mut s)?;
    store::save_supplier(tx, &s)?;
    Ok(s)
}

/// What entering a bill found worth a warning (取適法).
#[derive(Debug, Clone, PartialEq)]
pub struct Entered {
    /// The stored bill.
    pub bill: Bill,
    /// Warnings: a covered supplier's bill due more than 60 days after receipt.
    pub warnings: Vec<String>,
}

/// What entering bills reads once, however many are entered: the chart, the settings, the
/// currency.
pub struct Books {
    chart: Chart,
    settings: PayablesSettings,
    currency: crate::kernel::money::Currency,
}

impl Books {
    /// Reads them.
    pub fn load(conn: &Connection) -> Result<Books> {
        Ok(Books {
            chart: Chart::load(conn)?,
            settings: PayablesSettings::load(conn)?,
            currency: crate::company::Company::load(conn)?.currency,
        })
    }
}

/// Enters a bill: per-rate tax, its credit class, withholding, the entry (expense and the
/// non-creditable tax / 仮払消費税等 / 預り金 / the payable), all in the caller's transaction.
pub fn enter_bill(tx: &Connection, input: &BillInput) -> Result<Entered> {
    enter_bill_in(tx, &Books::load(tx)?, input)
}

/// Enters a bill with `books` read once by the caller (an import of many).
pub fn enter_bill_in(tx: &Connection, books: &Books, input: &BillInput) -> Result<Entered> {
    let s = supplier(tx, &input.supplier)?;
    if input.lines.is_empty() {
        bail!("a bill needs at least one --line");
    }
    if let Some(number) = &input.number {
        check_length("number", number, CODE_MAX_CHARS)?;
        if store::open_bill_numbered(tx, s.id, number)?.is_some() {
            bail!(
                "{} already sent bill {number}; void that one first if this replaces it",
                s.code
            );
        }
    }
    let received = input.received.unwrap_or(input.date);
    if received < input.date {
        bail!("received {received} is before the bill date {}", input.date);
    }
    let due = match input.due {
        Some(d) => d,
        None => PaymentTerms::parse(&s.payment_terms)?.due_date(input.date),
    };
    let Figures {
        rates,
        class,
        percent,
        subtotal,
        tax,
        total,
        withholding,
    } = figures(tx, &s, &books.settings, input)?;
    let lines = resolve_lines(&books.chart, &s, &books.settings, input)?;
    let entry_id = post_bill(tx, books, &s, input, &lines, &rates, withholding)?;
    let row = NewBillRow {
        supplier_id: s.id,
        number: input.number.as_deref(),
        dates: (input.date, received, due),
        tax_included: input.tax_included,
        credit: (class, percent),
        amounts: (subtotal, tax, total, withholding),
        entry_id,
        at: &crate::kernel::clock::timestamp(),
    };
    let id = store::insert_bill(tx, &row, &lines, &rates)?;
    let bill = store::bill(tx, id)?.expect("just stored");
    let mut warnings = Vec::new();
    if let Some(days) = days_beyond_act(received, due).filter(|_| s.covered) {
        warnings.push(format!(
            "取適法: {} is covered and this bill is due {days} days after it was received (at most 60)",
            s.code
        ));
    }
    Ok(Entered { bill, warnings })
}

/// A bill's figures: tax per rate with its creditable part, the class, withholding.
struct Figures {
    rates: Vec<BillRate>,
    class: CreditClass,
    percent: i64,
    subtotal: i64,
    tax: i64,
    total: i64,
    withholding: i64,
}

fn figures(
    tx: &Connection,
    s: &Supplier,
    settings: &PayablesSettings,
    input: &BillInput,
) -> Result<Figures> {
    let totals = rate_totals(&input.lines, input.tax_included, &input.stated_tax)?;
    let (subtotal, tax): (i64, i64) = totals
        .iter()
        .fold((0, 0), |(b, t), (_, base, tax)| (b + base, t + tax));
    let total = subtotal + tax;
    let class = credit_class(
        s.registration_number.is_some(),
        input.book_only,
        settings.small_business,
        total,
        input.date,
    );
    let percent = match class {
        CreditClass::Transition => store::transition_percent(tx, input.date)?,
        _ => 100,
    };
    let rates = totals
        .iter()
        .map(|&(rate, base, tax)| BillRate {
            rate,
            base,
            tax,
            creditable: creditable(tax, percent),
        })
        .collect();
    Ok(Figures {
        rates,
        class,
        percent,
        subtotal,
        tax,
        total,
        // Withholding is figured on the tax-excluded amount when the bill shows the tax.
        withholding: s.withholding.tax_on(if tax > 0 { subtotal } else { total }),
    })
}

/// Each line's account (the line's, the supplier's, or the default) with the line.
fn resolve_lines(
    chart: &Chart,
    s: &Supplier,
    settings: &PayablesSettings,
    input: &BillInput,
) -> Result<Vec<(String, i64, u32, i64)>> {
    input
        .lines
        .iter()
        .map(|l| {
            let account = match (&l.account, s.expense_account_id) {
                (Some(a), _) => chart.resolve(a)?.id,
                (None, Some(id)) => id,
                (None, None) => chart.resolve(&settings.expense)?.id,
            };
            Ok((l.name.clone(), l.amount, l.rate, account))
        })
        .collect()
}

/// The bill's entry. Per rate, the tax-excluded base spreads over the lines' accounts in
/// proportion (the last line takes the remainder); the tax not creditable goes with it to the
/// rate's largest line; the creditable tax to 仮払消費税等; the withheld tax to 預り金; the rest is
/// owed to the supplier.
fn post_bill(
    tx: &Connection,
    books: &Books,
    s: &Supplier,
    input: &BillInput,
    lines: &[(String, i64, u32, i64)],
    rates: &[BillRate],
    withholding: i64,
) -> Result<i64> {
    let (chart, settings) = (&books.chart, &books.settings);
    let mut out = debit_lines(chart, settings, lines, rates)?;
    let total: i64 = rates.iter().map(|r| r.base + r.tax).sum();
    let credit = |account_id, amount, description: &str| NewLine {
        account_id,
        debit: 0,
        credit: amount,
        description: Some(description.to_string()),
        tax_category: "out_of_scope".into(),
    };
    if withholding > 0 {
        out.push(credit(
            chart.resolve(&settings.withholding)?.id,
            withholding,
            "源泉所得税",
        ));
    }
    out.push(credit(s.payable_account_id, total - withholding, &s.name));
    let number = input.number.as_deref().unwrap_or("");
    let entry = NewEntry {
        date: input.date,
        memo: format!("{} 請求書 {number}", s.name).trim_end().to_string(),
        reference: Some(format!("bill:{}:{number}", s.code)),
        origin: Origin::Payables,
        import_hash: None,
        reverses: None,
        lines: out,
    };
    crate::ledger::post(tx, &entry, &books.currency)
}

/// The debit side, per rate: the base spread over the lines' accounts in proportion (the last
/// takes the remainder), the non-creditable tax with the rate's largest line, the creditable
/// tax to 仮払消費税等.
fn debit_lines(
    chart: &Chart,
    settings: &PayablesSettings,
    lines: &[(String, i64, u32, i64)],
    rates: &[BillRate],
) -> Result<Vec<NewLine>> {
    let debit = |account_id, amount: i64, description: String, tax: &str| NewLine {
        account_id,
        debit: amount,
        credit: 0,
        description: Some(description),
        tax_category: tax.into(),
    };
    let mut out = Vec::new();
    for r in rates {
        let at_rate: Vec<&(String, i64, u32, i64)> =
            lines.iter().filter(|l| l.2 == r.rate).collect();
        let gross: i64 = at_rate.iter().map(|l| l.1).sum();
        let largest = at_rate
            .iter()
            .enumerate()
            .max_by_key(|(_, l)| l.1)
            .map_or(0, |(i, _)| i);
        let mut left = r.base;
        for (i, (name, amount, _, account)) in at_rate.iter().enumerate() {
            let last = i + 1 == at_rate.len();
            let share = if last {
                left
            } else {
                r.base * amount / gross.max(1)
            };
            left -= share;
            let extra = if i == largest {
                r.tax - r.creditable
            } else {
                0
            };
            if share + extra > 0 {
                let category = purchase_category(r.rate);
                out.push(debit(*account, share + extra, name.clone(), &category));
            }
        }
        if r.creditable > 0 {
            let account = chart.resolve(&settings.tax)?.id;
            let text = format!("仮払消費税 {}%", r.rate);
            out.push(debit(account, r.creditable, text, "out_of_scope"));
        }
    }
    Ok(out)
}

/// The tax category of a purchase at a rate (課対仕入10% / 8%軽, else out of scope).
pub fn purchase_category(rate: u32) -> String {
    match rate {
        10 => "purchase_10".into(),
        8 => "purchase_8r".into(),
        _ => "out_of_scope".into(),
    }
}

/// Archives a bill's scan in docs (type invoice; the bill's date, total and supplier as the
/// 電帳法 search keys; linked to its entry) and links it to the bill. The same file archived
/// before is linked, not stored twice.
pub fn archive_scan(tx: &Connection, bill: &Bill, file_name: &str, bytes: &[u8]) -> Result<i64> {
    archive_original(tx, bill, file_name, bytes, "受領請求書")
}

/// Archives a bill's original (a scan, or the XML of an e-invoice) with the given tags.
pub fn archive_original(
    tx: &Connection,
    bill: &Bill,
    file_name: &str,
    bytes: &[u8],
    tags: &str,
) -> Result<i64> {
    use crate::docs::archive::{Added, Meta, Vouched, add};
    let meta = Meta {
        doc_type: "invoice".into(),
        date: Some(bill.date),
        amount: Some(bill.total),
        counterparty: bill.supplier_name.clone(),
        title: Some(
            format!("請求書 {}", bill.number.as_deref().unwrap_or(""))
                .trim_end()
                .to_string(),
        ),
        tags: tags.into(),
        note: None,
        link: Some(crate::docs::Link::Entry(bill.entry_id)),
        contract: (None, None, None),
    };
    let id = match add(tx, file_name, bytes, &meta, &Vouched)? {
        Added::New(id) | Added::Duplicate(id) => id,
    };
    store::link_document(tx, bill.id, id)?;
    Ok(id)
}

/// The documents archived with a bill.
pub fn bill_documents(conn: &Connection, id: i64) -> Result<Vec<i64>> {
    store::bill_documents(conn, id)
}

/// Voids a bill: its entry reversed on `date`, the bill kept as void.
pub fn void_bill(tx: &Connection, id: i64, date: NaiveDate, reason: &str) -> Result<Bill> {
    let Some(bill) = store::bill(tx, id)? else {
        bail!("there is no bill {id}");
    };
    if bill.status != "open" {
        bail!("bill {id} is already void");
    }
    if bill.paid > 0 {
        bail!(
            "bill {id} has been paid ({}); a paid bill cannot be voided",
            bill.paid
        );
    }
    if reason.trim().is_empty() {
        bail!("say why: --reason");
    }
    let currency = crate::company::Company::load(tx)?.currency;
    let reversal = crate::ledger::ops::reverse(
        tx,
        bill.entry_id,
        date.max(bill.date),
        |m| format!("取消 {m}"),
        &currency,
    )?;
    store::void_bill(tx, id, date.max(bill.date), reversal, reason)?;
    Ok(store::bill(tx, id)?.expect("stored"))
}

/// Bills of a supplier (or all) dated in a range.
pub fn bills(
    conn: &Connection,
    supplier_code: Option<&str>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Bill>> {
    let id = supplier_code
        .map(|c| supplier(conn, c).map(|s| s.id))
        .transpose()?;
    store::bills(conn, id, from, to)
}

/// Bills dated by a day and not void that were still owed on it (payments after it do not
/// count): the aging as it stood.
pub fn owed_as_of(conn: &Connection, as_of: NaiveDate) -> Result<Vec<Bill>> {
    let later: std::collections::HashMap<i64, (i64, i64)> = store::paid_after(conn, as_of)?
        .into_iter()
        .map(|(id, amount, withheld)| (id, (amount, withheld)))
        .collect();
    let mut out = Vec::new();
    for mut b in store::bills(conn, None, crate::kernel::period::ALL_DATES.0, as_of)? {
        if let Some((amount, withheld)) = later.get(&b.id) {
            b.paid -= amount;
            b.withheld_paid -= withheld;
        }
        if b.status == "open" && b.outstanding() > 0 {
            out.push(b);
        }
    }
    Ok(out)
}

/// Open bills due on or before a day.
pub fn due(conn: &Connection, through: NaiveDate) -> Result<Vec<Bill>> {
    store::open_due_by(conn, through)
}

/// One bill with its rates.
pub fn bill(conn: &Connection, id: i64) -> Result<(Bill, Vec<BillRate>)> {
    let Some(b) = store::bill(conn, id)? else {
        bail!("there is no bill {id}");
    };
    let rates = store::bill_rates(conn, id)?;
    Ok((b, rates))
}

/// 取適法 findings: open bills of covered suppliers due more than 60 days after receipt, and
/// covered suppliers made to bear the transfer fee.
pub fn check(conn: &Connection) -> Result<Vec<String>> {
    let (first, last) = crate::kernel::period::ALL_DATES;
    let open: Vec<Bill> = store::bills(conn, None, first, last)?
        .into_iter()
        .filter(|b| b.status == "open")
        .collect();
    let mut out = Vec::new();
    for s in store::suppliers(conn)?.into_iter().filter(|s| s.covered) {
        if s.fee_bearer == "supplier" {
            out.push(format!(
                "{}: a covered supplier may not be made to bear the transfer fee",
                s.code
            ));
        }
        for b in open.iter().filter(|b| b.supplier == s.code) {
            if let Some(days) = days_beyond_act(b.received, b.due) {
                out.push(format!(
                    "{}: bill {} received {} is due {} — {days} days (at most 60)",
                    s.code, b.id, b.received, b.due
                ));
            }
        }
    }
    Ok(out)
}

/// 取適法: a covered supplier is paid within 60 days of receipt; the days when a bill is due
/// later.
fn days_beyond_act(received: NaiveDate, due: NaiveDate) -> Option<i64> {
    let days = (due - received).num_days();
    (days > 60).then_some(days)
}

/// The 経過措置 share for a purchase dated `date` from an unregistered seller (0 outside every
/// period).
pub fn transition_percent(conn: &Connection, date: NaiveDate) -> Result<i64> {
    store::transition_percent(conn, date)
}

/// The 経過措置 table.
pub fn transition_table(conn: &Connection) -> Result<Vec<(NaiveDate, NaiveDate, i64)>> {
    store::transition_table(conn)
}

/// Replaces the 経過措置 table from a CSV (valid_from,valid_to,percent): periods in order, not
/// overlapping, percents 0–100. Bills already entered keep the share they were entered with.
pub fn import_transition_table(tx: &Connection, path: &std::path::Path) -> Result<usize> {
    use crate::kernel::csvio::{ColumnSpec, CsvInput, Encoding};
    const COLUMNS: &[ColumnSpec] = &[
        ColumnSpec {
            name: "valid_from",
            aliases: &["開始日"],
            required: true,
        },
        ColumnSpec {
            name: "valid_to",
            aliases: &["終了日"],
            required: true,
        },
        ColumnSpec {
            name: "percent",
            aliases: &["控除割合"],
            required: true,
        },
    ];
    let mut input = CsvInput::open(path, Encoding::Auto)?;
    let cols = input.columns(COLUMNS)?;
    let mut rows: Vec<(NaiveDate, NaiveDate, i64)> = Vec::new();
    while let Some(row) = input.next_row()? {
        let get = |name: &str| row.get(cols.get(name).copied());
        let date = |name: &'static str| {
            crate::kernel::period::parse_date(get(name)).map_err(|e| row.error(name, e))
        };
        let (from, to) = (date("valid_from")?, date("valid_to")?);
        let percent: i64 = match get("percent").parse() {
            Ok(p) if (0..=100).contains(&p) => p,
            _ => {
                return Err(row.error(
                    "percent",
                    format!("'{}' is not a percent from 0 to 100", get("percent")),
                ));
            }
        };
        if to < from {
            return Err(row.error("valid_to", format!("{to} is before {from}")));
        }
        if let Some((_, last_to, _)) = rows.last()
            && from <= *last_to
        {
            return Err(row.error(
                "valid_from",
                format!("{from} overlaps the period before (to {last_to})"),
            ));
        }
        rows.push((from, to, percent));
    }
    store::replace_transition_table(tx, &rows)?;
    Ok(rows.len())
}
