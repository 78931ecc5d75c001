//! The 給与所得の源泉徴収票 PDF: the official A6 landscape layout (148 × 105 mm), drawn twice on an
//! A4 page — 受給者交付用 above, 支払者控 below, with a cut line between. Values come computed in a
//! [`Certificate`]; this file only places them.

use std::collections::BTreeMap;
use std::sync::Arc;

use anyhow::Result;

use super::certificate::{Certificate, wareki};
use crate::kernel::money::group_thousands;
use crate::kernel::pdf::{
    Document, PAGE_WIDTH_MM, Page, fitting_size, parallel_map, render_forms, wrap,
};

/// The slip's width and height (A6 landscape).
const WIDTH: f32 = 148.0;
const HEIGHT: f32 = 105.0;
/// Left edge of both copies (centred on A4).
const LEFT: f32 = (PAGE_WIDTH_MM - WIDTH) / 2.0;
/// Label and value sizes.
const LABEL: f32 = 4.5;
const VALUE: f32 = 7.0;

/// The payer block printed at the foot of each copy.
#[derive(Debug, Clone, Default)]
pub struct Payer {
    /// 氏名又は名称.
    pub name: String,
    /// 住所(居所)又は所在地.
    pub address: String,
    /// 電話.
    pub phone: String,
}

fn yen(amount: i64) -> String {
    group_thousands(&amount.to_string())
}

fn opt_yen(amount: Option<i64>) -> String {
    amount.map(yen).unwrap_or_default()
}

fn count(n: u32) -> String {
    if n == 0 { String::new() } else { n.to_string() }
}

/// The rule around every cell.
const RULE: f32 = 0.4;

/// One copy of the slip, its top-left corner at (x, y), drawn on two layers: the printed form
/// (rules, labels, the title, the payer — the same for every certificate of a year and payer)
/// and the fill (one employee's values). A layer left out is not drawn: a batch draws the
/// form once and each employee's fill on it (`Document::background`).
struct Slip<'a> {
    form: Option<&'a mut Page>,
    fill: Option<&'a mut Page>,
    x: f32,
    y: f32,
}

impl Slip<'_> {
    /// A ruled cell with its label in the top-left corner; `value` right-aligned at the bottom,
    /// shrunk to fit.
    fn cell(&mut self, x: f32, y: f32, w: f32, h: f32, label: &str, value: &str) {
        let (x, y) = (self.x + x, self.y + y);
        if let Some(form) = self.form.as_deref_mut() {
            framed(form, x, y, w, h, label);
        }
        if let Some(fill) = self.fill.as_deref_mut()
            && !value.is_empty()
        {
            let size = fitting_size(value, w - 1.5, VALUE, 4.0);
            fill.text_right(x + w - 0.8, y + h - 1.2, size, value);
        }
    }

    /// A ruled cell with wrapped text under its label.
    fn text_cell(&mut self, x: f32, y: f32, w: f32, h: f32, label: &str, lines: &[String]) {
        let (x0, y0) = (self.x + x, self.y + y);
        if let Some(form) = self.form.as_deref_mut() {
            framed(form, x0, y0, w, h, label);
        }
        if let Some(fill) = self.fill.as_deref_mut() {
            fit_block(fill, x0 + 0.8, y0 + 2.6, w - 1.5, h - 3.0, lines, 5.5);
        }
    }
}

/// A cell's rule and its label (shrunk to fit the cell's width).
fn framed(form: &mut Page, x: f32, y: f32, w: f32, h: f32, label: &str) {
    form.rect(x, y, w, h, RULE);
    let size = fitting_size(label, w - 1.0, LABEL, 3.0);
    form.text(x + 0.6, y + 2.2, size, label);
}

/// The printed form of a year's certificates from one payer: both copies' rules and labels,
/// the title, the payer and the cut line (`c` is any certificate of the year: only its year is
/// printed).
fn form(c: &Certificate, payer: &Payer) -> Page {
    let mut form = Page::default();
    both_copies(Some(&mut form), None, c, payer);
    form.line(10.0, 148.5, PAGE_WIDTH_MM - 10.0, 148.5, 0.2);
    form.text(12.0, 147.5, 5.0, "きりとり線");
    form
}

/// One employee's values on both copies, to be printed on the year's form.
fn fill(c: &Certificate, payer: &Payer) -> Page {
    let mut fill = Page::default();
    both_copies(None, Some(&mut fill), c, payer);
    fill
}

