-- Quotes (見積書): numbered when made (their own series in invoice_counter), valid until a day,
-- never posted to the ledger. Lines and per-rate totals are kept as computed (JSON, like a
-- recurring invoice's lines). A quote's figures never change: it moves once, open → accepted
-- (the invoice issued from it) or declined (with the reason); a revised offer is a new quote.
CREATE TABLE quote (
    id          INTEGER PRIMARY KEY,
    number      TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customer (id),
    date        TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    subject     TEXT,
    note        TEXT,
    tax_pricing TEXT NOT NULL CHECK (tax_pricing IN ('exclusive', 'inclusive')),
    lines       TEXT NOT NULL,
    rates       TEXT NOT NULL,
    subtotal    INTEGER NOT NULL,
    tax         INTEGER NOT NULL,
    total       INTEGER NOT NULL,
    parties     TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'declined')),
    invoice_id  INTEGER REFERENCES invoice (id),
    reason      TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX quote_customer ON quote (customer_id, date);

CREATE TRIGGER quote_fixed BEFORE UPDATE ON quote
WHEN NOT (OLD.status = 'open' AND NEW.status IN ('accepted', 'declined')
    AND NEW.number = OLD.number AND NEW.customer_id = OLD.customer_id AND NEW.date = OLD.date
    AND NEW.valid_until = OLD.valid_until AND NEW.lines = OLD.lines AND NEW.rates = OLD.rates
    AND NEW.total = OLD.total AND NEW.parties = OLD.parties)
BEGIN SELECT RAISE(ABORT, 'a quote is fixed once made: accept it, decline it, or make a new one'); END;
CREATE TRIGGER quote_kept BEFORE DELETE ON quote
BEGIN SELECT RAISE(ABORT, 'quotes are kept'); END;
