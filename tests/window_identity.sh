#!/usr/bin/env bash
# window_identity.sh SKILLQUEST [LEVEL TITLE]: the game's window, as a desktop sees it
# under Xvfb: its class (WM_CLASS) is the app id the .desktop file names
# (StartupWMClass), it carries an icon (_NET_WM_ICON, 64x64, from
# assets/gen/icon_64.png), and its title starts with "SkillQuest". With LEVEL, the game
# plays that level (--level) and the title bar (_NET_WM_NAME, UTF-8, in the C locale the
# tests run in too) must come to say "SkillQuest — TITLE".
set -u
bin=$1 level=${2:-} title=${3:-}
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
cat >"$out/probe.sh" <<'PROBE'
#!/usr/bin/env bash
bin=$1 want=$2
shift 2
# The game in the C locale (as tests and bare sessions run it); xprop reads UTF-8.
LC_ALL=C "$bin" --frames 1200 --mute "$@" >/dev/null 2>&1 &
game=$!
for _ in $(seq 50); do
  id=$(xdotool search --pid "$game" 2>/dev/null | head -1 || true)
  [ -n "$id" ] && xprop -id "$id" WM_CLASS 2>/dev/null | grep -q '"' && break
  sleep 0.1
done
# The level's title arrives with the level's first tick.
for _ in $(seq 100); do
  [ -z "$want" ] && break
  LC_ALL=C.UTF-8 xprop -id "$id" _NET_WM_NAME 2>/dev/null | grep -qF "$want" && break
  sleep 0.1
done
LC_ALL=C.UTF-8 xprop -id "$id" WM_CLASS _NET_WM_NAME _NET_WM_ICON 2>/dev/null | head -c 400
kill "$game" 2>/dev/null
wait "$game" 2>/dev/null
PROBE
chmod +x "$out/probe.sh"
want=
[ -n "$level" ] && want="SkillQuest — $title"
if [ -n "$level" ]; then
  xvfb-run -a -s "-screen 0 1280x720x24" "$out/probe.sh" "$bin" "$want" --level "$level" >"$out/props" 2>&1
else
  xvfb-run -a -s "-screen 0 1280x720x24" "$out/probe.sh" "$bin" "" >"$out/props" 2>&1
fi
cat "$out/props"
status=0
grep -q 'WM_CLASS(STRING) = .*"io.github.skillquest.SkillQuest"' "$out/props" || { echo "FAIL: window class"; status=1; }
grep -q '_NET_WM_NAME(UTF8_STRING) = "SkillQuest' "$out/props" || { echo "FAIL: window title"; status=1; }
if [ -n "$want" ]; then
  grep -qF "_NET_WM_NAME(UTF8_STRING) = \"$want\"" "$out/props" || { echo "FAIL: the title bar does not say \"$want\""; status=1; }
fi
grep -q '_NET_WM_ICON(CARDINAL) = 	Icon (64 x 64)\|_NET_WM_ICON(CARDINAL) = 64, 64' "$out/props" || { echo "FAIL: window icon"; status=1; }
[ $status = 0 ] && echo "the window has its class, title and icon"
exit $status
