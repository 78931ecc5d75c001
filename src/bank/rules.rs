//! Ordered rules for lines no match settles (freee 自動登録ルール, hledger CSV rules): every
//! condition that is set must hold — direction, bank account, the normalized text (exact,
//! contains, prefix, suffix, regex; width and case ignored) and the amount range — and the
//! first rule that fits acts: post to an account, split off fixed lines, move money between own
//! accounts, or ignore. Rules travel as CSV.

use anyhow::{Result, anyhow, bail};
use unicode_normalization::UnicodeNormalization;

use super::types::{Direction, Line, Rule, RuleAction, SplitPart, TextOp};
use crate::kernel::csvio::CsvRow;

/// The columns of a rules CSV, in order.
pub const COLUMNS: [&str; 11] = [
    "name",
    "direction",
    "account",
    "text_op",
    "text",
    "min_amount",
    "max_amount",
    "action",
    "target",
    "tax",
    "splits",
];

/// Text folded for comparison: NFKC, upper case, spaces dropped.
pub fn fold(text: &str) -> String {
    text.nfkc()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase()
}

/// Whether a rule's conditions all hold for a line.
pub fn fits(rule: &Rule, line: &Line) -> bool {
    if !rule.direction.admits(line.amount) {
        return false;
    }
    if rule.account.as_ref().is_some_and(|a| *a != line.account) {
        return false;
    }
    let size = line.amount.abs();
    if rule.min_amount.is_some_and(|m| size < m) || rule.max_amount.is_some_and(|m| size > m) {
        return false;
    }
    let Some((op, wanted)) = &rule.text else {
        return true;
    };
    let text = fold(&format!(
        "{} {}",
        line.text,
        line.payer.as_deref().unwrap_or("")
    ));
    let wanted_folded = fold(wanted);
    match op {
        TextOp::Exact => text == wanted_folded || fold(&line.text) == wanted_folded,
        TextOp::Contains => text.contains(&wanted_folded),
        TextOp::Prefix => text.starts_with(&wanted_folded),
        TextOp::Suffix => fold(&line.text).ends_with(&wanted_folded),
        // Pattern and text both NFKC: ﾃﾞﾝﾜ in a pattern finds デンワ.
        TextOp::Regex => regex_lite::Regex::new(&wanted.nfkc().collect::<String>())
            .map(|re| re.is_match(&line.text.nfkc().collect::<String>()))
            .unwrap_or(false),
    }
}

/// The first rule that fits a line.
pub fn first_fitting<'r>(rules: &'r [Rule], line: &Line) -> Option<&'r Rule> {
    rules.iter().find(|r| fits(r, line))
}

/// Parses split lines: `ACCOUNT:AMOUNT[:TAX]` separated by `;`. A negative amount sits on the
/// bank's side of the entry: `預り金:-10210` on a fee paid net of withholding.
pub fn parse_splits(text: &str) -> Result<Vec<SplitPart>> {
    text.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|part| {
            let fields: Vec<&str> = part.split(':').map(str::trim).collect();
            let (account, amount, tax) = match fields.as_slice() {
                [a, m] => (*a, *m, None),
                [a, m, t] => (*a, *m, Some(*t)),
                _ => bail!("split '{part}': write ACCOUNT:AMOUNT or ACCOUNT:AMOUNT:TAX"),
            };
            let amount = super::profiles::parse_yen(amount)?;
            if amount == 0 {
                bail!("split '{part}': the amount is zero");
            }
            let tax = tax
                .map(|t| crate::jp::tax_category::parse(t).map(|c| c.key.to_string()))
                .transpose()?;
            Ok(SplitPart {
                account: account.to_string(),
                amount,
                tax,
            })
        })
        .collect()
}

