//! Invoices (請求書) and credit notes (返還請求書): customers, lines, the qualified-invoice tax
//! computation, payment terms, numbering and how the addressee is written. This file holds the
//! rules (pure); SQL is in `store.rs`, the PDF in `pdf.rs`, the commands in `cli/`.
//!
//! Rules: shared/japan-rules.md §1 (適格請求書, rounding once per invoice per rate), §2 (rates),
//! §10 (honorifics, layout).

pub mod batch;
pub mod cli;
pub mod delivery;
mod desk_store;
pub mod import;
pub mod issue;
pub mod ops;
pub mod pdf;
pub mod peppol;
pub mod preview;
pub mod quote;
pub mod receipt;
pub mod receipt_pdf;
pub mod receipts;
pub mod recurring;
pub mod report;
pub mod settings;
mod store;
mod types;

/// What other areas may use of this area's records (its store is private).
pub use store::{
    insert_customer, invoice_by_number, issued_numbers, list_invoices, open_documents_between,
};

pub use types::*;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::{Deserialize, Serialize};

use crate::kernel::money::{Currency, parse_amount};
use crate::kernel::text::{NAME_MAX_CHARS, check_length, check_optional_length, excerpt};

/// The consumption-tax rates an invoice line may carry (10, 8 reduced and marked ※, 0) and how
/// people write them.
pub use crate::jp::consumption_tax::{RATES, parse_rate};

/// The ledger tax category of sales at a rate.
pub fn sales_tax_category(rate: u32) -> &'static str {
    match rate {
        10 => "sales_10",
        8 => "sales_8r",
        _ => "exempt",
    }
}

/// One line as entered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LineInput {
    /// 品名
    pub name: String,
    /// 数量 (may have a fraction: 1.5 hours)
    pub quantity: Decimal,
    /// 単位 (個, 時間, 式, ...)
    pub unit: Option<String>,
    /// 単価 (tax-exclusive or tax-inclusive per the invoice's pricing)
    pub unit_price: Decimal,
    /// 10, 8 or 0
    pub rate: u32,
    /// A 0% line outside the scope of the tax (不課税) rather than exempt (非課税).
    #[serde(default)]
    pub out_of_scope: bool,
}

/// Parses `NAME;QTY;UNIT_PRICE;RATE[;UNIT]` as given to `--line`.
pub fn parse_line_spec(spec: &str) -> Result<LineInput> {
    let parts: Vec<&str> = spec.split(';').map(str::trim).collect();
    if parts.len() < 4 || parts.len() > 5 {
        bail!("'{}' is not NAME;QTY;UNIT_PRICE;RATE[;UNIT]", excerpt(spec));
    }
    line_input(
        parts[0],
        parts[1],
        parts[2],
        parts[3],
        parts.get(4).copied(),
    )
}

/// Checks a `--line` value as clap parses it, so that a malformed line is a usage error (exit 2).
pub fn check_line_spec(spec: &str) -> Result<String> {
    parse_line_spec(spec).map(|_| spec.to_string())
}

/// Longest unit (個, 時間, kg, 式) a line may carry: the unit column of the invoice PDF.
pub const UNIT_MAX_CHARS: usize = 4;

/// Builds a line from its text fields, with errors naming the field.
pub fn line_input(
    name: &str,
    quantity: &str,
    unit_price: &str,
    rate: &str,
    unit: Option<&str>,
) -> Result<LineInput> {
    if name.is_empty() {
        bail!("the item name is empty");
    }
    check_length("item name", name, NAME_MAX_CHARS)?;
    check_optional_length("unit", unit, UNIT_MAX_CHARS)?;
    let quantity = crate::kernel::money::parse_quantity(quantity)
        .map_err(|e| anyhow::anyhow!("quantity: {e:#}"))?;
    if quantity <= Decimal::ZERO {
        bail!("quantity: '{quantity}' must be positive (fix a mistake with a credit note)");
    }
    let unit_price = parse_amount(unit_price).map_err(|e| anyhow::anyhow!("unit price: {e:#}"))?;
    if unit_price < Decimal::ZERO {
        bail!("unit price: '{unit_price}' must not be negative (use a credit note for a refund)");
    }
    Ok(LineInput {
        name: name.to_string(),
        quantity,
        unit: unit.map(str::to_string).filter(|u| !u.is_empty()),
        unit_price,
        rate: parse_rate(rate)?,
        out_of_scope: is_out_of_scope(rate),
    })
}

