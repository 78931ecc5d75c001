//! The demo's April bank statement: a 全銀 入出金取引明細 file as みずほ would send it, holding the
//! bank side of every April entry on 普通預金 (rent, the phone bill, ABC's payment less its fee,
//! wages, the supplier, utilities, interest) and one transfer fee nobody booked — imported and
//! matched, so that `bko bank review` has exactly one line to show.

use std::path::Path;

use anyhow::Result;
use chrono::NaiveDate;

use crate::bank::zengin_writer::{AccountOut, RecordOut, render};
use crate::bank::{AccountKind, BankAccount, DepositType};
use crate::kernel::db;

fn april(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 4, day).expect("an April day")
}

/// The statement's lines, oldest first: (day, amount, payer, 摘要).
const LINES: [(u32, i64, &str, &str); 8] = [
    (1, -220_000, "", "ﾔﾁﾝ ﾏﾙﾉｳﾁﾌﾄﾞｳｻﾝ"),
    (15, -13_200, "", "NTT ﾂｳｼﾝﾘﾖｳ"),
    (20, 549_340, "ｴ-ﾋﾞ-ｼ-(ｶ", ""),
    (25, -471_550, "", "ｷﾕｳﾖ 4ｶﾞﾂﾌﾞﾝ"),
    (25, -330_000, "", "ﾄｳｷﾖｳｼﾖｳｼﾞ"),
    (28, -440, "", "ﾌﾘｺﾐﾃｽｳﾘﾖｳ"),
    (30, -16_500, "", "ﾃﾞﾝｷ ｽｲﾄﾞｳ"),
    (30, -3_000, "", "ｶﾘｲﾚﾘｿｸ"),
];

/// The April statement as the bank's file.
pub fn statement() -> Vec<u8> {
    let account = AccountOut {
        bank_code: "0001".into(),
        branch_code: "110".into(),
        number: "1234567".into(),
        holder: "ｶ)ｻﾝﾌﾟﾙｼﾖｳｼﾞ".into(),
    };
    let records: Vec<RecordOut> = LINES
        .iter()
        .enumerate()
        .map(|(i, (day, amount, payer, summary))| RecordOut {
            reference: i as u32 + 1,
            date: april(*day),
            amount: *amount,
            kind: if *amount > 0 { "11" } else { "14" },
            payer: payer.to_string(),
            summary: summary.to_string(),
            edi: String::new(),
        })
        .collect();
    render(&account, (april(1), april(30)), 5_000_000, &records, true)
}

/// Writes the statement next to the demo database, registers the account, imports the file
/// and matches it. Returns (file name, lines settled, lines left).
pub fn reconcile_april(db: &mut db::Db, out_dir: &Path) -> Result<(String, usize, usize)> {
    let file = out_dir.join("bank-2026-04.txt");
    crate::kernel::pdf::write_atomically(&file, &statement())?;
    let (first, last) = (april(1), april(30));
    db::write(db, "demo bank", |tx| {
        let account = BankAccount {
            id: 0,
            code: "MIZUHO".into(),
            name: Some("みずほ銀行 東京営業部".into()),
            kind: AccountKind::Bank,
            ledger_account_id: 0,
            bank_code: Some("0001".into()),
            branch_code: Some("110".into()),
            deposit_type: Some(DepositType::Ordinary),
            number: Some("1234567".into()),
            holder_kana: Some("ｶ)ｻﾝﾌﾟﾙｼﾖｳｼﾞ".into()),
            profile: None,
        };
        crate::bank::ops::add_account(tx, account, Some("普通預金"))?;
        crate::bank::import::import(tx, &file, None, None, None)?;
        let outcome = crate::bank::settle::match_lines(tx, None, first, last)?;
        let counts = (outcome.settled.len(), outcome.pending.len());
        Ok((
            counts,
            "imported and matched the April bank statement".to_string(),
        ))
    })
    .map(|(settled, left)| ("bank-2026-04.txt".to_string(), settled, left))
}
