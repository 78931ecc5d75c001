//! `bko inventory ...`: items, locations, movements and stock reports.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use rust_decimal::Decimal;

use super::post::{MovementInput, record, valuation_as_of};
use super::store::{self, Item};
use super::{Kind, Method, parse_quantity, report, stocktake, value_movements};
use crate::company::Company;
use crate::kernel::clock::today;
use crate::kernel::ctx::{Ctx, OpenBooks};
use crate::kernel::db;
use crate::kernel::money::parse_amount;
use crate::kernel::output::{Cell, Column, Report};
use crate::kernel::period::parse_date;

/// Inventory commands.
#[derive(Debug, Subcommand)]
pub enum InventoryCommand {
    /// Items: add, list.
    #[command(subcommand)]
    Items(ItemsCommand),
    /// Locations: warehouses, rooms, departments, machines.
    #[command(subcommand)]
    Locations(LocationsCommand),
    /// Receive stock at a unit cost (posts 商品/貯蔵品 + 仮払消費税 / 買掛金).
    Receive(MoveArgs),
    /// Issue stock (goods: 売上原価 / 商品; supplies: 消耗品費 / 貯蔵品) at the valuation cost.
    Issue(MoveArgs),
    /// Move stock between locations (no entry: value stays with the item).
    Transfer(MoveArgs),
    /// Correct the quantity on hand: +QTY found, -QTY lost (posts 棚卸減耗損).
    Adjust(MoveArgs),
    /// Quantity and value on hand per item (or per location).
    Stock {
        /// The date (default: today).
        #[arg(long, value_parser = parse_date)]
        as_of: Option<NaiveDate>,
        /// Quantities per location (value at the item's unit cost).
        #[arg(long)]
        by_location: bool,
        /// Only this location (implies --by-location).
        #[arg(long)]
        location: Option<String>,
    },
    /// An item's movements with running quantity, unit cost and value (商品有高帳).
    Ledger {
        /// SKU.
        item: String,
        /// First date shown.
        #[arg(long, value_parser = parse_date)]
        from: Option<NaiveDate>,
        /// Last date shown.
        #[arg(long, value_parser = parse_date)]
        to: Option<NaiveDate>,
    },
    /// Items at or below their reorder point.
    Reorder,
    /// Import movements from CSV: date,kind,item,quantity,unit_cost,from,to,ref (all or nothing).
    Import {
        /// The CSV file (UTF-8 or CP932).
        file: std::path::PathBuf,
        /// Text encoding.
        #[arg(long, value_enum, default_value_t = crate::kernel::csvio::Encoding::Auto)]
        encoding: crate::kernel::csvio::Encoding,
    },
    /// Stocktake (棚卸): start, set or import counts, see the differences, apply them.
    #[command(subcommand)]
    Count(CountCommand),
    /// Supplies consumed in a period, by where they went or by department.
    Usage {
        /// First date.
        #[arg(long, value_parser = parse_date)]
        from: NaiveDate,
        /// Last date.
        #[arg(long, value_parser = parse_date)]
        to: NaiveDate,
        /// Group by the location it went to, or by department (a department location, or the
        /// department of the employee it was issued to).
        #[arg(long, value_enum, default_value_t = UsageBy::Location)]
        by: UsageBy,
    },
    /// Book the goods stock on a date under periodic bookkeeping (三分法): posts the difference
    /// between the valued stock and the 商品 account against 期末商品棚卸高.
    BookStock {
        /// The date (a month or year end).
        #[arg(long, value_parser = parse_date)]
        as_of: NaiveDate,
    },
}

/// How `usage` groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum UsageBy {
    /// The location, room, machine or employee it went to.
    Location,
    /// The department.
    Department,
}

