-- 0004: inventory — items, locations, dated movements, valuation corrections, stocktakes.
-- Quantities and unit costs are decimal TEXT; values are integer minor units.

CREATE TABLE inv_item (
    id              INTEGER PRIMARY KEY,
    sku             TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    unit            TEXT NOT NULL DEFAULT '個',
    category        TEXT NOT NULL CHECK (category IN ('goods', 'supplies')),
    method          TEXT NOT NULL CHECK (method IN ('moving_average', 'fifo')),
    reorder_point   TEXT,
    reorder_qty     TEXT,
    supplier        TEXT,
    asset_account   TEXT,
    expense_account TEXT,
    tax_rate        INTEGER NOT NULL DEFAULT 10 CHECK (tax_rate IN (0, 8, 10)),
    allow_negative  INTEGER NOT NULL DEFAULT 0 CHECK (allow_negative IN (0, 1))
);

CREATE TABLE inv_location (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('warehouse', 'room', 'department', 'machine', 'employee', 'other'))
);

-- A dated movement. quantity is positive; kind says which way it goes. value is the cost the
-- movement carried when posted (receipts: quantity × unit cost; outflows: valuation cost).
CREATE TABLE inv_movement (
    id            INTEGER PRIMARY KEY,
    item_id       INTEGER NOT NULL REFERENCES inv_item (id),
    date          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('receive', 'issue', 'transfer', 'adjust_in', 'adjust_out')),
    quantity      TEXT NOT NULL,
    unit_cost     TEXT,
    from_location INTEGER REFERENCES inv_location (id),
    to_location   INTEGER REFERENCES inv_location (id),
    ref           TEXT,
    reason        TEXT,
    supplier      TEXT,
    import_hash   BLOB,
    value         INTEGER NOT NULL,
    entry_id      INTEGER REFERENCES journal_entry (id),
    created_at    TEXT NOT NULL
);
CREATE INDEX inv_movement_item ON inv_movement (item_id, date, id);
CREATE INDEX inv_movement_hash ON inv_movement (import_hash) WHERE import_hash IS NOT NULL;

-- When a back-dated movement changes the cost of later outflows, the difference is posted and
-- recorded here (valuations are recomputed, never patched).
CREATE TABLE inv_revaluation (
    id          INTEGER PRIMARY KEY,
    movement_id INTEGER NOT NULL REFERENCES inv_movement (id),
    delta       INTEGER NOT NULL,
    entry_id    INTEGER REFERENCES journal_entry (id),
    created_at  TEXT NOT NULL
);

CREATE TABLE inv_count (
    id          INTEGER PRIMARY KEY,
    location_id INTEGER REFERENCES inv_location (id),
    as_of       TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('open', 'applied')),
    entry_id    INTEGER REFERENCES journal_entry (id),
    created_at  TEXT NOT NULL
);
CREATE TABLE inv_count_line (
    count_id  INTEGER NOT NULL REFERENCES inv_count (id),
    item_id   INTEGER NOT NULL REFERENCES inv_item (id),
    expected  TEXT NOT NULL,
    counted   TEXT,
    PRIMARY KEY (count_id, item_id)
) WITHOUT ROWID;

CREATE TRIGGER inv_movement_no_update BEFORE UPDATE ON inv_movement
BEGIN SELECT RAISE(ABORT, 'stock movements are immutable: post an adjustment'); END;
CREATE TRIGGER inv_movement_no_delete BEFORE DELETE ON inv_movement
BEGIN SELECT RAISE(ABORT, 'stock movements are immutable: post an adjustment'); END;
CREATE TRIGGER inv_revaluation_no_change BEFORE UPDATE ON inv_revaluation
BEGIN SELECT RAISE(ABORT, 'revaluations are immutable'); END;
