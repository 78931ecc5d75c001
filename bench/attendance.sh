#!/usr/bin/env bash
# Attendance benchmark: imports N generated timecards (default 1000000; 250000 is 1,000
# employees x a year of weekdays) with `bko attendance import` next to the SQLite floor (sqlite3
# `.import` of the same CSV into a plain table), then times `bko attendance summary` for a month
# over all employees. Targets: import <= 3x the floor; summary of 1,000 employees < 0.5 s.
# Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
cargo build --release --quiet
bko=$PWD/target/release/bko
out=bench/out/attendance
rm -rf "$out" && mkdir -p "$out"
export BKO_TODAY=2026-12-31 BKO_DB=$out/bko.db
python3 bench/gen_timecards.py "$n" "$out/people.csv" "$out/cards.csv"
rows=$(($(wc -l <"$out/cards.csv") - 1))
people=$(($(wc -l <"$out/people.csv") - 1))
"$bko" init --company Bench -q
"$bko" people import "$out/people.csv" -q
t0=$(date +%s.%N)
sqlite3 "$out/floor.db" ".import --csv $out/cards.csv t"
t1=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$out/mem.txt" "$bko" -q attendance import "$out/cards.csv"
t2=$(date +%s.%N)
"$bko" attendance summary --month 2026-06 --format csv >/dev/null
t3=$(date +%s.%N)
"$bko" attendance summary --month 2026-06 --format csv >/dev/null
t4=$(date +%s.%N)
"$bko" attendance import "$out/cards.csv" -q
t5=$(date +%s.%N)
python3 - "$t0" "$t1" "$t2" "$t3" "$t4" "$t5" "$rows" "$people" "$(cat "$out/mem.txt")" <<'PY'
import sys
t0, t1, t2, t3, t4, t5 = map(float, sys.argv[1:7]); rows, people = sys.argv[7:9]
mem = int(sys.argv[9]) // 1024
floor, bko, summary, again = t1 - t0, t2 - t1, t4 - t3, t5 - t4
print(f"{rows} timecards ({people} employees): floor .import {floor:.2f} s, "
      f"bko import {bko:.2f} s ({bko / floor:.1f}x, peak {mem} MB)")
print(f"summary of one month over {people} employees: {summary:.3f} s")
print(f"re-import of the same file (all unchanged): {again:.2f} s")
PY
