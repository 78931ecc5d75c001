#!/usr/bin/env python3
"""Writes items and a movements CSV for the inventory benchmark: N movements over 2,000 items
(receipts, issues that never exceed stock, transfers), in date order.
Usage: gen_movements.py N ITEMS.csv MOVEMENTS.csv"""
import random
import sys
from datetime import date, timedelta


def main():
    n, items_path, moves_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    rng = random.Random(11)
    items = 2000
    with open(items_path, "w", encoding="utf-8") as f:
        f.write("sku,name,unit,category,method\n")
        for i in range(items):
            f.write(f"I{i:04},品目{i},個,{'goods' if i % 3 else 'supplies'},{'fifo' if i % 2 else 'moving-average'}\n")
    on_hand = [0] * items
    start, days = date(2024, 4, 1), 365 * 2
    with open(moves_path, "w", encoding="utf-8") as f:
        f.write("date,kind,item,quantity,unit_cost,from,to,ref\n")
        for k in range(n):
            day = (start + timedelta(days=k * days // n)).isoformat()
            i = rng.randrange(items)
            r = rng.random()
            if on_hand[i] < 5 or r < 0.4:
                q = rng.randint(5, 50)
                on_hand[i] += q
                f.write(f"{day},receive,I{i:04},{q},{rng.randint(50, 5000)},,WH,\n")
            elif r < 0.9:
                q = rng.randint(1, on_hand[i])
                on_hand[i] -= q
                f.write(f"{day},issue,I{i:04},{q},,WH,,\n")
            else:
                f.write(f"{day},transfer,I{i:04},1,,WH,SHOP,\n")
                f.write(f"{day},transfer,I{i:04},1,,SHOP,WH,\n")


if __name__ == "__main__":
    main()
