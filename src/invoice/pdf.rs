//! The invoice and credit-note PDF (A4, Japanese by default, English with `--lang en`): every
//! item a qualified invoice (適格請求書, 消費税法57条の4) must show, laid out on top of
//! `kernel::pdf`. Amounts come computed from the stored document; nothing is calculated here.

use anyhow::Result;
use chrono::{Datelike, NaiveDate};

use super::plain_decimal;
use super::{DocumentKind, Invoice, Issuer};
use crate::kernel::money::Currency;
use crate::kernel::output::Lang;
use crate::kernel::pdf::{Document, PAGE_WIDTH_MM, Page, render, render_all};

const LEFT: f32 = 15.0;
const RIGHT: f32 = PAGE_WIDTH_MM - 15.0;
const ROW: f32 = 7.0;
const TABLE_BOTTOM: f32 = 268.0;
/// The lowest a summary may reach before it moves to a page of its own.
const SUMMARY_BOTTOM: f32 = 282.0;
/// Leading of wrapped lines in a table row.
const ROW_LEADING: f32 = 4.2;
/// The item name column: from the left edge of the table to just before the quantity.
const NAME_WIDTH: f32 = 80.0;
/// The left column (addressee, subject) and the issuer block on the right.
const ADDRESSEE_WIDTH: f32 = 90.0;
const ISSUER_X: f32 = 120.0;

struct Labels {
    title: &'static str,
    number: &'static str,
    date: &'static str,
    due: &'static str,
    subject: &'static str,
    lead: &'static str,
    amount: &'static str,
    item: &'static str,
    qty: &'static str,
    unit: &'static str,
    price: &'static str,
    line_amount: &'static str,
    base: &'static str,
    tax: &'static str,
    total: &'static str,
    exempt: &'static str,
    legend: &'static str,
    bank: &'static str,
    note: &'static str,
    registration: &'static str,
    original: &'static str,
    reason: &'static str,
    phone: &'static str,
    terms: &'static str,
    fee_note: &'static str,
    continued: &'static str,
    preview: &'static str,
}

fn labels(lang: Lang, credit_note: bool) -> Labels {
    match lang {
        Lang::Ja => ja_labels(credit_note),
        Lang::En => en_labels(credit_note),
    }
}

fn ja_labels(credit_note: bool) -> Labels {
    Labels {
        title: if credit_note {
            "返還請求書"
        } else {
            "請求書"
        },
        number: if credit_note {
            "返還番号"
        } else {
            "請求番号"
        },
        date: "発行日",
        due: "お支払期限",
        subject: "件名",
        lead: if credit_note {
            "下記のとおり返還いたします。"
        } else {
            "下記のとおりご請求申し上げます。"
        },
        amount: if credit_note {
            "返還金額 (税込)"
        } else {
            "ご請求金額 (税込)"
        },
        item: "品名",
        qty: "数量",
        unit: "単位",
        price: "単価",
        line_amount: "金額",
        base: "対象",
        tax: "消費税",
        total: "合計",
        exempt: "非課税・対象外",
        legend: "※は軽減税率 (8%) 対象",
        bank: "お振込先",
        note: "備考",
        registration: "登録番号",
        original: "元の請求",
        reason: "理由",
        phone: "TEL",
        terms: "お支払条件",
        fee_note: "恐れ入りますが振込手数料はご負担ください。",
        continued: "続き",
        preview: "見本",
    }
}

