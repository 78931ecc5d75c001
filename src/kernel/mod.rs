//! The shared kernel: what every business area needs and none of them owns.

pub mod audit;
pub mod check;
pub mod clock;
pub mod csv_raw;
pub mod csvio;
pub mod ctx;
pub mod db;
pub mod db_close;
pub mod encoding;
pub mod error;
pub mod files;
pub mod migrate;
pub mod money;
pub mod output;
pub mod pdf;
mod pdf_font;
mod pdf_write;
pub mod period;
pub mod settings;
pub mod sheet;
pub mod text;
pub mod ui;
pub mod xlsx;
