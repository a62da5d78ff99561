#!/usr/bin/env bash
# quickstart.sh: README's two commands.
#
#   tools/quickstart.sh play [GAME OPTIONS]   install what is missing, build (release), start the game
#   tools/quickstart.sh test                  install what is missing, build release with warnings
#                                             as errors, build with AddressSanitizer +
#                                             UndefinedBehaviorSanitizer and warnings as errors,
#                                             run the whole test suite headless, then fuzz the
#                                             level loader for 60 s per target
#
# Idempotent: packages already installed are not touched and builds are incremental.
# Works as root, or as a user with sudo. Debian 12 (bookworm) or later.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

build_packages=(gcc libc6-dev make cmake pkg-config
                libsdl2-dev libsdl2-ttf-dev libsdl2-mixer-dev libsdl2-image-dev
                liblua5.4-dev zlib1g-dev libexpat1-dev libzstd-dev
                fonts-dejavu-core)
# The suite opens a real window under Xvfb; xauth is what xvfb-run needs.
# The level loader is fuzzed with clang's libFuzzer (libclang-rt-dev holds it,
# llvm the symbolizer for readable reports); lua5.4 checks the skill catalogue.
# desktop-file-utils, appstream and man-db validate what `cmake --install` puts in place;
# dpkg-dev (dpkg-shlibdeps) gives the .deb its dependencies, and CPack needs file(1) to
# find the binaries to ask it about; xdotool and x11-utils
# (xprop) look at the game's window as a desktop does; lua-check lints the Lua.
test_packages=(libcmocka-dev xvfb xauth clang libclang-rt-dev llvm lua5.4
               desktop-file-utils appstream man-db dpkg-dev file xdotool x11-utils lua-check)

install_missing() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "quickstart: installing ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null || { echo "quickstart: need root or sudo to install ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

jobs=$(nproc 2>/dev/null || echo 2)

case "${1:-}" in
play)
    shift
    install_missing "${build_packages[@]}"
    cmake --preset release -DSQ_BUILD_TESTS=OFF >/dev/null
    cmake --build --preset release -j "$jobs"
    exec "$root/build/release/skillquest" "$@"
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    # The optimised build must be warning-free too (-O3 finds what -O0 does not).
    cmake --preset release-strict >/dev/null
    cmake --build --preset release-strict -j "$jobs"
    cmake --preset asan >/dev/null
    cmake --build --preset asan -j "$jobs"
    ctest --preset asan -j "$jobs"
    # Then fuzz the level and map loaders for a bounded time (by hand: longer,
    # e.g. tests/fuzz/run.sh 3600); saved crashes run first as regressions.
    tests/fuzz/run.sh "${SQ_FUZZ_SECONDS:-60}"
    ;;
*)
    sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
