//! What a run produces outside the database: payslip PDFs and the Zengin transfer file.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::run::load;
use super::settings::get as setting_or_default;
use super::{pdf, store};
use crate::company::Company;
use crate::jp::zengin_transfer as zengin;
use crate::kernel::output::Lang;
use crate::kernel::period::Month;

/// Files as (name, bytes).
pub type Files = Vec<(String, Vec<u8>)>;

/// Payslip PDFs of a run as (file name, bytes), and whether the run is still a draft.
pub fn payslip_pdfs(
    conn: &Connection,
    month: Month,
    lang: Lang,
    only: Option<&str>,
) -> Result<(Files, bool)> {
    let company = Company::load(conn)?;
    let (run, slips) = load(conn, month)?;
    let chosen: Vec<_> = slips
        .iter()
        .filter(|(e, _)| only.is_none_or(|c| c == e.code))
        .collect();
    if chosen.is_empty() {
        bail!("no payslip to write for {month}");
    }
    let pages = chosen
        .iter()
        .map(|(e, p)| {
            (
                format!("payslip-{month}-{}", e.code),
                pdf::layout(&company.name, e, month, run.pay_date, p, lang),
            )
        })
        .collect();
    let pdfs = pdf::render_many(pages)?;
    let files = chosen
        .iter()
        .zip(pdfs)
        .map(|((e, _), bytes)| (format!("{month}_{}.pdf", e.code), bytes))
        .collect();
    Ok((files, run.status == crate::payroll::RunStatus::Draft))
}

/// The Zengin 給与振込 file of a confirmed run: (bytes, transfers, total).
pub fn transfer_file(conn: &Connection, month: Month) -> Result<(Vec<u8>, usize, i64)> {
    let (run, slips) = load(conn, month)?;
    if run.status != crate::payroll::RunStatus::Confirmed {
        return Err(crate::kernel::error::hinted(
            format!("the payroll of {month} is not confirmed"),
            format!("`bko payroll confirm --month {month}`"),
        ));
    }
    let nets: Vec<(&crate::people::Employee, i64)> =
        slips.iter().map(|(e, p)| (e, p.net)).collect();
    zengin_file(conn, run.pay_date, month, &nets)
}

/// The Zengin 給与振込 file of a confirmed bonus run: (bytes, transfers, total). Each
/// employee's bank account is the one of the pay settings in force in the pay date's month.
pub fn bonus_transfer_file(
    conn: &Connection,
    pay_date: NaiveDate,
) -> Result<(Vec<u8>, usize, i64)> {
    let (confirmed, slips) = super::bonus_run::bonus_slips(conn, pay_date)?;
    if !confirmed {
        return Err(crate::kernel::error::hinted(
            format!("the bonus run of {pay_date} is not confirmed"),
            format!("`bko payroll bonus confirm --date {pay_date}`"),
        ));
    }
    let month = Month::of(pay_date);
    let nets: Vec<(&crate::people::Employee, i64)> =
        slips.iter().map(|(e, s)| (e, s.net)).collect();
    zengin_file(conn, pay_date, month, &nets)
}

/// The bank file paying each positive net on `pay_date`, with the accounts of the pay settings
/// of `month`.
fn zengin_file(
    conn: &Connection,
    pay_date: NaiveDate,
    month: Month,
    nets: &[(&crate::people::Employee, i64)],
) -> Result<(Vec<u8>, usize, i64)> {
    let sender = company_transfer_account(conn)?;
    let mut transfers = Vec::new();
    for (e, net) in nets.iter().filter(|(_, net)| *net > 0) {
        let (account, kana) = employee_payee(conn, e, month)?;
        transfers.push(zengin::Transfer {
            who: format!("employee {}", e.code),
            account,
            name_kana: kana,
            amount: *net,
            tail: zengin::Tail::Employee {
                code: e.code.clone(),
                department: String::new(),
            },
        });
    }
    let bytes = zengin::build(zengin::Kind::Salary, &sender, pay_date, &transfers)?;
    let total = transfers.iter().map(|t| t.amount).sum();
    Ok((bytes, transfers.len(), total))
}

/// Where a bank file pays an employee: the account of their pay settings for `month` and their
/// kana name — each missing one an error with the command that sets it.
pub fn employee_payee(
    conn: &Connection,
    e: &crate::people::Employee,
    month: Month,
) -> Result<(zengin::Account, String)> {
    let setting = store::setting_for(conn, e.id, month)?;
    let Some(a) = setting.and_then(|s| s.bank) else {
        return Err(crate::kernel::error::hinted(
            format!("employee {} has no bank account", e.code),
            format!(
                "`bko payroll set {} --from {month} --bank-code ... --branch-code ... --account-number ...`",
                e.code
            ),
        ));
    };
    let Some(kana) = e.kana.clone() else {
        return Err(crate::kernel::error::hinted(
            format!(
                "employee {} has no kana name; the bank file needs it",
                e.code
            ),
            format!("`bko people set {} kana ヤマダ タロウ`", e.code),
        ));
    };
    let account = zengin::Account {
        bank_code: a.bank_code,
        bank_name: a.bank_name,
        branch_code: a.branch_code,
        branch_name: a.branch_name,
        account_type: a.account_type,
        account_number: a.account_number,
    };
    Ok((account, kana))
}

