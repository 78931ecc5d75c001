#!/usr/bin/env bash
# Bank benchmark. Import: LINES statement lines (default 100000) of a MUFG download, timed
# against sqlite3's .import of the same rows into a table of the same width (the floor; target
# ≤ 3×). Matching: INVOICES open invoices (default 10000) and one deposit each (some with the
# fee deducted, some paying two at once) — `bko bank match` over all of them (target < 2 s).
# Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-100000}
invoices=${2:-10000}
cargo build --release --quiet
bko=$PWD/target/release/bko
out=bench/out/bank
rm -rf "$out" && mkdir -p "$out"
export BKO_TODAY=2026-06-05 BKO_DB=$out/bko.db
python3 bench/gen_bank.py "$lines" "$invoices" "$out"
"$bko" init --company "株式会社ベンチ" --registration-number T1180301018771 -q
"$bko" bank accounts add MAIN -q
"$bko" bank accounts add SUB -q
t0=$(date +%s.%N)
"$bko" -q bank import "$out/statement.csv" --account MAIN
t1=$(date +%s.%N)
sqlite3 "$out/floor.db" "CREATE TABLE line (date TEXT, kind TEXT, text TEXT, out INTEGER, in_ INTEGER, balance INTEGER, memo TEXT, flag TEXT, direction TEXT);"
t2=$(date +%s.%N)
sqlite3 "$out/floor.db" ".import --csv $out/sqlite.csv line"
t3=$(date +%s.%N)
"$bko" invoice customers import "$out/customers.csv" -q
"$bko" -q invoice issue --from-csv "$out/billing.csv" --no-pdf >/dev/null
"$bko" -q bank import "$out/deposits.csv" --account SUB
t4=$(date +%s.%N)
"$bko" bank match --account SUB --format csv > "$out/match.csv"
t5=$(date +%s.%N)
settled=$(grep -c ',settled,' "$out/match.csv" || true)
left=$(grep -c ',review,' "$out/match.csv" || true)
python3 - "$t0" "$t1" "$t2" "$t3" "$t4" "$t5" "$lines" "$settled" "$left" <<'PY'
import sys
t0, t1, t2, t3, t4, t5 = map(float, sys.argv[1:7]); n, settled, left = map(int, sys.argv[7:10])
print(f"import {n} lines: bko {t1 - t0:.2f} s, sqlite3 .import {t3 - t2:.2f} s "
      f"= {(t1 - t0) / (t3 - t2):.1f}x the floor")
print(f"match {settled + left} deposits: {t5 - t4:.2f} s, {settled} settled, {left} left for review")
PY