/// Stocktake commands.
#[derive(Debug, Subcommand)]
pub enum CountCommand {
    /// Freeze the expected quantities (company-wide or at one location).
    Start {
        /// Count one location.
        #[arg(long)]
        location: Option<String>,
        /// The count date (default: today).
        #[arg(long, value_parser = parse_date)]
        as_of: Option<NaiveDate>,
    },
    /// Record a counted quantity.
    Set {
        /// SKU.
        item: String,
        /// Counted quantity.
        #[arg(value_parser = crate::kernel::money::check_quantity_text)]
        counted: String,
    },
    /// Record counted quantities from CSV: sku,location,counted.
    Import {
        /// The CSV file.
        file: std::path::PathBuf,
        /// Text encoding.
        #[arg(long, value_enum, default_value_t = crate::kernel::csvio::Encoding::Auto)]
        encoding: crate::kernel::csvio::Encoding,
    },
    /// Expected against counted, with the value of each difference.
    Diff,
    /// Post the differences (棚卸減耗損) dated on the count date and close the count.
    Apply,
}

/// Item commands.
#[derive(Debug, Subcommand)]
pub enum ItemsCommand {
    /// Add an item.
    Add(Box<ItemArgs>),
    /// List items.
    List,
    /// Show one item with what is on hand.
    Show {
        /// SKU.
        sku: String,
    },
    /// Change one field: name, unit, method, reorder_point, reorder_qty, supplier,
    /// asset_account, expense_account, tax_rate, allow_negative.
    Set {
        /// SKU.
        sku: String,
        /// The field.
        field: String,
        /// The new value ("" clears an optional one).
        value: String,
    },
    /// Add items from CSV: sku,name,unit,category,method,reorder_point,reorder_qty,supplier,tax_rate
    /// (all or nothing).
    Import {
        /// The CSV file.
        file: std::path::PathBuf,
        /// Text encoding.
        #[arg(long, value_enum, default_value_t = crate::kernel::csvio::Encoding::Auto)]
        encoding: crate::kernel::csvio::Encoding,
    },
}

/// An item's fields.
#[derive(Debug, Args)]
pub struct ItemArgs {
    /// SKU.
    pub sku: String,
    /// Name.
    pub name: String,
    /// Unit (個, kg, 箱, ...).
    #[arg(long, default_value = "個")]
    pub unit: String,
    /// goods (商品, for sale) or supplies (備品・消耗品).
    #[arg(long, default_value = "goods", value_parser = ["goods", "supplies"])]
    pub category: String,
    /// moving-average (default) or fifo.
    #[arg(long, default_value = "moving-average")]
    pub method: String,
    /// Reorder when on hand falls to this.
    #[arg(long)]
    pub reorder_point: Option<String>,
    /// How much to reorder.
    #[arg(long)]
    pub reorder_qty: Option<String>,
    /// Default supplier.
    #[arg(long)]
    pub supplier: Option<String>,
    /// Inventory asset account (default: the category's setting).
    #[arg(long)]
    pub asset_account: Option<String>,
    /// Expense / cost-of-sales account (default: the category's setting).
    #[arg(long)]
    pub expense_account: Option<String>,
    /// Purchase tax rate: 10, 8 or 0.
    #[arg(long, default_value = "10")]
    pub tax_rate: String,
    /// Allow negative stock.
    #[arg(long)]
    pub allow_negative: bool,
}

/// Location commands.
#[derive(Debug, Subcommand)]
pub enum LocationsCommand {
    /// Add a location.
    Add {
        /// Code.
        code: String,
        /// Name.
        name: String,
        /// warehouse, room, department, machine, employee, other.
        #[arg(long, default_value = "warehouse", value_parser = ["warehouse", "room", "department", "machine", "employee", "other"])]
        kind: String,
    },
    /// List locations.
    List,
}

/// A movement.
#[derive(Debug, Args)]
pub struct MoveArgs {
    /// SKU.
    pub item: String,
    /// Quantity (fractions allowed; for adjust, +found or -lost).
    #[arg(allow_hyphen_values = true, value_parser = crate::kernel::money::check_quantity_text)]
    pub quantity: String,
    /// Unit cost (receive; optional for found stock).
    #[arg(long, value_parser = crate::kernel::money::check_amount_text)]
    pub cost: Option<String>,
    /// Date (default: today).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// From location.
    #[arg(long)]
    pub from: Option<String>,
    /// To location (receive: where it arrives; issue: who or where uses it — a location or an
    /// employee code, which becomes a location of kind employee on first use).
    #[arg(long)]
    pub to: Option<String>,
    /// Where the stock is: where a receipt or found stock arrives, where an issue or lost stock
    /// is taken from.
    #[arg(long, conflicts_with_all = ["from", "to"])]
    pub location: Option<String>,
    /// Supplier.
    #[arg(long)]
    pub supplier: Option<String>,
    /// Reference (delivery note, order number).
    #[arg(long = "ref")]
    pub reference: Option<String>,
    /// Why (required for adjust).
    #[arg(long)]
    pub reason: Option<String>,
    /// Pay a receipt from this account now instead of owing it (e.g. 普通預金).
    #[arg(long)]
    pub paid_from: Option<String>,
}

