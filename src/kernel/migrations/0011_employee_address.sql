-- 0011: the employee's address and municipality of residence (郵便番号, 住所, 市区町村コード),
-- which the 源泉徴収票 and the 給与支払報告書 carry; and the work calendar held on the employee by
-- its code, so that the people area no longer reads attendance's table. Triggers keep the
-- foreign key (calendar_id) in step with the code and refuse a code no calendar has.

ALTER TABLE employee ADD COLUMN postal_code TEXT;
ALTER TABLE employee ADD COLUMN address TEXT;
ALTER TABLE employee ADD COLUMN municipality_code TEXT
    CHECK (municipality_code IS NULL OR length(municipality_code) = 6);
ALTER TABLE employee ADD COLUMN calendar TEXT NOT NULL DEFAULT 'standard';
UPDATE employee SET calendar = (SELECT code FROM work_calendar WHERE id = employee.calendar_id);

CREATE TRIGGER employee_calendar_known_on_insert BEFORE INSERT ON employee
WHEN NOT EXISTS (SELECT 1 FROM work_calendar WHERE code = NEW.calendar)
BEGIN
    SELECT RAISE(ABORT, 'unknown work calendar');
END;

CREATE TRIGGER employee_calendar_known_on_update BEFORE UPDATE OF calendar ON employee
WHEN NOT EXISTS (SELECT 1 FROM work_calendar WHERE code = NEW.calendar)
BEGIN
    SELECT RAISE(ABORT, 'unknown work calendar');
END;

CREATE TRIGGER employee_calendar_id_on_insert AFTER INSERT ON employee
BEGIN
    UPDATE employee SET calendar_id = (SELECT id FROM work_calendar WHERE code = NEW.calendar)
    WHERE id = NEW.id;
END;

CREATE TRIGGER employee_calendar_id_on_update AFTER UPDATE OF calendar ON employee
BEGIN
    UPDATE employee SET calendar_id = (SELECT id FROM work_calendar WHERE code = NEW.calendar)
    WHERE id = NEW.id;
END;
