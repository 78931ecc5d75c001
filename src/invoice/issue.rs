//! The invoice operations that touch the books: issue (number, snapshot, journal entry), void,
//! pay and credit. Each runs inside the caller's transaction and posts through `ledger::post`,
//! so the document and its entry are written together or not at all.

use anyhow::{Result, bail};
use chrono::NaiveDate;

use super::store::{self};
use super::{
    Addressee, Issuer, LineInput, PaymentTerms, Rounding, TaxPricing, compute_totals,
    format_number, sales_tax_category,
};
use super::{DocumentKind, DocumentStatus, Invoice, NewDocument, Parties};
use crate::company::{Company, Contact};
use crate::jp::tax_category;
use crate::kernel::period::FiscalYear;
use crate::ledger::{self, Chart, NewEntry, NewLine};

/// The invoice settings with their defaults (jp-standard account codes).
pub struct InvoiceSettings {
    /// Numbering pattern of invoices.
    pub invoice_pattern: String,
    /// Numbering pattern of credit notes.
    pub credit_pattern: String,
    /// Receipt numbers.
    pub receipt_pattern: String,
    /// Quote numbers.
    pub quote_pattern: String,
    /// Days a quote is valid by default.
    pub quote_valid_days: i64,
    /// Numbers of delivery notes made on their own.
    pub delivery_pattern: String,
    /// Tax rounding (once per invoice per rate).
    pub tax_rounding: Rounding,
    /// Line amount rounding.
    pub line_rounding: Rounding,
    /// 売掛金.
    pub receivable: String,
    /// 売上高.
    pub sales: String,
    /// 仮受消費税等.
    pub tax_received: String,
    /// 売上値引・返品 (credit notes).
    pub returns: String,
    /// 前受金 (overpayments).
    pub advances: String,
    /// 支払手数料 (bank fees the customer deducted).
    pub fee: String,
    /// 仮払消費税等 (tax in those fees).
    pub tax_paid: String,
    /// Where payments arrive by default (普通預金).
    pub bank: String,
}

impl InvoiceSettings {
    /// Reads the settings, falling back to the defaults.
    pub fn load(conn: &rusqlite::Connection) -> Result<InvoiceSettings> {
        let get = |key: &str| super::settings::get(conn, key);
        Ok(InvoiceSettings {
            invoice_pattern: get("invoice_number_pattern")?,
            credit_pattern: get("credit_note_number_pattern")?,
            receipt_pattern: get("receipt_number_pattern")?,
            quote_pattern: get("quote_number_pattern")?,
            quote_valid_days: get("quote_valid_days")?.parse()?,
            delivery_pattern: get("delivery_note_number_pattern")?,
            tax_rounding: Rounding::parse(&get("invoice_tax_rounding")?)?,
            line_rounding: Rounding::parse(&get("invoice_line_rounding")?)?,
            receivable: get("invoice_receivable_account")?,
            sales: get("invoice_sales_account")?,
            tax_received: get("invoice_tax_account")?,
            returns: get("invoice_returns_account")?,
            advances: get("invoice_advance_account")?,
            fee: get("invoice_fee_account")?,
            tax_paid: get("invoice_fee_tax_account")?,
            bank: get("invoice_bank_account")?,
        })
    }
}

/// What issuing, paying and crediting read once per command: the company, the invoice settings,
/// the chart of accounts and the issuer block.
pub struct Books {
    /// Company settings.
    pub company: Company,
    /// Invoice settings.
    pub settings: InvoiceSettings,
    /// Chart of accounts.
    pub chart: Chart,
    /// The issuer block as it stands now.
    pub issuer: Issuer,
}

impl Books {
    /// Loads everything once.
    pub fn load(conn: &rusqlite::Connection) -> Result<Books> {
        Ok(Books {
            company: Company::load(conn)?,
            settings: InvoiceSettings::load(conn)?,
            chart: Chart::load(conn)?,
            issuer: issuer(conn)?,
        })
    }
}

/// The issuer block from the company settings.
pub fn issuer(conn: &rusqlite::Connection) -> Result<Issuer> {
    let contact = Contact::load(conn)?;
    Ok(Issuer {
        name: Company::load(conn)?.name,
        registration_number: contact.registration_number,
        postal_code: contact.postal_code,
        address: contact.address,
        phone: contact.phone,
        email: contact.email,
        bank_account: contact.bank_account,
    })
}

