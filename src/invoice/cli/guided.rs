//! The guided `invoice issue` at a terminal: customer (fuzzy), subject (the customer's last one,
//! its month moved on), date and due date (from the terms, changeable), then the lines — from the
//! catalogue or typed, edited or dropped — with running per-rate totals, then a preview of the
//! whole invoice before a number is taken: issue, save as a draft, write a 見本 PDF and come back,
//! or cancel. Nothing is stored before "issue" or "draft", so Ctrl-C or cancel at any step leaves
//! nothing behind.

use std::path::PathBuf;

use anyhow::{Result, bail};
use chrono::NaiveDate;

use crate::company::Company;
use crate::invoice::issue::{Books, DocumentInput};
use crate::invoice::{LineInput, ops, parse_line_spec, plain_decimal, preview, report};
use crate::kernel::output::Lang;
use crate::kernel::period::parse_date;
use crate::kernel::ui::Ui;

/// What the person chose at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Issue it now.
    Issue,
    /// Keep it as a draft (no number, no entry).
    Draft,
}

/// The form and what it needs around it.
pub struct Form<'a> {
    /// The terminal.
    pub ui: &'a Ui,
    /// The database (read only: nothing is written here).
    pub conn: &'a rusqlite::Connection,
    /// The company (currency).
    pub company: &'a Company,
    /// Language of the preview table.
    pub lang: Lang,
    /// Where a 見本 PDF goes by default.
    pub pdf_dir: PathBuf,
}

/// Fills in what is missing from `start` and lets the person look before issuing.
pub fn ask(form: &Form, mut start: DocumentInput, known: bool) -> Result<(DocumentInput, Choice)> {
    if start.customer.is_empty() {
        start.customer = pick_customer(form)?;
    }
    if !known {
        header(form, &mut start)?;
    }
    if start.lines.is_empty() {
        edit_lines(form, &mut start)?;
    }
    loop {
        show_preview(form, &start)?;
        let menu = [
            "発行する / issue (takes the next number)",
            "下書き保存 / save as a draft",
            "見本PDFを書く / write a sample PDF (見本)",
            "明細を直す / change the lines",
            "件名・日付を直す / change the subject or dates",
            "やめる / cancel (nothing is saved)",
        ];
        match pick(form, "どうしますか? / What now?", &menu)? {
            0 => return Ok((start, Choice::Issue)),
            1 => return Ok((start, Choice::Draft)),
            2 => write_sample(form, &start)?,
            3 => edit_lines(form, &mut start)?,
            4 => header(form, &mut start)?,
            _ => bail!("cancelled; nothing was issued"),
        }
    }
}

fn pick(form: &Form, prompt: &str, items: &[&str]) -> Result<usize> {
    let labels: Vec<String> = items.iter().map(|s| s.to_string()).collect();
    match form.ui.pick(prompt, &labels)? {
        Some(i) => Ok(i),
        None => bail!("cancelled; nothing was issued"),
    }
}

fn pick_customer(form: &Form) -> Result<String> {
    let customers = ops::list_customers(form.conn)?;
    if customers.is_empty() {
        return Err(crate::kernel::error::hinted(
            "there are no customers yet",
            "`bko invoice customers add CODE NAME`",
        ));
    }
    let labels: Vec<String> = customers
        .iter()
        .map(|c| format!("{}  {}", c.code, c.addressee.line()))
        .collect();
    let Some(i) = form.ui.pick("取引先 / Customer", &labels)? else {
        bail!("cancelled; nothing was issued")
    };
    Ok(customers[i].code.clone())
}

/// Subject, date and due date, each with its default shown.
fn header(form: &Form, input: &mut DocumentInput) -> Result<()> {
    let suggested = match &input.subject {
        Some(s) => Some(s.clone()),
        None => preview::suggested_subject(form.conn, &input.customer)?,
    };
    let subject = form
        .ui
        .input("件名 / Subject", Some(suggested.as_deref().unwrap_or("")))?;
    input.subject = Some(subject.trim().to_string()).filter(|s| !s.is_empty());
    input.date = ask_date(form, "発行日 / Date", input.date)?;
    let by_terms = preview::due_by_terms(form.conn, &input.customer, input.date)?;
    let default_due = input
        .due_date
        .filter(|d| *d >= input.date)
        .unwrap_or(by_terms);
    loop {
        let due = ask_date(form, "支払期限 / Due date (from the terms)", default_due)?;
        if due >= input.date {
            input.due_date = Some(due);
            return Ok(());
        }
        form.ui.warn(format!(
            "the due date {due} is before the date {}",
            input.date
        ));
    }
}

