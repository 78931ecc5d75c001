//! Ledger reports as pure values: the chart, the journal, an account's ledger, the trial
//! balance, the P&L and the balance sheet. Each function takes sums the store already aggregated
//! in SQL and arranges them; none prints.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::store::{AccountLedgerRow, TrialBalanceSums};
use super::{Account, AccountType, Chart, SECTIONS, Section};
use crate::jp::tax_category;
use crate::kernel::money::Currency;
use crate::kernel::output::{Cell, Column, Lang, Report};
use crate::ledger::JournalRow;

/// The chart of accounts.
pub fn accounts(chart: &Chart, currency: Currency, lang: Lang) -> Report {
    let mut r = Report::new(
        "accounts",
        currency,
        vec![
            Column::new("code", "コード", "Code"),
            Column::new("name", "勘定科目", "Name"),
            Column::new("name_en", "英語名", "English name"),
            Column::new("type", "区分", "Type"),
            Column::new("normal_side", "貸借", "Normal side"),
            Column::new("section", "表示区分", "Section"),
            Column::new("tax_category", "税区分", "Tax category"),
            Column::new("archived", "使用停止", "Archived"),
        ],
    );
    for a in &chart.accounts {
        r.rows.push(vec![
            Cell::text(&a.code),
            Cell::text(&a.name),
            Cell::opt_text(a.name_en.clone()),
            Cell::text(a.account_type.key()),
            Cell::text(a.normal_side.key()),
            Cell::text(lang.pick(a.section.ja, a.section.en)),
            Cell::text(tax_name(&a.tax_category, lang)),
            Cell::Bool(a.archived),
        ]);
    }
    r
}

/// The display name of a stored tax category key.
pub fn tax_name(key: &str, lang: Lang) -> String {
    tax_category::by_key(key).map_or(key.to_string(), |c| lang.pick(c.ja, c.en).to_string())
}

/// Columns of the journal listing.
pub fn journal_columns() -> Vec<Column> {
    vec![
        Column::new("entry_id", "伝票", "Entry"),
        Column::new("date", "日付", "Date"),
        Column::new("memo", "摘要", "Memo"),
        Column::new("line_no", "行", "Line"),
        Column::new("account_code", "コード", "Code"),
        Column::new("account", "勘定科目", "Account"),
        Column::new("debit", "借方", "Debit"),
        Column::new("credit", "貸方", "Credit"),
        Column::new("description", "明細摘要", "Description"),
        Column::new("tax_category", "税区分", "Tax"),
        Column::new("ref", "参照", "Ref"),
        Column::new("reverses", "取消元", "Reverses"),
    ]
}

/// One journal line as a report row.
pub fn journal_row(row: &JournalRow, chart: &Chart, lang: Lang) -> Vec<Cell> {
    let account = chart.by_id(row.account_id);
    vec![
        Cell::Int(row.entry_id),
        Cell::Date(row.date),
        Cell::text(&row.memo),
        Cell::Int(row.line_no),
        Cell::text(account.map_or("?", |a| a.code.as_str())),
        Cell::text(account.map_or("?", |a| a.display_name(lang))),
        Cell::money_or_empty(row.debit),
        Cell::money_or_empty(row.credit),
        Cell::text(row.description.as_deref().unwrap_or(&row.memo)),
        Cell::text(tax_name(&row.tax_category, lang)),
        Cell::opt_text(row.reference.clone()),
        row.reverses.map_or(Cell::Empty, Cell::Int),
    ]
}

/// An account's general ledger: opening balance, each line, running balance on the account's
/// normal side.
pub fn account_ledger(
    account: &Account,
    opening: i64,
    lines: &[AccountLedgerRow],
    from: NaiveDate,
    currency: Currency,
    lang: Lang,
) -> Report {
    let sign = account.normal_side.sign();
    let mut r = Report::new(
        "account_ledger",
        currency,
        vec![
            Column::new("date", "日付", "Date"),
            Column::new("entry_id", "伝票", "Entry"),
            Column::new("description", "摘要", "Description"),
            Column::new("debit", "借方", "Debit"),
            Column::new("credit", "貸方", "Credit"),
            Column::new("balance", "残高", "Balance"),
        ],
    );
    r.rows.push(vec![
        Cell::Date(from),
        Cell::Empty,
        Cell::text(lang.pick("前期繰越", "Opening balance")),
        Cell::Empty,
        Cell::Empty,
        Cell::Money(opening * sign),
    ]);
    let (mut debit, mut credit) = (0, 0);
    for (date, entry, description, d, c, running) in lines {
        debit += d;
        credit += c;
        r.rows.push(vec![
            Cell::Date(*date),
            Cell::Int(*entry),
            Cell::text(description),
            Cell::money_or_empty(*d),
            Cell::money_or_empty(*c),
            Cell::Money((opening + running) * sign),
        ]);
    }
    let closing = opening + debit - credit;
    r.totals = Some(vec![
        Cell::Empty,
        Cell::Empty,
        Cell::text(lang.pick("合計", "Total")),
        Cell::Money(debit),
        Cell::Money(credit),
        Cell::Money(closing * sign),
    ]);
    r.notes.push(format!(
        "{} {} ({})",
        account.code,
        account.display_name(lang),
        lang.pick(account.section.ja, account.section.en)
    ));
    r
}

