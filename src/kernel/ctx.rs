//! The command context every command handler gets: where the database is, the output format and
//! language asked for, and how to talk to the person (the global flags, parsed by the top-level
//! `cli`). Knows no business area: the company's locale comes in through [`Locale`]. Must not
//! print except through `output` and `ui`.

use std::path::PathBuf;

use anyhow::Result;
use rusqlite::Connection;

use crate::kernel::csvio::Encoding;
use crate::kernel::db::{self, Db};
use crate::kernel::output::{self, CsvEncoding, Destination, Format, Lang, Report};
use crate::kernel::ui::Ui;

/// Something that carries a default language (the company profile does).
pub trait Locale {
    /// The language reports use unless `--lang` says otherwise.
    fn locale(&self) -> Lang;
    /// The encoding CSV output uses unless `--encoding` says otherwise (`None`: UTF-8).
    fn csv_encoding(&self) -> Option<CsvEncoding> {
        None
    }
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
    /// `-o FILE`: where a listing goes instead of stdout (xlsx, or any format).
    pub output: Option<PathBuf>,
    /// `--force`: the `-o` file may be replaced.
    pub force: bool,
    /// `--encoding` given for CSV output (`auto`: the company default, else UTF-8).
    pub encoding: Encoding,
    /// The company's default CSV encoding, noted when the profile is read.
    pub company_csv_encoding: std::cell::Cell<Option<CsvEncoding>>,
    /// Whether the `-o` file was written already (a second report must not replace it).
    pub output_written: std::cell::Cell<bool>,
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
        self.company_csv_encoding.set(owner.csv_encoding());
        self.lang.unwrap_or(owner.locale())
    }

    /// Prints a report in the chosen format (to stdout, or to the `-o` file).
    pub fn print(&self, report: &Report, lang: Lang) -> Result<()> {
        output::print_report(report, self.format, lang, &self.destination()?)
    }

    /// Writes several reports as one Excel workbook, a sheet each (`-o FILE`, or a pipe).
    pub fn print_workbook(
        &self,
        sheets: &[crate::kernel::xlsx::Sheet<'_>],
        lang: Lang,
    ) -> Result<()> {
        let bytes = crate::kernel::xlsx::workbook(sheets, lang)?;
        output::deliver(&bytes, Format::Xlsx, &self.destination()?)
    }

    /// The encoding of CSV output: `--encoding`, else the company's default, else UTF-8.
    pub fn csv_encoding(&self) -> Result<CsvEncoding> {
        match self.encoding {
            Encoding::Auto => Ok(self.company_csv_encoding.get().unwrap_or_default()),
            chosen => chosen.for_output().ok_or_else(|| {
                crate::kernel::error::hinted(
                    "CSV is written as utf-8, utf-8-bom or cp932",
                    "choose one of those with --encoding",
                )
            }),
        }
    }

    /// Where listings go: the `-o` file or stdout, and CSV's encoding (the flag, else the
    /// company's default, else UTF-8).
    pub fn destination(&self) -> Result<Destination> {
        if self.output.is_some() && self.output_written.replace(true) {
            return Err(crate::kernel::error::hinted(
                "this command shows more than one report, and -o takes one",
                "leave out -o and redirect stdout, or ask for one report",
            ));
        }
        let csv_encoding = self.csv_encoding()?;
        Ok(Destination {
            file: self.output.clone(),
            force: self.force,
            csv_encoding,
        })
    }
}
