#!/usr/bin/env bash
# record_replay.sh SKILLQUEST IMGDIFF: a session played in a real window under
# Xvfb (keys sent with xdotool: a walk, the pause menu, Large text, Confirm
# rebound to J, a mouse click, quitting through the confirmation) is recorded
# with --record, then replayed headless: the replay must reach the recorded
# state (the game checks the hash and exits 1 otherwise) and draw the same
# last frame. Then the same file against other content must refuse to play.
set -euo pipefail

# Inside the X server: play and record (this script runs itself there).
play() {
    "$bin" --record "$out/session.rec" --data-dir "$out/data" --today 20000 \
        --screenshot "$out/window.png" --mute 2>"$out/window.log" &
    local pid=$! win
    # By class: the title (WM_NAME) is UTF-8 text, which xdotool in the C locale cannot match.
    win=$(xdotool search --sync --onlyvisible --class io.github.skillquest.SkillQuest | head -1)
    k() { xdotool key --window "$win" "$1"; sleep "${2:-0.12}"; }
    sleep 0.5
    k Return 0.6                       # New game: the campus, Grace's welcome
    for i in 1 2 3 4 5; do k Return 0.2; done   # its five pages read
    xdotool keydown --window "$win" Up; sleep 0.4; xdotool keyup --window "$win" Up; sleep 0.2
    k Escape 0.3                       # the pause menu
    k Down; k Down; k Down; k Return 0.3   # Settings
    k Down; k Down; k Down; k Down; k Right 0.3   # Text size: Large
    k Down; k Down; k Return 0.3      # Controls
    k Down; k Down; k Down; k Down; k Return 0.3  # the Confirm row waits for a key
    k j 0.3                            # Confirm is J now
    k Escape 0.3; k Escape 0.3         # back to the pause menu
    xdotool mousemove --window "$win" 460 260 click 1; sleep 0.4   # a click on Resume
    xdotool keydown --window "$win" Left; sleep 0.3; xdotool keyup --window "$win" Left; sleep 0.2
    k Escape 0.3
    for i in 1 2 3 4 5 6; do k Down; done
    k j 0.3                            # Quit the game: it asks first
    k Down; k j 0.5                    # Quit
    # On a slow machine two presses can land in one tick and the menus end up
    # elsewhere: then SIGTERM (SDL turns it into a quit). Whatever happened
    # is what was recorded, and the replay must reproduce it all the same.
    for i in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.3; done
    kill -0 "$pid" 2>/dev/null && kill -TERM "$pid"
    local status=0
    wait "$pid" || status=$?
    if [ "$status" != 0 ]; then
        cat "$out/window.log" >&2
        echo "the windowed session exited $status" >&2
        exit 1
    fi
}
if [ "${1:-}" = --in-x ]; then
    bin=$2 out=$3
    play
    exit 0
fi

bin=$1 imgdiff=$2
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
xvfb-run -a -s "-screen 0 1280x720x24" "$0" --in-x "$bin" "$out"
grep -c . "$out/session.rec" >/dev/null
echo "recorded: $(grep -Ec '^[0-9]' "$out/session.rec") events over $(sed -n 's/^end //p' "$out/session.rec") ticks"
grep -q '^[0-9]* bind confirm key J$' "$out/session.rec" || { echo "the rebinding was not recorded" >&2; exit 1; }
grep -q '^[0-9]* click ' "$out/session.rec" || { echo "the click was not recorded" >&2; exit 1; }

"$bin" --headless --replay "$out/session.rec" --screenshot "$out/replay.png" --print-hash
head -12 "$out/session.rec"; grep -E "click|bind" "$out/session.rec"
"$imgdiff" "$out/window.png" "$out/replay.png"

# Other content: the same session must not play.
sed 's/^content .*/content 0123456789abcdef/' "$out/session.rec" > "$out/other.rec"
if "$bin" --headless --replay "$out/other.rec" 2>"$out/other.log"; then
    echo "a session recorded against other content replayed" >&2; exit 1
fi
grep -q "recorded against other content" "$out/other.log"
sed 's/^version .*/version 0.0.1/' "$out/session.rec" > "$out/old.rec"
if "$bin" --headless --replay "$out/old.rec" 2>"$out/old.log"; then
    echo "a session from another version replayed" >&2; exit 1
fi
grep -q "recorded with SkillQuest 0.0.1" "$out/old.log"
echo "record_replay: the window's session replayed headless to the same state and frame"