/// Where prior years' profit goes in the trial balance and balance sheet when the year-end
/// closing entries have not moved it yet.
pub enum RetainedEarnings<'a> {
    /// An account of the chart.
    Account(&'a Account),
    /// No such account: a separate line.
    Unassigned,
}

/// The trial balance (残高試算表). Balance-sheet accounts carry their whole history; revenue and
/// expense accounts start at the fiscal year start, their earlier years rolled into retained
/// earnings, so the openings, the movements and the closings each tie.
pub fn trial_balance(
    chart: &Chart,
    sums: &[TrialBalanceSums],
    retained: RetainedEarnings,
    currency: Currency,
    lang: Lang,
) -> (Report, bool) {
    let mut r = Report::new(
        "trial_balance",
        currency,
        vec![
            Column::new("code", "コード", "Code"),
            Column::new("account", "勘定科目", "Account"),
            Column::machine("normal_side"),
            Column::new("opening", "前期繰越", "Opening"),
            Column::new("debit", "借方", "Debit"),
            Column::new("credit", "貸方", "Credit"),
            Column::new("closing", "残高", "Closing"),
        ],
    );
    let (by_account, unassigned_prior) = trial_balance_rows(chart, sums, retained);
    let mut sum = TrialBalanceTotals::default();
    for account in &chart.accounts {
        let Some(&(opening, debit, credit)) = by_account.get(&account.id) else {
            continue;
        };
        if opening == 0 && debit == 0 && credit == 0 {
            continue;
        }
        let closing = opening + debit - credit;
        let sign = account.normal_side.sign();
        sum.add(opening, debit, credit);
        r.rows.push(vec![
            Cell::text(&account.code),
            Cell::text(account.display_name(lang)),
            Cell::text(account.normal_side.key()),
            Cell::Money(opening * sign),
            Cell::Money(debit),
            Cell::Money(credit),
            Cell::Money(closing * sign),
        ]);
    }
    if unassigned_prior != 0 {
        sum.add(unassigned_prior, 0, 0);
        r.rows.push(vec![
            Cell::Empty,
            Cell::text(lang.pick(
                "前期までの損益 (未振替)",
                "Prior years' profit (not closed)",
            )),
            Cell::text("credit"),
            Cell::Money(-unassigned_prior),
            Cell::Money(0),
            Cell::Money(0),
            Cell::Money(-unassigned_prior),
        ]);
    }
    r.totals = Some(vec![
        Cell::Empty,
        Cell::text(lang.pick("合計", "Total")),
        Cell::Empty,
        Cell::Empty,
        Cell::Money(sum.debit),
        Cell::Money(sum.credit),
        Cell::Empty,
    ]);
    let ties = sum.ties();
    r.notes.push(sum.note(currency, lang));
    (r, ties)
}

/// (opening, debit, credit) per account, and the prior years' profit that has no retained
/// earnings account to go to. Revenue and expense accounts open at the fiscal year start.
fn trial_balance_rows(
    chart: &Chart,
    sums: &[TrialBalanceSums],
    retained: RetainedEarnings,
) -> (HashMap<i64, (i64, i64, i64)>, i64) {
    let mut by_account: HashMap<i64, (i64, i64, i64)> = HashMap::new();
    let mut prior_profit = 0;
    for &(id, before_year, in_year_before, debit, credit) in sums {
        let Some(account) = chart.by_id(id) else {
            continue;
        };
        let opening = if account.account_type.is_profit_and_loss() {
            prior_profit += before_year;
            in_year_before
        } else {
            before_year + in_year_before
        };
        by_account.insert(id, (opening, debit, credit));
    }
    match retained {
        RetainedEarnings::Account(a) => {
            by_account.entry(a.id).or_default().0 += prior_profit;
            (by_account, 0)
        }
        RetainedEarnings::Unassigned => (by_account, prior_profit),
    }
}

