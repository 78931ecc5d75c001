//! Consumption tax rates (消費税法): the standard 10%, the reduced 8% (軽減税率: food and
//! newspapers), and 0 for what is exempt or out of scope — and how people write them. Pure;
//! shared by invoices, inventory and the ledger's imports.

use anyhow::{Result, bail};

/// The rates a line may carry, highest first.
pub const RATES: [u32; 3] = [10, 8, 0];

/// The consumption tax contained in a tax-included amount at a rate, rounded down
/// (floor(amount × rate / (100 + rate))): a deducted transfer fee, a bank line, a bill priced
/// tax included.
pub fn tax_included_in(amount: i64, rate: i64) -> i64 {
    amount * rate / (100 + rate)
}

/// Parses a tax rate: 10, 8 (also "8r", "8軽", "軽8"), 0 (also "exempt", "非課税").
pub fn parse_rate(text: &str) -> Result<u32> {
    let t: String = text.trim().trim_end_matches('%').to_lowercase();
    match t.as_str() {
        "10" => Ok(10),
        "8" | "8r" | "8軽" | "軽8" | "8(軽)" => Ok(8),
        "0" | "exempt" | "非課税" | "不課税" | "対象外" | "out" | "out_of_scope" => Ok(0),
        _ => bail!(
            "'{}' is not a tax rate (10, 8 for the reduced rate, 0 or 非課税 for exempt, 対象外 \
             for out of scope)",
            crate::kernel::text::excerpt(text)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 消費税法: tax in a tax-included ¥1,100 at 10% is ¥100; ¥660 gives ¥60; 8% of ¥1,080 is ¥80.
    #[test]
    fn tax_contained_in_an_amount_is_rounded_down() {
        for (amount, rate, tax) in [
            (1_100, 10, 100),
            (660, 10, 60),
            (1_080, 8, 80),
            (999, 10, 90),
            (5, 10, 0),
        ] {
            assert_eq!(tax_included_in(amount, rate), tax, "{amount} at {rate}%");
        }
    }

    #[test]
    fn rates_as_people_write_them() {
        for (text, rate) in [
            ("10", 10),
            ("10%", 10),
            ("8軽", 8),
            ("8R", 8),
            ("非課税", 0),
        ] {
            assert_eq!(parse_rate(text).unwrap(), rate, "{text}");
        }
        assert!(parse_rate("5").is_err());
    }
}
