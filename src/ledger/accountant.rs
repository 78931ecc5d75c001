//! What the accountant's software expects of a journal line, shared by the 弥生, MF and freee
//! exports (and read back by their imports): amounts **tax-included** with the tax in its own
//! column, as those programs book them, instead of bko's net line plus a separate
//! 仮払消費税等 / 仮受消費税等 line; and each program's own 税区分 names, kept in one table
//! ([`TAX_NAMES`]) so a name is changed in one place (shared/japan-rules.md §8).

use unicode_normalization::UnicodeNormalization;

use super::{AccountType, Chart};
use crate::kernel::money::share_in_proportion;
use crate::ledger::JournalRow;

/// The programs bko hands the books to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// 弥生会計 (弥生インポート形式).
    Yayoi,
    /// マネーフォワード クラウド会計 (仕訳帳).
    MoneyForward,
    /// freee会計 (仕訳帳 import).
    Freee,
}

/// One 税区分 in each program's words: bko's key, whether it is the revenue side (非課税 is
/// split into sales and purchases), and the names for 弥生, MF and freee. 弥生's names are its
/// tax-included (内税) invoice-era ones, since the amounts exported include the tax.
pub const TAX_NAMES: &[(&str, Option<bool>, [&str; 3])] = &[
    (
        "sales_10",
        None,
        ["課税売上内10%", "課税売上 10%", "課税売上10%"],
    ),
    (
        "sales_8r",
        None,
        ["課税売上内8%軽", "課税売上 (軽)8%", "課税売上8%（軽）"],
    ),
    (
        "purchase_10",
        None,
        ["課対仕入内10%適格", "課税仕入 10%", "課対仕入10%"],
    ),
    (
        "purchase_8r",
        None,
        ["課対仕入内8%軽適格", "課税仕入 (軽)8%", "課対仕入8%（軽）"],
    ),
    ("exempt", Some(true), ["非課売上", "非課税売上", "非課売上"]),
    (
        "exempt",
        Some(false),
        ["非課仕入", "非課税仕入", "非課仕入"],
    ),
    ("out_of_scope", None, ["対象外", "対象外", "対象外"]),
];

impl Target {
    fn column(self) -> usize {
        match self {
            Target::Yayoi => 0,
            Target::MoneyForward => 1,
            Target::Freee => 2,
        }
    }

    /// This program's name for a bko tax category (on a revenue account or not).
    pub fn tax_name(self, key: &str, revenue: bool) -> &'static str {
        TAX_NAMES
            .iter()
            .find(|(k, side, _)| *k == key && side.is_none_or(|s| s == revenue))
            .map_or("対象外", |(_, _, names)| names[self.column()])
    }

    /// The bko key of one of the programs' names: any of the table's names, or a spelling of the
    /// same category the programs also use (込 / 内 / 別 for how the tax is written, 適格 for a
    /// qualified invoice, (軽) / 軽減 / 軽 for the reduced rate: 課対仕入込軽減8%適格).
    pub fn tax_key(name: &str) -> Option<&'static str> {
        let name = name.trim();
        if let Some((key, _, _)) = TAX_NAMES.iter().find(|(_, _, names)| names.contains(&name)) {
            return Some(key);
        }
        let folded: String = name.nfkc().filter(|c| !c.is_whitespace()).collect();
        let has = |part: &str| folded.contains(part);
        let purchase = has("仕入");
        let sales = has("売上");
        if has("対象外") || has("不課税") {
            return Some("out_of_scope");
        }
        if has("非課") && (purchase || sales) {
            return Some("exempt");
        }
        match (purchase, sales, has("10%"), has("8%")) {
            (true, false, true, false) => Some("purchase_10"),
            (true, false, false, true) => Some("purchase_8r"),
            (false, true, true, false) => Some("sales_10"),
            (false, true, false, true) => Some("sales_8r"),
            _ => None,
        }
    }

    /// Whether a name is a purchase category whose tax is only partly creditable (経過措置
    /// 区分80% / 50%, 控除不可): bko books all of a purchase's stated tax as 仮払消費税等, so such a
    /// line needs the accountant's split and is refused rather than booked wrong.
    pub fn partly_creditable(name: &str) -> bool {
        [
            "区分80",
            "区分50",
            "80%控除",
            "50%控除",
            "控不",
            "控除不可",
            "控除対象外",
        ]
        .iter()
        .any(|part| name.contains(part))
    }
}

/// The rate of a taxable category (10 or 8), or none.
pub fn rate_of(key: &str) -> Option<i64> {
    match key {
        "sales_10" | "purchase_10" => Some(10),
        "sales_8r" | "purchase_8r" => Some(8),
        _ => None,
    }
}

/// Whether an account holds consumption tax (仮払消費税等, 仮受消費税等), whose lines are folded
/// into the taxable lines they belong to.
pub fn is_tax_account(name: &str) -> bool {
    name.contains("仮払消費税") || name.contains("仮受消費税")
}

