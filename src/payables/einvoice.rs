//! Bills received as JP PINT (Peppol) e-invoices: the XML read and checked by `jp::pint_read`,
//! its seller matched to a supplier by registration number, its lines (net) and its tax per rate
//! (as the seller rounded it) entered as a bill, and the XML archived as the 電子取引 original
//! (電子帳簿保存法: an invoice received electronically is kept in its electronic form).

use std::path::Path;

use anyhow::{Context, Result, bail};
use rusqlite::Connection;

use super::ops::{self, Entered};
use super::types::{BillInput, BillLineInput};
use crate::jp::pint::{Category, Document};
use crate::jp::pint_read;
use crate::kernel::error::hinted;

/// Whether a file holds XML (an e-invoice) rather than CSV: its first non-blank character is `<`.
pub fn looks_like_xml(bytes: &[u8]) -> bool {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    text.iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b'<')
}

/// Reads a JP PINT invoice file: a clear error for XML that is not one, or one whose rules fail.
pub fn read(path: &Path, bytes: &[u8]) -> Result<Document> {
    let name = path.display().to_string();
    let text = std::str::from_utf8(bytes).with_context(|| format!("{name}: not UTF-8 XML"))?;
    let root = pint_read::parse(text).with_context(|| format!("{name}: not an XML file"))?;
    pint_read::read(&root).with_context(|| format!("{name}: not a valid JP PINT invoice"))
}

/// The bill a received invoice stands for, for the supplier with its registration number.
pub fn bill_input(conn: &Connection, doc: &Document) -> Result<BillInput> {
    if doc.credit_note {
        return Err(hinted(
            format!("{} is a credit note", doc.number),
            "a credit received is entered against its bill: void the bill and enter the \
             corrected one",
        ));
    }
    if doc.currency != "JPY" {
        bail!(
            "{} is in {}; bills are entered in JPY",
            doc.number,
            doc.currency
        );
    }
    let registration = doc.seller.registration_number.clone().unwrap_or_default();
    let supplier = ops::suppliers(conn)?
        .into_iter()
        .find(|s| s.registration_number.as_deref() == Some(registration.as_str()))
        .ok_or_else(|| {
            hinted(
                format!(
                    "no supplier has the registration number {registration} ({})",
                    doc.seller.name
                ),
                format!(
                    "add it: `bko payables suppliers add CODE \"{}\" --registration-number \
                     {registration}`",
                    doc.seller.name
                ),
            )
        })?;
    let lines = doc
        .lines
        .iter()
        .map(|l| BillLineInput {
            name: l.name.clone(),
            amount: l.net_amount,
            rate: l.category.rate(l.percent),
            account: None,
        })
        .collect();
    let stated_tax = doc
        .subtotals
        .iter()
        .filter(|s| matches!(s.category, Category::S | Category::AA))
        .map(|s| (s.category.rate(s.percent), s.tax))
        .collect();
    Ok(BillInput {
        supplier: supplier.code,
        number: Some(doc.number.clone()),
        date: doc.issue_date,
        received: None,
        due: doc.due_date,
        tax_included: false,
        stated_tax,
        book_only: false,
        lines,
    })
}

/// Enters a received e-invoice as a bill and archives its XML with it.
pub fn enter(tx: &Connection, path: &Path, bytes: &[u8]) -> Result<Entered> {
    let doc = read(path, bytes)?;
    let input = bill_input(tx, &doc)?;
    let entered = ops::enter_bill(tx, &input)?;
    let file_name = path.file_name().map_or_else(
        || format!("{}.xml", doc.number),
        |n| n.to_string_lossy().into_owned(),
    );
    ops::archive_original(
        tx,
        &entered.bill,
        &file_name,
        bytes,
        "受領請求書 電子取引 JP PINT",
    )?;
    Ok(entered)
}