/// Draws the layers given of both copies: 受給者交付用 above, 支払者控 below.
fn both_copies(
    mut form: Option<&mut Page>,
    mut fill: Option<&mut Page>,
    c: &Certificate,
    payer: &Payer,
) {
    for (top, copy) in [(14.0, "受給者交付用"), (160.0, "支払者控")] {
        let mut slip = Slip {
            form: form.as_deref_mut(),
            fill: fill.as_deref_mut(),
            x: LEFT,
            y: top,
        };
        draw(&mut slip, c, payer, copy);
    }
}

fn draw(s: &mut Slip, c: &Certificate, payer: &Payer, copy: &str) {
    if let Some(form) = s.form.as_deref_mut() {
        let era_year = c.year - 2018;
        let title = format!("令和{era_year}年分 給与所得の源泉徴収票");
        form.text_center(s.x + WIDTH / 2.0, s.y + 4.5, 9.0, &title);
        form.text_right(s.x + WIDTH, s.y + 4.5, 5.0, copy);
    }
    recipient(s, c);
    amounts(s, c);
    relatives(s, c);
    insurance(s, c);
    remarks(s, c);
    details(s, c);
    names(s, c);
    flags(s, c);
    payer_block(s, payer);
}

/// 支払を受ける者: address and name (with kana).
fn recipient(s: &mut Slip, c: &Certificate) {
    let e = &c.employee;
    let address = [e.postal_code.as_deref(), e.address.as_deref()]
        .iter()
        .flatten()
        .map(|t| t.to_string())
        .collect::<Vec<_>>()
        .join(" ");
    s.text_cell(
        0.0,
        6.5,
        92.0,
        12.0,
        "支払を受ける者 住所又は居所",
        &[address],
    );
    let (x, y) = (s.x + 92.0, s.y + 6.5);
    if let Some(form) = s.form.as_deref_mut() {
        form.rect(x, y, 56.0, 12.0, RULE);
        form.text(x + 0.6, y + 2.2, LABEL, "(受給者番号)");
        form.text(x + 0.6, y + 5.0, LABEL, "(フリガナ)");
        form.text(x + 0.6, y + 9.8, LABEL, "氏名");
    }
    let Some(fill) = s.fill.as_deref_mut() else {
        return;
    };
    fill.text(x + 14.0, y + 2.2, LABEL, &e.code);
    if let Some(kana) = &e.kana {
        let size = fitting_size(kana, 40.0, 5.0, 3.0);
        fill.text(x + 11.0, y + 5.0, size, kana);
    }
    fit_block(
        fill,
        x + 8.0,
        y + 6.0,
        47.0,
        5.8,
        std::slice::from_ref(&e.name),
        8.0,
    );
}

/// Text wrapped inside a box (top-left at x, y; `width` × `height` mm) at the largest size up to
/// `max_pt` at which every line fits — a long name or address shrinks, it is never cut.
fn fit_block(
    page: &mut Page,
    x: f32,
    y: f32,
    width: f32,
    height: f32,
    texts: &[String],
    max_pt: f32,
) {
    const MIN_PT: f32 = 2.5;
    let mut size = max_pt;
    loop {
        let lines: Vec<String> = texts.iter().flat_map(|t| wrap(t, width, size)).collect();
        // A line takes 1.2 times the font size (1 pt = 0.3528 mm).
        let leading = size * 0.3528 * 1.2;
        if lines.len() as f32 * leading <= height || size <= MIN_PT {
            for (i, line) in lines.iter().enumerate() {
                page.text(
                    x,
                    y + leading * (i as f32 + 1.0) - leading * 0.2,
                    size,
                    line,
                );
            }
            return;
        }
        size -= 0.25;
    }
}

/// 種別, 支払金額, 給与所得控除後の金額, 所得控除の額の合計額, 源泉徴収税額.
fn amounts(s: &mut Slip, c: &Certificate) {
    let y = 18.5;
    s.cell(0.0, y, 20.0, 8.0, "種別", "給料・賞与");
    s.cell(20.0, y, 32.0, 8.0, "支払金額 (円)", &yen(c.payment));
    s.cell(
        52.0,
        y,
        32.0,
        8.0,
        "給与所得控除後の金額(調整控除後)",
        &opt_yen(c.employment_income),
    );
    s.cell(
        84.0,
        y,
        32.0,
        8.0,
        "所得控除の額の合計額",
        &opt_yen(c.deductions),
    );
    s.cell(116.0, y, 32.0, 8.0, "源泉徴収税額", &yen(c.tax));
}