fn en_labels(credit_note: bool) -> Labels {
    Labels {
        title: if credit_note {
            "CREDIT NOTE"
        } else {
            "INVOICE"
        },
        number: if credit_note {
            "Credit note no."
        } else {
            "Invoice no."
        },
        date: "Date",
        due: "Due date",
        subject: "Subject",
        lead: if credit_note {
            "We credit you as follows."
        } else {
            "Please pay the amount below."
        },
        amount: if credit_note {
            "Amount credited (incl. tax)"
        } else {
            "Amount due (incl. tax)"
        },
        item: "Description",
        qty: "Qty",
        unit: "Unit",
        price: "Unit price",
        line_amount: "Amount",
        base: "Taxable at",
        tax: "Consumption tax",
        total: "Total",
        exempt: "Exempt / out of scope",
        legend: "※ reduced tax rate (8%)",
        bank: "Bank transfer to",
        note: "Notes",
        registration: "Registration no.",
        original: "Original invoice",
        reason: "Reason",
        phone: "Tel",
        terms: "Payment terms",
        fee_note: "Bank transfer fees are borne by the payer.",
        continued: "continued",
        preview: "SAMPLE",
    }
}

fn date_text(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        Lang::En => date.format("%Y-%m-%d").to_string(),
    }
}

fn yen(currency: &Currency, minor: i64) -> String {
    if currency.code == "JPY" {
        format!("¥{}", currency.display(minor))
    } else {
        format!("{} {}", currency.code, currency.display(minor))
    }
}

/// Groups the integer part of a decimal for display (3333.5 -> 3,333.5).
fn grouped(d: rust_decimal::Decimal) -> String {
    crate::kernel::money::group_thousands(&plain_decimal(d))
}

/// What the page is: the invoice or credit note itself, or the delivery note (納品書) of an
/// invoice — its lines, with or without prices, no due date, terms or bank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// The document as issued.
    Document,
    /// 納品書.
    DeliveryNote {
        /// Show unit prices, amounts and the per-rate summary.
        prices: bool,
    },
    /// 見積書: the validity date where the due date goes, no terms or bank.
    Quote,
    /// 見本: an invoice not yet issued, as it will look, marked so and without a number.
    Preview,
}

/// A quote's labels: the invoice's, retitled, the validity in place of the due date.
fn quote_labels(lang: Lang) -> Labels {
    let mut l = labels(lang, false);
    match lang {
        Lang::Ja => {
            l.title = "御見積書";
            l.number = "見積番号";
            l.date = "見積日";
            l.due = "有効期限";
            l.lead = "下記のとおりお見積り申し上げます。";
            l.amount = "御見積金額 (税込)";
        }
        Lang::En => {
            l.title = "QUOTATION";
            l.number = "Quote no.";
            l.due = "Valid until";
            l.lead = "We are pleased to quote as follows.";
            l.amount = "Quoted amount (incl. tax)";
        }
    }
    l
}

/// Renders a quote (its validity drawn where an invoice's due date goes).
pub fn quote_pdf(quote: &Invoice, currency: &Currency, lang: Lang) -> Result<Vec<u8>> {
    let doc = layout(quote, None, currency, lang, Form::Quote);
    render(&doc.title, &doc.key, doc.date, doc.pages)
}

/// Renders an invoice not yet issued as a 見本 (sample): no number, marked on every page.
pub fn preview_pdf(draft: &Invoice, currency: &Currency, lang: Lang) -> Result<Vec<u8>> {
    let doc = layout(draft, None, currency, lang, Form::Preview);
    render(&doc.title, &doc.key, None, doc.pages)
}

/// A delivery note's labels: the invoice's, retitled.
fn delivery_labels(lang: Lang) -> Labels {
    let mut l = labels(lang, false);
    match lang {
        Lang::Ja => {
            l.title = "納品書";
            l.number = "番号";
            l.date = "納品日";
            l.lead = "下記のとおり納品いたします。";
            l.amount = "合計金額 (税込)";
        }
        Lang::En => {
            l.title = "DELIVERY NOTE";
            l.number = "No.";
            l.date = "Delivered";
            l.lead = "We deliver the following.";
            l.amount = "Total (incl. tax)";
        }
    }
    l
}

