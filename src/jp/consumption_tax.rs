//! Consumption tax rates (消費税法): the standard 10%, the reduced 8% (軽減税率: food and
//! newspapers), and 0 for what is exempt or out of scope — and how people write them. Pure;
//! shared by invoices, inventory and the ledger's imports.

use anyhow::{Result, bail};

/// The rates a line may carry, highest first.
pub const RATES: [u32; 3] = [10, 8, 0];

/// Parses a tax rate: 10, 8 (also "8r", "8軽", "軽8"), 0 (also "exempt", "非課税").
pub fn parse_rate(text: &str) -> Result<u32> {
    let t: String = text.trim().trim_end_matches('%').to_lowercase();
    match t.as_str() {
        "10" => Ok(10),
        "8" | "8r" | "8軽" | "軽8" | "8(軽)" => Ok(8),
        "0" | "exempt" | "非課税" | "不課税" | "対象外" => Ok(0),
        _ => bail!(
            "'{}' is not a tax rate (10, 8 for the reduced rate, or 0)",
            crate::kernel::text::excerpt(text)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
