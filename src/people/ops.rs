//! The people operations: each takes the transaction and typed input and returns the outcome;
//! the commands in `cli.rs` parse, call one of these (or the public reads in `mod.rs`) and
//! render.

use anyhow::Result;

use super::{Employee, TimecardsAfter, apply_field, check_leave_date, store};

/// Changes one field of an employee, checked as entered; a leave date before recorded
/// timecards is refused. Returns the employee as stored.
pub fn change_field(
    tx: &rusqlite::Connection,
    code: &str,
    field: &str,
    value: &str,
    timecards_after: TimecardsAfter,
) -> Result<Employee> {
    let mut e = store::get(tx, code)?;
    apply_field(&mut e, field, value)?;
    check_leave_date(tx, &e, timecards_after)?;
    store::update(tx, &e)?;
    Ok(e)
}
