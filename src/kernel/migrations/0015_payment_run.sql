-- 0015: paying suppliers. A payment run (支払予定) is a draft until confirmed; confirming posts
-- one entry for the transfers and records a payment per bill. Bills paid by hand (cash, card)
-- get a payment too. What a bill still owes = its net less its live payments.

ALTER TABLE supplier ADD COLUMN bank_name TEXT;
ALTER TABLE supplier ADD COLUMN branch_name TEXT;

CREATE TABLE payment_run (
    id            INTEGER PRIMARY KEY,
    date          TEXT NOT NULL,
    due_through   TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('draft', 'confirmed', 'cancelled')),
    account_id    INTEGER NOT NULL REFERENCES account (id),
    entry_id      INTEGER REFERENCES journal_entry (id),
    fee_entry_id  INTEGER REFERENCES journal_entry (id),
    created_at    TEXT NOT NULL,
    confirmed_at  TEXT
);

-- What a run pays of each bill: `amount` of its net (the fee deducted included), `withheld` the
-- share of its withholding that becomes due with this payment.
CREATE TABLE payment_run_line (
    run_id   INTEGER NOT NULL REFERENCES payment_run (id),
    bill_id  INTEGER NOT NULL REFERENCES bill (id),
    amount   INTEGER NOT NULL CHECK (amount > 0),
    withheld INTEGER NOT NULL CHECK (withheld >= 0),
    PRIMARY KEY (run_id, bill_id)
) WITHOUT ROWID;

-- One transfer per supplier and run: what reaches the supplier, the fee deducted from it
-- (先方負担), the fee the bank charges for it, and the EDI text (the bills' numbers).
CREATE TABLE payment_run_transfer (
    run_id      INTEGER NOT NULL REFERENCES payment_run (id),
    supplier_id INTEGER NOT NULL REFERENCES supplier (id),
    amount      INTEGER NOT NULL CHECK (amount > 0),
    deducted    INTEGER NOT NULL CHECK (deducted >= 0),
    bank_fee    INTEGER NOT NULL CHECK (bank_fee >= 0),
    edi         TEXT NOT NULL,
    PRIMARY KEY (run_id, supplier_id)
) WITHOUT ROWID;

CREATE TABLE bill_payment (
    id                INTEGER PRIMARY KEY,
    bill_id           INTEGER NOT NULL REFERENCES bill (id),
    date              TEXT NOT NULL,
    amount            INTEGER NOT NULL CHECK (amount > 0),
    withheld          INTEGER NOT NULL CHECK (withheld >= 0),
    run_id            INTEGER REFERENCES payment_run (id),
    entry_id          INTEGER NOT NULL REFERENCES journal_entry (id),
    reversed_on       TEXT,
    reversal_entry_id INTEGER REFERENCES journal_entry (id)
);
CREATE INDEX bill_payment_bill ON bill_payment (bill_id) WHERE reversed_on IS NULL;
CREATE INDEX bill_payment_date ON bill_payment (date);

CREATE TRIGGER bill_payment_immutable BEFORE UPDATE ON bill_payment
WHEN NOT (OLD.reversed_on IS NULL AND NEW.reversed_on IS NOT NULL AND NEW.amount = OLD.amount
    AND NEW.bill_id = OLD.bill_id AND NEW.entry_id = OLD.entry_id)
BEGIN SELECT RAISE(ABORT, 'payments are reversed, never edited'); END;
CREATE TRIGGER bill_payment_no_delete BEFORE DELETE ON bill_payment
BEGIN SELECT RAISE(ABORT, 'payments are reversed, never deleted'); END;
