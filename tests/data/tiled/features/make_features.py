#!/usr/bin/env python3
"""Write the Tiled feature maps of tests/data/tiled/features/ (Python 3, no modules
beyond the standard library).

  office_tiles_32.png  ../office_tiles.png scaled 2x (32x32 tiles, nearest neighbour)
  features.tsx         a tileset on it: solid tiles, a tile class (mentor), an animation
  features.tmx         a 32x32-tile infinite map (CSV chunks, some at negative
                       coordinates) with a group (offset, opacity), a hidden collision
                       layer, an image layer, typed and untyped objects, a tile object,
                       a text object: everything Tiled 1.8.2 reads and exports to Lua
                       (features.lua is its export: run export.sh next to it)
  class19.tmx          what Tiled 1.9 writes and 1.8 does not read: objects with
                       class= instead of type=, a layer tintcolor. Tiled 1.8.2 cannot
                       export it, so class19.lua is written here too, in the form
                       Tiled 1.9's Lua export has (`class = "..."`, `tintcolor = {...}`).

Run from anywhere: python3 tests/data/tiled/features/make_features.py
"""
import base64
import os
import struct
import subprocess
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def read_png(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, w = 8, b"", 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour == 6, "RGBA8 only"
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw, stride, rows, prev = zlib.decompress(idat), w * 4, [], bytearray(w * 4)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - 4] if i >= 4 else 0
            b = prev[i]
            c = prev[i - 4] if i >= 4 else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, rows


def write_png(path, w, h, rows):
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    raw = b"".join(b"\0" + r for r in rows)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


w, h, rows = read_png(os.path.join(HERE, "..", "office_tiles.png"))
big = []
for r in rows:
    line = b"".join(r[i:i + 4] * 2 for i in range(0, len(r), 4))
    big += [line, line]
write_png(os.path.join(HERE, "office_tiles_32.png"), w * 2, h * 2, big)

# Tile ids as in ../make_tileset.sh; gid = id + 1.
FLOOR, FLOOR1, CARPET, WALL_TOP, DESK, PLANT, TERMINAL, MENTOR = 0, 1, 3, 5, 7, 8, 11, 15

TSX = """<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="features" tilewidth="32" tileheight="32" tilecount="16" columns="8">
 <image source="office_tiles_32.png" width="256" height="64"/>
 <tile id="5">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="11">
  <animation>
   <frame tileid="11" duration="250"/>
   <frame tileid="12" duration="500"/>
  </animation>
 </tile>
 <tile id="15" type="mentor">
  <properties>
   <property name="dialogue" value="intro"/>
  </properties>
 </tile>
</tileset>
"""


def csv(cells, w):
    lines = [",".join(str(c) for c in cells[i:i + w]) for i in range(0, len(cells), w)]
    return ",\n".join(lines) + "\n"


def chunk_xml(x, y, cells, indent="   "):
    return (f'{indent}<chunk x="{x}" y="{y}" width="16" height="16">\n{csv(cells, 16)}{indent}</chunk>\n')


# Ground: two chunks side by side, the first at negative x, so the world's
# origin moves: the map spans x -16..15, y 0..15 (32x16 tiles).
g1 = [FLOOR + 1 if (x + y) % 5 else FLOOR1 + 1 for y in range(16) for x in range(16)]
g2 = [CARPET + 1 if 4 <= x <= 10 and 4 <= y <= 10 else FLOOR + 1 for y in range(16) for x in range(16)]
g2[0] = (FLOOR1 + 1) | 0x80000000  # a flipped tile survives
walls = [0] * 256
for x in range(16):
    walls[x] = WALL_TOP + 1
walls[5 * 16 + 6] = DESK + 1
blocked = [0] * 256
blocked[8 * 16 + 8] = PLANT + 1  # hidden layer: solid by its property, not drawn
house = [0] * 256
house[2 * 16 + 2] = TERMINAL + 1  # animated

TMX = f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" renderorder="right-down" width="30" height="20" tilewidth="32" tileheight="32" infinite="1" backgroundcolor="#203040" nextlayerid="9" nextobjectid="10">
 <tileset firstgid="1" source="features.tsx"/>
 <layer id="1" name="ground" width="30" height="20">
  <data encoding="csv">
{chunk_xml(-16, 0, g1)}{chunk_xml(0, 0, g2)}  </data>
 </layer>
 <layer id="2" name="walls" width="30" height="20" opacity="0.75">
  <data encoding="csv">
{chunk_xml(0, 0, walls)}  </data>
 </layer>
 <layer id="3" name="collision" width="30" height="20" visible="0">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <data encoding="csv">
{chunk_xml(-16, 0, blocked)}  </data>
 </layer>
 <imagelayer id="4" name="poster" offsetx="64" offsety="96" opacity="0.5">
  <image source="office_tiles_32.png" width="256" height="64"/>
 </imagelayer>
 <group id="5" name="house" offsetx="32" offsety="8" opacity="0.5">
  <layer id="6" name="inside" width="30" height="20">
   <data encoding="csv">
{chunk_xml(0, 0, house)}   </data>
  </layer>
  <objectgroup id="7" name="people">
   <object id="1" name="Ada" type="npc" x="64" y="64" width="32" height="32">
    <properties>
     <property name="dialogue" value="intro"/>
    </properties>
   </object>
  </objectgroup>
 </group>
 <objectgroup id="8" name="things">
  <object id="2" type="start" x="96" y="160">
   <point/>
  </object>
  <object id="3" name="Grace" gid="{MENTOR + 1}" x="192" y="192" width="32" height="32"/>
  <object id="4" name="note to self" x="10" y="10" width="40" height="20"/>
  <object id="5" name="pond" x="300" y="300" width="64" height="32">
   <ellipse/>
  </object>
  <object id="6" name="welcome" x="-448" y="32" width="256" height="64">
   <text fontfamily="DotGothic16" pixelsize="24" wrap="1" color="#ff336699" bold="1" halign="center" valign="bottom">Welcome to
