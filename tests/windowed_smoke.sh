#!/usr/bin/env bash
# windowed_smoke.sh SKILLQUEST REPLAY GOLDEN IMGDIFF: opens a real window under
# Xvfb, plays the replay, and checks the last frame against the same golden
# image as the headless run: the window path draws what the headless one does.
set -eu
bin=$1 replay=$2 golden=$3 imgdiff=$4
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
xvfb-run -a -s "-screen 0 1280x720x24" "$bin" --frames 480 --replay "$replay" \
  --screenshot "$out/window.png" --verbose 2>&1 | tee "$out/log"
grep -q "render: software" "$out/log"
"$imgdiff" "$golden" "$out/window.png"
