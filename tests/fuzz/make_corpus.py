#!/usr/bin/env python3
"""make_corpus.py: writes the seed corpus of the fuzz targets.

    python3 tests/fuzz/make_corpus.py [build/fuzz/tests/fuzz/fuzz_level]

corpus/level/: inputs for fuzz_level (a file it loads as INPUT_DIR/level.lua,
next to the symlinks maps/ -> levels/office/maps, tiled/ -> tests/data/tiled
and office_tiles.png; see fuzz_level.c): the shipped levels and maps, the real
Tiled exports, small variations that reach each reader and check, and broken
files (syntax errors, sandbox limits, bad types).

corpus/tiled/: inputs for fuzz_tiled: a mode byte, a 16-bit tile count and
base64 text, plain or zlib/gzip-compressed (layout in fuzz_tiled.c).

Given the fuzz_level binary, it also offers every other level-shaped file of the
repository (levels/, tests/check/, tests/hostile/) and keeps, as other_*.lua,
only those that add coverage (libFuzzer -merge=1), so the corpus stays small.

Deterministic: running it again rewrites the same files. Files the fuzzer added
with `run.sh --merge` (named by their SHA-1) are left alone."""
import base64
import glob
import gzip
import hashlib
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def write(kind, name, data):
    d = os.path.join(HERE, "corpus", kind)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def read(rel):
    with open(os.path.join(ROOT, rel), "rb") as f:
        return f.read()


# --- levels --------------------------------------------------------------------

# Copies of the real files: the shipped levels and map, every Tiled export.
# (levels/office/maps/office.lua is tests/data/tiled/office_zlib.lua renamed.)
for rel in ["levels/office/first_day.lua", "levels/office/server_room.lua"]:
    if os.path.exists(os.path.join(ROOT, rel)):
        write("level", "shipped_" + os.path.basename(rel), read(rel))
for name in ["office_lua", "office_base64", "office_zlib", "office_gzip", "office_zstd", "iso",
             "external"]:
    write("level", "tiled_%s.lua" % name, read("tests/data/tiled/%s.lua" % name))

MIN = '''return {
  format = 1,
  id = "fuzz.min",
  quest = "web",
  title = "Minimal",
  map = {
    rows = {
      "#####",
      "#@.E#",
      "#####",
    },
  },
}
'''
write("level", "min_inline.lua", MIN)

write("level", "full_inline.lua", '''return {
  format = 1,
  id = "fuzz.full",
  quest = "web",
  title = "Everything once",
  brief = "A level that uses every key.",
  music = "music_hub",
  requires = { "http" },
  map = {
    legend = {
      M = { type = "mentor", name = "Ada", dialogue = "intro" },
      T = { type = "terminal", name = "term", quiz = "q1", tile = "carpet" },
      G = { type = "gate", requires = "html" },
      S = { type = "sign", text = "Hello", tile = "floor" },
      k = { type = "skill", name = "html", skill = "html" },
      b = { type = "bug", dir = "v", speed = 40 },
      w = "wall", x = "void", c = "carpet", d = "desk", p = "plant", r = "server_rack",
      q = "exit", z = "spinner",
    },
    rows = {
      "##########",
      "#@.M.T..k#",
      "#,,,,S.b.#",
      "#dprBDPR.#",
      "####G#####",
      "#...z...q#",
      "##########",
    },
  },
  objects = {
    { type = "sign", name = "note", x = 2, y = 2, text = "Read me", solid = true },
    { type = "skill", x = 3, y = 5, skill = "css" },
  },
  behaviours = {
    spinner = {
      sprite = "bug", frames = 4, rate = 8, sensor = true,
      size = { 12, 10 }, offset = { -2, -6 },
      on_touch = function(self, other) sq.hurt() end,
    },
  },
  dialogue = {
    intro = {
      { "Ada", "First page." },
      { speaker = "Ada", text = "Second page." },
      "Third page, same speaker.",
    },
  },
  quizzes = {
    q1 = {
      question = "Which?",
      choices = { "a", "b", "c" },
      answer = 3,
      explanation = "Because.",
      skill = "html",
    },
  },
  hints = { "one", "two" },
  goals = {
    { collect = "html", text = "Learn HTML" },
    { talk = "Ada" },
    { answer = "q1", text = "Answer" },
    { reach = "note", text = "Read the note" },
  },
  grants = { skills = { "css" }, xp = 100 },
  on_start = function() sq.say("x", "y") end,
  on_update = function(dt) end,
  on_touch = function(a, b) end,
  on_interact = function(e) end,
  on_collect = function(skill) sq.xp(10) end,
  on_answer = function(quiz, correct) end,
}
''')

