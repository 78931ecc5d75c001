-- 0025: where each item's valuation stands after its latest movement (issue 19). A batch of
-- movements that all come after an item's latest one resumes valuing from here instead of
-- reading and valuing the item's whole history again: a small import into a long history does
-- work proportional to the import. Derived data, kept exact (decimals as text): a state that
-- is not the one after the item's latest movement (by date, then id) is not used, and the
-- history is valued from its first movement as before.
CREATE TABLE inv_valuation_state (
    item_id       INTEGER PRIMARY KEY REFERENCES inv_item (id),
    -- the movement this is the state after: the item's latest by (date, id)
    movement_id   INTEGER NOT NULL REFERENCES inv_movement (id),
    movement_date TEXT NOT NULL,
    quantity      TEXT NOT NULL,
    value         TEXT NOT NULL,
    booked        INTEGER NOT NULL,
    last_cost     TEXT NOT NULL,
    current_cost  TEXT NOT NULL,
    -- FIFO layers oldest first, "quantity@unit cost" joined by ';' (empty: none)
    layers        TEXT NOT NULL
);
