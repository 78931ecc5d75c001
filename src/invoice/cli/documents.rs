//! `bko invoice issue|pay|void|credit|pdf`: the commands that create documents and post them.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use clap::Args;
use rust_decimal::Decimal;

use crate::company::Company;
use crate::invoice::batch::{self, Batch};
use crate::invoice::issue::{self, DocumentInput};
use crate::invoice::ops;
use crate::invoice::{Invoice, LineInput, TaxPricing, import, parse_line_spec};
use crate::kernel::clock::today;
use crate::kernel::csvio::Encoding;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::error::Exit;
use crate::kernel::files::{self, Existing};
use crate::kernel::money::parse_amount;
use crate::kernel::output::{Cell, Column, Report};
use crate::kernel::period::parse_date;

/// Issue an invoice: `bko invoice issue --customer ABC --line "保守作業;1.5;3333;10;時間"
/// --item COFFEE:3`. On a terminal, missing values are asked for.
#[derive(Debug, Args)]
pub struct IssueArgs {
    /// Customer code.
    #[arg(long)]
    pub customer: Option<String>,
    /// Invoice date (default: today).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Due date (default: from the customer's payment terms).
    #[arg(long, value_parser = parse_date)]
    pub due: Option<NaiveDate>,
    /// Subject (件名).
    #[arg(long)]
    pub subject: Option<String>,
    /// A line NAME;QTY;UNIT_PRICE;RATE[;UNIT] (rate 10, 8 reduced, 0); repeat for more.
    #[arg(long, value_name = "NAME;QTY;PRICE;RATE", value_parser = super::super::check_line_spec)]
    pub line: Vec<String>,
    /// A catalogue item CODE:QTY; repeat for more.
    #[arg(long, value_name = "CODE:QTY")]
    pub item: Vec<String>,
    /// Note (備考).
    #[arg(long)]
    pub note: Option<String>,
    /// Override the customer's pricing: exclusive (税抜) or inclusive (税込).
    #[arg(long)]
    pub pricing: Option<String>,
    /// Save as a draft without a number or a journal entry.
    #[arg(long, conflicts_with_all = ["draft_id", "from_csv"])]
    pub draft: bool,
    /// Issue an existing draft.
    #[arg(long, value_name = "N", conflicts_with = "from_csv")]
    pub draft_id: Option<i64>,
    /// Issue many invoices from CSV: invoice_key,customer,date,due,subject,item,quantity,
    /// unit_price,tax_rate,note (rows sharing invoice_key form one invoice). All or nothing.
    #[arg(long, value_name = "FILE")]
    pub from_csv: Option<PathBuf>,
    /// Text encoding of --from-csv.
    #[arg(long, value_enum, default_value_t = Encoding::Auto)]
    pub encoding: Encoding,
    /// Issue without the registration number (not a qualified invoice).
    #[arg(long)]
    pub not_qualified: bool,
    /// Start from an issued invoice: its customer, subject, note, lines and pricing (flags
    /// given win).
    #[arg(long, value_name = "NUMBER", conflicts_with_all = ["draft_id", "from_csv"])]
    pub like: Option<String>,
    /// With --like: move the subject's month words one month on (5月分 → 6月分).
    #[arg(long, requires = "like")]
    pub next_month: bool,
    /// Bill delivery notes made on their own (DN-…; repeat): their lines, one customer; the
    /// notes are linked to the invoice.
    #[arg(long, value_name = "NUMBER", conflicts_with_all = ["draft", "draft_id", "from_csv", "like", "line", "item", "customer"])]
    pub delivery: Vec<String>,
    /// Where PDFs are written.
    #[command(flatten)]
    pub pdf: PdfOutput,
}

/// Where PDFs go.
#[derive(Debug, Args)]
pub struct PdfOutput {
    /// Directory for PDFs (default: invoices/ next to the database).
    #[arg(long, value_name = "DIR")]
    pub pdf_dir: Option<PathBuf>,
    /// Do not write PDFs.
    #[arg(long)]
    pub no_pdf: bool,
}

