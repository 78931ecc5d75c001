-- 0027: a moving-average item's stored valuation states keep no FIFO layers (issue 19). The
-- engine kept a layer per receipt for every item though only FIFO reads them, so a moving-
-- average item whose stock never ran out carried one per receipt in every stored state and
-- checkpoint. The engine no longer keeps them; the stored ones go too, so a stored state stays
-- what valuing the whole history gives.
UPDATE inv_valuation_state SET layers = ''
WHERE item_id IN (SELECT id FROM inv_item WHERE method = 'moving_average');
UPDATE inv_valuation_checkpoint SET layers = ''
WHERE item_id IN (SELECT id FROM inv_item WHERE method = 'moving_average');
