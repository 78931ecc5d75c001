//! Consumption-tax categories (税区分) carried by accounts and journal lines, as used in the
//! accountant hand-off formats (shared/japan-rules.md §2, §8). Stored by a stable key; shown and
//! accepted by Japanese or English name.

use anyhow::{Result, bail};
use unicode_normalization::UnicodeNormalization;

/// A consumption-tax category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TaxCategory {
    /// Stable key stored in the database.
    pub key: &'static str,
    /// Japanese name, as 弥生 and MF expect it.
    pub ja: &'static str,
    /// English name.
    pub en: &'static str,
}

/// Every category bko knows.
pub const ALL: &[TaxCategory] = &[
    TaxCategory {
        key: "sales_10",
        ja: "課税売上10%",
        en: "Taxable sales 10%",
    },
    TaxCategory {
        key: "sales_8r",
        ja: "課税売上8%(軽)",
        en: "Taxable sales 8% (reduced)",
    },
    TaxCategory {
        key: "purchase_10",
        ja: "課対仕入10%",
        en: "Taxable purchases 10%",
    },
    TaxCategory {
        key: "purchase_8r",
        ja: "課対仕入8%(軽)",
        en: "Taxable purchases 8% (reduced)",
    },
    TaxCategory {
        key: "exempt",
        ja: "非課税",
        en: "Exempt",
    },
    TaxCategory {
        key: "out_of_scope",
        ja: "対象外",
        en: "Out of scope",
    },
];

/// The category of lines that carry no consumption tax (balance-sheet movements).
pub const OUT_OF_SCOPE: &str = "out_of_scope";

/// Finds a category by key, Japanese or English name (full-width and case ignored).
pub fn parse(text: &str) -> Result<&'static TaxCategory> {
    let wanted = fold(text);
    let aliases = |c: &TaxCategory| -> Vec<String> {
        let mut names = vec![fold(c.key), fold(c.ja), fold(c.en)];
        if c.key == "out_of_scope" {
            names.extend(["不課税".to_string(), fold("対象外/不課税")]);
        }
        names
    };
    match ALL.iter().find(|c| aliases(c).contains(&wanted)) {
        Some(c) => Ok(c),
        None => bail!(
            "'{text}' is not a tax category (known: {})",
            ALL.iter().map(|c| c.ja).collect::<Vec<_>>().join(", ")
        ),
    }
}

/// The category stored under `key`.
pub fn by_key(key: &str) -> Option<&'static TaxCategory> {
    ALL.iter().find(|c| c.key == key)
}

fn fold(text: &str) -> String {
    text.nfkc()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_keys_and_both_languages() {
        assert_eq!(parse("課税売上10%").unwrap().key, "sales_10");
        assert_eq!(parse("課税売上１０％").unwrap().key, "sales_10");
        assert_eq!(parse("課対仕入8%(軽)").unwrap().key, "purchase_8r");
        assert_eq!(parse("exempt").unwrap().key, "exempt");
        assert_eq!(parse("Out of scope").unwrap().key, "out_of_scope");
        assert_eq!(parse("不課税").unwrap().key, "out_of_scope");
        assert!(parse("VAT").is_err());
    }
}