/// The sums a trial balance must tie on.
#[derive(Default)]
struct TrialBalanceTotals {
    debit: i64,
    credit: i64,
    opening: i64,
    closing: i64,
}

impl TrialBalanceTotals {
    fn add(&mut self, opening: i64, debit: i64, credit: i64) {
        self.debit += debit;
        self.credit += credit;
        self.opening += opening;
        self.closing += opening + debit - credit;
    }

    /// Debits equal credits, and the opening and closing balances each net to zero.
    fn ties(&self) -> bool {
        self.debit == self.credit && self.opening == 0 && self.closing == 0
    }

    fn note(&self, currency: Currency, lang: Lang) -> String {
        if self.ties() {
            return lang
                .pick(
                    "貸借一致: 借方合計 = 貸方合計、期首・期末残高も一致",
                    "Ties: debits equal credits; opening and closing balances net to zero",
                )
                .to_string();
        }
        format!(
            "DOES NOT TIE: debit {} / credit {}, opening off by {}, closing off by {}",
            currency.display(self.debit),
            currency.display(self.credit),
            currency.display(self.opening),
            currency.display(self.closing)
        )
    }
}

/// The statement amount of an account from debit/credit totals: positive on the natural side
/// of its section (revenue and liabilities on credit, assets and expenses on debit), so contra
/// accounts such as 売上値引 or 減価償却累計額 come out negative.
fn natural_amount(account_type: AccountType, debit_minus_credit: i64) -> i64 {
    account_type.normal_side().sign() * debit_minus_credit
}

