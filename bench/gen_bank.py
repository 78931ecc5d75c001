#!/usr/bin/env python3
"""Writes the bank benchmark's files. Usage: gen_bank.py LINES INVOICES OUT_DIR
- statement.csv: LINES lines of a MUFG download (CP932, in/out columns, running balance), the
  import benchmark;
- customers.csv and billing.csv: INVOICES one-line invoices (10%) for INVOICES/5 customers,
  each customer with a distinct kana name;
- deposits.csv: one deposit per invoice, as the payer writes it (half-width kana, the legal form
  in front or behind, a quarter with the ¥440 fee deducted, a tenth paying two invoices at once),
  the matching benchmark.
- sqlite.csv: the statement's rows as plain CSV for sqlite3 .import (the floor);
- newest.csv: the same lines as 住信SBIネット銀行 lists them, newest first (UTF-8)."""
import random
import sys
import unicodedata

KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"


def half(text):
    """Full-width katakana to the half-width a bank prints."""
    out = []
    for ch in text:
        n = unicodedata.normalize("NFKD", ch)
        base = n[0]
        table = {"ア": "ｱ", "イ": "ｲ", "ウ": "ｳ", "エ": "ｴ", "オ": "ｵ", "カ": "ｶ", "キ": "ｷ", "ク": "ｸ", "ケ": "ｹ", "コ": "ｺ",
                 "サ": "ｻ", "シ": "ｼ", "ス": "ｽ", "セ": "ｾ", "ソ": "ｿ", "タ": "ﾀ", "チ": "ﾁ", "ツ": "ﾂ", "テ": "ﾃ", "ト": "ﾄ",
                 "ナ": "ﾅ", "ニ": "ﾆ", "ヌ": "ﾇ", "ネ": "ﾈ", "ノ": "ﾉ", "ハ": "ﾊ", "ヒ": "ﾋ", "フ": "ﾌ", "ヘ": "ﾍ", "ホ": "ﾎ",
                 "マ": "ﾏ", "ミ": "ﾐ", "ム": "ﾑ", "メ": "ﾒ", "モ": "ﾓ", "ヤ": "ﾔ", "ユ": "ﾕ", "ヨ": "ﾖ", "ラ": "ﾗ", "リ": "ﾘ",
                 "ル": "ﾙ", "レ": "ﾚ", "ロ": "ﾛ", "ワ": "ﾜ"}
        out.append(table.get(base, base))
    return "".join(out)


NAMES = {}


def name(i):
    """A distinct company-like kana name of 3 to 6 characters for customer i."""
    if i not in NAMES:
        rng = random.Random(i * 7919)
        while True:
            candidate = "".join(rng.choice(KANA) for _ in range(rng.randint(3, 6)))
            if candidate not in NAMES.values():
                break
        NAMES[i] = candidate
    return NAMES[i]


def main():
    lines, invoices, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rng = random.Random(11)
    header = "日付,摘要,摘要内容,支払い金額,預かり金額,差引残高,メモ,未資金化区分,入払区分"
    balance = 100_000_000
    rows, plain, newest = [header], [], []
    for i in range(lines):
        day = 1 + i * 28 // lines
        amount = rng.randint(1, 5000) * 100
        money_in = rng.random() < 0.4
        balance += amount if money_in else -amount
        text = f"ﾌﾘｺﾐ {half(name(rng.randrange(100000)))}"
        cells = [f"2026/5/{day}", "振込" if money_in else "口座振替", text,
                 "" if money_in else str(amount), str(amount) if money_in else "", str(balance), "", "",
                 "入金" if money_in else "支払"]
        rows.append(",".join(cells))
        plain.append(",".join(cells))
        newest.append(f"2026/05/{day:02},{cells[1]} {text},{cells[3]},{cells[4]},{balance}")
    open(f"{out}/statement.csv", "wb").write(("\r\n".join(rows) + "\r\n").encode("cp932"))
    open(f"{out}/sqlite.csv", "w", encoding="utf-8").write("\n".join(plain) + "\n")
    with open(f"{out}/newest.csv", "w", encoding="utf-8") as f:
        f.write("日付,内容,出金金額(円),入金金額(円),残高(円)\n")
        f.write("\n".join(reversed(newest)) + "\n")
    customers = max(1, invoices // 5)
    with open(f"{out}/customers.csv", "w", encoding="utf-8") as f:
        f.write("code,name,kana,payment_terms\n")
        for c in range(customers):
            f.write(f"C{c:05},株式会社{name(c)}商会,{name(c)}シヨウカイ,月末締め翌月末払い\n")
    totals = []
    with open(f"{out}/billing.csv", "w", encoding="utf-8") as f:
        f.write("invoice_key,customer,date,due,subject,item,quantity,unit_price,tax_rate,unit,note\n")
        for i in range(invoices):
            c = i % customers
            price = rng.randint(10, 900) * 100
            totals.append((c, price + price // 10))
            f.write(f"k{i},C{c:05},2026-04-30,,2026年4月分,作業,1,{price},10,式,\n")
    rows = [header]
    balance = 0
    i = 0
    while i < len(totals):
        c, total = totals[i]
        together = i + 1 < len(totals) and totals[i + 1][0] == c and rng.random() < 0.1
        if together:
            total += totals[i + 1][1]
            i += 1
        if rng.random() < 0.25:
            total -= 440
        payer = half(name(c)) + "ｼﾖｳｶｲ"
        payer = f"ｶ){payer}" if rng.random() < 0.5 else f"{payer}(ｶ"
        balance += total
        rows.append(",".join(["2026/5/29", "振込", payer, "", str(total), str(balance), "", "", "入金"]))
        i += 1
    open(f"{out}/deposits.csv", "wb").write(("\r\n".join(rows) + "\r\n").encode("cp932"))


if __name__ == "__main__":
    main()