fn ask_date(form: &Form, prompt: &str, default: NaiveDate) -> Result<NaiveDate> {
    loop {
        let text = form.ui.input(prompt, Some(&default.to_string()))?;
        match parse_date(text.trim()) {
            Ok(d) => return Ok(d),
            Err(e) => form.ui.warn(e),
        }
    }
}

/// The lines: add from the catalogue or typed, edit, drop; the totals after each change.
fn edit_lines(form: &Form, input: &mut DocumentInput) -> Result<()> {
    let items = ops::list_items(form.conn)?;
    loop {
        show_totals(form, input)?;
        let mut menu = vec![];
        if !items.is_empty() {
            menu.push(("カタログから追加 / add from the catalogue", 0));
        }
        menu.push(("品名を入力して追加 / type a new line", 1));
        if !input.lines.is_empty() {
            menu.push(("行を修正 / edit a line", 2));
            menu.push(("行を削除 / drop a line", 3));
            menu.push(("明細を確定 / done: preview", 4));
        }
        let labels: Vec<&str> = menu.iter().map(|(l, _)| *l).collect();
        match menu[pick(form, "明細 / Lines", &labels)?].1 {
            0 => {
                if let Some(line) = from_catalogue(form, &items)? {
                    input.lines.push(line);
                }
            }
            1 => input.lines.push(ask_line(form, None)?),
            2 => {
                let i = pick_line(form, input, "修正する行 / Line to edit")?;
                input.lines[i] = ask_line(form, Some(&input.lines[i]))?;
            }
            3 => {
                let i = pick_line(form, input, "削除する行 / Line to drop")?;
                input.lines.remove(i);
            }
            _ => return Ok(()),
        }
    }
}

fn pick_line(form: &Form, input: &DocumentInput, prompt: &str) -> Result<usize> {
    let labels: Vec<String> = input
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{}. {}", i + 1, describe(l)))
        .collect();
    let refs: Vec<&str> = labels.iter().map(String::as_str).collect();
    pick(form, prompt, &refs)
}

fn describe(l: &LineInput) -> String {
    format!(
        "{}  {} {} × {}  {}%",
        l.name,
        plain_decimal(l.quantity),
        l.unit.as_deref().unwrap_or(""),
        plain_decimal(l.unit_price),
        l.rate
    )
}

fn from_catalogue(form: &Form, items: &[crate::invoice::CatalogItem]) -> Result<Option<LineInput>> {
    let labels: Vec<String> = items
        .iter()
        .map(|i| {
            let unit = i.unit.as_deref().unwrap_or("");
            let price = plain_decimal(i.unit_price);
            format!("{}  {}  {price}/{unit}  {}%", i.code, i.name, i.tax_rate)
        })
        .collect();
    let Some(i) = form.ui.pick("品目 / Item", &labels)? else {
        return Ok(None);
    };
    let item = &items[i];
    let start = LineInput {
        name: item.name.clone(),
        quantity: rust_decimal::Decimal::ONE,
        unit: item.unit.clone(),
        unit_price: item.unit_price,
        rate: item.tax_rate,
        out_of_scope: false,
    };
    let quantity = ask_until(form, "数量 / Quantity", "1", |q| {
        crate::kernel::money::parse_quantity(q).and_then(|q| {
            if q > rust_decimal::Decimal::ZERO {
                Ok(q)
            } else {
                bail!("the quantity must be positive")
            }
        })
    })?;
    Ok(Some(LineInput { quantity, ..start }))
}

