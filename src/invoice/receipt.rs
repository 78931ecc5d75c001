//! Receipts (領収書) for recorded payments (the money itself is `receipts.rs`): the amount
//! received, the tax in it per rate and the issuer's T-number — a qualified simplified invoice
//! (適格簡易請求書) —, the 宛名 and 但し書き; on paper, the 収入印紙 it needs, judged on the
//! tax-excluded amount because the tax is stated (shared/japan-rules.md §10); electronic, none.
//! One receipt per payment: writing it again gives a copy marked 再発行.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::desk_store as store;
use crate::kernel::period::FiscalYear;
use crate::kernel::text::{LINE_MAX_CHARS, NAME_MAX_CHARS, check_length};

/// A payment as a receipt sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentFigures {
    /// Payment id.
    pub id: i64,
    /// Its invoice.
    pub invoice_id: i64,
    /// When it arrived.
    pub date: NaiveDate,
    /// Money received.
    pub amount: i64,
    /// The fee the payer deducted (the invoice counts it paid).
    pub fee: i64,
    /// Beyond what was open (kept as 前受金).
    pub overpaid: i64,
    /// Reversed since.
    pub reversed: bool,
}

/// A receipt.
#[derive(Debug, Clone, PartialEq)]
pub struct Receipt {
    /// Row id.
    pub id: i64,
    /// Its number (RCT-2026-0001).
    pub number: String,
    /// The payment.
    pub payment_id: i64,
    /// The invoice paid.
    pub invoice: String,
    /// 発行日.
    pub date: NaiveDate,
    /// 宛名 with its honorific.
    pub name: String,
    /// 但し書き.
    pub note: String,
    /// 金額: what the payment settled of the invoice.
    pub amount: i64,
    /// Handed over on paper.
    pub paper: bool,
    /// The amount the stamp duty was judged on (tax excluded).
    pub duty_base: i64,
    /// 収入印紙 needed (0 electronic or under ¥50,000).
    pub stamp_duty: i64,
    /// How many times written (2 and more: 再発行).
    pub copies: i64,
    /// Per rate: (rate, amount tax included, tax).
    pub rates: Vec<(u32, i64, i64)>,
}

/// What to write a receipt for.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// The payment (needed when the invoice has several).
    pub payment: Option<i64>,
    /// The invoice paid.
    pub invoice: Option<String>,
    /// 宛名 (default: the invoice's addressee with its honorific).
    pub name: Option<String>,
    /// 但し書き (default: "INV-… 代金として").
    pub note: Option<String>,
    /// Handed over on paper.
    pub paper: bool,
    /// 発行日 (default: the payment's date).
    pub date: Option<NaiveDate>,
}

/// The payment a request names: by id, or the only one of the invoice.
fn payment_of(conn: &Connection, req: &Request) -> Result<PaymentFigures> {
    if let Some(id) = req.payment {
        return store::payment(conn, id)?
            .ok_or_else(|| anyhow::anyhow!("there is no payment {id}"));
    }
    let Some(number) = &req.invoice else {
        bail!("name the invoice (NUMBER) or the payment (--payment ID)");
    };
    let inv = super::issue::issued(conn, number)?;
    let mut live = store::live_payments(conn, inv.id)?;
    match live.len() {
        0 => bail!("no payment of {number} is recorded (`bko invoice pay {number} …` first)"),
        1 => Ok(live.remove(0)),
        _ => {
            let ids: Vec<String> = live
                .iter()
                .map(|p| format!("{} ({})", p.id, p.date))
                .collect();
            Err(crate::kernel::error::hinted(
                format!("{number} has {} payments: {}", live.len(), ids.join(", ")),
                "`bko invoice receipt --payment ID`",
            ))
        }
    }
}

/// The tax in each rate's share of `amount`: all of the invoice's when the payment settles it
/// in full, else in proportion to each rate's gross, rounded down (the last rate takes the
/// rest of the amount).
pub fn rate_shares(amount: i64, rates: &[(u32, i64, i64)]) -> Vec<(u32, i64, i64)> {
    let total: i64 = rates.iter().map(|(_, gross, _)| gross).sum();
    if amount == total {
        return rates.to_vec();
    }
    let mut left = amount;
    let mut out = Vec::new();
    for (i, (rate, gross, tax)) in rates.iter().enumerate() {
        let share = if i + 1 == rates.len() {
            left
        } else {
            amount * gross / total.max(1)
        };
        left -= share;
        out.push((*rate, share, tax * share / (*gross).max(1)));
    }
    out
}

