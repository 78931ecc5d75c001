//! What a 全銀協 (Zengin) transfer file can carry, checked where the values are entered (company
//! settings, pay settings, people) as well as when the file is written: half-width katakana
//! without small kana, A-Z, 0-9, space and `( ) - . /`, in fields of fixed width. Pure.

use anyhow::{Result, bail};
use encoding_rs::SHIFT_JIS;
use unicode_normalization::UnicodeNormalization;

/// The width of the Zengin name fields, in bytes (= half-width characters).
pub const CONSIGNOR_NAME_WIDTH: usize = 40;
/// 銀行名 and 支店名.
pub const BANK_NAME_WIDTH: usize = 15;
/// 受取人名.
pub const HOLDER_NAME_WIDTH: usize = 30;

/// Checks that a name can be written in a Zengin field of `width` characters once converted
/// ([`zengin_kana`]); returns the name as given.
pub fn check_name(value: &str, width: usize, what: &str) -> Result<String> {
    let value = value.trim();
    text(&zengin_kana(value)?, width, what)?;
    Ok(value.to_string())
}

/// Converts a kana name to what a Zengin file may carry: half-width katakana with small kana made
/// large (ｷｭｳ → ｷﾕｳ), voiced marks as separate characters, ー as `-`, A-Z, 0-9, space and
/// Checks a bank detail that 全銀 records carry as digits: present or not, it must be `min` to
/// `max` ASCII digits (bank code 4, branch code 3, account number up to 7).
pub fn check_digits(field: &str, value: Option<&str>, min: usize, max: usize) -> Result<()> {
    if let Some(v) = value
        && (v.len() < min || v.len() > max || !v.bytes().all(|b| b.is_ascii_digit()))
    {
        bail!("{field} '{v}' must be {min} to {max} digits");
    }
    Ok(())
}

/// Katakana for hiragana, and the large kana for a small one (Zengin has no small kana:
/// キャッシュ is written キヤツシユ).
pub fn katakana_large(c: char) -> char {
    let c = match c {
        'ぁ'..='ゖ' => char::from_u32(c as u32 + 0x60).unwrap_or(c),
        _ => c,
    };
    match c {
        'ァ' => 'ア',
        'ィ' => 'イ',
        'ゥ' => 'ウ',
        'ェ' => 'エ',
        'ォ' => 'オ',
        'ッ' => 'ツ',
        'ャ' => 'ヤ',
        'ュ' => 'ユ',
        'ョ' => 'ヨ',
        'ヮ' => 'ワ',
        'ヵ' => 'カ',
        'ヶ' => 'ケ',
        _ => c,
    }
}

/// `( ) - . /`. Anything else is an error naming the character.
pub fn zengin_kana(text: &str) -> Result<String> {
    let large = |c: char| match katakana_large(c) {
        'ー' | '－' | '‐' => '-',
        // A middle dot between given and family names (スミス・ジョン) becomes a space.
        '　' | '・' | '･' => ' ',
        other => other,
    };
    // Full-width forms first (NFKC turns ｶ into カ), hiragana to katakana, then half-width.
    let folded: String = text
        .nfkc()
        .map(katakana_large)
        .map(large)
        .collect::<String>()
        .to_uppercase();
    let mut out = String::new();
    for c in folded.nfd() {
        let half = match c {
            '\u{3099}' => "ﾞ".to_string(),
            '\u{309A}' => "ﾟ".to_string(),
            'ア'..='ヺ' => to_half_width(c)
                .ok_or_else(|| anyhow::anyhow!("'{c}' cannot be written in a Zengin file"))?
                .to_string(),
            'A'..='Z' | '0'..='9' | ' ' | '(' | ')' | '-' | '.' | '/' => c.to_string(),
            other => bail!(
                "'{other}' in '{text}' cannot be written in a Zengin file (kana, A-Z, 0-9, space, ( ) - . /)"
            ),
        };
        out.push_str(&half);
    }
    Ok(out)
}

fn to_half_width(c: char) -> Option<char> {
    const FULL: &str = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
    const HALF: &str = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ";
    match c {
        'ヰ' => Some('ｲ'),
        'ヱ' => Some('ｴ'),
        _ => FULL
            .chars()
            .position(|f| f == c)
            .and_then(|i| HALF.chars().nth(i)),
    }
}

/// A text field: left-aligned, space-padded to `width` bytes (refused when longer).
/// A field of a Zengin record: JIS X 0201 bytes padded to `width`, or an error naming the field.
pub fn text(field: &str, width: usize, what: &str) -> Result<Vec<u8>> {
    let (bytes, _, bad) = SHIFT_JIS.encode(field);
    if bad
        || bytes
            .iter()
            .any(|b| *b >= 0x80 && !(0xA1..=0xDF).contains(b))
    {
        bail!("{what} '{field}' is not half-width kana or ASCII");
    }
    if bytes.len() > width {
        bail!("{what} '{field}' is longer than {width} characters");
    }
    let mut v = bytes.into_owned();
    v.resize(width, b' ');
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_checked_for_the_field_they_go_to() {
        assert!(check_name("ﾐｽﾞﾎ", BANK_NAME_WIDTH, "bank name").is_ok());
        assert!(check_name("みずほ", BANK_NAME_WIDTH, "bank name").is_ok());
        // 16 half-width characters do not fit the 15 of a bank name.
        let err = check_name("ﾄｳｷﾖｳｴｲｷﾞﾖｳﾌﾞﾀﾞｲﾆ", BANK_NAME_WIDTH, "bank name").unwrap_err();
        assert!(err.to_string().contains("longer than 15"), "{err}");
        let err = check_name("東京", BANK_NAME_WIDTH, "bank name").unwrap_err();
        assert!(
            err.to_string()
                .contains("cannot be written in a Zengin file"),
            "{err}"
        );
    }
}
