//! The 支払調書 (報酬、料金、契約金及び賞金の支払調書) as PDF: one slip per payee, three to an A4
//! page — the payee (address, name, registration number), the class, what was paid and withheld
//! in the year, and the payer. Long values shrink or wrap, never cut. Must not compute amounts.

use anyhow::Result;

use super::Withholding;
use super::withholding::Statement;
use crate::kernel::money::group_thousands;
use crate::kernel::pdf::{Document, PAGE_WIDTH_MM, Page, fitting_size, render_all, wrap};

const WIDTH: f32 = 180.0;
const HEIGHT: f32 = 86.0;
const LEFT: f32 = (PAGE_WIDTH_MM - WIDTH) / 2.0;
const LABEL: f32 = 5.0;
const VALUE: f32 = 8.5;
const PER_PAGE: usize = 3;

/// The company paying.
pub struct Payer {
    /// 氏名又は名称.
    pub name: String,
    /// 住所(居所)又は所在地.
    pub address: String,
    /// 電話.
    pub phone: String,
    /// 登録番号 (its digits are the 法人番号 of a corporation).
    pub registration_number: String,
}

/// A ruled cell: its label top-left, its value below (shrunk to fit, or wrapped when long).
fn cell(
    page: &mut Page,
    (x, y, w, h): (f32, f32, f32, f32),
    label: &str,
    value: &str,
    right: bool,
) {
    page.rect(x, y, w, h, 0.4);
    page.text(x + 0.8, y + 2.6, LABEL, label);
    if value.is_empty() {
        return;
    }
    let size = fitting_size(value, w - 2.0, VALUE, 6.0);
    if right {
        page.text_right(x + w - 1.0, y + h - 1.8, size, value);
        return;
    }
    let lines = wrap(value, w - 2.0, size);
    let step = size * 0.42;
    let top = y + h - 1.8 - step * (lines.len().saturating_sub(1)) as f32;
    for (i, line) in lines.iter().enumerate() {
        page.text(x + 1.0, top.max(y + 5.0) + step * i as f32, size, line);
    }
}

fn slip(page: &mut Page, top: f32, year: i32, s: &Statement, payer: &Payer) {
    let title = format!(
        "令和{}年分 報酬、料金、契約金及び賞金の支払調書",
        year - 2018
    );
    page.text_center(LEFT + WIDTH / 2.0, top + 5.0, 10.0, &title);
    payee(page, top + 8.0, s);
    amounts(page, top + 36.0, s);
    payer_block(page, top + 59.0, payer);
}

/// 支払を受ける者: address, registration number, name.
fn payee(page: &mut Page, y: f32, s: &Statement) {
    let (x, p) = (LEFT, &s.supplier);
    page.rect(x, y, 14.0, 28.0, 0.4);
    page.text(x + 1.5, y + 12.0, LABEL, "支払を");
    page.text(x + 1.5, y + 17.0, LABEL, "受ける者");
    let address = p.address.as_deref().unwrap_or("");
    cell(
        page,
        (x + 14.0, y, 118.0, 14.0),
        "住所(居所)又は所在地",
        address,
        false,
    );
    let number = p.registration_number.as_deref().unwrap_or("");
    cell(page, (x + 132.0, y, 48.0, 14.0), "登録番号", number, false);
    cell(
        page,
        (x + 14.0, y + 14.0, 166.0, 14.0),
        "氏名又は名称",
        &p.name,
        false,
    );
}

/// 区分, 細目, 支払金額, 源泉徴収税額, 摘要.
fn amounts(page: &mut Page, y: f32, s: &Statement) {
    let x = LEFT;
    let class = match s.supplier.withholding {
        Withholding::Judicial => "司法書士等の報酬",
        _ => "報酬・料金 (所得税法204条)",
    };
    cell(page, (x, y, 60.0, 14.0), "区分", class, false);
    cell(page, (x + 60.0, y, 40.0, 14.0), "細目", "", false);
    let paid = group_thousands(&s.paid.to_string());
    cell(
        page,
        (x + 100.0, y, 40.0, 14.0),
        "支払金額 (円)",
        &paid,
        true,
    );
    let held = group_thousands(&s.withheld.to_string());
    cell(
        page,
        (x + 140.0, y, 40.0, 14.0),
        "源泉徴収税額 (円)",
        &held,
        true,
    );
    let note = "支払金額は消費税等を含む";
    cell(page, (x, y + 14.0, WIDTH, 9.0), "(摘要)", note, false);
}

/// 支払者: the company.
fn payer_block(page: &mut Page, y: f32, payer: &Payer) {
    let x = LEFT;
    page.rect(x, y, 14.0, 27.0, 0.4);
    page.text(x + 1.5, y + 14.0, LABEL, "支払者");
    let address = (x + 14.0, y, 118.0, 13.5);
    cell(page, address, "住所(居所)又は所在地", &payer.address, false);
    let number = (x + 132.0, y, 48.0, 13.5);
    cell(page, number, "登録番号", &payer.registration_number, false);
    cell(
        page,
        (x + 14.0, y + 13.5, 118.0, 13.5),
        "氏名又は名称",
        &payer.name,
        false,
    );
    cell(
        page,
        (x + 132.0, y + 13.5, 48.0, 13.5),
        "電話",
        &payer.phone,
        false,
    );
}

/// The year's 支払調書 as one PDF.
pub fn render(year: i32, list: &[Statement], payer: &Payer) -> Result<Vec<u8>> {
    let pages: Vec<Page> = list
        .chunks(PER_PAGE)
        .map(|chunk| {
            let mut page = Page::default();
            for (i, s) in chunk.iter().enumerate() {
                slip(&mut page, 10.0 + i as f32 * (HEIGHT + 7.0), year, s, payer);
            }
            page
        })
        .collect();
    let doc = Document {
        title: format!("支払調書 {year}"),
        key: format!("shiharai-chosho-{year}"),
        date: None,
        pages,
        background: None,
    };
    Ok(render_all(vec![doc])?.pop().unwrap_or_default())
}
