//! The chart of accounts: the loaded [`Chart`] (accounts found by code, Japanese or English
//! name, with "did you mean" suggestions) and the `jp-standard` chart seeded by `bko init`: the
//! accounts Japanese small companies use in 弥生 and freee, with English names, sections and
//! default tax categories (shared/japan-rules.md §9; translations are ours).

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Result, bail};
use rusqlite::Connection;
use unicode_normalization::UnicodeNormalization;

use super::{Account, NewAccount, SECTIONS, Side, store};

/// (code, Japanese name, English name, section key, normal side, default tax category key)
type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Side,
    &'static str,
);

use Side::{Credit as C, Debit as D};

/// One account per line, in code order (kept on one line each: it is a table).
#[rustfmt::skip]
const JP_STANDARD: &[Row] = &[
    ("1100", "現金", "Cash", "current_assets", D, "out_of_scope"),
    ("1105", "小口現金", "Petty cash", "current_assets", D, "out_of_scope"),
    ("1110", "当座預金", "Checking deposits", "current_assets", D, "out_of_scope"),
    ("1120", "普通預金", "Ordinary deposits", "current_assets", D, "out_of_scope"),
    ("1130", "定期預金", "Time deposits", "current_assets", D, "out_of_scope"),
    ("1140", "受取手形", "Notes receivable", "current_assets", D, "out_of_scope"),
    ("1145", "電子記録債権", "Electronically recorded receivables", "current_assets", D, "out_of_scope"),
    ("1150", "売掛金", "Accounts receivable", "current_assets", D, "out_of_scope"),
    ("1160", "有価証券", "Securities", "current_assets", D, "out_of_scope"),
    ("1200", "商品", "Merchandise", "current_assets", D, "out_of_scope"),
    ("1210", "製品", "Finished goods", "current_assets", D, "out_of_scope"),
    ("1220", "仕掛品", "Work in process", "current_assets", D, "out_of_scope"),
    ("1230", "原材料", "Raw materials", "current_assets", D, "out_of_scope"),
    ("1240", "貯蔵品", "Supplies on hand", "current_assets", D, "out_of_scope"),
    ("1300", "前払金", "Advances paid", "current_assets", D, "out_of_scope"),
    ("1310", "前払費用", "Prepaid expenses", "current_assets", D, "out_of_scope"),
    ("1320", "未収入金", "Non-trade receivables", "current_assets", D, "out_of_scope"),
    ("1330", "立替金", "Advances on behalf of others", "current_assets", D, "out_of_scope"),
    ("1340", "仮払金", "Suspense payments", "current_assets", D, "out_of_scope"),
    ("1350", "仮払消費税等", "Consumption tax paid", "current_assets", D, "out_of_scope"),
    ("1360", "短期貸付金", "Short-term loans receivable", "current_assets", D, "out_of_scope"),
    ("1500", "建物", "Buildings", "tangible_fixed_assets", D, "out_of_scope"),
    ("1510", "建物附属設備", "Building fixtures", "tangible_fixed_assets", D, "out_of_scope"),
    ("1520", "車両運搬具", "Vehicles", "tangible_fixed_assets", D, "out_of_scope"),
    ("1530", "工具器具備品", "Tools, furniture and fixtures", "tangible_fixed_assets", D, "out_of_scope"),
    ("1540", "土地", "Land", "tangible_fixed_assets", D, "out_of_scope"),
    ("1590", "減価償却累計額", "Accumulated depreciation", "tangible_fixed_assets", C, "out_of_scope"),
    ("1600", "ソフトウェア", "Software", "intangible_fixed_assets", D, "out_of_scope"),
    ("1700", "敷金", "Rental deposits", "investments", D, "out_of_scope"),
    ("1710", "差入保証金", "Guarantee deposits", "investments", D, "out_of_scope"),
    ("1720", "長期前払費用", "Long-term prepaid expenses", "investments", D, "out_of_scope"),
    ("2100", "支払手形", "Notes payable", "current_liabilities", C, "out_of_scope"),
    ("2110", "買掛金", "Accounts payable", "current_liabilities", C, "out_of_scope"),
    ("2120", "短期借入金", "Short-term borrowings", "current_liabilities", C, "out_of_scope"),
    ("2130", "未払金", "Non-trade payables", "current_liabilities", C, "out_of_scope"),
    ("2140", "未払費用", "Accrued expenses", "current_liabilities", C, "out_of_scope"),
    ("2150", "前受金", "Advances received", "current_liabilities", C, "out_of_scope"),
    ("2160", "預り金", "Withholdings", "current_liabilities", C, "out_of_scope"),
    ("2170", "仮受金", "Suspense receipts", "current_liabilities", C, "out_of_scope"),
    ("2180", "仮受消費税等", "Consumption tax received", "current_liabilities", C, "out_of_scope"),
    ("2190", "未払消費税等", "Consumption tax payable", "current_liabilities", C, "out_of_scope"),
    ("2200", "未払法人税等", "Income taxes payable", "current_liabilities", C, "out_of_scope"),
    ("2210", "賞与引当金", "Provision for bonuses", "current_liabilities", C, "out_of_scope"),
    ("2500", "長期借入金", "Long-term borrowings", "fixed_liabilities", C, "out_of_scope"),
    ("2510", "役員借入金", "Loans from officers", "fixed_liabilities", C, "out_of_scope"),
    ("3100", "資本金", "Capital stock", "capital_stock", C, "out_of_scope"),
    ("3200", "資本準備金", "Capital reserve", "capital_surplus", C, "out_of_scope"),
    ("3300", "利益準備金", "Legal retained earnings reserve", "retained_earnings", C, "out_of_scope"),
    ("3310", "繰越利益剰余金", "Retained earnings brought forward", "retained_earnings", C, "out_of_scope"),
    ("4100", "売上高", "Sales", "sales", C, "sales_10"),
    ("4110", "売上値引・返品", "Sales returns and allowances", "sales", D, "sales_10"),
    ("5100", "期首商品棚卸高", "Opening merchandise inventory", "cost_of_sales", D, "out_of_scope"),
    ("5110", "仕入高", "Purchases", "cost_of_sales", D, "purchase_10"),
    ("5190", "期末商品棚卸高", "Closing merchandise inventory", "cost_of_sales", C, "out_of_scope"),
    ("5200", "売上原価", "Cost of goods sold", "cost_of_sales", D, "out_of_scope"),
    ("5210", "棚卸減耗損", "Inventory shrinkage", "cost_of_sales", D, "out_of_scope"),
    ("6100", "役員報酬", "Officers' compensation", "sga", D, "out_of_scope"),
    ("6110", "給料手当", "Salaries and allowances", "sga", D, "out_of_scope"),
    ("6120", "賞与", "Bonuses", "sga", D, "out_of_scope"),
    ("6130", "雑給", "Part-time wages", "sga", D, "out_of_scope"),
    ("6140", "法定福利費", "Statutory welfare expenses", "sga", D, "exempt"),
    ("6150", "福利厚生費", "Employee benefits", "sga", D, "purchase_10"),
    ("6200", "外注費", "Outsourcing expenses", "sga", D, "purchase_10"),
    ("6210", "荷造運賃", "Packing and freight", "sga", D, "purchase_10"),
    ("6220", "広告宣伝費", "Advertising", "sga", D, "purchase_10"),
    ("6230", "接待交際費", "Entertainment", "sga", D, "purchase_10"),
    ("6240", "会議費", "Meeting expenses", "sga", D, "purchase_10"),
    ("6250", "旅費交通費", "Travel and transportation", "sga", D, "purchase_10"),
    ("6260", "通信費", "Communication", "sga", D, "purchase_10"),
    ("6270", "消耗品費", "Supplies expense", "sga", D, "purchase_10"),
    ("6280", "事務用品費", "Office supplies", "sga", D, "purchase_10"),
    ("6290", "修繕費", "Repairs", "sga", D, "purchase_10"),
    ("6300", "水道光熱費", "Utilities", "sga", D, "purchase_10"),
    ("6310", "新聞図書費", "Books and subscriptions", "sga", D, "purchase_10"),
    ("6320", "諸会費", "Membership dues", "sga", D, "out_of_scope"),
    ("6330", "支払手数料", "Fees and commissions", "sga", D, "purchase_10"),
    ("6340", "地代家賃", "Rent", "sga", D, "purchase_10"),
    ("6350", "賃借料", "Leases", "sga", D, "purchase_10"),
    ("6360", "保険料", "Insurance", "sga", D, "exempt"),
    ("6370", "租税公課", "Taxes and dues", "sga", D, "out_of_scope"),
    ("6380", "減価償却費", "Depreciation", "sga", D, "out_of_scope"),
    ("6390", "車両費", "Vehicle expenses", "sga", D, "purchase_10"),
    ("6400", "研修費", "Training", "sga", D, "purchase_10"),
    ("6990", "雑費", "Miscellaneous expenses", "sga", D, "purchase_10"),
    ("7100", "受取利息", "Interest income", "non_operating_income", C, "exempt"),
    ("7110", "受取配当金", "Dividend income", "non_operating_income", C, "out_of_scope"),
    ("7190", "雑収入", "Miscellaneous income", "non_operating_income", C, "sales_10"),
    ("7500", "支払利息", "Interest expense", "non_operating_expenses", D, "exempt"),
    ("7590", "雑損失", "Miscellaneous losses", "non_operating_expenses", D, "out_of_scope"),
    ("8100", "固定資産売却益", "Gain on sale of fixed assets", "extraordinary_income", C, "out_of_scope"),
    ("8500", "固定資産売却損", "Loss on sale of fixed assets", "extraordinary_losses", D, "out_of_scope"),
    ("9100", "法人税、住民税及び事業税", "Corporate, inhabitant and enterprise taxes", "income_taxes", D, "out_of_scope"),
];

