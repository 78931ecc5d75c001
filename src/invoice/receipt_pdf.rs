//! The receipt (領収書) PDF on the upper half of an A4 page: the number and date, 宛名, the
//! amount, 但し書き, the tax per rate, the issuer with its T-number and, on paper, the 収入印紙 box
//! with the duty and the amount it was judged on. A copy is marked 再発行. Long values shrink or
//! wrap, never cut. Must not compute amounts.

use anyhow::Result;

use super::Issuer;
use super::receipt::Receipt;
use crate::kernel::money::group_thousands;
use crate::kernel::pdf::{PAGE_WIDTH_MM, Page, render, wrap};

const LEFT: f32 = 15.0;
const RIGHT: f32 = PAGE_WIDTH_MM - 15.0;

fn yen(amount: i64) -> String {
    format!("¥{}", group_thousands(&amount.to_string()))
}

/// The size at which `text` wraps into at most `lines` lines of `width`, from `size` down to
/// `min`, and the lines — all of them: a text too long even at `min` takes more lines, never
/// fewer characters.
fn fit(text: &str, width: f32, lines: usize, size: f32, min: f32) -> (f32, Vec<String>) {
    let mut size = size;
    loop {
        let wrapped = wrap(text, width, size);
        if wrapped.len() <= lines || size <= min {
            return (size, wrapped);
        }
        size -= 0.5;
    }
}

/// Writes the lines from `y` down, `size * 0.42` mm apart; returns the y after the last.
fn lines_at(page: &mut Page, x: f32, y: f32, size: f32, lines: &[String]) -> f32 {
    let step = size * 0.42;
    for (i, line) in lines.iter().enumerate() {
        page.text(x, y + step * i as f32, size, line);
    }
    y + step * lines.len() as f32
}

fn japanese_date(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

/// Lays the receipt out.
pub fn layout(r: &Receipt, issuer: &Issuer) -> Page {
    let mut page = Page::default();
    page.rect(10.0, 10.0, PAGE_WIDTH_MM - 20.0, 128.0, 0.6);
    page.text_center(PAGE_WIDTH_MM / 2.0, 26.0, 22.0, "領 収 書");
    if r.copies > 1 {
        page.rect(RIGHT - 24.0, 14.0, 24.0, 9.0, 0.8);
        page.text_center(RIGHT - 12.0, 20.5, 12.0, "再発行");
    }
    page.text_right(RIGHT, 30.0, 8.0, &format!("No. {}", r.number));
    page.text_right(
        RIGHT,
        35.0,
        8.0,
        &format!("発行日 {}", japanese_date(r.date)),
    );
    let (size, name) = fit(&r.name, 123.0, 2, 13.0, 7.0);
    let top = 46.0 - size * 0.42 * (name.len().saturating_sub(1)) as f32;
    lines_at(&mut page, LEFT + 2.0, top.max(40.0), size, &name);
    page.line(LEFT, 48.0, LEFT + 125.0, 48.0, 0.6);
    amount_box(&mut page, r);
    tax_lines(&mut page, r);
    issuer_block(&mut page, issuer);
    if r.paper {
        stamp_box(&mut page, r);
    } else {
        page.text(
            LEFT + 2.0,
            132.0,
            6.5,
            "電子発行: 印紙税の課税文書にあたりません",
        );
    }
    page
}

fn amount_box(page: &mut Page, r: &Receipt) {
    page.rect(LEFT + 20.0, 53.0, 140.0, 16.0, 0.6);
    page.text(LEFT + 23.0, 63.0, 8.0, "金額");
    page.text_center(
        PAGE_WIDTH_MM / 2.0 + 5.0,
        64.5,
        20.0,
        &format!("{}-", yen(r.amount)),
    );
    page.text_right(LEFT + 157.0, 66.0, 7.0, "(税込)");
    let note = format!("但し {}", r.note);
    let (size, lines) = fit(&note, 160.0, 3, 9.0, 5.5);
    let y = lines_at(page, LEFT + 20.0, 76.0, size, &lines);
    page.text(LEFT + 20.0, y + 1.5, 9.0, "上記正に領収いたしました");
}

/// うち消費税 per rate (what makes it a qualified simplified invoice).
fn tax_lines(page: &mut Page, r: &Receipt) {
    let mut y = 98.0;
    page.text(LEFT + 2.0, y, 7.5, "内訳");
    for (rate, amount, tax) in &r.rates {
        y += 5.0;
        let mark = if *rate == 8 { "※" } else { "" };
        let text = format!(
            "{rate}%対象{mark} {} (うち消費税 {})",
            yen(*amount),
            yen(*tax)
        );
        page.text(LEFT + 2.0, y, 7.5, &text);
    }
    if r.rates.iter().any(|(rate, ..)| *rate == 8) {
        page.text(LEFT + 2.0, y + 5.0, 6.5, "※は軽減税率対象");
    }
}

fn issuer_block(page: &mut Page, issuer: &Issuer) {
    let x = 112.0;
    let (size, name) = fit(&issuer.name, RIGHT - x, 2, 10.0, 6.0);
    let y = lines_at(page, x, 98.0, size, &name);
    let address =
        crate::company::postal_address(issuer.postal_code.as_deref(), issuer.address.as_deref());
    let (size, address) = fit(&address, RIGHT - x, 4, 7.0, 4.5);
    let mut y = lines_at(page, x, y + 1.0, size, &address);
    if let Some(t) = &issuer.registration_number {
        page.text(x, y + 1.0, 7.5, &format!("登録番号 {t}"));
        y += 4.6;
    }
    if let Some(phone) = &issuer.phone {
        page.text(x, y + 1.0, 7.0, &format!("TEL {phone}"));
    }
}

/// The 収入印紙 box and what was judged: the duty on the tax-excluded amount.
fn stamp_box(page: &mut Page, r: &Receipt) {
    let (x, y) = (LEFT + 60.0, 96.0);
    page.rect(x, y, 24.0, 28.0, 0.4);
    page.text_center(x + 12.0, y + 12.0, 7.0, "収入印紙");
    let duty = if r.stamp_duty > 0 {
        yen(r.stamp_duty)
    } else {
        "不要".to_string()
    };
    page.text_center(x + 12.0, y + 18.0, 8.0, &duty);
    let judged = format!(
        "印紙税: 税抜金額 {} で判定{}",
        yen(r.duty_base),
        if r.stamp_duty == 0 {
            " (5万円未満 非課税)"
        } else {
            ""
        }
    );
    page.text(LEFT + 2.0, 132.0, 6.5, &judged);
}

/// The receipt as a PDF.
pub fn pdf(r: &Receipt, issuer: &Issuer) -> Result<Vec<u8>> {
    let key = format!("{}-{}", r.number, r.copies);
    render(
        &format!("領収書 {}", r.number),
        &key,
        Some(r.date),
        vec![layout(r, issuer)],
    )
}
