//! Expense claims (経費精算): receipts employees paid, grouped per employee and month into a
//! claim that is submitted, approved (posted: the expense, its creditable input tax, owed to the
//! employee) or sent back; advances (仮払金) paid before and settled by the claim; repayment with
//! the next pay (outside gross, tax and insurance) or at once. Each receipt is archived in docs.
//! Input tax per receipt follows payables' classes (registered payee, book-only, 少額特例,
//! 経過措置). Rules: shared/japan-rules.md §11. Pure rules here; SQL in the private `store.rs`.

pub mod cli;
pub mod import;
pub mod ops;
pub mod report;
pub mod settings;
mod store;
pub mod types;

pub use types::*;

use chrono::NaiveDate;

use crate::payables::{CreditClass, credit_class, creditable};

/// A receipt's figures: the tax inside its amount (rounded down, once per receipt — the
/// receipt is one transaction) and the part of it that is creditable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figures {
    /// Tax-excluded.
    pub base: i64,
    /// Consumption tax.
    pub tax: i64,
    /// Creditable input tax.
    pub creditable: i64,
}

/// The figures of a receipt of `amount` (tax included) at `rate`, `percent` of its tax
/// creditable.
pub fn figures(amount: i64, rate: u32, percent: i64) -> Figures {
    let tax = crate::jp::consumption_tax::tax_included_in(amount, i64::from(rate));
    Figures {
        base: amount - tax,
        tax,
        creditable: creditable(tax, percent),
    }
}

/// The input-tax class of a receipt: book-only, a registered payee, the 少額特例 (under
/// ¥10,000 for a company that qualifies), else the 経過措置.
pub fn class_of(
    registered: bool,
    book_only: bool,
    small_business: bool,
    amount: i64,
    date: NaiveDate,
) -> CreditClass {
    credit_class(registered, book_only, small_business, amount, date)
}

/// What a claim's status means to the clerk: draft, submitted, approved, then scheduled with
/// a pay or repaid.
pub fn status_label(claim: &Claim, repaid: Option<bool>) -> String {
    match (claim.status.as_str(), repaid) {
        ("approved", Some(true)) => "repaid".into(),
        ("approved", Some(false)) => "scheduled".into(),
        (status, _) => status.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: &str) -> NaiveDate {
        d.parse().unwrap()
    }

    /// Tax inside a tax-included receipt, floor(amount × rate / (100 + rate)) (消費税法基本通達
    /// and the invoice rules of shared/japan-rules.md §1), then the creditable share by class:
    /// 80% (経過措置 to 2026-09-30), 50% from 2026-10-01, all of it when registered, book-only
    /// or under the 少額特例.
    #[test]
    fn receipts_by_class_and_rate() {
        #[rustfmt::skip]
        let cases = [
            // (amount, rate, registered, book_only, small, date, class, percent, tax, creditable)
            (3_300, 10, true, false, false, "2026-05-12", CreditClass::Registered, 100, 300, 300),
            (2_160, 8, true, false, false, "2026-05-12", CreditClass::Registered, 100, 160, 160),
            (2_200, 10, false, false, false, "2026-05-12", CreditClass::Transition, 80, 200, 160),
            (2_200, 10, false, false, false, "2026-10-01", CreditClass::Transition, 50, 200, 100),
            (9_999, 10, false, false, true, "2026-05-12", CreditClass::Small, 100, 909, 909),
            (10_000, 10, false, false, true, "2026-05-12", CreditClass::Transition, 80, 909, 727),
            (8_800, 10, false, true, false, "2026-05-12", CreditClass::BookOnly, 100, 800, 800),
            (1_000, 0, false, false, false, "2026-05-12", CreditClass::Transition, 80, 0, 0),
        ];
        for (amount, rate, reg, book, small, date, class, percent, tax, credit) in cases {
            assert_eq!(
                class_of(reg, book, small, amount, day(date)),
                class,
                "{amount} {date}"
            );
            let f = figures(amount, rate, percent);
            assert_eq!(
                (f.tax, f.creditable, f.base),
                (tax, credit, amount - tax),
                "{amount}"
            );
        }
    }
}
