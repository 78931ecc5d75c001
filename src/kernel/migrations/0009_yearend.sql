-- 0009: 年末調整 declarations (扶養控除等申告書, 基礎控除申告書, 保険料控除申告書, 住宅借入金等特別控除申告書
-- and an earlier employer's 源泉徴収票), one per employee and year, kept as JSON like the pay
-- settings. Dependants are carried into the next year's declaration when it is first made.
CREATE TABLE yearend_declaration (
    employee_id INTEGER NOT NULL REFERENCES employee (id),
    year        INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    detail      TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (employee_id, year)
);