# A level on each Tiled map, through the symlinks next to the input.
for target in ["maps/office.lua", "tiled/office_gzip.lua", "tiled/office_base64.lua",
               "tiled/office_lua.lua", "tiled/office_zstd.lua", "tiled/iso.lua",
               "tiled/external.lua", "tiled/missing.lua", "../maps/office.lua",
               "/etc/passwd.lua", "maps/office_tiles.png", "level.lua"]:
    name = target.replace("/", "_").replace(".", "_").strip("_")
    write("level", "map_%s.lua" % name, '''return {
  format = 1, id = "fuzz.map", quest = "web", title = "On a Tiled map",
  map = "%s",
  dialogue = { intro = { "Hello." } },
  quizzes = { http_status = { question = "?", choices = { "a", "b" }, answer = 1 } },
  goals = { { talk = "Ada" }, { collect = "http" }, { answer = "http_status" } },
}
''' % target)

# Reference and reachability checks: each of these loads, then fails lvl_check.
write("level", "check_refs.lua", '''return {
  format = 1, id = "fuzz.refs", quest = "nope", title = "Bad references",
  music = "no_such_track",
  requires = { "no_such_skill" },
  map = {
    legend = {
      M = { type = "mentor", name = "Ada", dialogue = "missing" },
      T = { type = "terminal", quiz = "missing" },
      G = { type = "gate", requires = "quantum_computing" },
      u = { type = "unknown_behaviour" },
      k = { type = "skill", skill = "not_a_skill" },
    },
    rows = { "########", "#@MTGuk#", "#######E", "########" },
  },
  behaviours = { ghost = { sprite = "no_sprite", frames = 3 } },
  dialogue = { intro = { ("word "):rep(200) } },
  quizzes = {
    q = { question = ("long "):rep(100), choices = { "only" }, answer = 5, skill = "zzz" },
    r = { question = "?", choices = {}, answer = 0 },
  },
  goals = { { collect = "nothing" }, { talk = "nobody" }, { answer = "none" }, { reach = "x" } },
  grants = { skills = { "nope" }, xp = 20000 },
  hints = { 1, 2 },
}
''')

write("level", "check_unreachable.lua", '''return {
  format = 1, id = "fuzz.walls", quest = "web", title = "Walled in",
  map = {
    legend = { G = { type = "gate", requires = "css" }, k = { type = "skill", skill = "css" } },
    rows = {
      "##########",
      "#@.#..#.E#",
      "####G####k",
      "#k.#######",
      "##########",
    },
  },
  goals = { { collect = "css" } },
}
''')

# The largest inline map, made cheaply in Lua: 512x512 of floor (reachability work).
write("level", "big_map.lua", '''local rows = {}
for y = 1, 512 do rows[y] = ("."):rep(512) end
rows[1] = "@" .. ("."):rep(510) .. "E"
return { format = 1, id = "fuzz.big", quest = "web", title = "Big", map = { rows = rows } }
''')

write("level", "unknown_keys.lua", '''return {
  format = 1, id = "fuzz.keys", quest = "web", tittle = "Typo", titel = 3,
  quizes = {}, [1] = "positional", [true] = 1,
  map = { rows = { "@E" }, legand = {}, colums = 2 },
  goals = { { colect = "http", text = "t" } },
  grants = { xp = 1, skils = {} },
  quizzes = { q = { question = "?", choises = {}, anwser = 1 } },
}
''')

for i, fmt in enumerate(["2", '"1"', "0", "1.5", "nil", "-1", "1e300", "math.huge"]):
    write("level", "format_%d.lua" % i, MIN.replace("format = 1", "format = %s" % fmt))

