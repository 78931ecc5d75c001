-- 0007: year-end closing entries. Each moves a fiscal year's P&L balances to retained earnings
-- (繰越利益剰余金 / 元入金). Reports leave these entries (and their reversals) out: the P&L of the
-- closed year stays as it was, and the balance sheet already carries prior years' profit into
-- retained earnings. Exports and account ledgers include them, as the accountant's books do.
CREATE TABLE ledger_year_end (
    entry_id    INTEGER PRIMARY KEY REFERENCES journal_entry (id),
    fiscal_year INTEGER NOT NULL,
    closed_at   TEXT NOT NULL
);
