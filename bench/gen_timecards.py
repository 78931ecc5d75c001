#!/usr/bin/env python3
"""Generates employees and a year of timecards for the attendance benchmark.

usage: gen_timecards.py ROWS PEOPLE_CSV TIMECARDS_CSV
1,000 employees x the weekdays of 2026 is about 260k rows; more rows add employees.
A fixed seed keeps runs comparable; about 1 in 50 shifts runs past midnight.
"""
import datetime
import random
import sys

rows, people_path, cards_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
random.seed(7)
days = []
d = datetime.date(2026, 1, 1)
while d.year == 2026:
    if d.weekday() < 5:
        days.append(d)
    d += datetime.timedelta(days=1)
employees = max(1, -(-rows // len(days)))
with open(people_path, "w", encoding="utf-8") as f:
    f.write("code,name,kana,hire_date,employment\n")
    for e in range(employees):
        f.write(f"E{e:05},社員{e},シャイン,2020-04-01,full-time\n")
written = 0
with open(cards_path, "w", encoding="utf-8") as f:
    f.write("employee,date,clock_in,clock_out,break_minutes\n")
    for e in range(employees):
        for day in days:
            if written == rows:
                break
            if random.random() < 0.02:
                start, end = 22 * 60, 31 * 60 + random.randint(0, 60)
            else:
                start = 8 * 60 + random.randint(30, 75)
                end = 17 * 60 + random.randint(30, 240)
            f.write(f"E{e:05},{day},{start // 60:02}:{start % 60:02},"
                    f"{(end // 60) % 24:02}:{end % 60:02},60\n")
            written += 1
