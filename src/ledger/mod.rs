//! The ledger: chart of accounts, journal entries and the rules that keep the books double-entry.
//! Every other area posts through [`post`] inside its own transaction. This file holds the domain
//! types and rules (pure); SQL lives in `store.rs`, reports in `report.rs`, the CLI in `cli/`.

pub mod accountant;
pub mod accountant_import;
mod bulk_store;
pub mod chart;
pub use chart::{Chart, fold, install_standard_chart};
pub mod cli;
pub mod export;
pub mod import;
pub mod ops;
pub mod report;
pub mod settings;
pub mod statements;
mod store;
mod types;
pub use types::*;

/// What other areas may use of this area's records (its store is private).
pub use store::{
    balance_before, date_span, entry_by_id, entry_count, expense_lines_at_least, insert_account,
    journal_totals, lines_off_their_entry_date, lock_through, period_sums, reversed_by, set_lock,
    trial_balance_sums, unbalanced_entries,
};
pub mod year_end;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use crate::kernel::money::Currency;

/// The five kinds of account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountType {
    /// 資産
    Asset,
    /// 負債
    Liability,
    /// 純資産
    Equity,
    /// 収益
    Revenue,
    /// 費用
    Expense,
}

impl AccountType {
    /// The stored key.
    pub fn key(&self) -> &'static str {
        match self {
            AccountType::Asset => "asset",
            AccountType::Liability => "liability",
            AccountType::Equity => "equity",
            AccountType::Revenue => "revenue",
            AccountType::Expense => "expense",
        }
    }

    /// Parses a key, or a Japanese name (資産, 負債, 純資産, 収益, 費用).
    pub fn parse(text: &str) -> Result<AccountType> {
        Ok(match text.trim().to_lowercase().as_str() {
            "asset" | "資産" => AccountType::Asset,
            "liability" | "負債" => AccountType::Liability,
            "equity" | "純資産" | "資本" => AccountType::Equity,
            "revenue" | "income" | "収益" => AccountType::Revenue,
            "expense" | "費用" => AccountType::Expense,
            _ => bail!(
                "'{text}' is not an account type (asset, liability, equity, revenue, expense)"
            ),
        })
    }

    /// The side on which an account of this type normally carries its balance.
    pub fn normal_side(&self) -> Side {
        match self {
            AccountType::Asset | AccountType::Expense => Side::Debit,
            _ => Side::Credit,
        }
    }

    /// Whether the account belongs to the profit and loss statement.
    pub fn is_profit_and_loss(&self) -> bool {
        matches!(self, AccountType::Revenue | AccountType::Expense)
    }
}

/// Debit or credit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// 借方
    Debit,
    /// 貸方
    Credit,
}

impl Side {
    /// The stored key.
    pub fn key(&self) -> &'static str {
        match self {
            Side::Debit => "debit",
            Side::Credit => "credit",
        }
    }

    /// Parses the stored key.
    pub fn parse(text: &str) -> Result<Side> {
        match text {
            "debit" => Ok(Side::Debit),
            "credit" => Ok(Side::Credit),
            _ => bail!("'{text}' is not debit or credit"),
        }
    }

    /// +1 for debit, −1 for credit: multiply a debit-positive balance by this to show it
    /// positive on the account's normal side.
    pub fn sign(&self) -> i64 {
        match self {
            Side::Debit => 1,
            Side::Credit => -1,
        }
    }
}

/// A report section of the Japanese financial statements (貸借対照表・損益計算書).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// Stable key stored on accounts.
    pub key: &'static str,
    /// Japanese heading.
    pub ja: &'static str,
    /// English heading.
    pub en: &'static str,
    /// The account type every account in it has.
    pub account_type: AccountType,
}

