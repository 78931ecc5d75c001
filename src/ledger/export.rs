//! Journal exports: bko's own CSV (which `bko ledger import` reads back into the same books), the
//! 弥生会計 import format (25 columns, no header, CP932, CRLF) and the マネーフォワード クラウド会計
//! 仕訳帳 CSV (shared/japan-rules.md §8). Streams entry by entry; must not print.

use std::io::Write;

use anyhow::{Context, Result};

use super::store::{self};
use super::{AccountType, Chart};
use crate::jp::tax_category;
use crate::kernel::csvio::encode_cp932;
use crate::kernel::money::Currency;
use crate::ledger::{JournalFilter, JournalRow};

/// The header of bko's journal CSV.
pub const NATIVE_HEADER: [&str; 9] = [
    "date",
    "entry",
    "account",
    "debit",
    "credit",
    "description",
    "tax",
    "memo",
    "ref",
];

/// Calls `each` with the lines of every entry matching the filter, one entry at a time.
fn for_each_entry(
    conn: &rusqlite::Connection,
    filter: &JournalFilter,
    mut each: impl FnMut(&[JournalRow]) -> Result<()>,
) -> Result<u64> {
    let mut current: Vec<JournalRow> = Vec::new();
    let mut count = 0;
    store::for_each_journal_row(conn, filter, |row| {
        if current.first().is_some_and(|f| f.entry_id != row.entry_id) {
            each(&current)?;
            count += 1;
            current.clear();
        }
        current.push(row);
        Ok(())
    })?;
    if !current.is_empty() {
        each(&current)?;
        count += 1;
    }
    Ok(count)
}

fn tax_ja(key: &str) -> &str {
    tax_category::by_key(key).map_or(key, |c| c.ja)
}

/// Writes bko's journal CSV; returns the number of entries.
pub fn native(
    conn: &rusqlite::Connection,
    chart: &Chart,
    filter: &JournalFilter,
    currency: &Currency,
    out: &mut dyn Write,
) -> Result<u64> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(NATIVE_HEADER)?;
    let count = for_each_entry(conn, filter, |lines| {
        for l in lines {
            let code = chart.by_id(l.account_id).map_or("", |a| a.code.as_str());
            let amount = |m: i64| {
                if m == 0 {
                    String::new()
                } else {
                    currency.plain(m)
                }
            };
            writer.write_record([
                l.date.to_string().as_str(),
                &l.entry_id.to_string(),
                code,
                &amount(l.debit),
                &amount(l.credit),
                l.description.as_deref().unwrap_or(&l.memo),
                tax_ja(&l.tax_category),
                &l.memo,
                l.reference.as_deref().unwrap_or(""),
            ])?;
        }
        Ok(())
    })?;
    writer.flush()?;
    Ok(count)
}

/// Debit and credit lines of an entry paired row by row, as 弥生 and MF lay out compound
/// entries: row i holds the i-th debit and the i-th credit (either may be missing).
fn paired(lines: &[JournalRow]) -> Vec<(Option<&JournalRow>, Option<&JournalRow>)> {
    let debits: Vec<&JournalRow> = lines.iter().filter(|l| l.debit > 0).collect();
    let credits: Vec<&JournalRow> = lines.iter().filter(|l| l.credit > 0).collect();
    (0..debits.len().max(credits.len()))
        .map(|i| (debits.get(i).copied(), credits.get(i).copied()))
        .collect()
}

/// 弥生's name for a tax category: its 非課税 is split into sales and purchases.
fn yayoi_tax(key: &str, account_type: Option<AccountType>) -> &str {
    match (key, account_type) {
        ("exempt", Some(AccountType::Revenue)) => "非課売上",
        ("exempt", _) => "非課仕入",
        _ => tax_ja(key),
    }
}

