//! Bills from CSV: one row per bill line, rows of one bill sharing its key (column `bill`) and
//! its header fields; all or nothing, errors at file:line and column.

use std::path::Path;

use anyhow::Result;

use super::{BillInput, BillLineInput, Supplier, Withholding};
use crate::kernel::csvio::{ColumnSpec, CsvInput, Encoding};
use crate::kernel::period::parse_date;

const COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        name: "bill",
        aliases: &["請求書キー"],
        required: true,
    },
    ColumnSpec {
        name: "supplier",
        aliases: &["支払先", "取引先コード"],
        required: true,
    },
    ColumnSpec {
        name: "number",
        aliases: &["請求書番号"],
        required: false,
    },
    ColumnSpec {
        name: "date",
        aliases: &["日付", "請求日"],
        required: true,
    },
    ColumnSpec {
        name: "received",
        aliases: &["受領日"],
        required: false,
    },
    ColumnSpec {
        name: "due",
        aliases: &["支払期日"],
        required: false,
    },
    ColumnSpec {
        name: "name",
        aliases: &["品名", "内容"],
        required: true,
    },
    ColumnSpec {
        name: "amount",
        aliases: &["金額"],
        required: true,
    },
    ColumnSpec {
        name: "rate",
        aliases: &["税率"],
        required: false,
    },
    ColumnSpec {
        name: "account",
        aliases: &["勘定科目"],
        required: false,
    },
    ColumnSpec {
        name: "tax_included",
        aliases: &["税込"],
        required: false,
    },
    ColumnSpec {
        name: "book_only",
        aliases: &["帳簿のみ"],
        required: false,
    },
];

/// Reads a bills file: (line of each bill's first row, the bill). A row without a rate takes
/// its supplier's default from `default_rates` (supplier code → rate).
pub fn read_bills(
    path: &Path,
    encoding: Encoding,
    default_rates: &std::collections::HashMap<String, u32>,
) -> Result<Vec<(u64, BillInput)>> {
    let mut input = CsvInput::open(path, encoding)?;
    let cols = input.columns(COLUMNS)?;
    let mut out: Vec<(u64, String, BillInput)> = Vec::new();
    let mut by_key: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    while let Some(row) = input.next_row()? {
        let at = |name: &str| cols.get(name).copied();
        let get = |name: &str| row.get(at(name));
        let date = |name: &'static str| -> Result<Option<chrono::NaiveDate>> {
            let text = get(name);
            if text.is_empty() {
                return Ok(None);
            }
            parse_date(text).map(Some).map_err(|e| row.error(name, e))
        };
        let spec = format!(
            "{};{};{};{}",
            get("name"),
            get("amount"),
            get("rate"),
            get("account")
        );
        let default_rate = default_rates.get(get("supplier")).copied();
        let line: BillLineInput =
            super::parse_line(&spec, default_rate).map_err(|e| row.error("rate", e))?;
        let bill = BillInput {
            supplier: get("supplier").to_string(),
            number: Some(get("number").to_string()).filter(|n| !n.is_empty()),
            date: date("date")?.ok_or_else(|| row.error("date", "missing"))?,
            received: date("received")?,
            due: date("due")?,
            tax_included: row.flag(at("tax_included"), "tax_included")?,
            stated_tax: Vec::new(),
            book_only: row.flag(at("book_only"), "book_only")?,
            lines: Vec::new(),
        };
        let key = get("bill").to_string();
        match by_key.get(&key).map(|&i| &mut out[i]) {
            Some((_, _, existing)) => {
                let mut same = bill.clone();
                same.lines = existing.lines.clone();
                if same != *existing {
                    return Err(row.error(
                        "bill",
                        format!("bill '{key}' has different header fields on this row"),
                    ));
                }
                existing.lines.push(line);
            }
            None => {
                let mut bill = bill;
                bill.lines.push(line);
                by_key.insert(key.clone(), out.len());
                out.push((row.line, key, bill));
            }
        }
    }
    Ok(out
        .into_iter()
        .map(|(line, _, bill)| (line, bill))
        .collect())
}

const SUPPLIER_COLUMNS: &[ColumnSpec] = &[
    ColumnSpec::new("code", &["コード", "取引先コード"], true),
    ColumnSpec::new("name", &["名称", "取引先名"], true),
    ColumnSpec::new("kana", &["フリガナ"], false),
    ColumnSpec::new("registration_number", &["登録番号"], false),
    ColumnSpec::new("address", &["住所"], false),
    ColumnSpec::new("bank_code", &["銀行コード", "金融機関コード"], false),
    ColumnSpec::new("branch_code", &["支店コード"], false),
    ColumnSpec::new("bank_name", &["銀行名"], false),
    ColumnSpec::new("branch_name", &["支店名"], false),
    ColumnSpec::new("account_type", &["預金種目"], false),
    ColumnSpec::new("account_number", &["口座番号"], false),
    ColumnSpec::new("holder_kana", &["口座名義"], false),
    ColumnSpec::new("terms", &["支払条件"], false),
    ColumnSpec::new("fee_bearer", &["手数料負担"], false),
    ColumnSpec::new("covered", &["取適法"], false),
    ColumnSpec::new("withholding", &["源泉徴収"], false),
    ColumnSpec::new("expense_account", &["勘定科目"], false),
    ColumnSpec::new("payable_account", &["計上先"], false),
    ColumnSpec::new("tax_rate", &["税率", "税区分"], false),
];

/// A supplier row: its line, the supplier, and the expense and payable accounts it names.
pub struct SupplierRow {
    /// Line in the file.
    pub line: u64,
    /// The supplier (id 0; accounts resolved when entered).
    pub supplier: Supplier,
    /// Default expense account.
    pub expense: Option<String>,
    /// Where its bills are owed.
    pub payable: Option<String>,
}

/// Reads a suppliers file (all rows; the caller enters them in one transaction).
pub fn read_suppliers(path: &Path, encoding: Encoding) -> Result<Vec<SupplierRow>> {
    let mut input = CsvInput::open(path, encoding)?;
    let cols = input.columns(SUPPLIER_COLUMNS)?;
    let mut out = Vec::new();
    while let Some(row) = input.next_row()? {
        let at = |name: &str| cols.get(name).copied();
        let get = |name: &str| row.get(at(name)).trim().to_string();
        let opt = |name: &str| Some(get(name)).filter(|v| !v.is_empty());
        let or = |name: &str, default: &str| opt(name).unwrap_or_else(|| default.to_string());
        let withholding =
            Withholding::parse(&get("withholding")).map_err(|e| row.error("withholding", e))?;
        out.push(SupplierRow {
            line: row.line,
            supplier: Supplier {
                id: 0,
                code: get("code"),
                name: get("name"),
                kana: opt("kana"),
                registration_number: opt("registration_number"),
                address: opt("address"),
                bank_code: opt("bank_code"),
                branch_code: opt("branch_code"),
                bank_name: opt("bank_name"),
                branch_name: opt("branch_name"),
                account_type: opt("account_type"),
                account_number: opt("account_number"),
                holder_kana: opt("holder_kana"),
                payment_terms: or("terms", "eom+1"),
                fee_bearer: or("fee_bearer", "us"),
                covered: row.flag(at("covered"), "covered")?,
                withholding,
                expense_account_id: None,
                payable_account_id: 0,
                tax_rate: opt("tax_rate")
                    .map(|r| crate::jp::consumption_tax::parse_rate(&r))
                    .transpose()
                    .map_err(|e| row.error("tax_rate", e))?,
            },
            expense: opt("expense_account"),
            payable: opt("payable_account"),
        });
    }
    Ok(out)
}