/// 控除対象配偶者, 配偶者(特別)控除, 扶養親族の数, 16歳未満, 障害者の数.
fn relatives(s: &mut Slip, c: &Certificate) {
    let y = 26.5;
    let spouse = match c.spouse {
        Some(true) => "有 (老人)",
        Some(false) => "有",
        None => "",
    };
    let n = &c.counts;
    s.cell(0.0, y, 20.0, 9.0, "(源泉)控除対象配偶者の有無等", spouse);
    s.cell(
        20.0,
        y,
        22.0,
        9.0,
        "配偶者(特別)控除の額",
        &opt_yen(c.spouse_deduction),
    );
    s.cell(42.0, y, 14.0, 9.0, "扶養 特定", &count(n.specified));
    let elderly = match n.elderly_living_together {
        0 => count(n.elderly),
        inner => format!("内{inner} {}", n.elderly),
    };
    s.cell(56.0, y, 16.0, 9.0, "扶養 老人", &elderly);
    s.cell(72.0, y, 14.0, 9.0, "扶養 その他", &count(n.other));
    s.cell(
        86.0,
        y,
        16.0,
        9.0,
        "16歳未満扶養親族の数",
        &count(n.under_16),
    );
    let special = match n.special_disabled_together {
        0 => count(n.special_disabled),
        inner => format!("内{inner} {}", n.special_disabled),
    };
    s.cell(102.0, y, 16.0, 9.0, "障害者の数 特別", &special);
    s.cell(118.0, y, 14.0, 9.0, "障害者 その他", &count(n.disabled));
    s.cell(132.0, y, 16.0, 9.0, "非居住者である親族の数", "");
}

/// 社会保険料等, 生命保険料, 地震保険料, 住宅借入金等特別控除.
fn insurance(s: &mut Slip, c: &Certificate) {
    let y = 35.5;
    let social = if c.small_business_mutual > 0 {
        format!(
            "内 {}  {}",
            yen(c.small_business_mutual),
            yen(c.social_insurance)
        )
    } else {
        yen(c.social_insurance)
    };
    s.cell(0.0, y, 42.0, 8.0, "社会保険料等の金額", &social);
    s.cell(
        42.0,
        y,
        35.0,
        8.0,
        "生命保険料の控除額",
        &opt_yen(c.life_insurance),
    );
    s.cell(
        77.0,
        y,
        35.0,
        8.0,
        "地震保険料の控除額",
        &opt_yen(c.earthquake),
    );
    s.cell(
        112.0,
        y,
        36.0,
        8.0,
        "住宅借入金等特別控除の額",
        &opt_yen(c.housing_loan_credit),
    );
}

fn remarks(s: &mut Slip, c: &Certificate) {
    s.text_cell(0.0, 43.5, WIDTH, 10.0, "(摘要)", &c.remarks);
}

/// The life premiums paid, the spouse's income, 基礎控除, 所得金額調整控除, 特定親族特別控除.
fn details(s: &mut Slip, c: &Certificate) {
    let d = &c.declaration;
    let adjusted = c.not_adjusted.is_none();
    let paid = |a: i64| {
        if adjusted && a > 0 {
            yen(a)
        } else {
            String::new()
        }
    };
    let y = 53.5;
    s.cell(
        0.0,
        y,
        29.6,
        7.0,
        "新生命保険料の金額",
        &paid(d.life_new_general),
    );
    s.cell(
        29.6,
        y,
        29.6,
        7.0,
        "旧生命保険料の金額",
        &paid(d.life_old_general),
    );
    s.cell(
        59.2,
        y,
        29.6,
        7.0,
        "介護医療保険料の金額",
        &paid(d.life_care_medical),
    );
    s.cell(
        88.8,
        y,
        29.6,
        7.0,
        "新個人年金保険料の金額",
        &paid(d.life_new_pension),
    );
    s.cell(
        118.4,
        y,
        29.6,
        7.0,
        "旧個人年金保険料の金額",
        &paid(d.life_old_pension),
    );
    let y = 60.5;
    s.cell(
        0.0,
        y,
        37.0,
        7.0,
        "配偶者の合計所得",
        &opt_yen(c.spouse_income),
    );
    s.cell(37.0, y, 37.0, 7.0, "基礎控除の額", &opt_yen(c.basic));
    s.cell(
        74.0,
        y,
        37.0,
        7.0,
        "所得金額調整控除額",
        &opt_yen(c.income_adjustment),
    );
    s.cell(
        111.0,
        y,
        37.0,
        7.0,
        "特定親族特別控除の額",
        &opt_yen(c.specified_relative),
    );
}

