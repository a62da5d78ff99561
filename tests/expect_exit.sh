#!/usr/bin/env bash
# expect_exit.sh CODE [--stderr REGEX] [--stdout REGEX] COMMAND...: passes when
# COMMAND exits with CODE and, when given, its stderr and stdout match the
# patterns. Both streams are shown, so a failure explains itself. Unlike
# CTest's PASS_REGULAR_EXPRESSION, the exit status always counts: a run that
# prints "3 passed, 0 failed" and then exits 1 (a leak report) fails.
set -uo pipefail
want=$1; shift
err_pattern= out_pattern=
while :; do
  case "${1:-}" in
  --stderr) err_pattern=$2; shift 2 ;;
  --stdout) out_pattern=$2; shift 2 ;;
  *) break ;;
  esac
done
err=$(mktemp) out=$(mktemp)
trap 'rm -f "$err" "$out"' EXIT
"$@" 2>"$err" >"$out"
got=$?
cat "$out"
cat "$err" >&2
if [ "$got" != "$want" ]; then
  echo "expect_exit: '$*' exited $got, expected $want" >&2; exit 1
fi
if [ -n "$err_pattern" ] && ! grep -Eq -- "$err_pattern" "$err"; then
  echo "expect_exit: stderr does not match '$err_pattern'" >&2; exit 1
fi
if [ -n "$out_pattern" ] && ! grep -Eq -- "$out_pattern" "$out"; then
  echo "expect_exit: stdout does not match '$out_pattern'" >&2; exit 1
fi
exit 0
