#!/usr/bin/env bash
# save_cli_test.sh SKILLQUEST: the game saves into --data-dir on quit, keeps the
# previous save as a backup, and recovers from a damaged save, saying so,
# without overwriting the damaged file.
set -euo pipefail
bin=$1
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
fail() { echo "save_cli_test: $1" >&2; exit 1; }
"$bin" --headless --frames 5 --data-dir "$dir"
[ -f "$dir/progress.sav" ] || fail "no save written on quit"
grep -q "^generation 1$" "$dir/progress.sav" || fail "first save is not generation 1"
"$bin" --headless --frames 5 --data-dir "$dir"
grep -q "^generation 2$" "$dir/progress.sav" || fail "second save is not generation 2"
[ -f "$dir/progress.sav.bak" ] || fail "no backup of the previous save"
printf 'garbage' > "$dir/progress.sav"
out=$("$bin" --headless --frames 5 --data-dir "$dir" 2>&1) || true
echo "$out"
echo "$out" | grep -q "damaged.*restored" || fail "the damaged save was not reported"
ls "$dir" | grep -q "progress.sav.broken" || fail "the damaged save was not kept aside"
grep -q "^generation 2$" "$dir/progress.sav" || fail "recovered progress was not saved again"
echo "ok"

# Two copies on one data folder: the second is told, plays, and never writes.
two=$(mktemp -d); trap 'rm -rf "$dir" "$two"' EXIT
cp "$(dirname "$0")/screens/codex_progress/progress.sav" "$two/"
# The first copy sits on the title (a headless title ticks fast: many frames).
"$bin" --headless --frames 50000000 --data-dir "$two" --today 20010 2>"$two/a.log" &
first=$!
for i in $(seq 50); do [ -f "$two/progress.lock" ] && break; sleep 0.1; done
sleep 0.3
before=$(md5sum "$two/progress.sav")
second=$("$bin" --headless --frames 5 --data-dir "$two" --today 20010 2>&1) || true
echo "$second"
echo "$second" | grep -qi "another copy" || fail "the second copy was not told another copy holds the folder"
[ "$(md5sum "$two/progress.sav")" = "$before" ] || fail "the second copy wrote over the first one's save"
kill -0 "$first" 2>/dev/null || fail "the first copy ended before the second started: no test"
kill "$first"; wait "$first" 2>/dev/null || true
grep -q "^xp 320$" "$two/progress.sav" || fail "the first copy's progress was lost"

# New game over progress keeps the old progress as a dated copy; nothing lost.
keep=$(mktemp -d); trap 'rm -rf "$dir" "$two" "$keep"' EXIT
cp "$(dirname "$0")/screens/codex_progress/progress.sav" "$keep/"
printf '5 down\n10 confirm\n20 down\n25 confirm\n' > "$keep/new.replay"
"$bin" --headless --frames 60 --replay "$keep/new.replay" --data-dir "$keep" --today 20430
copy=$(ls "$keep" | grep -E '^progress-2025-12-08\.sav$' || true)
[ -n "$copy" ] || { ls "$keep"; fail "New game did not keep the old progress as a dated copy"; }
grep -q "^xp 320$" "$keep/$copy" || fail "the copy does not hold the old progress"
grep -q "^xp 0$" "$keep/progress.sav" || fail "New game did not start afresh"
echo "ok: two copies, and New game's copy"
