//! The financial statements as reports, read from the store: trial balance, P&L and balance
//! sheet. Used by `bko ledger` and by the month-end report pack.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use super::report::{self, BalanceSheetInput, RetainedEarnings};
use super::{Chart, store};
use crate::company::Company;
use crate::kernel::output::{Lang, Report};
use crate::kernel::period::{fiscal_year_start, months_between};

/// The company, its chart and the language, read once.
pub struct Statements {
    /// Company settings.
    pub company: Company,
    /// The chart of accounts.
    pub chart: Chart,
    /// Language of the reports.
    pub lang: Lang,
    /// Code (or name) of the retained earnings account, if set.
    pub retained_earnings_account: Option<String>,
}

impl Statements {
    /// Reads the company and the chart.
    pub fn load(conn: &Connection, lang: Option<Lang>) -> Result<Statements> {
        let company = Company::load(conn)?;
        let lang = lang.unwrap_or(company.locale);
        Statements::of(conn, company, Chart::load(conn)?, lang)
    }

    /// The statements of a company and chart already read (a command that read them for
    /// itself does not read them twice).
    pub fn of(conn: &Connection, company: Company, chart: Chart, lang: Lang) -> Result<Statements> {
        let retained = super::settings::get(conn, "retained_earnings_account")?;
        Ok(Statements {
            chart,
            company,
            lang,
            retained_earnings_account: Some(retained).filter(|r| !r.is_empty()),
        })
    }

    fn retained(&self) -> RetainedEarnings<'_> {
        match self
            .retained_earnings_account
            .as_deref()
            .and_then(|code| self.chart.resolve(code).ok())
        {
            Some(account) => RetainedEarnings::Account(account),
            None => RetainedEarnings::Unassigned,
        }
    }

    /// The trial balance from `from` to `to`, and whether it ties.
    pub fn trial_balance(
        &self,
        conn: &Connection,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<(Report, bool)> {
        let fy_start = fiscal_year_start(from, self.company.fiscal_year_start);
        let sums = store::trial_balance_sums(conn, fy_start, from, to)?;
        Ok(report::trial_balance(
            &self.chart,
            &sums,
            self.retained(),
            self.company.currency,
            self.lang,
        ))
    }

    /// The P&L from `from` to `to`, one column or one per month.
    pub fn profit_and_loss(
        &self,
        conn: &Connection,
        from: NaiveDate,
        to: NaiveDate,
        monthly: bool,
    ) -> Result<Report> {
        let periods: Vec<String> = if monthly {
            months_between(from, to)
                .iter()
                .map(|m| m.to_string())
                .collect()
        } else {
            vec![String::new()]
        };
        let sums = store::period_sums(conn, from, to, monthly)?;
        Ok(report::profit_and_loss(
            &self.chart,
            &sums,
            &periods,
            self.company.currency,
            self.lang,
        ))
    }

    /// The balance sheet on a date, and whether it balances.
    pub fn balance_sheet(&self, conn: &Connection, as_of: NaiveDate) -> Result<(Report, bool)> {
        let fy_start = fiscal_year_start(as_of, self.company.fiscal_year_start);
        let sums = store::trial_balance_sums(conn, fy_start, fy_start, as_of)?;
        let mut input = BalanceSheetInput {
            balances: Vec::new(),
            current_profit: 0,
            prior_profit: 0,
        };
        for (id, before_year, _, debit, credit) in sums {
            let Some(account) = self.chart.by_id(id) else {
                continue;
            };
            if account.account_type.is_profit_and_loss() {
                input.prior_profit -= before_year;
                input.current_profit -= debit - credit;
            } else {
                input.balances.push((id, before_year + debit - credit));
            }
        }
        Ok(report::balance_sheet(
            &self.chart,
            &input,
            self.retained(),
            self.company.currency,
            self.lang,
        ))
    }
}