/// Every section, in statement order.
pub const SECTIONS: &[Section] = &[
    Section {
        key: "current_assets",
        ja: "流動資産",
        en: "Current assets",
        account_type: AccountType::Asset,
    },
    Section {
        key: "tangible_fixed_assets",
        ja: "有形固定資産",
        en: "Property, plant and equipment",
        account_type: AccountType::Asset,
    },
    Section {
        key: "intangible_fixed_assets",
        ja: "無形固定資産",
        en: "Intangible assets",
        account_type: AccountType::Asset,
    },
    Section {
        key: "investments",
        ja: "投資その他の資産",
        en: "Investments and other assets",
        account_type: AccountType::Asset,
    },
    Section {
        key: "deferred_assets",
        ja: "繰延資産",
        en: "Deferred assets",
        account_type: AccountType::Asset,
    },
    Section {
        key: "current_liabilities",
        ja: "流動負債",
        en: "Current liabilities",
        account_type: AccountType::Liability,
    },
    Section {
        key: "fixed_liabilities",
        ja: "固定負債",
        en: "Non-current liabilities",
        account_type: AccountType::Liability,
    },
    Section {
        key: "capital_stock",
        ja: "資本金",
        en: "Capital stock",
        account_type: AccountType::Equity,
    },
    Section {
        key: "capital_surplus",
        ja: "資本剰余金",
        en: "Capital surplus",
        account_type: AccountType::Equity,
    },
    Section {
        key: "retained_earnings",
        ja: "利益剰余金",
        en: "Retained earnings",
        account_type: AccountType::Equity,
    },
    Section {
        key: "sales",
        ja: "売上高",
        en: "Net sales",
        account_type: AccountType::Revenue,
    },
    Section {
        key: "cost_of_sales",
        ja: "売上原価",
        en: "Cost of sales",
        account_type: AccountType::Expense,
    },
    Section {
        key: "sga",
        ja: "販売費及び一般管理費",
        en: "Selling, general and administrative expenses",
        account_type: AccountType::Expense,
    },
    Section {
        key: "non_operating_income",
        ja: "営業外収益",
        en: "Non-operating income",
        account_type: AccountType::Revenue,
    },
    Section {
        key: "non_operating_expenses",
        ja: "営業外費用",
        en: "Non-operating expenses",
        account_type: AccountType::Expense,
    },
    Section {
        key: "extraordinary_income",
        ja: "特別利益",
        en: "Extraordinary income",
        account_type: AccountType::Revenue,
    },
    Section {
        key: "extraordinary_losses",
        ja: "特別損失",
        en: "Extraordinary losses",
        account_type: AccountType::Expense,
    },
    Section {
        key: "income_taxes",
        ja: "法人税等",
        en: "Income taxes",
        account_type: AccountType::Expense,
    },
];

/// Finds a section by key or by its Japanese or English heading.
pub fn section(text: &str) -> Result<&'static Section> {
    let wanted = text.trim().to_lowercase();
    match SECTIONS
        .iter()
        .find(|s| s.key == wanted || s.ja == text.trim() || s.en.to_lowercase() == wanted)
    {
        Some(s) => Ok(s),
        None => bail!(
            "'{text}' is not a report section (known: {})",
            SECTIONS
                .iter()
                .map(|s| s.key)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The default section of a type, used when an account is added without one.
pub fn default_section(account_type: AccountType) -> &'static Section {
    let key = match account_type {
        AccountType::Asset => "current_assets",
        AccountType::Liability => "current_liabilities",
        AccountType::Equity => "retained_earnings",
        AccountType::Revenue => "sales",
        AccountType::Expense => "sga",
    };
    SECTIONS
        .iter()
        .find(|s| s.key == key)
        .expect("known section")
}

/// An account of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    /// Database id.
    pub id: i64,
    /// Short code, e.g. `1110`.
    pub code: String,
    /// Japanese name, e.g. 普通預金.
    pub name: String,
    /// English name, e.g. Ordinary deposits.
    pub name_en: Option<String>,
    /// Asset, liability, ...
    pub account_type: AccountType,
    /// Where the balance normally sits (a contra account such as 減価償却累計額 differs from its
    /// type's default).
    pub normal_side: Side,
    /// Report section key.
    pub section: &'static Section,
    /// Default tax category key for lines posted to it.
    pub tax_category: String,
    /// Archived accounts stay in reports but take no new postings.
    pub archived: bool,
}

impl Account {
    /// The name in the chosen language (English falls back to Japanese).
    pub fn display_name(&self, lang: crate::kernel::output::Lang) -> &str {
        match lang {
            crate::kernel::output::Lang::En => self.name_en.as_deref().unwrap_or(&self.name),
            crate::kernel::output::Lang::Ja => &self.name,
        }
    }
}

/// A new account to add to the chart.
#[derive(Debug, Clone)]
pub struct NewAccount {
    /// Code.
    pub code: String,
    /// Japanese (primary) name.
    pub name: String,
    /// English name.
    pub name_en: Option<String>,
    /// Type.
    pub account_type: AccountType,
    /// Normal side.
    pub normal_side: Side,
    /// Section.
    pub section: &'static Section,
    /// Default tax category key.
    pub tax_category: String,
}

