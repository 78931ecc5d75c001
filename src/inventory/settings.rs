//! The settings of the inventory: its keys, what they mean, their validation and defaults
//! (registered with the kernel's registry; `bko company set` walks it). Only this area reads them.

use anyhow::{Result, bail};
use rusqlite::Connection;

use crate::kernel::settings::{SettingSpec, any_text};

fn goods_bookkeeping(value: &str) -> Result<String> {
    match value.trim() {
        "perpetual" | "継続記録法" => Ok("perpetual".into()),
        "periodic" | "三分法" => Ok("periodic".into()),
        _ => bail!("'{value}' is not a way to book goods (perpetual or periodic)"),
    }
}

/// Every key of this area, in the order `bko company show` lists them.
pub const SETTINGS: &[SettingSpec] = &[
    SettingSpec {
        key: "inventory_goods_account",
        about: "inventory asset for goods (商品)",
        normalize: any_text,
        default: "1200",
    },
    SettingSpec {
        key: "inventory_goods_bookkeeping",
        about: "goods: perpetual (継続記録法: receipts to 商品, issues to 売上原価) or periodic (三分法: receipts to 仕入高, stock booked with `inventory book-stock`)",
        normalize: goods_bookkeeping,
        default: "perpetual",
    },
    SettingSpec {
        key: "inventory_purchases_account",
        about: "goods received under periodic bookkeeping (仕入高)",
        normalize: any_text,
        default: "5110",
    },
    SettingSpec {
        key: "inventory_stock_change_account",
        about: "contra of the goods stock booked under periodic bookkeeping (期末商品棚卸高)",
        normalize: any_text,
        default: "5190",
    },
    SettingSpec {
        key: "inventory_supplies_account",
        about: "inventory asset for supplies (貯蔵品)",
        normalize: any_text,
        default: "1240",
    },
    SettingSpec {
        key: "inventory_cogs_account",
        about: "cost of goods issued (売上原価)",
        normalize: any_text,
        default: "5200",
    },
    SettingSpec {
        key: "inventory_supplies_expense_account",
        about: "supplies consumed (消耗品費)",
        normalize: any_text,
        default: "6270",
    },
    SettingSpec {
        key: "inventory_shrinkage_account",
        about: "stocktake and adjustment differences (棚卸減耗損)",
        normalize: any_text,
        default: "5210",
    },
    SettingSpec {
        key: "inventory_payable_account",
        about: "what receipts are owed on (買掛金)",
        normalize: any_text,
        default: "2110",
    },
    SettingSpec {
        key: "inventory_tax_account",
        about: "consumption tax on purchases (仮払消費税等)",
        normalize: any_text,
        default: "1350",
    },
];

/// A setting of this area, or its default when unset.
pub fn get(conn: &Connection, key: &str) -> Result<String> {
    crate::kernel::settings::value_or_default(conn, SETTINGS, key)
}
