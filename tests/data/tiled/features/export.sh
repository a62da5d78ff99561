#!/bin/sh
# Regenerate features.lua, Tiled's own Lua export of features.tmx (Debian 12 package
# `tiled`, 1.8.2). Never edit it by hand; change make_features.py and run both.
set -eu
cd "$(dirname "$0")"
export QT_QPA_PLATFORM=offscreen
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    XDG_RUNTIME_DIR=$(mktemp -d)
    export XDG_RUNTIME_DIR
    trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
fi
rm -f features.lua
tiled --export-map lua features.tmx features.lua
echo "features.tmx -> features.lua"
