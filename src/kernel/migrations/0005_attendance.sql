-- 0005: people (the employee master shared by attendance and payroll), work calendars,
-- national and company holidays, timecards with their correction history, closed months and
-- annual paid leave (年次有給休暇).
-- Clock times are INTEGER minutes after 00:00 of the work date; a clock_out above 1440 is on
-- the next day (an overnight shift belongs to the day it started).

CREATE TABLE work_calendar (
    id                    INTEGER PRIMARY KEY,
    code                  TEXT NOT NULL UNIQUE,
    name                  TEXT NOT NULL,
    workdays              TEXT NOT NULL DEFAULT 'mon,tue,wed,thu,fri',
    statutory_holiday     TEXT NOT NULL DEFAULT 'sun',
    week_start            TEXT NOT NULL DEFAULT 'sun',
    national_holidays_off INTEGER NOT NULL DEFAULT 1 CHECK (national_holidays_off IN (0, 1)),
    start_minute          INTEGER NOT NULL DEFAULT 540,
    end_minute            INTEGER NOT NULL DEFAULT 1080,
    break_minutes         INTEGER NOT NULL DEFAULT 60
);
INSERT INTO work_calendar (code, name) VALUES ('standard', '標準');

CREATE TABLE employee (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    kana            TEXT,
    birth_date      TEXT,
    hire_date       TEXT NOT NULL,
    leave_date      TEXT,
    employment      TEXT NOT NULL DEFAULT 'full_time'
                    CHECK (employment IN ('full_time', 'part_time', 'contract', 'officer')),
    department      TEXT,
    days_per_week   INTEGER NOT NULL DEFAULT 5 CHECK (days_per_week BETWEEN 1 AND 7),
    minutes_per_day INTEGER NOT NULL DEFAULT 480 CHECK (minutes_per_day BETWEEN 1 AND 1440),
    calendar_id     INTEGER NOT NULL DEFAULT 1 REFERENCES work_calendar (id),
    email           TEXT,
    created_at      TEXT NOT NULL
);

-- National holidays (bundled below, more with `bko attendance holidays import`) and company
-- holidays (年末年始, 夏季休業, ...).
CREATE TABLE holiday (
    date TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('national', 'company'))
) WITHOUT ROWID;

CREATE TABLE timecard (
    id            INTEGER PRIMARY KEY,
    employee_id   INTEGER NOT NULL REFERENCES employee (id),
    work_date     TEXT NOT NULL,
    clock_in      INTEGER,
    clock_out     INTEGER,
    break_minutes INTEGER NOT NULL DEFAULT 0,
    breaks        TEXT,
    note          TEXT,
    source        TEXT NOT NULL,
    UNIQUE (employee_id, work_date)
);
-- Overnight shifts are the only ones that can overlap the next day's; imports check them here.
CREATE INDEX timecard_overnight ON timecard (employee_id, work_date) WHERE clock_out > 1440;

-- Every value a correction replaced, with the reason (出勤簿 corrections stay visible).
CREATE TABLE timecard_history (
    id            INTEGER PRIMARY KEY,
    employee_id   INTEGER NOT NULL REFERENCES employee (id),
    work_date     TEXT NOT NULL,
    action        TEXT NOT NULL,
    clock_in      INTEGER,
    clock_out     INTEGER,
    break_minutes INTEGER,
    breaks        TEXT,
    note          TEXT,
    source        TEXT,
    reason        TEXT NOT NULL,
    changed_at    TEXT NOT NULL
);
CREATE INDEX timecard_history_employee ON timecard_history (employee_id, work_date);

CREATE TABLE attendance_closed (
    month     TEXT PRIMARY KEY,
    closed_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE leave_grant (
    id          INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employee (id),
    granted_on  TEXT NOT NULL,
    days        TEXT NOT NULL,
    expires_on  TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('statutory', 'manual')),
    note        TEXT,
    UNIQUE (employee_id, granted_on)
);

CREATE TABLE leave_taken (
    id          INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employee (id),
    date        TEXT NOT NULL,
    days        TEXT NOT NULL CHECK (days IN ('1', '0.5')),
    note        TEXT,
    UNIQUE (employee_id, date)
);

-- A closed month is locked in the database itself for changes and deletions. New timecards are
-- checked by bko's code instead of an INSERT trigger, which would cost 40% of import time
-- (docs/adr/0007-attendance-hours-in-rust.md).
CREATE TRIGGER timecard_closed_update BEFORE UPDATE ON timecard
WHEN EXISTS (SELECT 1 FROM attendance_closed
             WHERE month IN (substr(OLD.work_date, 1, 7), substr(NEW.work_date, 1, 7)))