/// Whether a rate field names a 0% line outside the scope of the tax (不課税, 対象外, out)
/// rather than an exempt one (0, 非課税, exempt).
pub fn is_out_of_scope(rate: &str) -> bool {
    matches!(
        rate.trim().to_lowercase().as_str(),
        "不課税" | "対象外" | "out" | "out_of_scope"
    )
}

/// Per-rate summary of an invoice (what the qualified invoice must show).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RateTotal {
    /// 10, 8 or 0.
    pub rate: u32,
    /// 対象額 excluding tax.
    pub base: i64,
    /// 消費税額.
    pub tax: i64,
}

/// The computed amounts of an invoice.
#[derive(Debug, Clone, PartialEq)]
pub struct Totals {
    /// Each line's amount (minor units; tax-exclusive or inclusive per pricing).
    pub line_amounts: Vec<i64>,
    /// Per-rate bases and taxes, 10% first.
    pub rates: Vec<RateTotal>,
    /// Sum of the bases (税抜合計).
    pub subtotal: i64,
    /// Sum of the taxes.
    pub tax: i64,
    /// 請求金額 (税込).
    pub total: i64,
}

/// Line amount = quantity × unit price, rounded once per line to the currency's unit by the
/// company's `invoice_line_rounding` (default 四捨五入). Only the line amount is rounded; tax is
/// never computed per line.
pub fn round_line_amount(line: &LineInput, rounding: Rounding, currency: &Currency) -> Result<i64> {
    rounding.to_minor(line.quantity * line.unit_price, currency)
}

/// Consumption tax of one rate, computed once per invoice on the per-rate total and rounded once
/// (消費税法施行令70条の10, 消費税基本通達1-8-15, NTA インボイスQ&A 問57; rounding each line and
/// summing is not allowed). Tax-exclusive: tax = round(base × r/100); tax-inclusive:
/// tax = round(total × r/(100+r)).
pub fn round_tax_per_invoice_rate(
    per_rate_amount: i64,
    rate: u32,
    pricing: TaxPricing,
    rounding: Rounding,
    currency: &Currency,
) -> Result<i64> {
    let amount = currency.from_minor(per_rate_amount);
    let r = Decimal::from(rate);
    let exact = match pricing {
        TaxPricing::Exclusive => amount * r / Decimal::from(100),
        TaxPricing::Inclusive => amount * r / (Decimal::from(100) + r),
    };
    rounding.to_minor(exact, currency)
}

/// Computes the line amounts, per-rate taxes and totals of an invoice.
pub fn compute_totals(
    lines: &[LineInput],
    pricing: TaxPricing,
    line_rounding: Rounding,
    tax_rounding: Rounding,
    currency: &Currency,
) -> Result<Totals> {
    let line_amounts = lines
        .iter()
        .map(|l| round_line_amount(l, line_rounding, currency))
        .collect::<Result<Vec<_>>>()?;
    let mut rates = Vec::new();
    for rate in RATES {
        let amounts: Vec<i64> = lines
            .iter()
            .zip(&line_amounts)
            .filter(|(l, _)| l.rate == rate)
            .map(|(_, a)| *a)
            .collect();
        if amounts.is_empty() {
            continue;
        }
        let sum: i64 = amounts.iter().sum();
        let tax = round_tax_per_invoice_rate(sum, rate, pricing, tax_rounding, currency)?;
        let base = match pricing {
            TaxPricing::Exclusive => sum,
            TaxPricing::Inclusive => sum - tax,
        };
        rates.push(RateTotal { rate, base, tax });
    }
    let subtotal: i64 = rates.iter().map(|r| r.base).sum();
    let tax: i64 = rates.iter().map(|r| r.tax).sum();
    // Each line fits the money limit; their sum must too, or it could not be stored as one.
    currency
        .to_minor(currency.from_minor(subtotal + tax))
        .map_err(|e| anyhow::anyhow!("the invoice total: {e:#}"))?;
    Ok(Totals {
        line_amounts,
        rates,
        subtotal,
        tax,
        total: subtotal + tax,
    })
}

/// Expands a numbering pattern: `{YYYY}` the fiscal year (its starting year), `{YY}` its last two
/// digits, `{MM}` the invoice month, and a run of N (`{NNNN}`) the sequence zero-padded to that
/// width.
pub fn format_number(pattern: &str, fiscal_year: i32, month: u32, seq: i64) -> String {
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let token = &rest[start + 1..start + end];
        match token {
            "YYYY" => out.push_str(&format!("{fiscal_year:04}")),
            "YY" => out.push_str(&format!("{:02}", fiscal_year % 100)),
            "MM" => out.push_str(&format!("{month:02}")),
            t if !t.is_empty() && t.chars().all(|c| c == 'N') => {
                out.push_str(&format!("{seq:0width$}", width = t.len()))
            }
            other => out.push_str(&format!("{{{other}}}")),
        }
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out
}

