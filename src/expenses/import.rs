//! Claim sheets from CSV: one receipt per row (employee, date, amount, rate, account, payee,
//! registration number, book-only, note, receipt file relative to the sheet); all or nothing,
//! errors at file:line and column.

use std::path::Path;

use anyhow::Result;

use super::LineInput;
use crate::kernel::csvio::{ColumnSpec, CsvInput, Encoding};
use crate::kernel::period::parse_date;

const COLUMNS: &[ColumnSpec] = &[
    ColumnSpec::new("employee", &["社員番号"], true),
    ColumnSpec::new("date", &["日付", "利用日"], true),
    ColumnSpec::new("amount", &["金額"], true),
    ColumnSpec::new("rate", &["税率"], true),
    ColumnSpec::new("account", &["勘定科目"], true),
    ColumnSpec::new("payee", &["支払先"], true),
    ColumnSpec::new("registration_number", &["登録番号"], false),
    ColumnSpec::new("book_only", &["帳簿のみ"], false),
    ColumnSpec::new("note", &["摘要", "内容"], false),
    ColumnSpec::new("receipt", &["領収書"], false),
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
                book_only: row.flag(at("book_only"), "book_only")?,
                note: optional("note"),
            },
            receipt,
        });
    }
    Ok(out)
}
