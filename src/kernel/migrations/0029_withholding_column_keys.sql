-- 0029: pay settings store the withholding column by its key. An imported file could write 甲/乙
-- (or the key with spaces), which the runs read through the parser but 年末調整 compared with
-- the key `otsu` itself: an 乙欄 employee written as 乙 was taken for 甲欄 and adjusted. Import
-- and `payroll set` now store the key; this rewrites the settings stored before.
UPDATE pay_setting
SET setting = json_set(setting, '$.column',
    CASE trim(json_extract(setting, '$.column')) WHEN '甲' THEN 'kou' WHEN 'kou' THEN 'kou' ELSE 'otsu' END)
WHERE trim(json_extract(setting, '$.column')) IN ('甲', '乙', 'kou', 'otsu')
  AND json_extract(setting, '$.column') NOT IN ('kou', 'otsu');
