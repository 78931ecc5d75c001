//! Money: parsing, minor units and display. Every amount is a `rust_decimal::Decimal` in Rust and an
//! INTEGER count of the currency's minor unit in SQL (yen: 1), so SQL `SUM` is exact. Rounding
//! rules of the business areas live next to them and are named after the rule they follow; this
//! file only refuses amounts that do not fit the currency. Must not touch SQL or the terminal.

use anyhow::{Result, bail};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use unicode_normalization::UnicodeNormalization;

use crate::kernel::text::excerpt;

/// The largest amount bko stores, in minor units: 9,999,999,999,999 (just under ten trillion yen,
/// or 99,999,999,999.99 dollars). Far above any line a small office writes, and far below what a
/// 64-bit SQL `SUM` holds: 922,337 lines at this limit still add up without overflow.
pub const MAX_MINOR: i64 = 9_999_999_999_999;

/// The largest number [`parse_amount`] reads (a unit price of a currency without minor units may
/// be this large; the amount it makes must still fit [`MAX_MINOR`]).
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(1_316_134_911, 2328, 0, false, 0);

/// The most decimals a typed number may have (unit prices like 0.125 yen; rates like 0.0125).
pub const MAX_DECIMALS: u32 = 6;

/// The largest quantity bko stores (pieces, kilograms, hours): 999,999,999.
pub const MAX_QUANTITY: Decimal = Decimal::from_parts(999_999_999, 0, 0, false, 0);

/// A currency bko can keep books in, with the number of decimals of its minor unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency {
    /// ISO 4217 code, e.g. `JPY`.
    pub code: &'static str,
    /// Decimals of the minor unit: 0 for JPY (whole yen), 2 for USD.
    pub exponent: u32,
}

/// ISO 4217 currencies bko accepts for a company. Sorted by code.
const CURRENCIES: &[Currency] = &[
    Currency {
        code: "AUD",
        exponent: 2,
    },
    Currency {
        code: "CAD",
        exponent: 2,
    },
    Currency {
        code: "CHF",
        exponent: 2,
    },
    Currency {
        code: "CNY",
        exponent: 2,
    },
    Currency {
        code: "EUR",
        exponent: 2,
    },
    Currency {
        code: "GBP",
        exponent: 2,
    },
    Currency {
        code: "HKD",
        exponent: 2,
    },
    Currency {
        code: "JPY",
        exponent: 0,
    },
    Currency {
        code: "KRW",
        exponent: 0,
    },
    Currency {
        code: "SGD",
        exponent: 2,
    },
    Currency {
        code: "TWD",
        exponent: 2,
    },
    Currency {
        code: "USD",
        exponent: 2,
    },
];

impl Currency {
    /// The Japanese yen, bko's default.
    pub const JPY: Currency = Currency {
        code: "JPY",
        exponent: 0,
    };

    /// Looks a currency up by its ISO code (case-insensitive).
    pub fn from_code(code: &str) -> Result<Currency> {
        let upper = code.trim().to_ascii_uppercase();
        match CURRENCIES.iter().find(|c| c.code == upper) {
            Some(c) => Ok(*c),
            None => {
                let known: Vec<&str> = CURRENCIES.iter().map(|c| c.code).collect();
                bail!("unknown currency '{code}' (known: {})", known.join(", "))
            }
        }
    }

    /// Converts an amount into integer minor units; a fraction finer than the minor unit is an
    /// error (JPY books hold whole yen), never silently rounded, and so is an amount beyond
    /// [`MAX_MINOR`].
    pub fn to_minor(&self, amount: Decimal) -> Result<i64> {
        let limit = self.from_minor(MAX_MINOR);
        if amount.abs() > limit {
            bail!(
                "the amount {} is too large: bko's limit is {} {}",
                group_thousands(&amount.normalize().to_string()),
                self.display(MAX_MINOR),
                self.code
            );
        }
        let scaled = amount * Decimal::from(10i64.pow(self.exponent));
        if !scaled.fract().is_zero() {
            if self.exponent == 0 {
                bail!(
                    "{} amounts are whole units: '{amount}' has a fraction",
                    self.code
                );
            }
            bail!(
                "{} amounts have at most {} decimals: '{amount}' has more",
                self.code,
                self.exponent
            );
        }
        scaled
            .to_i64()
            .ok_or_else(|| anyhow::anyhow!("amount '{amount}' is too large"))
    }

    /// Converts integer minor units back into an exact decimal amount.
    pub fn from_minor(&self, minor: i64) -> Decimal {
        Decimal::new(minor, self.exponent)
    }

