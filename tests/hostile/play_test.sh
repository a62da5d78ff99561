#!/usr/bin/env bash
# play_test.sh SKILLQUEST DIR: the hostile levels that say how the real game
# must take them (a last line `-- play: TEXT`: the error the game must
# report, or `nothing`; last, so it moves no line of the level) are played
# headless for two seconds, past their opening page, under a timeout. None
# may hang the game (exit 124) or crash it; each must say what it said it
# would, naming its file.
set -u
game=$1 dir=${2%/} limit=${SQ_PLAY_TIMEOUT:-30}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf '2 confirm\n' >"$tmp/confirm.replay" # closes the level's opening page
passed=0 failed=0
fail() { failed=$((failed + 1)); echo "FAIL $1: $2"; }
for file in "$dir"/*.lua; do
  want=$(sed -n 's/^-- play: //p' "$file" | head -1)
  [ -n "$want" ] || continue
  name=$(basename "$file")
  timeout "$limit" "$game" --level "$file" --headless --frames 120 --replay "$tmp/confirm.replay" \
    >/dev/null 2>"$tmp/err"
  status=$?
  if [ $status = 124 ]; then
    fail "$name" "still running after $limit s: the level froze the game"
  elif [ $status -gt 1 ]; then
    fail "$name" "exit status $status: $(tail -3 "$tmp/err")"
  elif [ "$want" = nothing ]; then
    if [ $status != 0 ] || [ -s "$tmp/err" ]; then fail "$name" "expected no error: $(cat "$tmp/err")"
    else passed=$((passed + 1)); fi
  elif ! grep -qF -- "$want" "$tmp/err"; then
    fail "$name" "expected '$want' in: $(cat "$tmp/err")"
  elif ! grep -qF -- "$name" "$tmp/err"; then
    fail "$name" "the error does not name the level's file: $(cat "$tmp/err")"
  else
    passed=$((passed + 1))
  fi
done
echo "$passed passed, $failed failed"
[ $failed = 0 ] && [ $passed -gt 0 ]
