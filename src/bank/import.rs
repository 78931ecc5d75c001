//! `bko bank import`: a statement file read by its layout (全銀 or a CSV profile, detected or
//! named), checked (trailer totals, running balance, the account it belongs to) and stored line
//! by line as the bank wrote it. Lines already stored — an overlapping download — are recognised
//! by their identity and skipped; two genuine identical lines in one file both stay. A CSV
//! statement is read as a stream: a download of a million lines is checked and stored as it is
//! read, never held whole (a layout that lists the newest line first is read to a temporary
//! file, then stored oldest first from there: `line_spool`).

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use anyhow::{Context, Result, anyhow, bail};
use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use super::line_spool::{self, LineSpool};
use super::profiles::{self, Profile};
use super::types::{BankAccount, ParsedLine};
use super::{store, zengin};
use crate::kernel::audit::hex;
use crate::kernel::csv_raw::Tap;
use crate::kernel::error::hinted;

/// Data lines a layout must read without an error to be taken as the file's, when none is named.
const LINES_TO_FIT: usize = 20;

/// What one import did for one account.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The account's code.
    pub account: String,
    /// The layout that read the file.
    pub format: String,
    /// Lines stored.
    pub added: usize,
    /// Lines already stored before (skipped).
    pub known: usize,
    /// The period the statement covers.
    pub covered: (NaiveDate, NaiveDate),
}

/// Reads and stores a statement file. `account` may be left out for a 全銀 file (its header
/// names the account); `through` states the last day a CSV download covers.
pub fn import(
    tx: &rusqlite::Connection,
    file: &Path,
    account: Option<&str>,
    profile: Option<&str>,
    through: Option<NaiveDate>,
) -> Result<Vec<Imported>> {
    let name = file.display().to_string();
    let source = Source::open(file)?;
    if profile.is_none() && zengin::looks_like(&source.head) {
        return import_zengin(tx, &name, &source, account, through);
    }
    let Some(code) = account else {
        return Err(hinted(
            format!("{name}: a CSV statement does not say whose it is"),
            "name the account: --account CODE (`bko bank accounts list`)",
        ));
    };
    let acc = super::account(tx, code)?;
    let profile = choose_profile(tx, &name, &source, &acc, profile)?;
    let import_id = store::insert_import(tx, acc.id, &name, &profile.name, &now())?;
    let mut storing = Storing::new(tx, &name, acc.id, import_id, None)?;
    let read_digest = std::thread::scope(|scope| -> Result<String> {
        // The next lines are read, parsed and checked on a second thread while these are stored.
        let (sender, received) = std::sync::mpsc::sync_channel(2);
        let reading = std::thread::Builder::new()
            .name("statement-reader".into())
            .spawn_scoped(scope, || read_lines(&name, &source, &profile, sender))?;
        let stored = store_lines(received, &mut storing, profile.newest_first);
        let digest = reading
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        stored?;
        digest.context("the statement reader stopped without a reason")
    })?;
    let digest = source.digest(read_digest)?;
    Ok(vec![storing.finish(
        &digest,
        None,
        through,
        acc.code,
        profile.name.clone(),
    )?])
}

/// A statement file: its first bytes (which tell its layout) and its content read from the
/// start again for each layout tried. A workbook's sheet is read once, as CSV text.
struct Source {
    path: PathBuf,
    head: Vec<u8>,
    sheet: Option<Vec<u8>>,
}

