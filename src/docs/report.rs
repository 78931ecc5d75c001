//! Document reports as values: search results, one document, its history, retention and
//! expiring contracts.

use chrono::NaiveDate;

use super::DocRow;
use crate::kernel::money::Currency;
use crate::kernel::output::{Cell, Column, Report};

fn doc_columns() -> Vec<Column> {
    vec![
        Column::new("id", "ID", "Id"),
        Column::new("version", "版", "Ver"),
        Column::new("status", "状態", "Status"),
        Column::new("type", "種類", "Type"),
        Column::new("date", "取引日", "Date"),
        Column::new("amount", "金額", "Amount"),
        Column::new("counterparty", "取引先", "Counterparty"),
        Column::new("title", "件名", "Title"),
        Column::new("tags", "タグ", "Tags"),
        Column::new("link", "リンク", "Link"),
        Column::new("file_name", "ファイル", "File"),
        Column::new("size", "サイズ", "Size"),
        Column::machine("media_type"),
        Column::machine("sha256"),
        Column::machine("received_at"),
    ]
}

fn doc_cells(d: &DocRow) -> Vec<Cell> {
    vec![
        Cell::Int(d.id),
        Cell::Int(d.version),
        Cell::text(d.status.key()),
        Cell::text(&d.doc_type),
        Cell::Date(d.date),
        d.amount.map_or(Cell::Empty, Cell::Money),
        Cell::text(&d.counterparty),
        Cell::opt_text(d.title.clone()),
        Cell::text(&d.tags),
        Cell::opt_text(d.link.clone()),
        Cell::text(&d.file_name),
        d.size.map_or(Cell::Empty, Cell::Int),
        Cell::opt_text(d.media_type.clone()),
        Cell::opt_text(d.sha256.clone()),
        Cell::text(&d.received_at),
    ]
}

/// A list of documents (search results).
pub fn documents(rows: &[DocRow], currency: Currency) -> Report {
    let mut r = Report::new("documents", currency, doc_columns());
    r.rows.extend(rows.iter().map(doc_cells));
    r
}

/// Every version of a document and every event.
pub fn history(versions: &[DocRow], events: &[super::store::Event], currency: Currency) -> Report {
    let mut columns = vec![
        Column::machine("row"),
        Column::new("at", "日時", "At"),
        Column::new("action", "操作", "Action"),
        Column::new("actor", "実行者", "By"),
        Column::new("reason", "理由", "Reason"),
    ];
    columns.extend(doc_columns().into_iter().skip(1));
    let mut r = Report::new("document_history", currency, columns);
    for (at, action, version, reason, actor) in events {
        let v = versions.iter().find(|v| Some(v.version) == *version);
        let mut row = vec![
            Cell::text("event"),
            Cell::text(at),
            Cell::text(action),
            Cell::text(actor),
            Cell::opt_text(reason.clone()),
        ];
        match v {
            Some(v) => row.extend(doc_cells(v).into_iter().skip(1)),
            None => row.extend(std::iter::repeat_n(Cell::Empty, doc_columns().len() - 1)),
        }
        r.rows.push(row);
    }
    r
}

/// Documents past their retention (eligible for disposal), with the last day they had to be kept.
pub fn retention(rows: &[(DocRow, NaiveDate)], currency: Currency) -> Report {
    let mut columns = doc_columns();
    columns.insert(5, Column::new("keep_until", "保存期限", "Keep until"));
    let mut r = Report::new("retention", currency, columns);
    for (d, until) in rows {
        let mut cells = doc_cells(d);
        cells.insert(5, Cell::Date(*until));
        r.rows.push(cells);
    }
    r
}

/// Contracts whose end or renewal-notice date falls within the window.
pub fn expiring(rows: &[(DocRow, NaiveDate, &'static str)], currency: Currency) -> Report {
    let mut r = Report::new(
        "expiring_contracts",
        currency,
        vec![
            Column::new("id", "ID", "Id"),
            Column::new("counterparty", "取引先", "Counterparty"),
            Column::new("title", "件名", "Title"),
            Column::new("contract_start", "開始日", "Start"),
            Column::new("contract_end", "終了日", "End"),
            Column::new("notice_date", "更新通知期限", "Notice by"),
            Column::new("due", "期日", "Due"),
            Column::new("what", "内容", "What"),
        ],
    );
    for (d, due, what) in rows {
        r.rows.push(vec![
            Cell::Int(d.id),
            Cell::text(&d.counterparty),
            Cell::opt_text(d.title.clone()),
            d.contract_start.map_or(Cell::Empty, Cell::Date),
            d.contract_end.map_or(Cell::Empty, Cell::Date),
            d.notice_date.map_or(Cell::Empty, Cell::Date),
            Cell::Date(*due),
            Cell::text(*what),
        ]);
    }
    r
}
