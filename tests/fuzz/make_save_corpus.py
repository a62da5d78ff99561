#!/usr/bin/env python3
"""make_save_corpus.py: writes the seed corpus of fuzz_save into corpus/save/.

    python3 tests/fuzz/make_save_corpus.py

Each input is a mode byte then a save (layout in fuzz_save.c): with mode bit 0
the target appends the checksum line itself, so most seeds are bodies and the
fuzzer's mutations reach the line parser; a few are whole files (frame and
all), good and broken, for the frame checks. The saves are what the writer
(sav_format) prints: format 2, format 1, a newer format, every kind of line,
the limits of each value. Deterministic: running it again rewrites the same
files; files the fuzzer added with `run.sh --merge` (named by their SHA-1) are
left alone."""
import os
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "save")

SETTINGS = ("volume-master 80\nvolume-music 70\nvolume-effects 80\nfullscreen 0\n"
            "text-size normal\nreduced-motion 0\n")
KEYS = ("key up Up\nkey up W\nkey down Down\nkey confirm Return\nkey confirm Keypad Enter\n"
        "key cancel Left Shift\nkey hint \u00c9\npad confirm a\npad menu start\npad menu back\n")


def header(version=2, generation=1, saved=1718000000, xp=0, rank=0):
    return ("skillquest-save %d\ngeneration %d\nsaved %d\nxp %d\nrank %d\n"
            % (version, generation, saved, xp, rank))


def whole(body):
    b = body.encode("utf-8", "surrogateescape") if isinstance(body, str) else body
    return b + b"end %08x\n" % (zlib.crc32(b) & 0xffffffff)


def write(name, data, as_body):
    os.makedirs(OUT, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(bytes([1 if as_body else 0]) + data)


bodies = {
    "defaults": header() + SETTINGS + KEYS,
    "empty_bindings": header(generation=0, saved=0) + SETTINGS,
    "rich": header(generation=42, xp=1250, rank=2) + SETTINGS.replace("normal", "large")
    + "skill http 1 0 3 20100 20093 7 2 web.requests\n"
    + "skill css 0 1 16 10000000 -1 1000000000 0 -\n"
    + "skill a23456789012345678901234567890b 1 1 0 0 0 0 0 pack:alice/level-1\n"
    + "level office.first_day completed 90\nlevel web.requests not-started 0\n" + KEYS,
    "format1": header(version=1, xp=5) + SETTINGS + "skill http 1 0 2 5 0 3 1\n" + KEYS,
    "limits": header(generation=1000000000000000000, saved=253402300799, xp=1000000000,
                     rank=100) + SETTINGS.replace("80", "100").replace("70", "0")
    + "skill x 1 1 16 10000000 10000000 1000000000 1000000000 -\n",
    "future": "skillquest-save 4\ngeneration 9\nachievement first-blood\n",
    "unknown_key": header() + SETTINGS + "colour blue\n",
    "repeated": header() + SETTINGS + "xp 5\n",
    "missing_line": "skillquest-save 2\ngeneration 1\n",
}
for name, body in bodies.items():
    write("body_" + name, body, True)

# Whole files, for the frame: good, cut short, altered, no end line, upper-case
# checksum, not a save at all.
good = whole(bodies["rich"])
write("file_good", good, False)
write("file_cut", good[: len(good) // 2], False)
write("file_altered", good.replace(b"xp 1250", b"xp 1251"), False)
write("file_no_end", bodies["defaults"], False)
write("file_upper_crc", good[:-9] + good[-9:].upper(), False)
write("file_not_a_save", "SkillQuest-save 1\n", False)
write("file_future", whole(bodies["future"]), False)
print("make_save_corpus: %d seeds in %s" % (len(bodies) + 7, OUT))
