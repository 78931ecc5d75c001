//! Japanese rules that several areas share. Pure: no SQL, no terminal.

pub mod consumption_tax;
pub mod municipality;
pub mod payer_name;
pub mod pint;
pub mod pint_read;
pub mod registration_number;
pub mod stamp_duty;
pub mod tax_category;
pub mod width;
pub mod zengin;
pub mod zengin_transfer;