/// Split lines back as text.
pub fn splits_text(parts: &[SplitPart]) -> String {
    parts
        .iter()
        .map(|p| match &p.tax {
            Some(t) => format!("{}:{}:{t}", p.account, p.amount),
            None => format!("{}:{}", p.account, p.amount),
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// Checks a rule before it is stored: what its action needs, a regex that compiles, a
/// sensible amount range.
pub fn validate(rule: &Rule) -> Result<()> {
    crate::kernel::text::check_length(
        "rule name",
        &rule.name,
        crate::kernel::text::CODE_MAX_CHARS,
    )?;
    if rule.name.trim().is_empty() {
        bail!("a rule needs a name");
    }
    if let Some((TextOp::Regex, pattern)) = &rule.text {
        regex_lite::Regex::new(pattern).map_err(|e| anyhow!("the regex '{pattern}': {e}"))?;
    }
    if let (Some(min), Some(max)) = (rule.min_amount, rule.max_amount)
        && min > max
    {
        bail!("the smallest amount {min} is above the largest {max}");
    }
    match rule.action {
        RuleAction::Post | RuleAction::Transfer if rule.target.is_none() => {
            bail!("a {} rule needs --target", rule.action.key())
        }
        RuleAction::Split if rule.target.is_none() || rule.splits.is_empty() => {
            bail!("a split rule needs --target (the rest) and --split ACCOUNT:AMOUNT[:TAX]")
        }
        _ => Ok(()),
    }
}

/// Reads one rule from a CSV row (see [`COLUMNS`]).
pub fn from_row(
    row: &CsvRow,
    index: &std::collections::HashMap<&'static str, usize>,
) -> Result<Rule> {
    let get = |name: &str| row.get(index.get(name).copied());
    let opt = |name: &str| Some(get(name).to_string()).filter(|v| !v.is_empty());
    let amount = |name: &'static str| -> Result<Option<i64>> {
        opt(name)
            .map(|v| super::profiles::parse_yen(&v).map_err(|e| row.error(name, e)))
            .transpose()
    };
    let text = match (opt("text_op"), opt("text")) {
        (Some(op), Some(t)) => Some((TextOp::parse(&op).map_err(|e| row.error("text_op", e))?, t)),
        (None, Some(t)) => Some((TextOp::Contains, t)),
        (Some(_), None) => return Err(row.error("text", "text_op without text")),
        (None, None) => None,
    };
    let rule = Rule {
        id: 0,
        position: 0,
        name: get("name").to_string(),
        direction: Direction::parse(get("direction")).map_err(|e| row.error("direction", e))?,
        account: opt("account"),
        text,
        min_amount: amount("min_amount")?,
        max_amount: amount("max_amount")?,
        action: RuleAction::parse(get("action")).map_err(|e| row.error("action", e))?,
        target: opt("target"),
        tax: opt("tax")
            .map(|t| crate::jp::tax_category::parse(&t).map(|c| c.key.to_string()))
            .transpose()
            .map_err(|e| row.error("tax", e))?,
        splits: parse_splits(get("splits")).map_err(|e| row.error("splits", e))?,
    };
    validate(&rule).map_err(|e| row.error("name", e))?;
    Ok(rule)
}

/// A rule as a CSV row (see [`COLUMNS`]).
pub fn to_row(rule: &Rule) -> Vec<String> {
    let o = |v: &Option<String>| v.clone().unwrap_or_default();
    let n = |v: Option<i64>| v.map(|x| x.to_string()).unwrap_or_default();
    vec![
        rule.name.clone(),
        rule.direction.key().into(),
        o(&rule.account),
        rule.text
            .as_ref()
            .map(|(op, _)| op.key().to_string())
            .unwrap_or_default(),
        rule.text
            .as_ref()
            .map(|(_, t)| t.clone())
            .unwrap_or_default(),
        n(rule.min_amount),
        n(rule.max_amount),
        rule.action.key().into(),
        o(&rule.target),
        o(&rule.tax),
        splits_text(&rule.splits),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(amount: i64, text: &str) -> Line {
        Line {
            id: 1,
            account: "MAIN".into(),
            date: "2026-04-30".parse().unwrap(),
            amount,
            balance: None,
            text: text.into(),
            payer: None,
            edi: None,
            reference: None,
            matched: None,
        }
    }

    fn rule(op: TextOp, text: &str) -> Rule {
        Rule {
            id: 1,
            position: 10,
            name: "r".into(),
            direction: Direction::Out,
            account: None,
            text: Some((op, text.into())),
            min_amount: None,
            max_amount: Some(10_000),
            action: RuleAction::Post,
            target: Some("通信費".into()),
            tax: None,
            splits: vec![],
        }
    }

    #[test]
    fn conditions_compare_width_and_case_blind_and_all_must_hold() {
        let l = line(-5_500, "ﾃﾞﾝﾜﾘﾖｳ NTT");
        assert!(fits(&rule(TextOp::Contains, "デンワリヨウ"), &l));
        assert!(fits(&rule(TextOp::Prefix, "ﾃﾞﾝﾜ"), &l));
        assert!(fits(&rule(TextOp::Suffix, "ntt"), &l));
        assert!(fits(&rule(TextOp::Regex, "^デンワ.*NTT$"), &l));
        assert!(!fits(&rule(TextOp::Exact, "デンワ"), &l));
        assert!(
            !fits(&rule(TextOp::Contains, "デンワ"), &line(5_500, "ﾃﾞﾝﾜ")),
            "direction"
        );
        assert!(
            !fits(&rule(TextOp::Contains, "デンワ"), &line(-50_000, "ﾃﾞﾝﾜ")),
            "amount range"
        );
    }

    #[test]
    fn splits_read_and_write_back() {
        let parts = parse_splits("支払手数料:660:課対仕入10%; 預り金:1021").unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].tax.as_deref(), Some("purchase_10"));
        assert_eq!(
            splits_text(&parts),
            "支払手数料:660:purchase_10;預り金:1021"
        );
        assert!(parse_splits("通信費").is_err());
        assert!(parse_splits("通信費:0").is_err());
        assert_eq!(parse_splits("預り金:-10210").unwrap()[0].amount, -10_210);
    }
}
