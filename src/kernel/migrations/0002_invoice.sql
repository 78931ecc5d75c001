-- 0002: customers, catalogue items, invoices and credit notes, payments, numbering.
-- Amounts are integer minor units (yen); quantities and unit prices are decimal TEXT.

CREATE TABLE customer (
    id                  INTEGER PRIMARY KEY,
    code                TEXT NOT NULL UNIQUE,
    name                TEXT NOT NULL,
    honorific           TEXT NOT NULL CHECK (honorific IN ('御中', '様')),
    department          TEXT,
    contact             TEXT,
    postal_code         TEXT,
    address             TEXT,
    email               TEXT,
    registration_number TEXT,
    payment_terms       TEXT NOT NULL,
    tax_pricing         TEXT NOT NULL CHECK (tax_pricing IN ('exclusive', 'inclusive'))
);

CREATE TABLE catalog_item (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    unit       TEXT,
    unit_price TEXT NOT NULL,
    tax_rate   INTEGER NOT NULL CHECK (tax_rate IN (0, 8, 10))
);

-- An invoice or a credit note (kind). number is NULL while a draft; issued documents are
-- immutable except for being voided.
CREATE TABLE invoice (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    number        TEXT UNIQUE,
    status        TEXT NOT NULL CHECK (status IN ('draft', 'issued', 'void')),
    customer_id   INTEGER NOT NULL REFERENCES customer (id),
    date          TEXT NOT NULL,
    due_date      TEXT,
    subject       TEXT,
    note          TEXT,
    tax_pricing   TEXT NOT NULL CHECK (tax_pricing IN ('exclusive', 'inclusive')),
    qualified     INTEGER NOT NULL CHECK (qualified IN (0, 1)),
    original_id   INTEGER REFERENCES invoice (id),
    reason        TEXT,
    subtotal      INTEGER NOT NULL,
    tax           INTEGER NOT NULL,
    total         INTEGER NOT NULL,
    entry_id      INTEGER REFERENCES journal_entry (id),
    void_date     TEXT,
    void_entry_id INTEGER REFERENCES journal_entry (id),
    void_reason   TEXT,
    parties       TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX invoice_customer ON invoice (customer_id, date);
CREATE INDEX invoice_original ON invoice (original_id) WHERE original_id IS NOT NULL;

CREATE TABLE invoice_line (
    invoice_id INTEGER NOT NULL REFERENCES invoice (id),
    line_no    INTEGER NOT NULL,
    name       TEXT NOT NULL,
    quantity   TEXT NOT NULL,
    unit       TEXT,
    unit_price TEXT NOT NULL,
    tax_rate   INTEGER NOT NULL CHECK (tax_rate IN (0, 8, 10)),
    amount     INTEGER NOT NULL,
    PRIMARY KEY (invoice_id, line_no)
) WITHOUT ROWID;

-- Per-rate summary as computed at issue (tax rounded once per invoice per rate).
CREATE TABLE invoice_rate (
    invoice_id INTEGER NOT NULL REFERENCES invoice (id),
    rate       INTEGER NOT NULL,
    base       INTEGER NOT NULL,
    tax        INTEGER NOT NULL,
    PRIMARY KEY (invoice_id, rate)
) WITHOUT ROWID;

CREATE TABLE payment (
    id         INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoice (id),
    date       TEXT NOT NULL,
    amount     INTEGER NOT NULL CHECK (amount > 0),
    fee        INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),
    -- the part of amount + fee beyond what was open, kept as 前受金
    overpaid   INTEGER NOT NULL DEFAULT 0 CHECK (overpaid >= 0),
    account_id INTEGER NOT NULL REFERENCES account (id),
    entry_id   INTEGER NOT NULL REFERENCES journal_entry (id)
);
CREATE INDEX payment_invoice ON payment (invoice_id, date);

-- Gapless numbering per series and fiscal year.
CREATE TABLE invoice_counter (
    series      TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    last        INTEGER NOT NULL,
    PRIMARY KEY (series, fiscal_year)
) WITHOUT ROWID;

-- Issued documents are immutable: only the move to 'void' (with its date, entry and reason).
CREATE TRIGGER invoice_issued_immutable BEFORE UPDATE ON invoice
WHEN OLD.status <> 'draft' AND NOT (
    OLD.status = 'issued' AND NEW.status = 'void'
    AND NEW.number IS OLD.number AND NEW.kind = OLD.kind AND NEW.customer_id = OLD.customer_id
    AND NEW.date = OLD.date AND NEW.subtotal = OLD.subtotal AND NEW.tax = OLD.tax
    AND NEW.total = OLD.total AND NEW.entry_id IS OLD.entry_id AND NEW.parties = OLD.parties)
BEGIN SELECT RAISE(ABORT, 'issued invoices are immutable: void them or issue a credit note'); END;
CREATE TRIGGER invoice_issued_no_delete BEFORE DELETE ON invoice
WHEN OLD.status <> 'draft'
BEGIN SELECT RAISE(ABORT, 'issued invoices are immutable: void them or issue a credit note'); END;
CREATE TRIGGER invoice_line_issued_insert BEFORE INSERT ON invoice_line
WHEN (SELECT status FROM invoice WHERE id = NEW.invoice_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'issued invoices are immutable'); END;
CREATE TRIGGER invoice_line_issued_update BEFORE UPDATE ON invoice_line
WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'issued invoices are immutable'); END;
CREATE TRIGGER invoice_line_issued_delete BEFORE DELETE ON invoice_line
WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'issued invoices are immutable'); END;
CREATE TRIGGER invoice_rate_issued_update BEFORE UPDATE ON invoice_rate
WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'issued invoices are immutable'); END;
CREATE TRIGGER invoice_rate_issued_delete BEFORE DELETE ON invoice_rate
WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'issued invoices are immutable'); END;
CREATE TRIGGER payment_no_update BEFORE UPDATE ON payment
BEGIN SELECT RAISE(ABORT, 'payments are immutable'); END;
CREATE TRIGGER payment_no_delete BEFORE DELETE ON payment
BEGIN SELECT RAISE(ABORT, 'payments are immutable'); END;
