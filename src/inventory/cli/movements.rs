//! `bko inventory receive|issue|transfer|adjust` and movement imports.

use anyhow::Result;

use crate::company::Company;
use crate::inventory::Kind;
use crate::inventory::movements::{self, Request};
use crate::kernel::clock::today;
use crate::kernel::csvio::Encoding;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::output::{Cell, Column, Report};

use super::MoveArgs;

pub fn movement(ctx: &Ctx, kind: Kind, a: MoveArgs) -> Result<()> {
    let request = Request {
        item: a.item,
        quantity: a.quantity,
        cost: a.cost,
        from: a.from,
        to: a.to,
        location: a.location,
        date: match a.date {
            Some(d) => d,
            None => today()?,
        },
        reference: a.reference,
        reason: a.reason,
        supplier: a.supplier,
        paid_from: a.paid_from,
    };
    let quantity = movements::check(kind, &request)?.quantity;
    let OpenBooks {
        mut db,
        company,
        lang,
    } = ctx.books::<Company>()?;
    let (id, value) = db::write(&mut db, &format!("inventory {}", kind.key()), |tx| {
        let (id, value) = movements::record_request(tx, &company, kind, &request)?;
        let summary = format!(
            "{} {} {} on {} ({})",
            kind.key(),
            request.item,
            quantity.normalize(),
            request.date,
            company.currency.plain(value)
        );
        Ok(((id, value), summary))
    })?;
    ctx.ui.info(format!(
        "recorded movement {id} ({} {})",
        kind.key(),
        company.currency.display(value)
    ));
    let mut r = Report::new(
        "movement",
        company.currency,
        vec![
            Column::new("movement_id", "番号", "Id"),
            Column::new("kind", "区分", "Kind"),
            Column::new("date", "日付", "Date"),
            Column::new("quantity", "数量", "Quantity"),
            Column::new("value", "金額", "Value"),
        ],
    );
    r.rows.push(vec![
        Cell::Int(id),
        Cell::text(kind.key()),
        Cell::Date(request.date),
        Cell::text(quantity.normalize().to_string()),
        Cell::Money(value),
    ]);
    ctx.print(&r, lang)
}

/// `inventory import`: movements from CSV, in bulk.
pub fn import_movements(ctx: &Ctx, file: &std::path::Path, encoding: Encoding) -> Result<()> {
    let OpenBooks {
        mut db, company, ..
    } = ctx.books::<Company>()?;
    db::set_up_for_batched_import(&db.conn)?;
    let n = db::write_bulk(&mut db, "inventory import", |tx| {
        let n = crate::inventory::import::import_movements(tx, &company, file, encoding)?;
        Ok((n, format!("imported {n} movements from {}", file.display())))
    })?;
    ctx.ui
        .info(format!("imported {n} movements from {}", file.display()));
    Ok(())
}
