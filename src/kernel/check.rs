//! The outcome of a check, shared by `bko check`, `bko close` and every checklist: ok, worth a
//! look, or failed (exit 4). Must not print.

/// The outcome of one check item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Passed.
    Ok,
    /// Worth a look; does not fail the check.
    Warn,
    /// Fails the check (exit 4; a close stops).
    Fail,
}

impl Status {
    /// The printed key.
    pub fn key(&self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Warn => "warn",
            Status::Fail => "fail",
        }
    }
}