/// The company's transfer account from the payroll settings (`payroll_consignor_code`,
/// `payroll_bank_code` …), every required field present: the sender of every 全銀 file bko writes.
pub fn company_transfer_account(conn: &Connection) -> Result<zengin::Sender> {
    let get = |k: &str| setting_or_default(conn, k);
    let sender = zengin::Sender {
        consignor_code: get("payroll_consignor_code")?,
        consignor_name: get("payroll_consignor_name")?,
        bank_code: get("payroll_bank_code")?,
        bank_name: get("payroll_bank_name")?,
        branch_code: get("payroll_branch_code")?,
        branch_name: get("payroll_branch_name")?,
        account_type: get("payroll_account_type")?,
        account_number: get("payroll_account_number")?,
    };
    let required = [
        ("payroll_consignor_code", &sender.consignor_code),
        ("payroll_consignor_name", &sender.consignor_name),
        ("payroll_bank_code", &sender.bank_code),
        ("payroll_branch_code", &sender.branch_code),
        ("payroll_account_number", &sender.account_number),
    ];
    for (key, value) in required {
        if value.is_empty() {
            return Err(crate::kernel::error::hinted(
                format!("the company transfer account is incomplete: {key} is not set"),
                format!("`bko company set {key} VALUE`"),
            ));
        }
    }
    Ok(sender)
}

/// Bonus slip PDFs of a pay date as (file name, bytes), and whether the run is still a draft.
pub fn bonus_payslip_pdfs(
    conn: &Connection,
    pay_date: NaiveDate,
    lang: Lang,
    only: Option<&str>,
) -> Result<(Files, bool)> {
    let company = Company::load(conn)?;
    let (confirmed, slips) = super::bonus_run::bonus_slips(conn, pay_date)?;
    let chosen: Vec<_> = slips
        .iter()
        .filter(|(e, _)| only.is_none_or(|c| c == e.code))
        .collect();
    if chosen.is_empty() {
        bail!("no bonus slip to write for {pay_date}");
    }
    let pages = chosen
        .iter()
        .map(|(e, s)| {
            (
                format!("bonus-{pay_date}-{}", e.code),
                pdf::layout_bonus(&company.name, e, pay_date, &s.as_payslip(), lang),
            )
        })
        .collect();
    let pdfs = pdf::render_many(pages)?;
    let files = chosen
        .iter()
        .zip(pdfs)
        .map(|((e, _), bytes)| (format!("bonus-{pay_date}_{}.pdf", e.code), bytes))
        .collect();
    Ok((files, !confirmed))
}

/// The 源泉徴収票 PDFs of a year (every employee paid in it, or one) as (file name, bytes).
pub fn certificate_pdfs(conn: &Connection, year: i32, only: Option<&str>) -> Result<Files> {
    let certificates = super::certificate::certificates(conn, year, only)?;
    if certificates.is_empty() {
        bail!("nobody was paid in {year} by a confirmed run: no 源泉徴収票 to write");
    }
    let company = Company::load(conn)?;
    let contact = crate::company::Contact::load(conn)?;
    let payer = super::certificate_pdf::Payer {
        name: company.name.clone(),
        address: contact.postal_address(),
        phone: contact.phone.unwrap_or_default(),
    };
    let pdfs = super::certificate_pdf::render(&certificates, &payer)?;
    Ok(certificates
        .iter()
        .zip(pdfs)
        .map(|(c, bytes)| (format!("gensen-{year}_{}.pdf", c.employee.code), bytes))
        .collect())
}

/// The Zengin file paying the refunds of a year's separate 年末調整 settlement on its date:
/// (bytes, transfers, total). Extra tax collected is not in it (the employees pay it in).
pub fn settlement_transfer_file(conn: &Connection, year: i32) -> Result<(Vec<u8>, usize, i64)> {
    let Some((date, _, lines)) = store::settlement(conn, year)? else {
        return Err(crate::kernel::error::hinted(
            format!("the 年末調整 of {year} was not settled on its own"),
            format!(
                "`bko payroll yearend apply --year {year} --month {year}-12 --settle-separately`"
            ),
        ));
    };
    let mut refunds = Vec::new();
    for (employee_id, amount) in lines.into_iter().filter(|(_, a)| *a > 0) {
        refunds.push((crate::people::by_id(conn, employee_id)?, amount));
    }
    let nets: Vec<(&crate::people::Employee, i64)> = refunds.iter().map(|(e, a)| (e, *a)).collect();
    zengin_file(conn, date, Month::of(date), &nets)
}