impl Source {
    fn open(path: &Path) -> Result<Source> {
        let name = path.display().to_string();
        let mut head = Vec::with_capacity(crate::kernel::encoding::SNIFF_BYTES);
        std::fs::File::open(path)
            .and_then(|f| {
                f.take(crate::kernel::encoding::SNIFF_BYTES as u64)
                    .read_to_end(&mut head)
            })
            .with_context(|| format!("cannot read {name}"))?;
        let kind = crate::kernel::sheet::kind(&head);
        if kind == crate::kernel::sheet::Kind::Text {
            return Ok(Source {
                path: path.to_path_buf(),
                head,
                sheet: None,
            });
        }
        // A bank's Excel download: its rows as CSV text, read by the same layouts.
        let csv = crate::kernel::sheet::as_csv(path, kind, &crate::kernel::sheet::options())?;
        Ok(Source {
            path: path.to_path_buf(),
            head: csv[..csv.len().min(crate::kernel::encoding::SNIFF_BYTES)].to_vec(),
            sheet: Some(csv),
        })
    }

    /// The content from its first byte; what is read passes through `hasher` when given.
    fn read(&self, hasher: Option<&Rc<RefCell<Sha256>>>) -> Result<Box<dyn Read>> {
        let inner: Box<dyn Read> = match &self.sheet {
            // A sheet is small (read whole by the spreadsheet reader): each layout tried reads a copy.
            Some(csv) => Box::new(std::io::Cursor::new(csv.clone())),
            None => Box::new(std::io::BufReader::with_capacity(
                1 << 16,
                std::fs::File::open(&self.path)
                    .with_context(|| format!("cannot read {}", self.path.display()))?,
            )),
        };
        Ok(match hasher {
            Some(h) => {
                let h = Rc::clone(h);
                Box::new(Tap::new(inner, move |bytes: &[u8]| {
                    h.borrow_mut().update(bytes)
                }))
            }
            None => inner,
        })
    }

    /// The file's digest, given the digest of what was read from it: a workbook is known by its
    /// own bytes, not by the rows read from it.
    fn digest(&self, of_what_was_read: String) -> Result<String> {
        match &self.sheet {
            Some(_) => Ok(hex(&Sha256::digest(std::fs::read(&self.path)?))),
            None => Ok(of_what_was_read),
        }
    }
}

fn now() -> String {
    crate::kernel::clock::timestamp()
}

/// Lines sent to the storing side at a time.
const LINES_PER_BATCH: usize = 4096;

/// What the reading thread sends: lines in file order, or the problem that stopped it.
type Batch = Result<Vec<ParsedLine>>;

/// Reads a statement's lines on the reading thread and sends them in batches, a problem after
/// the lines before it (so the first problem in the file wins, whichever side finds it);
/// returns the file's digest, or None when it stopped at a problem (its own, sent, or the
/// storing side's, which then stopped receiving).
fn read_lines(
    name: &str,
    source: &Source,
    profile: &Profile,
    sender: std::sync::mpsc::SyncSender<Batch>,
) -> Option<String> {
    let hasher = Rc::new(RefCell::new(Sha256::new()));
    let mut reader = match source
        .read(Some(&hasher))
        .and_then(|text| profiles::lines(name, text, profile))
    {
        Ok(reader) => reader,
        Err(e) => {
            let _ = sender.send(Err(e));
            return None;
        }
    };
    let mut batch = Vec::with_capacity(LINES_PER_BATCH);
    let outcome = loop {
        match reader.next_line() {
            Ok(Some(line)) => batch.push(line),
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        }
        if batch.len() == LINES_PER_BATCH {
            let full = std::mem::replace(&mut batch, Vec::with_capacity(LINES_PER_BATCH));
            sender.send(Ok(full)).ok()?;
        }
    };
    if !batch.is_empty() {
        sender.send(Ok(batch)).ok()?;
    }
    if let Err(e) = outcome {
        let _ = sender.send(Err(e));
        return None;
    }
    Some(hex(&hasher.borrow().clone().finalize()))
}

