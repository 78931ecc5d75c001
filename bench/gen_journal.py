#!/usr/bin/env python3
"""Writes a synthetic journal CSV for the ledger benchmark: N balanced entries of 2-4 lines over
~60 jp-standard accounts and three fiscal years, in date order. Usage: gen_journal.py N OUT.csv"""
import random
import sys
from datetime import date, timedelta

ACCOUNTS = [
    "1100", "1105", "1110", "1120", "1130", "1140", "1150", "1160", "1200", "1240", "1300", "1310",
    "1320", "1330", "1340", "1350", "1500", "1510", "1520", "1530", "1600", "1700", "2110", "2120",
    "2130", "2140", "2150", "2160", "2170", "2180", "2500", "4100", "4110", "5110", "6100", "6110",
    "6120", "6130", "6140", "6150", "6200", "6210", "6220", "6230", "6240", "6250", "6260", "6270",
    "6280", "6290", "6300", "6310", "6330", "6340", "6350", "6360", "6370", "6380", "6990", "7100",
]


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(42)
    start, days = date(2024, 4, 1), 365 * 3
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("date,entry,account,debit,credit,description,tax\n")
        for i in range(n):
            day = (start + timedelta(days=i * days // n)).isoformat()
            lines = rng.randint(2, 4)
            debits = rng.randint(1, lines - 1)
            accounts = rng.sample(ACCOUNTS, lines)
            amounts = [rng.randint(10, 500) * 100 for _ in range(debits)]
            total = sum(amounts)
            credits = lines - debits
            split = sorted(rng.sample(range(1, total // 100), credits - 1)) if credits > 1 else []
            parts = [b - a for a, b in zip([0] + split, split + [total // 100])]
            memo = f"bench {i}"
            for acct, amount in zip(accounts[:debits], amounts):
                f.write(f"{day},{i},{acct},{amount},,{memo},\n")
            for acct, part in zip(accounts[debits:], parts):
                f.write(f"{day},{i},{acct},,{part * 100},{memo},\n")


if __name__ == "__main__":
    main()
