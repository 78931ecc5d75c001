#!/usr/bin/env python3
"""Generates N employees, a month of timecards (April 2026) and their pay settings for the
payroll benchmark. usage: gen_payroll.py N PEOPLE_CSV TIMECARDS_CSV SETTINGS_CSV"""
import datetime
import random
import sys

n, people, cards, settings = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
random.seed(11)
holidays = {datetime.date(2026, 4, 29)}
days = [datetime.date(2026, 4, d) for d in range(1, 31)]
days = [d for d in days if d.weekday() < 5 and d not in holidays]
with open(people, "w", encoding="utf-8") as f:
    f.write("code,name,kana,birth_date,hire_date\n")
    for e in range(n):
        f.write(f"P{e:05},社員{e},シャイン,{1960 + e % 40}-0{1 + e % 9}-15,2020-04-01\n")
with open(cards, "w", encoding="utf-8") as f:
    f.write("employee,date,clock_in,clock_out,break_minutes\n")
    for e in range(n):
        for d in days:
            end = 18 * 60 + random.randint(0, 180)
            f.write(f"P{e:05},{d},09:00,{end // 60:02}:{end % 60:02},60\n")
grades = [200000, 240000, 260000, 300000, 340000, 380000, 440000, 500000]
with open(settings, "w", encoding="utf-8") as f:
    f.write("employee,from,monthly,commuting,dependents,resident_tax,prefecture,standard_monthly,"
            "bank_code,branch_code,account_number\n")
    for e in range(n):
        g = grades[e % len(grades)]
        f.write(f"P{e:05},2026-04,{g},10000,{e % 4},{g // 20},{1 + e % 47},{g},0001,001,{e:07}\n")