/// Which part of bko posted an entry (stored in `journal_entry.origin`): the month-end checks and
/// the exports tell a typed entry from one an area posted by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Typed with `bko ledger post`.
    Manual,
    /// Read from a journal CSV.
    Import,
    /// The mirror of an earlier entry.
    Reversal,
    /// The closing of a fiscal year to retained earnings.
    YearEnd,
    /// An issued invoice.
    Invoice,
    /// An issued credit note.
    CreditNote,
    /// A payment received.
    Payment,
    /// A confirmed payroll run.
    Payroll,
    /// Stock movements.
    Inventory,
    /// A bank or card statement line settled by `bko bank`.
    Bank,
    /// A bill received.
    Payables,
    /// An expense claim, an advance, a repayment.
    Expenses,
}

impl Origin {
    /// The stored word.
    pub fn key(self) -> &'static str {
        match self {
            Origin::Manual => "manual",
            Origin::Import => "import",
            Origin::Reversal => "reversal",
            Origin::YearEnd => "year_end",
            Origin::Invoice => "invoice",
            Origin::CreditNote => "credit_note",
            Origin::Payment => "payment",
            Origin::Payroll => "payroll",
            Origin::Inventory => "inventory",
            Origin::Bank => "bank",
            Origin::Payables => "payables",
            Origin::Expenses => "expenses",
        }
    }
}

/// A journal entry about to be posted.
#[derive(Debug, Clone)]
pub struct NewEntry {
    /// Transaction date.
    pub date: NaiveDate,
    /// What happened (摘要).
    pub memo: String,
    /// An outside reference: voucher number, invoice number, ...
    pub reference: Option<String>,
    /// Which part of bko created it.
    pub origin: Origin,
    /// For imports: the fingerprint that detects the same rows imported again.
    pub import_hash: Option<[u8; 16]>,
    /// For reversals: the entry this one reverses.
    pub reverses: Option<i64>,
    /// Two or more lines.
    pub lines: Vec<NewLine>,
}

/// One debit or credit of a new entry, in minor units (exactly one side positive).
#[derive(Debug, Clone, PartialEq)]
pub struct NewLine {
    /// The account.
    pub account_id: i64,
    /// Debit amount, or 0.
    pub debit: i64,
    /// Credit amount, or 0.
    pub credit: i64,
    /// Line description when it differs from the entry memo.
    pub description: Option<String>,
    /// Tax category key.
    pub tax_category: String,
}

/// Checks the double-entry rules: at least one debit and one credit, every amount positive on
/// exactly one side, debits equal credits. The error lists the totals.
pub fn validate_entry(entry: &NewEntry, currency: &Currency) -> Result<()> {
    use crate::kernel::text::{
        LINE_MAX_CHARS, NOTE_MAX_CHARS, check_length, check_optional_length,
    };
    check_length("memo", &entry.memo, NOTE_MAX_CHARS)?;
    check_optional_length("reference", entry.reference.as_deref(), LINE_MAX_CHARS)?;
    for (index, line) in entry.lines.iter().enumerate() {
        check_optional_length(
            &format!("line {} description", index + 1),
            line.description.as_deref(),
            NOTE_MAX_CHARS,
        )?;
        if line.debit < 0 || line.credit < 0 || (line.debit > 0) == (line.credit > 0) {
            bail!(
                "line {}: each line needs one positive amount, on the debit or the credit side",
                index + 1
            );
        }
    }
    if !entry.lines.iter().any(|l| l.debit > 0) || !entry.lines.iter().any(|l| l.credit > 0) {
        bail!("an entry needs at least one debit and one credit");
    }
    let debit = entry
        .lines
        .iter()
        .try_fold(0i64, |s, l| s.checked_add(l.debit));
    let credit = entry
        .lines
        .iter()
        .try_fold(0i64, |s, l| s.checked_add(l.credit));
    let (Some(debit), Some(credit)) = (debit, credit) else {
        bail!("the amounts are too large");
    };
    if debit != credit {
        bail!(
            "debits ({}) do not equal credits ({}); the difference is {}",
            currency.display(debit),
            currency.display(credit),
            currency.display(debit - credit)
        );
    }
    Ok(())
}

/// Posts an entry inside the caller's transaction: validates it, refuses archived accounts and
/// locked dates with a clear message, and writes it. Returns the new entry id. This is the one
/// way any area writes to the books.
pub fn post(conn: &Connection, entry: &NewEntry, currency: &Currency) -> Result<i64> {
    validate_entry(entry, currency)?;
    refuse_locked(conn, entry.date)?;
    for line in &entry.lines {
        if store::account_archived(conn, line.account_id)? {
            let account = store::account_by_id(conn, line.account_id)?;
            bail!(
                "account {} {} is archived and takes no new postings",
                account.code,
                account.name
            );
        }
    }
    store::insert_entry(conn, entry, &crate::kernel::clock::timestamp())
}

