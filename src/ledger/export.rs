//! Journal exports: bko's own CSV (which `bko ledger import` reads back into the same books), the
//! 弥生会計 import format (25 columns, no header, CP932, CRLF) and the マネーフォワード クラウド会計
//! 仕訳帳 CSV (shared/japan-rules.md §8). Streams entry by entry; must not print.

use std::io::Write;

use anyhow::{Context, Result};

use super::Chart;
use super::accountant::{self, Line, Target, cut_cp932, fold_tax, one_line};
use super::store::{self};
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

/// Debit and credit lines paired row by row, as 弥生, MF and freee lay out compound entries:
/// row i holds the i-th debit and the i-th credit (either may be missing).
fn paired_lines(lines: &[Line]) -> Vec<(Option<&Line>, Option<&Line>)> {
    let debits: Vec<&Line> = lines.iter().filter(|l| l.debit).collect();
    let credits: Vec<&Line> = lines.iter().filter(|l| !l.debit).collect();
    (0..debits.len().max(credits.len()))
        .map(|i| (debits.get(i).copied(), credits.get(i).copied()))
        .collect()
}

/// The bytes of 弥生's 摘要: one line, at most 64 bytes of CP932.
const YAYOI_DESCRIPTION_BYTES: usize = 64;

/// Writes the 弥生インポート形式 (CP932, CRLF, no header; 25 columns): amounts tax-included with
/// the tax in 税金額 and 弥生's invoice-era 税区分; a one-row entry is 識別フラグ 2000 (タイプ 0,
/// 仕訳), a longer one 伝票 rows 2110 / 2100 / 2101 (タイプ 3, 振替伝票); 摘要 on one line, cut
/// to 64 bytes. Returns the number of entries.
pub fn yayoi(
    conn: &rusqlite::Connection,
    chart: &Chart,
    filter: &JournalFilter,
    currency: &Currency,
    out: &mut dyn Write,
) -> Result<u64> {
    for_each_entry(conn, filter, |rows| {
        let lines = fold_tax(rows, chart);
        let pairs = paired_lines(&lines);
        let entry = &rows[0];
        for (i, (debit, credit)) in pairs.iter().enumerate() {
            let (flag, kind) = match (pairs.len(), i) {
                (1, _) => ("2000", "0"),
                (_, 0) => ("2110", "3"),
                (n, i) if i + 1 == n => ("2101", "3"),
                _ => ("2100", "3"),
            };
            let first = debit.or(*credit).expect("a paired row has a side");
            let mut fields: Vec<String> = vec![
                flag.into(),
                entry.entry_id.to_string(),
                String::new(),
                entry.date.format("%Y/%m/%d").to_string(),
            ];
            fields.extend(yayoi_side(*debit, currency));
            fields.extend(yayoi_side(*credit, currency));
            let (description, _) =
                cut_cp932(&one_line(&first.description), YAYOI_DESCRIPTION_BYTES);
            fields.push(description);
            fields.extend(["", "", kind, "", "", "0", "0", "no"].map(String::from));
            let line = csv_line(&fields, "\r\n")?;
            let bytes = encode_cp932(&line)
                .with_context(|| format!("entry {} cannot be exported for 弥生", entry.entry_id))?;
            out.write_all(&bytes)?;
        }
        Ok(())
    })
}

/// 勘定科目, 補助科目, 部門, 税区分, 金額, 税金額 of one side of a 弥生 row.
fn yayoi_side(line: Option<&Line>, currency: &Currency) -> [String; 6] {
    match line {
        Some(l) => [
            l.account.clone(),
            String::new(),
            String::new(),
            Target::Yayoi.tax_name(&l.category, l.revenue).to_string(),
            currency.plain(l.amount),
            tax_amount(l, currency),
        ],
        None => [
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            "0".into(),
            String::new(),
        ],
    }
}

