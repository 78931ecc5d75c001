#!/usr/bin/env bash
# Payables benchmark: BILLS bills (default 10000) from SUPPLIERS suppliers (default 500) imported
# from CSV, one payment run over all of them and its 全銀 総合振込 file — together the target
# < 2 s (issue 17). Confirming the run is timed apart. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bills=${1:-10000}
suppliers=${2:-500}
cargo build --release --quiet
bko=$PWD/target/release/bko
out=bench/out/payables
rm -rf "$out" && mkdir -p "$out"
export BKO_TODAY=2026-06-05 BKO_DB=$out/bko.db
python3 bench/gen_payables.py "$bills" "$suppliers" "$out"
"$bko" init --company "株式会社ベンチ" --registration-number T1180301018771 -q
for kv in payroll_consignor_code=1234567890 "payroll_consignor_name=ｶ)ﾍﾞﾝﾁ" payroll_bank_code=0001 \
    payroll_branch_code=001 payroll_account_number=1234567 payables_transfer_fee=330/440; do
  "$bko" -q company set "${kv%%=*}" "${kv#*=}"
done
while IFS=$'\t' read -r code name bank branch number holder fee; do
  "$bko" -q payables suppliers add "$code" "$name" --registration-number T5010001008846 \
    --bank-code "$bank" --branch-code "$branch" --account-number "$number" \
    --holder-kana "$holder" --fee-bearer "$fee"
done < "$out/suppliers.txt"
t0=$(date +%s.%N)
"$bko" -q payables bills import "$out/bills.csv"
t1=$(date +%s.%N)
"$bko" -q payables run --date 2026-05-29 --due-through 2026-05-31 --format csv > "$out/run.csv"
t2=$(date +%s.%N)
"$bko" -q payables transfer --run 1 -o "$out/sogo.txt"
t3=$(date +%s.%N)
"$bko" -q payables confirm --run 1
t4=$(date +%s.%N)
python3 - "$t0" "$t1" "$t2" "$t3" "$t4" "$bills" "$suppliers" <<'PY'
import sys
t0, t1, t2, t3, t4 = map(float, sys.argv[1:6]); bills, suppliers = map(int, sys.argv[6:8])
print(f"import {bills} bills: {t1 - t0:.2f} s; run over them: {t2 - t1:.2f} s; "
      f"総合振込 file ({suppliers} transfers): {t3 - t2:.2f} s")
print(f"together {t3 - t0:.2f} s (target < 2 s); confirm {t4 - t3:.2f} s")
PY