/// The code of the account that receives prior years' profit in jp-standard.
pub const RETAINED_EARNINGS_CODE: &str = "3310";

/// The accounts of the `jp-standard` chart.
pub fn jp_standard() -> Vec<NewAccount> {
    JP_STANDARD
        .iter()
        .map(|&(code, name, en, section_key, side, tax)| {
            let section = SECTIONS
                .iter()
                .find(|s| s.key == section_key)
                .expect("jp-standard uses known sections");
            NewAccount {
                code: code.to_string(),
                name: name.to_string(),
                name_en: Some(en.to_string()),
                account_type: section.account_type,
                normal_side: side,
                section,
                tax_category: tax.to_string(),
            }
        })
        .collect()
}

/// The chart of accounts, indexed for lookup by code, Japanese name or English name.
pub struct Chart {
    /// Every account, in code order.
    pub accounts: Vec<Account>,
    /// Positions by exact name (code, Japanese name, English name), built on the first lookup:
    /// most commands that load the chart only read it.
    exact: OnceLock<HashMap<String, Vec<usize>>>,
    /// The same by folded name, built on the first lookup no exact name answers: folding every
    /// name (Unicode NFKC) took a tenth of an empty report's run time.
    folded: OnceLock<HashMap<String, Vec<usize>>>,
    /// Lookups so far: the first few scan the accounts instead of building `exact`.
    lookups: AtomicUsize,
}