/// The tax column: the tax inside a taxable line's amount, empty for other lines.
fn tax_amount(line: &Line, currency: &Currency) -> String {
    if accountant::rate_of(&line.category).is_some() {
        currency.plain(line.tax)
    } else {
        String::new()
    }
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

/// Writes the マネーフォワード 仕訳帳 CSV (UTF-8, CRLF, header row): amounts tax-included with
/// the tax in 税額 and MF's 税区分 names. Returns the number of entries.
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
    let count = for_each_entry(conn, filter, |rows| {
        let lines = fold_tax(rows, chart);
        let entry = &rows[0];
        for (debit, credit) in paired_lines(&lines) {
            let first = debit.or(credit).expect("a paired row has a side");
            let side = |l: Option<&Line>| -> [String; 8] {
                match l {
                    Some(l) => [
                        l.account.clone(),
                        String::new(),
                        String::new(),
                        String::new(),
                        Target::MoneyForward
                            .tax_name(&l.category, l.revenue)
                            .to_string(),
                        String::new(),
                        currency.plain(l.amount),
                        tax_amount(l, currency),
                    ],
                    None => Default::default(),
                }
            };
            let mut fields = vec![
                entry.entry_id.to_string(),
                entry.date.format("%Y/%m/%d").to_string(),
            ];
            fields.extend(side(debit));
            fields.extend(side(credit));
            fields.push(one_line(&first.description));
            fields.push(one_line(entry.reference.as_deref().unwrap_or_default()));
            fields.extend(std::iter::repeat_n(String::new(), 7));
            writer.write_record(&fields)?;
        }
        Ok(())
    })?;
    writer.flush()?;
    Ok(count)
}

/// The freee 仕訳帳 import header (shared/japan-rules.md §8): the row kind, the entry's date and
/// number, then each side's account, code, sub-account, partner, amount, 税区分 and tax.
pub const FREEE_HEADER: [&str; 20] = [
    "[表題行]",
    "日付",
    "伝票番号",
    "決算整理仕訳",
    "借方勘定科目",
    "借方科目コード",
    "借方補助科目",
    "借方取引先",
    "借方金額",
    "借方税区分",
    "借方税額",
    "貸方勘定科目",
    "貸方科目コード",
    "貸方補助科目",
    "貸方取引先",
    "貸方金額",
    "貸方税区分",
    "貸方税額",
    "摘要",
    "仕訳メモ",
];

/// Writes the freee 仕訳帳 import CSV (UTF-8, CRLF, header row): each entry's first row is
/// `[表題行]`, the rest `[明細行]`, every row with the entry's date and number (freee joins rows of
/// one date and 伝票番号); amounts tax-included with the tax in 税額. Returns the entries.
pub fn freee(
    conn: &rusqlite::Connection,
    chart: &Chart,
    filter: &JournalFilter,
    currency: &Currency,
    out: &mut dyn Write,
) -> Result<u64> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(FREEE_HEADER)?;
    let count = for_each_entry(conn, filter, |rows| {
        let lines = fold_tax(rows, chart);
        let entry = &rows[0];
        for (i, (debit, credit)) in paired_lines(&lines).into_iter().enumerate() {
            let first = debit.or(credit).expect("a paired row has a side");
            let side = |l: Option<&Line>| -> [String; 7] {
                match l {
                    Some(l) => [
                        l.account.clone(),
                        chart
                            .resolve(&l.account)
                            .map_or(String::new(), |a| a.code.clone()),
                        String::new(),
                        String::new(),
                        currency.plain(l.amount),
                        Target::Freee.tax_name(&l.category, l.revenue).to_string(),
                        tax_amount(l, currency),
                    ],
                    None => Default::default(),
                }
            };
            let mut fields = vec![
                if i == 0 { "[表題行]" } else { "[明細行]" }.to_string(),
                entry.date.format("%Y/%m/%d").to_string(),
                entry.entry_id.to_string(),
                String::new(),
            ];
            fields.extend(side(debit));
            fields.extend(side(credit));
            fields.push(one_line(&first.description));
            fields.push(one_line(entry.reference.as_deref().unwrap_or_default()));
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
