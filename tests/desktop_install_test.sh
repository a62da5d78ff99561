#!/usr/bin/env bash
# desktop_install_test.sh BUILD_DIR: `cmake --install` into a scratch prefix puts the
# game where a desktop finds it, and the files pass their formats' own validators:
# desktop-file-validate, `appstreamcli validate --no-net`, groff's warnings; the icons
# are PNGs of their sizes; the manual lists every option `--help` does.
set -u
build=$1
prefix=$(mktemp -d); trap 'rm -rf "$prefix"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
cmake --install "$build" --prefix "$prefix" >/dev/null || { echo "FAIL: cmake --install"; exit 1; }
id=io.github.skillquest.SkillQuest
share=$prefix/share
for f in bin/skillquest share/skillquest/assets/gen/atlas.txt share/skillquest/scripts/behaviours.lua \
         share/skillquest/tools/tiled/skillquest.tiled-project \
         share/skillquest/tools/tiled/tilesets/skillquest_tiles.tsx \
         share/applications/$id.desktop share/metainfo/$id.metainfo.xml share/man/man6/skillquest.6 \
         share/doc/skillquest/LICENSE share/doc/skillquest/LICENSES.md share/doc/skillquest/copyright \
         share/skillquest/assets/fonts/OFL.txt share/skillquest/.luacheckrc; do
  [ -e "$prefix/$f" ] || fail "$f is not installed"
done
desktop-file-validate "$share/applications/$id.desktop" || fail "desktop-file-validate"
grep -qx 'Categories=Game;Education;' "$share/applications/$id.desktop" || fail "categories"
appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
for size in 16 32 48 64 128 256; do
  icon=$share/icons/hicolor/${size}x${size}/apps/$id.png
  head -c 24 "$icon" 2>/dev/null | od -An -tx1 | tr -d ' \n' | grep -q "^89504e470d0a1a0a0000000d49484452$(printf '%08x%08x' $size $size)" ||
    fail "$icon is not a ${size}x${size} PNG"
done
# The manual: no warnings from groff (man's formatter), and every option of --help in it.
man6=$share/man/man6/skillquest.6
warnings=$(groff -man -ww -z -Tutf8 "$man6" 2>&1)
[ -z "$warnings" ] || fail "groff warns: $warnings"
page=$(groff -man -Tascii -P-cbou -rLL=200n "$man6" 2>/dev/null)
for option in $("$prefix/bin/skillquest" --help | grep -o '^  --[a-z-]*'); do
  printf '%s\n' "$page" | grep -q -- "^ *$option\b" || fail "the manual lacks $option"
done
[ $status = 0 ] && echo "installed: desktop file, AppStream metadata, icons, manual and licences are valid"
exit $status