/// Exact-name lookups answered by scanning the accounts before `exact` is built: a report that
/// resolves one name (its retained-earnings account) does not index ~300 names for it (2 % of
/// an empty trial balance's run time); an import resolving a name per row builds the index.
const SCANNED_LOOKUPS: usize = 8;

/// Account positions by each of their names, as `key` spells it.
fn names_by(accounts: &[Account], key: impl Fn(&str) -> String) -> HashMap<String, Vec<usize>> {
    let mut map: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, a) in accounts.iter().enumerate() {
        let names = [Some(&a.code), Some(&a.name), a.name_en.as_ref()];
        for name in names.into_iter().flatten() {
            let slot = map.entry(key(name)).or_default();
            if !slot.contains(&i) {
                slot.push(i);
            }
        }
    }
    map
}

impl Chart {
    /// Indexes a list of accounts.
    pub fn new(accounts: Vec<Account>) -> Chart {
        Chart {
            accounts,
            exact: OnceLock::new(),
            folded: OnceLock::new(),
            lookups: AtomicUsize::new(0),
        }
    }

    /// Loads the whole chart.
    pub fn load(conn: &Connection) -> Result<Chart> {
        Ok(Chart::new(store::list_accounts(conn, true)?))
    }

    /// Finds the account named by a code, Japanese name or English name (full-width, spacing and
    /// case ignored). Unknown or ambiguous names are errors that suggest the closest accounts.
    pub fn resolve(&self, text: &str) -> Result<&Account> {
        let exact = self.exact_hits(text);
        let hits: &[usize] = match &exact {
            Some(hits) => hits,
            None => self
                .folded
                .get_or_init(|| names_by(&self.accounts, fold))
                .get(&fold(text))
                .map_or(&[], |hits| hits),
        };
        match hits {
            [one] => Ok(&self.accounts[*one]),
            [] => Err(crate::kernel::error::hinted(
                format!("unknown account '{text}'"),
                self.suggest(text),
            )),
            many => bail!(
                "'{text}' names more than one account: {}",
                many.iter()
                    .map(|i| self.label(&self.accounts[*i]))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }

    /// The positions of the accounts one of whose names is exactly `text`, in code order (None:
    /// none is).
    fn exact_hits(&self, text: &str) -> Option<Cow<'_, [usize]>> {
        if self.exact.get().is_none()
            && self.lookups.fetch_add(1, Ordering::Relaxed) < SCANNED_LOOKUPS
        {
            let named = |a: &Account| {
                a.code == text || a.name == text || a.name_en.as_deref() == Some(text)
            };
            let hits: Vec<usize> = (0..self.accounts.len())
                .filter(|&i| named(&self.accounts[i]))
                .collect();
            return (!hits.is_empty()).then_some(Cow::Owned(hits));
        }
        let exact = self
            .exact
            .get_or_init(|| names_by(&self.accounts, str::to_string));
        exact.get(text).map(|hits| Cow::Borrowed(hits.as_slice()))
    }

    /// The account with this id.
    pub fn by_id(&self, id: i64) -> Option<&Account> {
        self.accounts.iter().find(|a| a.id == id)
    }

    fn label(&self, a: &Account) -> String {
        match &a.name_en {
            Some(en) => format!("{} {} ({en})", a.code, a.name),
            None => format!("{} {}", a.code, a.name),
        }
    }

    /// A "did you mean" hint with up to five accounts close to `text`.
    fn suggest(&self, text: &str) -> String {
        let wanted = fold(text);
        let mut scored: Vec<(u32, &Account)> = self
            .accounts
            .iter()
            .filter(|a| !a.archived)
            .map(|a| {
                let mut names = vec![fold(&a.code), fold(&a.name)];
                names.extend(a.name_en.as_deref().map(fold));
                let best = names
                    .iter()
                    .map(|n| similarity(&wanted, n))
                    .max()
                    .unwrap_or(0);
                (best, a)
            })
            .filter(|(score, _)| *score >= 40)
            .collect();
        scored.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.code.cmp(&y.1.code)));
        if scored.is_empty() {
            return "`bko ledger accounts list` shows the chart".to_string();
        }
        let names: Vec<String> = scored.iter().take(5).map(|(_, a)| self.label(a)).collect();
        format!("did you mean {}?", names.join(", "))
    }
}

