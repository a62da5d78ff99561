#!/usr/bin/env bash
# windowed_smoke.sh SKILLQUEST REPLAY GOLDEN IMGDIFF: opens a real window under
# Xvfb, plays the replay with SDL's disk audio driver standing in for a sound
# card, then checks that the last frame matches the same golden image as the
# headless run (the window path draws what the headless one does) and that
# sound really came out (music and effects are not all silence).
set -euo pipefail
bin=$1 replay=$2 golden=$3 imgdiff=$4
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE="$out/audio.raw" \
  xvfb-run -a -s "-screen 0 1280x720x24" "$bin" --frames 480 --replay "$replay" \
  --screenshot "$out/window.png" --verbose 2>&1 | tee "$out/log"
grep -q "render: software" "$out/log"
"$imgdiff" "$golden" "$out/window.png"
# 22050 Hz, 16-bit stereo: 88200 bytes a second; 480 ticks are 8 seconds.
bytes=$(stat -c %s "$out/audio.raw")
nonzero=$(tr -d '\0' < "$out/audio.raw" | wc -c)
echo "audio: $bytes bytes written, $nonzero non-zero"
[ "$bytes" -ge 88200 ] || { echo "less than a second of audio" >&2; exit 1; }
[ "$nonzero" -ge $((bytes / 4)) ] || { echo "the audio is (nearly) silent" >&2; exit 1; }