/// Writes the 弥生インポート形式 (CP932, CRLF, no header); returns the number of entries.
pub fn yayoi(
    conn: &rusqlite::Connection,
    chart: &Chart,
    filter: &JournalFilter,
    currency: &Currency,
    out: &mut dyn Write,
) -> Result<u64> {
    for_each_entry(conn, filter, |lines| {
        let rows = paired(lines);
        for (i, (debit, credit)) in rows.iter().enumerate() {
            let flag = match (rows.len(), i) {
                (1, _) => "2000",
                (_, 0) => "2110",
                (n, i) if i + 1 == n => "2101",
                _ => "2100",
            };
            let first = debit.or(*credit).expect("a paired row has a side");
            let side = |l: Option<&JournalRow>, amount: fn(&JournalRow) -> i64| -> [String; 6] {
                match l {
                    Some(l) => {
                        let account = chart.by_id(l.account_id);
                        [
                            account.map_or(String::new(), |a| a.name.clone()),
                            String::new(),
                            String::new(),
                            yayoi_tax(&l.tax_category, account.map(|a| a.account_type)).to_string(),
                            currency.plain(amount(l)),
                            String::new(),
                        ]
                    }
                    None => [
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        "0".into(),
                        String::new(),
                    ],
                }
            };
            let mut fields: Vec<String> = vec![
                flag.into(),
                first.entry_id.to_string(),
                String::new(),
                first.date.format("%Y/%m/%d").to_string(),
            ];
            fields.extend(side(*debit, |l| l.debit));
            fields.extend(side(*credit, |l| l.credit));
            fields.extend([
                first
                    .description
                    .clone()
                    .unwrap_or_else(|| first.memo.clone()),
                String::new(),
                String::new(),
                "0".into(),
                String::new(),
                String::new(),
                "0".into(),
                "0".into(),
                "no".into(),
            ]);
            let line = csv_line(&fields, "\r\n")?;
            let bytes = encode_cp932(&line)
                .with_context(|| format!("entry {} cannot be exported for 弥生", first.entry_id))?;
            out.write_all(&bytes)?;
        }
        Ok(())
    })
}

/// The マネーフォワード 仕訳帳 header (27 columns).
const MF_HEADER: [&str; 27] = [
    "取引No",
    "取引日",
    "借方勘定科目",
    "借方補助科目",
    "借方部門",
    "借方取引先",
    "借方税区分",
    "借方インボイス",
    "借方金額(円)",
    "借方税額",
    "貸方勘定科目",
    "貸方補助科目",
    "貸方部門",
    "貸方取引先",
    "貸方税区分",
    "貸方インボイス",
    "貸方金額(円)",
    "貸方税額",
    "摘要",
    "仕訳メモ",
    "タグ",
    "MF仕訳タイプ",
    "決算整理仕訳",
    "作成日時",
    "作成者",
    "最終更新日時",
    "最終更新者",
];

/// Writes the マネーフォワード 仕訳帳 CSV (UTF-8, header row); returns the number of entries.
pub fn money_forward(
    conn: &rusqlite::Connection,
    chart: &Chart,
    filter: &JournalFilter,
    currency: &Currency,
    out: &mut dyn Write,
) -> Result<u64> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(MF_HEADER)?;
    let count = for_each_entry(conn, filter, |lines| {
        for (debit, credit) in paired(lines) {
            let first = debit.or(credit).expect("a paired row has a side");
            let side = |l: Option<&JournalRow>, amount: fn(&JournalRow) -> i64| -> [String; 8] {
                match l {
                    Some(l) => [
                        chart
                            .by_id(l.account_id)
                            .map_or(String::new(), |a| a.name.clone()),
                        String::new(),
                        String::new(),
                        String::new(),
                        tax_ja(&l.tax_category).to_string(),
                        String::new(),
                        currency.plain(amount(l)),
                        String::new(),
                    ],
                    None => Default::default(),
                }
            };
            let mut fields = vec![
                first.entry_id.to_string(),
                first.date.format("%Y/%m/%d").to_string(),
            ];
            fields.extend(side(debit, |l| l.debit));
            fields.extend(side(credit, |l| l.credit));
            fields.push(
                first
                    .description
                    .clone()
                    .unwrap_or_else(|| first.memo.clone()),
            );
            fields.push(first.reference.clone().unwrap_or_default());
            fields.extend(std::iter::repeat_n(String::new(), 7));
            writer.write_record(&fields)?;
        }
        Ok(())
    })?;
    writer.flush()?;
    Ok(count)
}

/// One CSV record as text with the given line ending.
fn csv_line(fields: &[String], terminator: &str) -> Result<String> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    writer.write_record(fields)?;
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    let text = String::from_utf8(bytes)?;
    Ok(format!("{}{terminator}", text.trim_end_matches('\n')))
}
