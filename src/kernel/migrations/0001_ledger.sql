-- 0001: company settings, chart of accounts, journal, period lock, audit log.
-- Landed migrations are never edited: add a new numbered file instead.

-- Company profile and settings as typed-in-code key/value pairs (see src/company/mod.rs).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE account (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL UNIQUE,
    name_en      TEXT,
    type         TEXT NOT NULL CHECK (type IN ('asset', 'liability', 'equity', 'revenue', 'expense')),
    normal_side  TEXT NOT NULL CHECK (normal_side IN ('debit', 'credit')),
    section      TEXT NOT NULL,
    tax_category TEXT NOT NULL,
    archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);
CREATE UNIQUE INDEX account_name_en ON account (name_en) WHERE name_en IS NOT NULL;

-- A posted journal entry. Never updated or deleted: mistakes are reversed.
CREATE TABLE journal_entry (
    id          INTEGER PRIMARY KEY,
    date        TEXT NOT NULL,
    memo        TEXT NOT NULL DEFAULT '',
    ref         TEXT,
    -- who created it: 'manual', 'import', 'reversal', later 'invoice', 'payroll', ...
    origin      TEXT NOT NULL DEFAULT 'manual',
    -- duplicate-import detection: first 16 bytes of SHA-256 over the entry key and its rows
    import_hash BLOB,
    reverses    INTEGER REFERENCES journal_entry (id),
    posted_at   TEXT NOT NULL
);
-- Date ranges, and the duplicate-import lookup (an entry's fingerprint is looked up under its
-- date, so imports in date order append to this index instead of scattering random keys).
CREATE INDEX journal_entry_date ON journal_entry (date, import_hash);
CREATE UNIQUE INDEX journal_entry_reverses ON journal_entry (reverses) WHERE reverses IS NOT NULL;

-- One debit or credit of an entry. Amounts are integer minor units (yen: 1); exactly one side is
-- positive. `date` repeats the entry's date so reports aggregate from one covering index.
-- description NULL means "same as the entry memo".
CREATE TABLE journal_line (
    entry_id     INTEGER NOT NULL REFERENCES journal_entry (id),
    line_no      INTEGER NOT NULL,
    account_id   INTEGER NOT NULL REFERENCES account (id),
    date         TEXT NOT NULL,
    debit        INTEGER NOT NULL CHECK (debit >= 0),
    credit       INTEGER NOT NULL CHECK (credit >= 0),
    description  TEXT,
    tax_category TEXT NOT NULL,
    CHECK ((debit > 0) <> (credit > 0)),
    PRIMARY KEY (entry_id, line_no)
) WITHOUT ROWID;
CREATE INDEX journal_line_account ON journal_line (account_id, date, debit, credit);

-- The books are locked through `through` (inclusive); one row.
CREATE TABLE ledger_lock (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    through TEXT
);
INSERT INTO ledger_lock (id, through) VALUES (1, NULL);

-- Append-only audit log; each row's hash chains the previous one (see src/kernel/audit.rs).
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    command   TEXT NOT NULL,
    summary   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);

-- Immutability of posted entries, enforced by the database and not only by bko's code.
CREATE TRIGGER journal_entry_no_update BEFORE UPDATE ON journal_entry
BEGIN SELECT RAISE(ABORT, 'posted journal entries are immutable: reverse them instead'); END;
CREATE TRIGGER journal_entry_no_delete BEFORE DELETE ON journal_entry
BEGIN SELECT RAISE(ABORT, 'posted journal entries are immutable: reverse them instead'); END;
CREATE TRIGGER journal_line_no_update BEFORE UPDATE ON journal_line
BEGIN SELECT RAISE(ABORT, 'posted journal entries are immutable: reverse them instead'); END;
CREATE TRIGGER journal_line_no_delete BEFORE DELETE ON journal_line
BEGIN SELECT RAISE(ABORT, 'posted journal entries are immutable: reverse them instead'); END;

-- The period lock, enforced on every entry. Lines carry their entry's date (written by the one
-- insert function; `bko check` verifies it), so a per-line trigger would only repeat this check
-- at a third of the import speed (docs/adr/0003-lock-and-immutability.md).
CREATE TRIGGER journal_entry_locked BEFORE INSERT ON journal_entry
WHEN NEW.date <= (SELECT through FROM ledger_lock WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'the books are locked for this date'); END;
CREATE TRIGGER ledger_lock_no_delete BEFORE DELETE ON ledger_lock
BEGIN SELECT RAISE(ABORT, 'the ledger lock row cannot be deleted'); END;

-- The audit log is append-only.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
