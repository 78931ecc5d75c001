#!/usr/bin/env python3
"""Writes N small receipt-like text documents and an index CSV for the docs benchmark.
Usage: gen_docs.py N DIR"""
import os
import random
import sys

PARTIES = ["東都交通", "日本交通", "オフィス文具堂", "カフェ丸の内", "大阪ホテル", "丸の内ビル管理", "ABC株式会社", "XYZ合同会社"]
WORDS = ["タクシー", "宿泊費", "コピー用紙", "打合せ", "会議費", "出張", "品川", "新大阪", "トナー", "駐車場", "書籍", "切手"]


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(3)
    with open(os.path.join(out, "index.csv"), "w", encoding="utf-8") as idx:
        idx.write("path,type,date,amount,counterparty,tags\n")
        for i in range(n):
            party = rng.choice(PARTIES)
            words = " ".join(rng.sample(WORDS, 3))
            amount = rng.randint(1, 2000) * 100
            date = f"20{rng.randint(24, 26)}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"
            name = f"r{i:06}.txt"
            with open(os.path.join(out, name), "w", encoding="utf-8") as f:
                f.write(f"領収書 No.{i} {party} {words} 金額 {amount}円\n")
            idx.write(f"{name},receipt,{date},{amount},{party},{rng.choice(WORDS)}\n")


if __name__ == "__main__":
    main()