/// What `issue` needs to create a document.
pub struct DocumentInput {
    /// Customer code.
    pub customer: String,
    /// Date (default today).
    pub date: NaiveDate,
    /// Due date (default from the customer's terms).
    pub due_date: Option<NaiveDate>,
    /// Subject.
    pub subject: Option<String>,
    /// Note.
    pub note: Option<String>,
    /// Lines.
    pub lines: Vec<LineInput>,
    /// Pricing override.
    pub pricing: Option<TaxPricing>,
    /// Issue without the T-number (not a qualified invoice).
    pub not_qualified: bool,
}

/// Stores a draft invoice and returns its id.
pub fn create_draft(
    conn: &rusqlite::Connection,
    books: &Books,
    input: &DocumentInput,
) -> Result<i64> {
    let super::preview::Prepared {
        customer,
        pricing,
        totals,
        due,
    } = super::preview::prepare(conn, books, input)?;
    let lines: Vec<(LineInput, i64)> = input
        .lines
        .iter()
        .cloned()
        .zip(totals.line_amounts.iter().copied())
        .collect();
    store::insert_draft(
        conn,
        &NewDocument {
            kind: DocumentKind::Invoice,
            customer_id: customer.id,
            date: input.date,
            due_date: due,
            subject: input.subject.as_deref(),
            note: input.note.as_deref(),
            tax_pricing: pricing,
            qualified: !input.not_qualified,
            original_id: None,
            reason: None,
            lines: &lines,
            rates: &totals.rates,
            totals: (totals.subtotal, totals.tax, totals.total),
        },
    )
}

/// Issues a draft: checks the qualified-invoice requirement, takes the next number, snapshots the
/// parties and posts 売掛金 / 売上高 (per rate) + 仮受消費税等 (per rate). Returns the number.
pub fn issue_draft(conn: &rusqlite::Connection, books: &Books, id: i64) -> Result<String> {
    let Some(inv) = store::invoice_by_id(conn, id)? else {
        bail!("there is no draft {id}");
    };
    if inv.status != DocumentStatus::Draft {
        bail!(
            "{} is already issued",
            inv.number.as_deref().unwrap_or("the document")
        );
    }
    let issuer = books.issuer.clone();
    if inv.qualified && issuer.registration_number.is_none() {
        return Err(crate::kernel::error::hinted(
            "the company has no registration number (T + 13 digits), so this cannot be a qualified invoice (適格請求書)",
            "`bko company set registration_number T...`, or issue with --not-qualified",
        ));
    }
    ledger::refuse_locked(conn, inv.date)?;
    let s = &books.settings;
    let pattern = match inv.kind {
        DocumentKind::CreditNote => &s.credit_pattern,
        DocumentKind::Invoice => &s.invoice_pattern,
    };
    let series = inv.kind.key();
    let fy = FiscalYear::starting_in(books.company.fiscal_year_start).year_of(inv.date);
    let seq = store::next_sequence(conn, series, fy)?;
    let number = format_number(pattern, fy, chrono::Datelike::month(&inv.date), seq);
    // A pattern set by an older bko may make numbers that are paths; never write one.
    super::check_document_number(&number).map_err(|e| {
        crate::kernel::error::hinted(
            format!("the numbering pattern makes '{number}': {e:#}"),
            "`bko company set invoice_number_pattern INV-{{YYYY}}-{{NNNN}}`",
        )
    })?;
    let customer = store::customer_by_id(conn, inv.customer_id)?;
    let entry = issue_entry(&books.chart, s, &inv, &number, &customer.addressee.name)?;
    let entry_id = ledger::post(conn, &entry, &books.company.currency)?;
    let terms = PaymentTerms::parse(&customer.payment_terms)
        .ok()
        .map(|t| t.label_ja());
    let parties = Parties {
        issuer: if inv.qualified {
            issuer
        } else {
            Issuer {
                registration_number: None,
                ..issuer
            }
        },
        addressee: Addressee {
            ..customer.addressee.clone()
        },
        terms,
    };
    store::mark_issued(conn, id, &number, entry_id, &parties)?;
    Ok(number)
}

/// A rate's base by the category it is booked under: the 0% base is exempt (非課税) but for the
/// lines outside the scope of the tax (不課税). Empty parts are left out.
fn revenue_parts(inv: &Invoice, r: &crate::invoice::RateTotal) -> Vec<(i64, &'static str)> {
    let out_of_scope: i64 = inv
        .lines
        .iter()
        .filter(|(l, _)| l.rate == r.rate && l.out_of_scope)
        .map(|(_, amount)| amount)
        .sum();
    [
        (r.base - out_of_scope, sales_tax_category(r.rate)),
        (out_of_scope, tax_category::OUT_OF_SCOPE),
    ]
    .into_iter()
    .filter(|(base, _)| *base > 0)
    .collect()
}

