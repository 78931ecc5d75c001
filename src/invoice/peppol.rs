//! An issued invoice or credit note as a JP PINT (Peppol) e-invoice: the parties as they stood at
//! issue, each line's net amount and category, one tax subtotal per rate with the tax exactly as
//! bko rounded it (once per invoice per rate), the payment terms and the bank account. The XML
//! itself is `jp::pint`'s; this file only maps bko's invoice onto it.

use anyhow::{Result, bail};
use rust_decimal::Decimal;

use super::types::{Customer, DocumentKind, Invoice, TaxPricing};
use crate::jp::pint::{self, Category, Document, Line, Party, Payment, Subtotal};
use crate::kernel::error::hinted;

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
            let shares = share(
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
            // A price is never negative in PINT: a discount is a negative quantity.
            let price = (Decimal::from(net_amount) / line.quantity).round_dp(4);
            let (quantity, price) = if price.is_sign_negative() {
                (-line.quantity, -price)
            } else {
                (line.quantity, price)
            };
            let price = if inv.tax_pricing == TaxPricing::Exclusive {
                line.unit_price.abs()
            } else {
                price
            };
            let category = if line.rate == 0 && line.out_of_scope {
                Category::O
            } else {
                Category::of_rate(line.rate)
            };
            Ok(Line {
                id: (index + 1).to_string(),
                name: line.name.clone(),
                quantity,
                unit_code: pint::unit_code(line.unit.as_deref()).to_string(),
                net_amount,
                price: price.normalize(),
                category,
                percent: (category != Category::O).then(|| Decimal::from(line.rate)),
            })
        })
        .collect()
}

/// Shares `total` among parts in proportion to `weights` (largest remainder method).
fn share(weights: &[i64], total: i64) -> Vec<i64> {
    let sum: i64 = weights.iter().sum();
    if sum == 0 {
        let mut out = vec![0; weights.len()];
        if let Some(first) = out.first_mut() {
            *first = total;
        }
        return out;
    }
    let exact: Vec<(i64, i128)> = weights
        .iter()
        .map(|w| {
            let product = i128::from(*w) * i128::from(total);
            let floor = product.div_euclid(i128::from(sum));
            (floor as i64, product.rem_euclid(i128::from(sum)))
        })
        .collect();
    let mut out: Vec<i64> = exact.iter().map(|(f, _)| *f).collect();
    let mut left = total - out.iter().sum::<i64>();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|a, b| exact[*b].1.cmp(&exact[*a].1).then(a.cmp(b)));
    for i in order.into_iter().cycle() {
        if left == 0 {
            break;
        }
        out[i] += 1;
        left -= 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rate_total_is_shared_exactly_among_its_lines() {
        // ¥1,100 + ¥2,200 tax-inclusive at 10%: tax 300, net 3,000 → 1,000 and 2,000.
        assert_eq!(share(&[1100, 2200], 3000), vec![1000, 2000]);
        // Three equal lines of ¥1,000 at 8%: tax 222 (floor of 3000×8/108), net 2,778.
        assert_eq!(share(&[1000, 1000, 1000], 2778), vec![926, 926, 926]);
        assert_eq!(share(&[1000, 1000, 1000], 2777).iter().sum::<i64>(), 2777);
        // A discount line (negative) keeps its sign.
        let s = share(&[5500, -550], 4500);
        assert_eq!(s.iter().sum::<i64>(), 4500);
        assert_eq!(s, vec![5000, -500]);
    }
}