/// Record a payment against an invoice.
#[derive(Debug, Args)]
pub struct PayArgs {
    /// The invoice number.
    pub number: String,
    /// Amount received.
    #[arg(long, value_parser = crate::kernel::money::check_amount_text)]
    pub amount: String,
    /// Date received (default: today).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Account it arrived in (default: the invoice_bank_account setting, 普通預金).
    #[arg(long)]
    pub account: Option<String>,
    /// Bank fee the customer deducted (tax included), booked as 支払手数料.
    #[arg(long, value_parser = crate::kernel::money::check_amount_text)]
    pub fee: Option<String>,
}

/// Void an issued invoice without payments.
#[derive(Debug, Args)]
pub struct VoidArgs {
    /// The invoice number.
    pub number: String,
    /// Date of the reversing entry (default: today).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Why.
    #[arg(long)]
    pub reason: Option<String>,
}

/// Issue a credit note.
#[derive(Debug, Args)]
pub struct CreditArgs {
    /// The invoice being credited.
    pub number: String,
    /// Lines returned NAME;QTY;UNIT_PRICE;RATE (default: every line of the invoice).
    #[arg(long, value_name = "NAME;QTY;PRICE;RATE", value_parser = super::super::check_line_spec)]
    pub line: Vec<String>,
    /// Date (default: today).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Why (返品, 値引, ...).
    #[arg(long)]
    pub reason: Option<String>,
    /// Where PDFs are written.
    #[command(flatten)]
    pub pdf: PdfOutput,
}

/// Render a document's PDF again.
#[derive(Debug, Args)]
pub struct PdfArgs {
    /// Invoice or credit note number.
    #[arg(required_unless_present = "missing")]
    pub number: Option<String>,
    /// Instead of one number: every issued document whose archived copy or PDF file is missing
    /// (after a crash between issuing and archiving); archives and writes them.
    #[arg(long, conflicts_with_all = ["number", "output"])]
    pub missing: bool,
    /// Output file (default: invoices/NUMBER.pdf next to the database).
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// Replace a file given with -o that already exists (the default file is the invoice's own
    /// PDF and is always re-rendered).
    #[arg(long)]
    pub force: bool,
}

/// One issued document as reported: number, customer, date, due date, total, PDF path.
type IssuedRow = (
    String,
    String,
    NaiveDate,
    Option<NaiveDate>,
    i64,
    Option<PathBuf>,
);

pub(super) fn pdf_dir(ctx: &Ctx, out: &PdfOutput) -> PathBuf {
    out.pdf_dir.clone().unwrap_or_else(|| {
        ctx.db_path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .join("invoices")
    })
}

pub(super) fn lines_from_args(
    conn: &rusqlite::Connection,
    line_args: &[String],
    item_args: &[String],
) -> Result<Vec<LineInput>> {
    let mut lines = line_args
        .iter()
        .map(|s| parse_line_spec(s))
        .collect::<Result<Vec<_>>>()?;
    for spec in item_args {
        let Some((code, qty)) = spec.rsplit_once(':') else {
            bail!("'{spec}' is not CODE:QTY");
        };
        let Some(item) = ops::item_by_code(conn, code)? else {
            return Err(crate::kernel::error::hinted(
                format!("unknown item '{code}'"),
                "`bko invoice items list` shows the catalogue",
            ));
        };
        let quantity = crate::kernel::money::parse_quantity(qty)?;
        if quantity <= Decimal::ZERO {
            bail!("'{spec}': the quantity must be positive");
        }
        lines.push(LineInput {
            name: item.name,
            quantity,
            unit: item.unit,
            unit_price: item.unit_price,
            rate: item.tax_rate,
            out_of_scope: false,
        });
    }
    Ok(lines)
}

