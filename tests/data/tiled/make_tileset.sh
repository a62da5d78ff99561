#!/bin/sh
# Regenerate office_tiles.png, the tileset used by the Tiled test maps,
# by cutting 16x16 sprites out of the game's own atlas (assets/gen/atlas.png,
# rectangles listed in assets/gen/atlas.txt as "name x y w h").
#
# Layout: 8 columns x 2 rows of 16x16 tiles, no margin, no spacing.
# Tile id (Tiled, 0-based) = position in TILES below; gid in the maps = id + 1.
#
# Needs ImageMagick 6 (`convert`): apt-get install -y imagemagick
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
atlas="$root/assets/gen/atlas.png"
rects="$root/assets/gen/atlas.txt"
out="${1:-$here/office_tiles.png}"
COLS=8

# id:  0       1       2       3      4            5        6         7
#      8       9         10          11         12          13     14    15
TILES="floor_0 floor_1 floor_2 carpet floor_shadow wall_top wall_face desk
       plant   bookshelf server_rack terminal_0 gate_closed exit_0 bug_0 mentor_0"

rect() { # name -> WxH+X+Y, fails if the sprite is missing or not 16x16
    awk -v n="$1" '$1 == n { if ($4 != 16 || $5 != 16) exit 2; printf "%dx%d+%d+%d", $4, $5, $2, $3; found = 1 }
                   END { if (!found) exit 1 }' "$rects" ||
        { echo "make_tileset.sh: sprite '$1' missing or not 16x16 in $rects" >&2; exit 1; }
}

set --   # build one convert command: a row of +append'ed crops per tileset row
i=0
for name in $TILES; do
    r=$(rect "$name")
    if [ $((i % COLS)) -eq 0 ]; then
        [ "$i" -gt 0 ] && set -- "$@" +append ")"
        set -- "$@" "("
    fi
    set -- "$@" "(" "$atlas" -crop "$r" +repage ")"
    i=$((i + 1))
done
set -- "$@" +append ")"

convert -background none "$@" -append -strip \
    -define png:exclude-chunks=date,time "PNG32:$out"
echo "wrote $out ($i tiles)"
