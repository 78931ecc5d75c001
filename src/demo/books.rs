//! The demo books: April 2026 posted by hand, billed, stocked and its papers archived.

use anyhow::Result;
use chrono::NaiveDate;

use super::april;
use crate::company::Company;
use crate::invoice::issue::{self, DocumentInput};
use crate::invoice::{self as invoice_store, import};
use crate::ledger::{self, Chart, NewEntry, NewLine};

/// One demo entry: day of April 2026, memo, debits and credits as (account code, amount), and
/// the tax category for its revenue and expense lines when not the account's default.
type DemoEntry = (
    u32,
    &'static str,
    &'static [(&'static str, i64)],
    &'static [(&'static str, i64)],
    Option<&'static str>,
);

const APRIL: &[DemoEntry] = &[
    (
        1,
        "開始残高",
        &[("1120", 5_000_000), ("1100", 100_000)],
        &[("3100", 3_000_000), ("3310", 2_100_000)],
        None,
    ),
    (
        1,
        "4月分 事務所家賃",
        &[("6340", 200_000), ("1350", 20_000)],
        &[("1120", 220_000)],
        None,
    ),
    (
        10,
        "東京商事 商品仕入",
        &[("5110", 300_000), ("1350", 30_000)],
        &[("2110", 330_000)],
        None,
    ),
    (
        12,
        "文房具 (コピー用紙・トナー)",
        &[("6280", 3_000), ("1350", 300)],
        &[("1100", 3_300)],
        None,
    ),
    (
        15,
        "インターネット回線・携帯電話",
        &[("6260", 12_000), ("1350", 1_200)],
        &[("1120", 13_200)],
        None,
    ),
    (
        18,
        "営業交通費 (電車・タクシー)",
        &[("6250", 8_000), ("1350", 800)],
        &[("1100", 8_800)],
        None,
    ),
    (
        22,
        "打合せ用 飲料・菓子 (軽減税率)",
        &[("6240", 2_000), ("1350", 160)],
        &[("1100", 2_160)],
        Some("purchase_8r"),
    ),
    (
        25,
        "4月分 給与",
        &[("6110", 600_000)],
        &[("2160", 128_450), ("1120", 471_550)],
        None,
    ),
    (
        25,
        "東京商事 買掛金支払",
        &[("2110", 330_000)],
        &[("1120", 330_000)],
        None,
    ),
    (
        26,
        "消耗品 (誤記: 取消予定)",
        &[("6270", 5_000)],
        &[("1100", 5_000)],
        None,
    ),
    (
        30,
        "4月分 電気・水道",
        &[("6300", 15_000), ("1350", 1_500)],
        &[("1120", 16_500)],
        None,
    ),
    (
        30,
        "Web広告 4月分",
        &[("6220", 50_000), ("1350", 5_000)],
        &[("2130", 55_000)],
        None,
    ),
    (
        30,
        "借入金利息",
        &[("7500", 3_000)],
        &[("1120", 3_000)],
        None,
    ),
];

pub fn post_april(tx: &rusqlite::Connection) -> Result<()> {
    let chart = Chart::load(tx)?;
    let company = Company::load(tx)?;
    let mut mistake = None;
    for &(day, memo, debits, credits, tax) in APRIL {
        let side = |pairs: &[(&str, i64)], debit: bool| -> Result<Vec<NewLine>> {
            pairs
                .iter()
                .map(|&(code, amount)| {
                    let account = chart.resolve(code)?;
                    let tax_category = match tax {
                        Some(t) if account.account_type.is_profit_and_loss() => t.to_string(),
                        _ => account.tax_category.clone(),
                    };
                    Ok(NewLine {
                        account_id: account.id,
                        debit: if debit { amount } else { 0 },
                        credit: if debit { 0 } else { amount },
                        description: None,
                        tax_category,
                    })
                })
                .collect()
        };
        let mut lines = side(debits, true)?;
        lines.extend(side(credits, false)?);
        let entry = NewEntry {
            date: april(day),
            memo: memo.to_string(),
            reference: None,
            origin: crate::ledger::Origin::Manual,
            import_hash: None,
            reverses: None,
            lines,
        };
        let id = ledger::post(tx, &entry, &company.currency)?;
        if memo.contains("誤記") {
            mistake = Some(id);
        }
    }
    if let Some(id) = mistake {
        let wrong = ledger::entry_by_id(tx, id)?.expect("posted above");
        let memo = format!("取消: {}", wrong.memo);
        let reversal = ledger::reversal_of(&wrong, april(27), memo, Some(format!("reverses:{id}")));
        ledger::post(tx, &reversal, &company.currency)?;
    }
    Ok(())
}