fn issued_report(rows: &[IssuedRow], company: &Company) -> Report {
    let mut r = Report::new(
        "issued",
        company.currency,
        vec![
            Column::new("number", "番号", "Number"),
            Column::new("customer", "取引先", "Customer"),
            Column::new("date", "日付", "Date"),
            Column::new("due_date", "支払期限", "Due"),
            Column::new("total", "合計", "Total"),
            Column::new("pdf", "PDF", "PDF"),
        ],
    );
    for (number, customer, date, due, total, pdf) in rows {
        r.rows.push(vec![
            Cell::text(number),
            Cell::text(customer),
            Cell::Date(*date),
            due.map_or(Cell::Empty, Cell::Date),
            Cell::Money(*total),
            Cell::opt_text(pdf.as_ref().map(|p| p.display().to_string())),
        ]);
    }
    r
}

/// Issues one invoice, a draft, a saved draft, or a whole billing file.
pub fn issue(ctx: &Ctx, mut args: IssueArgs) -> Result<()> {
    let OpenBooks {
        mut db,
        company,
        lang,
    } = ctx.books::<Company>()?;
    let inputs = document_inputs(ctx, &db.conn, &company, &mut args)?;
    let batch = Batch {
        inputs: &inputs,
        existing_draft: args.draft_id,
        draft_only: args.draft,
    };
    let documents = db::write(&mut db, "invoice issue", |tx| {
        let documents = batch::issue_batch(tx, &batch, &company.currency, lang)?;
        if let (false, Some(first)) = (args.delivery.is_empty(), documents.first()) {
            crate::invoice::delivery::mark_billed(tx, &args.delivery, &first.number)?;
        }
        let numbers: Vec<&str> = documents.iter().map(|d| d.number.as_str()).collect();
        let done = if batch.draft_only {
            "saved drafts"
        } else {
            "issued"
        };
        let summary = format!("{done} {}", numbers.join(", "));
        Ok((documents, summary))
    })?;
    if args.draft {
        let rows: Vec<IssuedRow> = documents
            .into_iter()
            .map(|d| (d.number, d.customer, d.date, d.due_date, d.total, None))
            .collect();
        ctx.ui.info(format!("saved {}", rows.len()));
        return ctx.print(&issued_report(&rows, &company), lang);
    }
    write_issued(ctx, &company, lang, &args.pdf, documents)
}

/// Writes the PDFs of issued documents (unless --no-pdf: the archive has its copy either way)
/// and prints what was issued.
pub fn write_issued(
    ctx: &Ctx,
    company: &Company,
    lang: crate::kernel::output::Lang,
    pdf: &PdfOutput,
    documents: Vec<crate::invoice::batch::BatchDocument>,
) -> Result<()> {
    let dir = pdf_dir(ctx, pdf);
    let mut issued: Vec<IssuedRow> = Vec::new();
    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    for d in documents {
        let path = match d.pdf.filter(|_| !pdf.no_pdf) {
            Some(bytes) => {
                let path = dir.join(format!("{}.pdf", d.number));
                files.push((path.clone(), bytes));
                Some(path)
            }
            None => None,
        };
        issued.push((d.number, d.customer, d.date, d.due_date, d.total, path));
    }
    crate::kernel::files::write_many(&files, crate::kernel::files::Existing::Replace)
        .with_context(|| {
            format!(
                "{} issued, but the PDFs could not all be written (the archive keeps each); \
                 run `bko invoice pdf NUMBER` for the missing ones",
                issued.len()
            )
        })?;
    ctx.ui.info(format!("issued {}", issued.len()));
    ctx.print(&issued_report(&issued, company), lang)
}

