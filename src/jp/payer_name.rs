//! Payer names as banks print them (振込依頼人名), brought to one canonical form so that a
//! transfer from 「ﾌﾘｺﾐ ｶ)ｱﾙﾌｱｼﾖｳｼﾞ」 and the customer 「アルファ商事株式会社」 (kana アルファショウジ)
//! compare equal. Rules from 全銀 name conventions (shared/bank-formats.md §4; 京葉銀行 入力規則):
//! NFKC first, spaces dropped, a leading 振込 dropped, small kana folded to large (Zengin has
//! none), the long-vowel look-alikes unified, and the legal-form token removed wherever it stands
//! (「カ)ABC」, 「ABC(カ」, 「ABC(カ)シテン」).

/// Legal-form abbreviations as transfers write them, and the written-out forms.
const LEGAL_FORM_KANA: &[&str] = &[
    "トクヒ",
    "ザイ",
    "シヤ",
    "ガク",
    "フク",
    "ゼイ",
    "カ",
    "ユ",
    "メ",
    "シ",
    "ド",
    "イ",
    "株",
    "有",
];
const LEGAL_FORM_WORDS: &[&str] = &[
    "特定非営利活動法人",
    "社会福祉法人",
    "株式会社",
    "有限会社",
    "合同会社",
    "合名会社",
    "合資会社",
    "医療法人",
    "財団法人",
    "社団法人",
    "学校法人",
    "税理士法人",
    "カブシキガイシヤ",
    "カブシキカイシヤ",
    "ユウゲンガイシヤ",
    "ゴウドウガイシヤ",
];

/// The canonical form of a payer or customer name: what matching compares.
pub fn canonical(name: &str) -> String {
    let mut text: String = super::width::nfkc(name)
        .chars()
        .map(fold_char)
        .filter(|c| !c.is_whitespace() && !matches!(c, '・' | '.' | ',' | '、' | '。'))
        .collect();
    text = strip_transfer_prefix(&text).to_string();
    for word in LEGAL_FORM_WORDS {
        text = text.replace(word, "");
    }
    strip_legal_form_tokens(&text)
}

/// Katakana for hiragana, large kana for small, one long-vowel mark, upper-case Latin letters.
fn fold_char(c: char) -> char {
    let c = super::zengin::katakana_large(c);
    match c {
        '-' | '−' | '‐' | '‑' | '–' | '—' | '―' | 'ｰ' | '~' => 'ー',
        _ => c.to_ascii_uppercase(),
    }
}

/// Drops 振込 / フリコミ (with a following `*`, `＊` or digit) at the start.
fn strip_transfer_prefix(text: &str) -> &str {
    for prefix in ["振込", "フリコミ"] {
        if let Some(rest) = text.strip_prefix(prefix) {
            return rest.trim_start_matches(|c: char| c == '*' || c == '/' || c.is_ascii_digit());
        }
    }
    text
}

/// Removes 「(カ)」 anywhere, 「カ)」 at the start and 「(カ」 at the end, for every token.
fn strip_legal_form_tokens(text: &str) -> String {
    let mut out = text.to_string();
    for token in LEGAL_FORM_KANA {
        out = out.replace(&format!("({token})"), "");
    }
    for token in LEGAL_FORM_KANA {
        if let Some(rest) = out.strip_prefix(&format!("{token})")) {
            out = rest.to_string();
            break;
        }
    }
    for token in LEGAL_FORM_KANA {
        if let Some(rest) = out.strip_suffix(&format!("({token}")) {
            out = rest.to_string();
            break;
        }
    }
    out.replace(['(', ')'], "")
}

/// How well a payer name (canonical) fits a known name (canonical), 0–100: 100 equal, 90 when
/// one is a prefix of the other (bank truncation) and the shorter has three characters or more,
/// else the Dice coefficient of their distinct character bigrams (Japanese has no spaces to
/// split on).
pub fn similarity(payer: &str, known: &str) -> u32 {
    if payer.is_empty() || known.is_empty() {
        return 0;
    }
    if payer == known {
        return 100;
    }
    let shorter = payer.chars().count().min(known.chars().count());
    if shorter >= 3 && (payer.starts_with(known) || known.starts_with(payer)) {
        return 90;
    }
    let (a, b) = (bigrams(payer), bigrams(known));
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    let common = a.intersection(&b).count();
    // Capped below the prefix score: sharing bigrams is never as sure as a truncation.
    ((200 * common / (a.len() + b.len())) as u32).min(89)
}

/// The distinct character bigrams of a text.
pub fn bigrams(text: &str) -> std::collections::BTreeSet<(char, char)> {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(2).map(|w| (w[0], w[1])).collect()
}

/// Runs of four or more digits in a text (after NFKC): invoice or customer numbers that payers
/// add to their name or the EDI field.
pub fn digit_runs(text: &str) -> Vec<String> {
    let text = super::width::nfkc(text);
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() >= 4)
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Name forms from shared/bank-formats.md §4 (全銀 conventions).
    #[test]
    fn canonical_forms_agree_across_the_ways_banks_write_a_name() {
        let cases = [
            ("ｶ)ｱﾙﾌｱｼﾖｳｼﾞ", "アルフアシヨウジ"),
            ("ｱﾙﾌｱｼﾖｳｼﾞ(ｶ", "アルフアシヨウジ"),
            ("ｱﾙﾌｱ(ｶ)ﾄｳｷﾖｳｼﾃﾝ", "アルフアトウキヨウシテン"),
            ("振込＊カ）ワースワイル", "ワースワイル"),
            ("ﾌﾘｺﾐ ﾕ)ﾍﾞｰﾀ", "ベータ"),
            ("アルファショウジ", "アルフアシヨウジ"),
            ("あるふぁしょうじ", "アルフアシヨウジ"),
            ("株式会社アルファ商事", "アルフア商事"),
            ("ス−パ−フツウ", "スーパーフツウ"),
            ("ｲﾘﾖｳﾎｳｼﾞﾝ", "イリヨウホウジン"),
            ("ｲ)ｹﾝｺｳｶｲ", "ケンコウカイ"),
            ("ｾﾞｲ)ﾔﾏﾀﾞｶｲｹｲ", "ヤマダカイケイ"),
        ];
        for (input, expected) in cases {
            assert_eq!(canonical(input), expected, "{input}");
        }
    }

    #[test]
    fn similarity_prefers_equal_then_truncated_then_shared_bigrams() {
        let full = canonical("アルファショウジ");
        assert_eq!(similarity(&canonical("ｶ)ｱﾙﾌｱｼﾖｳｼﾞ"), &full), 100);
        assert_eq!(similarity(&canonical("ｱﾙﾌｱｼﾖｳ"), &full), 90);
        let other = canonical("アルファシステム");
        assert!(similarity(&canonical("ｱﾙﾌｱｼﾖｳｼﾞ"), &other) < 60);
        assert_eq!(similarity("", &full), 0);
        assert!(
            similarity("アル", &full) < 50,
            "two characters are too short a prefix"
        );
        // Repeated bigrams count once: アアアア… is not ニコアア….
        assert!(similarity("アアアアシヨウカイ", "ニコアアシヨウカイ") < 90);
    }

    #[test]
    fn digit_runs_find_numbers_in_full_and_half_width() {
        assert_eq!(digit_runs("ｱﾙﾌｱ 20260001"), vec!["20260001"]);
        assert_eq!(digit_runs("INV-２０２６-０００１"), vec!["2026", "0001"]);
        assert!(digit_runs("ｶ)ｱﾙﾌｱ 12").is_empty());
    }
}
