#!/usr/bin/env bash
# file_sizes.sh SOURCE_DIR: no source file is over 800 lines (C, headers,
# Lua, shell, CMakeLists), so each stays one concern a reader can hold; test data
# and fuzz corpora are not source. Prints each file over and exits 1.
set -euo pipefail
cd "$1"
over=$(find src tools scripts levels tests bench CMakeLists.txt -type f \
         \( -name '*.c' -o -name '*.h' -o -name '*.lua' -o -name '*.sh' \
            -o -name CMakeLists.txt \) \
         -not -path 'tests/data/*' -not -path 'tests/fuzz/corpus/*' -print0 2>/dev/null |
       xargs -0 wc -l | awk '$2 != "total" && $1 > 800 { print $2 ": " $1 " lines" }')
if [ -n "$over" ]; then
  echo "files over 800 lines:"
  echo "$over"
  exit 1
fi
echo "no source file over 800 lines"
