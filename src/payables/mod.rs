//! Payables (各種支払): suppliers and the bills they send — per-rate tax as the bill states it
//! (or computed once per rate), the input-tax class of each bill (a registered supplier, the
//! dated 経過措置 share for an unregistered one, the 少額特例, book-only purchases), withholding on
//! fees (所得税法204条, 司法書士), the entry posted with the bill, due and aging lists.
//! Rules: shared/japan-rules.md §11. Pure rules here; SQL in the private `store.rs`.

pub mod cli;
pub mod einvoice;
pub mod import;
pub mod ops;
pub mod payees;
mod payees_store;
pub mod report;
pub mod runs;
pub mod settings;
pub mod statement_pdf;
mod store;
pub mod types;
pub mod withholding;

pub use types::*;

use anyhow::{Result, bail};
use chrono::NaiveDate;

/// Withholding on what a supplier is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Withholding {
    /// None.
    None,
    /// 報酬・料金 (所法204: 弁護士, 税理士, デザイン, 原稿料 …).
    Fee,
    /// 司法書士・土地家屋調査士: ¥10,000 off first.
    Judicial,
}

impl Withholding {
    /// Parses none / fee / judicial (or 報酬, 司法書士).
    pub fn parse(text: &str) -> Result<Withholding> {
        Ok(match text.trim() {
            "none" | "" | "なし" => Withholding::None,
            "fee" | "報酬" => Withholding::Fee,
            "judicial" | "司法書士" => Withholding::Judicial,
            other => bail!("'{other}' is not a withholding class (none, fee, judicial)"),
        })
    }

    /// The stored word.
    pub fn key(self) -> &'static str {
        match self {
            Withholding::None => "none",
            Withholding::Fee => "fee",
            Withholding::Judicial => "judicial",
        }
    }

    /// The tax withheld from a payment of `base` (the tax-excluded amount when the bill shows
    /// the consumption tax): 10.21% up to ¥1,000,000, the excess at 20.42% plus ¥102,100;
    /// 司法書士 (base − ¥10,000) × 10.21%; yen fractions dropped (所法204・205, 復興特別所得税込み).
    pub fn tax_on(self, base: i64) -> i64 {
        match self {
            Withholding::None => 0,
            Withholding::Fee if base <= 1_000_000 => base * 1021 / 10_000,
            Withholding::Fee => (base - 1_000_000) * 2042 / 10_000 + 102_100,
            Withholding::Judicial => (base - 10_000).max(0) * 1021 / 10_000,
        }
    }
}

/// Why (and how much of) a bill's tax is creditable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreditClass {
    /// A qualified invoice from a registered supplier: all of it.
    Registered,
    /// An unregistered supplier: the 経過措置 share for the bill's date.
    Transition,
    /// The 少額特例: under ¥10,000 tax included, for a company that qualifies.
    Small,
    /// Book-only purchases (public transport, 出張旅費, 通勤手当, postage).
    BookOnly,
}

impl CreditClass {
    /// The stored word.
    pub fn key(self) -> &'static str {
        match self {
            CreditClass::Registered => "registered",
            CreditClass::Transition => "transition",
            CreditClass::Small => "small",
            CreditClass::BookOnly => "book_only",
        }
    }

    /// Parses the stored word.
    pub fn parse(text: &str) -> Result<CreditClass> {
        Ok(match text {
            "registered" => CreditClass::Registered,
            "transition" => CreditClass::Transition,
            "small" => CreditClass::Small,
            "book_only" => CreditClass::BookOnly,
            other => bail!("'{other}' is not a credit class"),
        })
    }

    /// The note the book carries (「80%控除対象」 for the 経過措置).
    pub fn note(self, percent: i64) -> String {
        match self {
            CreditClass::Registered => "適格請求書".into(),
            CreditClass::Transition => format!("{percent}%控除対象 (経過措置)"),
            CreditClass::Small => "少額特例".into(),
            CreditClass::BookOnly => "帳簿のみ保存".into(),
        }
    }
}

