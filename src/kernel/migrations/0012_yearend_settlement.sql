-- 0012: a year's 年末調整 settled on its own (精算), when the year's last payroll run was already
-- confirmed: one per year, posted at once (refunds out of 預り金, extra tax into it) and final.

CREATE TABLE yearend_settlement (
    year        INTEGER PRIMARY KEY,
    pay_date    TEXT NOT NULL,
    entry_id    INTEGER NOT NULL REFERENCES journal_entry (id),
    created_at  TEXT NOT NULL
);

-- amount: refunded to the employee (positive) or collected from them (negative).
CREATE TABLE yearend_settlement_line (
    year        INTEGER NOT NULL REFERENCES yearend_settlement (year),
    employee_id INTEGER NOT NULL REFERENCES employee (id),
    amount      INTEGER NOT NULL CHECK (amount <> 0),
    PRIMARY KEY (year, employee_id)
);

CREATE TRIGGER yearend_settlement_is_final BEFORE UPDATE ON yearend_settlement
BEGIN SELECT RAISE(ABORT, 'a posted 年末調整 settlement cannot change'); END;

CREATE TRIGGER yearend_settlement_not_deleted BEFORE DELETE ON yearend_settlement
BEGIN SELECT RAISE(ABORT, 'a posted 年末調整 settlement cannot be deleted'); END;

CREATE TRIGGER yearend_settlement_line_is_final BEFORE UPDATE ON yearend_settlement_line
BEGIN SELECT RAISE(ABORT, 'a posted 年末調整 settlement cannot change'); END;

CREATE TRIGGER yearend_settlement_line_not_deleted BEFORE DELETE ON yearend_settlement_line
BEGIN SELECT RAISE(ABORT, 'a posted 年末調整 settlement cannot be deleted'); END;
