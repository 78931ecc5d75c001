-- A supplier's default consumption-tax rate (税区分) for bill lines that give none: 10, 8
-- (reduced) or 0 (non-taxable / out of scope). NULL: every line states its rate.
ALTER TABLE supplier ADD COLUMN tax_rate INTEGER CHECK (tax_rate IS NULL OR tax_rate IN (0, 8, 10));