/// The 少額特例's window (平成28年改正法附則53条の2): purchases 2023-10-01 → 2029-09-30.
const SMALL_FROM: (i32, u32, u32) = (2023, 10, 1);
const SMALL_TO: (i32, u32, u32) = (2029, 9, 30);

/// The class of a bill: book-only when said so; a registered supplier; the 少額特例 when the
/// company qualifies, the bill is under ¥10,000 tax included and dated in the window; else the
/// 経過措置.
pub fn credit_class(
    registered: bool,
    book_only: bool,
    small_business: bool,
    total: i64,
    date: NaiveDate,
) -> CreditClass {
    let day = |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).expect("a date");
    if book_only {
        CreditClass::BookOnly
    } else if registered {
        CreditClass::Registered
    } else if small_business && total < 10_000 && date >= day(SMALL_FROM) && date <= day(SMALL_TO) {
        CreditClass::Small
    } else {
        CreditClass::Transition
    }
}

/// Per-rate totals of a bill: the tax stated on the bill when given, else once per rate,
/// rounded down (the rounding most suppliers use; a stated figure wins).
pub fn rate_totals(
    lines: &[BillLineInput],
    tax_included: bool,
    stated: &[(u32, i64)],
) -> Result<Vec<(u32, i64, i64)>> {
    let mut rates: Vec<u32> = lines.iter().map(|l| l.rate).collect();
    rates.sort_unstable_by(|a, b| b.cmp(a));
    rates.dedup();
    for (rate, _) in stated {
        if !rates.contains(rate) {
            bail!("--tax {rate}=… but no line has the rate {rate}%");
        }
    }
    let mut out = Vec::new();
    for rate in rates {
        let sum: i64 = lines
            .iter()
            .filter(|l| l.rate == rate)
            .map(|l| l.amount)
            .sum();
        let r = i64::from(rate);
        let computed = if tax_included {
            crate::jp::consumption_tax::tax_included_in(sum, r)
        } else {
            sum * r / 100
        };
        let tax = stated
            .iter()
            .find(|(s, _)| *s == rate)
            .map_or(computed, |(_, t)| *t);
        if tax < 0 || (rate == 0 && tax != 0) {
            bail!("the tax at {rate}% cannot be {tax}");
        }
        let base = if tax_included { sum - tax } else { sum };
        out.push((rate, base, tax));
    }
    Ok(out)
}

/// The creditable part of a tax at a percent, rounded down.
pub fn creditable(tax: i64, percent: i64) -> i64 {
    tax * percent / 100
}

/// Parses stated taxes: `10=1000` per rate.
pub fn parse_stated_tax(specs: &[String]) -> Result<Vec<(u32, i64)>> {
    specs
        .iter()
        .map(|spec| {
            let Some((rate, tax)) = spec.split_once('=') else {
                bail!("--tax '{spec}': write RATE=AMOUNT, e.g. 10=1000");
            };
            let rate = crate::jp::consumption_tax::parse_rate(rate)?;
            let tax: i64 = tax.trim().replace(',', "").parse().map_err(|_| {
                anyhow::anyhow!("--tax '{spec}': '{tax}' is not a whole yen amount")
            })?;
            Ok((rate, tax))
        })
        .collect()
}