/// A step of the Japanese P&L: a section of accounts, or a profit line computed from them.
enum PlStep {
    Section(&'static str),
    Profit(&'static str, &'static str, &'static str),
}

const PL_LAYOUT: &[PlStep] = &[
    PlStep::Section("sales"),
    PlStep::Section("cost_of_sales"),
    PlStep::Profit("gross_profit", "売上総利益", "Gross profit"),
    PlStep::Section("sga"),
    PlStep::Profit("operating_profit", "営業利益", "Operating profit"),
    PlStep::Section("non_operating_income"),
    PlStep::Section("non_operating_expenses"),
    PlStep::Profit("ordinary_profit", "経常利益", "Ordinary profit"),
    PlStep::Section("extraordinary_income"),
    PlStep::Section("extraordinary_losses"),
    PlStep::Profit(
        "profit_before_tax",
        "税引前当期純利益",
        "Profit before income taxes",
    ),
    PlStep::Section("income_taxes"),
    PlStep::Profit("net_profit", "当期純利益", "Net profit"),
];

fn section_by_key(key: &str) -> &'static Section {
    SECTIONS
        .iter()
        .find(|s| s.key == key)
        .expect("known section")
}

/// The P&L (損益計算書) in the Japanese layout. `periods` are the column keys (one "" column for
/// a single period, or `YYYY-MM` months); `sums` are (account id, period, debit, credit).
pub fn profit_and_loss(
    chart: &Chart,
    sums: &[(i64, String, i64, i64)],
    periods: &[String],
    currency: Currency,
    lang: Lang,
) -> Report {
    let single = periods.len() == 1;
    let mut columns = vec![
        Column::machine("kind"),
        Column::machine("code"),
        Column::new("item", "科目", "Item"),
    ];
    if single {
        columns.push(Column::new("amount", "金額", "Amount"));
    } else {
        for p in periods {
            columns.push(Column::new(p.clone(), p.clone(), p.clone()));
        }
        columns.push(Column::new("total", "合計", "Total"));
    }
    let mut r = Report::new("profit_and_loss", currency, columns);
    let amounts = pl_amounts(chart, sums, periods);
    let mut profit = vec![0i64; periods.len()];
    for step in PL_LAYOUT {
        match step {
            PlStep::Section(key) => {
                let section = section_by_key(key);
                let total = pl_section(&mut r, chart, key, &amounts, periods.len(), lang);
                let sign = if section.account_type == AccountType::Revenue {
                    1
                } else {
                    -1
                };
                for (p, t) in profit.iter_mut().zip(&total) {
                    *p += sign * t;
                }
                let label = lang.pick(section.ja, section.en).to_string();
                r.rows.push(pl_row("section_total", key, label, &total));
            }
            PlStep::Profit(key, ja, en) => {
                let label = lang.pick(ja, en).to_string();
                r.rows.push(pl_row("profit", key, label, &profit));
            }
        }
    }
    r
}

/// Per P&L account, its natural amount in each period column.
fn pl_amounts(
    chart: &Chart,
    sums: &[(i64, String, i64, i64)],
    periods: &[String],
) -> HashMap<i64, Vec<i64>> {
    let index: HashMap<&str, usize> = periods
        .iter()
        .enumerate()
        .map(|(i, p)| (p.as_str(), i))
        .collect();
    let mut amounts: HashMap<i64, Vec<i64>> = HashMap::new();
    for (id, period, debit, credit) in sums {
        let (Some(account), Some(&col)) = (chart.by_id(*id), index.get(period.as_str())) else {
            continue;
        };
        if !account.account_type.is_profit_and_loss() {
            continue;
        }
        let slot = amounts.entry(*id).or_insert_with(|| vec![0; periods.len()]);
        slot[col] += natural_amount(account.section.account_type, debit - credit);
    }
    amounts
}

/// A P&L row: kind, code, label and the period amounts (with their total when there are
/// several periods).
fn pl_row(kind: &str, code: &str, label: String, values: &[i64]) -> Vec<Cell> {
    let mut cells = vec![Cell::text(kind), Cell::text(code), Cell::text(label)];
    cells.extend(values.iter().map(|m| Cell::Money(*m)));
    if values.len() > 1 {
        cells.push(Cell::Money(values.iter().sum()));
    }
    cells
}

/// Pushes the account lines of a section; returns the section's total per period.
fn pl_section(
    r: &mut Report,
    chart: &Chart,
    key: &str,
    amounts: &HashMap<i64, Vec<i64>>,
    periods: usize,
    lang: Lang,
) -> Vec<i64> {
    let mut total = vec![0i64; periods];
    for account in chart.accounts.iter().filter(|a| a.section.key == key) {
        if let Some(v) = amounts.get(&account.id) {
            for (t, x) in total.iter_mut().zip(v) {
                *t += x;
            }
            let label = format!("  {}", account.display_name(lang));
            r.rows.push(pl_row("account", &account.code, label, v));
        }
    }
    total
}

/// Balance-sheet amounts: (account id, debit-minus-credit through the date) for balance-sheet
/// accounts, plus the current year's and earlier years' profit not yet closed.
pub struct BalanceSheetInput {
    /// Per balance-sheet account, debit-positive.
    pub balances: Vec<(i64, i64)>,
    /// Profit from the fiscal year start through the date.
    pub current_profit: i64,
    /// Profit of earlier years that no closing entry has moved into equity yet.
    pub prior_profit: i64,
}

/// The balance sheet (貸借対照表) by section, with the current year's profit in equity. Returns
/// the report and whether assets equal liabilities plus equity.
pub fn balance_sheet(
    chart: &Chart,
    input: &BalanceSheetInput,
    retained: RetainedEarnings,
    currency: Currency,
    lang: Lang,
) -> (Report, bool) {
    let mut r = Report::new(
        "balance_sheet",
        currency,
        vec![
            Column::machine("kind"),
            Column::machine("code"),
            Column::new("item", "科目", "Item"),
            Column::new("amount", "金額", "Amount"),
        ],
    );
    let mut balances: HashMap<i64, i64> = input.balances.iter().copied().collect();
    let mut loose_prior = 0;
    match retained {
        RetainedEarnings::Account(a) => *balances.entry(a.id).or_default() += -input.prior_profit,
        RetainedEarnings::Unassigned => loose_prior = input.prior_profit,
    }
    let sheet = Sheet {
        chart,
        balances: &balances,
        loose_prior,
        current_profit: input.current_profit,
        lang,
    };
    let mut totals: HashMap<&str, i64> = HashMap::new();
    for group in &BS_GROUPS {
        totals.insert(group.0.key(), sheet.group(&mut r, group));
    }
    let assets = totals["asset"];
    let liabilities_and_equity = totals["liability"] + totals["equity"];
    bs_row(
        &mut r,
        "total",
        "",
        lang.pick("負債純資産合計", "Total liabilities and net assets")
            .to_string(),
        liabilities_and_equity,
    );
    let balanced = assets == liabilities_and_equity;
    if !balanced {
        r.notes.push(format!(
            "DOES NOT BALANCE: assets {} but liabilities and net assets {} (difference {})",
            currency.display(assets),
            currency.display(liabilities_and_equity),
            currency.display(assets - liabilities_and_equity)
        ));
    }
    (r, balanced)
}

/// The three parts of the balance sheet: type, heading and total (ja, en).
type BsGroup = (
    AccountType,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const BS_GROUPS: [BsGroup; 3] = [
    (
        AccountType::Asset,
        "資産の部",
        "Assets",
        "資産合計",
        "Total assets",
    ),
    (
        AccountType::Liability,
        "負債の部",
        "Liabilities",
        "負債合計",
        "Total liabilities",
    ),
    (
        AccountType::Equity,
        "純資産の部",
        "Net assets",
        "純資産合計",
        "Total net assets",
    ),
];

fn bs_row(r: &mut Report, kind: &str, code: &str, label: String, amount: i64) {
    r.rows.push(vec![
        Cell::text(kind),
        Cell::text(code),
        Cell::text(label),
        Cell::Money(amount),
    ]);
}

/// What the balance sheet is drawn from.
struct Sheet<'a> {
    chart: &'a Chart,
    balances: &'a HashMap<i64, i64>,
    loose_prior: i64,
    current_profit: i64,
    lang: Lang,
}

impl Sheet<'_> {
    /// Pushes a part's heading, sections and total; returns the total.
    fn group(&self, r: &mut Report, group: &BsGroup) -> i64 {
        let &(account_type, head_ja, head_en, total_ja, total_en) = group;
        bs_row(
            r,
            "heading",
            "",
            self.lang.pick(head_ja, head_en).to_string(),
            0,
        );
        r.rows.last_mut().expect("row")[3] = Cell::Empty;
        let mut group_total = 0;
        for section in SECTIONS.iter().filter(|s| s.account_type == account_type) {
            let lines = self.section_lines(section);
            if lines.is_empty() {
                continue;
            }
            let section_total: i64 = lines.iter().map(|l| l.2).sum();
            for (code, label, amount) in lines {
                bs_row(r, "account", &code, format!("  {label}"), amount);
            }
            let label = self.lang.pick(section.ja, section.en).to_string();
            bs_row(r, "section_total", "", label, section_total);
            group_total += section_total;
        }
        let label = self.lang.pick(total_ja, total_en).to_string();
        bs_row(r, "total", "", label, group_total);
        group_total
    }