/// April's billing, through the invoice area: a consulting invoice paid less the transfer fee, a
/// mixed-rate (10% and reduced 8%) invoice left unpaid, and a person billed by the hour, half paid.
pub fn bill_april(tx: &rusqlite::Connection) -> Result<Vec<String>> {
    #[rustfmt::skip]
    let mut customers = [
        import::customer("ABC", "ABC株式会社", None, Some("経理部"), None, Some("150-0001"),
            Some("東京都渋谷区神宮前1-2-3"), None, Some("T5010001008846"), Some("月末締め翌月末払い"), None)?,
        import::customer("XYZ", "XYZ合同会社", None, None, Some("鈴木花子"), Some("530-0001"),
            Some("大阪府大阪市北区梅田2-2-2"), None, None, Some("月末締め翌月末払い"), None)?,
        import::customer("YAMADA", "山田太郎", Some("様"), None, None, None,
            Some("神奈川県横浜市西区1-1"), None, None, Some("net30"), None)?,
    ];
    customers[0].kana = Some("エービーシー".into());
    customers[1].kana = Some("エックスワイゼット".into());
    for c in &customers {
        invoice_store::insert_customer(tx, c)?;
    }
    #[rustfmt::skip]
    let bills: [(&str, u32, &str, &[&str]); 3] = [
        ("ABC", 5, "4月分 コンサルティング", &["コンサルティング 4月分;1;500000;10;式"]),
        ("XYZ", 28, "商品販売", &["業務用ブレンダー;10;60000;10;台", "焼き菓子詰め合わせ;50;4000;8;箱"]),
        ("YAMADA", 30, "出張サポート", &["出張サポート;2.5;8000;10;時間"]),
    ];
    let books = issue::Books::load(tx)?;
    let mut numbers = Vec::new();
    for (customer, day, subject, lines) in bills {
        let input = DocumentInput {
            customer: customer.to_string(),
            date: april(day),
            due_date: None,
            subject: Some(subject.to_string()),
            note: None,
            lines: lines
                .iter()
                .map(|l| crate::invoice::parse_line_spec(l))
                .collect::<Result<_>>()?,
            pricing: None,
            not_qualified: false,
        };
        let id = issue::create_draft(tx, &books, &input)?;
        numbers.push(issue::issue_draft(tx, &books, id)?);
    }
    issue::pay(tx, &books, &numbers[0], april(20), 549_340, 660, None)?;
    issue::pay(tx, &books, &numbers[2], april(30), 10_000, 0, Some("現金"))?;
    Ok(numbers)
}

