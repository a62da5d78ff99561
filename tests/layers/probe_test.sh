#!/usr/bin/env bash
# probe_test.sh BUILD_DIR TARGET HEADER ok|fail: builds one layer probe.
# "ok": it must compile. "fail": it must fail because HEADER cannot be found
# (not for any other reason), which is what keeps the layer out of it.
set -uo pipefail
build=$1 target=$2 header=$3 expect=$4
out=$(cmake --build "$build" --target "$target" 2>&1)
rc=$?
if [ "$expect" = ok ]; then
    [ $rc = 0 ] && { echo "$target: $header compiles, as it should"; exit 0; }
    echo "$out" | tail -20 >&2
    echo "$target: $header should compile in this layer" >&2
    exit 1
fi
if [ $rc != 0 ] && echo "$out" | grep -q "$header: No such file or directory"; then
    echo "$target: $header is out of this layer's reach, as it should be"
    exit 0
fi
echo "$out" | tail -20 >&2
echo "$target: $header should not be reachable from this layer (exit $rc)" >&2
exit 1