/// What `invoice issue` was asked to create: the rows of a billing file, or one document from
/// the flags (asked for on a terminal when missing), or nothing when issuing a saved draft.
fn document_inputs(
    ctx: &Ctx,
    conn: &rusqlite::Connection,
    company: &Company,
    args: &mut IssueArgs,
) -> Result<Vec<(String, DocumentInput)>> {
    let today = today()?;
    if let Some(file) = &args.from_csv {
        let lookup = |code: &str| ops::item_by_code(conn, code).ok().flatten();
        let rows = import::read_billing(file, args.encoding, today, &lookup)?;
        return Ok(rows
            .into_iter()
            .map(|b| {
                let place = format!("{}:{}: invoice '{}'", file.display(), b.line, b.key);
                (place, b.input)
            })
            .collect());
    }
    if args.draft_id.is_some() {
        return Ok(Vec::new());
    }
    if !args.delivery.is_empty() {
        return billing_delivery_notes(conn, args, today);
    }
    let like_lines = fill_in_like(conn, args)?;
    let missing = args.customer.is_none()
        || (args.line.is_empty() && args.item.is_empty() && like_lines.is_empty());
    if (missing || args.like.is_some()) && ctx.ui.can_prompt() {
        return guided_input(ctx, conn, company, args, like_lines);
    }
    let Some(customer) = args.customer.clone() else {
        return Err(usage(
            "give --customer CODE (no terminal to ask on, or --yes)",
        ));
    };
    let mut lines = lines_from_args(conn, &args.line, &args.item)?;
    if lines.is_empty() {
        lines = like_lines;
    }
    if lines.is_empty() {
        return Err(usage(
            "give at least one --line NAME;QTY;UNIT_PRICE;RATE or --item CODE:QTY",
        ));
    }
    Ok(vec![(
        String::new(),
        DocumentInput {
            customer,
            date: args.date.unwrap_or(today),
            due_date: args.due,
            subject: args.subject.clone(),
            note: args.note.clone(),
            lines,
            pricing: args.pricing.as_deref().map(TaxPricing::parse).transpose()?,
            not_qualified: args.not_qualified,
        },
    )])
}

/// Keeps a copy of each PDF in the document archive (for repairs of documents issued by an older
/// bko that archived after the issue; the PDF is derived from the stored invoice).
fn archive_pdfs<'a>(
    db: &mut crate::kernel::db::Db,
    docs: impl Iterator<Item = (&'a Invoice, &'a Vec<u8>)>,
) -> Result<()> {
    let docs: Vec<_> = docs.collect();
    if docs.is_empty() {
        return Ok(());
    }
    db::write(db, "docs add (issued)", |tx| {
        for (inv, bytes) in &docs {
            crate::docs::archive::archive_issued(tx, &issue::issued_document(inv), bytes)?;
        }
        Ok(((), format!("archived {} issued PDFs", docs.len())))
    })
    .context("the documents were issued and their PDFs written, but archiving them failed")
}

fn usage(message: &str) -> anyhow::Error {
    Exit::usage(message)
}

/// With --like: the earlier invoice's customer, subject, note and pricing where the flags give
/// none; returns its lines.
fn fill_in_like(conn: &rusqlite::Connection, args: &mut IssueArgs) -> Result<Vec<LineInput>> {
    let Some(number) = &args.like else {
        return Ok(Vec::new());
    };
    let (customer, subject, note, lines, pricing) = ops::like(conn, number, args.next_month)?;
    args.customer.get_or_insert(customer);
    args.subject = args.subject.take().or(subject);
    args.note = args.note.take().or(note);
    args.pricing.get_or_insert(pricing.key().to_string());
    Ok(lines)
}

/// The invoice billing the delivery notes named with --delivery.
fn billing_delivery_notes(
    conn: &rusqlite::Connection,
    args: &IssueArgs,
    today: NaiveDate,
) -> Result<Vec<(String, DocumentInput)>> {
    let date = args.date.unwrap_or(today);
    let mut input =
        crate::invoice::delivery::invoice_of(conn, &args.delivery, date, args.subject.clone())?;
    input.due_date = args.due;
    input.note = args.note.clone();
    Ok(vec![(String::new(), input)])
}

