//! The demo's payables and expenses: three suppliers and their April bills — a registered
//! contractor who bears the transfer fee, an unregistered cleaner (80% creditable, 経過措置), a
//! 税理士 whose fee is withheld —, the May payment run with its 総合振込 file, and an employee's
//! April trip to Osaka claimed with its receipts, approved and repaid in cash.

use std::path::Path;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use crate::expenses::LineInput;
use crate::kernel::db;
use crate::payables::{BillInput, Supplier, Withholding, parse_line};

fn day(text: &str) -> NaiveDate {
    text.parse().expect("a demo date")
}

/// A supplier with its bank details.
fn supplier(
    code: &str,
    name: &str,
    t_number: Option<&str>,
    bank: (&str, &str, &str, &str),
) -> Supplier {
    Supplier {
        id: 0,
        code: code.into(),
        name: name.into(),
        kana: None,
        registration_number: t_number.map(str::to_string),
        address: None,
        bank_code: Some(bank.0.into()),
        branch_code: Some(bank.1.into()),
        bank_name: None,
        branch_name: None,
        account_type: Some("ordinary".into()),
        account_number: Some(bank.2.into()),
        holder_kana: Some(bank.3.into()),
        payment_terms: "eom+1".into(),
        fee_bearer: "us".into(),
        covered: false,
        withholding: Withholding::None,
        expense_account_id: None,
        payable_account_id: 0,
        tax_rate: None,
    }
}

/// The suppliers and their April bills.
pub fn suppliers_and_bills(tx: &Connection) -> Result<()> {
    use crate::payables::ops::{add_supplier, enter_bill};
    crate::kernel::settings::store(tx, "payables_transfer_fee", "330/440")?;
    let mut denki = supplier(
        "DENKI",
        "丸の内電気工事株式会社",
        Some("T5010001008846"),
        ("0005", "001", "2345678", "ﾏﾙﾉｳﾁﾃﾞﾝｷｺｳｼﾞ(ｶ"),
    );
    denki.fee_bearer = "supplier".into();
    add_supplier(tx, denki, Some("修繕費"), None)?;
    let clean = supplier(
        "CLEAN",
        "クリーン田中",
        None,
        ("0009", "210", "3456789", "ﾀﾅｶ ｲﾁﾛｳ"),
    );
    add_supplier(tx, clean, Some("外注費"), None)?;
    let mut tax = supplier(
        "ZEIRISHI",
        "鈴木税理士事務所",
        Some("T1180301018771"),
        ("0001", "110", "4567890", "ｽｽﾞｷ ｼﾞﾛｳ"),
    );
    tax.withholding = Withholding::Fee;
    add_supplier(tx, tax, Some("支払手数料"), None)?;
    let bills = [
        ("DENKI", "D-0412", "2026-04-12", "照明器具交換工事;80000;10"),
        ("CLEAN", "", "2026-04-30", "事務所清掃 4月分;30000;10"),
        ("ZEIRISHI", "2026-04", "2026-04-30", "顧問料 4月分;50000;10"),
    ];
    for (code, number, date, line) in bills {
        enter_bill(
            tx,
            &BillInput {
                supplier: code.into(),
                number: Some(number.to_string()).filter(|n| !n.is_empty()),
                date: day(date),
                received: None,
                due: None,
                tax_included: false,
                stated_tax: Vec::new(),
                book_only: false,
                lines: vec![parse_line(line, None)?],
            },
        )?;
    }
    Ok(())
}

