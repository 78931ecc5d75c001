#!/usr/bin/env python3
"""Writes the data part of src/kernel/migrations/0006_payroll.sql from the CSVs in this folder.
Run once when the migration was created; a landed migration is never edited, so later tables are
added with `bko payroll rates import` or a new migration."""
import csv
import os

here = os.path.dirname(os.path.abspath(__file__))


def rows(name):
    with open(os.path.join(here, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def q(v):
    return "NULL" if v in ("", None) else ("'" + v.replace("'", "''") + "'")


def n(v):
    return "NULL" if v in ("", None) else str(int(v))


out = []
for year, frm, to in [("2025", "2020-01", "2025-12"), ("2026", "2026-01", "2026-12")]:
    vals = [
        f"({q(frm)},{q(to)},{n(r['min'])},{n(r['max_exclusive'])},"
        + ",".join(n(r[f"kou_{i}"]) for i in range(8))
        + f",{n(r['otsu'])})"
        for r in rows(f"withholding-monthly-{year}.csv")
    ]
    out.append("INSERT INTO pay_table_withholding VALUES\n" + ",\n".join(vals) + ";")
    vals = [
        f"({q(frm)},{q(to)},{q(r['column'])},{n(r['start'])},"
        + ",".join(n(r[f"base_{i}"]) for i in range(8))
        + f",{q(r['rate_percent'])})"
        for r in rows(f"withholding-bands-{year}.csv")
    ]
    out.append("INSERT INTO pay_table_withholding_band VALUES\n" + ",\n".join(vals) + ";")
vals = [
    f"('2020-09',NULL,{n(r['health_grade'])},{n(r['pension_grade'])},{n(r['standard_monthly'])},"
    f"{n(r['min'])},{n(r['max_exclusive'])})"
    for r in rows("standard-remuneration-grades.csv")
]
out.append("INSERT INTO pay_table_grade VALUES\n" + ",\n".join(vals) + ";")
for year, frm, to in [("2025", "2025-03", "2026-02"), ("2026", "2026-03", "2027-02")]:
    vals = [
        f"({q(frm)},{q(to)},{q(r['prefecture_code'])},{q(r['prefecture_ja'])},"
        f"{q(r['prefecture_en'])},{q(r['health_rate_percent'])})"
        for r in rows(f"kyokai-kenpo-rates-{year}.csv")
    ]
    out.append("INSERT INTO pay_table_health VALUES\n" + ",\n".join(vals) + ";")
vals = [f"({q(r['key'])},{q(r['from'])},{q(r['to'])},{q(r['percent'])})" for r in rows("rates.csv")]
out.append("INSERT INTO pay_table_rate VALUES\n" + ",\n".join(vals) + ";")
print("\n\n".join(out))
