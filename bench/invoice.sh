#!/usr/bin/env bash
# Invoice benchmark: issues N invoices (default 1000) from one billing CSV, PDFs written and
# archived, and reports invoices per second and the mean PDF size. With reportlab or typst
# installed (pip install reportlab typst) it also times bench/peer_invoices.py drawing the same
# invoices with the same font, and prints the ratio. bench/all.sh runs this with the others.
# Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
cargo build --release --quiet
bko=$PWD/target/release/bko
out=bench/out/invoice
rm -rf "$out" && mkdir -p "$out"
export BKO_TODAY=2026-05-31 BKO_DB=$out/bko.db
python3 bench/gen_billing.py "$n" "$out/billing.csv" "$out/customers.csv"
"$bko" init --company "株式会社ベンチ" --registration-number T1180301018771 -q
"$bko" company set bank_account "みずほ銀行 本店 普通 1234567 カ)ベンチ" -q
"$bko" invoice customers import "$out/customers.csv" -q
t0=$(date +%s.%N)
"$bko" -q invoice issue --from-csv "$out/billing.csv" --pdf-dir "$out/pdf" >/dev/null
t1=$(date +%s.%N)
count=$(ls "$out/pdf" | wc -l)
bytes=$(du -cb "$out"/pdf/*.pdf | tail -1 | cut -f1)
rate=$(python3 -c "print(f'{$count/($t1-$t0):.0f}')")
echo "bko: $count invoices with PDFs in $(python3 -c "print(f'{$t1-$t0:.2f}')") s = $rate invoices/s; mean PDF $((bytes / count / 1024)) KB"
for peer in reportlab typst; do
  if python3 -c "import $peer" 2>/dev/null; then
    rm -rf "$out/$peer"
    t0=$(date +%s.%N)
    python3 bench/peer_invoices.py "$peer" "$out/billing.csv" "$out/customers.csv" "$out/$peer" assets/fonts/NotoSansJP-Regular.ttf
    t1=$(date +%s.%N)
    p_count=$(ls "$out/$peer" | wc -l)
    p_bytes=$(du -cb "$out/$peer"/*.pdf | tail -1 | cut -f1)
    p_rate=$(python3 -c "print(f'{$p_count/($t1-$t0):.0f}')")
    echo "$peer: $p_count PDFs = $p_rate invoices/s; mean PDF $((p_bytes / p_count / 1024)) KB"
    echo "ratio bko/$peer: $(python3 -c "print(f'{$rate/$p_rate:.1f}')")x"
  else
    echo "$peer not installed (pip install $peer) — no comparison"
  fi
done
