#!/usr/bin/env bash
# deb_fresh_machine.sh [BUILD_DIR]: the .deb on a machine that has never seen the game.
# Builds the release package (BUILD_DIR, default build/deb: a Release build, no tests or
# benchmark), then in ../shared/tools/fresh-machine (a new, minimal
# Debian 12 root: no compiler, no SDL) installs it the way a player would,
# `apt-get install ./skillquest_*.deb`, and runs the installed game headless:
# `skillquest --headless --frames 60`, then checks its desktop files are in place.
# Run by hand (a minute or more: it builds a Debian root and installs SDL there);
# prints "1 passed, 0 failed" or "0 passed, 1 failed".
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/deb}
tool=${FRESH_MACHINE:-$root/../shared/tools/fresh-machine}
[ -x "$tool" ] || tool=/work/shared/tools/fresh-machine
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DSQ_BUILD_TESTS=OFF \
        -DSQ_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" >/dev/null
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/deb" >/dev/null)
deb=$(ls "$work"/deb/skillquest_*.deb | head -1)
# fresh-machine copies a git tree: one holding just the package.
mkdir "$work/repo" && cp "$deb" "$work/repo/" && git -C "$work/repo" init -q &&
    git -C "$work/repo" add . && git -C "$work/repo" -c user.name=t -c user.email=t@t commit -qm deb
echo "deb_fresh_machine: installing $(basename "$deb") on a fresh Debian 12" >&2
if "$tool" --repo "$work/repo" -- bash -c '
    set -e
    cd /root/project
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq ./skillquest_*.deb >/tmp/apt.log 2>&1 || { tail -20 /tmp/apt.log; exit 1; }
    command -v skillquest
    cd /
    skillquest --headless --frames 60 --verbose 2>&1 | tail -3
    test -f /usr/share/applications/io.github.skillquest.SkillQuest.desktop
    test -f /usr/share/icons/hicolor/64x64/apps/io.github.skillquest.SkillQuest.png
    test -f /usr/share/man/man6/skillquest.6
    skillquest --check /usr/share/skillquest/levels >/dev/null
    echo "installed and ran from $(command -v skillquest)"
'; then
    echo "1 passed, 0 failed"
else
    echo "0 passed, 1 failed"
    exit 1
fi