/// One line typed (or changed: the current values are the defaults), checked as `--line` is.
fn ask_line(form: &Form, current: Option<&LineInput>) -> Result<LineInput> {
    let text = |f: fn(&LineInput) -> String, fallback: &str| {
        current.map_or_else(|| fallback.to_string(), f)
    };
    loop {
        let name = form
            .ui
            .input("品名 / Item", Some(&text(|l| l.name.clone(), "")))?;
        let unit = form.ui.input(
            "単位 / Unit (個, 時間, 式; empty for none)",
            Some(&text(|l| l.unit.clone().unwrap_or_default(), "")),
        )?;
        let quantity = form.ui.input(
            "数量 / Quantity",
            Some(&text(|l| plain_decimal(l.quantity), "1")),
        )?;
        let price = form.ui.input(
            "単価 / Unit price",
            Some(&text(|l| plain_decimal(l.unit_price), "")),
        )?;
        let rate = form.ui.input(
            "税率 / Tax rate (10, 8, 0)",
            Some(&text(|l| l.rate.to_string(), "10")),
        )?;
        let fields = [&name, &unit, &quantity, &price, &rate];
        if fields.iter().any(|f| f.contains(';')) {
            form.ui
                .warn("a ';' cannot be part of a line; type it again");
            continue;
        }
        let spec = format!("{};{quantity};{price};{rate};{}", name.trim(), unit.trim());
        match parse_line_spec(spec.trim_end_matches(';')) {
            Ok(line) => return Ok(line),
            Err(e) => form.ui.warn(format!("{e:#}; type the line again")),
        }
    }
}

fn ask_until<T>(
    form: &Form,
    prompt: &str,
    default: &str,
    parse: impl Fn(&str) -> Result<T>,
) -> Result<T> {
    loop {
        let text = form.ui.input(prompt, Some(default))?;
        match parse(text.trim()) {
            Ok(v) => return Ok(v),
            Err(e) => form.ui.warn(e),
        }
    }
}

/// The running totals: lines, each rate's base and tax, the total.
fn show_totals(form: &Form, input: &DocumentInput) -> Result<()> {
    if input.lines.is_empty() {
        form.ui.info("明細なし / no lines yet");
        return Ok(());
    }
    let books = Books::load(form.conn)?;
    let inv = preview::preview(form.conn, &books, input)?;
    let money = |v: i64| form.company.currency.display(v);
    let rates: Vec<String> = inv
        .rates
        .iter()
        .map(|r| format!("{}%: {} + 税 {}", r.rate, money(r.base), money(r.tax)))
        .collect();
    form.ui.info(format!(
        "{} 行 / lines | {} | 合計 / total {}",
        inv.lines.len(),
        rates.join(" | "),
        money(inv.total)
    ));
    Ok(())
}

/// The whole invoice as the PDF will show it.
fn show_preview(form: &Form, input: &DocumentInput) -> Result<()> {
    let books = Books::load(form.conn)?;
    let inv = preview::preview(form.conn, &books, input)?;
    let mut text = vec![
        "──── 請求書 (見本) / preview ────".to_string(),
        format!("宛名 / To: {}", inv.parties.addressee.line()),
        format!("件名 / Subject: {}", inv.subject.as_deref().unwrap_or("")),
        format!(
            "発行日 / Date: {}   支払期限 / Due: {}  {}",
            inv.date,
            inv.due_date.map(|d| d.to_string()).unwrap_or_default(),
            inv.parties.terms.as_deref().unwrap_or("")
        ),
    ];
    let mut table = report::show(&inv, "preview", 0, form.company.currency);
    table.notes.clear();
    text.push(table.to_table(form.lang));
    if let Some(bank) = &inv.parties.issuer.bank_account {
        text.push(format!("お振込先 / Bank: {bank}"));
    }
    form.ui.info(text.join("\n"));
    Ok(())
}

fn write_sample(form: &Form, input: &DocumentInput) -> Result<()> {
    let books = Books::load(form.conn)?;
    let inv = preview::preview(form.conn, &books, input)?;
    let default = form
        .pdf_dir
        .join(format!("見本-{}-{}.pdf", input.customer, input.date));
    let path = form.ui.input(
        "見本PDFの保存先 / Sample PDF file",
        Some(&default.display().to_string()),
    )?;
    let bytes = crate::invoice::pdf::preview_pdf(&inv, &form.company.currency, form.lang)?;
    crate::kernel::pdf::write_atomically(std::path::Path::new(path.trim()), &bytes)?;
    form.ui.info(format!(
        "wrote {} (見本: no number, not issued)",
        path.trim()
    ));
    Ok(())
}