/// Writes the receipt of a payment: a new one (numbered, stored), or a copy of the one already
/// written (counted, marked 再発行). Returns it and whether it is a copy.
pub fn write(tx: &Connection, req: &Request) -> Result<(Receipt, bool)> {
    let p = payment_of(tx, req)?;
    if let Some(existing) = store::for_payment(tx, p.id)? {
        if req.name.as_ref().is_some_and(|n| *n != existing.name) || req.paper != existing.paper {
            bail!(
                "receipt {} was written for this payment (to {}, {}); a copy is the same document",
                existing.number,
                existing.name,
                if existing.paper {
                    "on paper"
                } else {
                    "electronic"
                }
            );
        }
        store::add_copy(tx, existing.id)?;
        return Ok((
            Receipt {
                copies: existing.copies + 1,
                ..existing
            },
            true,
        ));
    }
    if p.reversed {
        bail!("payment {} was reversed; there is nothing to receipt", p.id);
    }
    let inv = store_invoice(tx, p.invoice_id)?;
    let amount = p.amount + p.fee - p.overpaid;
    let rates: Vec<(u32, i64, i64)> = inv
        .rates
        .iter()
        .map(|r| (r.rate, r.base + r.tax, r.tax))
        .collect();
    let rates = rate_shares(amount, &rates);
    let tax: i64 = rates.iter().map(|r| r.2).sum();
    let number = inv.number.clone().unwrap_or_default();
    let addressee = &inv.parties.addressee;
    let name = req.name.clone().unwrap_or_else(|| {
        let honorific = addressee.honorific.map(|h| h.as_str()).unwrap_or("様");
        format!("{} {honorific}", addressee.name)
    });
    let note = req
        .note
        .clone()
        .unwrap_or_else(|| format!("{number} 代金として"));
    check_length("name", &name, NAME_MAX_CHARS)?;
    check_length("note", &note, LINE_MAX_CHARS)?;
    let date = req.date.unwrap_or(p.date);
    let duty_base = amount - tax;
    let mut receipt = Receipt {
        id: 0,
        number: next_number(tx, date)?,
        payment_id: p.id,
        invoice: number,
        date,
        name,
        note,
        amount,
        paper: req.paper,
        duty_base,
        stamp_duty: if req.paper {
            crate::jp::stamp_duty::on_receipt(duty_base)
        } else {
            0
        },
        copies: 1,
        rates,
    };
    receipt.id = store::insert(tx, &receipt, &crate::kernel::clock::timestamp())?;
    Ok((receipt, false))
}

fn store_invoice(conn: &Connection, id: i64) -> Result<super::Invoice> {
    super::store::invoice_by_id(conn, id)?
        .ok_or_else(|| anyhow::anyhow!("the payment's invoice {id} is missing"))
}

fn next_number(tx: &Connection, date: NaiveDate) -> Result<String> {
    let settings = super::issue::InvoiceSettings::load(tx)?;
    let company = crate::company::Company::load(tx)?;
    let fy = FiscalYear::starting_in(company.fiscal_year_start).year_of(date);
    let seq = super::store::next_sequence(tx, "receipt", fy)?;
    let number = super::format_number(
        &settings.receipt_pattern,
        fy,
        chrono::Datelike::month(&date),
        seq,
    );
    super::check_document_number(&number)?;
    Ok(number)
}

/// Receipts dated in a range.
pub fn list(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<Receipt>> {
    store::between(conn, from, to)
}

/// Archives a receipt's PDF in docs (type receipt, its date, amount and addressee, linked to
/// the invoice); the same bytes twice are stored once.
pub fn archive(tx: &Connection, r: &Receipt, bytes: &[u8]) -> Result<()> {
    use crate::docs::archive::{Meta, Vouched, add};
    let meta = Meta {
        doc_type: "receipt".into(),
        date: Some(r.date),
        amount: Some(r.amount),
        counterparty: r.name.clone(),
        title: Some(format!("{} 領収書", r.number)),
        tags: "bko,領収書".into(),
        note: (r.copies > 1).then(|| format!("再発行 {}", r.copies)),
        link: Some(crate::docs::Link::Invoice(r.invoice.clone())),
        contract: (None, None, None),
    };
    add(
        tx,
        &format!("{}-{}.pdf", r.number, r.copies),
        bytes,
        &meta,
        &Vouched,
    )?;
    Ok(())
}

/// The delivery note (納品書) of an issued invoice as PDF, archived in docs (type
/// delivery-note, linked to the invoice).
pub fn delivery_note(
    tx: &Connection,
    number: &str,
    company: &crate::company::Company,
    lang: crate::kernel::output::Lang,
    prices: bool,
) -> Result<Vec<u8>> {
    use crate::docs::archive::{Meta, Vouched, add};
    let inv = super::issue::issued(tx, number)?;
    if inv.kind != super::DocumentKind::Invoice {
        bail!("{number} is a credit note; a delivery note goes with an invoice");
    }
    let bytes = super::pdf::delivery_note_pdf(&inv, &company.currency, lang, prices)?;
    let meta = Meta {
        doc_type: "delivery-note".into(),
        date: Some(inv.date),
        amount: prices.then_some(inv.total),
        counterparty: inv.parties.addressee.name.clone(),
        title: Some(format!("{number} 納品書")),
        tags: "bko,納品書".into(),
        note: None,
        link: Some(crate::docs::Link::Invoice(number.to_string())),
        contract: (None, None, None),
    };
    let suffix = if prices { "" } else { "-no-prices" };
    add(
        tx,
        &format!("{number}-delivery{suffix}.pdf"),
        &bytes,
        &meta,
        &Vouched,
    )?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partial_payment_takes_its_share_of_each_rates_tax() {
        // 10%: 110,000 (tax 10,000); 8%: 54,000 (tax 4,000); total 164,000.
        let rates = [(10, 110_000, 10_000), (8, 54_000, 4_000)];
        assert_eq!(rate_shares(164_000, &rates), rates.to_vec());
        // Half: 82,000 → 10%: 55,000 (tax 5,000), 8%: 27,000 (tax 2,000).
        assert_eq!(
            rate_shares(82_000, &rates),
            vec![(10, 55_000, 5_000), (8, 27_000, 2_000)]
        );
        // An odd amount: the shares add up to it, taxes rounded down.
        let shares = rate_shares(10_001, &rates);
        assert_eq!(shares.iter().map(|s| s.1).sum::<i64>(), 10_001);
        assert_eq!(shares[0], (10, 6_707, 609));
    }
}
