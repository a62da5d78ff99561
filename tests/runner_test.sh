#!/usr/bin/env bash
# runner_test.sh SKILLQUEST DIR: the level test runner reports each case with
# its file and line, ends with the closing line, and exits 1 on a failure.
set -uo pipefail
bin=$1 dir=$2
out=$("$bin" --test "$dir/mixed.test.lua" 2>&1); status=$?
echo "$out"
fail() { echo "runner_test: $1" >&2; exit 1; }
[ $status = 1 ] || fail "exit status $status, expected 1"
echo "$out" | grep -q "^PASS .*mixed.test.lua: passes$" || fail "a passing case says PASS"
echo "$out" | grep -q "^FAIL .*mixed.test.lua:10: nobody has HTTP yet (in \"fails on purpose\")" ||
  fail "expect() failures name the line and the case"
echo "$out" | grep -q "^FAIL .*mixed.test.lua:15: walk_to: nothing named 'nobody' in the level" ||
  fail "driver errors name the line"
echo "$out" | grep -q "^FAIL .*mixed.test.lua:19: .*use a path relative to the test file" ||
  fail "a path with .. must be refused"
echo "$out" | tail -1 | grep -qx "1 passed, 3 failed" || fail "closing line"
empty=$(mktemp -d); trap 'rm -rf "$empty"' EXIT
"$bin" --test "$empty" >/dev/null 2>&1 && fail "a directory without tests must fail"
exit 0
