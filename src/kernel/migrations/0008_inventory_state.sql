-- 0008: every movement carries the item's stock right after it (quantity and value, in valuation
-- order: date, then id), so `inventory stock --as-of` reads one row per item instead of valuing
-- every item's whole history. The two columns are derived: a back-dated movement recomputes the
-- item's history and rewrites them where they changed; the movement's own facts stay immutable
-- (the update trigger now names them). Rows from before this migration have NULL here and are
-- valued from their history until the item's next movement fills them in.
ALTER TABLE inv_movement ADD COLUMN quantity_after TEXT;
ALTER TABLE inv_movement ADD COLUMN value_after INTEGER;

DROP TRIGGER inv_movement_no_update;
CREATE TRIGGER inv_movement_no_update
BEFORE UPDATE OF id, item_id, date, kind, quantity, unit_cost, from_location, to_location, ref,
    reason, supplier, import_hash, value, entry_id, created_at ON inv_movement
BEGIN SELECT RAISE(ABORT, 'stock movements are immutable: post an adjustment'); END;

-- Re-import detection looks a row's fingerprint up among the movements of its item in the
-- file's date range, through inv_movement_item: an index on the random fingerprint cost a bulk
-- import more than everything else it writes.
DROP INDEX inv_movement_hash;
