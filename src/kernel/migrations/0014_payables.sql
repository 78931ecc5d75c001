-- 0014: suppliers and the bills they send (各種支払): lines, per-rate tax with the creditable
-- part, withholding on fees; the dated 経過措置 table for bills from unregistered suppliers.

CREATE TABLE supplier (
    id                  INTEGER PRIMARY KEY,
    code                TEXT NOT NULL UNIQUE,
    name                TEXT NOT NULL,
    kana                TEXT,
    registration_number TEXT,
    address             TEXT,
    bank_code           TEXT,
    branch_code         TEXT,
    account_type        TEXT CHECK (account_type IN ('ordinary', 'checking', 'savings')),
    account_number      TEXT,
    holder_kana         TEXT,
    payment_terms       TEXT NOT NULL,
    fee_bearer          TEXT NOT NULL CHECK (fee_bearer IN ('us', 'supplier')),
    covered             INTEGER NOT NULL CHECK (covered IN (0, 1)),
    withholding         TEXT NOT NULL CHECK (withholding IN ('none', 'fee', 'judicial')),
    expense_account_id  INTEGER REFERENCES account (id),
    payable_account_id  INTEGER NOT NULL REFERENCES account (id)
);

-- A bill as received. Issued bills are never edited: a wrong one is voided (its entry reversed).
CREATE TABLE bill (
    id            INTEGER PRIMARY KEY,
    supplier_id   INTEGER NOT NULL REFERENCES supplier (id),
    number        TEXT,
    date          TEXT NOT NULL,
    received      TEXT NOT NULL,
    due           TEXT NOT NULL,
    tax_included  INTEGER NOT NULL CHECK (tax_included IN (0, 1)),
    credit_class  TEXT NOT NULL CHECK (credit_class IN ('registered', 'transition', 'small', 'book_only')),
    credit_percent INTEGER NOT NULL,
    subtotal      INTEGER NOT NULL,
    tax           INTEGER NOT NULL,
    total         INTEGER NOT NULL,
    withholding   INTEGER NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('open', 'void')),
    entry_id      INTEGER NOT NULL REFERENCES journal_entry (id),
    void_date     TEXT,
    void_entry_id INTEGER REFERENCES journal_entry (id),
    void_reason   TEXT,
    created_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX bill_supplier_number ON bill (supplier_id, number)
    WHERE number IS NOT NULL AND status = 'open';
CREATE INDEX bill_due ON bill (status, due);

CREATE TABLE bill_line (
    bill_id    INTEGER NOT NULL REFERENCES bill (id),
    line_no    INTEGER NOT NULL,
    name       TEXT NOT NULL,
    amount     INTEGER NOT NULL,
    rate       INTEGER NOT NULL CHECK (rate IN (0, 8, 10)),
    account_id INTEGER NOT NULL REFERENCES account (id),
    PRIMARY KEY (bill_id, line_no)
) WITHOUT ROWID;

-- Per rate: the base, the tax, and the part of it that is creditable input tax.
CREATE TABLE bill_rate (
    bill_id    INTEGER NOT NULL REFERENCES bill (id),
    rate       INTEGER NOT NULL,
    base       INTEGER NOT NULL,
    tax        INTEGER NOT NULL,
    creditable INTEGER NOT NULL,
    PRIMARY KEY (bill_id, rate)
) WITHOUT ROWID;

CREATE TRIGGER bill_immutable BEFORE UPDATE ON bill
WHEN NOT (OLD.status = 'open' AND NEW.status = 'void' AND NEW.total = OLD.total
    AND NEW.entry_id = OLD.entry_id AND NEW.supplier_id = OLD.supplier_id)
BEGIN SELECT RAISE(ABORT, 'bills are immutable: void one and enter it again'); END;
CREATE TRIGGER bill_no_delete BEFORE DELETE ON bill
BEGIN SELECT RAISE(ABORT, 'bills are immutable: void one and enter it again'); END;

-- 経過措置: the share of the tax on a bill from an unregistered supplier that is creditable, by
-- the bill's date (消費税法 平成28年改正法附則52条・53条, as enacted; a reform is an import).
CREATE TABLE input_tax_transition (
    valid_from TEXT NOT NULL PRIMARY KEY,
    valid_to   TEXT NOT NULL,
    percent    INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100)
) WITHOUT ROWID;
INSERT INTO input_tax_transition VALUES ('2023-10-01', '2026-09-30', 80);
INSERT INTO input_tax_transition VALUES ('2026-10-01', '2029-09-30', 50);
