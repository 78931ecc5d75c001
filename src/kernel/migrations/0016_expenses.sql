-- 0016: scans of bills in the archive; expense claims (経費精算) with their receipts, advances
-- (仮払金) and how a claim is repaid; reimbursements payroll adds to a month's net pay.

-- A bill's scan or PDF, archived in docs with the 電帳法 keys.
CREATE TABLE bill_document (
    bill_id     INTEGER NOT NULL REFERENCES bill (id),
    document_id INTEGER NOT NULL REFERENCES document (id),
    PRIMARY KEY (bill_id, document_id)
) WITHOUT ROWID;

-- An employee's claim for a month: draft (lines may be added) → submitted → approved (posted).
-- A rejected claim goes back to draft with the reason kept in `note`.
CREATE TABLE expense_claim (
    id           INTEGER PRIMARY KEY,
    employee_id  INTEGER NOT NULL REFERENCES employee (id),
    period       TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved')),
    note         TEXT,
    submitted_at TEXT,
    approved_by  TEXT,
    approved_on  TEXT,
    entry_id     INTEGER REFERENCES journal_entry (id),
    created_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX expense_claim_open ON expense_claim (employee_id, period)
    WHERE status != 'approved';

CREATE TABLE expense_line (
    id                  INTEGER PRIMARY KEY,
    claim_id            INTEGER NOT NULL REFERENCES expense_claim (id),
    date                TEXT NOT NULL,
    amount              INTEGER NOT NULL CHECK (amount > 0),
    rate                INTEGER NOT NULL CHECK (rate IN (0, 8, 10)),
    account_id          INTEGER NOT NULL REFERENCES account (id),
    payee               TEXT NOT NULL,
    registration_number TEXT,
    book_only           INTEGER NOT NULL CHECK (book_only IN (0, 1)),
    note                TEXT,
    document_id         INTEGER REFERENCES document (id)
);
CREATE INDEX expense_line_claim ON expense_line (claim_id);

CREATE TRIGGER expense_line_fixed BEFORE UPDATE ON expense_line
BEGIN SELECT RAISE(ABORT, 'a claim line is removed and entered again, never edited'); END;

-- 仮払金 per employee: + an advance paid out, − what a claim used of it or the change returned.
CREATE TABLE expense_advance (
    id          INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employee (id),
    date        TEXT NOT NULL,
    amount      INTEGER NOT NULL CHECK (amount != 0),
    kind        TEXT NOT NULL CHECK (kind IN ('advance', 'claim', 'returned')),
    claim_id    INTEGER REFERENCES expense_claim (id),
    entry_id    INTEGER REFERENCES journal_entry (id)
);
CREATE INDEX expense_advance_employee ON expense_advance (employee_id);
CREATE TRIGGER expense_advance_fixed BEFORE UPDATE ON expense_advance
BEGIN SELECT RAISE(ABORT, 'advances are settled by new rows, never edited'); END;
CREATE TRIGGER expense_advance_kept BEFORE DELETE ON expense_advance
BEGIN SELECT RAISE(ABORT, 'advances are settled by new rows, never deleted'); END;

-- How an approved claim is repaid: with a month's pay, or at once (cash or a transfer).
CREATE TABLE expense_reimbursement (
    claim_id INTEGER PRIMARY KEY REFERENCES expense_claim (id),
    via      TEXT NOT NULL CHECK (via IN ('payroll', 'cash', 'transfer')),
    month    TEXT,
    date     TEXT,
    amount   INTEGER NOT NULL CHECK (amount > 0),
    entry_id INTEGER REFERENCES journal_entry (id)
);

-- What payroll adds to a month's net pay outside gross, tax and insurance (立替経費の精算).
CREATE TABLE payroll_reimbursement (
    id          INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employee (id),
    month       TEXT NOT NULL,
    amount      INTEGER NOT NULL CHECK (amount > 0),
    label       TEXT NOT NULL,
    source      TEXT NOT NULL UNIQUE
);
CREATE INDEX payroll_reimbursement_month ON payroll_reimbursement (month);
