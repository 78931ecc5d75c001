//! The bank area's records: accounts, statement lines as read and as stored, matches and rules.

use anyhow::{Result, bail};
use chrono::NaiveDate;

/// What an account holds, and so where its lines post by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountKind {
    /// A bank account (普通預金, 当座預金).
    Bank,
    /// A credit card: charges owed (未払金).
    Card,
    /// Cash in the office (現金).
    Cash,
}

impl AccountKind {
    /// Parses `bank`, `card`, `cash` (or 銀行, カード, 現金).
    pub fn parse(text: &str) -> Result<AccountKind> {
        Ok(match text.trim() {
            "bank" | "銀行" => AccountKind::Bank,
            "card" | "カード" => AccountKind::Card,
            "cash" | "現金" => AccountKind::Cash,
            other => bail!("'{other}' is not an account kind (bank, card, cash)"),
        })
    }

    /// The stored word.
    pub fn key(self) -> &'static str {
        match self {
            AccountKind::Bank => "bank",
            AccountKind::Card => "card",
            AccountKind::Cash => "cash",
        }
    }

    /// The ledger account a new account of this kind posts to unless told otherwise.
    pub fn default_ledger_account(self) -> &'static str {
        match self {
            AccountKind::Bank => "1120",
            AccountKind::Card => "2130",
            AccountKind::Cash => "1100",
        }
    }
}

/// 預金種目.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DepositType {
    /// 普通.
    Ordinary,
    /// 当座.
    Checking,
    /// 貯蓄.
    Savings,
}

impl DepositType {
    /// Parses 普通/当座/貯蓄, ordinary/checking/savings or the Zengin codes 1/2/4.
    pub fn parse(text: &str) -> Result<DepositType> {
        Ok(match text.trim() {
            "普通" | "ordinary" | "1" => DepositType::Ordinary,
            "当座" | "checking" | "2" => DepositType::Checking,
            "貯蓄" | "savings" | "4" => DepositType::Savings,
            other => bail!("'{other}' is not a deposit type (普通, 当座, 貯蓄)"),
        })
    }

    /// The stored word.
    pub fn key(self) -> &'static str {
        match self {
            DepositType::Ordinary => "ordinary",
            DepositType::Checking => "checking",
            DepositType::Savings => "savings",
        }
    }

    /// The Japanese word, as a passbook prints it.
    pub fn label(self) -> &'static str {
        match self {
            DepositType::Ordinary => "普通",
            DepositType::Checking => "当座",
            DepositType::Savings => "貯蓄",
        }
    }
}

/// A bank, card or cash account.
#[derive(Debug, Clone, PartialEq)]
pub struct BankAccount {
    /// Row id (0 before it is stored).
    pub id: i64,
    /// Code used on the command line.
    pub code: String,
    /// A name to show.
    pub name: Option<String>,
    /// Bank, card or cash.
    pub kind: AccountKind,
    /// The ledger account its lines post to.
    pub ledger_account_id: i64,
    /// 金融機関コード (4 digits).
    pub bank_code: Option<String>,
    /// 支店コード (3 digits).
    pub branch_code: Option<String>,
    /// 預金種目.
    pub deposit_type: Option<DepositType>,
    /// 口座番号 (7 digits).
    pub number: Option<String>,
    /// 口座名義 in half-width kana.
    pub holder_kana: Option<String>,
    /// The statement layout its files use unless `--profile` says otherwise.
    pub profile: Option<String>,
}

/// A statement line as read from a file, before it is stored.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedLine {
    /// 1-based line (or record) number in the file.
    pub file_line: u64,
    /// 取引日 / 勘定日.
    pub date: NaiveDate,
    /// 起算日 when the bank gives one.
    pub value_date: Option<NaiveDate>,
    /// + money in, − money out (a card charge is out).
    pub amount: i64,
    /// The balance after the line, when the bank prints it.
    pub balance: Option<i64>,
    /// The description, normalized (NFKC, spaces collapsed).
    pub text: String,
    /// 振込依頼人名.
    pub payer: Option<String>,
    /// EDI情報.
    pub edi: Option<String>,
    /// The bank's own id of the line (照会番号, 入出金明細ID, ...).
    pub reference: Option<String>,
    /// The line exactly as the file has it.
    pub raw: String,
}

/// A stored statement line with how it was settled.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Row id: `bko bank apply LINE`.
    pub id: i64,
    /// The account's code.
    pub account: String,
    /// Date.
    pub date: NaiveDate,
    /// + in, − out.
    pub amount: i64,
    /// Balance after it.
    pub balance: Option<i64>,
    /// Description.
    pub text: String,
    /// 振込依頼人名.
    pub payer: Option<String>,
    /// EDI情報.
    pub edi: Option<String>,
    /// The bank's reference.
    pub reference: Option<String>,
    /// The live match: (kind, detail, entry id), or none.
    pub matched: Option<(String, String, Option<i64>)>,
}

