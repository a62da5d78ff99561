#!/usr/bin/env bash
# deb_package_test.sh BUILD_DIR: `cpack -G DEB` makes skillquest_VERSION_ARCH.deb for
# /usr with its Depends from dpkg-shlibdeps (SDL2, Lua, expat, zstd ...) and every
# installed file in it. Installing it on a fresh machine is tests/deb_fresh_machine.sh
# (by hand: it builds a Debian root).
set -u
build=$1
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb=$(ls "$out"/skillquest_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "FAIL: no skillquest_*.deb in $out"; ls "$out"; exit 1; }
echo "made $(basename "$deb")"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libsdl2-2.0-0 libsdl2-image libsdl2-mixer libsdl2-ttf liblua5.4-0 libexpat1 libzstd1 zlib1g libc6; do
  printf '%s' "$depends" | grep -q "$lib" || fail "Depends lacks $lib"
done
[ "$(dpkg-deb -f "$deb" Section)" = games ] || fail "Section is not games"
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/skillquest ./usr/share/applications/io.github.skillquest.SkillQuest.desktop \
         ./usr/share/metainfo/io.github.skillquest.SkillQuest.metainfo.xml \
         ./usr/share/icons/hicolor/256x256/apps/io.github.skillquest.SkillQuest.png \
         ./usr/share/man/man6/skillquest.6 ./usr/share/doc/skillquest/copyright \
         ./usr/share/skillquest/assets/gen/atlas.png ./usr/share/skillquest/levels/hub/hub.lua \
         ./usr/share/skillquest/tools/tiled/skillquest.tiled-project; do
  printf '%s\n' "$contents" | grep -qx -- "$f" || fail "the package lacks $f"
done
[ $status = 0 ] && echo "the .deb has its dependencies and every file"
exit $status