/// The journal entry of an issued invoice (or, mirrored, a credit note).
fn issue_entry(
    chart: &Chart,
    s: &InvoiceSettings,
    inv: &Invoice,
    number: &str,
    customer_name: &str,
) -> Result<NewEntry> {
    let account = |name: &str, key: &str| -> Result<i64> {
        chart.resolve(name).map(|a| a.id).map_err(|e| {
            crate::kernel::error::hinted(
                format!("{e:#}"),
                format!("set the account with `bko company set {key} CODE`"),
            )
        })
    };
    let receivable = account(&s.receivable, "invoice_receivable_account")?;
    let credit_note = inv.kind == DocumentKind::CreditNote;
    let revenue = if credit_note {
        account(&s.returns, "invoice_returns_account")?
    } else {
        account(&s.sales, "invoice_sales_account")?
    };
    let tax_account = account(&s.tax_received, "invoice_tax_account")?;
    let mut lines = vec![NewLine {
        account_id: receivable,
        debit: inv.total,
        credit: 0,
        description: None,
        tax_category: tax_category::OUT_OF_SCOPE.into(),
    }];
    for r in &inv.rates {
        for (base, category) in revenue_parts(inv, r) {
            lines.push(NewLine {
                account_id: revenue,
                debit: 0,
                credit: base,
                description: None,
                tax_category: category.into(),
            });
        }
        if r.tax > 0 {
            lines.push(NewLine {
                account_id: tax_account,
                debit: 0,
                credit: r.tax,
                description: Some(format!("消費税 {}%", r.rate)),
                tax_category: tax_category::OUT_OF_SCOPE.into(),
            });
        }
    }
    if credit_note {
        for l in &mut lines {
            std::mem::swap(&mut l.debit, &mut l.credit);
        }
    }
    let what = if credit_note { "返還" } else { "請求" };
    Ok(NewEntry {
        date: inv.date,
        memo: format!("{what} {number} {customer_name}"),
        reference: Some(number.to_string()),
        origin: if credit_note {
            crate::ledger::Origin::CreditNote
        } else {
            crate::ledger::Origin::Invoice
        },
        import_hash: None,
        reverses: None,
        lines,
    })
}

/// Voids an issued invoice that has no payments or credit notes: posts the reversal of its entry.
pub fn void(
    conn: &rusqlite::Connection,
    books: &Books,
    number: &str,
    date: NaiveDate,
    reason: Option<&str>,
) -> Result<i64> {
    let inv = issued(conn, number)?;
    if store::payment_count(conn, inv.id)? > 0 {
        bail!("{number} has payments; issue a credit note instead of voiding it");
    }
    if store::settled(conn, inv.id, crate::invoice::far_future())? > 0 {
        bail!("{number} has credit notes; it cannot be voided");
    }
    if date < inv.date {
        bail!(
            "the void date {date} is before the invoice date {}",
            inv.date
        );
    }
    let Some(entry_id) = inv.entry_id else {
        bail!("{number} has no ledger entry")
    };
    let Some(original) = ledger::entry_by_id(conn, entry_id)? else {
        bail!("entry {entry_id} is missing")
    };
    if let Some(by) = ledger::reversed_by(conn, entry_id)? {
        bail!(
            "the entry of {number} (entry {entry_id}) was already reversed by entry {by}; issue a credit note instead"
        );
    }
    let memo = format!(
        "取消 {number}{}",
        reason.map(|r| format!(" ({r})")).unwrap_or_default()
    );
    let entry = ledger::reversal_of(&original, date, memo, Some(number.to_string()));
    let reversal = ledger::post(conn, &entry, &books.company.currency)?;
    store::mark_void(conn, inv.id, date, reversal, reason)?;
    Ok(reversal)
}

/// An issued (not void, not draft) document by number.
pub fn issued(conn: &rusqlite::Connection, number: &str) -> Result<Invoice> {
    let Some(inv) = store::invoice_by_number(conn, number)? else {
        return Err(crate::kernel::error::hinted(
            format!("there is no invoice '{number}'"),
            "`bko invoice list` shows them",
        ));
    };
    match inv.status {
        DocumentStatus::Void => bail!("{number} is void"),
        DocumentStatus::Draft => bail!("{number} is a draft"),
        DocumentStatus::Issued => Ok(inv),
    }
}

