#!/bin/sh
# Regenerate every .lua in this folder from its .tmx with Tiled's own Lua
# exporter (Debian 12 package `tiled`, 1.8.2: apt-get install -y tiled).
# The .lua files are Tiled's output, byte for byte: never edit them by hand.
# The .tmx files come from make_maps.py; the tileset image from make_tileset.sh.
set -eu
cd "$(dirname "$0")"

export QT_QPA_PLATFORM=offscreen     # no display needed
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then  # keeps Qt from warning about it
    XDG_RUNTIME_DIR=$(mktemp -d)
    export XDG_RUNTIME_DIR
    trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
fi

version=$(dpkg-query -W -f '${Version}' tiled 2>/dev/null || true)
case "$version" in
    1.8.2*) ;;
    *) echo "export.sh: warning: tiled package version '$version', the files here were made with 1.8.2" >&2 ;;
esac

export_map() { # source.tmx target.lua
    rm -f "$2"
    tiled --export-map lua "$1" "$2"
    [ -s "$2" ] || { echo "export.sh: tiled wrote no $2" >&2; exit 1; }
    echo "$1 -> $2"
}

export_map office.tmx        office_lua.lua     # tile data as Lua arrays
export_map office_base64.tmx office_base64.lua
export_map office_zlib.tmx   office_zlib.lua
export_map office_gzip.tmx   office_gzip.lua
export_map office_zstd.tmx   office_zstd.lua
export_map iso.tmx           iso.lua
export_map external.tmx      external.lua       # tileset stays external

# The example map for level authors: the zlib export, renamed, beside its
# tileset image (the .lua names the image "office_tiles.png").
cp office_zlib.lua   ../../../levels/office/maps/office.lua
cp office_tiles.png  ../../../levels/office/maps/office_tiles.png
echo "copied office_zlib.lua, office_tiles.png -> levels/office/maps/"
