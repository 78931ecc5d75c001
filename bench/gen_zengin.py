#!/usr/bin/env python3
"""Writes a 全銀 入出金取引明細 file (種別 03, 200-byte records in CP932, no line breaks) of N
data records for one account — bank 0001, branch 001, account 1234567 — over April and May
2026 (令和 8), for the bench's statement memory row. Usage: gen_zengin.py N OUT"""
import random
import sys


def wareki(month, day):
    return f"08{month:02}{day:02}"


def fixed(text):
    data = text.encode("cp932")
    assert len(data) <= 200, text
    return data.ljust(200, b" ")


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(7)
    opening = 300_000_000_000
    records, ins, outs = [], [], []
    for k in range(n):
        month, day = (4, 1 + k * 30 // n) if k < n // 2 else (5, 1 + (k - n // 2) * 31 // (n - n // 2))
        amount = rng.randint(1, 500_000)
        deposit = rng.random() < 0.5
        (ins if deposit else outs).append(amount)
        payer = f"ｶ)ﾃｽﾄｼﾖｳｼﾞ{k % 997:03}" if deposit else ""
        records.append(fixed(
            f"2{k + 1:08}{wareki(month, day)}{wareki(month, day)}{1 if deposit else 2}11"
            f"{amount:012}{0:012}{' ' * 6}{' ' * 6} {' ' * 7}{' ' * 3}{' ' * 10}{payer:<48}"
            f"{' ' * 30}{'ﾌﾘｺﾐ' if deposit else 'ｺｳｻﾞﾌﾘｶｴ':<20}{' ' * 20}"))
    header = fixed(f"1030{wareki(5, 31)}{wareki(4, 1)}{wareki(5, 31)}0001{' ' * 15}001{' ' * 15}"
                   f"0001{1234567:010}{'ｶ)ﾍﾞﾝﾁ':<40}00{opening:014}")
    closing = opening + sum(ins) - sum(outs)
    trailer = fixed(f"8{len(ins):06}{sum(ins):013}{len(outs):06}{sum(outs):013}0{closing:014}{n + 2:07}")
    end = fixed(f"9{n + 3:010}{1:05}")
    with open(out, "wb") as f:
        f.write(header)
        for r in records:
            f.write(r)
        f.write(trailer)
        f.write(end)


if __name__ == "__main__":
    main()