    /// Formats minor units with thousands separators for people (`12,345`, `-1,200.50`).
    pub fn display(&self, minor: i64) -> String {
        group_thousands(&self.plain(minor))
    }

    /// Formats minor units as a plain decimal for machines (`12345`, `-1200.50`).
    pub fn plain(&self, minor: i64) -> String {
        self.from_minor(minor).to_string()
    }
}

/// Parses an amount as people write it: `12000`, `12,000`, `¥12,000`, `１２，０００`, `-500`.
/// Anything else is an error whose message quotes (the start of) the input, and so is a number
/// beyond [`MAX_AMOUNT`] or with more than [`MAX_DECIMALS`] decimals: a bounded value is never
/// wrapped, rounded or turned into 0 later.
pub fn parse_amount(text: &str) -> Result<Decimal> {
    parse_within(text, MAX_AMOUNT, "")
}

/// Parses a quantity as people write it (like [`parse_amount`]), at most [`MAX_QUANTITY`] either
/// way; the sign is the caller's rule.
pub fn parse_quantity(text: &str) -> Result<Decimal> {
    parse_within(text, MAX_QUANTITY, " for a quantity")
}

/// A number as people write it, at most `limit` either way and [`MAX_DECIMALS`] decimals; a
/// refusal names the limit (`what` says whose: "" or " for a quantity").
fn parse_within(text: &str, limit: Decimal, what: &str) -> Result<Decimal> {
    let too_large = || {
        anyhow::anyhow!(
            "'{}' is too large: bko's limit{what} is {}",
            excerpt(text),
            group_thousands(&limit.to_string())
        )
    };
    // Fast path for what machines write (imports of a million rows): plain ASCII digits.
    let value = if !text.is_empty() && text.len() < 14 && text.bytes().all(|b| b.is_ascii_digit()) {
        Decimal::from(text.parse::<i64>().expect("checked digits"))
    } else {
        parse_unbounded(text)?.ok_or_else(too_large)?
    };
    if value.abs() > limit {
        return Err(too_large());
    }
    if value.normalize().scale() > MAX_DECIMALS {
        bail!("'{}' has more than {MAX_DECIMALS} decimals", excerpt(text));
    }
    Ok(value)
}

/// Checks an amount given as an argument (clap's `value_parser`): a malformed or out-of-range
/// amount is a usage error (exit 2), like a malformed date; the command parses it again.
pub fn check_amount_text(text: &str) -> Result<String> {
    parse_amount(text).map(|_| text.to_string())
}

/// [`check_amount_text`] for a quantity (a sign is allowed: adjustments may be written `-3`).
pub fn check_quantity_text(text: &str) -> Result<String> {
    parse_quantity(text).map(|_| text.to_string())
}

/// The number in `text`, or `None` when it has more digits than a Decimal holds.
fn parse_unbounded(text: &str) -> Result<Option<Decimal>> {
    let normalized: String = text.nfkc().collect();
    let cleaned: String = normalized
        .trim()
        .trim_start_matches(['¥', '\\'])
        .chars()
        .filter(|c| *c != ',')
        .collect();
    let valid_shape = !cleaned.is_empty()
        && cleaned
            .chars()
            .enumerate()
            .all(|(i, c)| c.is_ascii_digit() || c == '.' || (i == 0 && (c == '-' || c == '+')))
        && cleaned.chars().filter(|c| *c == '.').count() <= 1
        && cleaned.chars().any(|c| c.is_ascii_digit());
    if !valid_shape {
        bail!("'{}' is not an amount", excerpt(text));
    }
    Ok(cleaned.parse::<Decimal>().ok())
}

/// Inserts a comma every three digits of the integer part of a plain decimal.
pub fn group_thousands(plain: &str) -> String {
    let (sign, rest) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain),
    };
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    let mut grouped = String::with_capacity(int.len() + int.len() / 3);
    for (i, digit) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// Shares `total` minor units among parts in proportion to `weights` by the largest remainder