/// Runs an inventory command.
pub fn run(ctx: &Ctx, cmd: InventoryCommand) -> Result<()> {
    match cmd {
        InventoryCommand::Items(ItemsCommand::Add(a)) => add_item(ctx, *a),
        InventoryCommand::Items(ItemsCommand::Show { sku }) => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            let it = item(&db.conn, &sku)?;
            let mut r = report::items(std::slice::from_ref(&it), company.currency);
            let (q, value, _) = valuation_as_of(&db.conn, &company, &it, today()?)?;
            r.notes.push(format!(
                "on hand {} {} = {}",
                q.normalize(),
                it.unit,
                company.currency.display(value)
            ));
            ctx.print(&r, lang)
        }
        InventoryCommand::Items(ItemsCommand::Set { sku, field, value }) => {
            set_item(ctx, &sku, &field, &value)
        }
        InventoryCommand::Items(ItemsCommand::Import { file, encoding }) => {
            let mut db = ctx.open()?;
            let n = db::write(&mut db, "inventory items import", |tx| {
                let n = import_items(tx, &file, encoding)?;
                Ok((n, format!("imported {n} items from {}", file.display())))
            })?;
            ctx.ui.info(format!("imported {n} items"));
            Ok(())
        }
        InventoryCommand::Items(ItemsCommand::List) => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            ctx.print(
                &report::items(&store::list_items(&db.conn)?, company.currency),
                lang,
            )
        }
        InventoryCommand::Locations(LocationsCommand::Add { code, name, kind }) => {
            let mut db = ctx.open()?;
            db::write(&mut db, "inventory locations add", |tx| {
                store::insert_location(tx, &code, &name, &kind)?;
                Ok(((), format!("added location {code}")))
            })?;
            ctx.ui.info(format!("added location {code}"));
            Ok(())
        }
        InventoryCommand::Locations(LocationsCommand::List) => {
            let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
            let mut r = Report::new(
                "locations",
                company.currency,
                vec![
                    Column::new("code", "コード", "Code"),
                    Column::new("name", "名称", "Name"),
                    Column::new("kind", "種類", "Kind"),
                ],
            );
            for (_, code, name, kind) in store::list_locations(&db.conn)? {
                r.rows
                    .push(vec![Cell::text(code), Cell::text(name), Cell::text(kind)]);
            }
            ctx.print(&r, lang)
        }
        InventoryCommand::Receive(a) => movement(ctx, Kind::Receive, a),
        InventoryCommand::Issue(a) => movement(ctx, Kind::Issue, a),
        InventoryCommand::Transfer(a) => movement(ctx, Kind::Transfer, a),
        InventoryCommand::Adjust(a) => {
            let negative = a.quantity.trim().starts_with('-');
            movement(
                ctx,
                if negative {
                    Kind::AdjustOut
                } else {
                    Kind::AdjustIn
                },
                a,
            )
        }
        InventoryCommand::Stock {
            as_of,
            by_location,
            location,
        } => stock(ctx, as_of, by_location, location.as_deref()),
        InventoryCommand::Ledger { item, from, to } => item_ledger(ctx, &item, from, to),
        InventoryCommand::Reorder => reorder(ctx),
        InventoryCommand::Usage { from, to, by } => usage(ctx, from, to, by),
        InventoryCommand::BookStock { as_of } => book_stock(ctx, as_of),
        InventoryCommand::Import { file, encoding } => {
            let OpenBooks {
                mut db, company, ..
            } = ctx.books::<Company>()?;
            let n = db::write_bulk(&mut db, "inventory import", |tx| {
                let n = super::import::import_movements(tx, &company, &file, encoding)?;
                Ok((n, format!("imported {n} movements from {}", file.display())))
            })?;
            ctx.ui
                .info(format!("imported {n} movements from {}", file.display()));
            Ok(())
        }
        InventoryCommand::Count(cmd) => count(ctx, cmd),
    }
}

