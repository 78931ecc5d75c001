//! Journal CSV import: `date,entry,account,debit,credit,description,tax[,ref]`, rows sharing an
//! `entry` key form one entry. Streams the file (memory stays flat), posts through the normal
//! posting path inside the caller's transaction, and stops at the first bad row with
//! `FILE:LINE: column 'X': ...`. Also the chart-of-accounts CSV import. Must not print.

use std::path::Path;
use std::sync::mpsc::{Receiver, SyncSender};

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;
use sha2::{Digest, Sha256};

use super::{Chart, NewEntry, NewLine, bulk_store, store};
use crate::jp::tax_category;
use crate::kernel::csvio::{ColumnSpec, CsvInput, CsvRow, Encoding};
use crate::kernel::money::{Currency, parse_amount};
use crate::kernel::period::parse_date;

mod accounts;
pub use accounts::read_accounts;

/// The journal CSV columns, with the Japanese headers accepted too.
const JOURNAL_COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        name: "date",
        aliases: &["日付", "取引日", "伝票日付"],
        required: true,
    },
    ColumnSpec {
        name: "entry",
        aliases: &["伝票番号", "伝票no", "伝票no.", "取引no", "entry_id"],
        required: true,
    },
    ColumnSpec {
        name: "account",
        aliases: &["勘定科目", "科目"],
        required: true,
    },
    ColumnSpec {
        name: "debit",
        aliases: &["借方", "借方金額"],
        required: true,
    },
    ColumnSpec {
        name: "credit",
        aliases: &["貸方", "貸方金額"],
        required: true,
    },
    ColumnSpec {
        name: "description",
        aliases: &["摘要"],
        required: false,
    },
    ColumnSpec {
        name: "tax",
        aliases: &["税区分", "tax_category"],
        required: false,
    },
    ColumnSpec {
        name: "memo",
        aliases: &["仕訳メモ", "伝票摘要"],
        required: false,
    },
    ColumnSpec {
        name: "ref",
        aliases: &["参照", "reference"],
        required: false,
    },
];

/// What to do with entries that were imported before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duplicates {
    /// Stop with an error naming the first one (the default).
    Refuse,
    /// Leave them out and import the rest.
    Skip,
    /// Import them again.
    Allow,
}

/// The outcome of an import.
#[derive(Debug, Clone, Default)]
pub struct ImportSummary {
    /// Entries posted.
    pub entries: u64,
    /// Lines posted.
    pub lines: u64,
    /// Entries left out as already imported.
    pub skipped: u64,
    /// Total debits posted (minor units).
    pub debit_total: i64,
    /// First and last new entry ids.
    pub first_id: Option<i64>,
    /// Last new entry id.
    pub last_id: Option<i64>,
    /// The encoding the file was read in.
    pub encoding: &'static str,
}

struct Pending {
    key: String,
    first_line: u64,
    date: NaiveDate,
    memo: String,
    reference: Option<String>,
    lines: Vec<NewLine>,
    hasher: Sha256,
}

/// Imports a journal CSV into the open transaction. `progress` is called with the bytes read.
///
/// Two threads: one reads, parses and checks the file's entries (everything that needs only the
/// file and the chart) while this one, which holds the connection, looks for duplicates and
/// writes them — the CSV and the SQL work overlap (docs/performance.md). Entries reach the
/// writer in file order, so the first error in the file is the one reported.
pub fn import_journal(
    conn: &Connection,
    path: &Path,
    encoding: Encoding,
    duplicates: Duplicates,
    currency: &Currency,
    progress: impl FnMut(u64),
) -> Result<ImportSummary> {
    let chart = Chart::load(conn)?;
    let lock = store::lock_through(conn)?;
    let max_before = store::max_entry_id(conn)?;
    // A journal line takes at least ~40 bytes of CSV: a lower bound of the lines coming.
    let incoming = std::fs::metadata(path).map_or(0, |m| m.len() / 40);
    let suspended = bulk_store::suspend_for_bulk_load(conn, incoming)?;
    let reader = JournalReader {
        path,
        encoding,
        chart: &chart,
        currency,
        lock,
    };
    let mut writer = JournalWriter {
        conn,
        duplicates,
        max_before,
        posted_at: crate::kernel::clock::timestamp(),
        summary: ImportSummary::default(),
    };
    std::thread::scope(|scope| {
        let (sender, received) = std::sync::mpsc::sync_channel(BATCHES_AHEAD);
        let reading = std::thread::Builder::new()
            .name("journal-reader".into())
            .spawn_scoped(scope, move || reader.read(&sender))?;
        let written = writer.write(received, progress);
        if let Err(panic) = reading.join() {
            std::panic::resume_unwind(panic);
        }
        written
    })?;
    if let Some(suspended) = suspended {
        bulk_store::restore_after_bulk_load(conn, suspended, writer.summary.first_id, lock)?;
    }
    Ok(writer.summary)
}