BEGIN SELECT RAISE(ABORT, 'the attendance month is closed'); END;
CREATE TRIGGER timecard_closed_delete BEFORE DELETE ON timecard
WHEN EXISTS (SELECT 1 FROM attendance_closed WHERE month = substr(OLD.work_date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'the attendance month is closed'); END;
CREATE TRIGGER leave_taken_closed_insert BEFORE INSERT ON leave_taken
WHEN EXISTS (SELECT 1 FROM attendance_closed WHERE month = substr(NEW.date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'the attendance month is closed'); END;
CREATE TRIGGER leave_taken_closed_delete BEFORE DELETE ON leave_taken
WHEN EXISTS (SELECT 1 FROM attendance_closed WHERE month = substr(OLD.date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'the attendance month is closed'); END;

-- 国民の祝日 2024-2027 (内閣府「国民の祝日について」, https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html;
-- 春分・秋分 from 国立天文台 暦要項). Later years: `bko attendance holidays import FILE`.
INSERT INTO holiday (date, name, kind) VALUES
('2024-01-01', '元日', 'national'), ('2024-01-08', '成人の日', 'national'),
('2024-02-11', '建国記念の日', 'national'), ('2024-02-12', '振替休日', 'national'),
('2024-02-23', '天皇誕生日', 'national'), ('2024-03-20', '春分の日', 'national'),
('2024-04-29', '昭和の日', 'national'), ('2024-05-03', '憲法記念日', 'national'),
('2024-05-04', 'みどりの日', 'national'), ('2024-05-05', 'こどもの日', 'national'),
('2024-05-06', '振替休日', 'national'), ('2024-07-15', '海の日', 'national'),
('2024-08-11', '山の日', 'national'), ('2024-08-12', '振替休日', 'national'),
('2024-09-16', '敬老の日', 'national'), ('2024-09-22', '秋分の日', 'national'),
('2024-09-23', '振替休日', 'national'), ('2024-10-14', 'スポーツの日', 'national'),
('2024-11-03', '文化の日', 'national'), ('2024-11-04', '振替休日', 'national'),
('2024-11-23', '勤労感謝の日', 'national'),
('2025-01-01', '元日', 'national'), ('2025-01-13', '成人の日', 'national'),
('2025-02-11', '建国記念の日', 'national'), ('2025-02-23', '天皇誕生日', 'national'),
('2025-02-24', '振替休日', 'national'), ('2025-03-20', '春分の日', 'national'),
('2025-04-29', '昭和の日', 'national'), ('2025-05-03', '憲法記念日', 'national'),
('2025-05-04', 'みどりの日', 'national'), ('2025-05-05', 'こどもの日', 'national'),
('2025-05-06', '振替休日', 'national'), ('2025-07-21', '海の日', 'national'),
('2025-08-11', '山の日', 'national'), ('2025-09-15', '敬老の日', 'national'),
('2025-09-23', '秋分の日', 'national'), ('2025-10-13', 'スポーツの日', 'national'),
('2025-11-03', '文化の日', 'national'), ('2025-11-23', '勤労感謝の日', 'national'),
('2025-11-24', '振替休日', 'national'),
('2026-01-01', '元日', 'national'), ('2026-01-12', '成人の日', 'national'),
('2026-02-11', '建国記念の日', 'national'), ('2026-02-23', '天皇誕生日', 'national'),
('2026-03-20', '春分の日', 'national'), ('2026-04-29', '昭和の日', 'national'),
('2026-05-03', '憲法記念日', 'national'), ('2026-05-04', 'みどりの日', 'national'),
('2026-05-05', 'こどもの日', 'national'), ('2026-05-06', '振替休日', 'national'),
('2026-07-20', '海の日', 'national'), ('2026-08-11', '山の日', 'national'),
('2026-09-21', '敬老の日', 'national'), ('2026-09-22', '国民の休日', 'national'),
('2026-09-23', '秋分の日', 'national'), ('2026-10-12', 'スポーツの日', 'national'),
('2026-11-03', '文化の日', 'national'), ('2026-11-23', '勤労感謝の日', 'national'),
('2027-01-01', '元日', 'national'), ('2027-01-11', '成人の日', 'national'),
('2027-02-11', '建国記念の日', 'national'), ('2027-02-23', '天皇誕生日', 'national'),
('2027-03-21', '春分の日', 'national'), ('2027-03-22', '振替休日', 'national'),
('2027-04-29', '昭和の日', 'national'), ('2027-05-03', '憲法記念日', 'national'),
('2027-05-04', 'みどりの日', 'national'), ('2027-05-05', 'こどもの日', 'national'),
('2027-07-19', '海の日', 'national'), ('2027-08-11', '山の日', 'national'),
('2027-09-20', '敬老の日', 'national'), ('2027-09-23', '秋分の日', 'national'),
('2027-10-11', 'スポーツの日', 'national'), ('2027-11-03', '文化の日', 'national'),
('2027-11-23', '勤労感謝の日', 'national');
