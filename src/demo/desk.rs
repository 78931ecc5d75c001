//! The demo's quote and delivery note: a quote to XYZ for a website job (open, valid to the end
//! of May) and the delivery note of ABC's April invoice — PDFs next to the invoices, archived.
//! Neither touches the books.

use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::invoice::issue::Books;
use crate::invoice::quote::{self, QuoteInput};
use crate::kernel::db;
use crate::kernel::output::Lang;

/// Writes the quote and the delivery note; returns their files.
pub fn quote_and_delivery_note(db: &mut db::Db, pdf_dir: &Path) -> Result<Vec<PathBuf>> {
    let files = db::write(db, "demo quote and delivery note", |tx| {
        let books = Books::load(tx)?;
        let lines = [
            "Webサイト改修;1;300000;10;式",
            "保守サポート (初年度);12;50000;10;月",
        ]
        .iter()
        .map(|l| crate::invoice::parse_line_spec(l))
        .collect::<Result<Vec<_>>>()?;
        let input = QuoteInput {
            customer: "XYZ".into(),
            date: super::april(28),
            valid_until: Some(chrono::NaiveDate::from_ymd_opt(2026, 5, 31).expect("a day")),
            subject: Some("Webサイト改修と保守 御見積".into()),
            note: None,
            lines,
            pricing: None,
        };
        let q = quote::add(tx, &books, &input)?;
        let currency = &books.company.currency;
        let quote_pdf = crate::invoice::pdf::quote_pdf(&q.as_document(), currency, Lang::Ja)?;
        quote::archive(tx, &q, &quote_pdf)?;
        let company = books.company.clone();
        let number = "INV-2026-0001";
        let note = crate::invoice::receipt::delivery_note(tx, number, &company, Lang::Ja, true)?;
        let files = vec![
            (format!("{}.pdf", q.number), quote_pdf),
            (format!("{number}-納品書.pdf"), note),
        ];
        Ok((files, "a quote and a delivery note".to_string()))
    })?;
    files
        .into_iter()
        .map(|(name, bytes)| {
            let path = pdf_dir.join(name);
            crate::kernel::pdf::write_atomically(&path, &bytes)?;
            Ok(path)
        })
        .collect()
}
