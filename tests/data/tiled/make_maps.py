#!/usr/bin/env python3
"""Write the Tiled source maps (.tmx, .tsx) of tests/data/tiled/.

The TMX is written in the form Tiled 1.8.2 itself saves (checked by loading
each file in Tiled and saving it again: `tiled --export-map tmx a.tmx b.tmx`
gives the same bytes).  The .lua files are NOT written here: export.sh has
Tiled export them.

  office.tmx         30x20 orthogonal room, tile data as CSV (-> office_lua.lua)
  office_base64.tmx  the same map, tile data base64 (uncompressed)
  office_zlib.tmx    the same map, base64 + zlib
  office_gzip.tmx    the same map, base64 + gzip
  office_zstd.tmx    the same map, base64 + zstd (needs the `zstd` program)
  iso.tmx            4x4 isometric map, otherwise like office (embedded tileset)
  external.tmx       4x4 orthogonal map using the external tileset external.tsx
  external.tsx       the office tileset as a separate file

Run from anywhere: python3 tests/data/tiled/make_maps.py
"""
import base64
import os
import struct
import subprocess
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

W, H = 30, 20
TILE = 16

# Tile ids in office_tiles.png (see make_tileset.sh); gid = id + FIRSTGID.
FIRSTGID = 1
NAMES = ["floor_0", "floor_1", "floor_2", "carpet", "floor_shadow", "wall_top",
         "wall_face", "desk", "plant", "bookshelf", "server_rack", "terminal_0",
         "gate_closed", "exit_0", "bug_0", "mentor_0"]
ID = {n: i for i, n in enumerate(NAMES)}
SOLID = ["wall_top", "wall_face", "desk", "plant", "bookshelf", "server_rack"]

# Tiled's flip flags on a gid.
FLIP_H = 0x80000000
FLIP_V = 0x40000000
FLIP_D = 0x20000000


def gid(name, flags=0):
    return (ID[name] + FIRSTGID) | flags


# The room. '#' wall; '.' floor; ',' carpet; '_' doorway (floor, no wall).
# Props stand on the floor and go to the solid `walls` layer:
# B bookshelf, P plant, R server rack, D desk, d desk flipped horizontally.
# Objects are listed separately (OBJECTS below), not in this picture:
#   start (3,16)  Ada (4,14)  terminal (12,2)  skill orb (9,9)
#   gate (20,10) in the gap of the dividing wall  exit (26,1) in the doorway
#   bugs (14,14) and (24,12)
ROOM = [
    "##############################",  # 0
    "##########################_###",  # 1  doorway of the exit at x=26
    "#BB..P.........RRR..#BB..,,,.#",  # 2
    "#...................#....,,,.#",  # 3
    "#...................#....,,,.#",  # 4
    "#..Dd.........Dd....#........#",  # 5
    "#...................#.dD.....#",  # 6
    "#.....,,,,,,,,......#........#",  # 7
    "#.....,,,,,,,,......#........#",  # 8
    "#.....,,,,,,,,......#........#",  # 9
    "#.....,,,,,,,,...............#",  # 10 gap in the dividing wall: the gate
    "#.....,,,,,,,,......#........#",  # 11
    "#.....,,,,,,,,......#........#",  # 12
    "#...................#.dD.....#",  # 13
    "#...................#........#",  # 14
    "#...................#........#",  # 15
    "#...................#........#",  # 16
    "#..Dd.........RR....#BB......#",  # 17
    "#P.................P#.......P#",  # 18
    "##############################",  # 19
]
assert len(ROOM) == H and all(len(r) == W for r in ROOM)

PROPS = {"B": gid("bookshelf"), "P": gid("plant"), "R": gid("server_rack"),
         "D": gid("desk"), "d": gid("desk", FLIP_H)}


def is_wall(x, y):
    """A wall, or the exit's doorway (so the wall above it shows its top)."""
    if x < 0 or y < 0 or x >= W or y >= H:
        return True
    return ROOM[y][x] in "#_"


