//! The records of the attendance area that other files and areas share: plain data, no SQL.

use super::Shift;

/// A stored timecard.
#[derive(Debug, Clone, PartialEq)]
pub struct Timecard {
    /// Row id.
    pub id: i64,
    /// The employee's row id.
    pub employee_id: i64,
    /// The shift.
    pub shift: Shift,
    /// A note.
    pub note: Option<String>,
    /// Where it came from: import, punch, edit.
    pub source: String,
}
