#!/usr/bin/env bash
# save_pure_test.sh BUILD_DIR: the save's text format and its rules
# (src/save/save_format.c, save_policy.c) are pure: no file or directory
# call, no clock, no allocation. What the fuzzer and the unit tests say of
# sav_parse and sav_format then holds wherever they are called. Reads the
# objects' undefined symbols in libsq_core.a with nm.
set -euo pipefail
lib=$1/libsq_core.a
[ -f "$lib" ] || { echo "save_pure_test: $lib is missing" >&2; exit 1; }
forbidden='^(open|open64|openat|creat|read|write|pread|pread64|pwrite|pwrite64|close|fopen|fopen64|fread|fwrite|fclose|rename|unlink|link|mkdir|rmdir|fsync|stat|stat64|lstat|fstat|opendir|readdir|closedir|flock|ftruncate|time|clock|clock_gettime|gettimeofday|localtime|localtime_r|malloc|calloc|realloc|free|getenv)$'
objects=$(nm -A --format=posix "$lib" 2>/dev/null | sed -n 's/^[^[]*\[\(save_\(format\|policy\)\.c\.o\)\].*/\1/p' | sort -u)
[ "$(echo "$objects" | grep -c .)" = 2 ] || { echo "save_pure_test: save_format.c.o and save_policy.c.o not found in $lib" >&2; exit 1; }
bad=$(nm -A -u --format=posix "$lib" | sed -n 's/^[^[]*\[\(save_\(format\|policy\)\.c\.o\)\]: \([^ ]*\) .*/\1 \3/p' |
      awk -v p="$forbidden" '$2 ~ p' | sort -u)
if [ -n "$bad" ]; then
    echo "save_pure_test: the save's format calls what it must not:" >&2
    echo "$bad" | sed 's/^/  /' >&2
    exit 1
fi
echo "save_pure_test: save_format and save_policy call no I/O, clock or allocator"
