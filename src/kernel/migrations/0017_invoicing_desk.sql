-- 0017: the invoicing desk. Receipts (領収書) for recorded payments — a qualified simplified invoice: the amount,
-- the tax in it per rate, the issuer's T-number; on paper, the 収入印紙 it needs. One receipt per
-- payment; writing it again makes a copy marked 再発行 (counted, never a new number).

CREATE TABLE receipt (
    id          INTEGER PRIMARY KEY,
    number      TEXT NOT NULL UNIQUE,
    payment_id  INTEGER NOT NULL UNIQUE REFERENCES payment (id),
    date        TEXT NOT NULL,
    name        TEXT NOT NULL,
    note        TEXT NOT NULL,
    amount      INTEGER NOT NULL CHECK (amount > 0),
    paper       INTEGER NOT NULL CHECK (paper IN (0, 1)),
    duty_base   INTEGER NOT NULL,
    stamp_duty  INTEGER NOT NULL CHECK (stamp_duty >= 0),
    copies      INTEGER NOT NULL DEFAULT 1 CHECK (copies >= 1),
    created_at  TEXT NOT NULL
);

CREATE TABLE receipt_rate (
    receipt_id INTEGER NOT NULL REFERENCES receipt (id),
    rate       INTEGER NOT NULL,
    amount     INTEGER NOT NULL,
    tax        INTEGER NOT NULL,
    PRIMARY KEY (receipt_id, rate)
) WITHOUT ROWID;

CREATE TRIGGER receipt_fixed BEFORE UPDATE ON receipt
WHEN NOT (NEW.copies = OLD.copies + 1 AND NEW.number = OLD.number AND NEW.amount = OLD.amount
    AND NEW.name = OLD.name AND NEW.note = OLD.note AND NEW.paper = OLD.paper
    AND NEW.stamp_duty = OLD.stamp_duty AND NEW.date = OLD.date)
BEGIN SELECT RAISE(ABORT, 'a receipt is issued once; writing it again makes a copy marked 再発行'); END;
CREATE TRIGGER receipt_kept BEFORE DELETE ON receipt
BEGIN SELECT RAISE(ABORT, 'receipts are kept'); END;

-- Recurring invoices: a customer billed the same lines every month on a day; each month is
-- issued once (recurring_issue's key), whatever the number of runs.
CREATE TABLE recurring_invoice (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customer (id),
    day         INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
    subject     TEXT,
    note        TEXT,
    lines       TEXT NOT NULL,
    pricing     TEXT,
    start_month TEXT NOT NULL,
    active      INTEGER NOT NULL CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL
);

CREATE TABLE recurring_issue (
    recurring_id INTEGER NOT NULL REFERENCES recurring_invoice (id),
    month        TEXT NOT NULL,
    invoice_id   INTEGER NOT NULL REFERENCES invoice (id),
    PRIMARY KEY (recurring_id, month)
) WITHOUT ROWID;
