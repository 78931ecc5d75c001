#!/usr/bin/env python3
"""Writes a monthly-billing CSV for the invoice benchmark: N invoices of 2-6 lines for 50
customers, mixing 10% and reduced 8% lines. Usage: gen_billing.py N OUT.csv CUSTOMERS.csv"""
import random
import sys

ITEMS = [("保守作業", "10", "時間"), ("システム利用料", "10", "式"), ("コーヒー豆 200g", "8", "袋"),
         ("焼き菓子詰め合わせ", "8", "箱"), ("出張サポート", "10", "時間"), ("部品交換", "10", "個")]


def main():
    n, out, customers = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    rng = random.Random(7)
    with open(customers, "w", encoding="utf-8") as f:
        f.write("code,name,department,postal_code,address,payment_terms\n")
        for c in range(50):
            f.write(f"C{c:03},株式会社テスト顧客{c:03},経理部,100-0001,東京都千代田区千代田{c}-1,月末締め翌月末払い\n")
    with open(out, "w", encoding="utf-8") as f:
        f.write("invoice_key,customer,date,due,subject,item,quantity,unit_price,tax_rate,unit,note\n")
        for i in range(n):
            customer = f"C{rng.randrange(50):03}"
            for _ in range(rng.randint(2, 6)):
                name, rate, unit = rng.choice(ITEMS)
                qty = rng.choice(["1", "2", "1.5", "3", "10"])
                price = rng.randint(5, 500) * 100
                f.write(f"k{i},{customer},2026-05-31,,2026年5月分,{name},{qty},{price},{rate},{unit},\n")


if __name__ == "__main__":
    main()