write("level", "bad_types.lua", '''return {
  format = 1, id = 7, quest = {}, title = true, brief = 1.5, music = print,
  requires = "http", hints = { "a", {}, 3 },
  map = { rows = { "@.E", 5 }, legend = "no" },
  objects = { 1, { x = 1.5, y = -1 }, { type = "sign", x = 1e12, y = 0 } },
  dialogue = { 1, x = 2, y = {}, z = { {}, { speaker = 1 } } },
  quizzes = { "q", q = { choices = "one", answer = 1.5 } },
  goals = { 1, {}, { collect = "a", talk = "b" } },
  grants = "all",
  behaviours = 3,
  on_start = 1, on_update = "x",
}
''')

write("level", "map_shapes.lua", '''return {
  format = 1, id = "fuzz.shapes", quest = "web", title = "Shapes",
  map = { rows = { "@..E", "...", "#####" } },
}
''')
write("level", "map_empty.lua", '''return {
  format = 1, id = "fuzz.empty", quest = "web", title = "Empty",
  map = { rows = { "" } },
}
''')
write("level", "map_wide.lua", '''return {
  format = 1, id = "fuzz.wide", quest = "web", title = "Wide",
  map = { rows = { "@" .. ("."):rep(600) .. "E" } },
}
''')
write("level", "map_tall.lua", '''local rows = {}
for y = 1, 513 do rows[y] = "." end
rows[1] = "@"
return { format = 1, id = "fuzz.tall", quest = "web", title = "Tall", map = { rows = rows } }
''')
write("level", "map_no_start.lua", '''return {
  format = 1, id = "fuzz.nostart", quest = "web", title = "No start",
  map = { rows = { "#####", "#.?.#", "#####" }, legend = { ["?"] = 5 } },
}
''')

# The sandbox: every limit and every removed library, at load time.
BROKEN = {
    "syntax.lua": "return { format = 1, id = ",
    "nil.lua": "return nil",
    "number.lua": "return 42",
    "string.lua": 'return "level"',
    "nothing.lua": "",
    "error.lua": 'error("boom")',
    "error_table.lua": "error({ code = 1 })",
    "loop.lua": "while true do end",
    "pcall_loop.lua": "while true do pcall(function() while true do end end) end",
    "coroutine_loop.lua": "local co = coroutine.wrap(function() while true do end end) co()",
    "recursion.lua": "local function f(n) return f(n + 1) + 1 end return f(1)",
    "memory.lua": "local t = {} for i = 1, 1e9 do t[i] = ('x'):rep(1000) .. i end",
    "rep.lua": 'return ("x"):rep(1e10)',
    "rep_sep.lua": 'return ("x"):rep(1e5, ("y"):rep(1e5))',
    "pattern.lua": 'return ("a"):rep(40):find(("a?"):rep(40) .. ("a"):rep(40))',
    "gsub.lua": 'local s = ("a"):rep(5000) return s:gsub("(.-)-*$", "%1%1")',
    "gmatch.lua": 'for w in ("ab"):rep(10000):gmatch("(a*b*)*c") do end',
    "gc.lua": "setmetatable({}, { __gc = function() while true do end end }) return {}",
    "string_meta.lua": 'getmetatable("").__index = function() return 1 end return {}',
    "binary.lua": "\x1bLua\x54\x00\x19\x93\r\n\x1a\n",
    "load_binary.lua": 'return load("\\27Lua")',
    "load_text.lua": 'local f = load("return { format = 1 }") return f()',
    "io.lua": 'return io.open("/etc/passwd")',
    "os.lua": 'os.execute("true") return os.getenv("HOME")',
    "clock.lua": "local t = os.clock() while os.clock() - t < 0.5 do end return {}",
    "require.lua": 'return require("os")',
    "dofile.lua": 'return dofile("/etc/passwd")',
    "debug.lua": "return debug.getinfo(1)",
    "sq_calls.lua": '''local s = sq.skill("http")
local ok1 = pcall(sq.spawn, { type = "bug", x = 1, y = 1 })
local ok2 = pcall(sq.say, "a", "b")
local ok3 = pcall(sq.xp, 5)
local t = sq.time()
return { format = 1, id = "fuzz.sq", quest = "web", title = s and s.name or "?",
  map = { rows = { "@E" } } }
''',
    "metatables.lua": '''local level = { format = 1, id = "fuzz.meta", quest = "web", title = "Meta",
  map = setmetatable({}, { __index = function() while true do end end }) }
return setmetatable(level, { __index = function() error("no") end,
  __pairs = function() error("no") end, __len = function() return 1e9 end })
''',
    "tiled_meta.lua": '''return setmetatable({ orientation = "orthogonal", layers = {} },
  { __index = function(t, k) while true do end end })
''',
    "nul_bytes.lua": 'return { format = 1, id = "a\\0b", quest = "web", title = "\\0",\n'
                     '  map = { rows = { "@\\0E" } } }',
    "utf8.lua": MIN.replace("Minimal", "Caf\u00e9 \u2603 \U0001F600"),
    "crlf.lua": MIN.replace("\n", "\r\n"),
}
for name, text in BROKEN.items():
    write("level", "broken_" + name, text)

