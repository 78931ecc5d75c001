//! 全国地方公共団体コード (the six-digit code of a prefecture or municipality) and 郵便番号:
//! checked where they are entered, because the 給与支払報告書 is sent per municipality by code.

use anyhow::{Result, bail};

/// A municipality code checked against its check digit (総務省 「全国地方公共団体コード」: the
/// five digits weighted 6, 5, 4, 3, 2, summed, and the last digit of 11 minus the sum modulo
/// 11). Full-width digits are accepted; the code is returned in ASCII digits.
pub fn municipality_code(text: &str) -> Result<String> {
    let digits: String = text.trim().chars().map(ascii_digit).collect();
    if digits.len() == 5 && digits.chars().all(|c| c.is_ascii_digit()) {
        bail!(
            "'{text}' has five digits; the municipality code has six (with its check digit: {digits}{})",
            check_digit(&digits)
        );
    }
    if digits.len() != 6 || !digits.chars().all(|c| c.is_ascii_digit()) {
        bail!("'{text}' is not a municipality code (six digits, e.g. 131016 for 千代田区)");
    }
    let expected = check_digit(&digits[..5]);
    if digits.as_bytes()[5] - b'0' != expected {
        bail!("'{text}' is not a municipality code: its check digit should be {expected}");
    }
    Ok(digits)
}

fn check_digit(five: &str) -> u8 {
    let sum: u32 = five
        .bytes()
        .zip([6, 5, 4, 3, 2])
        .map(|(b, w)| u32::from(b - b'0') * w)
        .sum();
    ((11 - sum % 11) % 10) as u8
}

/// A postal code as `NNN-NNNN` (seven digits, with or without the hyphen or 〒).
pub fn postal_code(text: &str) -> Result<String> {
    let digits: String = text
        .trim()
        .trim_start_matches('〒')
        .chars()
        .map(ascii_digit)
        .filter(|c| *c != '-' && *c != 'ー' && *c != '－')
        .collect();
    if digits.len() != 7 || !digits.chars().all(|c| c.is_ascii_digit()) {
        bail!("'{text}' is not a postal code (seven digits, e.g. 100-0001)");
    }
    Ok(format!("{}-{}", &digits[..3], &digits[3..]))
}

fn ascii_digit(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn municipality_codes_carry_their_check_digit() {
        // Codes as published by 総務省 (全国地方公共団体コード).
        for (code, name) in [
            ("131016", "千代田区"),
            ("011002", "札幌市"),
            ("271004", "大阪市"),
            ("141003", "横浜市"),
            ("131041", "新宿区"),
            ("232017", "豊橋市"),
            ("472018", "那覇市"),
        ] {
            assert_eq!(municipality_code(code).unwrap(), code, "{name}");
        }
        assert_eq!(municipality_code("１３１０１６").unwrap(), "131016");
        assert!(municipality_code("131017").is_err());
        let five = municipality_code("13101").unwrap_err().to_string();
        assert!(five.contains("131016"), "{five}");
        assert!(municipality_code("13-101").is_err());
    }

    #[test]
    fn postal_codes_are_seven_digits() {
        assert_eq!(postal_code("1000001").unwrap(), "100-0001");
        assert_eq!(postal_code("〒100-0001").unwrap(), "100-0001");
        assert_eq!(postal_code("１００－０００１").unwrap(), "100-0001");
        assert!(postal_code("100-001").is_err());
        assert!(postal_code("abc-defg").is_err());
    }
}
