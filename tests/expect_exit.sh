#!/usr/bin/env bash
# expect_exit.sh CODE [--stderr REGEX] COMMAND...: passes when COMMAND exits
# with CODE (and its stderr matches REGEX, when given).
set -u
want=$1; shift
pattern=
if [ "${1:-}" = "--stderr" ]; then pattern=$2; shift 2; fi
err=$(mktemp)
"$@" 2>"$err" >/dev/null
got=$?
cat "$err" >&2
if [ "$got" != "$want" ]; then
  echo "expect_exit: '$*' exited $got, expected $want" >&2; rm -f "$err"; exit 1
fi
if [ -n "$pattern" ] && ! grep -Eq -- "$pattern" "$err"; then
  echo "expect_exit: stderr does not match '$pattern'" >&2; rm -f "$err"; exit 1
fi
rm -f "$err"