/// method: each part gets the floor of its exact share, and the units left go one each to the
/// parts with the largest remainders (the earlier part on a tie), so the parts add up to `total`
/// exactly. With all weights zero the first part takes it all.
pub fn share_in_proportion(weights: &[i64], total: i64) -> Vec<i64> {
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
    use rust_decimal_macros::dec;

    #[test]
    fn parses_amounts_as_people_write_them() {
        let cases = [
            ("12000", dec!(12000)),
            ("12,000", dec!(12000)),
            ("¥12,000", dec!(12000)),
            ("￥1,234,567", dec!(1234567)),
            ("１２，０００", dec!(12000)),
            (" 500 ", dec!(500)),
            ("-500", dec!(-500)),
            ("12.50", dec!(12.50)),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_amount(text).unwrap(), expected, "{text}");
        }
    }

    #[test]
    fn rejects_what_is_not_an_amount() {
        for text in ["", "12,3x", "abc", "1.2.3", "--5", "5-", ".", "1e5"] {
            let err = parse_amount(text).unwrap_err().to_string();
            assert!(err.contains("is not an amount"), "{text}: {err}");
        }
    }

    #[test]
    fn yen_are_whole_and_dollars_have_cents() {
        assert_eq!(Currency::JPY.to_minor(dec!(1200)).unwrap(), 1200);
        assert!(Currency::JPY.to_minor(dec!(1200.5)).is_err());
        let usd = Currency::from_code("usd").unwrap();
        assert_eq!(usd.to_minor(dec!(12.34)).unwrap(), 1234);
        assert_eq!(usd.to_minor(dec!(12.3)).unwrap(), 1230);
        assert!(usd.to_minor(dec!(12.345)).is_err());
        assert_eq!(usd.plain(1234), "12.34");
        assert_eq!(usd.display(-123456789), "-1,234,567.89");
        assert_eq!(Currency::JPY.display(1234567), "1,234,567");
        assert_eq!(Currency::JPY.display(999), "999");
        assert_eq!(Currency::JPY.display(-1000), "-1,000");
    }

    #[test]
    fn refuses_numbers_beyond_the_documented_limits() {
        assert_eq!(MAX_AMOUNT, dec!(9999999999999));
        assert_eq!(parse_amount("9,999,999,999,999").unwrap(), MAX_AMOUNT);
        assert_eq!(parse_amount("-9999999999999").unwrap(), -MAX_AMOUNT);
        for text in [
            "10000000000000",
            "99999999999999999999999",
            "999999999999999999999999999999999",
            "-10000000000000",
        ] {
            let err = parse_amount(text).unwrap_err().to_string();
            assert!(err.contains("too large"), "{text}: {err}");
            assert!(err.contains("9,999,999,999,999"), "{text}: {err}");
        }
        assert!(
            parse_amount("0.1234567")
                .unwrap_err()
                .to_string()
                .contains("decimals")
        );
        assert_eq!(parse_amount("0.125000000").unwrap(), dec!(0.125));
        assert_eq!(parse_quantity("999,999,999").unwrap(), MAX_QUANTITY);
        let err = parse_quantity("1000000000").unwrap_err().to_string();
        assert!(err.contains("limit for a quantity is 999,999,999"), "{err}");
    }

    #[test]
    fn minor_units_stop_at_the_limit_for_every_currency() {
        assert_eq!(
            Currency::JPY.to_minor(dec!(9999999999999)).unwrap(),
            MAX_MINOR
        );
        let err = Currency::JPY
            .to_minor(dec!(10000000000000))
            .unwrap_err()
            .to_string();
        assert!(err.contains("limit is 9,999,999,999,999 JPY"), "{err}");
        let usd = Currency::from_code("USD").unwrap();
        assert_eq!(usd.to_minor(dec!(99999999999.99)).unwrap(), MAX_MINOR);
        assert!(usd.to_minor(dec!(100000000000)).is_err());
        // Sums of stored amounts fit SQLite's integers for 922,337 lines at the limit.
        assert!(MAX_MINOR.checked_mul(922_337).is_some());
    }

    #[test]
    fn unknown_currency_is_an_error() {
        assert!(Currency::from_code("XYZ").is_err());
    }

    #[test]
    fn a_total_is_shared_exactly_by_weight() {
        // ¥1,100 + ¥2,200 tax-inclusive at 10%: tax 300, net 3,000 → 1,000 and 2,000.
        assert_eq!(share_in_proportion(&[1100, 2200], 3000), vec![1000, 2000]);
        // Three equal lines of ¥1,000 at 8%: tax 222 (floor of 3000×8/108), net 2,778.
        assert_eq!(
            share_in_proportion(&[1000, 1000, 1000], 2778),
            vec![926, 926, 926]
        );
        assert_eq!(
            share_in_proportion(&[1000, 1000, 1000], 2777)
                .iter()
                .sum::<i64>(),
            2777
        );
        // A discount line (negative) keeps its sign.
        let s = share_in_proportion(&[5500, -550], 4500);
        assert_eq!(s.iter().sum::<i64>(), 4500);
        assert_eq!(s, vec![5000, -500]);
    }
}