/// A journal line as the accountant's program takes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Account name.
    pub account: String,
    /// Debit (true) or credit.
    pub debit: bool,
    /// The amount with its tax included.
    pub amount: i64,
    /// The tax inside the amount.
    pub tax: i64,
    /// bko's tax category key.
    pub category: String,
    /// Whether the account is a revenue account (for 非課税's two names).
    pub revenue: bool,
    /// The line's description (or the entry's memo).
    pub description: String,
}

/// An entry's lines with each tax line folded into the taxable lines on its side: the tax is
/// shared among them in proportion to the tax their rates give (largest remainder), so the
/// amounts still balance. A tax line with no taxable line beside it stays a line of its own.
pub fn fold_tax(lines: &[JournalRow], chart: &Chart) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut taxes: Vec<(bool, i64, Line)> = Vec::new();
    for l in lines {
        let account = chart.by_id(l.account_id);
        let line = Line {
            account: account.map_or(String::new(), |a| a.name.clone()),
            debit: l.debit > 0,
            amount: l.debit.max(l.credit),
            tax: 0,
            category: l.tax_category.clone(),
            revenue: account.is_some_and(|a| a.account_type == AccountType::Revenue),
            description: l.description.clone().unwrap_or_else(|| l.memo.clone()),
        };
        if is_tax_account(&line.account) {
            taxes.push((line.debit, line.amount, line));
        } else {
            out.push(line);
        }
    }
    for (debit, tax, line) in taxes {
        let takers: Vec<usize> = (0..out.len())
            .filter(|i| out[*i].debit == debit && rate_of(&out[*i].category).is_some())
            .collect();
        if takers.is_empty() {
            out.push(line);
            continue;
        }
        let weights: Vec<i64> = takers
            .iter()
            .map(|i| out[*i].amount * rate_of(&out[*i].category).unwrap_or(0))
            .collect();
        for (i, share) in takers.into_iter().zip(share_in_proportion(&weights, tax)) {
            out[i].amount += share;
            out[i].tax += share;
        }
    }
    out
}

/// Text as a one-line field: line breaks (which would end the record in the program's reader)
/// become spaces.
pub fn one_line(text: &str) -> String {
    text.replace("\r\n", " ").replace(['\r', '\n'], " ")
}

/// Text cut to at most `max` bytes of CP932 at a character boundary (弥生's 摘要 holds 64).
pub fn cut_cp932(text: &str, max: usize) -> (String, bool) {
    let mut out = String::new();
    let mut bytes = 0;
    for c in text.chars() {
        let width = encoding_rs::SHIFT_JIS.encode(&c.to_string()).0.len();
        if bytes + width > max {
            return (out, true);
        }
        bytes += width;
        out.push(c);
    }
    (out, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_program_has_its_own_tax_names_and_they_read_back() {
        assert_eq!(
            Target::Yayoi.tax_name("purchase_10", false),
            "課対仕入内10%適格"
        );
        assert_eq!(Target::Yayoi.tax_name("sales_8r", true), "課税売上内8%軽");
        assert_eq!(
            Target::MoneyForward.tax_name("purchase_10", false),
            "課税仕入 10%"
        );
        assert_eq!(
            Target::MoneyForward.tax_name("sales_8r", true),
            "課税売上 (軽)8%"
        );
        assert_eq!(Target::Freee.tax_name("exempt", true), "非課売上");
        assert_eq!(Target::Yayoi.tax_name("exempt", false), "非課仕入");
        for (key, _, names) in TAX_NAMES {
            for name in names {
                assert_eq!(Target::tax_key(name), Some(*key), "{name}");
            }
        }
        assert_eq!(Target::tax_key("課対仕入込10%適格"), Some("purchase_10"));
        assert_eq!(Target::tax_key("課対仕入込軽減8%適格"), Some("purchase_8r"));
        assert_eq!(Target::tax_key("課税売上込１０％"), Some("sales_10"));
        assert_eq!(Target::tax_key("不課税"), Some("out_of_scope"));
        assert_eq!(Target::tax_key("課税売上"), None);
        assert!(Target::partly_creditable("課対仕入込10%区分80%"));
        assert!(!Target::partly_creditable("課対仕入内10%適格"));
    }

    #[test]
    fn tax_is_shared_by_rate_weight() {
        // ¥10,000 at 10% and ¥5,000 at 8% with one tax line of ¥1,400.
        assert_eq!(
            share_in_proportion(&[100_000, 40_000], 1400),
            vec![1000, 400]
        );
        assert_eq!(
            share_in_proportion(&[10, 10, 10], 100).iter().sum::<i64>(),
            100
        );
    }

    #[test]
    fn yayoi_descriptions_are_cut_at_64_bytes_on_a_character() {
        let (cut, was) = cut_cp932(&"あ".repeat(40), 64);
        assert!(was && cut.chars().count() == 32);
        let (cut, was) = cut_cp932(&format!("a{}", "あ".repeat(40)), 64);
        assert!(was && cut.chars().count() == 32, "{cut}");
        assert_eq!(cut_cp932("短い", 64), ("短い".to_string(), false));
        assert_eq!(one_line("一行目\r\n二行目\n三"), "一行目 二行目 三");
    }
}
