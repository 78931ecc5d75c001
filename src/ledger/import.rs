//! Journal CSV import: `date,entry,account,debit,credit,description,tax[,ref]`, rows sharing an
//! `entry` key form one entry. Streams the file (memory stays flat), posts through the normal
//! posting path inside the caller's transaction, and stops at the first bad row with
//! `FILE:LINE: column 'X': ...`. Also the chart-of-accounts CSV import. Must not print.

use std::path::Path;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use rusqlite::Connection;
use sha2::{Digest, Sha256};

use super::{AccountType, Chart, NewAccount, NewEntry, NewLine, Side, bulk_store, store};
use crate::jp::tax_category;
use crate::kernel::csvio::{ColumnSpec, CsvInput, CsvRow, Encoding};
use crate::kernel::money::{Currency, parse_amount};
use crate::kernel::period::parse_date;

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
pub fn import_journal(
    conn: &Connection,
    path: &Path,
    encoding: Encoding,
    duplicates: Duplicates,
    currency: &Currency,
    mut progress: impl FnMut(u64),
) -> Result<ImportSummary> {
    let mut input = CsvInput::open(path, encoding)?;
    let cols = JournalColumns::of(&mut input)?;
    let mut import = JournalImport {
        conn,
        file: input.name.clone(),
        chart: Chart::load(conn)?,
        currency,
        duplicates,
        max_before: store::max_entry_id(conn)?,
        batch: Vec::with_capacity(BATCH),
        posted_at: crate::kernel::clock::timestamp(),
        summary: ImportSummary {
            encoding: if input.encoding == Encoding::Cp932 {
                "cp932"
            } else {
                "utf-8"
            },
            ..Default::default()
        },
    };
    let lock = store::lock_through(conn)?;
    // A journal line takes at least ~40 bytes of CSV: a lower bound of the lines coming.
    let incoming = std::fs::metadata(path).map_or(0, |m| m.len() / 40);
    let suspended = bulk_store::suspend_line_index(conn, incoming)?;
    let mut pending: Option<Pending> = None;
    let mut rows_seen: u64 = 0;
    while let Some(row) = input.next_row()? {
        rows_seen += 1;
        if rows_seen.is_multiple_of(8192) {
            progress(row.byte);
        }
        let (key, date) = entry_key_and_date(&row, &cols, lock)?;
        if pending.as_ref().is_none_or(|p| p.key != key) {
            if let Some(done) = pending.take() {
                import.finish(done)?;
            }
            pending = Some(cols.start_entry(&row, key.clone(), date));
        }
        let entry = pending.as_mut().expect("pending entry");
        import.add_line(entry, &row, &cols, &key, date)?;
    }
    if let Some(done) = pending.take() {
        import.finish(done)?;
    }
    import.flush()?;
    if let Some(definition) = suspended {
        bulk_store::restore_line_index(conn, &definition)?;
    }
    Ok(import.summary)
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

/// One journal import in progress: what every entry is checked against and the tally.
struct JournalImport<'a> {
    conn: &'a Connection,
    file: String,
    chart: Chart,
    currency: &'a Currency,
    duplicates: Duplicates,
    max_before: i64,
    /// Checked entries waiting to be written, many to a statement.
    batch: Vec<NewEntry>,
    posted_at: String,
    summary: ImportSummary,
}

/// Entries written together.
const BATCH: usize = 256;