    /// (code, label, amount) of a section's accounts with a balance; retained earnings also
    /// carries the profit not yet closed into it.
    fn section_lines(&self, section: &Section) -> Vec<(String, String, i64)> {
        let lang = self.lang;
        let mut lines = Vec::new();
        for account in self
            .chart
            .accounts
            .iter()
            .filter(|a| a.section.key == section.key)
        {
            match self.balances.get(&account.id) {
                Some(&balance) if balance != 0 => lines.push((
                    account.code.clone(),
                    account.display_name(lang).to_string(),
                    natural_amount(section.account_type, balance),
                )),
                _ => {}
            }
        }
        if section.key == "retained_earnings" {
            if self.loose_prior != 0 {
                let label = lang.pick(
                    "前期までの損益 (未振替)",
                    "Prior years' profit (not closed)",
                );
                lines.push((String::new(), label.to_string(), self.loose_prior));
            }
            let label = lang.pick("当期純利益", "Profit for the period");
            lines.push((String::new(), label.to_string(), self.current_profit));
        }
        lines
    }
}

/// What a journal import posted: entries, lines, duplicates skipped, the entry range and the
/// debit total.
pub fn import_summary(
    file: &str,
    summary: &super::import::ImportSummary,
    currency: Currency,
) -> Report {
    let mut report = Report::new(
        "import",
        currency,
        vec![
            Column::new("file", "ファイル", "File"),
            Column::new("entries", "仕訳数", "Entries"),
            Column::new("lines", "行数", "Lines"),
            Column::new("skipped", "重複除外", "Skipped"),
            Column::new("first_entry", "最初の伝票", "First entry"),
            Column::new("last_entry", "最後の伝票", "Last entry"),
            Column::new("debit_total", "借方合計", "Debit total"),
        ],
    );
    report.rows.push(vec![
        Cell::text(file),
        Cell::Int(summary.entries as i64),
        Cell::Int(summary.lines as i64),
        Cell::Int(summary.skipped as i64),
        summary.first_id.map_or(Cell::Empty, Cell::Int),
        summary.last_id.map_or(Cell::Empty, Cell::Int),
        Cell::Money(summary.debit_total),
    ]);
    report
}
