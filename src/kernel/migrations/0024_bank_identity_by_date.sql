-- 0024: a statement line's identity (what recognises it when a download is imported again)
-- starts with its date: "2026-04-01 h:…#1", "2026-04-01 ref:2026-04-01:…". A download's lines
-- then go into the UNIQUE (account_id, identity) index in date order, at its end, instead of
-- at random places by hash (bank import, docs/performance.md). The rest of each identity is
-- unchanged, so a download imported before this migration is still recognised after it.
-- Lines are immutable: the guard is lifted for this one rewrite, inside the migration's
-- transaction.
DROP TRIGGER bank_line_immutable;
UPDATE bank_line SET identity = date || ' ' || identity;
CREATE TRIGGER bank_line_immutable BEFORE UPDATE ON bank_line
BEGIN SELECT RAISE(ABORT, 'statement lines are kept as the bank wrote them'); END;