fn opt_quantity(text: Option<&str>) -> Result<Option<Decimal>> {
    text.map(parse_quantity).transpose()
}

fn add_item(ctx: &Ctx, a: ItemArgs) -> Result<()> {
    let item = Item {
        id: 0,
        sku: a.sku.trim().to_string(),
        name: a.name.trim().to_string(),
        unit: a.unit,
        category: a.category,
        method: Method::parse(&a.method)?,
        reorder_point: opt_quantity(a.reorder_point.as_deref())?,
        reorder_qty: opt_quantity(a.reorder_qty.as_deref())?,
        supplier: a.supplier,
        asset_account: a.asset_account,
        expense_account: a.expense_account,
        tax_rate: crate::jp::consumption_tax::parse_rate(&a.tax_rate)?,
        allow_negative: a.allow_negative,
    };
    if item.sku.is_empty() || item.name.is_empty() {
        bail!("an item needs a SKU and a name");
    }
    super::check_item_text(&item)?;
    let mut db = ctx.open()?;
    db::write(&mut db, "inventory items add", |tx| {
        let chart = crate::ledger::Chart::load(tx)?;
        for account in [&item.asset_account, &item.expense_account]
            .into_iter()
            .flatten()
        {
            chart.resolve(account)?;
        }
        store::insert_item(tx, &item)?;
        Ok(((), format!("added item {} {}", item.sku, item.name)))
    })?;
    ctx.ui.info(format!("added item {}", item.sku));
    Ok(())
}

fn item(conn: &rusqlite::Connection, sku: &str) -> Result<Item> {
    match store::item_by_sku(conn, sku)? {
        Some(i) => Ok(i),
        None => Err(crate::kernel::error::hinted(
            format!("unknown item '{sku}'"),
            "`bko inventory items list`",
        )),
    }
}

fn location(conn: &rusqlite::Connection, code: Option<&str>) -> Result<Option<i64>> {
    match code {
        None => Ok(None),
        Some(c) => match store::location_by_code(conn, c)? {
            Some(l) => Ok(Some(l.0)),
            None => Err(crate::kernel::error::hinted(
                format!("unknown location '{c}'"),
                format!("`bko inventory locations add {c} NAME`"),
            )),
        },
    }
}

/// Where an issue goes: a location, or an employee (people) code, which is added as a location
/// of kind employee the first time supplies are issued to them.
fn destination(conn: &rusqlite::Connection, code: Option<&str>) -> Result<Option<i64>> {
    let Some(c) = code else {
        return Ok(None);
    };
    if let Some(l) = store::location_by_code(conn, c)? {
        return Ok(Some(l.0));
    }
    match crate::people::find_by_code(conn, c)? {
        Some(employee) => Ok(Some(store::insert_location(
            conn,
            c,
            &employee.name,
            "employee",
        )?)),
        None => Err(crate::kernel::error::hinted(
            format!("unknown location or employee '{c}'"),
            format!("`bko inventory locations add {c} NAME`"),
        )),
    }
}