/// Checks a numbering pattern has a sequence token, so numbers can never repeat, and makes only
/// numbers that are plain file names: a number names its PDF (`invoices/NUMBER.pdf`), so a
/// pattern may not climb out of the folder, start a new one or name an absolute path.
pub fn validate_pattern(pattern: &str) -> Result<String> {
    let sample = format_number(pattern, 2026, 4, 1);
    check_document_number(&sample).map_err(|e| {
        anyhow::anyhow!(
            "'{}' makes numbers like '{}', which cannot be a file name: {e:#}",
            excerpt(pattern),
            excerpt(&sample)
        )
    })?;
    let has_seq = pattern
        .split('{')
        .skip(1)
        .filter_map(|s| s.split('}').next())
        .any(|t| !t.is_empty() && t.chars().all(|c| c == 'N'));
    if !has_seq {
        bail!("'{pattern}' has no sequence token such as {{NNNN}}");
    }
    Ok(pattern.to_string())
}

/// Refuses a document number that is not a plain file name: at most 40 characters, no path
/// separator, no `..`, no leading dot, no character Windows forbids in names, no control.
pub fn check_document_number(number: &str) -> Result<()> {
    check_length("number", number, 40)?;
    if number.is_empty() || number.starts_with('.') || number.contains("..") {
        bail!("a number may not be empty, start with a dot or contain '..'");
    }
    if let Some(bad) = number.chars().find(|c| {
        c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
    }) {
        bail!("a number may not contain {bad:?}");
    }
    Ok(())
}

/// What has settled an issued invoice so far. derived (never stored) from payments, credit notes
/// and the due date. A credit note reduces what is owed but is not a payment: an invoice reduced
/// only by credit notes is still `issued` (or `overdue`), and `credited` once nothing is left.
pub fn payment_status(
    total: i64,
    settled: Settlement,
    due: Option<NaiveDate>,
    today: NaiveDate,
) -> &'static str {
    let open = total - settled.total();
    if open <= 0 {
        if settled.paid > 0 { "paid" } else { "credited" }
    } else if due.is_some_and(|d| d < today) {
        "overdue"
    } else if settled.paid > 0 {
        "partially_paid"
    } else {
        "issued"
    }
}

/// A date after every real one, for "as of the end of time" in SQL comparisons of ISO dates
/// (chrono's `NaiveDate::MAX` has a six-digit year that sorts before every four-digit one).
pub fn far_future() -> NaiveDate {
    NaiveDate::from_ymd_opt(9999, 12, 31).expect("valid date")
}

/// Days past due on a date (0 when not yet due).
pub fn days_past_due(due: NaiveDate, as_of: NaiveDate) -> i64 {
    (as_of - due).num_days().max(0)
}

/// The aging bucket of an open amount: current, 1-30, 31-60, 61-90, over 90 days past due.
pub fn aging_bucket(days: i64) -> usize {
    match days {
        d if d <= 0 => 0,
        1..=30 => 1,
        31..=60 => 2,
        61..=90 => 3,
        _ => 4,
    }
}

/// A Decimal shown without trailing zeros (1.50 → 1.5).
pub fn plain_decimal(d: Decimal) -> String {
    d.normalize().to_string()
}

