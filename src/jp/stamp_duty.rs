//! 印紙税 on a receipt for sales (印紙税法 別表第一 第17号の1文書, shared/japan-rules.md §10): what a
//! paper receipt needs in 収入印紙, by the amount received. When the receipt states the
//! consumption tax (as bko's do), the tax-excluded amount is what is judged (国税庁 消費税の
//! 取扱い通達). Electronic receipts (PDF, e-mail) bear no duty. Pure.

/// The bands: (up to and including this amount, duty). Under ¥50,000 nothing.
const BANDS: [(i64, i64); 14] = [
    (49_999, 0),
    (1_000_000, 200),
    (2_000_000, 400),
    (3_000_000, 600),
    (5_000_000, 1_000),
    (10_000_000, 2_000),
    (20_000_000, 4_000),
    (30_000_000, 6_000),
    (50_000_000, 10_000),
    (100_000_000, 20_000),
    (200_000_000, 40_000),
    (300_000_000, 60_000),
    (500_000_000, 100_000),
    (1_000_000_000, 150_000),
];

/// The duty on a paper receipt judged on `amount` (over ¥1 billion: ¥200,000).
pub fn on_receipt(amount: i64) -> i64 {
    BANDS
        .iter()
        .find(|(up_to, _)| amount <= *up_to)
        .map_or(200_000, |(_, duty)| *duty)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every band at its edges (印紙税額一覧表, 第17号文書 売上代金に係る金銭又は有価証券の受取書).
    #[test]
    fn the_bands_at_their_edges() {
        let cases = [
            (0, 0),
            (49_999, 0),
            (50_000, 200),
            (1_000_000, 200),
            (1_000_001, 400),
            (2_000_000, 400),
            (2_000_001, 600),
            (3_000_001, 1_000),
            (5_000_001, 2_000),
            (10_000_001, 4_000),
            (20_000_001, 6_000),
            (30_000_001, 10_000),
            (50_000_001, 20_000),
            (100_000_001, 40_000),
            (200_000_001, 60_000),
            (300_000_001, 100_000),
            (500_000_001, 150_000),
            (1_000_000_000, 150_000),
            (1_000_000_001, 200_000),
        ];
        for (amount, duty) in cases {
            assert_eq!(on_receipt(amount), duty, "{amount}");
        }
    }
}
