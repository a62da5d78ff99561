#!/usr/bin/env bash
# screens_test.sh SKILLQUEST IMGDIFF SCREENS_DIR GOLDEN_DIR NAME [GAME OPTIONS...]:
# plays SCREENS_DIR/NAME.replay headless and compares the last frame with
# GOLDEN_DIR/NAME.png (tolerance in tests/imgdiff.c).
set -eu
bin=$1 imgdiff=$2 screens=$3 golden=$4 name=$5
shift 5
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
"$bin" --headless --frames 60 --replay "$screens/$name.replay" --screenshot "$out/$name.png" "$@"
"$imgdiff" "$golden/$name.png" "$out/$name.png"
