#!/usr/bin/env bash
# layers_test.sh BUILD_DIR: no layer library calls what its layer may not
# (docs/architecture.md). Reads each library's undefined symbols with nm:
#   sq_core    no SDL, SDL_ttf, SDL_mixer, SDL_image or Lua; its simulation
#              modules (world, level, review, tiled) read no clock
#   sq_script  no SDL
#   sq_media   no Lua
#   sq_game    no SDL, no Lua (it draws through render and text, runs levels
#              through script) and reads no clock: the simulation is the
#              same on every run
# The forbidden #includes are checked by the layer_probe_* tests.
set -euo pipefail
build=$1
sdl='^(SDL_|TTF_|Mix_|IMG_)'
lua='^(lua_|luaL_|luaopen_)'
clock='^(clock_gettime|gettimeofday|time|clock|SDL_GetTicks|SDL_GetTicks64|SDL_GetPerformanceCounter)$'
status=0

# check LIB PATTERN WHY [OBJECT_REGEX]: fails when an object of LIB (whose
# name matches OBJECT_REGEX, default all) has an undefined symbol matching PATTERN.
check() {
    local lib=$build/lib$1.a pattern=$2 why=$3 objects=${4:-.}
    [ -f "$lib" ] || { echo "layers: $lib is missing" >&2; status=1; return; }
    local bad
    bad=$(nm -A -u --format=posix "$lib" | awk '{sub(/:$/, "", $1); print $1, $2}' |
          sed 's/^[^[]*\[\([^]]*\)\]/\1/' | awk -v o="$objects" '$1 ~ o' |
          awk -v p="$pattern" '$2 ~ p' | sort -u)
    if [ -n "$bad" ]; then
        echo "layers: $1 $why:" >&2
        echo "$bad" | sed 's/^/  /' >&2
        status=1
    fi
}

check sq_core "$sdl" "calls SDL"
check sq_core "$lua" "calls Lua"
check sq_core "$clock" "reads a clock in the simulation" '^(world|level|review|tiled|rng|timestep|text_layout)'
check sq_script "$sdl" "calls SDL"
check sq_media "$lua" "calls Lua"
check sq_game "$sdl" "calls SDL directly"
check sq_game "$lua" "calls Lua directly"
check sq_game "$clock" "reads a clock"
[ $status = 0 ] && echo "layers: every library calls only what its layer may"
exit $status
