-- 0013: bank, card and cash accounts; statement lines as the bank wrote them; matches and rules;
-- cash counts (金種表). Customers gain the kana a transfer shows and learned payer aliases;
-- a payment can be reversed (a wrong match undone) without being deleted.

ALTER TABLE customer ADD COLUMN kana TEXT;

-- Payer names seen on transfers from a customer, typed or learned from confirmed matches.
CREATE TABLE customer_alias (
    customer_id INTEGER NOT NULL REFERENCES customer (id),
    canonical   TEXT NOT NULL,
    alias       TEXT NOT NULL,
    learned     INTEGER NOT NULL CHECK (learned IN (0, 1)),
    PRIMARY KEY (customer_id, canonical)
) WITHOUT ROWID;

ALTER TABLE payment ADD COLUMN reversed_on TEXT;
ALTER TABLE payment ADD COLUMN reversal_entry_id INTEGER REFERENCES journal_entry (id);
DROP TRIGGER payment_no_update;
CREATE TRIGGER payment_no_update BEFORE UPDATE ON payment
WHEN NOT (OLD.reversal_entry_id IS NULL AND NEW.reversal_entry_id IS NOT NULL
    AND NEW.reversed_on IS NOT NULL
    AND NEW.invoice_id = OLD.invoice_id AND NEW.date = OLD.date AND NEW.amount = OLD.amount
    AND NEW.fee = OLD.fee AND NEW.overpaid = OLD.overpaid AND NEW.account_id = OLD.account_id
    AND NEW.entry_id = OLD.entry_id)
BEGIN SELECT RAISE(ABORT, 'payments are immutable (a payment is only ever reversed)'); END;

CREATE TABLE bank_account (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE,
    name              TEXT,
    kind              TEXT NOT NULL CHECK (kind IN ('bank', 'card', 'cash')),
    ledger_account_id INTEGER NOT NULL REFERENCES account (id),
    bank_code         TEXT,
    branch_code       TEXT,
    account_type      TEXT CHECK (account_type IN ('ordinary', 'checking', 'savings')),
    number            TEXT,
    holder_kana       TEXT,
    profile           TEXT
);

-- User statement layouts; spec is the profile as JSON.
CREATE TABLE bank_profile (
    name TEXT PRIMARY KEY,
    spec TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE bank_import (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES bank_account (id),
    file         TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    format       TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    covered_from TEXT NOT NULL,
    covered_to   TEXT NOT NULL,
    added        INTEGER NOT NULL,
    known        INTEGER NOT NULL
);
CREATE INDEX bank_import_account ON bank_import (account_id, covered_to);

-- One statement line. amount: + money in, - money out (a card charge is out). identity is the
-- bank's reference where it has one, else a content hash with its occurrence index, so an
-- overlapping download adds only what is new.
CREATE TABLE bank_line (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES bank_account (id),
    import_id  INTEGER NOT NULL REFERENCES bank_import (id),
    file_line  INTEGER NOT NULL,
    identity   TEXT NOT NULL,
    date       TEXT NOT NULL,
    value_date TEXT,
    amount     INTEGER NOT NULL CHECK (amount <> 0),
    balance    INTEGER,
    text       TEXT NOT NULL,
    payer      TEXT,
    edi        TEXT,
    reference  TEXT,
    raw        TEXT NOT NULL,
    UNIQUE (account_id, identity)
);
CREATE INDEX bank_line_date ON bank_line (account_id, date);
CREATE TRIGGER bank_line_immutable BEFORE UPDATE ON bank_line
BEGIN SELECT RAISE(ABORT, 'statement lines are kept as the bank wrote them'); END;
CREATE TRIGGER bank_line_no_delete BEFORE DELETE ON bank_line
BEGIN SELECT RAISE(ABORT, 'statement lines are kept as the bank wrote them'); END;

-- How a line was settled. A match is undone (its entry or payments reversed), never deleted;
-- at most one live match per line.
CREATE TABLE bank_match (
    id            INTEGER PRIMARY KEY,
    line_id       INTEGER NOT NULL REFERENCES bank_line (id),
    kind          TEXT NOT NULL CHECK (kind IN ('invoice', 'payroll', 'entry', 'rule', 'account', 'transfer', 'ignore')),
    entry_id      INTEGER REFERENCES journal_entry (id),
    detail        TEXT NOT NULL,
    score         INTEGER,
    auto          INTEGER NOT NULL CHECK (auto IN (0, 1)),
    created_at    TEXT NOT NULL,
    undone_at     TEXT,
    undo_entry_id INTEGER REFERENCES journal_entry (id)
);
CREATE UNIQUE INDEX bank_match_live ON bank_match (line_id) WHERE undone_at IS NULL;
CREATE INDEX bank_match_entry ON bank_match (entry_id) WHERE entry_id IS NOT NULL;

-- The invoice payments a match recorded (one transfer may pay several invoices).
CREATE TABLE bank_match_payment (
    match_id   INTEGER NOT NULL REFERENCES bank_match (id),
    payment_id INTEGER NOT NULL REFERENCES payment (id),
    entry_id   INTEGER NOT NULL REFERENCES journal_entry (id),
    PRIMARY KEY (match_id, payment_id)
) WITHOUT ROWID;

-- Ordered rules: conditions (all that are set must hold), then one action.
CREATE TABLE bank_rule (
    id         INTEGER PRIMARY KEY,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL UNIQUE,
    direction  TEXT NOT NULL CHECK (direction IN ('in', 'out', 'any')),
    account_id INTEGER REFERENCES bank_account (id),
    text_op    TEXT CHECK (text_op IN ('exact', 'contains', 'prefix', 'suffix', 'regex')),
    text_value TEXT,
    min_amount INTEGER,
    max_amount INTEGER,
    action     TEXT NOT NULL CHECK (action IN ('post', 'split', 'transfer', 'ignore')),
    target     TEXT,
    tax        TEXT,
    splits     TEXT
);

-- 金種表: a cash count and what the books said.
CREATE TABLE cash_count (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES bank_account (id),
    date          TEXT NOT NULL,
    denominations TEXT NOT NULL,
    counted       INTEGER NOT NULL,
    book          INTEGER NOT NULL,
    entry_id      INTEGER REFERENCES journal_entry (id),
    created_at    TEXT NOT NULL
);