/// Stores what the reading thread sends, oldest first: a file listing its newest line first
/// goes to a temporary file and is stored from there once its last line has come.
fn store_lines(
    received: std::sync::mpsc::Receiver<Batch>,
    storing: &mut Storing<'_>,
    newest_first: bool,
) -> Result<()> {
    let mut spool = newest_first.then(LineSpool::new).transpose()?;
    for batch in received {
        for line in batch? {
            match &mut spool {
                Some(spool) => spool.push(&line)?,
                None => storing.add(line)?,
            }
        }
    }
    match spool {
        Some(spool) => spool.drain_reversed(line_spool::CHUNK_BYTES, |line| storing.add(line)),
        None => Ok(()),
    }
}

/// Reads a 全銀 file twice as it streams — first to check it whole and learn its sections and
/// digest, then to store each section's lines under its account — never holding it whole.
fn import_zengin(
    tx: &rusqlite::Connection,
    name: &str,
    source: &Source,
    account: Option<&str>,
    through: Option<NaiveDate>,
) -> Result<Vec<Imported>> {
    let today = crate::kernel::clock::today()?;
    let hasher = Rc::new(RefCell::new(Sha256::new()));
    let sections = zengin::read(
        name,
        source.read(Some(&hasher))?,
        today,
        &mut zengin::CheckOnly,
    )?;
    let digest = source.digest(hex(&hasher.borrow().clone().finalize()))?;
    let mut storing = SectionStoring {
        tx,
        name,
        accounts: zengin_accounts(tx, name, &sections, account)?.into_iter(),
        digest,
        through,
        current: None,
        imported: Vec::new(),
    };
    zengin::read(name, source.read(None)?, today, &mut storing)?;
    Ok(storing.imported)
}

/// The account of each section of a 全銀 file, in file order: the one named (sections for other
/// accounts are passed over, refused when no section is the named one), else the registered
/// account with the section's number.
fn zengin_accounts(
    tx: &rusqlite::Connection,
    name: &str,
    sections: &[zengin::Section],
    account: Option<&str>,
) -> Result<Vec<Option<BankAccount>>> {
    let named = account.map(|code| super::account(tx, code)).transpose()?;
    let mut accounts = Vec::new();
    let mut others = Vec::new();
    for section in sections {
        accounts.push(match &named {
            Some(acc) if acc.number.as_deref().is_none_or(|n| same_number(n, &section.number)) => {
                Some(acc.clone())
            }
            Some(_) => {
                others.push(section.number.clone());
                None
            }
            None => Some(
                store::account_by_number(tx, &section.bank_code, &section.number)?.ok_or_else(
                    || {
                        hinted(
                            format!(
                                "{name}: the statement is for account {} {}-{}, which is not registered",
                                section.bank_code, section.branch_code, section.number
                            ),
                            "register it with `bko bank accounts add CODE --number …`, or name one with --account",
                        )
                    },
                )?,
            ),
        });
    }
    if accounts.iter().all(Option::is_none) {
        let acc = named.expect("no named account means every section found its own");
        bail!(
            "{name}: the statement is for account number {}, not {} ({}): refused",
            others.join(", "),
            acc.code,
            acc.number.unwrap_or_default()
        );
    }
    Ok(accounts)
}

/// Stores the sections of a 全銀 file as [`zengin::read`] hands them over, each under its
/// account (a section for another account is passed over), its balances from its opening one.
struct SectionStoring<'t> {
    tx: &'t rusqlite::Connection,
    name: &'t str,
    accounts: std::vec::IntoIter<Option<BankAccount>>,
    digest: String,
    through: Option<NaiveDate>,
    /// The section being stored: its lines, account and balance so far.
    current: Option<(Storing<'t>, BankAccount, Option<i64>)>,
    imported: Vec<Imported>,
}

