//! `bko demo`: a demo company with a month of realistic books, then its trial balance and P&L.
//! Everything is posted through the same paths users take, in one transaction. Later areas add
//! their part of the demo here.

use std::path::PathBuf;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Args;
use serde_json::json;

use crate::company::Company;
use crate::invoice::issue::{self, DocumentInput};
use crate::invoice::{self as invoice_store, import};
use crate::kernel::ctx::Ctx;
use crate::kernel::db;
use crate::kernel::output::{self, Format};
use crate::kernel::settings as settings_table;
use crate::ledger::{self, Chart, NewEntry, NewLine, chart, report};

/// Create a demo company (株式会社サンプル商事) with April 2026 posted, and show its reports.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Recreate the demo database even if it exists (only ever replaces a demo database).
    #[arg(long)]
    pub fresh: bool,
}

/// The default demo file, so the demo never touches a real `bko.db`.
pub const DEMO_DB: &str = "bko-demo.db";

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

/// Creates the demo company and prints its reports.
pub fn run(ctx: &Ctx, args: DemoArgs) -> Result<()> {
    let path = if ctx.db_explicit {
        ctx.db_path.clone()
    } else {
        PathBuf::from(DEMO_DB)
    };
    replace_old_demo(&path, args.fresh || !ctx.db_explicit)?;
    let mut db = db::create(&path)?;
    let numbers = db::write(&mut db, "demo", |tx| {
        let values = [
            ("name", "株式会社サンプル商事"),
            ("registration_number", "T9234567890123"),
            ("fiscal_year_start", "4"),
            ("currency", "JPY"),
            ("locale", "ja"),
            ("postal_code", "100-0005"),
            ("address", "東京都千代田区丸の内1-1-1"),
            (
                "bank_account",
                "みずほ銀行 東京営業部 普通 1234567 カ)サンプルシヨウジ",
            ),
            ("retained_earnings_account", chart::RETAINED_EARNINGS_CODE),
            ("demo", "1"),
        ];
        for (key, value) in values {
            settings_table::store(tx, key, value)?;
        }
        for account in chart::jp_standard() {
            ledger::insert_account(tx, &account)?;
        }
        post_april(tx)?;
        let numbers = bill_april(tx)?;
        stock_april(tx)?;
        staff_april(tx)?;
        pay_april(tx)?;
        Ok((numbers, "created the demo company".to_string()))
    })?;
    let company = Company::load(&db.conn)?;
    let pdf_dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."))
        .join("invoices");
    let mut pdfs = Vec::new();
    for number in &numbers {
        let bytes = issue::render_document(&db.conn, &company, number, ctx.lang(&company))?;
        crate::kernel::pdf::write_atomically(&pdf_dir.join(format!("{number}.pdf")), &bytes)?;
        pdfs.push((number.clone(), bytes));
    }
    db::write(&mut db, "demo docs", |tx| {
        for (number, bytes) in &pdfs {
            let inv = invoice_store::invoice_by_number(tx, number)?.expect("issued above");
            crate::docs::archive::archive_issued(
                tx,
                &crate::invoice::issue::issued_document(&inv),
                bytes,
            )?;
        }
        archive_papers(tx)?;
        Ok(((), "archived the demo documents".to_string()))
    })?;
    let april_month = crate::kernel::period::Month {
        year: 2026,
        month: 4,
    };
    let out_dir = pdf_dir.parent().unwrap_or(std::path::Path::new("."));
    let (payslips, _) =
        crate::payroll::outputs::payslip_pdfs(&db.conn, april_month, ctx.lang(&company), None)?;
    for (name, bytes) in &payslips {
        crate::kernel::pdf::write_atomically(&out_dir.join("payslips").join(name), bytes)?;
    }
    let (zengin, _, _) = crate::payroll::outputs::transfer_file(&db.conn, april_month)?;
    crate::kernel::pdf::write_atomically(&out_dir.join("zengin-2026-04.txt"), &zengin)?;
    ctx.ui.info(format!(
        "created the demo company in {} and wrote {} invoice PDFs to {}, {} payslips to {} and a Zengin file",
        path.display(),
        numbers.len(),
        pdf_dir.display(),
        payslips.len(),
        out_dir.join("payslips").display()
    ));
    print_reports(ctx, &db.conn)
}

