#!/usr/bin/env bash
# Document archive benchmark: registers N generated documents (default 100000) in one import,
# times `docs add` of 1,000 files, and the latency of combined searches over the archive.
# Targets: < 50 ms per search, 1,000 files added in < 5 s. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
cargo build --release --quiet
bko=$PWD/target/release/bko
out=bench/out/docs
rm -rf "$out" && mkdir -p "$out"
export BKO_TODAY=2026-12-31 BKO_DB=$out/bko.db
python3 bench/gen_docs.py "$n" "$out/files"
python3 bench/gen_docs.py 1000 "$out/thousand"
for f in "$out"/thousand/r*.txt; do echo " extra" >> "$f"; done
"$bko" init --company Bench -q
ms() { python3 -c "print(f'{($2-$1)*1000:.1f}')"; }
t0=$(date +%s.%N); "$bko" -q docs import --index "$out/files/index.csv" >/dev/null; t1=$(date +%s.%N)
echo "import $n documents: $(python3 -c "print(f'{$t1-$t0:.2f}')") s"
t0=$(date +%s.%N)
"$bko" -q docs add "$out"/thousand/r*.txt --type receipt --date 2026-06-01 --amount 1000 --counterparty テスト >/dev/null
t1=$(date +%s.%N)
echo "docs add of 1,000 files: $(python3 -c "print(f'{$t1-$t0:.2f}')") s (target < 5 s)"
search() {
  local t0 t1 count
  t0=$(date +%s.%N); count=$("$bko" -q --format csv docs search "$@" | tail -n +2 | wc -l); t1=$(date +%s.%N)
  printf '%-70s %6s hits %8s ms\n' "$*" "$count" "$(ms "$t0" "$t1")"
}
echo "search latency (whole command, including process start; target < 50 ms):"
search --from 2025-04-01 --to 2025-04-30 --min 10000 --max 50000
search --counterparty 交通 --from 2026-01-01 --to 2026-01-31
search --text 品川 --from 2024-01-01 --to 2024-03-31
search --text コピー用紙 --min 150000
search --text "打合せ 新大阪" --counterparty カフェ --from 2026-01-01
echo "the same common words, the first 100 shown with the count (--limit 100):"
search --text 品川 --from 2024-01-01 --to 2024-03-31 --limit 100
search --text コピー用紙 --min 150000 --limit 100
