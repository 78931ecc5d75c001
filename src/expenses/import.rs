//! Claim sheets from CSV: one receipt per row (employee, date, amount, rate, account, payee,
//! registration number, book-only, note, receipt file relative to the sheet); all or nothing,
//! errors at file:line and column.

use std::path::Path;

use anyhow::Result;

use super::LineInput;
use crate::kernel::csvio::{ColumnSpec, CsvInput, CsvRow, Encoding};
use crate::kernel::period::parse_date;

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

const COLUMNS: &[ColumnSpec] = &[
    column("employee", &["社員番号"], true),
    column("date", &["日付", "利用日"], true),
    column("amount", &["金額"], true),
    column("rate", &["税率"], true),
    column("account", &["勘定科目"], true),
    column("payee", &["支払先"], true),
    column("registration_number", &["登録番号"], false),
    column("book_only", &["帳簿のみ"], false),
    column("note", &["摘要", "内容"], false),
    column("receipt", &["領収書"], false),
];

/// A receipt row: where it is, what it says, and its file when it names one.
pub struct Row {
    /// Line in the file.
    pub line: u64,
    /// The receipt.
    pub input: LineInput,
    /// Its file (name, bytes).
    pub receipt: Option<(String, Vec<u8>)>,
}

fn flag(row: &CsvRow, index: Option<usize>, column: &str) -> Result<bool> {
    match row.get(index).to_lowercase().as_str() {
        "" | "no" | "0" | "false" => Ok(false),
        "yes" | "1" | "true" => Ok(true),
        other => Err(row.error(column, format!("'{other}' is not yes or no"))),
    }
}

/// Reads a claim sheet; receipt files are read now, relative to the sheet's folder.
pub fn read(path: &Path, encoding: Encoding) -> Result<Vec<Row>> {
    let folder = path.parent().unwrap_or(Path::new("."));
    let mut input = CsvInput::open(path, encoding)?;
    let cols = input.columns(COLUMNS)?;
    let mut out = Vec::new();
    while let Some(row) = input.next_row()? {
        let at = |name: &str| cols.get(name).copied();
        let get = |name: &str| row.get(at(name)).trim().to_string();
        let date = parse_date(&get("date")).map_err(|e| row.error("date", e))?;
        let amount: i64 = get("amount").replace(',', "").parse().map_err(|_| {
            row.error(
                "amount",
                format!("'{}' is not a whole yen amount", get("amount")),
            )
        })?;
        let rate = crate::jp::consumption_tax::parse_rate(&get("rate"))
            .map_err(|e| row.error("rate", e))?;
        let optional = |name: &str| Some(get(name)).filter(|v| !v.is_empty());
        let receipt = optional("receipt")
            .map(|file| crate::docs::import::read_file(&folder.join(file)))
            .transpose()
            .map_err(|e| row.error("receipt", e))?;
        out.push(Row {
            line: row.line,
            input: LineInput {
                employee: get("employee"),
                date,
                amount,
                rate,
                account: get("account"),
                payee: get("payee"),
                registration_number: optional("registration_number"),
                book_only: flag(&row, at("book_only"), "book_only")?,
                note: optional("note"),
            },
            receipt,
        });
    }
    Ok(out)
}
