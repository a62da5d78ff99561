#!/usr/bin/env bash
# assets_up_to_date.sh SPRITEGEN SOUNDGEN SOURCE_DIR: the committed files in
# assets/gen and tools/tiled/tilesets are exactly what the generators make from
# assets/art and assets/sound (rerun `cmake --build BUILD --target assets` after editing).
set -euo pipefail
spritegen=$1 soundgen=$2 src=$3
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
mkdir "$out/gen" "$out/tiled"
art=("$src/assets/art/palette.txt")
for f in "$src"/assets/art/*.txt; do [ "$f" = "$src/assets/art/palette.txt" ] || art+=("$f"); done
"$spritegen" "$out/gen" --tiled "$out/tiled" "${art[@]}"
"$soundgen" "$out/gen" "$src"/assets/sound/*.txt
status=0
compare() { # generated dir, committed dir (relative to the source tree)
  local f name
  for f in "$1"/*; do
    name=$(basename "$f")
    cmp -s "$f" "$src/$2/$name" || { echo "$2/$name is out of date" >&2; status=1; }
  done
  for f in "$src/$2"/*; do
    [ -e "$1/$(basename "$f")" ] || { echo "$2/$(basename "$f") has no source" >&2; status=1; }
  done
}
compare "$out/gen" assets/gen
compare "$out/tiled" tools/tiled/tilesets
[ $status = 0 ] && echo "assets/gen and tools/tiled/tilesets match their sources ($(ls "$out/gen" "$out/tiled" | wc -l) files)"
exit $status
