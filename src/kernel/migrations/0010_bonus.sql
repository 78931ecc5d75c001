-- 0010: bonus runs (賞与): one per pay date, a draft until confirmed (then posted and locked), with
-- one slip per employee (its computation as JSON, like monthly payslips).
CREATE TABLE bonus_run (
    id          INTEGER PRIMARY KEY,
    pay_date    TEXT NOT NULL UNIQUE,
    status      TEXT NOT NULL CHECK (status IN ('draft', 'confirmed')),
    entry_id    INTEGER REFERENCES journal_entry (id),
    created_at  TEXT NOT NULL
);

CREATE TABLE bonus_slip (
    run_id      INTEGER NOT NULL REFERENCES bonus_run (id) ON DELETE CASCADE,
    employee_id INTEGER NOT NULL REFERENCES employee (id),
    detail      TEXT NOT NULL,
    PRIMARY KEY (run_id, employee_id)
);

CREATE TRIGGER bonus_run_confirmed_is_final BEFORE UPDATE ON bonus_run
WHEN OLD.status = 'confirmed'
BEGIN SELECT RAISE(ABORT, 'a confirmed bonus run cannot change'); END;

CREATE TRIGGER bonus_run_confirmed_not_deleted BEFORE DELETE ON bonus_run
WHEN OLD.status = 'confirmed'
BEGIN SELECT RAISE(ABORT, 'a confirmed bonus run cannot be deleted'); END;