/// Renders the delivery note (納品書) of an issued invoice.
pub fn delivery_note_pdf(
    inv: &Invoice,
    currency: &Currency,
    lang: Lang,
    prices: bool,
) -> Result<Vec<u8>> {
    let doc = layout(inv, None, currency, lang, Form::DeliveryNote { prices });
    render(&doc.title, &doc.key, doc.date, doc.pages)
}

/// What the PDF of a credit note needs from its original invoice.
pub struct Original {
    /// The invoice number.
    pub number: String,
    /// Its date (取引年月日 of the sale being returned).
    pub date: NaiveDate,
}

/// Renders many documents at once (a batch shares one font cut and the machine's cores);
/// each with the text it shows (for the archive's index).
pub fn render_many(
    docs: &[(Invoice, Option<Original>)],
    currency: &Currency,
    lang: Lang,
) -> Result<Vec<(Vec<u8>, String)>> {
    let laid_out: Vec<Document> = docs
        .iter()
        .map(|(inv, original)| layout(inv, original.as_ref(), currency, lang, Form::Document))
        .collect();
    let texts: Vec<String> = laid_out.iter().map(Document::text).collect();
    Ok(render_all(laid_out)?.into_iter().zip(texts).collect())
}

/// Renders an issued invoice or credit note.
pub fn invoice_pdf(
    inv: &Invoice,
    original: Option<&Original>,
    currency: &Currency,
    lang: Lang,
) -> Result<Vec<u8>> {
    let doc = layout(inv, original, currency, lang, Form::Document);
    render(&doc.title, &doc.key, doc.date, doc.pages)
}

/// Lays out the pages of an invoice or credit note, or of an invoice's delivery note.
fn layout(
    inv: &Invoice,
    original: Option<&Original>,
    currency: &Currency,
    lang: Lang,
    form: Form,
) -> Document {
    let (l, prices, shown) = form_view(inv, lang, form);
    let inv = &shown;
    let number = inv.number.clone().unwrap_or_default();
    let mut pages = vec![Page::default()];
    let mut y = header(
        pages.last_mut().expect("page"),
        (inv, original),
        &l,
        (lang, prices),
        currency,
    );
    // A header long enough to leave no room for a row starts the table on the next page.
    if y + 2.0 * ROW > TABLE_BOTTOM {
        pages.push(Page::default());
        y = 20.0;
    }
    table_header(pages.last_mut().expect("page"), y, &l, prices);
    y += ROW;
    y = line_rows(&mut pages, y, (inv, &number), &l, currency, prices);
    // Laid out once aside to measure it: a summary that does not fit moves to a new page.
    if prices {
        let needed = summary(&mut Page::default(), y + 4.0, inv, &l, currency);
        if needed > SUMMARY_BOTTOM {
            pages.push(Page::default());
            y = 20.0;
        }
        summary(pages.last_mut().expect("page"), y + 4.0, inv, &l, currency);
    }
    let count = pages.len();
    for (i, page) in pages.iter_mut().enumerate() {
        page.text_center(
            PAGE_WIDTH_MM / 2.0,
            290.0,
            8.0,
            &format!("{number}   {} / {count}", i + 1),
        );
    }
    // A sample is stamped on every page, so no copy of it passes for the issued invoice.
    if form == Form::Preview {
        for page in &mut pages {
            page.rect(LEFT, 12.0, 26.0, 13.0, 1.2);
            page.text(LEFT + 3.0, 22.0, 18.0, l.preview);
        }
    }
    let key = match form {
        Form::Document => number,
        Form::DeliveryNote { prices } => format!("delivery-{number}-{prices}"),
        Form::Quote => format!("quote-{number}"),
        Form::Preview => format!("preview-{}-{}", inv.date, inv.total),
    };
    Document {
        title: l.title.to_string(),
        key,
        date: Some(inv.date),
        pages,
        background: None,
    }
}

