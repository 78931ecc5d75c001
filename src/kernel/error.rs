//! Error kinds that decide bko's exit code. Everything the user can fix is exit 1; the other codes
//! are reserved for the cases scripts need to tell apart. Must not print anything.

use std::fmt;

/// Exit code: success.
pub const EXIT_OK: i32 = 0;
/// Exit code: a user or data error (bad input, unknown account, locked period, ...).
pub const EXIT_USER: i32 = 1;
/// Exit code: command-line usage error (clap uses it too).
pub const EXIT_USAGE: i32 = 2;
/// Exit code: the database was written by a newer bko.
pub const EXIT_DB_TOO_NEW: i32 = 3;
/// Exit code: a check found problems (`bko check`, an unbalanced balance sheet, ...).
pub const EXIT_CHECK_FAILED: i32 = 4;
/// Exit code: the system failed bko, not the input: the database is busy, read-only, locked,
/// corrupt or on a full disk, or a file could not be read or written for a reason other than a
/// wrong name. Running again later (or elsewhere) may succeed with the same input.
pub const EXIT_SYSTEM: i32 = 5;
/// Exit code: an internal bug (Rust's own panic code).
pub const EXIT_BUG: i32 = 101;

/// An error that carries its own exit code; attach it with `anyhow::Error::new`.
#[derive(Debug)]
pub struct Exit {
    /// The process exit code.
    pub code: i32,
    /// The message shown on stderr.
    pub message: String,
    /// What to do about it, rendered like [`Hinted`]'s.
    pub hint: Option<String>,
}

impl Exit {
    /// The error carrying `code`.
    fn error(code: i32, message: impl Into<String>, hint: Option<String>) -> anyhow::Error {
        anyhow::Error::new(Exit {
            code,
            message: message.into(),
            hint,
        })
    }

    /// A database newer than this binary (exit 3).
    pub fn db_too_new(message: impl Into<String>) -> anyhow::Error {
        Exit::error(EXIT_DB_TOO_NEW, message, None)
    }

    /// A check that found problems (exit 4). The findings were already written to stdout.
    pub fn check_failed(message: impl Into<String>) -> anyhow::Error {
        Exit::error(EXIT_CHECK_FAILED, message, None)
    }

    /// A usage error found after parsing (exit 2), e.g. a value that only a terminal could ask for.
    pub fn usage(message: impl Into<String>) -> anyhow::Error {
        Exit::error(EXIT_USAGE, message, None)
    }

    /// The database or file system failed (exit 5); the message says what and what to do.
    pub fn system(message: impl Into<String>) -> anyhow::Error {
        Exit::error(EXIT_SYSTEM, message, None)
    }

    /// Like [`Exit::system`], with a hint.
    pub fn system_hinted(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
        Exit::error(EXIT_SYSTEM, message, Some(hint.into()))
    }

    /// Like [`Exit::db_too_new`], with a hint.
    pub fn db_too_new_hinted(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
        Exit::error(EXIT_DB_TOO_NEW, message, Some(hint.into()))
    }

    /// An internal inconsistency that is bko's fault, not the user's (exit 101).
    pub fn bug(message: impl Into<String>) -> anyhow::Error {
        Exit::error(EXIT_BUG, message, None)
    }
}

impl fmt::Display for Exit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Exit {}

/// An error with what the user can do about it. The hint is a field, not part of the message, so
/// it is always rendered last and the same way (`hint: ...` after the error and its causes),
/// whatever context was added on top.
#[derive(Debug)]
pub struct Hinted {
    /// What went wrong.
    pub message: String,
    /// What to do about it (a command to run, a flag to add).
    pub hint: String,
}

impl fmt::Display for Hinted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Hinted {}

/// An error with a hint: `return Err(hinted(format!("unknown customer '{c}'"), "`bko invoice
/// customers list` shows them"))`.
pub fn hinted(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Hinted {
        message: message.into(),
        hint: hint.into(),
    })
}

/// The hints anywhere in an error's chain, outermost first.
pub fn hints(err: &anyhow::Error) -> Vec<&str> {
    err.chain()
        .filter_map(|cause| {
            cause
                .downcast_ref::<Hinted>()
                .map(|h| h.hint.as_str())
                .or_else(|| cause.downcast_ref::<Exit>().and_then(|e| e.hint.as_deref()))
        })
        .collect()
}

