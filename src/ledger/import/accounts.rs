//! The chart of accounts from CSV (`bko ledger accounts import`): read and checked here, entered
//! by the caller in one transaction.

use std::path::Path;

use anyhow::Result;

use crate::jp::tax_category;
use crate::kernel::csvio::{ColumnSpec, CsvInput, CsvRow, Encoding};
use crate::ledger::{AccountType, NewAccount, Side, default_section, section};

/// The accounts CSV columns: `code,name,name_en,type,section,tax_category` (plus optional
/// `normal_side` for contra accounts).
const ACCOUNT_COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        name: "code",
        aliases: &["コード", "科目コード"],
        required: true,
    },
    ColumnSpec {
        name: "name",
        aliases: &["勘定科目", "科目名", "名称"],
        required: true,
    },
    ColumnSpec {
        name: "name_en",
        aliases: &["英語名"],
        required: false,
    },
    ColumnSpec {
        name: "type",
        aliases: &["区分", "種別"],
        required: true,
    },
    ColumnSpec {
        name: "section",
        aliases: &["表示区分"],
        required: false,
    },
    ColumnSpec {
        name: "tax_category",
        aliases: &["税区分", "tax"],
        required: false,
    },
    ColumnSpec {
        name: "normal_side",
        aliases: &["貸借"],
        required: false,
    },
];

/// Reads an accounts CSV into new accounts with their line numbers (validated, not yet written).
pub fn read_accounts(path: &Path, encoding: Encoding) -> Result<Vec<(u64, NewAccount)>> {
    let mut input = CsvInput::open(path, encoding)?;
    let cols = input.columns(ACCOUNT_COLUMNS)?;
    let col = |name: &str| cols.get(name).copied();
    let mut accounts = Vec::new();
    while let Some(row) = input.next_row()? {
        accounts.push((row.line, account_from_row(&row, &col)?));
    }
    Ok(accounts)
}

fn account_from_row(row: &CsvRow, col: &dyn Fn(&str) -> Option<usize>) -> Result<NewAccount> {
    let code = row.get(col("code")).to_string();
    if code.is_empty() {
        return Err(row.error("code", "is empty"));
    }
    let name = row.get(col("name")).to_string();
    if name.is_empty() {
        return Err(row.error("name", "is empty"));
    }
    let account_type =
        AccountType::parse(row.get(col("type"))).map_err(|e| row.error("type", e))?;
    let section = match row.get(col("section")) {
        "" => default_section(account_type),
        text => section(text).map_err(|e| row.error("section", e))?,
    };
    if section.account_type != account_type {
        return Err(row.error(
            "section",
            format!(
                "section '{}' holds {} accounts, not {}",
                section.key,
                section.account_type.key(),
                account_type.key()
            ),
        ));
    }
    let tax = match row.get(col("tax_category")) {
        "" => tax_category::OUT_OF_SCOPE.to_string(),
        text => tax_category::parse(text)
            .map_err(|e| row.error("tax_category", e))?
            .key
            .to_string(),
    };
    let normal_side = match row.get(col("normal_side")) {
        "" => account_type.normal_side(),
        "debit" | "借方" => Side::Debit,
        "credit" | "貸方" => Side::Credit,
        other => return Err(row.error("normal_side", format!("'{other}' is not debit or credit"))),
    };
    Ok(NewAccount {
        code,
        name,
        name_en: Some(row.get(col("name_en")).to_string()).filter(|s| !s.is_empty()),
        account_type,
        normal_side,
        section,
        tax_category: tax,
    })
}