/// April's stock: coffee beans for sale (FIFO, two receipts at different costs, a sale from the
/// older one), copy paper issued to sales, and a stocktake that finds a bag missing.
pub fn stock_april(tx: &rusqlite::Connection) -> Result<()> {
    use crate::inventory::post::{MovementInput, record};
    use crate::inventory::{self as inv, Kind, Method, stocktake};
    let company = Company::load(tx)?;
    let wh = inv::insert_location(tx, "WH", "本社倉庫", "warehouse")?;
    let sales = inv::insert_location(tx, "SALES", "営業部", "department")?;
    let item =
        |sku: &str, name: &str, unit: &str, category: &str, method: Method, rate: u32| inv::Item {
            id: 0,
            sku: sku.into(),
            name: name.into(),
            unit: unit.into(),
            category: category.into(),
            method,
            reorder_point: Some(rust_decimal::Decimal::from(5)),
            reorder_qty: Some(rust_decimal::Decimal::from(20)),
            supplier: Some("東京商事".into()),
            asset_account: None,
            expense_account: None,
            tax_rate: rate,
            allow_negative: false,
        };
    inv::insert_item(
        tx,
        &item(
            "BEAN",
            "コーヒー豆 (業務用)",
            "kg",
            "goods",
            Method::Fifo,
            8,
        ),
    )?;
    inv::insert_item(
        tx,
        &item(
            "PAPER",
            "コピー用紙 A4",
            "箱",
            "supplies",
            Method::MovingAverage,
            10,
        ),
    )?;
    let moves: [DemoMove; 5] = [
        ("BEAN", 3, Kind::Receive, 10, Some(1_000), None, Some(wh)),
        ("BEAN", 15, Kind::Receive, 10, Some(1_200), None, Some(wh)),
        ("BEAN", 20, Kind::Issue, 12, None, Some(wh), None),
        ("PAPER", 3, Kind::Receive, 10, Some(2_500), None, Some(wh)),
        ("PAPER", 10, Kind::Issue, 3, None, Some(wh), Some(sales)),
    ];
    for (sku, day, kind, qty, cost, from, to) in moves {
        let it = inv::item_by_sku(tx, sku)?.expect("added above");
        let input = MovementInput {
            date: april(day),
            kind,
            quantity: rust_decimal::Decimal::from(qty),
            unit_cost: cost.map(rust_decimal::Decimal::from),
            from,
            to,
            to_label: (to == Some(sales)).then_some("営業部"),
            reference: None,
            reason: None,
            supplier: None,
            paid_from: None,
            import_hash: None,
        };
        record(tx, &company, &it, &input)?;
    }
    stocktake::start(tx, &company, Some((wh, "WH".into())), april(30))?;
    stocktake::set(tx, "BEAN", rust_decimal::Decimal::from(7))?;
    stocktake::set(tx, "PAPER", rust_decimal::Decimal::from(7))?;
    stocktake::apply(tx, &company)?;
    Ok(())
}

/// A few receipts and the office lease, as a clerk would file them (text stand-ins for scans).
pub fn archive_papers(tx: &rusqlite::Connection) -> Result<()> {
    use crate::docs::archive::{Meta, add};
    let papers: [Paper; 4] = [
        (
            "receipt-0412-stationery.txt",
            "領収書 コピー用紙・トナー 3,300円 (税込)",
            "receipt",
            12,
            Some(3_300),
            "オフィス文具堂",
            "事務用品",
        ),
        (
            "receipt-0418-taxi.txt",
            "領収書 タクシー 東京駅→品川駅 8,800円",
            "receipt",
            18,
            Some(8_800),
            "東都交通",
            "交通費,出張",
        ),
        (
            "receipt-0422-cafe.txt",
            "領収書 打合せ用 飲料・菓子 2,160円 (軽減税率8%)",
            "receipt",
            22,
            Some(2_160),
            "カフェ丸の内",
            "会議費",
        ),
        (
            "lease-contract.txt",
            "事務所賃貸借契約書 東京都千代田区丸の内1-1-1 月額賃料 220,000円 2年 自動更新",
            "contract",
            1,
            Some(220_000),
            "丸の内ビル管理株式会社",
            "賃貸借",
        ),
    ];
    for (file, text, doc_type, day, amount, counterparty, tags) in papers {
        let contract = if doc_type == "contract" {
            (
                Some(april(1)),
                NaiveDate::from_ymd_opt(2028, 3, 31),
                NaiveDate::from_ymd_opt(2027, 12, 31),
            )
        } else {
            (None, None, None)
        };
        let meta = Meta {
            doc_type: doc_type.to_string(),
            date: Some(april(day)),
            amount,
            counterparty: counterparty.to_string(),
            title: Some(text.split(' ').take(2).collect::<Vec<_>>().join(" ")),
            tags: tags.to_string(),
            contract,
            ..Default::default()
        };
        add(tx, file, text.as_bytes(), &meta, &crate::system::BooksLinks)?;
    }
    Ok(())
}

/// A demo movement: SKU, April day, kind, quantity, unit cost, from and to location ids.
type DemoMove = (
    &'static str,
    u32,
    crate::inventory::Kind,
    i64,
    Option<i64>,
    Option<i64>,
    Option<i64>,
);

/// A demo paper: file name, text, type, April day, amount, counterparty, tags.
type Paper = (
    &'static str,
    &'static str,
    &'static str,
    u32,
    Option<i64>,
    &'static str,
    &'static str,
);
