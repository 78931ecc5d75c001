-- 0026: checkpoints in each item's valuation (issue 19). A movement dated before an item's
-- latest one changes the value of every movement after it, so the item is valued again — from
-- the latest checkpoint on or before the new movement's date instead of from the item's first
-- movement: a back-dated import into a long history does work proportional to the movements
-- after it. An item gets a checkpoint after every 64 of its movements (CHECKPOINT_EVERY in
-- src/inventory/mod.rs), counted in inv_valuation_state. Derived data, kept exact (decimals as
-- text) like inv_valuation_state: a revaluation deletes the checkpoints it passes and writes
-- them again. A history without checkpoints (older bko) is valued from its start once, and
-- gets them then.
CREATE TABLE inv_valuation_checkpoint (
    item_id       INTEGER NOT NULL REFERENCES inv_item (id),
    -- the movement this is the state after
    movement_date TEXT NOT NULL,
    movement_id   INTEGER NOT NULL REFERENCES inv_movement (id),
    quantity      TEXT NOT NULL,
    value         TEXT NOT NULL,
    booked        INTEGER NOT NULL,
    last_cost     TEXT NOT NULL,
    current_cost  TEXT NOT NULL,
    -- FIFO layers oldest first, "quantity@unit cost" joined by ';' (empty: none)
    layers        TEXT NOT NULL,
    PRIMARY KEY (item_id, movement_date, movement_id)
) WITHOUT ROWID;

-- how many of the item's movements were valued since its latest checkpoint (or its first)
ALTER TABLE inv_valuation_state ADD COLUMN since_checkpoint INTEGER NOT NULL DEFAULT 0;

-- What has been posted for an outflow is its value plus its revaluations; summed per movement
-- without reading every revaluation (a back-dated receipt a year back revalues every later
-- outflow of its item: the sum was read by a scan per outflow).
CREATE INDEX inv_revaluation_movement ON inv_revaluation (movement_id, delta);