def floor_tile(x, y):
    """Floor variant and orientation from a fixed hash of the cell (as the
    game's own room does), so the floor does not repeat visibly.  floor_1 and
    floor_2 get flipped/rotated: this puts every flip combination in the data."""
    h = ((x * 73856093) ^ (y * 19349663)) & 0xFFFFFFFF
    pick = (h >> 3) % 8
    if pick < 6:
        return gid("floor_0")
    flips = [0, FLIP_H, FLIP_V, FLIP_H | FLIP_V, FLIP_D,
             FLIP_H | FLIP_D, FLIP_V | FLIP_D, FLIP_H | FLIP_V | FLIP_D]
    return gid("floor_1" if pick == 6 else "floor_2", flips[(h >> 6) % 8])


def build_layers():
    ground, decor, walls = [], [], []
    for y in range(H):
        for x in range(W):
            c = ROOM[y][x]
            if c == "#":
                ground.append(0)
                decor.append(0)
                if not is_wall(x, y + 1):
                    walls.append(gid("wall_face"))  # the floor below sees its face
                elif x == 20 and 2 <= y <= 18:
                    # The dividing wall: its stones rotated, for variety
                    # (90 deg clockwise = H|D, transposed = D, 90 ccw = V|D).
                    walls.append(gid("wall_top", [FLIP_H | FLIP_D, FLIP_D,
                                                  FLIP_V | FLIP_D, 0][y % 4]))
                else:
                    walls.append(gid("wall_top"))
                continue
            ground.append(gid("carpet") if c == "," else floor_tile(x, y))
            walls.append(PROPS.get(c, 0))
            shadow = is_wall(x, y - 1) and c not in PROPS and c != "_"
            decor.append(gid("floor_shadow") if shadow else 0)
    return [("ground", ground, None), ("decor", decor, None),
            ("walls", walls, ("solid", "bool", "true"))]


# (id, name, type, x, y, w, h, point, [(prop, type, value)])
def at(tx, ty):
    return tx * TILE, ty * TILE


OBJECTS = [
    (1, "", "start", 3 * TILE + 8, 16 * TILE + 8, 0, 0, True, []),
    (2, "Ada", "npc", *at(4, 14), TILE, TILE, False,
     [("dialogue", "string", "intro")]),
    (3, "http terminal", "terminal", *at(12, 2), TILE, TILE, False,
     [("quiz", "string", "http_status")]),
    (4, "http orb", "skill", 9 * TILE + 8, 9 * TILE + 8, 0, 0, True,
     [("skill", "string", "http")]),
    (5, "http gate", "gate", *at(20, 10), TILE, TILE, False,
     [("requires", "string", "http")]),
    (6, "exit", "exit", *at(26, 1), TILE, TILE, False, []),
    (7, "bug", "bug", *at(14, 14), TILE, TILE, False,
     [("speed", "int", "40")]),
    (8, "bug", "bug", *at(24, 12), TILE, TILE, False,
     [("speed", "int", "40")]),
]


