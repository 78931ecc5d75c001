//! NFKC for the text Japanese banks and payroll systems write: ASCII and half-width katakana
//! (ｶﾌﾞｼｷｶﾞｲｼｬ) are made full-width by a table, voiced marks joined to their kana, as Unicode
//! NFKC does; any other text goes through the full normalizer. A statement of a million lines
//! is mostly such text, and the general normalizer was a tenth of its import.

use unicode_normalization::UnicodeNormalization;

/// Full-width katakana (and punctuation) for U+FF61..=U+FF9F, as NFKC maps them one by one.
const FULL: [char; 63] = [
    '。', '「', '」', '、', '・', 'ヲ', 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ャ', 'ュ', 'ョ', 'ッ', 'ー',
    'ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'キ', 'ク', 'ケ', 'コ', 'サ', 'シ', 'ス', 'セ', 'ソ', 'タ',
    'チ', 'ツ', 'テ', 'ト', 'ナ', 'ニ', 'ヌ', 'ネ', 'ノ', 'ハ', 'ヒ', 'フ', 'ヘ', 'ホ', 'マ', 'ミ',
    'ム', 'メ', 'モ', 'ヤ', 'ユ', 'ヨ', 'ラ', 'リ', 'ル', 'レ', 'ロ', 'ワ', 'ン', '\u{3099}',
    '\u{309A}',
];

/// NFKC of `text`.
pub fn nfkc(text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    if !text
        .chars()
        .all(|c| c.is_ascii() || ('\u{FF61}'..='\u{FF9F}').contains(&c))
    {
        return text.nfkc().collect();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        let full = FULL[(c as u32 - 0xFF61) as usize];
        match full {
            '\u{3099}' | '\u{309A}' => match out.pop().and_then(|kana| voiced(kana, full)) {
                Some(joined) => out.push(joined),
                None => return text.nfkc().collect(),
            },
            _ => out.push(full),
        }
    }
    out
}

/// A kana with its voiced (゛ U+3099) or semi-voiced (゜ U+309A) mark, when Unicode composes
/// the pair (ガ, パ, ヴ); None otherwise (a mark alone stays a separate character).
fn voiced(kana: char, mark: char) -> Option<char> {
    let c = kana as u32;
    let joined = match mark {
        '\u{3099}' => match kana {
            'カ' | 'キ' | 'ク' | 'ケ' | 'コ' | 'サ' | 'シ' | 'ス' | 'セ' | 'ソ' | 'タ' | 'チ'
            | 'テ' | 'ツ' | 'ト' | 'ハ' | 'ヒ' | 'フ' | 'ヘ' | 'ホ' => c + 1,
            'ウ' => 'ヴ' as u32,
            'ワ' => 'ヷ' as u32,
            'ヲ' => 'ヺ' as u32,
            _ => return None,
        },
        _ => match kana {
            'ハ' | 'ヒ' | 'フ' | 'ヘ' | 'ホ' => c + 2,
            _ => return None,
        },
    };
    char::from_u32(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every half-width character alone, after each other one, and after ASCII, against the
    /// general normalizer (the reference: Unicode NFKC).
    #[test]
    fn agrees_with_unicode_nfkc_on_every_half_width_pair() {
        let half: Vec<char> = ('\u{FF61}'..='\u{FF9F}').collect();
        for a in &half {
            for b in half.iter().chain(&['A', ' ']) {
                for text in [format!("{a}{b}"), format!("x{a}{b}"), format!("{b}{a}")] {
                    let want: String = text.nfkc().collect();
                    assert_eq!(nfkc(&text), want, "{text}");
                }
            }
        }
        for text in ["ﾌﾘｺﾐ ｶ)ｱﾙﾌｧｼｮｳｼﾞ", "ﾞｶﾞ", "振込 ｶﾌﾞｼｷ", "ＡＢＣ１２３", "ﾟ"]
        {
            let want: String = text.nfkc().collect();
            assert_eq!(nfkc(text), want, "{text}");
        }
    }
}