/// The spouse and the relatives by name (four of each kind, as the form has room for).
fn names(s: &mut Slip, c: &Certificate) {
    let (spouse, over, under) = c.named_relatives();
    let label = |r: &super::adjustment::DeclaredRelative| r.label();
    let y = 67.5;
    let spouse_name = spouse.map(label).unwrap_or_default();
    s.text_cell(
        0.0,
        y,
        37.0,
        12.0,
        "(源泉・特別)控除対象配偶者 氏名",
        &[spouse_name],
    );
    let mut over: Vec<String> = over.into_iter().take(4).map(label).collect();
    over.resize(4, String::new());
    s.text_cell(
        37.0,
        y,
        55.5,
        12.0,
        "控除対象扶養親族 氏名",
        &[over.join("  ")],
    );
    let mut under: Vec<String> = under.into_iter().take(4).map(label).collect();
    under.resize(4, String::new());
    s.text_cell(
        92.5,
        y,
        55.5,
        12.0,
        "16歳未満の扶養親族 氏名",
        &[under.join("  ")],
    );
}

/// The employee's own status, 中途就・退職 and the birth date.
fn flags(s: &mut Slip, c: &Certificate) {
    let d = &c.declaration;
    let mark = |on: bool| if on { "○" } else { "" };
    let minor = c
        .employee
        .birth_date
        .is_some_and(|b| super::adjustment::age(b, end_of(c.year)) < 18);
    let y = 79.5;
    let boxes = [
        ("未成年者", mark(minor)),
        ("外国人", ""),
        ("死亡退職", ""),
        ("災害者", ""),
        ("乙欄", mark(c.otsu())),
        ("本人 特別障害", mark(d.disability == "special")),
        ("本人 障害者", mark(d.disability == "general")),
        ("寡婦", mark(d.widow)),
        ("ひとり親", mark(d.single_parent)),
        ("勤労学生", mark(d.working_student)),
    ];
    for (i, (label, value)) in boxes.iter().enumerate() {
        s.cell(i as f32 * 8.4, y, 8.4, 8.0, label, value);
    }
    let joined = c.joined().map(wareki).unwrap_or_default();
    let left = c.left().map(wareki).unwrap_or_default();
    s.cell(84.0, y, 21.0, 8.0, "中途就職 年月日", &joined);
    s.cell(105.0, y, 21.0, 8.0, "中途退職 年月日", &left);
    let born = c.employee.birth_date.map(wareki).unwrap_or_default();
    s.cell(126.0, y, 22.0, 8.0, "受給者生年月日", &born);
}

/// The payer: the same on every certificate of a batch, so printed with the form.
fn payer_block(s: &mut Slip, payer: &Payer) {
    let Some(form) = s.form.as_deref_mut() else {
        return;
    };
    let y = 87.5;
    let (x, y0) = (s.x, s.y + y);
    framed(
        form,
        x,
        y0,
        WIDTH,
        HEIGHT - y,
        "支払者 住所(居所)又は所在地",
    );
    let address = std::slice::from_ref(&payer.address);
    fit_block(
        form,
        x + 0.8,
        y0 + 2.6,
        WIDTH - 1.5,
        HEIGHT - y - 3.0,
        address,
        5.5,
    );
    let y0 = y0 + 10.0;
    form.text(x + 0.6, y0, LABEL, "氏名又は名称");
    let size = fitting_size(&payer.name, 90.0, 7.5, 4.0);
    form.text(x + 12.0, y0 + 4.5, size, &payer.name);
    if !payer.phone.is_empty() {
        let phone = format!("(電話) {}", payer.phone);
        form.text_right(x + WIDTH - 1.0, y0 + 4.5, 6.0, &phone);
    }
}

fn end_of(year: i32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(chrono::NaiveDate::MAX)
}

/// Renders certificates (one PDF each, in order): each year's form is drawn once and every
/// employee's values on it.
pub fn render(certificates: &[Certificate], payer: &Payer) -> Result<Vec<Vec<u8>>> {
    let mut forms: BTreeMap<i32, Arc<Page>> = BTreeMap::new();
    for c in certificates {
        forms
            .entry(c.year)
            .or_insert_with(|| Arc::new(form(c, payer)));
    }
    let docs = parallel_map(certificates, |c| {
        Ok(Document {
            title: format!("源泉徴収票 {} {}", c.year, c.employee.code),
            key: format!("gensen-{}-{}", c.year, c.employee.code),
            date: None,
            pages: vec![fill(c, payer)],
            background: forms.get(&c.year).cloned(),
        })
    })?;
    render_forms(docs)
}