def tileset_xml(indent, name="office", firstgid=None, source=False):
    """The office tileset: embedded in a map (firstgid given) or a .tsx."""
    i = " " * indent
    out = []
    if source:
        out.append('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.append('<tileset version="1.8" tiledversion="1.8.2" ')
    else:
        out.append(f'{i}<tileset firstgid="{firstgid}" ')
    out.append(f'name="{name}" tilewidth="{TILE}" tileheight="{TILE}" '
               f'tilecount="16" columns="8">\n')
    out.append(f'{i} <image source="office_tiles.png" width="128" height="32"/>\n')
    for n in SOLID:
        out.append(f'{i} <tile id="{ID[n]}">\n')
        out.append(f'{i}  <properties>\n')
        out.append(f'{i}   <property name="solid" type="bool" value="true"/>\n')
        out.append(f'{i}  </properties>\n')
        out.append(f'{i} </tile>\n')
    out.append(f'{i}</tileset>\n')
    return "".join(out)


def encode(data, w, fmt):
    """The <data> element of a tile layer in format fmt."""
    if fmt == "csv":
        rows = [",".join(str(g) for g in data[y * w:(y + 1) * w])
                for y in range(len(data) // w)]
        return '  <data encoding="csv">\n' + ",\n".join(rows) + "\n</data>\n"
    raw = struct.pack(f"<{len(data)}I", *data)
    if fmt == "base64":
        attr, blob = "", raw
    elif fmt == "zlib":
        attr, blob = ' compression="zlib"', zlib.compress(raw)
    elif fmt == "gzip":
        # zlib's own gzip wrapper, default level: the bytes Tiled writes.
        c = zlib.compressobj(-1, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        attr, blob = ' compression="gzip"', c.compress(raw) + c.flush()
    elif fmt == "zstd":
        attr = ' compression="zstd"'
        # Level 6, no checksum, content size in the frame header: the
        # bytes Tiled 1.8.2 (libzstd 1.5.4) writes.  From a file, so that
        # the zstd program knows the size.
        with tempfile.NamedTemporaryFile() as f:
            f.write(raw)
            f.flush()
            blob = subprocess.run(["zstd", "-q", "-c", "-6", "--no-check", f.name],
                                  stdout=subprocess.PIPE, check=True).stdout
    else:
        raise ValueError(fmt)
    return (f'  <data encoding="base64"{attr}>\n   '
            + base64.b64encode(blob).decode() + "\n  </data>\n")


def map_xml(orientation, w, h, layers, objects, fmt, tileset):
    n_layers = len(layers) + (1 if objects is not None else 0)
    next_obj = max((o[0] for o in objects), default=0) + 1 if objects else 1
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           f'<map version="1.8" tiledversion="1.8.2" orientation="{orientation}" '
           f'renderorder="right-down" width="{w}" height="{h}" '
           f'tilewidth="{TILE}" tileheight="{TILE}" infinite="0" '
           f'nextlayerid="{n_layers + 1}" nextobjectid="{next_obj}">\n',
           tileset]
    for lid, (name, data, prop) in enumerate(layers, 1):
        out.append(f' <layer id="{lid}" name="{name}" width="{w}" height="{h}">\n')
        if prop:
            out.append('  <properties>\n'
                       f'   <property name="{prop[0]}" type="{prop[1]}" '
                       f'value="{prop[2]}"/>\n'
                       '  </properties>\n')
        out.append(encode(data, w, fmt))
        out.append(' </layer>\n')
    if objects is not None:
        out.append(f' <objectgroup id="{len(layers) + 1}" name="objects">\n')
        for oid, name, typ, x, y, ow, oh, point, props in objects:
            attrs = f'id="{oid}"'
            if name:
                attrs += f' name="{name}"'
            attrs += f' type="{typ}" x="{x}" y="{y}"'
            if not point:
                attrs += f' width="{ow}" height="{oh}"'
            children = []
            if props:
                children.append('   <properties>\n')
                for pn, pt, pv in props:
                    t = "" if pt == "string" else f' type="{pt}"'
                    children.append(f'    <property name="{pn}"{t} value="{pv}"/>\n')
                children.append('   </properties>\n')
            if point:
                children.append('   <point/>\n')
            if children:
                out.append(f'  <object {attrs}>\n' + "".join(children)
                           + '  </object>\n')
            else:
                out.append(f'  <object {attrs}/>\n')
        out.append(' </objectgroup>\n')
    out.append('</map>\n')
    return "".join(out)


def write(name, text):
    with open(os.path.join(HERE, name), "w", newline="\n") as f:
        f.write(text)
    print("wrote", name)


def main():
    layers = build_layers()
    embedded = tileset_xml(1, firstgid=FIRSTGID)
    for fmt, name in [("csv", "office.tmx"), ("base64", "office_base64.tmx"),
                      ("zlib", "office_zlib.tmx"), ("gzip", "office_gzip.tmx"),
                      ("zstd", "office_zstd.tmx")]:
        write(name, map_xml("orthogonal", W, H, layers, OBJECTS, fmt, embedded))

    # Tiny maps for the refusal tests: a 4x4 floor with one wall row on top.
    small = [gid("wall_top")] * 4 + [gid("floor_0"), gid("floor_1"),
                                     gid("floor_2", FLIP_H), gid("floor_0")] * 3
    write("iso.tmx", map_xml("isometric", 4, 4, [("ground", small, None)], None,
                             "csv", embedded))
    write("external.tsx", tileset_xml(0, source=True))
    write("external.tmx", map_xml("orthogonal", 4, 4, [("ground", small, None)],
                                  None, "csv",
                                  ' <tileset firstgid="1" source="external.tsx"/>\n'))


if __name__ == "__main__":
    main()
