//! bko: a back office in one binary, on one SQLite file.
//!
//! Layers, from the bottom up:
//! - `kernel`: database, migrations, money, dates, output rendering, CSV, errors, prompts —
//!   shared by every area and knowing none of them.
//! - `jp`: Japanese rules and tables (registration numbers, tax categories).
//! - business areas (`company`, `ledger`, ...): each a folder with `mod.rs` (types and rules),
//!   `store.rs` (SQL), `report.rs` (reports as values) and `cli` (arguments and rendering).
//!   Areas post to the books only through `ledger::post`.
//! - `cli`, `system`, `demo`: the command tree and commands that span areas.
#![deny(clippy::print_stdout, clippy::print_stderr)]
#![warn(missing_docs)]

pub mod attendance;
pub mod bank;
pub mod cli;
pub mod closing;
pub mod company;
pub mod demo;
pub mod docs;
pub mod expenses;
pub mod inventory;
pub mod invoice;
pub mod jp;
pub mod kernel;
pub mod ledger;
pub mod payables;
pub mod payroll;
pub mod people;
pub mod system;
