#!/usr/bin/env bash
# Payroll benchmark: N generated employees (default 10000) with a month of timecards and pay
# settings; times `bko payroll run` (attendance summary, tables, computation, storage),
# `bko payroll payslips` (PDFs), the 年末調整 of everyone (`payroll yearend calc`) and their
# 源泉徴収票 PDFs. Targets: run < 2 s and the adjustment < 2 s without PDFs; 源泉徴収票 at the
# payslip rate. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
cargo build --release --quiet
bko=$PWD/target/release/bko
out=bench/out/payroll
rm -rf "$out" && mkdir -p "$out"
export BKO_TODAY=2026-05-15 BKO_DB=$out/bko.db
python3 bench/gen_payroll.py "$n" "$out/people.csv" "$out/cards.csv" "$out/settings.csv"
"$bko" init --company Bench -q
"$bko" people import "$out/people.csv" -q
"$bko" attendance import "$out/cards.csv" -q
"$bko" attendance close --month 2026-04 -q
"$bko" payroll import "$out/settings.csv" -q
t0=$(date +%s.%N)
"$bko" payroll run --month 2026-04 -q
t1=$(date +%s.%N)
"$bko" payroll confirm --month 2026-04 -q
t2=$(date +%s.%N)
"$bko" payroll payslips --month 2026-04 -o "$out/slips" -q
t3=$(date +%s.%N)
"$bko" payroll yearend calc --year 2026 --format csv > "$out/yearend.csv"
t4=$(date +%s.%N)
"$bko" payroll yearend slips --year 2026 -o "$out/gensen" -q
t5=$(date +%s.%N)
python3 - "$t0" "$t1" "$t2" "$t3" "$t4" "$t5" "$n" <<'PY'
import sys
t0, t1, t2, t3, t4, t5 = map(float, sys.argv[1:7]); n = int(sys.argv[7])
print(f"{n} employees: payroll run {t1 - t0:.2f} s, confirm {t2 - t1:.2f} s, "
      f"payslips {t3 - t2:.2f} s ({n / (t3 - t2):.0f} PDFs a second), "
      f"年末調整 calc {t4 - t3:.2f} s, 源泉徴収票 {t5 - t4:.2f} s ({n / (t5 - t4):.0f} PDFs a second)")
PY
