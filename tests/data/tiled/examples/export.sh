#!/bin/sh
# Regenerate the Lua exports of Tiled's example maps with Tiled itself (Debian 12
# package `tiled`, 1.8.2): MAP.lua keeps external tilesets as Tiled writes them
# (`filename = "desert.tsx"`), MAP_embedded.lua has them inlined
# (`tiled --embed-tilesets`). The .lua files are Tiled's output: never edit them.
set -eu
cd "$(dirname "$0")"
export QT_QPA_PLATFORM=offscreen     # no display needed
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    XDG_RUNTIME_DIR=$(mktemp -d)
    export XDG_RUNTIME_DIR
    trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
fi
for map in desert sewers perspective_walls orthogonal-outside; do
    rm -f "$map.lua" "${map}_embedded.lua"
    tiled --export-map lua "$map.tmx" "$map.lua"
    echo "$map.tmx -> $map.lua"
done
# The two maps with external tilesets, once more with them embedded.
for map in desert perspective_walls; do
    tiled --embed-tilesets --export-map lua "$map.tmx" "${map}_embedded.lua"
    echo "$map.tmx -> ${map}_embedded.lua"
done