/// Batches of checked entries the reader may run ahead of the writer.
const BATCHES_AHEAD: usize = 4;

/// What the reading thread hands the writing one, in file order.
enum Read {
    /// The file is open: its name for messages and the encoding it is read in.
    Opened {
        file: String,
        encoding: &'static str,
    },
    /// Checked entries, with how far into the file the reader got.
    Entries { entries: Vec<Checked>, bytes: u64 },
}

/// An entry that passed every check the file and the chart allow.
struct Checked {
    first_line: u64,
    key: String,
    entry: NewEntry,
}

/// Entries handed over together (and written many to a statement).
const BATCH: usize = 256;

/// The reading side of an import: the file, and what each entry is checked against.
struct JournalReader<'a> {
    path: &'a Path,
    encoding: Encoding,
    chart: &'a Chart,
    currency: &'a Currency,
    lock: Option<NaiveDate>,
}

/// The entries read but not yet handed over.
struct Handover<'s> {
    sender: &'s SyncSender<Result<Read>>,
    entries: Vec<Checked>,
    bytes: u64,
}

impl Handover<'_> {
    /// Hands the waiting entries over; false when the writer has stopped (it failed).
    fn send(&mut self) -> bool {
        let entries = std::mem::replace(&mut self.entries, Vec::with_capacity(BATCH));
        let bytes = self.bytes;
        self.sender
            .send(Ok(Read::Entries { entries, bytes }))
            .is_ok()
    }
}

impl JournalReader<'_> {
    /// Reads the whole file into `sender`; an error goes after the entries before it.
    fn read(&self, sender: &SyncSender<Result<Read>>) {
        let mut handover = Handover {
            sender,
            entries: Vec::with_capacity(BATCH),
            bytes: 0,
        };
        if let Err(e) = self.read_into(&mut handover)
            && handover.send()
        {
            let _ = sender.send(Err(e));
        }
    }

    fn read_into(&self, out: &mut Handover) -> Result<()> {
        let mut input = CsvInput::open(self.path, self.encoding)?;
        let cols = JournalColumns::of(&mut input)?;
        let encoding = if input.encoding == Encoding::Cp932 {
            "cp932"
        } else {
            "utf-8"
        };
        let opened = Read::Opened {
            file: input.name.clone(),
            encoding,
        };
        if out.sender.send(Ok(opened)).is_err() {
            return Ok(());
        }
        let file = input.name.clone();
        let mut scratch = String::new();
        let mut pending: Option<Pending> = None;
        while let Some(row) = input.next_row()? {
            out.bytes = row.byte;
            let (key, date) = entry_key_and_date(&row, &cols, self.lock)?;
            if pending.as_ref().is_none_or(|p| p.key != key) {
                if let Some(done) = pending.take() {
                    out.entries.push(self.check(done, &file)?);
                    if out.entries.len() >= BATCH && !out.send() {
                        return Ok(());
                    }
                }
                pending = Some(cols.start_entry(&row, key.clone(), date));
            }
            let entry = pending.as_mut().expect("pending entry");
            self.add_line(entry, &row, &cols, date, &mut scratch)?;
        }
        if let Some(done) = pending.take() {
            out.entries.push(self.check(done, &file)?);
        }
        out.send();
        Ok(())
    }
}

/// Where each journal column is in the file.
struct JournalColumns {
    date: Option<usize>,
    entry: Option<usize>,
    account: Option<usize>,
    debit: Option<usize>,
    credit: Option<usize>,
    description: Option<usize>,
    tax: Option<usize>,
    reference: Option<usize>,
    memo: Option<usize>,
}

impl JournalColumns {
    fn of(input: &mut CsvInput) -> Result<JournalColumns> {
        let cols = input.columns(JOURNAL_COLUMNS)?;
        let col = |name: &str| cols.get(name).copied();
        Ok(JournalColumns {
            date: col("date"),
            entry: col("entry"),
            account: col("account"),
            debit: col("debit"),
            credit: col("credit"),
            description: col("description"),
            tax: col("tax"),
            reference: col("ref"),
            memo: col("memo"),
        })
    }

    /// An entry begun by its first row. The memo column, when the file has one (bko's own
    /// export), else the first row's description, as spreadsheets and bank exports carry no
    /// separate memo.
    fn start_entry(&self, row: &CsvRow, key: String, date: NaiveDate) -> Pending {
        let memo = match self.memo {
            Some(_) => row.get(self.memo).to_string(),
            None => row.get(self.description).to_string(),
        };
        Pending {
            key,
            first_line: row.line,
            date,
            memo,
            reference: Some(row.get(self.reference).to_string()).filter(|r| !r.is_empty()),
            lines: Vec::new(),
            hasher: Sha256::new(),
        }
    }