/// Whole-yen check for a Decimal that must fit i64.
pub fn to_i64(d: Decimal) -> Option<i64> {
    d.to_i64()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn line(qty: Decimal, price: Decimal, rate: u32) -> LineInput {
        LineInput {
            name: "x".into(),
            quantity: qty,
            unit: None,
            unit_price: price,
            rate,
            out_of_scope: false,
        }
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// (lines, pricing, tax rounding, expected (rate, base, tax) per rate, total)
    type Case = (
        Vec<LineInput>,
        TaxPricing,
        Rounding,
        Vec<(u32, i64, i64)>,
        i64,
    );

    /// Per-rate rounding once per invoice, with cases where rounding per line would differ
    /// (NTA インボイスQ&A 問57: summing per-line rounded taxes is not allowed).
    #[test]
    fn tax_is_rounded_once_per_invoice_per_rate() {
        let jpy = Currency::JPY;
        // (lines, pricing, tax rounding, expected [(rate, base, tax)], total)
        let cases: Vec<Case> = vec![
            // Three lines of 105 at 10%: per line floor(10.5)=10 each -> 30; per invoice floor(31.5)=31.
            (
                vec![line(dec!(1), dec!(105), 10); 3],
                TaxPricing::Exclusive,
                Rounding::Floor,
                vec![(10, 315, 31)],
                346,
            ),
            (
                vec![line(dec!(1), dec!(105), 10); 3],
                TaxPricing::Exclusive,
                Rounding::HalfUp,
                vec![(10, 315, 32)],
                347,
            ),
            (
                vec![line(dec!(1), dec!(105), 10); 3],
                TaxPricing::Exclusive,
                Rounding::Ceil,
                vec![(10, 315, 32)],
                347,
            ),
            // Mixed 10% and reduced 8%: each rate on its own subtotal.
            (
                vec![
                    line(dec!(2), dec!(1234), 10),
                    line(dec!(3), dec!(333), 8),
                    line(dec!(1), dec!(999), 8),
                ],
                TaxPricing::Exclusive,
                Rounding::Floor,
                vec![(10, 2468, 246), (8, 1998, 159)],
                4871,
            ),
            // Tax-inclusive: tax = floor(total × 10/110); 11,000 -> 1,000; 1,080 at 8% -> 80.
            (
                vec![line(dec!(1), dec!(11000), 10), line(dec!(1), dec!(1080), 8)],
                TaxPricing::Inclusive,
                Rounding::Floor,
                vec![(10, 10000, 1000), (8, 1000, 80)],
                12080,
            ),
            // Tax-inclusive with a fraction: 1,000 incl. 10% -> floor(90.90..)=90, base 910.
            (
                vec![line(dec!(1), dec!(1000), 10)],
                TaxPricing::Inclusive,
                Rounding::Floor,
                vec![(10, 910, 90)],
                1000,
            ),
            // Exempt lines carry no tax.
            (
                vec![line(dec!(1), dec!(5000), 0)],
                TaxPricing::Exclusive,
                Rounding::Floor,
                vec![(0, 5000, 0)],
                5000,
            ),
        ];
        for (lines, pricing, rounding, expected, total) in cases {
            let t = compute_totals(&lines, pricing, Rounding::HalfUp, rounding, &jpy).unwrap();
            let got: Vec<(u32, i64, i64)> =
                t.rates.iter().map(|r| (r.rate, r.base, r.tax)).collect();
            assert_eq!(got, expected, "{pricing:?} {rounding:?}");
            assert_eq!(t.total, total);
            assert_eq!(t.subtotal + t.tax, t.total);
        }
    }

    #[test]
    fn fractional_quantities_round_the_line_amount_once() {
        let jpy = Currency::JPY;
        // 1.5 h × ¥3,333 = 4,999.5 -> 5,000 (四捨五入, the default), 4,999 with floor.
        let l = line(dec!(1.5), dec!(3333), 10);
        assert_eq!(round_line_amount(&l, Rounding::HalfUp, &jpy).unwrap(), 5000);
        assert_eq!(round_line_amount(&l, Rounding::Floor, &jpy).unwrap(), 4999);
        assert_eq!(round_line_amount(&l, Rounding::Ceil, &jpy).unwrap(), 5000);
    }

    #[test]
    fn addressee_uses_one_honorific() {
        let company = Addressee {
            name: "ABC株式会社".into(),
            department: Some("経理部".into()),
            honorific: Some(Honorific::Onchu),
            ..Default::default()
        };
        assert_eq!(company.line(), "ABC株式会社 経理部 御中");
        let with_contact = Addressee {
            contact: Some("山田太郎".into()),
            ..company.clone()
        };
        assert_eq!(with_contact.line(), "ABC株式会社 経理部 山田太郎 様");
        assert!(!with_contact.line().contains("御中"));
        let person = Addressee {
            name: "鈴木花子".into(),
            honorific: Some(Honorific::Sama),
            ..Default::default()
        };
        assert_eq!(person.line(), "鈴木花子 様");
    }

    #[test]
    fn payment_terms_give_due_dates() {
        let cases = [
            ("月末締め翌月末払い", "2026-04-15", "2026-05-31"),
            ("eom+1", "2026-01-31", "2026-02-28"),
            ("月末締め翌々月末払い", "2026-04-15", "2026-06-30"),
            ("net30", "2026-04-15", "2026-05-15"),
            ("net 14", "2026-12-25", "2027-01-08"),
            ("月末締め翌月10日払い", "2026-04-30", "2026-05-10"),
        ];
        for (terms, date, due) in cases {
            assert_eq!(
                PaymentTerms::parse(terms).unwrap().due_date(d(date)),
                d(due),
                "{terms}"
            );
        }
        assert!(PaymentTerms::parse("someday").is_err());
        assert_eq!(
            PaymentTerms::parse(&PaymentTerms::MonthEnd(1).key()).unwrap(),
            PaymentTerms::MonthEnd(1)
        );
    }

    #[test]
    fn numbers_follow_the_pattern() {
        assert_eq!(
            format_number("INV-{YYYY}-{NNNN}", 2026, 4, 7),
            "INV-2026-0007"
        );
        assert_eq!(format_number("{YY}{MM}-{NNN}", 2026, 11, 12), "2611-012");
        assert!(validate_pattern("INV-{YYYY}").is_err());
        assert!(validate_pattern("No.{NNNNN}").is_ok());
    }

    #[test]
    fn line_specs_are_validated() {
        let l = parse_line_spec("保守作業;1.5;3,333;10;時間").unwrap();
        assert_eq!(
            (l.quantity, l.unit_price, l.rate, l.unit.as_deref()),
            (dec!(1.5), dec!(3333), 10, Some("時間"))
        );
        assert_eq!(parse_line_spec("お茶;2;150;8").unwrap().rate, 8);
        assert!(
            parse_line_spec("x;-1;100;10")
                .unwrap_err()
                .to_string()
                .contains("positive")
        );
        assert!(
            parse_line_spec("x;1;100;5")
                .unwrap_err()
                .to_string()
                .contains("tax rate")
        );
        assert!(parse_line_spec("x;1;100").is_err());
    }

    #[test]
    fn status_and_aging() {
        let today = d("2026-06-15");
        let s = |paid, credited| Settlement { paid, credited };
        let cases = [
            (s(0, 0), "2026-06-30", "issued"),
            (s(400, 0), "2026-06-30", "partially_paid"),
            (s(400, 0), "2026-06-01", "overdue"),
            (s(1000, 0), "2026-06-01", "paid"),
            (s(0, 400), "2026-06-30", "issued"),
            (s(0, 400), "2026-06-01", "overdue"),
            (s(0, 1000), "2026-06-30", "credited"),
            (s(600, 400), "2026-06-30", "paid"),
            (s(300, 400), "2026-06-30", "partially_paid"),
        ];
        for (settled, due, expected) in cases {
            assert_eq!(
                payment_status(1000, settled, Some(d(due)), today),
                expected,
                "{settled:?} due {due}"
            );
        }
        assert_eq!(
            [0, 1, 30, 31, 60, 61, 90, 91].map(aging_bucket),
            [0, 1, 1, 2, 2, 3, 3, 4]
        );
    }

    proptest::proptest! {
        /// Whatever the lines, the per-rate tax is the rounded rate share of the per-rate total
        /// (never a sum of per-line roundings), and the totals add up.
        #[test]
        fn totals_add_up_and_tax_is_one_rounding_per_rate(
            raw in proptest::collection::vec((1u32..500, 0u32..200_000, 0usize..3), 1..12),
            inclusive in proptest::bool::ANY,
        ) {
            let jpy = Currency::JPY;
            let lines: Vec<LineInput> = raw
                .iter()
                .map(|(q, p, r)| line(Decimal::new(i64::from(*q), 1), Decimal::from(*p), RATES[*r]))
                .collect();
            let pricing = if inclusive { TaxPricing::Inclusive } else { TaxPricing::Exclusive };
            let t = compute_totals(&lines, pricing, Rounding::HalfUp, Rounding::Floor, &jpy).unwrap();
            proptest::prop_assert_eq!(t.subtotal + t.tax, t.total);
            for r in &t.rates {
                let sum: i64 = lines.iter().zip(&t.line_amounts).filter(|(l, _)| l.rate == r.rate).map(|(_, a)| a).sum();
                let rate = i64::from(r.rate);
                match pricing {
                    TaxPricing::Exclusive => {
                        proptest::prop_assert_eq!(r.base, sum);
                        proptest::prop_assert_eq!(r.tax, sum * rate / 100);
                    }
                    TaxPricing::Inclusive => {
                        proptest::prop_assert_eq!(r.base + r.tax, sum);
                        proptest::prop_assert_eq!(r.tax, sum * rate / (100 + rate));
                    }
                }
            }
        }
    }
}