the office</text>
  </object>
  <object id="7" gid="{PLANT + 1}" x="-96" y="320" width="32" height="32"/>
  <object id="8" name="orb" type="skill" x="256" y="128" width="32" height="32">
   <properties>
    <property name="count" type="int" value="3"/>
    <property name="skill" value="http"/>
    <property name="speed" type="float" value="2.5"/>
    <property name="visible_label" type="bool" value="true"/>
   </properties>
  </object>
  <object id="9" type="exit" x="448" y="0" width="32" height="32"/>
 </objectgroup>
</map>
"""

open(os.path.join(HERE, "features.tsx"), "w").write(TSX)
open(os.path.join(HERE, "features.tmx"), "w").write(TMX)

CLASS19_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<map version="1.9" tiledversion="1.9.2" class="" orientation="orthogonal" renderorder="right-down" width="4" height="3" tilewidth="24" tileheight="24" infinite="0" nextlayerid="3" nextobjectid="3">
 <tileset firstgid="1" source="features.tsx"/>
 <layer id="1" name="floor" class="" width="4" height="3" tintcolor="#80ff8000">
  <data encoding="base64" compression="zstd">
   {zstd}
  </data>
 </layer>
 <objectgroup id="2" name="things" class="">
  <object id="1" class="start" x="24" y="24" width="24" height="24"/>
  <object id="2" name="Ada" class="npc" x="48" y="24" width="24" height="24">
   <properties>
    <property name="dialogue" value="intro"/>
   </properties>
  </object>
 </objectgroup>
</map>
"""

# class19: a 4x3 floor, zstd-compressed as Tiled writes it (level 6, no checksum).
cells = [FLOOR + 1, FLOOR1 + 1, FLOOR + 1, CARPET + 1] * 3
raw = struct.pack("<12I", *cells)
zst = subprocess.run(["zstd", "-q", "-6", "--no-check", "-c"], input=raw, stdout=subprocess.PIPE,
                     check=True).stdout
data = base64.b64encode(zst).decode()
open(os.path.join(HERE, "class19.tmx"), "w").write(CLASS19_TMX.replace("{zstd}", data))
CLASS19_LUA = """return {
  version = "1.9",
  luaversion = "5.1",
  tiledversion = "1.9.2",
  class = "",
  orientation = "orthogonal",
  renderorder = "right-down",
  width = 4,
  height = 3,
  tilewidth = 24,
  tileheight = 24,
  nextlayerid = 3,
  nextobjectid = 3,
  properties = {},
  tilesets = {
    {
      name = "features",
      firstgid = 1,
      class = "",
      filename = "features.tsx"
    }
  },
  layers = {
    {
      type = "tilelayer",
      x = 0,
      y = 0,
      width = 4,
      height = 3,
      id = 1,
      name = "floor",
      class = "",
      visible = true,
      opacity = 1,
      offsetx = 0,
      offsety = 0,
      parallaxx = 1,
      parallaxy = 1,
      tintcolor = { 255, 128, 0, 128 },
      properties = {},
      encoding = "base64",
      compression = "zstd",
      data = "%s"
    },
    {
      type = "objectgroup",
      draworder = "topdown",
      id = 2,
      name = "things",
      class = "",
      visible = true,
      opacity = 1,
      offsetx = 0,
      offsety = 0,
      parallaxx = 1,
      parallaxy = 1,
      properties = {},
      objects = {
        {
          id = 1,
          name = "",
          class = "start",
          shape = "rectangle",
          x = 24,
          y = 24,
          width = 24,
          height = 24,
          rotation = 0,
          visible = true,
          properties = {}
        },
        {
          id = 2,
          name = "Ada",
          class = "npc",
          shape = "rectangle",
          x = 48,
          y = 24,
          width = 24,
          height = 24,
          rotation = 0,
          visible = true,
          properties = {
            ["dialogue"] = "intro"
          }
        }
      }
    }
  }
}
""" % data
open(os.path.join(HERE, "class19.lua"), "w").write(CLASS19_LUA)