impl zengin::Sink for SectionStoring<'_> {
    fn section(&mut self, section: &zengin::Section) -> Result<()> {
        self.current = match self.accounts.next().flatten() {
            Some(acc) => {
                let import_id =
                    store::insert_import(self.tx, acc.id, self.name, format_of(section), &now())?;
                let storing = Storing::new(self.tx, self.name, acc.id, import_id, section.opening)?;
                Some((storing, acc, section.opening))
            }
            None => None,
        };
        Ok(())
    }

    fn line(&mut self, mut line: ParsedLine) -> Result<()> {
        if let Some((storing, _, balance)) = &mut self.current {
            if let Some(balance) = balance {
                *balance += line.amount;
                line.balance = Some(*balance);
            }
            storing.add(line)?;
        }
        Ok(())
    }

    fn end(&mut self, section: &zengin::Section) -> Result<()> {
        if let Some((storing, acc, _)) = self.current.take() {
            self.imported.push(storing.finish(
                &self.digest,
                Some(section.period),
                self.through,
                acc.code,
                format_of(section).into(),
            )?);
        }
        Ok(())
    }
}

/// How a 全銀 section's import is named: 入出金取引明細 or 振込入金通知.
fn format_of(section: &zengin::Section) -> &'static str {
    if section.kind == "01" {
        "zengin-notice"
    } else {
        "zengin"
    }
}

fn same_number(a: &str, b: &str) -> bool {
    a.trim_start_matches('0') == b.trim_start_matches('0')
}

/// The layout named, the account's, or the first whose header and first lines fit the file;
/// when none fits the error lists every layout tried and why it failed.
fn choose_profile(
    tx: &rusqlite::Connection,
    name: &str,
    source: &Source,
    acc: &BankAccount,
    asked: Option<&str>,
) -> Result<Profile> {
    if let Some(profile_name) = asked.or(acc.profile.as_deref()) {
        let profile = super::profile(tx, profile_name)?;
        check_kind(acc, &profile)?;
        return Ok(profile);
    }
    let mut tried = Vec::new();
    for profile in super::all_profiles(tx)? {
        match fits(name, source, &profile) {
            Ok(()) => {
                check_kind(acc, &profile)?;
                return Ok(profile);
            }
            Err(e) => tried.push(format!("  {}: {e:#}", profile.name)),
        }
    }
    Err(hinted(
        format!(
            "{name}: no statement layout reads this file; tried:\n{}",
            tried.join("\n")
        ),
        "name one with --profile, or describe the layout: `bko bank profiles add NAME --date-column …`",
    ))
}

/// Whether a layout finds its header and reads the first lines after it.
fn fits(name: &str, source: &Source, profile: &Profile) -> Result<()> {
    let mut reader = profiles::lines(name, source.read(None)?, profile)?;
    for _ in 0..LINES_TO_FIT {
        if reader.next_line()?.is_none() {
            break;
        }
    }
    Ok(())
}

fn check_kind(acc: &BankAccount, profile: &Profile) -> Result<()> {
    let card_profile = profile.kind == "card";
    let card_account = acc.kind == super::AccountKind::Card;
    if card_profile != card_account {
        bail!(
            "profile {} reads {} statements but {} is a {} account",
            profile.name,
            profile.kind,
            acc.code,
            acc.kind.key()
        );
    }
    Ok(())
}

/// The lines of one statement being stored as they are read: each checked against the running
/// balance, numbered among identical ones, and inserted unless an earlier download stored it.
struct Storing<'c> {
    tx: &'c rusqlite::Connection,
    name: &'c str,
    import_id: i64,
    batch: store::LineInserter<'c>,
    /// The balance after the line before, when known.
    balance: Option<i64>,
    /// The first and last dates seen.
    dates: Option<(NaiveDate, NaiveDate)>,
    /// How often each content (without a bank reference) was seen so far.
    occurrences: HashMap<[u8; 12], u32>,
}