/// The mirror entry of a posted one: every line with its sides swapped, linked to the original,
/// as `bko ledger reverse` and an invoice void post it.
pub fn reversal_of(
    original: &crate::ledger::StoredEntry,
    date: NaiveDate,
    memo: String,
    reference: Option<String>,
) -> NewEntry {
    NewEntry {
        date,
        memo,
        reference,
        origin: Origin::Reversal,
        import_hash: None,
        reverses: Some(original.id),
        lines: original
            .lines
            .iter()
            .map(|l| NewLine {
                account_id: l.account_id,
                debit: l.credit,
                credit: l.debit,
                description: l.description.clone(),
                tax_category: l.tax_category.clone(),
            })
            .collect(),
    }
}

/// Refuses a date on or before the lock date.
pub fn refuse_locked(conn: &Connection, date: NaiveDate) -> Result<()> {
    if let Some(through) = store::lock_through(conn)?
        && date <= through
    {
        return Err(crate::kernel::error::hinted(
            format!("the books are locked through {through}; {date} cannot be posted"),
            format!(
                "date the entry after {through}, or unlock with `bko ledger unlock --to DATE --force`"
            ),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account(id: i64, code: &str, name: &str, en: &str) -> Account {
        Account {
            id,
            code: code.into(),
            name: name.into(),
            name_en: Some(en.into()),
            account_type: AccountType::Asset,
            normal_side: Side::Debit,
            section: default_section(AccountType::Asset),
            tax_category: "out_of_scope".into(),
            archived: false,
        }
    }

    fn line(debit: i64, credit: i64) -> NewLine {
        NewLine {
            account_id: 1,
            debit,
            credit,
            description: None,
            tax_category: "out_of_scope".into(),
        }
    }

    fn entry(lines: Vec<NewLine>) -> NewEntry {
        NewEntry {
            date: NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(),
            memo: "m".into(),
            reference: None,
            origin: Origin::Manual,
            import_hash: None,
            reverses: None,
            lines,
        }
    }

    #[test]
    fn entries_must_balance_with_positive_amounts() {
        let jpy = Currency::JPY;
        assert!(validate_entry(&entry(vec![line(100, 0), line(0, 100)]), &jpy).is_ok());
        assert!(validate_entry(&entry(vec![line(60, 0), line(40, 0), line(0, 100)]), &jpy).is_ok());
        let err = validate_entry(&entry(vec![line(100, 0), line(0, 90)]), &jpy).unwrap_err();
        assert!(err.to_string().contains("difference is 10"), "{err}");
        assert!(validate_entry(&entry(vec![line(100, 0)]), &jpy).is_err());
        assert!(validate_entry(&entry(vec![line(-100, 0), line(0, -100)]), &jpy).is_err());
        assert!(validate_entry(&entry(vec![line(100, 100), line(0, 0)]), &jpy).is_err());
    }

    #[test]
    fn resolves_code_and_both_names_and_suggests_close_ones() {
        let chart = Chart::new(vec![
            account(1, "1110", "普通預金", "Ordinary deposits"),
            account(2, "1100", "現金", "Cash"),
            account(3, "1120", "定期預金", "Time deposits"),
        ]);
        assert_eq!(chart.resolve("1110").unwrap().id, 1);
        assert_eq!(chart.resolve("普通預金").unwrap().id, 1);
        assert_eq!(chart.resolve("ordinary deposits").unwrap().id, 1);
        assert_eq!(chart.resolve("１１００").unwrap().id, 2);
        let err = crate::kernel::error::describe(&chart.resolve("預金").unwrap_err());
        assert!(
            err.contains("普通預金") && err.contains("定期預金"),
            "{err}"
        );
        let err = crate::kernel::error::describe(&chart.resolve("Cahs").unwrap_err());
        assert!(err.contains("Cash"), "{err}");
    }

    #[test]
    fn a_name_shared_by_two_accounts_is_ambiguous() {
        let chart = Chart::new(vec![account(1, "100", "A", "x"), account(2, "A", "B", "y")]);
        let err = chart.resolve("A").unwrap_err().to_string();
        assert!(err.contains("more than one"), "{err}");
    }
}
