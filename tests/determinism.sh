#!/usr/bin/env bash
# determinism.sh SKILLQUEST REPLAY: the same seed and inputs give the same
# world hash on two headless runs; another seed gives another hash.
set -eu
bin=$1 replay=$2
run() { "$bin" --headless --frames 1500 --replay "$replay" --seed "$1" --print-hash; }
first=$(run 5); second=$(run 5); other=$(run 6)
echo "seed 5: $first"; echo "seed 5: $second"; echo "seed 6: $other"
case "$first" in "hash "*) ;; *) echo "no hash printed" >&2; exit 1 ;; esac
[ "$first" = "$second" ] || { echo "same seed, different state" >&2; exit 1; }
[ "$first" != "$other" ] || { echo "the seed had no effect on the world" >&2; exit 1; }