fn movement(ctx: &Ctx, kind: Kind, a: MoveArgs) -> Result<()> {
    let adjusting = matches!(kind, Kind::AdjustIn | Kind::AdjustOut);
    let text = if adjusting {
        a.quantity.trim().trim_start_matches(['-', '+'])
    } else {
        a.quantity.trim()
    };
    let quantity = parse_quantity(text)?;
    let cost = match &a.cost {
        Some(c) => {
            let c = parse_amount(c).map_err(|e| crate::kernel::error::prefixed("--cost", e))?;
            if c <= Decimal::ZERO {
                bail!("--cost must be positive");
            }
            Some(c)
        }
        None => None,
    };
    if matches!(kind, Kind::AdjustIn | Kind::AdjustOut)
        && a.reason.as_deref().is_none_or(|r| r.trim().is_empty())
    {
        bail!("an adjustment needs --reason");
    }
    if kind == Kind::Transfer && (a.from.is_none() || a.to.is_none()) {
        bail!("a transfer needs --from and --to");
    }
    let mut a = a;
    if let Some(place) = a.location.take() {
        match kind {
            Kind::Receive | Kind::AdjustIn => a.to = Some(place),
            _ => a.from = Some(place),
        }
    }
    let date = match a.date {
        Some(d) => d,
        None => today()?,
    };
    let OpenBooks {
        mut db,
        company,
        lang,
    } = ctx.books::<Company>()?;
    let (id, value) = db::write(&mut db, &format!("inventory {}", kind.key()), |tx| {
        let it = item(tx, &a.item)?;
        let (from, to) = (
            location(tx, a.from.as_deref())?,
            destination(tx, a.to.as_deref())?,
        );
        let (from, to) = match kind {
            Kind::Receive | Kind::AdjustIn => (None, to.or(from)),
            Kind::Issue | Kind::AdjustOut
                if a.from.is_none() && matches!(kind, Kind::AdjustOut) =>
            {
                (to, None)
            }
            _ => (from, to),
        };
        let input = MovementInput {
            date,
            kind,
            quantity,
            unit_cost: cost,
            from,
            to,
            to_label: a.to.as_deref(),
            reference: a.reference.as_deref(),
            reason: a.reason.as_deref(),
            supplier: a.supplier.as_deref().or(it.supplier.as_deref()),
            paid_from: a.paid_from.as_deref(),
            import_hash: None,
        };
        let (id, value) = record(tx, &company, &it, &input)?;
        Ok((
            (id, value),
            format!(
                "{} {} {} on {date} ({})",
                kind.key(),
                it.sku,
                quantity.normalize(),
                company.currency.plain(value)
            ),
        ))
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
        Cell::Date(date),
        Cell::text(quantity.normalize().to_string()),
        Cell::Money(value),
    ]);
    ctx.print(&r, lang)
}

fn stock(ctx: &Ctx, as_of: Option<NaiveDate>, by_location: bool, only: Option<&str>) -> Result<()> {
    let db = ctx.open()?;
    if let Some(code) = only {
        location(&db.conn, Some(code))?;
    }
    let by_location = by_location || only.is_some();
    let company = Company::load(&db.conn)?;
    let as_of = match as_of {
        Some(d) => d,
        None => today()?,
    };
    let items = store::list_items(&db.conn)?;
    let mut rows = Vec::new();
    let per_location = if by_location {
        store::quantities_by_location(&db.conn, as_of)?
    } else {
        Vec::new()
    };
    let valuations = super::post::stock_as_of(&db.conn, &company, &items, as_of)?;
    for (it, &(q, value, cost)) in items.iter().zip(&valuations) {
        if !by_location {
            if !q.is_zero() || value != 0 {
                rows.push((it, None, q, cost, value));
            }
            continue;
        }
        for (_, loc, lq) in per_location.iter().filter(|(i, l, q)| {
            *i == it.id && !q.is_zero() && only.is_none_or(|code| l.as_deref() == Some(code))
        }) {
            // Valuation is per item; a location's share of the value follows its share of the
            // quantity.
            let v = if q.is_zero() {
                0
            } else {
                crate::inventory::round_inventory_value(
                    company.currency.from_minor(value) * *lq / q,
                    &company.currency,
                )?
            };
            rows.push((
                it,
                Some(loc.clone().unwrap_or_else(|| "(none)".into())),
                *lq,
                cost,
                v,
            ));
        }
    }
    ctx.print(&report::stock(&rows, company.currency), ctx.lang(&company))
}

fn item_ledger(ctx: &Ctx, sku: &str, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let it = item(&db.conn, sku)?;
    let valued = value_movements(
        it.method,
        &store::movements(&db.conn, it.id)?,
        true,
        &company.currency,
    )?;
    let shown: Vec<_> = valued
        .into_iter()
        .filter(|v| from.is_none_or(|f| v.date >= f) && to.is_none_or(|t| v.date <= t))
        .collect();
    let rows = store::movement_rows(&db.conn, it.id)?;
    ctx.print(
        &report::item_ledger(&it, &shown, &rows, company.currency),
        lang,
    )
}

