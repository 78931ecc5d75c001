-- Delivery notes (納品書) made on their own, before any invoice (goods delivered through the
-- month, billed at its end): numbered in their own series, lines and totals kept as computed,
-- never posted. invoice_id is set once, when an invoice bills the note; nothing else changes.
CREATE TABLE delivery_note (
    id          INTEGER PRIMARY KEY,
    number      TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customer (id),
    date        TEXT NOT NULL,
    subject     TEXT,
    note        TEXT,
    tax_pricing TEXT NOT NULL CHECK (tax_pricing IN ('exclusive', 'inclusive')),
    lines       TEXT NOT NULL,
    rates       TEXT NOT NULL,
    subtotal    INTEGER NOT NULL,
    tax         INTEGER NOT NULL,
    total       INTEGER NOT NULL,
    parties     TEXT NOT NULL,
    invoice_id  INTEGER REFERENCES invoice (id),
    created_at  TEXT NOT NULL
);
CREATE INDEX delivery_note_customer ON delivery_note (customer_id, date);

CREATE TRIGGER delivery_note_fixed BEFORE UPDATE ON delivery_note
WHEN NOT (OLD.invoice_id IS NULL AND NEW.invoice_id IS NOT NULL
    AND NEW.number = OLD.number AND NEW.customer_id = OLD.customer_id AND NEW.date = OLD.date
    AND NEW.lines = OLD.lines AND NEW.rates = OLD.rates AND NEW.total = OLD.total
    AND NEW.parties = OLD.parties)
BEGIN SELECT RAISE(ABORT, 'a delivery note is fixed once made; only the invoice billing it is added'); END;
CREATE TRIGGER delivery_note_kept BEFORE DELETE ON delivery_note
BEGIN SELECT RAISE(ABORT, 'delivery notes are kept'); END;
