//! An issued invoice or credit note as a JP PINT (Peppol) e-invoice: the parties as they stood at
//! issue, each line's net amount and category, one tax subtotal per rate with the tax exactly as
//! bko rounded it (once per invoice per rate), the payment terms and the bank account. The XML
//! itself is `jp::pint`'s; this file only maps bko's invoice onto it.

use anyhow::{Result, bail};
use rust_decimal::Decimal;

use super::types::{Customer, DocumentKind, Invoice, TaxPricing};
use crate::jp::pint::{self, Category, Document, Line, Party, Payment, Subtotal};
use crate::kernel::error::hinted;
use crate::kernel::money::share_in_proportion;

/// The e-invoice of an issued document to `buyer` (`original`: the number a credit note
/// returns).
pub fn document(inv: &Invoice, buyer: &Customer, original: Option<String>) -> Result<Document> {
    let number = inv.number.clone().unwrap_or_default();
    let issuer = &inv.parties.issuer;
    let Some(seller_number) = issuer.registration_number.clone().filter(|_| inv.qualified) else {
        return Err(hinted(
            format!("{number} was issued without the registration number (登録番号)"),
            "a JP PINT invoice is a qualified invoice: set it with `bko company set \
             registration_number T…` before issuing",
        ));
    };
    let Some(endpoint) = buyer_endpoint(buyer) else {
        return Err(hinted(
            format!("{number}: the customer has no Peppol address"),
            format!(
                "set it: `bko invoice customers set {} peppol_id SCHEME:ID`, or its \
                 registration_number (a corporation's 13 digits, the 法人番号, are its address \
                 under scheme 0188)",
                buyer.code
            ),
        ));
    };
    let lines = lines(inv)?;
    let subtotals = subtotals(inv, &lines);
    let note = [
        inv.subject.clone(),
        inv.note.clone(),
        inv.reason.clone().map(|r| format!("返品・値引の理由: {r}")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>();
    Ok(Document {
        credit_note: inv.kind == DocumentKind::CreditNote,
        number,
        issue_date: inv.date,
        due_date: inv.due_date,
        period: (inv.date, inv.date),
        note: (!note.is_empty()).then(|| note.join("\n")),
        currency: "JPY".into(),
        billing_reference: original,
        seller: Party {
            endpoint: Some((
                pint::CORPORATE_NUMBER_SCHEME.to_string(),
                seller_number[1..].to_string(),
            )),
            name: issuer.name.clone(),
            registration_number: Some(seller_number),
            postal_code: issuer.postal_code.clone(),
            address: issuer.address.clone(),
        },
        buyer: Party {
            endpoint: Some(endpoint),
            name: inv.parties.addressee.name.clone(),
            registration_number: buyer.registration_number.clone(),
            postal_code: inv.parties.addressee.postal_code.clone(),
            address: inv.parties.addressee.address.clone(),
        },
        lines,
        subtotals,
        payment_terms: inv.parties.terms.clone(),
        payment: issuer.bank_account.clone().map(|account| Payment {
            account,
            holder: None,
        }),
    })
}

/// The buyer's Peppol address: its own `peppol_id`, else scheme 0188 with the 13 digits of its
/// registration number.
fn buyer_endpoint(buyer: &Customer) -> Option<(String, String)> {
    if let Some((scheme, id)) = buyer.peppol_id.as_deref().and_then(|p| p.split_once(':')) {
        return Some((scheme.to_string(), id.to_string()));
    }
    let number = buyer.registration_number.as_deref()?;
    Some((
        pint::CORPORATE_NUMBER_SCHEME.to_string(),
        number.trim_start_matches('T').to_string(),
    ))
}

/// One subtotal per rate with bko's tax; the 0% rate split into exempt (E) and out-of-scope (O)
/// by its lines.
fn subtotals(inv: &Invoice, lines: &[Line]) -> Vec<Subtotal> {
    let mut out = Vec::new();
    for r in &inv.rates {
        if r.rate != 0 {
            let category = Category::of_rate(r.rate);
            out.push(Subtotal {
                category,
                percent: Some(Decimal::from(r.rate)),
                taxable: r.base,
                tax: r.tax,
            });
            continue;
        }
        for category in [Category::E, Category::O] {
            let members: Vec<&Line> = lines.iter().filter(|l| l.category == category).collect();
            if members.is_empty() {
                continue;
            }
            out.push(Subtotal {
                category,
                percent: (category == Category::E).then_some(Decimal::ZERO),
                taxable: members.iter().map(|l| l.net_amount).sum(),
                tax: 0,
            });
        }
    }
    out
}

/// The lines with net amounts: as they are for tax-exclusive pricing; for tax-inclusive pricing
/// each rate's net total (what bko computed: total less the tax rounded once) is shared among its
/// lines in proportion, the yen left by flooring going to the largest remainders, so the lines of
/// a rate add up to its taxable amount exactly.
fn lines(inv: &Invoice) -> Result<Vec<Line>> {
    let mut net: Vec<i64> = inv.lines.iter().map(|(_, amount)| *amount).collect();
    if inv.tax_pricing == TaxPricing::Inclusive {
        for rate in &inv.rates {
            let members: Vec<usize> = (0..inv.lines.len())
                .filter(|i| inv.lines[*i].0.rate == rate.rate)
                .collect();
            let shares = share_in_proportion(
                &members.iter().map(|i| inv.lines[*i].1).collect::<Vec<_>>(),
                rate.base,
            );
            for (i, value) in members.into_iter().zip(shares) {
                net[i] = value;
            }
        }
    }
    inv.lines
        .iter()
        .zip(net)
        .enumerate()
        .map(|(index, ((line, _), net_amount))| {
            if line.quantity.is_zero() {
                bail!("line {}: a zero quantity has no price", index + 1);
            }
            // Quantities and prices are positive (a line's input refuses others); a tax-inclusive
            // line's net price is its share of the net over its quantity.
            let price = match inv.tax_pricing {
                TaxPricing::Exclusive => line.unit_price,
                TaxPricing::Inclusive => (Decimal::from(net_amount) / line.quantity).round_dp(4),
            };
            let category = if line.rate == 0 && line.out_of_scope {
                Category::O
            } else {
                Category::of_rate(line.rate)
            };
            Ok(Line {
                id: (index + 1).to_string(),
                name: line.name.clone(),
                quantity: line.quantity,
                unit_code: pint::unit_code(line.unit.as_deref()).to_string(),
                net_amount,
                price: price.normalize(),
                category,
                percent: (category != Category::O).then(|| Decimal::from(line.rate)),
            })
        })
        .collect()
}