/// Parses a bill line: `NAME;AMOUNT[;RATE[;ACCOUNT]]`. A line without a rate (or an empty one)
/// takes the supplier's default (`default_rate`); without either it is refused.
pub fn parse_line(spec: &str, default_rate: Option<u32>) -> Result<BillLineInput> {
    let fields: Vec<&str> = spec.split(';').map(str::trim).collect();
    let (name, amount, rate, account) = match fields.as_slice() {
        [n, a] => (*n, *a, "", None),
        [n, a, r] => (*n, *a, *r, None),
        [n, a, r, acc] => (*n, *a, *r, Some(acc.to_string()).filter(|s| !s.is_empty())),
        _ => bail!("'{spec}': write NAME;AMOUNT[;RATE[;ACCOUNT]]"),
    };
    crate::kernel::text::check_length("line name", name, crate::kernel::text::LINE_MAX_CHARS)?;
    if name.is_empty() {
        bail!("'{spec}': the line needs a name");
    }
    let amount: i64 = amount
        .replace(',', "")
        .parse()
        .map_err(|_| anyhow::anyhow!("'{amount}' is not a whole yen amount"))?;
    if amount <= 0 || amount > 100_000_000_000 {
        bail!("the amount {amount} is out of range");
    }
    let rate = match (rate, default_rate) {
        ("", Some(default)) => default,
        ("", None) => {
            return Err(crate::kernel::error::hinted(
                format!("'{spec}' has no tax rate and the supplier has no default"),
                "write NAME;AMOUNT;RATE, or give the supplier one: `bko payables suppliers set CODE tax_rate 10`",
            ));
        }
        (given, _) => crate::jp::consumption_tax::parse_rate(given)?,
    };
    Ok(BillLineInput {
        name: name.to_string(),
        amount,
        rate,
        account,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 所得税法204条・205条 with 復興特別所得税 (shared/japan-rules.md §11): 10.21% up to ¥1M,
    /// 20.42% on the excess plus ¥102,100; 司法書士 ¥10,000 off first; fractions dropped.
    #[test]
    fn withholding_at_its_boundaries() {
        let cases = [
            (Withholding::Fee, 100_000, 10_210),
            (Withholding::Fee, 1_000_000, 102_100),
            (Withholding::Fee, 1_000_001, 102_100),
            (Withholding::Fee, 1_000_005, 102_101),
            (Withholding::Fee, 2_000_000, 306_300),
            (Withholding::Fee, 33_333, 3_403),
            (Withholding::Judicial, 50_000, 4_084),
            (Withholding::Judicial, 10_000, 0),
            (Withholding::Judicial, 8_000, 0),
            (Withholding::None, 500_000, 0),
        ];
        for (class, base, tax) in cases {
            assert_eq!(class.tax_on(base), tax, "{class:?} {base}");
        }
    }

    fn day(d: &str) -> NaiveDate {
        d.parse().unwrap()
    }

    /// The 少額特例 window and the ¥10,000 line (tax included, strictly under).
    #[test]
    fn credit_classes_around_their_boundaries() {
        assert_eq!(
            credit_class(false, false, true, 9_999, day("2026-05-01")),
            CreditClass::Small
        );
        assert_eq!(
            credit_class(false, false, true, 10_000, day("2026-05-01")),
            CreditClass::Transition
        );
        assert_eq!(
            credit_class(false, false, false, 9_999, day("2026-05-01")),
            CreditClass::Transition
        );
        assert_eq!(
            credit_class(false, false, true, 9_999, day("2029-09-30")),
            CreditClass::Small
        );
        assert_eq!(
            credit_class(false, false, true, 9_999, day("2029-10-01")),
            CreditClass::Transition
        );
        assert_eq!(
            credit_class(true, false, true, 5_000, day("2026-05-01")),
            CreditClass::Registered
        );
        assert_eq!(
            credit_class(false, true, false, 50_000, day("2026-05-01")),
            CreditClass::BookOnly
        );
    }

    #[test]
    fn tax_per_rate_stated_or_computed_once() {
        let lines = [
            parse_line("コピー用紙;1001;10", None).unwrap(),
            parse_line("トナー;1001", Some(10)).unwrap(),
            parse_line("お茶;540;8", Some(10)).unwrap(),
        ];
        assert_eq!(
            rate_totals(&lines, false, &[]).unwrap(),
            vec![(10, 2002, 200), (8, 540, 43)]
        );
        assert_eq!(
            rate_totals(&lines, false, &[(10, 201)]).unwrap()[0],
            (10, 2002, 201)
        );
        assert_eq!(
            rate_totals(&lines, true, &[]).unwrap(),
            vec![(10, 1820, 182), (8, 500, 40)]
        );
        assert!(rate_totals(&lines, false, &[(0, 5)]).is_err());
        assert_eq!(creditable(200, 80), 160);
        assert_eq!(creditable(43, 50), 21);
    }
}
