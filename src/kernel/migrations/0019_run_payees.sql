-- Transfers other areas ask the next payment run to make — an expense claim repaid by 総合振込 —
-- with the payee's bank details as they were when scheduled. Pending while run_id is NULL; in a
-- draft run; paid when that run is confirmed; released (run_id NULL again) when the draft is
-- dropped or the confirmed run reversed.
CREATE TABLE payment_run_payee (
    id             INTEGER PRIMARY KEY,
    source         TEXT NOT NULL UNIQUE,
    label          TEXT NOT NULL,
    bank_code      TEXT NOT NULL,
    bank_name      TEXT NOT NULL,
    branch_code    TEXT NOT NULL,
    branch_name    TEXT NOT NULL,
    account_type   TEXT NOT NULL,
    account_number TEXT NOT NULL,
    holder_kana    TEXT NOT NULL,
    amount         INTEGER NOT NULL CHECK (amount > 0),
    account_id     INTEGER NOT NULL REFERENCES account (id),
    edi            TEXT NOT NULL,
    bank_fee       INTEGER NOT NULL DEFAULT 0 CHECK (bank_fee >= 0),
    run_id         INTEGER REFERENCES payment_run (id)
);
CREATE INDEX payment_run_payee_run ON payment_run_payee (run_id);

-- A claim may now be repaid by the next payment run ('run').
CREATE TABLE expense_reimbursement_0019 (
    claim_id INTEGER PRIMARY KEY REFERENCES expense_claim (id),
    via      TEXT NOT NULL CHECK (via IN ('payroll', 'cash', 'transfer', 'run')),
    month    TEXT,
    date     TEXT,
    amount   INTEGER NOT NULL CHECK (amount > 0),
    entry_id INTEGER REFERENCES journal_entry (id)
);
INSERT INTO expense_reimbursement_0019 (claim_id, via, month, date, amount, entry_id)
    SELECT claim_id, via, month, date, amount, entry_id FROM expense_reimbursement;
DROP TABLE expense_reimbursement;
ALTER TABLE expense_reimbursement_0019 RENAME TO expense_reimbursement;