# Tiled maps written by hand: what Tiled writes, cut down, and what it never would.
TILESET = '''{
      name = "office", firstgid = 1, tilewidth = 16, tileheight = 16, spacing = 0, margin = 0,
      columns = 8, image = "office_tiles.png", imagewidth = 128, imageheight = 32, tilecount = 16,
      tiles = { { id = 5, properties = { ["solid"] = true } }, { id = 99, properties = {} } }
    }'''


def tiled_map(layers, w=4, h=4, tilesets=TILESET, extra=""):
    return '''return {
  version = "1.5", luaversion = "5.1", tiledversion = "1.8.2",
  orientation = "orthogonal", renderorder = "right-down",
  width = %d, height = %d, tilewidth = 16, tileheight = 16,%s
  tilesets = { %s },
  layers = { %s }
}
''' % (w, h, extra, tilesets, ",\n    ".join(layers))


GIDS = [6, 6, 6, 6, 1, 2, 3 | 0x80000000, 1, 1, 2 | 0x40000000, 3, 1, 6, 6, 6 | 0x20000000, 6]
RAW = b"".join(struct.pack("<I", g) for g in GIDS)


def tile_layer(data, encoding="base64", compression=None, name="ground", extra=""):
    c = ', compression = "%s"' % compression if compression else ""
    e = 'encoding = "%s", ' % encoding if encoding else ""
    return '''{ type = "tilelayer", name = "%s", width = 4, height = 4, %s%sdata = %s%s }''' % (
        name, e, extra, data, c)


def b64(raw):
    return '"\\n' + base64.b64encode(raw).decode() + '\\n"'


OBJECTS = '''{ type = "objectgroup", name = "things", objects = {
      { id = 1, name = "", type = "start", x = 16, y = 16, width = 16, height = 16 },
      { id = 2, name = "Ada", class = "npc", x = 32, y = 16, properties = { dialogue = "intro", n = 2, b = true } },
      { id = 3, name = "door", type = "exit", x = 48, y = 48 },
      { id = 4, type = "", x = -5, y = 1e9 },
      { id = 5, type = "bug", x = 0 / 0, y = 16, properties = { [1] = "x", speed = 1.5 } }
    } }'''

write("level", "tiled_small_b64.lua", tiled_map([tile_layer(b64(RAW)), OBJECTS]))
write("level", "tiled_small_zlib.lua", tiled_map([tile_layer(b64(zlib.compress(RAW)), compression="zlib"), OBJECTS]))
write("level", "tiled_small_gzip.lua",
      tiled_map([tile_layer(b64(gzip.compress(RAW, mtime=0)), compression="gzip"), OBJECTS]))
write("level", "tiled_small_lua.lua",
      tiled_map([tile_layer("{ " + ", ".join(str(g) for g in GIDS) + " }", encoding="lua"), OBJECTS]))
write("level", "tiled_small_csv_array.lua",
      tiled_map([tile_layer("{ " + ", ".join(str(g) for g in GIDS) + " }", encoding=None,
                            extra='properties = { solid = true }, ')]))