/// The outcome of a payment.
pub struct PaymentOutcome {
    /// Ledger entry.
    pub entry_id: i64,
    /// The payment's row id.
    pub payment_id: i64,
    /// Still open after it.
    pub open: i64,
    /// Kept as 前受金.
    pub overpaid: i64,
}

/// Records a payment of `amount` received (after the customer deducted `fee`): Dr bank + fee
/// (with its tax split out) / Cr 売掛金, and any excess Cr 前受金.
pub fn pay(
    conn: &rusqlite::Connection,
    books: &Books,
    number: &str,
    date: NaiveDate,
    amount: i64,
    fee: i64,
    bank: Option<&str>,
) -> Result<PaymentOutcome> {
    let inv = issued(conn, number)?;
    if inv.kind != DocumentKind::Invoice {
        bail!("{number} is a credit note; payments apply to invoices");
    }
    if date < inv.date {
        bail!(
            "the payment date {date} is before the invoice date {}",
            inv.date
        );
    }
    if amount <= 0 || fee < 0 {
        bail!("the amount must be positive and the fee not negative");
    }
    let open = inv.total - store::settled(conn, inv.id, crate::invoice::far_future())?;
    if open <= 0 {
        bail!("{number} is already paid in full");
    }
    let s = &books.settings;
    let chart = &books.chart;
    let bank_account = chart.resolve(bank.unwrap_or(&s.bank))?;
    let overpaid = (amount + fee - open).max(0);
    let lines = payment_lines(books, bank_account.id, amount, fee, overpaid)?;
    let customer = store::customer_by_id(conn, inv.customer_id)?;
    let entry = NewEntry {
        date,
        memo: format!("入金 {number} {}", customer.addressee.name),
        reference: Some(number.to_string()),
        origin: crate::ledger::Origin::Payment,
        import_hash: None,
        reverses: None,
        lines,
    };
    let entry_id = ledger::post(conn, &entry, &books.company.currency)?;
    let payment_id = store::insert_payment(
        conn,
        inv.id,
        date,
        amount,
        fee,
        overpaid,
        bank_account.id,
        entry_id,
    )?;
    Ok(PaymentOutcome {
        entry_id,
        payment_id,
        open: (open - amount - fee).max(0),
        overpaid,
    })
}

/// The lines of a payment: Dr bank and the fee (its consumption tax split out) / Cr 売掛金, and
/// Cr 前受金 for what was paid over the open amount.
fn payment_lines(
    books: &Books,
    bank_account: i64,
    amount: i64,
    fee: i64,
    overpaid: i64,
) -> Result<Vec<NewLine>> {
    let s = &books.settings;
    let resolve = |name: &str| books.chart.resolve(name).map(|a| a.id);
    // The fee is what the bank charged, tax included: 仮払消費税等 = floor(fee × 10/110).
    let fee_tax = crate::jp::consumption_tax::tax_included_in(fee, 10);
    let mut lines = vec![NewLine {
        account_id: bank_account,
        debit: amount,
        credit: 0,
        description: None,
        tax_category: tax_category::OUT_OF_SCOPE.into(),
    }];
    if fee > 0 {
        lines.push(NewLine {
            account_id: resolve(&s.fee)?,
            debit: fee - fee_tax,
            credit: 0,
            description: Some("振込手数料".into()),
            tax_category: "purchase_10".into(),
        });
        if fee_tax > 0 {
            lines.push(NewLine {
                account_id: resolve(&s.tax_paid)?,
                debit: fee_tax,
                credit: 0,
                description: Some("振込手数料 消費税".into()),
                tax_category: tax_category::OUT_OF_SCOPE.into(),
            });
        }
    }
    lines.push(NewLine {
        account_id: resolve(&s.receivable)?,
        debit: 0,
        credit: amount + fee - overpaid,
        description: None,
        tax_category: tax_category::OUT_OF_SCOPE.into(),
    });
    if overpaid > 0 {
        lines.push(NewLine {
            account_id: resolve(&s.advances)?,
            debit: 0,
            credit: overpaid,
            description: Some("過入金".into()),
            tax_category: tax_category::OUT_OF_SCOPE.into(),
        });
    }
    Ok(lines)
}

