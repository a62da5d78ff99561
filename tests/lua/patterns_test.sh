#!/usr/bin/env bash
# patterns_test.sh SKILLQUEST LUA: the sandbox's pattern matcher gives the
# results and errors of Lua's own (tests/lua/patterns.lua, 4000 generated
# cases of string.find, match, gmatch and gsub). Lua's lines are pasted into
# a level test that makes the same lines in the sandbox and compares.
set -euo pipefail
game=$1 lua=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
{
  printf 'expected = [=====[\n'
  "$lua" "$here/patterns.lua"
  printf ']=====]\n'
  cat "$here/patterns.lua"
} >"$tmp/patterns.test.lua"
out=$("$game" --test "$tmp/patterns.test.lua" 2>&1) || { echo "$out"; exit 1; }
echo "$out"
echo "$out" | tail -1 | grep -qx "1 passed, 0 failed"
