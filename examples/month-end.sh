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
#   bank/          the month's bank and card statements, if any: 全銀 files name their account;
#                  a CSV download is named after its account (MAIN.csv, CARD-2026-05.csv)
# Output goes to ./month-end-YYYY-MM/ (override with OUT=...). The database is $BKO_DB or
# ./bko.db, set up once with the company, customers, items, people and pay settings.
#
# Safe to run again: each step that succeeded leaves a mark in OUT/.done/ and is skipped the next
# time, so after fixing what stopped it (say a 36協定 finding or a failed close) the script goes
# on from where it stopped. Delete OUT/.done/STEP to redo one step.
set -euo pipefail

month=${1:?usage: month-end.sh YYYY-MM [DIR]}
dir=${2:-$(dirname "$0")}
bko=${BKO:-bko}
out=${OUT:-month-end-$month}
last_day=$(date -d "$month-01 +1 month -1 day" +%F)
mkdir -p "$out/.done"

# 0. Before changing anything: the settings the bank transfer file needs.
missing=()
settings=$("$bko" company show --format csv)
for key in payroll_consignor_code payroll_consignor_name payroll_bank_code payroll_branch_code \
    payroll_account_number; do
    value=$(printf '%s\n' "$settings" | awk -F, -v k="$key" '$1 == k { print $2 }')
    [ -n "$value" ] || missing+=("$key")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "error: set these first (bko company set KEY VALUE): ${missing[*]}" >&2
    exit 1
fi

# Runs a step once: skipped when its mark says it already succeeded.
step() {
    local name=$1
    shift
    if [ -e "$out/.done/$name" ]; then
        echo "skipped $name (done before; remove $out/.done/$name to redo it)" >&2
        return
    fi
    "$@"
    touch "$out/.done/$name"
}

# 1. Books: bank and other entries. All or nothing; rows imported before are skipped.
books() { "$bko" -q ledger import "$dir/journal.csv" --skip-duplicates; }

# 2. Timecards. Re-importing the same file changes nothing.
timecards() { "$bko" -q attendance import "$dir/timecards.csv"; }

# 3. Hours: missing punches, breaks, 36協定 limits. Exit 4 stops the script here.
hours() { "$bko" attendance check --month "$month" --format csv > "$out/attendance-check.csv"; }

# 4. Lock the month's timecards; payroll only runs on a closed month.
close_timecards() { "$bko" -q attendance close --month "$month"; }

# 5. Payroll: compute, post, payslips and the bank's transfer file.
payroll() {
    "$bko" -q payroll run --month "$month"
    "$bko" payroll show --month "$month" --format csv > "$out/payroll.csv"
    "$bko" -q payroll confirm --month "$month"
}
payslips() {
    "$bko" -q payroll payslips --month "$month" -o "$out/payslips" --force
    "$bko" -q payroll transfer --month "$month" -o "$out/zengin-$month.txt" --force
}

# 6. The month's invoices, issued and posted, as PDFs (issued once: the mark keeps a second run
#    from issuing them again).
invoices() { "$bko" -q invoice issue --from-csv "$dir/billing.csv" --pdf-dir "$out/invoices"; }

# 7. Receivables as of the month end.
aging() { "$bko" invoice aging --as-of "$last_day" --format csv > "$out/aging.csv"; }

# 8. The bank (出納確認): statements in (lines seen before are skipped), matched to invoices,
#    pay-outs, booked entries and rules. Lines left stop the script with their list (exit 4):
#    settle them with `bko bank review`, then run the script again.
bank() {
    shopt -s nullglob
    local file account
    for file in "$dir"/bank/*.txt "$dir"/bank/*.csv; do
        case $file in
            *.txt) "$bko" -q bank import "$file" ;;
            *) account=$(basename "$file"); account=${account%%[-.]*}
               "$bko" -q bank import "$file" --account "$account" --through "$last_day" ;;
        esac
    done
    "$bko" bank match --to "$last_day" --format csv > "$out/bank-match.csv"
    "$bko" bank review --to "$last_day" --format csv > "$out/bank-review.csv"
    local left
    left=$(("$("$bko" bank lines --unmatched --to "$last_day" --format csv | wc -l)" - 1))
    if [ "$left" -gt 0 ]; then
        cat "$out/bank-review.csv"
        echo "error: $left statement lines need a decision: bko bank review (then run again)" >&2
        exit 4
    fi
}

# 9. Close: every checklist item must pass; the books are then locked through the month end.
close_month() { "$bko" close --month "$month" --format csv > "$out/close.csv"; }

# 10. The pack for the manager and the tax accountant.
pack() { "$bko" -q report month --month "$month" -o "$out/report" --force; }

step books books
step timecards timecards
step hours hours
step close-timecards close_timecards
step payroll payroll
step payslips payslips
step invoices invoices
step aging aging
step bank bank
step close close_month
step pack pack

echo "closed $month; everything is in $out/" >&2
