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
/// Exit code: an internal bug (Rust's own panic code).
pub const EXIT_BUG: i32 = 101;

/// An error that carries its own exit code; attach it with `anyhow::Error::new`.
#[derive(Debug)]
pub struct Exit {
    /// The process exit code.
    pub code: i32,
    /// The message shown on stderr.
    pub message: String,
}

impl Exit {
    /// A database newer than this binary (exit 3).
    pub fn db_too_new(message: impl Into<String>) -> anyhow::Error {
        anyhow::Error::new(Exit {
            code: EXIT_DB_TOO_NEW,
            message: message.into(),
        })
    }

    /// A check that found problems (exit 4). The findings were already written to stdout.
    pub fn check_failed(message: impl Into<String>) -> anyhow::Error {
        anyhow::Error::new(Exit {
            code: EXIT_CHECK_FAILED,
            message: message.into(),
        })
    }

    /// An internal inconsistency that is bko's fault, not the user's (exit 101).
    pub fn bug(message: impl Into<String>) -> anyhow::Error {
        anyhow::Error::new(Exit {
            code: EXIT_BUG,
            message: message.into(),
        })
    }
}

impl fmt::Display for Exit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Exit {}

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
/// success because the reader simply stopped reading, everything else is a user error.
pub fn exit_code(err: &anyhow::Error) -> i32 {
    for cause in err.chain() {
        if let Some(exit) = cause.downcast_ref::<Exit>() {
            return exit.code;
        }
        if let Some(io) = cause.downcast_ref::<std::io::Error>()
            && io.kind() == std::io::ErrorKind::BrokenPipe
        {
            return EXIT_OK;
        }
    }
    EXIT_USER
}

/// The exit codes as shown by `bko help exit-codes` and docs/exit-codes.md.
pub const EXIT_CODES_HELP: &str = "\
bko exit codes

  0    success (also when the reader of stdout stops early: a broken pipe is not an error)
  1    user or data error: bad input, unknown account, unbalanced entry, locked period,
       duplicate import, missing database, a read-only database, a busy database after
       the wait, an existing file without --force; nothing was changed
  2    usage error: unknown command or flag, missing or malformed argument (a date, a
       month, an amount beyond its limit, an argument over 4,096 bytes)
  3    the database was written by a newer bko; it was left untouched
  4    a check found problems (bko check, bko close, bko attendance check, a balance
       sheet that does not balance); the findings are on stdout
  101  internal bug: please report it with the command that caused it

Messages go to stderr, data to stdout. Every write command is one transaction:
on any non-zero exit the database is as it was before the command. An import of a
file with a header and no rows exits 0 and says it imported nothing.
";
