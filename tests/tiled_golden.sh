#!/usr/bin/env bash
# tiled_golden.sh RENDER IMGDIFF GOLDEN OUT_DIR MAP...: draws each MAP (a Tiled map as
# .tmx or as its Lua export) whole with sq-tiled-render, compares each picture with
# the golden image, and requires every MAP to give the same pixels as the first:
# one map, one look, whichever format it was saved in.
# To regenerate after an intended change (then look at it before committing):
#   build/asan/tests/sq-tiled-render tests/data/tiled/examples/desert.tmx tests/golden/tiled_desert.png
set -u
render=$1 imgdiff=$2 golden=$3 out=$4
shift 4
mkdir -p "$out"
status=0 first=
for map in "$@"; do
  name=$(basename "$map" | tr . _)
  shot="$out/$name.png"
  if ! "$render" "$map" "$shot"; then
    echo "FAIL $map: does not render"
    status=1
    continue
  fi
  "$imgdiff" "$golden" "$shot" --diff "$out/${name}_diff.png" || { echo "FAIL $map: differs from $golden"; status=1; }
  if [ -z "$first" ]; then
    first=$shot
  elif ! cmp -s "$first" "$shot"; then
    echo "FAIL $map: its pixels differ from $(basename "$first")'s"
    status=1
  fi
done
[ $status = 0 ] && echo "$# renders match $(basename "$golden") and each other"
exit $status