fn reorder(ctx: &Ctx) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let today = today()?;
    let items = store::list_items(&db.conn)?;
    let valuations = super::post::stock_as_of(&db.conn, &company, &items, today)?;
    let mut rows = Vec::new();
    for (it, &(q, _, _)) in items.iter().zip(&valuations) {
        let Some(point) = it.reorder_point else {
            continue;
        };
        if q <= point {
            rows.push((it, q));
        }
    }
    ctx.print(&report::reorder(&rows, company.currency), lang)
}

fn usage(ctx: &Ctx, from: NaiveDate, to: NaiveDate, by: UsageBy) -> Result<()> {
    let OpenBooks { db, company, lang } = ctx.books::<Company>()?;
    let items: std::collections::HashMap<i64, Item> = store::list_items(&db.conn)?
        .into_iter()
        .map(|i| (i.id, i))
        .collect();
    let groups = usage_groups(&db.conn, by)?;
    let mut grouped: std::collections::BTreeMap<(String, String), (String, Decimal, i64)> =
        std::collections::BTreeMap::new();
    for (item_id, to_code, q, value) in store::usage(&db.conn, from, to)? {
        let Some(it) = items.get(&item_id) else {
            continue;
        };
        let group = to_code
            .and_then(|code| groups.get(&code).cloned())
            .unwrap_or_else(|| "(unassigned)".into());
        let slot = grouped
            .entry((group, it.sku.clone()))
            .or_insert_with(|| (it.name.clone(), Decimal::ZERO, 0));
        slot.1 += q.parse::<Decimal>()?;
        slot.2 += value;
    }
    let rows: Vec<_> = grouped
        .into_iter()
        .map(|((group, sku), (name, q, value))| (group, sku, name, q, value))
        .collect();
    ctx.print(&report::usage(&rows, company.currency), lang)
}

/// The group each location's usage counts under: its code, or its department — a department
/// location's name, or the department of the employee a location of kind employee stands for.
fn usage_groups(
    conn: &rusqlite::Connection,
    by: UsageBy,
) -> Result<std::collections::HashMap<String, String>> {
    let mut groups = std::collections::HashMap::new();
    for (_, code, name, kind) in store::list_locations(conn)? {
        let group = match (by, kind.as_str()) {
            (UsageBy::Location, _) => code.clone(),
            (UsageBy::Department, "department") => name,
            (UsageBy::Department, "employee") => crate::people::find_by_code(conn, &code)?
                .and_then(|e| e.department)
                .unwrap_or_else(|| "(no department)".into()),
            (UsageBy::Department, _) => "(no department)".into(),
        };
        groups.insert(code, group);
    }
    Ok(groups)
}

fn book_stock(ctx: &Ctx, as_of: NaiveDate) -> Result<()> {
    let OpenBooks {
        mut db,
        company,
        lang,
    } = ctx.books::<Company>()?;
    let (entry, compared) = db::write(&mut db, "inventory book-stock", |tx| {
        let (entry, compared) = super::post::book_stock(tx, &company, as_of)?;
        let summary = match entry {
            Some(id) => format!("booked the goods stock on {as_of} (entry {id})"),
            None => format!("goods stock on {as_of} already in the books"),
        };
        Ok(((entry, compared), summary))
    })?;
    match entry {
        Some(id) => ctx.ui.info(format!("posted entry {id}")),
        None => ctx
            .ui
            .info(format!("the books already hold the goods stock on {as_of}")),
    }
    let chart = crate::ledger::Chart::load(&db.conn)?;
    let rows: Vec<(String, i64, i64)> = compared
        .into_iter()
        .map(|(account, valued, balance)| {
            let name = chart
                .by_id(account)
                .map_or(account.to_string(), |a| format!("{} {}", a.code, a.name));
            (name, valued, balance)
        })
        .collect();
    ctx.print(&report::book_stock(&rows, entry, company.currency), lang)
}