    /// A further row of an entry may leave the entry's memo and reference empty or repeat them,
    /// but not give others: the first row's would be posted and the others silently dropped.
    fn same_entry(&self, entry: &Pending, row: &CsvRow) -> Result<()> {
        let memo = row.get(self.memo);
        if self.memo.is_some() && !memo.is_empty() && memo != entry.memo {
            return Err(differs(entry, row, "memo", &entry.memo));
        }
        let reference = row.get(self.reference);
        if !reference.is_empty() && Some(reference) != entry.reference.as_deref() {
            let first = entry.reference.as_deref().unwrap_or("");
            return Err(differs(entry, row, "ref", first));
        }
        Ok(())
    }
}

fn differs(entry: &Pending, row: &CsvRow, column: &str, first: &str) -> anyhow::Error {
    row.error(
        column,
        format!(
            "entry '{}' has '{}' at line {}; every row of one entry gives the same {column} \
             (or leaves it empty)",
            entry.key,
            crate::kernel::text::excerpt(first),
            entry.first_line
        ),
    )
}

/// A row's entry key and date; a date in a locked period is refused.
fn entry_key_and_date(
    row: &CsvRow,
    cols: &JournalColumns,
    lock: Option<NaiveDate>,
) -> Result<(String, NaiveDate)> {
    let key = row.get(cols.entry).to_string();
    if key.is_empty() {
        return Err(row.error("entry", "is empty (rows of one entry share an entry key)"));
    }
    let date = parse_date(row.get(cols.date)).map_err(|e| row.error("date", e))?;
    if let Some(through) = lock
        && date <= through
    {
        return Err(row.error(
            "date",
            format!("{date} is in a locked period (the books are locked through {through})"),
        ));
    }
    Ok((key, date))
}

impl JournalReader<'_> {
    /// Adds a row's line to its entry (all rows of an entry share its date).
    fn add_line(
        &self,
        entry: &mut Pending,
        row: &CsvRow,
        cols: &JournalColumns,
        date: NaiveDate,
        scratch: &mut String,
    ) -> Result<()> {
        if entry.date != date {
            return Err(row.error(
                "date",
                format!(
                    "entry '{}' started on {} at line {}; all rows of one entry share its date",
                    entry.key, entry.date, entry.first_line
                ),
            ));
        }
        cols.same_entry(entry, row)?;
        let fields = [
            cols.account,
            cols.debit,
            cols.credit,
            cols.description,
            cols.tax,
        ];
        let line = parse_line(row, self.chart, self.currency, fields)?;
        hash_line(
            &mut entry.hasher,
            (&entry.key, date),
            &line,
            self.chart,
            scratch,
        );
        let description = line.description.clone().filter(|d| *d != entry.memo);
        entry.lines.push(NewLine {
            description,
            ..line
        });
        Ok(())
    }

    /// A finished entry fingerprinted and checked (balance, lengths) — all but the duplicate
    /// check, which needs the books.
    fn check(&self, entry: Pending, file: &str) -> Result<Checked> {
        let digest = entry.hasher.finalize();
        let mut fingerprint = [0u8; 16];
        fingerprint.copy_from_slice(&digest[..16]);
        let new = NewEntry {
            date: entry.date,
            memo: entry.memo,
            reference: entry.reference,
            origin: crate::ledger::Origin::Import,
            import_hash: Some(fingerprint),
            reverses: None,
            lines: entry.lines,
        };
        if let Err(e) = super::validate_entry(&new, self.currency) {
            let detail: Vec<String> = new
                .lines
                .iter()
                .map(|l| {
                    let name = self
                        .chart
                        .by_id(l.account_id)
                        .map_or("?", |a| a.name.as_str());
                    format!(
                        "  {name}: debit {} credit {}",
                        self.currency.display(l.debit),
                        self.currency.display(l.credit)
                    )
                })
                .collect();
            bail!(
                "{file}:{}: entry '{}' is not valid: {e:#}\n{}",
                entry.first_line,
                entry.key,
                detail.join("\n")
            );
        }
        Ok(Checked {
            first_line: entry.first_line,
            key: entry.key,
            entry: new,
        })
    }
}