/// The labels, whether prices show, and the invoice as the form shows it: a delivery note asks
/// for no payment (no due date, terms or bank).
fn form_view(inv: &Invoice, lang: Lang, form: Form) -> (Labels, bool, Invoice) {
    match form {
        Form::Document => (
            labels(lang, inv.kind == DocumentKind::CreditNote),
            true,
            inv.clone(),
        ),
        Form::DeliveryNote { prices } => {
            let mut shown = inv.clone();
            shown.due_date = None;
            shown.parties.terms = None;
            shown.parties.issuer.bank_account = None;
            (delivery_labels(lang), prices, shown)
        }
        Form::Quote => {
            let mut shown = inv.clone();
            shown.parties.terms = None;
            shown.parties.issuer.bank_account = None;
            (quote_labels(lang), true, shown)
        }
        Form::Preview => {
            let mut l = labels(lang, false);
            l.title = match lang {
                Lang::Ja => "請求書 (見本)",
                Lang::En => "INVOICE (SAMPLE)",
            };
            let mut shown = inv.clone();
            shown.number = Some(l.preview.to_string());
            (l, true, shown)
        }
    }
}

/// The line rows from `y`, onto new pages (header repeated) as they fill; returns where they
/// end.
fn line_rows(
    pages: &mut Vec<Page>,
    mut y: f32,
    (inv, number): (&Invoice, &str),
    l: &Labels,
    currency: &Currency,
    prices: bool,
) -> f32 {
    for (line, amount) in &inv.lines {
        // The reduced-rate mark points to the legend of the summary, which only prices show.
        let mark = if line.rate == 8 && prices { " ※" } else { "" };
        let name = crate::kernel::pdf::wrap(&format!("{}{mark}", line.name), NAME_WIDTH, 9.5);
        let height = ROW + (name.len() - 1) as f32 * ROW_LEADING;
        if y + height > TABLE_BOTTOM {
            pages.push(Page::default());
            y = 20.0;
            let page = pages.last_mut().expect("page");
            page.text(
                LEFT,
                y - 6.0,
                9.0,
                &format!("{} {} ({})", l.title, number, l.continued),
            );
            table_header(page, y, l, prices);
            y += ROW;
        }
        let page = pages.last_mut().expect("page");
        for (i, text) in name.iter().enumerate() {
            page.text(LEFT + 1.5, y + 5.0 + i as f32 * ROW_LEADING, 9.5, text);
        }
        // Numbers shrink to their column rather than run into the next one.
        page.text_right_fit(125.0, y + 5.0, 25.0, 9.5, &grouped(line.quantity));
        let unit = line.unit.as_deref().unwrap_or("");
        let unit_size = crate::kernel::pdf::fitting_size(unit, 10.0, 9.5, 6.0);
        page.text(127.0, y + 5.0, unit_size, unit);
        if prices {
            page.text_right_fit(163.0, y + 5.0, 24.0, 9.5, &grouped(line.unit_price));
            page.text_right_fit(RIGHT - 1.5, y + 5.0, 28.0, 9.5, &currency.display(*amount));
        }
        page.line(LEFT, y + height, RIGHT, y + height, 0.3);
        y += height;
    }
    y
}

/// Title, numbers and dates, addressee, issuer block and the amount box; returns where the
/// line table starts.
fn header(
    page: &mut Page,
    (inv, original): (&Invoice, Option<&Original>),
    l: &Labels,
    (lang, prices): (Lang, bool),
    currency: &Currency,
) -> f32 {
    page.text_center(PAGE_WIDTH_MM / 2.0, 22.0, 22.0, l.title);
    numbers_and_dates(page, inv, original, l, lang);
    let y = addressee_block(page, inv, l);
    let iy = issuer_block(page, &inv.parties.issuer, l);
    if !prices {
        return y.max(iy) + 8.0;
    }
    amount_box(page, inv, l, lang, currency, y.max(iy))
}