impl<'c> Storing<'c> {
    fn new(
        tx: &'c rusqlite::Connection,
        name: &'c str,
        account_id: i64,
        import_id: i64,
        opening: Option<i64>,
    ) -> Result<Storing<'c>> {
        Ok(Storing {
            tx,
            name,
            import_id,
            batch: store::LineInserter::new(tx, account_id, import_id),
            balance: opening,
            dates: None,
            occurrences: HashMap::new(),
        })
    }

    fn add(&mut self, line: ParsedLine) -> Result<()> {
        self.check_balance(&line)?;
        self.dates = Some(match self.dates {
            None => (line.date, line.date),
            Some((first, last)) => (first.min(line.date), last.max(line.date)),
        });
        let identity = self.identity(&line);
        self.batch.push(line, identity)
    }

    /// Each line's balance must be the one before plus its amount: a gap is a missing line, a
    /// repeat a doubled one.
    fn check_balance(&mut self, line: &ParsedLine) -> Result<()> {
        if let (Some(before), Some(after)) = (self.balance, line.balance)
            && before + line.amount != after
        {
            return Err(anyhow!(
                "{}:{}: the balance {after} does not follow from the line before ({before} {} {} = {}): a line is missing or doubled",
                self.name,
                line.file_line,
                if line.amount < 0 { "-" } else { "+" },
                line.amount.abs(),
                before + line.amount
            ));
        }
        self.balance = line.balance.or(self.balance.map(|b| b + line.amount));
        Ok(())
    }

    /// The bank's reference, else the content's hash with its occurrence in this file; led by
    /// the date, so a download's lines enter the identity index in order (migration 0024).
    fn identity(&mut self, line: &ParsedLine) -> String {
        let date = crate::kernel::period::IsoDate::from(line.date);
        let date = date.as_str();
        match &line.reference {
            Some(r) => format!("{date} ref:{date}:{r}"),
            None => {
                let key = content_key(line, date);
                let n = self.occurrences.entry(key).or_default();
                *n += 1;
                format!("{date} h:{}#{n}", hex(&key))
            }
        }
    }

    /// Records what the statement covered and how many lines it added.
    fn finish(
        self,
        digest: &str,
        covered: Option<(NaiveDate, NaiveDate)>,
        through: Option<NaiveDate>,
        account: String,
        format: String,
    ) -> Result<Imported> {
        let covered = coverage(self.name, covered, self.dates, through)?;
        let (added, known) = self.batch.finish()?;
        store::finish_import(self.tx, self.import_id, digest, covered, added, known)?;
        Ok(Imported {
            account,
            format,
            added,
            known,
            covered,
        })
    }
}

/// The days a statement covers: as the bank states them (全銀), else from its first to its last
/// line, up to `through` when the clerk says the download went further.
fn coverage(
    name: &str,
    stated: Option<(NaiveDate, NaiveDate)>,
    dates: Option<(NaiveDate, NaiveDate)>,
    through: Option<NaiveDate>,
) -> Result<(NaiveDate, NaiveDate)> {
    let (from, to) = match (stated, dates, through) {
        (Some(period), ..) => period,
        (None, Some(dates), _) => dates,
        // A month without a transaction: the download says nothing, the clerk says how far.
        (None, None, Some(t)) => (t, t),
        (None, None, None) => {
            return Err(hinted(
                format!(
                    "{name}: the statement has no lines, so it does not say which days it covers"
                ),
                "say the last day the download covers: --through DATE",
            ));
        }
    };
    match through {
        Some(t) if t < to => bail!("--through {t} is before the statement's last line ({to})"),
        Some(t) => Ok((from, t)),
        None => Ok((from, to)),
    }
}

/// A line's content hash: date (as ISO text), amount, balance and text.
fn content_key(line: &ParsedLine, date: &str) -> [u8; 12] {
    use std::fmt::Write;
    let mut parts = String::with_capacity(64 + line.text.len());
    let _ = write!(parts, "{date}\x1f{}\x1f", line.amount);
    if let Some(balance) = line.balance {
        let _ = write!(parts, "{balance}");
    }
    let _ = write!(parts, "\x1f{}\x1f", line.text);
    let digest = Sha256::digest(parts.as_bytes());
    let mut key = [0u8; 12];
    key.copy_from_slice(&digest[..12]);
    key
}
