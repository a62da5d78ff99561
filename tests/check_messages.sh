#!/usr/bin/env bash
# check_messages.sh SKILLQUEST DIR: every message `skillquest --check` can
# print, one level per message. Each DIR/*.lua starts with comment lines
#   -- expect: FILE:7: unknown key 'tittle' (did you mean 'title'?)
# giving the exact stderr lines, in order; FILE stands for the level's own
# path and DIR for its folder (problems inside a Tiled map name the map file:
# DIR/maps/iso.lua). `-- expect: nothing` means the level is valid (exit 0),
# and so do expectations that are all notes or warnings (": note: ", ": warning: ":
# said, never a problem); any
# other expectation needs exit status 1. Also checks the usage errors.
# Prints a diff for each mismatch and "N passed, N failed"; exits 1 on failure.
set -uo pipefail
game=$1 dir=${2%/}
passed=0 failed=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

fail() { # name, reason [, diff]
  failed=$((failed + 1))
  echo "FAIL $1: $2"
  [ $# -lt 3 ] || printf '%s\n' "$3" | sed 's/^/    /'
}

for file in "$dir"/*.lua "$dir"/*/bank.lua; do
  [ -e "$file" ] || continue
  name=${file#"$dir"/}
  # The expectation: the leading `-- expect:` lines, in order.
  sed -n 's/^-- expect: \{0,1\}//p' "$file" >"$tmp/expect"
  if [ ! -s "$tmp/expect" ]; then
    fail "$name" "no '-- expect:' lines"
    continue
  fi
  "$game" --check "$file" >"$tmp/stdout" 2>"$tmp/stderr"
  status=$?
  # The file's path becomes FILE, then its folder DIR (plain text, not regexes).
  FILE=$file DIR=$(dirname "$file") awk '
    { line = $0
      n = index(line, ENVIRON["FILE"])
      while (n) { line = substr(line, 1, n - 1) "FILE" substr(line, n + length(ENVIRON["FILE"]))
                  n = index(line, ENVIRON["FILE"]) }
      n = index(line, ENVIRON["DIR"] "/")
      while (n) { line = substr(line, 1, n - 1) "DIR" substr(line, n + length(ENVIRON["DIR"]))
                  n = index(line, ENVIRON["DIR"] "/") }
      print line }' "$tmp/stderr" >"$tmp/actual"
  if [ "$(cat "$tmp/expect")" = nothing ]; then
    : >"$tmp/expect"
    want_status=0
  elif ! grep -qvE ': (note|warning): ' "$tmp/expect"; then
    want_status=0 # notes only: mentioned, never failing
  else
    want_status=1
  fi
  problems=$(grep -cvE ': (note|warning): ' "$tmp/expect")
  if ! cmp -s "$tmp/expect" "$tmp/actual"; then
    fail "$name" "stderr differs (- expected, + actual)" \
      "$(diff -u --label expected --label actual "$tmp/expect" "$tmp/actual" | tail -n +3)"
  elif [ "$status" != "$want_status" ]; then
    fail "$name" "exit status $status, expected $want_status"
  elif ! grep -q "^1 file checked, $problems problems\{0,1\}\$" "$tmp/stdout"; then
    fail "$name" "stdout is '$(cat "$tmp/stdout")', expected '1 file checked, $problems problem(s)'"
  else
    passed=$((passed + 1))
  fi
done

# Usage: --check without a file is a usage error (2), and a missing file is
# named and fails.
"$game" --check >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
if [ $status = 2 ] && grep -q -- "--check needs at least one file" "$tmp/stderr"; then
  passed=$((passed + 1))
else
  fail "usage: --check with no file" "exit status $status, stderr: $(cat "$tmp/stderr")"
fi
missing="$tmp/no_such_level.lua"
"$game" --check "$missing" >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
if [ $status != 0 ] && grep -qF "$missing: no such file or directory" "$tmp/stderr"; then
  passed=$((passed + 1))
else
  fail "usage: missing file" "exit status $status, stderr: $(cat "$tmp/stderr")"
fi

echo "$passed passed, $failed failed"
[ $failed = 0 ]
