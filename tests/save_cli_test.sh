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
