#!/usr/bin/env bash
# seed.sh SKILLQUEST LEVEL EXPECTED: the seed is real. On a level that uses
# randomness (sq.random places its bugs), one seed gives one world on every
# run, and the world committed here (EXPECTED, seed 1 after 300 ticks: the
# same on any machine, as positions are fixed-point and the generator PCG32);
# another seed gives another world.
set -euo pipefail
bin=$1 level=$2 expected=$3
world() {
    "$bin" --headless --frames 300 --level "$level" --seed "$1" --print-hash |
        sed -n 's/.* world \([0-9a-f]*\) .*/\1/p'
}
one=$(world 1); again=$(world 1); two=$(world 2); three=$(world 3)
echo "seed 1: $one, again $again; seed 2: $two; seed 3: $three"
[ -n "$one" ] || { echo "no world hash printed" >&2; exit 1; }
[ "$one" = "$again" ] || { echo "one seed gave two worlds" >&2; exit 1; }
[ "$one" = "$expected" ] || { echo "seed 1's world is not the committed one ($expected)" >&2; exit 1; }
[ "$one" != "$two" ] && [ "$two" != "$three" ] ||
    { echo "another seed gave the same world: the seed does nothing" >&2; exit 1; }
