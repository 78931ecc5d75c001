//! `bko inventory ...`: items, locations, movements and stock reports.

mod count;
mod items;
mod movements;
mod reports;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::Kind;
use crate::kernel::ctx::Ctx;
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
        InventoryCommand::Items(ItemsCommand::Add(a)) => items::add_item(ctx, *a),
        InventoryCommand::Items(ItemsCommand::Show { sku }) => items::show_item(ctx, &sku),
        InventoryCommand::Items(ItemsCommand::Set { sku, field, value }) => {
            items::set_item(ctx, &sku, &field, &value)
        }
        InventoryCommand::Items(ItemsCommand::Import { file, encoding }) => {
            items::import_items(ctx, &file, encoding)
        }
        InventoryCommand::Items(ItemsCommand::List) => items::list_items(ctx),
        InventoryCommand::Locations(LocationsCommand::Add { code, name, kind }) => {
            items::add_location(ctx, &code, &name, &kind)
        }
        InventoryCommand::Locations(LocationsCommand::List) => items::list_locations(ctx),
        InventoryCommand::Receive(a) => movements::movement(ctx, Kind::Receive, a),
        InventoryCommand::Issue(a) => movements::movement(ctx, Kind::Issue, a),
        InventoryCommand::Transfer(a) => movements::movement(ctx, Kind::Transfer, a),
        InventoryCommand::Adjust(a) => {
            let kind = if a.quantity.trim().starts_with('-') {
                Kind::AdjustOut
            } else {
                Kind::AdjustIn
            };
            movements::movement(ctx, kind, a)
        }
        InventoryCommand::Stock {
            as_of,
            by_location,
            location,
        } => reports::stock(ctx, as_of, by_location, location.as_deref()),
        InventoryCommand::Ledger { item, from, to } => reports::item_ledger(ctx, &item, from, to),
        InventoryCommand::Reorder => reports::reorder(ctx),
        InventoryCommand::Usage { from, to, by } => reports::usage(ctx, from, to, by),
        InventoryCommand::BookStock { as_of } => reports::book_stock(ctx, as_of),
        InventoryCommand::Import { file, encoding } => {
            movements::import_movements(ctx, &file, encoding)
        }
        InventoryCommand::Count(cmd) => count::count(ctx, cmd),
    }
}
