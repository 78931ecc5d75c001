#!/usr/bin/env bash
# Inventory benchmark: imports N generated movements (default 1000000) over 2,000 items with
# `bko inventory import` (valuation, ledger postings and all) next to the SQLite floor (sqlite3
# `.import` of the same CSV into a plain table), then times `bko inventory stock --as-of`.
# Targets: import ≤ 3× the floor; stock valuation < 1 s. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
cargo build --release --quiet
bko=$PWD/target/release/bko
out=bench/out/inventory
rm -rf "$out" && mkdir -p "$out"
export BKO_TODAY=2026-12-31 BKO_DB=$out/bko.db
python3 bench/gen_movements.py "$n" "$out/items.csv" "$out/moves.csv"
rows=$(($(wc -l <"$out/moves.csv") - 1))
"$bko" init --company Bench -q
"$bko" inventory locations add WH 倉庫 -q
"$bko" inventory locations add SHOP 店舗 -q
"$bko" inventory items import "$out/items.csv" -q
t0=$(date +%s.%N)
sqlite3 "$out/floor.db" ".import --csv --skip 1 $out/moves.csv m" 2>/dev/null || sqlite3 "$out/floor.db" "CREATE TABLE m (date, kind, item, quantity, unit_cost, f, t, ref);" ".import --csv --skip 1 $out/moves.csv m"
t1=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$out/mem.txt" "$bko" -q inventory import "$out/moves.csv"
t2=$(date +%s.%N)
"$bko" inventory stock --as-of 2026-12-31 >/dev/null
t3=$(date +%s.%N)
"$bko" inventory stock --as-of 2026-12-31 >/dev/null
t4=$(date +%s.%N)
python3 - "$t0" "$t1" "$t2" "$t3" "$t4" "$rows" "$(cat "$out/mem.txt")" <<'PY'
import sys
t0, t1, t2, t3, t4 = map(float, sys.argv[1:6]); rows = sys.argv[6]; mem = int(sys.argv[7]) // 1024
floor, bko, stock = t1 - t0, t2 - t1, t4 - t3
print(f"{rows} movements: floor .import {floor:.2f} s, bko import {bko:.2f} s ({bko / floor:.1f}x, peak {mem} MB)")
print(f"stock --as-of over them: {stock:.2f} s")
PY