impl JournalImport<'_> {
    /// Adds a row's line to its entry (all rows of an entry share its date).
    fn add_line(
        &self,
        entry: &mut Pending,
        row: &CsvRow,
        cols: &JournalColumns,
        key: &str,
        date: NaiveDate,
    ) -> Result<()> {
        if entry.date != date {
            return Err(row.error(
                "date",
                format!(
                    "entry '{key}' started on {} at line {}; all rows of one entry share its date",
                    entry.date, entry.first_line
                ),
            ));
        }
        let fields = [
            cols.account,
            cols.debit,
            cols.credit,
            cols.description,
            cols.tax,
        ];
        let line = parse_line(row, &self.chart, self.currency, fields)?;
        hash_line(&mut entry.hasher, key, date, &line, &self.chart);
        let description = line.description.clone().filter(|d| *d != entry.memo);
        entry.lines.push(NewLine {
            description,
            ..line
        });
        Ok(())
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
/// recognized however they were spelled (account name or code, 1,000 or 1000).
fn hash_line(hasher: &mut Sha256, key: &str, date: NaiveDate, line: &NewLine, chart: &Chart) {
    let code = chart.by_id(line.account_id).map_or("", |a| a.code.as_str());
    let text = format!(
        "{key}\x1f{date}\x1f{code}\x1f{}\x1f{}\x1f{}\x1f{}\x1e",
        line.debit,
        line.credit,
        line.description.as_deref().unwrap_or(""),
        line.tax_category
    );
    hasher.update(text.as_bytes());
}

impl JournalImport<'_> {
    /// Posts a finished entry, or skips or refuses it when the same rows were imported before.
    fn finish(&mut self, entry: Pending) -> Result<()> {
        let (conn, file, chart, currency) =
            (self.conn, self.file.as_str(), &self.chart, self.currency);
        let (duplicates, max_before) = (self.duplicates, self.max_before);
        let summary = &mut self.summary;
        let digest = entry.hasher.finalize();
        let mut fingerprint = [0u8; 16];
        fingerprint.copy_from_slice(&digest[..16]);
        // Books empty before the import have nothing to be a duplicate of (entries within one
        // file are never taken for duplicates of each other).
        if duplicates != Duplicates::Allow
            && max_before > 0
            && let Some(existing) =
                store::entry_with_import_hash(conn, entry.date, &fingerprint, max_before)?
        {
            if duplicates == Duplicates::Skip {
                summary.skipped += 1;
                return Ok(());
            }
            return Err(crate::kernel::error::hinted(
                format!(
                    "{file}:{}: entry '{}' was already imported as entry {existing}",
                    entry.first_line, entry.key
                ),
                "--skip-duplicates imports only the new entries; --allow-duplicates imports them again",
            ));
        }
        let new = NewEntry {
            date: entry.date,
            memo: entry.memo,
            reference: entry.reference,
            origin: crate::ledger::Origin::Import,
            import_hash: Some(fingerprint),
            reverses: None,
            lines: entry.lines,
        };
        if let Err(e) = super::validate_entry(&new, currency) {
            let detail: Vec<String> = new
                .lines
                .iter()
                .map(|l| {
                    let name = chart.by_id(l.account_id).map_or("?", |a| a.name.as_str());
                    format!(
                        "  {name}: debit {} credit {}",
                        currency.display(l.debit),
                        currency.display(l.credit)
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
        summary.entries += 1;
        summary.lines += new.lines.len() as u64;
        summary.debit_total += new.lines.iter().map(|l| l.debit).sum::<i64>();
        self.batch.push(new);
        if self.batch.len() >= BATCH {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes the waiting entries under the next ids.
    fn flush(&mut self) -> Result<()> {
        if self.batch.is_empty() {
            return Ok(());
        }
        // Only this import writes entries in its transaction: the next id follows the last.
        let first = self.summary.last_id.unwrap_or(self.max_before) + 1;
        bulk_store::insert_entries(self.conn, &self.batch, first, &self.posted_at)?;
        let last = first + self.batch.len() as i64 - 1;
        self.summary.first_id.get_or_insert(first);
        self.summary.last_id = Some(last);
        self.batch.clear();
        Ok(())
    }
}

/// The accounts CSV columns: `code,name,name_en,type,section,tax_category` (plus optional
/// `normal_side` for contra accounts).
const ACCOUNT_COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        name: "code",
        aliases: &["コード", "科目コード"],
        required: true,
    },
    ColumnSpec {
        name: "name",
        aliases: &["勘定科目", "科目名", "名称"],
        required: true,
    },
    ColumnSpec {
        name: "name_en",
        aliases: &["英語名"],
        required: false,
    },
    ColumnSpec {
        name: "type",
        aliases: &["区分", "種別"],
        required: true,
    },
    ColumnSpec {
        name: "section",
        aliases: &["表示区分"],
        required: false,
    },
    ColumnSpec {
        name: "tax_category",
        aliases: &["税区分", "tax"],
        required: false,
    },
    ColumnSpec {
        name: "normal_side",
        aliases: &["貸借"],
        required: false,
    },
];

/// Reads an accounts CSV into new accounts with their line numbers (validated, not yet written).
pub fn read_accounts(path: &Path, encoding: Encoding) -> Result<Vec<(u64, NewAccount)>> {
    let mut input = CsvInput::open(path, encoding)?;
    let cols = input.columns(ACCOUNT_COLUMNS)?;
    let col = |name: &str| cols.get(name).copied();
    let mut accounts = Vec::new();
    while let Some(row) = input.next_row()? {
        accounts.push((row.line, account_from_row(&row, &col)?));
    }
    Ok(accounts)
}

fn account_from_row(row: &CsvRow, col: &dyn Fn(&str) -> Option<usize>) -> Result<NewAccount> {
    let code = row.get(col("code")).to_string();
    if code.is_empty() {
        return Err(row.error("code", "is empty"));
    }
    let name = row.get(col("name")).to_string();
    if name.is_empty() {
        return Err(row.error("name", "is empty"));
    }
    let account_type =
        AccountType::parse(row.get(col("type"))).map_err(|e| row.error("type", e))?;
    let section = match row.get(col("section")) {
        "" => super::default_section(account_type),
        text => super::section(text).map_err(|e| row.error("section", e))?,
    };
    if section.account_type != account_type {
        return Err(row.error(
            "section",
            format!(
                "section '{}' holds {} accounts, not {}",
                section.key,
                section.account_type.key(),
                account_type.key()
            ),
        ));
    }
    let tax = match row.get(col("tax_category")) {
        "" => tax_category::OUT_OF_SCOPE.to_string(),
        text => tax_category::parse(text)
            .map_err(|e| row.error("tax_category", e))?
            .key
            .to_string(),
    };
    let normal_side = match row.get(col("normal_side")) {
        "" => account_type.normal_side(),
        "debit" | "借方" => Side::Debit,
        "credit" | "貸方" => Side::Credit,
        other => return Err(row.error("normal_side", format!("'{other}' is not debit or credit"))),
    };
    Ok(NewAccount {
        code,
        name,
        name_en: Some(row.get(col("name_en")).to_string()).filter(|s| !s.is_empty()),
        account_type,
        normal_side,
        section,
        tax_category: tax,
    })
}