/// Removes an earlier demo database; refuses to remove anything that is not one.
fn replace_old_demo(path: &std::path::Path, replace: bool) -> Result<()> {
    if !path.exists() {
        return Ok(());
    }
    let is_demo = db::open(path)
        .ok()
        .and_then(|db| settings_table::stored(&db.conn, "demo").ok().flatten())
        .is_some_and(|v| v == "1");
    if !is_demo {
        bail!(
            "{} exists and is not a demo database; bko demo leaves it alone",
            path.display()
        );
    }
    if !replace {
        return Err(crate::kernel::error::hinted(
            format!("{} is an earlier demo database", path.display()),
            "add --fresh to recreate it",
        ));
    }
    for suffix in ["", "-wal", "-shm"] {
        let file = PathBuf::from(format!("{}{suffix}", path.display()));
        if file.exists() {
            std::fs::remove_file(&file)?;
        }
    }
    Ok(())
}

fn post_april(tx: &rusqlite::Connection) -> Result<()> {
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
fn bill_april(tx: &rusqlite::Connection) -> Result<Vec<String>> {
    let customers = [
        import::customer(
            "ABC",
            "ABC株式会社",
            None,
            Some("経理部"),
            None,
            Some("150-0001"),
            Some("東京都渋谷区神宮前1-2-3"),
            None,
            Some("T5010001008846"),
            Some("月末締め翌月末払い"),
            None,
        )?,
        import::customer(
            "XYZ",
            "XYZ合同会社",
            None,
            None,
            Some("鈴木花子"),
            Some("530-0001"),
            Some("大阪府大阪市北区梅田2-2-2"),
            None,
            None,
            Some("月末締め翌月末払い"),
            None,
        )?,
        import::customer(
            "YAMADA",
            "山田太郎",
            Some("様"),
            None,
            None,
            None,
            Some("神奈川県横浜市西区1-1"),
            None,
            None,
            Some("net30"),
            None,
        )?,
    ];
    for c in &customers {
        invoice_store::insert_customer(tx, c)?;
    }
    let bills: [(&str, u32, &str, &[&str]); 3] = [
        (
            "ABC",
            5,
            "4月分 コンサルティング",
            &["コンサルティング 4月分;1;500000;10;式"],
        ),
        (
            "XYZ",
            28,
            "商品販売",
            &[
                "業務用ブレンダー;10;60000;10;台",
                "焼き菓子詰め合わせ;50;4000;8;箱",
            ],
        ),
        (
            "YAMADA",
            30,
            "出張サポート",
            &["出張サポート;2.5;8000;10;時間"],
        ),
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

/// April's stock: coffee beans for sale (FIFO, two receipts at different costs, a sale from the
/// older one), copy paper issued to sales, and a stocktake that finds a bag missing.
fn stock_april(tx: &rusqlite::Connection) -> Result<()> {
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

/// A few receipts and the office lease, as a clerk would file them (text stand-ins for scans).
fn archive_papers(tx: &rusqlite::Connection) -> Result<()> {
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

/// Three employees and their April timecards: a day worker, one with heavy overtime, and a
/// night worker whose shifts cross midnight; statutory leave granted, one day taken, April
/// closed (payroll runs on closed months).
fn staff_april(tx: &rusqlite::Connection) -> Result<()> {
    use crate::attendance::{self as att, Shift, entitlement, leave};
    use crate::people::{self, Employment};
    settings_table::store(tx, "attendance_special_clause", "yes")?;
    let night = crate::attendance::Calendar {
        code: "night".into(),
        name: "夜勤".into(),
        workdays: crate::attendance::parse_workdays("mon-thu")?,
        start: 22 * 60,
        end: 31 * 60,
        ..att::calendar(tx, "standard")?
    };
    att::save_calendar(tx, &night)?;
    let staff = [
        (
            "E001",
            "山田 太郎",
            "ヤマダ タロウ",
            "1980-05-10",
            "2023-04-01",
            "営業部",
            "standard",
        ),
        (
            "E002",
            "佐藤 花子",
            "サトウ ハナコ",
            "1995-08-20",
            "2024-10-01",
            "営業部",
            "standard",
        ),
        (
            "E003",
            "鈴木 一郎",
            "スズキ イチロウ",
            "1988-01-15",
            "2025-04-01",
            "倉庫",
            "night",
        ),
    ];
    let now = "2026-04-01 09:00:00";
    let mut people_rows = Vec::new();
    for (code, name, kana, born, hired, dept, calendar) in staff {
        let mut e = people::blank(code, crate::kernel::period::parse_date(hired)?);
        e.name = name.into();
        e.kana = Some(kana.into());
        e.birth_date = Some(crate::kernel::period::parse_date(born)?);
        e.department = Some(dept.into());
        e.calendar = calendar.into();
        if code == "E003" {
            e.employment = Employment::PartTime;
            e.days_per_week = 4;
        }
        e.id = people::add(tx, &e, now)?;
        people_rows.push(e);
    }
    let holidays = att::holidays_between(tx, april(1), april(30))?;
    let standard = att::calendar(tx, "standard")?;
    for day in 1..=30 {
        let date = april(day);
        for e in &people_rows {
            let calendar = if e.calendar == "night" {
                &night
            } else {
                &standard
            };
            if calendar.day_kind(&holidays, date) != crate::attendance::DayKind::Workday {
                continue;
            }
            let shift = match e.code.as_str() {
                "E001" if day == 30 => continue,
                "E001" => Shift::new(date, 9 * 60, 18 * 60 + (day as i64 % 3) * 20, 60),
                "E002" => Shift::new(date, 8 * 60 + 55, 20 * 60 + 30, 60),
                _ => Shift::new(date, 22 * 60, 31 * 60, 60),
            };
            att::insert_timecard(tx, e.id, &shift, None, "import")?;
        }
    }
    entitlement::grant_statutory(tx, &people_rows, april(30))?;
    let e001 = &people_rows[0];
    att::insert_taken(
        tx,
        e001.id,
        &leave::Taken {
            date: april(30),
            days: rust_decimal::Decimal::ONE,
        },
        Some("私用"),
    )?;
    att::close_month(
        tx,
        crate::kernel::period::Month {
            year: 2026,
            month: 4,
        },
        now,
    )?;
    Ok(())
}

/// Pay settings for the three employees, April's run computed and confirmed (posted).
fn pay_april(tx: &rusqlite::Connection) -> Result<()> {
    use crate::payroll::{self as pay, Allowance, BankAccount, Basis, PaySetting, run};
    let transfer = [
        ("payroll_consignor_code", "1234567890"),
        ("payroll_consignor_name", "ｶ)ｻﾝﾌﾟﾙｼﾖｳｼﾞ"),
        ("payroll_bank_code", "0001"),
        ("payroll_bank_name", "ﾐｽﾞﾎ"),
        ("payroll_branch_code", "001"),
        ("payroll_branch_name", "ﾄｳｷﾖｳｴｲｷﾞﾖｳﾌﾞ"),
        ("payroll_account_number", "1234567"),
    ];
    for (key, value) in transfer {
        settings_table::store(tx, key, value)?;
    }
    let bank =
        |bank: &str, name: &str, branch: &str, branch_name: &str, number: &str| BankAccount {
            bank_code: bank.into(),
            bank_name: name.into(),
            branch_code: branch.into(),
            branch_name: branch_name.into(),
            account_type: "1".into(),
            account_number: number.into(),
        };
    let settings_of = [
        (
            "E001",
            Basis::Monthly,
            320_000,
            vec!["役職手当=20000", "家族手当=10000"],
            12_000,
            2,
            18_000,
            Some(360_000),
            bank("0005", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ", "123", "ｼﾝｼﾞﾕｸ", "1111111"),
        ),
        (
            "E002",
            Basis::Monthly,
            260_000,
            vec![],
            8_000,
            0,
            12_000,
            Some(260_000),
            bank("0009", "ﾐﾂｲｽﾐﾄﾓ", "456", "ｼﾌﾞﾔ", "2222222"),
        ),
        (
            "E003",
            Basis::Hourly,
            1_300,
            vec![],
            6_000,
            0,
            0,
            None,
            bank("0001", "ﾐｽﾞﾎ", "001", "ﾄｳｷﾖｳｴｲｷﾞﾖｳﾌﾞ", "3333333"),
        ),
    ];
    for (code, basis, base, allowances, commuting, dependents, resident, standard, account) in
        settings_of
    {
        let e = crate::people::by_code(tx, code)?;
        let s = PaySetting {
            valid_from: "2026-04".into(),
            basis,
            base_amount: base,
            allowances: allowances
                .iter()
                .map(|a| Allowance::parse(a))
                .collect::<Result<_>>()?,
            commuting,
            dependents,
            column: "kou".into(),
            resident_tax: resident,
            resident_tax_june: None,
            prefecture: "13".into(),
            social_insurance: standard.is_some(),
            employment_insurance: true,
            standard_monthly: standard,
            bank: Some(account),
            attendance_deductions: true,
        };
        pay::save_setting(tx, e.id, &s, "2026-04-01 09:00:00")?;
    }
    let month = crate::kernel::period::Month {
        year: 2026,
        month: 4,
    };
    run::run_month(tx, month, None)?;
    run::confirm_month(tx, month)?;
    Ok(())
}

fn april(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 4, day).expect("valid April date")
}

fn print_reports(ctx: &Ctx, conn: &rusqlite::Connection) -> Result<()> {
    let company = Company::load(conn)?;
    let chart = Chart::load(conn)?;
    let lang = ctx.lang(&company);
    let (from, to) = (april(1), april(30));
    let sums = ledger::trial_balance_sums(conn, from, from, to)?;
    let retained = match chart.resolve(chart::RETAINED_EARNINGS_CODE) {
        Ok(a) => report::RetainedEarnings::Account(a),
        Err(_) => report::RetainedEarnings::Unassigned,
    };
    let (tb, _) = report::trial_balance(&chart, &sums, retained, company.currency, lang);
    let pl_sums = ledger::period_sums(conn, from, to, false)?;
    let pl = report::profit_and_loss(&chart, &pl_sums, &[String::new()], company.currency, lang);
    let today = crate::kernel::clock::today()?;
    let rows = invoice_store::list_invoices(conn, &Default::default(), today)?;
    let invoices = crate::invoice::report::list(&rows, None, today, company.currency);
    match ctx.format {
        Format::Json => output::print_json(&json!({
            "trial_balance": tb.to_json(),
            "profit_and_loss": pl.to_json(),
            "invoices": invoices.to_json(),
        })),
        Format::Csv => {
            ctx.print(&tb, lang)?;
            output::print_bytes(b"\n")?;
            ctx.print(&pl, lang)?;
            output::print_bytes(b"\n")?;
            ctx.print(&invoices, lang)
        }
        Format::Table => {
            let title = |ja: &str, en: &str| format!("{}\n", lang.pick(ja, en));
            output::print_bytes(
                title(
                    "残高試算表 2026-04-01 〜 2026-04-30",
                    "Trial balance 2026-04-01 to 2026-04-30",
                )
                .as_bytes(),
            )?;
            ctx.print(&tb, lang)?;
            output::print_bytes(
                title(
                    "\n損益計算書 2026-04-01 〜 2026-04-30",
                    "\nProfit and loss 2026-04-01 to 2026-04-30",
                )
                .as_bytes(),
            )?;
            ctx.print(&pl, lang)?;
            output::print_bytes(lang.pick("\n請求書\n", "\nInvoices\n").as_bytes())?;
            ctx.print(&invoices, lang)
        }
    }
}