impl Line {
    /// What the payer or the bank wrote, for name matching: the payer field, else the text.
    pub fn payer_text(&self) -> &str {
        self.payer.as_deref().unwrap_or(&self.text)
    }
}

/// How a rule compares the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextOp {
    /// The whole text.
    Exact,
    /// Anywhere in it.
    Contains,
    /// At its start.
    Prefix,
    /// At its end.
    Suffix,
    /// A regular expression.
    Regex,
}

impl TextOp {
    /// Parses the stored word.
    pub fn parse(text: &str) -> Result<TextOp> {
        Ok(match text {
            "exact" => TextOp::Exact,
            "contains" => TextOp::Contains,
            "prefix" => TextOp::Prefix,
            "suffix" => TextOp::Suffix,
            "regex" => TextOp::Regex,
            other => bail!("'{other}' is not a text test (exact, contains, prefix, suffix, regex)"),
        })
    }

    /// The stored word.
    pub fn key(self) -> &'static str {
        match self {
            TextOp::Exact => "exact",
            TextOp::Contains => "contains",
            TextOp::Prefix => "prefix",
            TextOp::Suffix => "suffix",
            TextOp::Regex => "regex",
        }
    }
}

/// What a rule does with a line it fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleAction {
    /// Post the whole amount to one account.
    Post,
    /// Fixed lines (a fee, withheld tax), the rest to one account.
    Split,
    /// Money moved between own accounts (the target is a bank account code).
    Transfer,
    /// Nothing to book (e.g. a line booked elsewhere).
    Ignore,
}

impl RuleAction {
    /// Parses the stored word.
    pub fn parse(text: &str) -> Result<RuleAction> {
        Ok(match text {
            "post" => RuleAction::Post,
            "split" => RuleAction::Split,
            "transfer" => RuleAction::Transfer,
            "ignore" => RuleAction::Ignore,
            other => bail!("'{other}' is not a rule action (post, split, transfer, ignore)"),
        })
    }

    /// The stored word.
    pub fn key(self) -> &'static str {
        match self {
            RuleAction::Post => "post",
            RuleAction::Split => "split",
            RuleAction::Transfer => "transfer",
            RuleAction::Ignore => "ignore",
        }
    }
}

/// Money in, out or either.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Deposits.
    In,
    /// Withdrawals.
    Out,
    /// Both.
    Any,
}

impl Direction {
    /// Parses in/out/any (入金/出金).
    pub fn parse(text: &str) -> Result<Direction> {
        Ok(match text.trim() {
            "in" | "入金" => Direction::In,
            "out" | "出金" => Direction::Out,
            "any" | "" => Direction::Any,
            other => bail!("'{other}' is not a direction (in, out, any)"),
        })
    }

    /// The stored word.
    pub fn key(self) -> &'static str {
        match self {
            Direction::In => "in",
            Direction::Out => "out",
            Direction::Any => "any",
        }
    }

    /// Whether an amount (+ in, − out) goes this way.
    pub fn admits(self, amount: i64) -> bool {
        match self {
            Direction::In => amount > 0,
            Direction::Out => amount < 0,
            Direction::Any => true,
        }
    }
}

/// A fixed line of a split rule: this account gets this much (tax category optional).
#[derive(Debug, Clone, PartialEq)]
pub struct SplitPart {
    /// Ledger account (code or name).
    pub account: String,
    /// Amount in yen.
    pub amount: i64,
    /// Tax category key.
    pub tax: Option<String>,
}

/// An ordered rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// Row id.
    pub id: i64,
    /// Order: lower first.
    pub position: i64,
    /// Unique name.
    pub name: String,
    /// Money in, out or either.
    pub direction: Direction,
    /// Only lines of this bank account (code).
    pub account: Option<String>,
    /// Text condition on the normalized description and payer.
    pub text: Option<(TextOp, String)>,
    /// Smallest absolute amount.
    pub min_amount: Option<i64>,
    /// Largest absolute amount.
    pub max_amount: Option<i64>,
    /// What to do.
    pub action: RuleAction,
    /// Ledger account (post, split) or bank account code (transfer).
    pub target: Option<String>,
    /// Tax category for the target line.
    pub tax: Option<String>,
    /// Fixed lines of a split.
    pub splits: Vec<SplitPart>,
}

/// A match to record.
pub struct NewMatch<'a> {
    /// The line.
    pub line_id: i64,
    /// invoice, payroll, rule, account, transfer or ignore.
    pub kind: &'a str,
    /// The entry posted, when one was.
    pub entry_id: Option<i64>,
    /// Invoice numbers, the rule, the account or the reason.
    pub detail: &'a str,
    /// The proposal's score.
    pub score: Option<i64>,
    /// Applied by `bank match` without review.
    pub auto: bool,
}
