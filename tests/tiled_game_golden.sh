#!/usr/bin/env bash
# tiled_game_golden.sh GAME IMGDIFF GOLDEN OUT_DIR FRAMES MAP...: plays each MAP (a Tiled
# map as .tmx or as its Lua export) headless for FRAMES ticks, as `skillquest --level MAP`
# shows it, and compares the last frame with the golden image exactly: what the player
# sees of a Tiled map (tile layers with offset, opacity and tint, large tiles anchored as
# Tiled anchors them, animated tiles at that moment, image layers, tile objects, text
# objects, the map's background colour), the same whichever format the map was saved in.
# To regenerate after an intended change (then look at it before committing):
#   build/asan/tests/skillquest-test --headless --frames 30 --level MAP --screenshot GOLDEN
set -u
game=$1 imgdiff=$2 golden=$3 out=$4 frames=$5
shift 5
mkdir -p "$out"
status=0
for map in "$@"; do
  shot="$out/$(basename "$map" | tr . _)_$frames.png"
  if ! "$game" --headless --frames "$frames" --level "$map" --screenshot "$shot"; then
    echo "FAIL $map: does not play"
    status=1
    continue
  fi
  "$imgdiff" --exact "$golden" "$shot" --diff "${shot%.png}_diff.png" ||
    { echo "FAIL $map: differs from $golden"; status=1; }
done
[ $status = 0 ] && echo "$# maps in play match $(basename "$golden")"
exit $status
