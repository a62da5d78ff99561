#!/usr/bin/env bash
# web_quest_session.sh SKILLQUEST IMGDIFF [--rerecord]: the Web quest as a recorded
# session. levels/web/quest.test.lua's first case (New game, the whole quest, a review
# the next day) was recorded with `--test ... --record` into tests/data/web_quest.rec;
# here the real game replays it headless from the title and must reach the recorded
# hash (it exits 1 otherwise) and draw tests/golden/web_quest_end.png exactly.
#
# The session is bound to the content it was recorded against: after levels, scripts
# or art change, --rerecord records it again and redraws the golden (look at it
# before committing).
set -euo pipefail
export TZ=UTC
bin=$1 imgdiff=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
rec=$here/data/web_quest.rec golden=$here/golden/web_quest_end.png
if [ "${3:-}" = --rerecord ]; then
    "$bin" --data-root "$root" --test "$root/levels/web/quest.test.lua" --record "$rec"
    "$bin" --data-root "$root" --headless --replay "$rec" --screenshot "$golden"
    echo "web_quest_session: recorded $rec again and redrew $golden; look at it before committing"
    exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if ! "$bin" --data-root "$root" --headless --replay "$rec" --screenshot "$out/end.png" --print-hash \
        2>"$out/err"; then
    cat "$out/err" >&2
    if grep -q "recorded against other content" "$out/err"; then
        echo "web_quest_session: levels, scripts or art changed since the session was recorded;" \
             "record it again: $0 $bin $imgdiff --rerecord" >&2
    fi
    exit 1
fi
"$imgdiff" --exact "$golden" "$out/end.png"
echo "web_quest_session: the recorded Web quest replayed to its hash and its last frame"