fn count(ctx: &Ctx, cmd: CountCommand) -> Result<()> {
    let OpenBooks {
        mut db,
        company,
        lang,
    } = ctx.books::<Company>()?;
    match cmd {
        CountCommand::Start {
            location: code,
            as_of,
        } => {
            let as_of = match as_of {
                Some(d) => d,
                None => today()?,
            };
            let (id, n) = db::write(&mut db, "inventory count start", |tx| {
                let loc = match &code {
                    Some(c) => match store::location_by_code(tx, c)? {
                        Some(l) => Some((l.0, l.1)),
                        None => bail!("unknown location '{c}'"),
                    },
                    None => None,
                };
                let (id, n) = stocktake::start(tx, &company, loc, as_of)?;
                Ok(((id, n), format!("count {id} started as of {as_of}")))
            })?;
            ctx.ui
                .info(format!("count {id} started as of {as_of} ({n} items)"));
            Ok(())
        }
        CountCommand::Set { item, counted } => {
            let q = crate::kernel::money::parse_quantity(&counted)
                .map_err(|e| crate::kernel::error::prefixed("counted", e))?;
            db::write(&mut db, "inventory count set", |tx| {
                stocktake::set(tx, &item, q)?;
                Ok(((), format!("counted {item}: {q}")))
            })
        }
        CountCommand::Import { file, encoding } => {
            let n = db::write(&mut db, "inventory count import", |tx| {
                let location = match store::open_count(tx)? {
                    Some((id, _)) => store::count_location(tx, id)?,
                    None => None,
                };
                let n = stocktake::import_counts(tx, &file, encoding, location.as_deref())?;
                Ok((n, format!("imported {n} counts from {}", file.display())))
            })?;
            ctx.ui.info(format!("recorded {n} counts"));
            Ok(())
        }
        CountCommand::Diff => {
            let (id, as_of, lines) = stocktake::diff(&db.conn, &company)?;
            let mut r = Report::new(
                "count_diff",
                company.currency,
                vec![
                    Column::new("sku", "SKU", "SKU"),
                    Column::new("name", "品名", "Name"),
                    Column::new("expected", "帳簿数量", "Expected"),
                    Column::new("counted", "実棚数量", "Counted"),
                    Column::new("difference", "差異", "Difference"),
                    Column::new("value", "差異金額", "Value"),
                ],
            );
            let mut total = 0;
            for (item, expected, counted, difference, value) in &lines {
                total += value;
                r.rows.push(vec![
                    Cell::text(&item.sku),
                    Cell::text(&item.name),
                    Cell::text(expected.normalize().to_string()),
                    counted.map_or(Cell::Empty, |c| Cell::text(c.normalize().to_string())),
                    Cell::text(difference.normalize().to_string()),
                    Cell::Money(*value),
                ]);
            }
            r.totals = Some(vec![
                Cell::Empty,
                Cell::text("合計 / Total"),
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                Cell::Money(total),
            ]);
            r.notes.push(format!("count {id} as of {as_of}"));
            ctx.print(&r, lang)
        }
        CountCommand::Apply => {
            let (id, adjusted, uncounted) = db::write(&mut db, "inventory count apply", |tx| {
                let out = stocktake::apply(tx, &company)?;
                Ok((
                    out,
                    format!("applied count {}: {} adjustments", out.0, out.1),
                ))
            })?;
            if uncounted > 0 {
                ctx.ui.warn(format!(
                    "{uncounted} items were not counted and were left as they are"
                ));
            }
            ctx.ui
                .info(format!("count {id} applied: {adjusted} adjustments posted"));
            Ok(())
        }
    }
}

fn set_item(ctx: &Ctx, sku: &str, field: &str, value: &str) -> Result<()> {
    let mut db = ctx.open()?;
    db::write(&mut db, "inventory items set", |tx| {
        let mut it = item(tx, sku)?;
        let opt = |v: &str| Some(v.trim().to_string()).filter(|v| !v.is_empty());
        match field {
            "name" if !value.trim().is_empty() => it.name = value.trim().to_string(),
            "unit" if !value.trim().is_empty() => it.unit = value.trim().to_string(),
            "method" => it.method = Method::parse(value)?,
            "reorder_point" => it.reorder_point = opt_quantity(opt(value).as_deref())?,
            "reorder_qty" => it.reorder_qty = opt_quantity(opt(value).as_deref())?,
            "supplier" => it.supplier = opt(value),
            "asset_account" | "expense_account" => {
                let resolved = match opt(value) {
                    Some(v) => Some(crate::ledger::Chart::load(tx)?.resolve(&v)?.code.clone()),
                    None => None,
                };
                if field == "asset_account" {
                    it.asset_account = resolved
                } else {
                    it.expense_account = resolved
                }
            }
            "tax_rate" => it.tax_rate = crate::jp::consumption_tax::parse_rate(value)?,
            "allow_negative" => it.allow_negative = matches!(value.trim(), "true" | "yes" | "1"),
            _ => bail!(
                "'{field}' cannot be set to '{value}' (fields: name, unit, method, reorder_point, reorder_qty, supplier, asset_account, expense_account, tax_rate, allow_negative)"
            ),
        }
        if field == "method" && !store::movements(tx, it.id)?.is_empty() {
            bail!("the valuation method cannot change once the item has movements");
        }
        store::update_item(tx, &it)?;
        Ok(((), format!("item {sku}: {field} = '{value}'")))
    })?;
    ctx.ui.info(format!("item {sku}: {field} updated"));
    Ok(())
}