/// The guided form at a terminal, starting from what the flags (or `--like`) gave; a draft
/// saved from it makes the batch a draft.
fn guided_input(
    ctx: &Ctx,
    conn: &rusqlite::Connection,
    company: &Company,
    args: &mut IssueArgs,
    like_lines: Vec<LineInput>,
) -> Result<Vec<(String, DocumentInput)>> {
    let mut lines = lines_from_args(conn, &args.line, &args.item)?;
    if lines.is_empty() {
        lines = like_lines;
    }
    let start = DocumentInput {
        customer: args.customer.clone().unwrap_or_default(),
        date: args.date.map_or_else(today, Ok)?,
        due_date: args.due,
        subject: args.subject.clone(),
        note: args.note.clone(),
        lines,
        pricing: args.pricing.as_deref().map(TaxPricing::parse).transpose()?,
        not_qualified: args.not_qualified,
    };
    let form = super::guided::Form {
        ui: &ctx.ui,
        conn,
        company,
        lang: ctx.lang(company),
        pdf_dir: pdf_dir(ctx, &args.pdf),
    };
    let known = args.like.is_some() || (args.subject.is_some() && args.date.is_some());
    let (input, choice) = super::guided::ask(&form, start, known)?;
    args.draft = choice == super::guided::Choice::Draft;
    Ok(vec![(String::new(), input)])
}

/// Records a payment.
pub fn pay(ctx: &Ctx, args: PayArgs) -> Result<()> {
    let OpenBooks {
        mut db,
        company,
        lang,
    } = ctx.books::<Company>()?;
    let currency = company.currency;
    let amount = currency.to_minor(parse_amount(&args.amount)?)?;
    let fee = match &args.fee {
        Some(f) => currency.to_minor(parse_amount(f)?)?,
        None => 0,
    };
    let date = match args.date {
        Some(d) => d,
        None => today()?,
    };
    let outcome = db::write(&mut db, "invoice pay", |tx| {
        let books = issue::Books::load(tx)?;
        let o = issue::pay(
            tx,
            &books,
            &args.number,
            date,
            amount,
            fee,
            args.account.as_deref(),
        )?;
        Ok((
            o,
            format!(
                "payment {} on {} {} (fee {})",
                args.number,
                date,
                currency.plain(amount),
                currency.plain(fee)
            ),
        ))
    })?;
    ctx.ui.info(format!(
        "recorded payment of {} on {} (entry {})",
        currency.display(amount),
        args.number,
        outcome.entry_id
    ));
    if outcome.overpaid > 0 {
        ctx.ui.warn(format!(
            "{} more than was open was received; it is kept as 前受金 (advance)",
            currency.display(outcome.overpaid)
        ));
    }
    let r = crate::invoice::report::payment(&args.number, date, amount, fee, &outcome, currency);
    ctx.print(&r, lang)
}

/// Voids an invoice.
pub fn void(ctx: &Ctx, args: VoidArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let date = match args.date {
        Some(d) => d,
        None => today()?,
    };
    let entry = db::write(&mut db, "invoice void", |tx| {
        let books = issue::Books::load(tx)?;
        let e = issue::void(tx, &books, &args.number, date, args.reason.as_deref())?;
        Ok((
            e,
            format!(
                "voided {} on {date}: {}",
                args.number,
                args.reason.clone().unwrap_or_default()
            ),
        ))
    })?;
    ctx.ui
        .info(format!("voided {} (reversing entry {entry})", args.number));
    Ok(())
}

