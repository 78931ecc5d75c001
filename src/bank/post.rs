//! The journal entries a settled line posts: the bank side against one or more accounts, the
//! consumption tax in a taxed part split out (税抜経理) — tax = floor(amount × rate / (100 +
//! rate)), the rule for tax contained in a tax-included amount, as on a deducted transfer fee.

use anyhow::Result;
use rusqlite::Connection;

use super::settings::BankSettings;
use super::types::{BankAccount, Line};
use crate::jp::consumption_tax::tax_included_in;
use crate::ledger::chart::Chart;
use crate::ledger::{NewEntry, NewLine, Origin};

/// One counter-account part of a line's entry: account, amount (positive), tax category.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// Ledger account id.
    pub account_id: i64,
    /// Amount, tax included; negative: on the bank's side of the entry.
    pub amount: i64,
    /// Tax category key.
    pub tax: String,
    /// Line description.
    pub description: Option<String>,
}

/// The consumption-tax rate a category carries, if any.
fn rate(category: &str) -> Option<i64> {
    match category {
        "sales_10" | "purchase_10" => Some(10),
        "sales_8r" | "purchase_8r" => Some(8),
        _ => None,
    }
}

/// Posts a line against its parts: money in debits the bank's ledger account and credits the
/// parts; money out the other way. Returns the entry id.
pub fn post_line(
    conn: &Connection,
    line: &Line,
    account: &BankAccount,
    parts: &[Part],
    memo: String,
) -> Result<i64> {
    let chart = Chart::load(conn)?;
    let settings = BankSettings::load(conn)?;
    let money_in = line.amount > 0;
    // A part normally sits opposite the bank (credit for money in); a negative part sits on the
    // bank's side (withheld tax kept from a payment, a fee the payer kept from a deposit).
    let side = |amount: i64, negative: bool| {
        if money_in != negative {
            (0, amount)
        } else {
            (amount, 0)
        }
    };
    let mut lines = vec![NewLine {
        account_id: account.ledger_account_id,
        debit: if money_in { line.amount } else { 0 },
        credit: if money_in { 0 } else { -line.amount },
        description: None,
        tax_category: crate::jp::tax_category::OUT_OF_SCOPE.into(),
    }];
    for part in parts {
        let negative = part.amount < 0;
        let amount = part.amount.abs();
        let tax = rate(&part.tax).map_or(0, |r| tax_included_in(amount, r));
        let (debit, credit) = side(amount - tax, negative);
        lines.push(NewLine {
            account_id: part.account_id,
            debit,
            credit,
            description: part.description.clone(),
            tax_category: part.tax.clone(),
        });
        if tax > 0 {
            let tax_account = if part.tax.starts_with("sales") {
                &settings.tax_received
            } else {
                &settings.tax_paid
            };
            let (debit, credit) = side(tax, negative);
            lines.push(NewLine {
                account_id: chart.resolve(tax_account)?.id,
                debit,
                credit,
                description: Some("消費税".into()),
                tax_category: crate::jp::tax_category::OUT_OF_SCOPE.into(),
            });
        }
    }
    let entry = NewEntry {
        date: line.date,
        memo,
        reference: Some(format!("bank:{}", line.id)),
        origin: Origin::Bank,
        import_hash: None,
        reverses: None,
        lines,
    };
    let currency = crate::company::Company::load(conn)?.currency;
    crate::ledger::post(conn, &entry, &currency)
}
