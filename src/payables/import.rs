//! Bills from CSV: one row per bill line, rows of one bill sharing its key (column `bill`) and
//! its header fields; all or nothing, errors at file:line and column.

use std::path::Path;

use anyhow::Result;

use super::{BillInput, BillLineInput, Supplier, Withholding};
use crate::kernel::csvio::{ColumnSpec, CsvInput, CsvRow, Encoding};
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
        required: true,
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

fn flag(row: &CsvRow, index: Option<usize>, column: &str) -> Result<bool> {
    match row.get(index).to_lowercase().as_str() {
        "" | "no" | "0" | "false" => Ok(false),
        "yes" | "1" | "true" => Ok(true),
        other => Err(row.error(column, format!("'{other}' is not yes or no"))),
    }
}

/// Reads a bills file: (line of each bill's first row, the bill).
pub fn read_bills(path: &Path, encoding: Encoding) -> Result<Vec<(u64, BillInput)>> {
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
        let line: BillLineInput = super::parse_line(&spec).map_err(|e| row.error("amount", e))?;
        let bill = BillInput {
            supplier: get("supplier").to_string(),
            number: Some(get("number").to_string()).filter(|n| !n.is_empty()),
            date: date("date")?.ok_or_else(|| row.error("date", "missing"))?,
            received: date("received")?,
            due: date("due")?,
            tax_included: flag(&row, at("tax_included"), "tax_included")?,
            stated_tax: Vec::new(),
            book_only: flag(&row, at("book_only"), "book_only")?,
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

const fn column(
    name: &'static str,
    aliases: &'static [&'static str],
    required: bool,
) -> ColumnSpec {
    ColumnSpec {
        name,
        aliases,
        required,
    }
}

const SUPPLIER_COLUMNS: &[ColumnSpec] = &[
    column("code", &["コード", "取引先コード"], true),
    column("name", &["名称", "取引先名"], true),
    column("kana", &["フリガナ"], false),
    column("registration_number", &["登録番号"], false),
    column("address", &["住所"], false),
    column("bank_code", &["銀行コード", "金融機関コード"], false),
    column("branch_code", &["支店コード"], false),
    column("bank_name", &["銀行名"], false),
    column("branch_name", &["支店名"], false),
    column("account_type", &["預金種目"], false),
    column("account_number", &["口座番号"], false),
    column("holder_kana", &["口座名義"], false),
    column("terms", &["支払条件"], false),
    column("fee_bearer", &["手数料負担"], false),
    column("covered", &["取適法"], false),
    column("withholding", &["源泉徴収"], false),
    column("expense_account", &["勘定科目"], false),
    column("payable_account", &["計上先"], false),
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
                covered: flag(&row, at("covered"), "covered")?,
                withholding,
                expense_account_id: None,
                payable_account_id: 0,
            },
            expense: opt("expense_account"),
            payable: opt("payable_account"),
        });
    }
    Ok(out)
}