/// Creates and issues a credit note (適格返還請求書) against an issued invoice: the given lines,
/// or all of the invoice's lines. Returns its number.
pub fn credit(
    conn: &rusqlite::Connection,
    books: &Books,
    number: &str,
    date: NaiveDate,
    lines: Vec<LineInput>,
    reason: Option<&str>,
) -> Result<String> {
    let inv = issued(conn, number)?;
    if inv.kind != DocumentKind::Invoice {
        bail!("{number} is a credit note itself");
    }
    if date < inv.date {
        bail!(
            "the credit note date {date} is before the invoice date {}",
            inv.date
        );
    }
    let lines = if lines.is_empty() {
        inv.lines.iter().map(|(l, _)| l.clone()).collect()
    } else {
        lines
    };
    let s = &books.settings;
    let totals = compute_totals(
        &lines,
        inv.tax_pricing,
        s.line_rounding,
        s.tax_rounding,
        &books.company.currency,
    )?;
    let open = inv.total - store::settled(conn, inv.id, crate::invoice::far_future())?;
    if totals.total > open {
        bail!(
            "{number} has only {} open (after payments and earlier credit notes); a credit note cannot exceed it",
            books.company.currency.display(open)
        );
    }
    refuse_credit_beyond_rates(conn, &inv, number, &totals.rates, &books.company.currency)?;
    let with_amounts: Vec<(LineInput, i64)> = lines
        .into_iter()
        .zip(totals.line_amounts.iter().copied())
        .collect();
    let id = store::insert_draft(
        conn,
        &NewDocument {
            kind: DocumentKind::CreditNote,
            customer_id: inv.customer_id,
            date,
            due_date: None,
            subject: inv.subject.as_deref(),
            note: None,
            tax_pricing: inv.tax_pricing,
            qualified: inv.qualified,
            original_id: Some(inv.id),
            reason,
            lines: &with_amounts,
            rates: &totals.rates,
            totals: (totals.subtotal, totals.tax, totals.total),
        },
    )?;
    issue_draft(conn, books, id)
}

/// A credit note returns what the invoice charged, rate by rate (適格返還請求書 state the returned
/// amount per rate): no rate the invoice did not charge, and no more at a rate than the invoice
/// charged there less earlier credit notes.
fn refuse_credit_beyond_rates(
    conn: &rusqlite::Connection,
    inv: &Invoice,
    number: &str,
    credit: &[crate::invoice::RateTotal],
    currency: &crate::kernel::money::Currency,
) -> Result<()> {
    let earlier = store::credited_by_rate(conn, inv.id)?;
    for c in credit {
        let Some(charged) = inv.rates.iter().find(|r| r.rate == c.rate) else {
            let charged: Vec<String> = inv.rates.iter().map(|r| format!("{}%", r.rate)).collect();
            bail!(
                "{number} charged nothing at {}% (its rates: {}); a credit note returns what the \
                 invoice charged, at the same rate",
                c.rate,
                charged.join(", ")
            );
        };
        let (base_before, tax_before) = earlier
            .iter()
            .find(|(rate, _, _)| *rate == c.rate)
            .map_or((0, 0), |(_, b, t)| (*b, *t));
        let left = charged.base + charged.tax - base_before - tax_before;
        if c.base + c.tax > left {
            bail!(
                "{number} has only {} left to return at {}% (charged {}, credited before {}); a \
                 credit note cannot return more",
                currency.display(left),
                c.rate,
                currency.display(charged.base + charged.tax),
                currency.display(base_before + tax_before)
            );
        }
    }
    Ok(())
}

/// What the archive keeps of an issued invoice or credit note.
pub fn issued_document(inv: &Invoice) -> crate::docs::IssuedDocument {
    crate::docs::IssuedDocument {
        number: inv.number.clone().unwrap_or_default(),
        credit_note: inv.kind == DocumentKind::CreditNote,
        date: inv.date,
        total: inv.total,
        counterparty: inv.parties.addressee.name.clone(),
        subject: inv.subject.clone(),
    }
}

/// An issued document with what its PDF needs (its original invoice, for a credit note).
pub fn load_for_pdf(
    conn: &rusqlite::Connection,
    number: &str,
) -> Result<(Invoice, Option<super::pdf::Original>)> {
    let Some(inv) = store::invoice_by_number(conn, number)? else {
        bail!("there is no invoice '{number}'");
    };
    let original = match inv.original_id {
        Some(id) => store::invoice_by_id(conn, id)?.map(|o| super::pdf::Original {
            number: o.number.unwrap_or_default(),
            date: o.date,
        }),
        None => None,
    };
    Ok((inv, original))
}

/// Renders the PDF of an issued document.
pub fn render_document(
    conn: &rusqlite::Connection,
    company: &Company,
    number: &str,
    lang: crate::kernel::output::Lang,
) -> Result<Vec<u8>> {
    let (inv, original) = load_for_pdf(conn, number)?;
    super::pdf::invoice_pdf(&inv, original.as_ref(), &company.currency, lang)
}
