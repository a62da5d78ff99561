#!/usr/bin/env bash
# bench_smoke.sh BENCH: the benchmark runs and prints its figures in the
# "name value unit" form compare.sh reads. Timing is not judged here.
set -euo pipefail
out=$("$1" --entities 1000 --headless --frames 5)
echo "$out"
for fig in startup sim_tps render_median render_p99 peak_rss; do
  echo "$out" | grep -Eq "^${fig}_n1000 [0-9]+(\.[0-9]+)? [A-Za-z/]+$" || { echo "missing $fig" >&2; exit 1; }
done
