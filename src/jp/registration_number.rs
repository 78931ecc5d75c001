//! 適格請求書発行事業者登録番号 (qualified invoice issuer registration number): `T` followed by
//! 13 digits; for a corporation the digits are its 法人番号, whose first digit is a check digit.
//!
//! Source: 国税庁「法人番号の指定を受けた者の法人番号の構成」/ チェックディジットの計算
//! (houjin-bangou.nta.go.jp/documents/checkdigit.pdf): with the 12 base digits P1..P12 counted
//! from the right and Q = 1 for odd n, 2 for even n, check = 9 − (Σ Pn·Qn mod 9).

use anyhow::{Result, bail};
use unicode_normalization::UnicodeNormalization;

/// Validates and normalizes a registration number (`t1180301018771`, `T 1180-3010-18771`, and
/// full-width digits become `T1180301018771`).
pub fn normalize(text: &str) -> Result<String> {
    let cleaned: String = text
        .nfkc()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_uppercase();
    let digits = cleaned.strip_prefix('T').unwrap_or("");
    if digits.len() != 13 || !digits.chars().all(|c| c.is_ascii_digit()) {
        bail!("'{text}' is not a registration number (expected T followed by 13 digits)");
    }
    let expected = check_digit(&digits[1..]);
    let found = digits.as_bytes()[0] - b'0';
    if found != expected {
        bail!(
            "'{text}' is not a valid registration number: its check digit is {found}, \
             but the other digits require {expected}"
        );
    }
    Ok(cleaned)
}

/// The 法人番号 check digit of 12 base digits.
fn check_digit(base: &str) -> u8 {
    let sum: u32 = base
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let weight = if (i + 1) % 2 == 1 { 1 } else { 2 };
            u32::from(b - b'0') * weight
        })
        .sum();
    (9 - (sum % 9)) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Valid and invalid 法人番号 from the NTA check-digit rule (shared/japan-rules.md §1).
    #[test]
    fn validates_the_check_digit() {
        let valid = [
            "1180301018771", // トヨタ自動車
            "5010001008846", // 三菱UFJ銀行
            "7010401045660", // ソニー
            "3000012010001", // 内閣官房
            "8700110005901",
        ];
        for digits in valid {
            assert_eq!(
                normalize(&format!("T{digits}")).unwrap(),
                format!("T{digits}")
            );
        }
        for digits in ["1234567890123", "1180301018772"] {
            assert!(normalize(&format!("T{digits}")).is_err(), "{digits}");
        }
    }

    #[test]
    fn normalizes_how_people_type_it() {
        assert_eq!(normalize("t1180301018771").unwrap(), "T1180301018771");
        assert_eq!(
            normalize("Ｔ１１８０３０１０１８７７１").unwrap(),
            "T1180301018771"
        );
        assert_eq!(normalize("T 1180-3010-18771").unwrap(), "T1180301018771");
        assert!(normalize("1180301018771").is_err());
        assert!(normalize("T118030101877").is_err());
    }
}