/// E002's trip to Osaka: the train (book-only), the hotel (registered) with its receipt, an
/// advance of ¥30,000 before, the claim approved on 30 April and the rest repaid in cash.
pub fn travel_claim(tx: &Connection) -> Result<()> {
    use crate::expenses::ops;
    ops::advance(tx, "E002", 30_000, day("2026-04-20"), None)?;
    let receipt = (
        "receipt-0423-hotel.txt".to_string(),
        "領収書 ホテル大阪 1泊 12,100円 (うち消費税 1,100円) T3120001059632"
            .as_bytes()
            .to_vec(),
    );
    let lines = [
        (
            "2026-04-23",
            14_720,
            "旅費交通費",
            "JR東海",
            None,
            true,
            "新幹線 東京→新大阪 往復",
        ),
        (
            "2026-04-23",
            12_100,
            "旅費交通費",
            "ホテル大阪",
            Some("T3120001059632"),
            false,
            "出張 宿泊",
        ),
        (
            "2026-04-24",
            6_600,
            "会議費",
            "割烹なにわ",
            None,
            false,
            "大阪支店打合せ 2名",
        ),
    ];
    for (date, amount, account, payee, t_number, book_only, note) in lines {
        let input = LineInput {
            employee: "E002".into(),
            date: day(date),
            amount,
            rate: 10,
            account: account.into(),
            payee: payee.into(),
            registration_number: t_number.map(str::to_string),
            book_only,
            note: Some(note.into()),
        };
        let file = (payee == "ホテル大阪").then_some(&receipt);
        ops::add_line(tx, &input, file)?;
    }
    ops::submit(tx, 1)?;
    ops::approve(tx, 1, "山田 太郎", day("2026-04-30"))?;
    ops::repay(
        tx,
        1,
        &ops::Via::Now {
            date: day("2026-04-30"),
            how: "cash",
            from: None,
        },
    )?;
    Ok(())
}

/// The payment run of 29 May (every April bill, due at the end of May): confirmed, and its
/// 総合振込 file written next to the database. Returns (file, transfers, total).
pub fn pay_may(db: &mut db::Db, out_dir: &Path) -> Result<(String, usize, i64)> {
    use crate::payables::runs;
    let id = db::write(db, "demo payment run", |tx| {
        let request = runs::RunRequest {
            date: Some(day("2026-05-29")),
            due_through: Some(day("2026-05-31")),
            ..Default::default()
        };
        let (view, _) = runs::build_run(tx, &request)?;
        runs::confirm(tx, view.run.id)?;
        Ok((view.run.id, "paid the April bills".to_string()))
    })?;
    let (bytes, count, total) = runs::transfer_file(&db.conn, id)?;
    let name = "sogo-2026-05-29.txt".to_string();
    crate::kernel::pdf::write_atomically(&out_dir.join(&name), &bytes)?;
    Ok((name, count, total))
}

/// The invoicing desk in the demo: the electronic receipt of ABC's April payment (archived, and
/// written next to the invoices), and ABC's monthly maintenance as a recurring invoice from May
/// (added, not run: `bko invoice recurring run --month 2026-05` issues it). Returns the
/// receipt's file.
pub fn invoicing_desk(db: &mut db::Db, pdf_dir: &Path) -> Result<std::path::PathBuf> {
    use crate::invoice::receipt::{self, Request};
    use crate::invoice::recurring::{self, NewRecurring};
    let (r, bytes) = db::write(db, "demo receipt", |tx| {
        let request = Request {
            invoice: Some("INV-2026-0001".into()),
            ..Default::default()
        };
        let (r, _) = receipt::write(tx, &request)?;
        let issuer = crate::invoice::issue::issuer(tx)?;
        let bytes = crate::invoice::receipt_pdf::pdf(&r, &issuer)?;
        receipt::archive(tx, &r, &bytes)?;
        let line = crate::invoice::parse_line_spec("保守サポート;1;50000;10;式")?;
        let new = NewRecurring {
            code: "ABC-HOSHU".into(),
            customer: Some("ABC".into()),
            day: 31,
            lines: vec![line],
            subject: Some("{M}月分 保守サポート".into()),
            start: Some(crate::kernel::period::Month::parse("2026-05")?),
            ..Default::default()
        };
        recurring::add(tx, &new, day("2026-04-30"))?;
        Ok((
            (r, bytes),
            "wrote a receipt, added a recurring invoice".to_string(),
        ))
    })?;
    let path = pdf_dir.join(format!("{}.pdf", r.number));
    crate::kernel::pdf::write_atomically(&path, &bytes)?;
    Ok(path)
}