/// Issues a credit note.
pub fn credit(ctx: &Ctx, args: CreditArgs) -> Result<()> {
    let OpenBooks {
        mut db,
        company,
        lang,
    } = ctx.books::<Company>()?;
    let date = match args.date {
        Some(d) => d,
        None => today()?,
    };
    let lines = args
        .line
        .iter()
        .map(|s| parse_line_spec(s))
        .collect::<Result<Vec<_>>>()?;
    let with_pdf = !args.pdf.no_pdf;
    let (row, pdf) = db::write(&mut db, "invoice credit", |tx| {
        let books = issue::Books::load(tx)?;
        let number = issue::credit(
            tx,
            &books,
            &args.number,
            date,
            lines.clone(),
            args.reason.as_deref(),
        )?;
        let inv = crate::invoice::invoice_by_number(tx, &number)?.expect("just issued");
        let customer = ops::customer_by_id(tx, inv.customer_id)?;
        // Rendered and archived in the issuing transaction, as invoices are.
        let bytes = issue::render_document(tx, &company, &number, lang)?;
        crate::docs::archive::archive_issued(tx, &issue::issued_document(&inv), &bytes)?;
        let pdf = with_pdf.then_some(bytes);
        let summary = format!(
            "credit note {number} for {} ({})",
            args.number,
            company.currency.plain(inv.total)
        );
        Ok((
            (
                (number, customer.code, inv.date, None, inv.total, None),
                pdf,
            ),
            summary,
        ))
    })?;
    let mut row = row;
    if let Some(bytes) = pdf {
        let path = pdf_dir(ctx, &args.pdf).join(format!("{}.pdf", row.0));
        crate::kernel::pdf::write_atomically(&path, &bytes)?;
        row.5 = Some(path);
    }
    ctx.ui
        .info(format!("issued credit note {} for {}", row.0, args.number));
    ctx.print(&issued_report(&[row], &company), lang)
}

/// A document found incomplete by `pdf --missing`.
struct Repair {
    invoice: Invoice,
    bytes: Vec<u8>,
    archive: bool,
    file: Option<PathBuf>,
}

/// `invoice pdf --missing`: every issued document without its archived copy is rendered again
/// (from the stored invoice, so the same document) and archived; every one without its file in
/// the PDF folder gets it written. Run after a crash between issuing and archiving; `bko check`
/// and `bko close` point here.
fn repair_missing(ctx: &Ctx) -> Result<()> {
    let mut db = ctx.open()?;
    db.ensure_writable()?;
    let company = Company::load(&db.conn)?;
    let lang = ctx.lang(&company);
    let dir = pdf_dir(
        ctx,
        &PdfOutput {
            pdf_dir: None,
            no_pdf: false,
        },
    );
    let archived = crate::docs::linked_invoices(&db.conn)?;
    let mut repairs = Vec::new();
    for number in crate::invoice::issued_numbers(&db.conn)? {
        let path = dir.join(format!("{number}.pdf"));
        let archive = !archived.contains(&number);
        let file = (!path.exists()).then_some(path);
        if !archive && file.is_none() {
            continue;
        }
        let bytes = issue::render_document(&db.conn, &company, &number, lang)?;
        let invoice = crate::invoice::invoice_by_number(&db.conn, &number)?
            .with_context(|| format!("{number} disappeared while being repaired"))?;
        repairs.push(Repair {
            invoice,
            bytes,
            archive,
            file,
        });
    }
    let to_archive = repairs.iter().filter(|r| r.archive);
    archive_pdfs(&mut db, to_archive.map(|r| (&r.invoice, &r.bytes)))?;
    let mut written = 0;
    for r in &repairs {
        if let Some(path) = &r.file {
            files::write_file(path, &r.bytes, Existing::Refuse)?;
            written += 1;
        }
    }
    let archived = repairs.iter().filter(|r| r.archive).count();
    ctx.ui.info(format!(
        "archived {archived} and wrote {written} missing PDFs{}",
        if repairs.is_empty() {
            " (nothing was missing)"
        } else {
            ""
        }
    ));
    Ok(())
}

/// Re-renders a PDF.
pub fn pdf(ctx: &Ctx, args: PdfArgs) -> Result<()> {
    if args.missing {
        return repair_missing(ctx);
    }
    let number = args.number.clone().unwrap_or_default();
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let bytes = issue::render_document(&db.conn, &company, &number, lang)?;
    let existing = match &args.output {
        Some(_) => Existing::from_force(args.force),
        None => Existing::Replace,
    };
    let path = args.output.unwrap_or_else(|| {
        pdf_dir(
            ctx,
            &PdfOutput {
                pdf_dir: None,
                no_pdf: false,
            },
        )
        .join(format!("{number}.pdf"))
    });
    files::write_file(&path, &bytes, existing)?;
    ctx.ui.info(format!("wrote {}", path.display()));
    Ok(())
}
