#!/usr/bin/env bash
# Ledger benchmark: times `bko ledger import` and `bko ledger trial-balance` against the SQLite
# floor on the same rows (sqlite3 CLI `.import` into a plain table, and a GROUP BY over a covering
# index), and prints ratios and bko's peak memory. Not part of the test suite.
#
#   bench/ledger.sh [N ...]        default: 100000 1000000
#
# Needs python3, sqlite3 and GNU time (/usr/bin/time). Writes into bench/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)
for tool in python3 sqlite3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench needs $tool (apt-get install sqlite3 time)" >&2; exit 1; }
done
cargo build --release --quiet
bko=$PWD/target/release/bko
out=bench/out
mkdir -p "$out"
export BKO_TODAY=2027-03-31

now() { date +%s.%N; }
ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
secs() { python3 -c "print(f'{$1:.3f}')"; }

# Startup and an empty company's trial balance.
rm -f "$out/empty.db"*
"$bko" --db "$out/empty.db" init --company Empty -q
t0=$(now); for _ in $(seq 20); do "$bko" --version >/dev/null; done; t1=$(now)
echo "bko --version:                 $(python3 -c "print(f'{($t1-$t0)/20*1000:.1f}')") ms"
t0=$(now); for _ in $(seq 20); do "$bko" --db "$out/empty.db" ledger trial-balance >/dev/null; done; t1=$(now)
echo "trial balance, empty company:  $(python3 -c "print(f'{($t1-$t0)/20*1000:.1f}')") ms"

for n in "${sizes[@]}"; do
  csv="$out/journal-$n.csv"
  [ -f "$csv" ] || python3 bench/gen_journal.py "$n" "$csv"
  rows=$(($(wc -l <"$csv") - 1))
  echo
  echo "== $n entries ($rows lines, $(du -h "$csv" | cut -f1)) =="

  # SQLite floor: plain table import, then GROUP BY on a covering index.
  rm -f "$out/floor.db"
  t0=$(now)
  sqlite3 "$out/floor.db" <<SQL
PRAGMA journal_mode=WAL;
CREATE TABLE t (date TEXT, entry TEXT, account TEXT, debit INTEGER, credit INTEGER, description TEXT, tax TEXT);
.import --csv --skip 1 $csv t
SQL
  t1=$(now)
  sqlite3 "$out/floor.db" "CREATE TABLE l AS SELECT account, date, COALESCE(NULLIF(debit,''),0) - COALESCE(NULLIF(credit,''),0) AS amount FROM t; CREATE INDEX l_cover ON l (account, date, amount); ANALYZE;"
  t2=$(now)
  sqlite3 "$out/floor.db" "SELECT account, SUM(amount) FROM l GROUP BY account;" >/dev/null
  t3=$(now)
  floor_import=$(python3 -c "print($t1-$t0)")
  floor_tb=$(python3 -c "print($t3-$t2)")

  # bko.
  rm -f "$out/bko.db"*
  "$bko" --db "$out/bko.db" init --company Bench -q
  t0=$(now)
  /usr/bin/time -f "%M" -o "$out/mem.txt" "$bko" --db "$out/bko.db" -q ledger import "$csv"
  t1=$(now)
  "$bko" --db "$out/bko.db" ledger trial-balance --as-of 2027-03-31 >/dev/null   # warm the cache like the floor
  t2=$(now)
  "$bko" --db "$out/bko.db" ledger trial-balance --as-of 2027-03-31 >/dev/null
  t3=$(now)
  bko_import=$(python3 -c "print($t1-$t0)")
  bko_tb=$(python3 -c "print($t3-$t2)")
  mem_mb=$(python3 -c "print(f'{$(cat "$out/mem.txt")/1024:.0f}')")

  printf '%-28s %10s %10s %8s\n' "" "bko (s)" "floor (s)" "ratio"
  printf '%-28s %10s %10s %8s\n' "import" "$(secs "$bko_import")" "$(secs "$floor_import")" "$(ratio "$bko_import" "$floor_import")"
  printf '%-28s %10s %10s %8s\n' "trial balance" "$(secs "$bko_tb")" "$(secs "$floor_tb")" "$(ratio "$bko_tb" "$floor_tb")"
  echo "bko import peak memory: ${mem_mb} MB"
done
