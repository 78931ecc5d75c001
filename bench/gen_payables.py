#!/usr/bin/env python3
"""Payables bench data: SUPPLIERS suppliers with bank details (CSV of `payables suppliers add`
arguments, one per line) and BILLS bills spread over them, one line each, as the bills import
reads them. Usage: gen_payables.py BILLS SUPPLIERS OUT_DIR."""
import random
import sys

bills, suppliers, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
random.seed(17)
kana = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜ"
with open(f"{out}/suppliers.txt", "w", encoding="utf-8") as f:
    for i in range(suppliers):
        holder = "".join(random.choice(kana) for _ in range(8)) + "(ｶ"
        fee = "supplier" if i % 3 == 0 else "us"
        f.write(f"S{i:04d}\t仕入先{i:04d}株式会社\t{random.randint(1, 9999):04d}\t"
                f"{random.randint(1, 999):03d}\t{random.randint(1, 9999999):07d}\t{holder}\t{fee}\n")
with open(f"{out}/bills.csv", "w", encoding="utf-8") as f:
    f.write("bill,supplier,number,date,name,amount,rate\n")
    for i in range(bills):
        s = i % suppliers
        day = 1 + i % 28
        f.write(f"b{i},S{s:04d},INV-{i:06d},2026-04-{day:02d},部材,{random.randint(1000, 900000)},10\n")