/// Puts `prefix: ` before an error's whole text (its causes joined), keeping what a script and
/// the person need from it: the hints and an explicit exit code. For re-labelling an error
/// with where it happened (`--cost`, `FILE:LINE`, an employee code).
pub fn prefixed(prefix: impl fmt::Display, err: anyhow::Error) -> anyhow::Error {
    let message = format!("{prefix}: {err:#}");
    let hint = Some(hints(&err).join("\n")).filter(|h| !h.is_empty());
    let code = err
        .chain()
        .find_map(|c| c.downcast_ref::<Exit>().map(|e| e.code));
    match (code, hint) {
        (Some(code), hint) => Exit::error(code, message, hint),
        (None, Some(hint)) => hinted(message, hint),
        (None, None) => anyhow::Error::msg(message),
    }
}

/// The error, its causes and its hints as one text (`error: cause` then `hint: ...` lines), for
/// messages that are not printed by `ui` (tests, a report's notes).
pub fn describe(err: &anyhow::Error) -> String {
    let mut text = format!("{err:#}");
    for hint in hints(err) {
        text.push_str("\nhint: ");
        text.push_str(hint);
    }
    text
}

/// A bad value of one named field (a CSV column, a setting), so an importer can point at the
/// right column whatever function found it.
#[derive(Debug)]
pub struct FieldError {
    /// The field (CSV column) name.
    pub field: &'static str,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for FieldError {}

impl FieldError {
    /// Tags an error with the field it is about: `.map_err(FieldError::tag("bank_name"))`.
    pub fn tag(field: &'static str) -> impl Fn(anyhow::Error) -> anyhow::Error {
        move |e| {
            anyhow::Error::new(FieldError {
                field,
                message: format!("{e:#}"),
            })
        }
    }
}

/// The exit code for an error: an explicit [`Exit`] wins, a closed stdout (broken pipe) is
/// success because the reader simply stopped reading, a failing database or file system is
/// [`EXIT_SYSTEM`], everything else is a user error.
pub fn exit_code(err: &anyhow::Error) -> i32 {
    for cause in err.chain() {
        if let Some(exit) = cause.downcast_ref::<Exit>() {
            return exit.code;
        }
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            return io_exit_code(io.kind());
        }
        if let Some(sql) = cause.downcast_ref::<rusqlite::Error>()
            && let Some(code) = sql.sqlite_error_code()
        {
            return sqlite_exit_code(code);
        }
    }
    EXIT_USER
}

/// A file that is not there, or holds the wrong thing, is the user's to fix; a file that cannot
/// be read or written (permissions, full disk, device error) is the system's.
fn io_exit_code(kind: std::io::ErrorKind) -> i32 {
    use std::io::ErrorKind::*;
    match kind {
        BrokenPipe => EXIT_OK,
        NotFound | InvalidData | InvalidInput | AlreadyExists | IsADirectory | NotADirectory => {
            EXIT_USER
        }
        _ => EXIT_SYSTEM,
    }
}

/// SQLite's own failures of the file (busy, locked, read-only, I/O, corrupt, full) are the
/// system's; a refused row (a constraint) is bko's or the input's and stays a user error.
fn sqlite_exit_code(code: rusqlite::ErrorCode) -> i32 {
    use rusqlite::ErrorCode::*;
    match code {
        DatabaseBusy
        | DatabaseLocked
        | ReadOnly
        | SystemIoFailure
        | DatabaseCorrupt
        | DiskFull
        | CannotOpen
        | FileLockingProtocolFailed
        | NoLargeFileSupport
        | OutOfMemory
        | PermissionDenied => EXIT_SYSTEM,
        _ => EXIT_USER,
    }
}

/// The exit codes as shown by `bko help exit-codes` and docs/exit-codes.md.
pub const EXIT_CODES_HELP: &str = "\
bko exit codes

  0    success (also when the reader of stdout stops early: a broken pipe is not an error)
  1    user or data error: bad input, unknown account, unbalanced entry, locked period,
       duplicate import, missing database or file, an existing file without --force;
       nothing was changed
  2    usage error: unknown command or flag, missing or malformed argument (a date, a
       month, an amount beyond its limit, an argument over 4,096 bytes)
  3    the database was written by a newer bko; it was left untouched
  4    a check found problems (bko check, bko close, bko attendance check, bko invoice
       validate, a balance sheet that does not balance); the findings are on stdout
  5    the system failed, not the input: the database is read-only, busy after the wait
       (BKO_BUSY_TIMEOUT), corrupt or on a full disk, or a file cannot be read or
       written (permissions, disk); nothing was changed; the same command may work later
  101  internal bug: please report it with the command that caused it

Messages go to stderr, data to stdout. Every write command is one transaction:
on any non-zero exit the database is as it was before the command. An import of a
file with a header and no rows exits 0 and says it imported nothing.
";
