//! Issuing in one go: documents created from inputs (typed, or rows of a billing file), a saved
//! draft, then each issued (numbered, posted), rendered and archived — all in the caller's one
//! transaction, so no issued document ever goes without its kept copy (電子帳簿保存法), even
//! after a crash. Saving drafts only stops before the numbering.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Transaction;

use super::issue::{self, Books, DocumentInput};
use super::store;
use crate::kernel::money::Currency;
use crate::kernel::output::Lang;

/// What to issue.
pub struct Batch<'a> {
    /// Documents to create, each with where it came from (`FILE:LINE: invoice 'KEY'`, or empty).
    pub inputs: &'a [(String, DocumentInput)],
    /// A saved draft to issue as well.
    pub existing_draft: Option<i64>,
    /// Save drafts only: no number, no entry, no PDF.
    pub draft_only: bool,
}

/// One document of the batch as it came out.
pub struct BatchDocument {
    /// Its number (`draft ID` for a draft).
    pub number: String,
    /// The customer code.
    pub customer: String,
    /// Date.
    pub date: NaiveDate,
    /// Due date.
    pub due_date: Option<NaiveDate>,
    /// Total.
    pub total: i64,
    /// The PDF, archived already (None for a draft).
    pub pdf: Option<Vec<u8>>,
}

/// Creates, issues, renders and archives the batch; returns its documents in order.
pub fn issue_batch(
    tx: &Transaction,
    batch: &Batch,
    currency: &Currency,
    lang: Lang,
) -> Result<Vec<BatchDocument>> {
    let books = Books::load(tx)?;
    let mut ids = Vec::new();
    for (place, input) in batch.inputs {
        let id = issue::create_draft(tx, &books, input).map_err(|e| located(place, e))?;
        ids.push((place.as_str(), id));
    }
    if let Some(id) = batch.existing_draft {
        ids.push(("", id));
    }
    let mut documents = Vec::new();
    let mut pdfs = Vec::new();
    for (place, id) in ids {
        let number = if batch.draft_only {
            format!("draft {id}")
        } else {
            issue::issue_draft(tx, &books, id).map_err(|e| located(place, e))?
        };
        let inv = store::invoice_by_id(tx, id)?.expect("just stored");
        if !batch.draft_only {
            pdfs.push(issue::load_for_pdf(tx, &number)?);
        }
        documents.push(BatchDocument {
            number,
            customer: store::customer_by_id(tx, inv.customer_id)?.code,
            date: inv.date,
            due_date: inv.due_date,
            total: inv.total,
            pdf: None,
        });
    }
    let rendered = super::pdf::render_many(&pdfs, currency, lang)?;
    // Indexed with the text the layout drew: reading each PDF back is what made a batch slow.
    let archived: Vec<_> = pdfs
        .iter()
        .zip(&rendered)
        .map(|((inv, _), (bytes, text))| {
            (issue::issued_document(inv), bytes.as_slice(), text.as_str())
        })
        .collect();
    crate::docs::archive::archive_issued_batch(tx, &archived)?;
    for (document, (bytes, _)) in documents.iter_mut().zip(rendered) {
        document.pdf = Some(bytes);
    }
    Ok(documents)
}

/// Names where a failing input came from, keeping its hint.
pub fn located(place: &str, err: anyhow::Error) -> anyhow::Error {
    if place.is_empty() {
        err
    } else {
        crate::kernel::error::prefixed(place, err)
    }
}