/// The number, date, due date and original invoice, right-aligned at the top.
fn numbers_and_dates(
    page: &mut Page,
    inv: &Invoice,
    original: Option<&Original>,
    l: &Labels,
    lang: Lang,
) {
    let mut meta = vec![
        (l.number, inv.number.clone().unwrap_or_default()),
        (l.date, date_text(inv.date, lang)),
    ];
    if let Some(due) = inv.due_date {
        meta.push((l.due, date_text(due, lang)));
    }
    if let Some(o) = original {
        meta.push((
            l.original,
            format!("{} ({})", o.number, date_text(o.date, lang)),
        ));
    }
    for (i, (k, v)) in meta.iter().enumerate() {
        let y = 32.0 + i as f32 * 5.0;
        page.text_right(RIGHT - 45.0, y, 9.0, k);
        page.text_right_fit(RIGHT, y, 44.0, 9.0, v);
    }
}

/// The addressee (宛名), every field wrapped inside the left column, then the subject and the
/// lead sentence; returns where it ends.
fn addressee_block(page: &mut Page, inv: &Invoice, l: &Labels) -> f32 {
    let addressee = &inv.parties.addressee;
    let mut y = 40.0;
    if let Some(pc) = &addressee.postal_code {
        page.text(LEFT, y, 9.0, &format!("〒{pc}"));
        y += 4.5;
    }
    if let Some(address) = &addressee.address {
        y += 4.5 * page.text_wrapped(LEFT, y, ADDRESSEE_WIDTH, 9.0, 4.5, address) as f32;
    }
    y += 4.0;
    let name_lines = page.text_wrapped(LEFT, y, ADDRESSEE_WIDTH, 14.0, 6.0, &addressee.line());
    y += (name_lines - 1) as f32 * 6.0;
    page.line(LEFT, y + 2.0, LEFT + ADDRESSEE_WIDTH, y + 2.0, 0.8);
    y += 9.0;
    if let Some(subject) = &inv.subject {
        let text = format!("{}: {subject}", l.subject);
        y += 5.0 * page.text_wrapped(LEFT, y, ADDRESSEE_WIDTH, 10.0, 5.0, &text) as f32 + 1.0;
    }
    page.text(LEFT, y, 10.0, l.lead);
    y
}

/// The issuer block, wrapped inside the right column; returns where it ends.
fn issuer_block(page: &mut Page, issuer: &Issuer, l: &Labels) -> f32 {
    let issuer_width = RIGHT - ISSUER_X;
    let mut iy = 56.0;
    iy += 5.5 * page.text_wrapped(ISSUER_X, iy, issuer_width, 11.5, 5.5, &issuer.name) as f32;
    let mut issuer_lines = Vec::new();
    if let Some(pc) = &issuer.postal_code {
        issuer_lines.push(format!("〒{pc}"));
    }
    issuer_lines.extend(issuer.address.clone());
    if let Some(phone) = &issuer.phone {
        issuer_lines.push(format!("{}: {phone}", l.phone));
    }
    issuer_lines.extend(issuer.email.clone());
    if let Some(t) = &issuer.registration_number {
        issuer_lines.push(format!("{}: {t}", l.registration));
    }
    for text in issuer_lines {
        iy += 4.3 * page.text_wrapped(ISSUER_X, iy, issuer_width, 8.5, 4.3, &text) as f32;
    }
    iy
}

