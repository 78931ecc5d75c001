#!/usr/bin/env bash
# Month-end closing from raw files, stopping at the first problem with bko's own exit codes
# (1 bad input, 4 a check failed; see `bko help exit-codes`).
#
#   examples/month-end.sh 2026-05 [DIR]
#
# DIR (default: this script's folder) holds the month's files:
#   journal.csv    bank and other entries (UTF-8 or Shift_JIS)
#   timecards.csv  the time clock's export
#   billing.csv    the month's invoices, one row per line
# Output goes to ./month-end-YYYY-MM/ (override with OUT=...). The database is $BKO_DB or
# ./bko.db, set up once with the company, customers, items, people and pay settings.
set -euo pipefail

month=${1:?usage: month-end.sh YYYY-MM [DIR]}
dir=${2:-$(dirname "$0")}
bko=${BKO:-bko}
out=${OUT:-month-end-$month}
last_day=$(date -d "$month-01 +1 month -1 day" +%F)
mkdir -p "$out"

# 1. Books: bank and other entries. All or nothing; rows imported before are skipped, so the
#    script can run again after fixing a problem.
"$bko" -q ledger import "$dir/journal.csv" --skip-duplicates

# 2. Timecards. Re-importing the same file changes nothing.
"$bko" -q attendance import "$dir/timecards.csv"

# 3. Hours: missing punches, breaks, 36協定 limits. Exit 4 stops the script here.
"$bko" attendance check --month "$month" --format csv > "$out/attendance-check.csv"

# 4. Lock the month's timecards; payroll only runs on a closed month.
"$bko" -q attendance close --month "$month"

# 5. Payroll: compute, post, payslips and the bank's transfer file.
"$bko" -q payroll run --month "$month"
"$bko" payroll show --month "$month" --format csv > "$out/payroll.csv"
"$bko" -q payroll confirm --month "$month"
"$bko" -q payroll payslips --month "$month" -o "$out/payslips"
"$bko" -q payroll transfer --month "$month" -o "$out/zengin-$month.txt"

# 6. The month's invoices, issued and posted, as PDFs (this step issues new invoices: run it
#    once a month).
"$bko" -q invoice issue --from-csv "$dir/billing.csv" --pdf-dir "$out/invoices"

# 7. Receivables as of the month end.
"$bko" invoice aging --as-of "$last_day" --format csv > "$out/aging.csv"

# 8. Close: every checklist item must pass; the books are then locked through the month end.
"$bko" close --month "$month" --format csv > "$out/close.csv"

# 9. The pack for the manager and the tax accountant.
"$bko" -q report month --month "$month" -o "$out/report"

echo "closed $month; everything is in $out/" >&2
