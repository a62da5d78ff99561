#!/usr/bin/env bash
# api_docs_up_to_date.sh APIDOC SOURCE_DIR: the committed docs/levels-api.md and
# scripts/skillquest*.d.lua are exactly what tools/apidoc.c makes from
# src/script/script_api.def (rerun `cmake --build BUILD --target docs` after editing).
set -euo pipefail
apidoc=$1 src=$2
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
"$apidoc" "$out/levels-api.md" "$out/skillquest.d.lua" "$out/skillquest_tests.d.lua"
status=0
for pair in "levels-api.md:docs/levels-api.md" "skillquest.d.lua:scripts/skillquest.d.lua" \
            "skillquest_tests.d.lua:scripts/skillquest_tests.d.lua"; do
  made=${pair%%:*} committed=${pair#*:}
  if [ ! -e "$src/$committed" ]; then
    echo "$committed is missing: run the docs target" >&2; status=1
  elif ! cmp -s "$out/$made" "$src/$committed"; then
    echo "$committed is out of date: run the docs target" >&2
    diff -u "$src/$committed" "$out/$made" | head -20 >&2 || true
    status=1
  fi
done
[ $status = 0 ] && echo "docs/levels-api.md and scripts/skillquest*.d.lua match src/script/script_api.def"
exit $status
