#!/usr/bin/env bash
# screens_test.sh SKILLQUEST IMGDIFF SCREENS_DIR GOLDEN_DIR NAME [--data-copy DIR] [GAME OPTIONS...]:
# plays SCREENS_DIR/NAME.replay headless and compares the last frame with
# GOLDEN_DIR/NAME.png, exactly (headless pixels are the same on every run). --data-copy plays with a
# copy of DIR as the player's data directory (a save to continue from): the
# game saves on quit, and the fixture must stay as committed.
set -euo pipefail
# Dates in messages are local time: the goldens are drawn in UTC.
export TZ=UTC
bin=$1 imgdiff=$2 screens=$3 golden=$4 name=$5
shift 5
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
if [ "${1:-}" = --data-copy ]; then
  cp -R "$2" "$out/data"
  shift 2
  set -- --data-dir "$out/data" "$@"
fi
# Long enough for the replay's last input to have its effect (40 ticks more, at least 60).
last=$(awk '$1 ~ /^[0-9]+$/ { t = $1 } END { print t + 0 }' "$screens/$name.replay")
frames=$((last + 40 > 60 ? last + 40 : 60))
"$bin" --headless --frames "$frames" --replay "$screens/$name.replay" --screenshot "$out/$name.png" "$@"
# SQ_UPDATE_GOLDENS=1 redraws the golden instead (after a change meant to move
# pixels; look at every redrawn image before committing it).
if [ "${SQ_UPDATE_GOLDENS:-0}" = 1 ]; then
  cp "$out/$name.png" "$golden/$name.png"
  echo "screens_test: redrew $golden/$name.png"
  exit 0
fi
"$imgdiff" --exact "$golden/$name.png" "$out/$name.png"