/// The amount box under the taller of the two blocks, and the payment terms; returns where the
/// line table starts.
fn amount_box(
    page: &mut Page,
    inv: &Invoice,
    l: &Labels,
    lang: Lang,
    currency: &Currency,
    top: f32,
) -> f32 {
    let terms = &inv.parties.terms;
    let box_y = top + 5.0;
    page.shade(LEFT, box_y, 100.0, 12.0, 0.92);
    page.text(LEFT + 3.0, box_y + 7.8, 10.0, l.amount);
    page.text_right_fit(
        LEFT + 97.0,
        box_y + 8.5,
        62.0,
        16.0,
        &format!("{} -", yen(currency, inv.total)),
    );
    page.line(LEFT, box_y + 12.0, LEFT + 100.0, box_y + 12.0, 1.0);
    let mut after = box_y + 18.0;
    if let Some(t) = terms
        .as_ref()
        .filter(|_| inv.kind == DocumentKind::Invoice && lang == Lang::Ja)
    {
        let text = format!("{}: {t}", l.terms);
        after += 4.0 * page.text_wrapped(LEFT, after - 1.5, RIGHT - LEFT, 8.5, 4.0, &text) as f32;
    }
    after
}

fn table_header(page: &mut Page, y: f32, l: &Labels, prices: bool) {
    page.shade(LEFT, y, RIGHT - LEFT, ROW, 0.85);
    page.text(LEFT + 1.5, y + 5.0, 9.0, l.item);
    page.text_right(125.0, y + 5.0, 9.0, l.qty);
    page.text(127.0, y + 5.0, 9.0, l.unit);
    if prices {
        page.text_right(163.0, y + 5.0, 9.0, l.price);
        page.text_right(RIGHT - 1.5, y + 5.0, 9.0, l.line_amount);
    }
}

/// Per-rate summary (対象額 and 消費税 per rate), total, legend, bank and notes; returns the
/// lowest point it reached.
fn summary(page: &mut Page, y: f32, inv: &Invoice, l: &Labels, currency: &Currency) -> f32 {
    let mut y = y;
    let x = 110.0;
    for r in &inv.rates {
        let label = match r.rate {
            0 => l.exempt.to_string(),
            rate if l.base == "対象" => {
                format!("{rate}%対象{}", if rate == 8 { " ※" } else { "" })
            }
            rate => format!("{} {rate}%{}", l.base, if rate == 8 { " ※" } else { "" }),
        };
        page.text(x, y + 4.5, 9.0, &label);
        page.text_right_fit(158.0, y + 4.5, 26.0, 9.0, &yen(currency, r.base));
        if r.rate > 0 {
            page.text(160.0, y + 4.5, 8.0, l.tax);
        }
        page.text_right_fit(
            RIGHT,
            y + 4.5,
            22.0,
            9.0,
            &if r.rate > 0 {
                yen(currency, r.tax)
            } else {
                "-".into()
            },
        );
        page.line(x, y + 6.5, RIGHT, y + 6.5, 0.3);
        y += 6.5;
    }
    page.text(x, y + 5.5, 10.5, l.total);
    page.text_right_fit(RIGHT, y + 5.5, 50.0, 10.5, &yen(currency, inv.total));
    page.line(x, y + 7.5, RIGHT, y + 7.5, 0.9);
    let mut left_y = y + 14.0;
    if inv.rates.iter().any(|r| r.rate == 8) {
        page.text(x, left_y, 8.5, l.legend);
    }
    left_y += 6.0;
    if inv.kind == DocumentKind::Invoice
        && let Some(bank) = &inv.parties.issuer.bank_account
    {
        let text = format!("{}: {bank}", l.bank);
        left_y += 4.5 * page.text_wrapped(LEFT, left_y, RIGHT - LEFT, 9.0, 4.5, &text) as f32;
        page.text(LEFT, left_y, 8.0, l.fee_note);
        left_y += 6.0;
    }
    if let Some(reason) = &inv.reason {
        let text = format!("{}: {reason}", l.reason);
        left_y += 4.5 * page.text_wrapped(LEFT, left_y, RIGHT - LEFT, 9.0, 4.5, &text) as f32;
        left_y += 1.5;
    }
    if let Some(note) = &inv.note {
        let text = format!("{}: {note}", l.note);
        left_y += 4.5 * page.text_wrapped(LEFT, left_y, RIGHT - LEFT, 9.0, 4.5, &text) as f32;
    }
    left_y
}
