#!/usr/bin/env bash
# Every benchmark at one size, one table: measure, bko, floor or peer, ratio, target, met?
#
#   bench/all.sh [N]          N = rows per import and documents (default 100000); see bench/all.py
#   BENCH_ONLY=ledger,invoices bench/all.sh 100000     some sections only
#   BKO_BIN=path/to/bko bench/all.sh 1000              another build of bko (e.g. a static one)
#
# Needs python3; the floors need the sqlite3 CLI, the invoice peers reportlab and typst
# (pip install reportlab typst) — each is named as skipped when missing. Prints the table on
# stdout (the one docs/performance.md keeps) and each section's duration on stderr. Never fails
# on a missed target; CI runs it at a small N only to print the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
exec python3 bench/all.py "$@"
