#!/usr/bin/env bash
# install_test.sh BUILD_DIR: `cmake --install` into a scratch prefix, then the
# installed game finds its data from its own location and runs.
set -euo pipefail
build=$1
prefix=$(mktemp -d); trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
cd /
"$prefix/bin/skillquest" --headless --frames 30 --verbose 2>&1 | tee "$prefix/log"
grep -q "data root $prefix/share/skillquest" "$prefix/log"