const ITEM_COLUMNS: &[crate::kernel::csvio::ColumnSpec] = &[
    crate::kernel::csvio::ColumnSpec {
        name: "sku",
        aliases: &["品番", "商品コード"],
        required: true,
    },
    crate::kernel::csvio::ColumnSpec {
        name: "name",
        aliases: &["品名"],
        required: true,
    },
    crate::kernel::csvio::ColumnSpec {
        name: "unit",
        aliases: &["単位"],
        required: false,
    },
    crate::kernel::csvio::ColumnSpec {
        name: "category",
        aliases: &["区分"],
        required: false,
    },
    crate::kernel::csvio::ColumnSpec {
        name: "method",
        aliases: &["評価方法"],
        required: false,
    },
    crate::kernel::csvio::ColumnSpec {
        name: "reorder_point",
        aliases: &["発注点"],
        required: false,
    },
    crate::kernel::csvio::ColumnSpec {
        name: "reorder_qty",
        aliases: &["発注量"],
        required: false,
    },
    crate::kernel::csvio::ColumnSpec {
        name: "supplier",
        aliases: &["仕入先"],
        required: false,
    },
    crate::kernel::csvio::ColumnSpec {
        name: "tax_rate",
        aliases: &["税率"],
        required: false,
    },
];

fn import_items(
    conn: &rusqlite::Connection,
    path: &std::path::Path,
    encoding: crate::kernel::csvio::Encoding,
) -> Result<usize> {
    let mut input = crate::kernel::csvio::CsvInput::open(path, encoding)?;
    let cols = input.columns(ITEM_COLUMNS)?;
    let mut n = 0;
    while let Some(row) = input.next_row()? {
        let get = |c: &str| row.get(cols.get(c).copied()).to_string();
        let or = |v: String, d: &str| if v.is_empty() { d.to_string() } else { v };
        let category = or(get("category"), "goods");
        if category != "goods" && category != "supplies" {
            return Err(row.error("category", format!("'{category}' is not goods or supplies")));
        }
        let quantity = |c: &str| -> Result<Option<Decimal>> {
            match get(c).as_str() {
                "" => Ok(None),
                t => parse_quantity(t).map(Some).map_err(|e| row.error(c, e)),
            }
        };
        let it = Item {
            id: 0,
            sku: get("sku"),
            name: get("name"),
            unit: or(get("unit"), "個"),
            category,
            method: Method::parse(&or(get("method"), "moving-average"))
                .map_err(|e| row.error("method", e))?,
            reorder_point: quantity("reorder_point")?,
            reorder_qty: quantity("reorder_qty")?,
            supplier: Some(get("supplier")).filter(|s| !s.is_empty()),
            asset_account: None,
            expense_account: None,
            tax_rate: crate::jp::consumption_tax::parse_rate(&or(get("tax_rate"), "10"))
                .map_err(|e| row.error("tax_rate", e))?,
            allow_negative: false,
        };
        if it.sku.is_empty() || it.name.is_empty() {
            return Err(row.error("sku", "an item needs a SKU and a name"));
        }
        super::check_item_text(&it).map_err(|e| row.field_error("sku", e))?;
        store::insert_item(conn, &it).map_err(|e| row.error("sku", e))?;
        n += 1;
    }
    Ok(n)
}