write("level", "tiled_bad_tiles.lua", tiled_map([
    tile_layer("{ 1, 2, 3 }", encoding="lua"),
    tile_layer("{ -1, 1.5, 4294967296, 99, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 }", encoding="lua", name="b"),
    tile_layer(b64(RAW[:-4]), name="short"),
    tile_layer(b64(zlib.compress(RAW * 1000)), compression="zlib", name="long"),
    tile_layer(b64(RAW), compression="zstd", name="zstd"),
    tile_layer('"@@@@"', name="bad64"),
    tile_layer("42", name="number"),
]))
write("level", "tiled_layers.lua", tiled_map([
    tile_layer(b64(RAW), name="l%d" % i) for i in range(5)] + [
    '{ type = "imagelayer", name = "sky", image = "sky.png" }',
    '{ type = "group", name = "g", layers = {} }',
    '{ type = "tilelayer", name = "inf", chunks = {} }',
    '{ name = "typeless" }',
    "7",
]))
write("level", "tiled_tilesets.lua", tiled_map([tile_layer(b64(RAW))], tilesets=",\n    ".join([
    '{ name = "ext", firstgid = 1, filename = "external.tsx" }',
    '{ name = "abs", firstgid = 17, tilewidth = 16, tileheight = 16, columns = 1, tilecount = 1, image = "/etc/x.png" }',
    '{ name = "up", firstgid = 18, tilewidth = 16, tileheight = 16, columns = 1, tilecount = 1, image = "../x.png" }',
    '{ name = "big", firstgid = 19, tilewidth = 32, tileheight = 32, columns = 1, tilecount = 1, image = "office_tiles.png" }',
    '{ name = "sp", firstgid = 20, tilewidth = 16, tileheight = 16, columns = 1, tilecount = 1, margin = 1, spacing = 2, image = "office_tiles.png" }',
    '{ name = "none", firstgid = 21, tilewidth = 16, tileheight = 16, columns = 1, tilecount = 1 }',
    '{ name = "gone", firstgid = 22, tilewidth = 16, tileheight = 16, columns = 1, tilecount = 1, image = "gone.png" }',
    '{ name = "huge", firstgid = 0, tilewidth = 16, tileheight = 16, columns = 0, tilecount = 70000, image = "office_tiles.png" }',
    TILESET.replace("firstgid = 1", "firstgid = 4294967295"),
    "5",
])))
write("level", "tiled_many_tilesets.lua", tiled_map([tile_layer(b64(RAW))], tilesets=",".join(
    ['{firstgid=%d,tilewidth=16,tileheight=16,columns=1,tilecount=1,image="office_tiles.png"}' % (i + 1)
     for i in range(70)])))
for i, (w, h, tw) in enumerate([(0, 4, 16), (513, 1, 16), (4, 4, 32), (-1, -1, 16), (512, 512, 16)]):
    write("level", "tiled_size_%d.lua" % i,
          tiled_map([tile_layer(b64(RAW))], w=w, h=h).replace("tilewidth = 16, tileheight = 16,\n",
                                                            "tilewidth = %d, tileheight = 16,\n" % tw, 1))
write("level", "tiled_iso_small.lua", tiled_map([tile_layer(b64(RAW))]).replace('"orthogonal"', '"hexagonal"'))
write("level", "tiled_no_layers.lua", 'return { orientation = "orthogonal", layers = {} }')

# --- the layer decoder ---------------------------------------------------------


def tiled_seed(name, mode, count, text):
    if isinstance(text, str):
        text = text.encode()
    write("tiled", name, bytes([mode]) + struct.pack("<H", count) + text)


def wrap(raw):
    """Base64 as Tiled writes it in a .tmx: newlines and indentation around it."""
    s = base64.b64encode(raw).decode()
    return "\n   " + "\n   ".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n  "


office = read("tests/data/tiled/office_lua.lua").decode()
# The office map's first layer, from the Lua-array export (30x20 gids).
start = office.index("data = {") + len("data = {")
OFFICE = [int(x) for x in office[start:office.index("}", start)].replace("\n", "").split(",") if x.strip()]
ORAW = b"".join(struct.pack("<I", g) for g in OFFICE)
n = len(OFFICE)