/// Parses the account, amount, description and tax columns of one row into a line.
fn parse_line(
    row: &CsvRow,
    chart: &Chart,
    currency: &Currency,
    [c_account, c_debit, c_credit, c_desc, c_tax]: [Option<usize>; 5],
) -> Result<NewLine> {
    let account = chart
        .resolve(row.get(c_account))
        .map_err(|e| row.error("account", e))?;
    if account.archived {
        return Err(row.error(
            "account",
            format!(
                "{} {} is archived and takes no new postings",
                account.code, account.name
            ),
        ));
    }
    let amount = |column: &str, index: Option<usize>| -> Result<i64> {
        let text = row.get(index);
        if text.is_empty() {
            return Ok(0);
        }
        let value = parse_amount(text).map_err(|e| row.error(column, e))?;
        if value.is_sign_negative() || value.is_zero() {
            return Err(row.error(column, format!("'{text}' must be a positive amount")));
        }
        currency.to_minor(value).map_err(|e| row.error(column, e))
    };
    let debit = amount("debit", c_debit)?;
    let credit = amount("credit", c_credit)?;
    if (debit > 0) == (credit > 0) {
        return Err(row.error("debit", "fill exactly one of debit and credit on each row"));
    }
    let tax_text = row.get(c_tax);
    let tax = if tax_text.is_empty() {
        account.tax_category.clone()
    } else {
        tax_category::parse(tax_text)
            .map_err(|e| row.error("tax", e))?
            .key
            .to_string()
    };
    let description = Some(row.get(c_desc).to_string());
    Ok(NewLine {
        account_id: account.id,
        debit,
        credit,
        description,
        tax_category: tax,
    })
}

/// Feeds the canonical form of a line into the entry's fingerprint, so the same rows are
/// recognized however they were spelled (account name or code, 1,000 or 1000). The text is
/// built in `scratch`, reused from line to line.
fn hash_line(
    hasher: &mut Sha256,
    (key, date): (&str, NaiveDate),
    line: &NewLine,
    chart: &Chart,
    scratch: &mut String,
) {
    use std::fmt::Write;
    let code = chart.by_id(line.account_id).map_or("", |a| a.code.as_str());
    scratch.clear();
    let _ = write!(
        scratch,
        "{key}\x1f{date}\x1f{code}\x1f{}\x1f{}\x1f{}\x1f{}\x1e",
        line.debit,
        line.credit,
        line.description.as_deref().unwrap_or(""),
        line.tax_category
    );
    hasher.update(scratch.as_bytes());
}

/// The writing side of an import: holds the connection, the duplicate rule and the tally.
struct JournalWriter<'a> {
    conn: &'a Connection,
    duplicates: Duplicates,
    max_before: i64,
    posted_at: String,
    summary: ImportSummary,
}

impl JournalWriter<'_> {
    /// Writes what the reader hands over until it is done or something fails.
    fn write(
        &mut self,
        received: Receiver<Result<Read>>,
        mut progress: impl FnMut(u64),
    ) -> Result<()> {
        let mut file = String::new();
        for read in received {
            match read? {
                Read::Opened {
                    file: name,
                    encoding,
                } => {
                    file = name;
                    self.summary.encoding = encoding;
                }
                Read::Entries { entries, bytes } => {
                    let new = self.leave_out_duplicates(entries, &file)?;
                    self.insert(&new)?;
                    progress(bytes);
                }
            }
        }
        Ok(())
    }

    /// The entries that were not imported before; skips or refuses the others.
    fn leave_out_duplicates(&mut self, entries: Vec<Checked>, file: &str) -> Result<Vec<NewEntry>> {
        // Books empty before the import have nothing to be a duplicate of (entries within one
        // file are never taken for duplicates of each other).
        if self.duplicates == Duplicates::Allow || self.max_before == 0 {
            return Ok(entries.into_iter().map(|c| c.entry).collect());
        }
        let mut new = Vec::with_capacity(entries.len());
        for checked in entries {
            let hash = checked
                .entry
                .import_hash
                .as_ref()
                .expect("imports are fingerprinted");
            let existing = store::entry_with_import_hash(
                self.conn,
                checked.entry.date,
                hash,
                self.max_before,
            )?;
            match existing {
                None => new.push(checked.entry),
                Some(_) if self.duplicates == Duplicates::Skip => self.summary.skipped += 1,
                Some(existing) => {
                    return Err(crate::kernel::error::hinted(
                        format!(
                            "{file}:{}: entry '{}' was already imported as entry {existing}",
                            checked.first_line, checked.key
                        ),
                        "--skip-duplicates imports only the new entries; --allow-duplicates imports them again",
                    ));
                }
            }
        }
        Ok(new)
    }

    /// Writes entries under the next ids.
    fn insert(&mut self, entries: &[NewEntry]) -> Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        let summary = &mut self.summary;
        for entry in entries {
            summary.entries += 1;
            summary.lines += entry.lines.len() as u64;
            summary.debit_total += entry.lines.iter().map(|l| l.debit).sum::<i64>();
        }
        // Only this import writes entries in its transaction: the next id follows the last.
        let first = summary.last_id.unwrap_or(self.max_before) + 1;
        bulk_store::insert_entries(self.conn, entries, first, &self.posted_at)?;
        summary.first_id.get_or_insert(first);
        summary.last_id = Some(first + entries.len() as i64 - 1);
        Ok(())
    }
}
