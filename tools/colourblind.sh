#!/usr/bin/env bash
# colourblind.sh [OUT_DIR] [PNG...]: shows screenshots as players with the
# three common colour-vision deficiencies see them, so a palette change can be
# checked by eye. Each PNG (default: every golden in tests/golden) gets a 2x2
# sheet in OUT_DIR (default /tmp/skillquest-colourblind): normal vision,
# deuteranopia, protanopia, tritanopia. The matrices are Machado, Oliveira
# and Fernandes (2009) at full severity, applied to sRGB values: close enough
# to see which colours merge, which is the question here.
# Needs ImageMagick (convert, montage).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-/tmp/skillquest-colourblind}
shift || true
if [ $# -eq 0 ]; then set -- "$root"/tests/golden/*.png; fi
mkdir -p "$out"
deut="0.367322 0.860646 -0.227968 0.280085 0.672501 0.047413 -0.011820 0.042940 0.968881"
prot="0.152286 1.052583 -0.204868 0.114503 0.786281 0.099216 -0.003882 -0.048116 1.051998"
trit="1.255528 -0.076749 -0.178779 -0.078411 0.930809 0.147602 0.004733 0.691367 0.303900"
for png in "$@"; do
  name=$(basename "$png" .png)
  convert "$png" -color-matrix "$deut" "$out/$name.deuteranopia.png"
  convert "$png" -color-matrix "$prot" "$out/$name.protanopia.png"
  convert "$png" -color-matrix "$trit" "$out/$name.tritanopia.png"
  montage "$png" "$out/$name.deuteranopia.png" "$out/$name.protanopia.png" \
    "$out/$name.tritanopia.png" -tile 2x2 -geometry +2+2 "$out/$name.sheet.png"
  echo "$out/$name.sheet.png"
done