tiled_seed("none_small", 0, 16, base64.b64encode(RAW))
tiled_seed("zlib_small", 1, 16, base64.b64encode(zlib.compress(RAW)))
tiled_seed("gzip_small", 2, 16, base64.b64encode(gzip.compress(RAW, mtime=0)))
tiled_seed("empty_compression", 3, 16, base64.b64encode(RAW))
tiled_seed("none_office", 0, n, wrap(ORAW))
tiled_seed("zlib_office", 1, n, wrap(zlib.compress(ORAW, 9)))
tiled_seed("gzip_office", 2, n, wrap(gzip.compress(ORAW, mtime=0)))
tiled_seed("zstd_refused", 4, 16, base64.b64encode(RAW))
tiled_seed("csv_refused", 8, 16, "1,2,3")
tiled_seed("oversize", 16, 0, base64.b64encode(RAW))
tiled_seed("short_buffer", 0x60, 16, base64.b64encode(RAW))
tiled_seed("small_err", 0x80 | 1, 15, base64.b64encode(zlib.compress(RAW)))
tiled_seed("count_zero", 0, 0, "  \n\t ")
tiled_seed("count_wrong", 0, 17, base64.b64encode(RAW))
tiled_seed("not_whole", 0, 4, base64.b64encode(RAW[:-1]))
tiled_seed("padding", 0, 1, "AQAA AA==")
tiled_seed("bad_pad", 0, 1, "AQ=AAA==")
tiled_seed("after_pad", 0, 1, "AQ==AQ==")
tiled_seed("bad_char", 0, 1, "AQA*AA==")
tiled_seed("partial", 0, 1, "AQAAA")
tiled_seed("zlib_truncated", 1, 16, base64.b64encode(zlib.compress(RAW)[:-6]))
tiled_seed("zlib_trailing", 1, 16, base64.b64encode(zlib.compress(RAW) + b"junk"))
tiled_seed("zlib_corrupt", 1, 16, base64.b64encode(b"\x78\x9c\xff\xff" + zlib.compress(RAW)[4:]))
tiled_seed("gzip_as_zlib", 1, 16, base64.b64encode(gzip.compress(RAW, mtime=0)))
tiled_seed("bomb_zlib", 1, 16, base64.b64encode(zlib.compress(b"\0" * (4 << 20), 9)))
tiled_seed("bomb_gzip", 2, 65535, base64.b64encode(gzip.compress(b"\1" * (2 << 20), 9, mtime=0)))
tiled_seed("zlib_count_zero", 1, 0, base64.b64encode(zlib.compress(RAW)))
tiled_seed("zlib_empty", 1, 0, base64.b64encode(zlib.compress(b"")))


# --- the repository's other level files, kept when they add coverage ---------------

if len(sys.argv) > 1:
    fuzzer = os.path.abspath(sys.argv[1])
    level_dir = os.path.join(HERE, "corpus", "level")
    have = set()
    for f in os.listdir(level_dir):
        with open(os.path.join(level_dir, f), "rb") as fh:
            have.add(hashlib.sha1(fh.read()).hexdigest())
    offered = {}
    for pattern in ["levels/*/*.lua", "levels/*/maps/*.lua", "tests/check/*.lua",
                    "tests/hostile/*.lua"]:
        for path in sorted(glob.glob(os.path.join(ROOT, pattern))):
            if path.endswith(".test.lua"):
                continue
            data = read(os.path.relpath(path, ROOT))
            digest = hashlib.sha1(data).hexdigest()
            if digest not in have and len(data) <= 65536:
                offered[digest] = os.path.relpath(path, ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        into, extra = os.path.join(tmp, "into"), os.path.join(tmp, "extra")
        shutil.copytree(level_dir, into)
        os.mkdir(extra)
        for digest, rel in offered.items():
            shutil.copy(os.path.join(ROOT, rel), os.path.join(extra, digest))
        env = dict(os.environ, TMPDIR=tmp)
        subprocess.run([fuzzer, "-merge=1", "-max_len=65536", "-timeout=5", "-rss_limit_mb=1024",
                        into, extra], env=env, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        kept = 0
        for f in sorted(os.listdir(into)):
            if f in offered:  # merge names what it adds by SHA-1, which is our key too
                rel = offered[f]
                name = "other_" + rel.replace("/", "_")
                shutil.copy(os.path.join(into, f), os.path.join(level_dir, name))
                kept += 1
        print("make_corpus: kept %d of %d other level files" % (kept, len(offered)))
