-- A 0% invoice line is either exempt (非課税: rents of housing, interest, …) or outside the
-- scope of consumption tax (不課税: compensation, dues, taxes re-charged). The two are booked and
-- sent differently (the ledger's exempt and out_of_scope categories; JP PINT categories E and O),
-- so the line says which. Lines written before are exempt, as bko treated every 0% line.
ALTER TABLE invoice_line ADD COLUMN out_of_scope INTEGER NOT NULL DEFAULT 0
    CHECK (out_of_scope IN (0, 1));
