//! The command context every command handler gets: where the database is, the output format and
//! language asked for, and how to talk to the person (the global flags, parsed by the top-level
//! `cli`). Knows no business area: the company's locale comes in through [`Locale`]. Must not
//! print except through `output` and `ui`.

use std::path::PathBuf;

use anyhow::Result;
use rusqlite::Connection;

use crate::kernel::db::{self, Db};
use crate::kernel::output::{self, Format, Lang, Report};
use crate::kernel::ui::Ui;

/// Something that carries a default language (the company profile does).
pub trait Locale {
    /// The language reports use unless `--lang` says otherwise.
    fn locale(&self) -> Lang;
}

/// The profile of whoever keeps the books (the company), as the kernel sees it: loadable from the
/// database and carrying a default language.
pub trait Profile: Locale + Sized {
    /// Reads the profile from an open database.
    fn load(conn: &Connection) -> Result<Self>;
}

/// The books opened for one command: the database (migrated), the profile and the language the
/// command speaks — what almost every handler starts with.
pub struct OpenBooks<P> {
    /// The database.
    pub db: Db,
    /// The company profile.
    pub company: P,
    /// `--lang`, else the company's language.
    pub lang: Lang,
}

/// What every command gets: where the database is and how to talk.
pub struct Ctx {
    /// Database path.
    pub db_path: PathBuf,
    /// Whether the path was given (flag or BKO_DB) rather than defaulted.
    pub db_explicit: bool,
    /// Output format.
    pub format: Format,
    /// Language chosen on the command line, if any.
    pub lang: Option<Lang>,
    /// Prompts and messages.
    pub ui: Ui,
}

impl Ctx {
    /// Opens the database (migrating it if older).
    pub fn open(&self) -> Result<Db> {
        db::open(&self.db_path)
    }

    /// Opens the database and reads the profile and language: `ctx.books::<Company>()`.
    pub fn books<P: Profile>(&self) -> Result<OpenBooks<P>> {
        let db = self.open()?;
        let company = P::load(&db.conn)?;
        let lang = self.lang(&company);
        Ok(OpenBooks { db, company, lang })
    }

    /// The language: the flag, else the default of `owner` (the company's locale).
    pub fn lang(&self, owner: &impl Locale) -> Lang {
        self.lang.unwrap_or(owner.locale())
    }

    /// Prints a report in the chosen format.
    pub fn print(&self, report: &Report, lang: Lang) -> Result<()> {
        output::print_report(report, self.format, lang)
    }
}
