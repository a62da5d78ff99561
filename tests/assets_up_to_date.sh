#!/usr/bin/env bash
# assets_up_to_date.sh SPRITEGEN SOUNDGEN SOURCE_DIR: the committed files in
# assets/gen are exactly what the generators make from assets/art and
# assets/sound (rerun `cmake --build BUILD --target assets` after editing).
set -euo pipefail
spritegen=$1 soundgen=$2 src=$3
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
art=("$src/assets/art/palette.txt")
for f in "$src"/assets/art/*.txt; do [ "$f" = "$src/assets/art/palette.txt" ] || art+=("$f"); done
"$spritegen" "$out" "${art[@]}"
"$soundgen" "$out" "$src"/assets/sound/*.txt
status=0
for f in "$out"/*; do
  name=$(basename "$f")
  cmp -s "$f" "$src/assets/gen/$name" || { echo "assets/gen/$name is out of date" >&2; status=1; }
done
for f in "$src"/assets/gen/*; do
  [ -e "$out/$(basename "$f")" ] || { echo "assets/gen/$(basename "$f") has no source" >&2; status=1; }
done
[ $status = 0 ] && echo "assets/gen matches its sources ($(ls "$out" | wc -l) files)"
exit $status