/// How alike two folded names are, in percent: a substring match ranks high, else the edit
/// distance over characters relative to the longer name (works for kanji as well as for Latin).
fn similarity(wanted: &str, name: &str) -> u32 {
    if wanted.is_empty() || name.is_empty() {
        return 0;
    }
    if name.contains(wanted) || wanted.contains(name) {
        return 90;
    }
    let longest = wanted.chars().count().max(name.chars().count());
    let distance = strsim::levenshtein(wanted, name).min(longest);
    (100 * (longest - distance) / longest) as u32
}

/// Folds a name for lookup: NFKC (full-width → half-width), no spaces, lower case.
pub fn fold(text: &str) -> String {
    text.nfkc()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
}

/// Installs the standard Japanese chart of accounts in a new company's books and points the
/// ledger's retained-earnings setting at its 繰越利益剰余金; returns how many accounts it made.
pub fn install_standard_chart(conn: &rusqlite::Connection) -> Result<usize> {
    let accounts = jp_standard();
    for account in &accounts {
        store::insert_account(conn, account)?;
    }
    crate::kernel::settings::store(conn, "retained_earnings_account", RETAINED_EARNINGS_CODE)?;
    Ok(accounts.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::AccountType;
    use std::collections::HashSet;

    #[test]
    fn codes_and_names_are_unique_and_categories_known() {
        let chart = jp_standard();
        assert!(chart.len() >= 70, "{}", chart.len());
        let codes: HashSet<_> = chart.iter().map(|a| &a.code).collect();
        let names: HashSet<_> = chart.iter().map(|a| &a.name).collect();
        assert_eq!(codes.len(), chart.len());
        assert_eq!(names.len(), chart.len());
        for a in &chart {
            assert!(
                crate::jp::tax_category::by_key(&a.tax_category).is_some(),
                "{}",
                a.code
            );
        }
        assert!(
            chart
                .iter()
                .any(|a| a.code == RETAINED_EARNINGS_CODE && a.account_type == AccountType::Equity)
        );
    }

    /// The first lookups scan the accounts, later ones use the index: both answer every name
    /// alike — one account, an ambiguous name (a code that is another account's name), an
    /// unknown one, a folded spelling.
    #[test]
    fn scanned_and_indexed_lookups_answer_alike() {
        let mut accounts: Vec<Account> = jp_standard()
            .into_iter()
            .enumerate()
            .map(|(i, a)| Account {
                id: i as i64 + 1,
                code: a.code,
                name: a.name,
                name_en: a.name_en,
                account_type: a.account_type,
                normal_side: a.normal_side,
                section: a.section,
                tax_category: a.tax_category,
                archived: false,
            })
            .collect();
        let mut clash = accounts[1].clone();
        (clash.id, clash.code, clash.name) = (999, "9999".into(), accounts[0].code.clone());
        accounts.push(clash);
        let mut names: Vec<String> = accounts
            .iter()
            .flat_map(|a| {
                [
                    Some(a.code.clone()),
                    Some(a.name.clone()),
                    a.name_en.clone(),
                ]
            })
            .flatten()
            .collect();
        names.extend([
            "no such account".into(),
            "ｆｕｒｉｋｏｍｉ".into(),
            "売　掛　金".into(),
        ]);
        let answer = |chart: &Chart, name: &str| match chart.resolve(name) {
            Ok(a) => a.id.to_string(),
            Err(e) => format!("{e:#}"),
        };
        let scanned: Vec<String> = names
            .iter()
            .map(|n| answer(&Chart::new(accounts.clone()), n))
            .collect();
        let chart = Chart::new(accounts.clone());
        for _ in 0..SCANNED_LOOKUPS {
            answer(&chart, "warming up");
        }
        let indexed: Vec<String> = names.iter().map(|n| answer(&chart, n)).collect();
        assert!(chart.exact.get().is_some(), "the index was built");
        assert_eq!(scanned, indexed);
        assert!(indexed.iter().any(|a| a.contains("more than one account")));
        assert!(indexed.iter().any(|a| a.contains("unknown account")));
    }
}
