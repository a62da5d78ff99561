#!/usr/bin/env bash
# Run the SkillQuest benchmark and the equivalent LÖVE 11 scene under one
# Xvfb display and print both programs' figures plus SkillQuest/LÖVE ratios.
#
#   bench/compare.sh [--bench PATH_TO_skillquest-bench] [--game PATH_TO_skillquest]
#                    [--game-level LEVEL.lua] [--no-game] [--timeout SECONDS] [N...]
#
# Defaults: N = 1000 10000 100000, bench = build/release/skillquest-bench, game =
# build/release/skillquest (relative to the repository root), game level =
# levels/web/03_frameworks.lua, timeout = 300 s per program run. After the N runs,
# the real game's start-up and peak memory beside an empty LÖVE window (--no-game: not).
# Exit status: 0 if every run succeeded, 1 if any run failed or a figure was
# missing, 2 if a required tool (love, Xvfb) is not installed or bad usage.
# See bench/README.md.
set -u

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$script_dir/.." && pwd)

bench="$repo_root/build/release/skillquest-bench"
game="$repo_root/build/release/skillquest"
game_level="$repo_root/levels/web/03_frameworks.lua"
with_game=1
run_timeout=300
ns=()

usage() {
    sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
}

while [ $# -gt 0 ]; do
    case "$1" in
        --bench) [ $# -ge 2 ] || { usage; exit 2; }; bench=$2; shift 2 ;;
        --bench=*) bench=${1#--bench=}; shift ;;
        --game) [ $# -ge 2 ] || { usage; exit 2; }; game=$2; shift 2 ;;
        --game-level) [ $# -ge 2 ] || { usage; exit 2; }; game_level=$2; shift 2 ;;
        --no-game) with_game=0; shift ;;
        --timeout) [ $# -ge 2 ] || { usage; exit 2; }; run_timeout=$2; shift 2 ;;
        --timeout=*) run_timeout=${1#--timeout=}; shift ;;
        -h|--help) usage; exit 0 ;;
        *)
            if [[ "$1" =~ ^[1-9][0-9]*$ ]]; then ns+=("$1"); shift
            else echo "compare.sh: bad argument '$1'" >&2; usage; exit 2; fi ;;
    esac
done
[ ${#ns[@]} -gt 0 ] || ns=(1000 10000 100000)
case "$bench" in /*) ;; *) bench="$repo_root/$bench" ;; esac
case "$game" in /*) ;; *) game="$repo_root/$game" ;; esac
case "$game_level" in /*) ;; *) game_level="$repo_root/$game_level" ;; esac

# ---------------------------------------------------------------- tools --
missing=()
command -v love >/dev/null 2>&1 || missing+=(love)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v timeout >/dev/null 2>&1 || missing+=(coreutils)
[ "$with_game" = 0 ] || [ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    echo "compare.sh: missing: ${missing[*]}" >&2
    echo "install with:  sudo apt-get install -y ${missing[*]}" >&2
    exit 2
fi

# --------------------------------------------------------------- Xvfb --
display_num=
for d in $(seq 97 160); do
    if [ ! -e "/tmp/.X11-unix/X$d" ] && [ ! -e "/tmp/.X$d-lock" ]; then
        display_num=$d; break
    fi
done
if [ -z "$display_num" ]; then
    echo "compare.sh: no free X display number in :97..:160" >&2
    exit 1
fi

workdir=$(mktemp -d "${TMPDIR:-/tmp}/sq-compare.XXXXXX")
xvfb_pid=
cleanup() {
    if [ -n "$xvfb_pid" ] && kill -0 "$xvfb_pid" 2>/dev/null; then
        kill "$xvfb_pid" 2>/dev/null
        wait "$xvfb_pid" 2>/dev/null
    fi
    rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

Xvfb ":$display_num" -screen 0 1280x720x24 -nolisten tcp >"$workdir/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 100); do
    [ -e "/tmp/.X11-unix/X$display_num" ] && break
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.05
done
if ! kill -0 "$xvfb_pid" 2>/dev/null || [ ! -e "/tmp/.X11-unix/X$display_num" ]; then
    echo "compare.sh: Xvfb :$display_num failed to start:" >&2
    cat "$workdir/xvfb.log" >&2
    exit 1
fi
export DISPLAY=":$display_num"
export SDL_AUDIODRIVER=dummy
echo "# Xvfb on $DISPLAY; timeout ${run_timeout}s per run; N = ${ns[*]}"
echo "# skillquest: $bench"
echo "# love: $(love --version 2>&1 | head -n1)"

# ------------------------------------------------------------------ runs --
failures=0
ratio_lines=()
figures=(sim_tps render_median render_p99 peak_rss startup)
line_re='^[a-z0-9_]+ [-+0-9.eE]+ [A-Za-z/]+$'

# run_one LABEL N OUTFILE CMD...   (stdout -> OUTFILE, stderr -> OUTFILE.err)
run_one() {
    local label=$1 n=$2 out=$3; shift 3
    local rc
    SQ_BENCH_T0_NS=$(date +%s%N) timeout -k 10 "$run_timeout" "$@" >"$out" 2>"$out.err"
    rc=$?
    if [ $rc -ne 0 ]; then
        failures=$((failures + 1))
        : >"$out.failed"
        if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
            echo "# $label FAILED n=$n: timed out after ${run_timeout}s"
        else
            echo "# $label FAILED n=$n: exit status $rc"
        fi
        if [ -s "$out.err" ]; then
            echo "# $label stderr (last 10 lines):"
            tail -n 10 "$out.err" | sed 's/^/#   /'
        fi
    fi
    # print whatever figures it produced, even after a failure (they are
    # shown for diagnosis but not used for ratios)
    grep -E "$line_re" "$out" | sed "s/^/$label /"
    # sanity lines (e.g. pair counts) from stderr, as comments
    grep -iE 'sanity|pairs' "$out.err" 2>/dev/null | head -n 3 | sed "s/^/# $label stderr: /"
    return 0
}

value_of() {   # value_of FILE NAME -> value or empty
    awk -v k="$2" '$1 == k && NF == 3 { print $2; exit }' "$1" 2>/dev/null
}

for n in "${ns[@]}"; do
    sq_out="$workdir/sq_$n.out"
    love_out="$workdir/love_$n.out"
    : >"$sq_out"; : >"$love_out"

    if [ -x "$bench" ]; then
        run_one skillquest "$n" "$sq_out" "$bench" --entities "$n"
    else
        echo "# skillquest FAILED n=$n: benchmark binary not found or not executable: $bench"
        failures=$((failures + 1))
    fi
    run_one love "$n" "$love_out" love "$script_dir/love" "$n"

    for f in "${figures[@]}"; do
        name="${f}_n$n"
        sq=$(value_of "$sq_out" "$name")
        lv=$(value_of "$love_out" "$name")
        if [ -e "$sq_out.failed" ] || [ -e "$love_out.failed" ] || [ ! -x "$bench" ]; then
            ratio_lines+=("# ratio_$name unavailable (a run for n=$n failed)")
            continue
        fi
        if [ -z "$sq" ] || [ -z "$lv" ]; then
            ratio_lines+=("# ratio_$name unavailable (skillquest='${sq:-missing}' love='${lv:-missing}')")
            failures=$((failures + 1))
            continue
        fi
        # > 1 means SkillQuest is better
        ratio_lines+=("$(awk -v f="$f" -v sq="$sq" -v lv="$lv" -v name="$name" 'BEGIN {
            if (f == "sim_tps") { num = sq; den = lv } else { num = lv; den = sq }
            if (den + 0 <= 0) { printf "# ratio_%s unavailable (division by zero)\n", name; exit }
            printf "ratio_%s %.3f x\n", name, num / den
        }')")
    done
done

# ------------------------------------------------- the real game vs LÖVE --
# The game's title: its first presented frame after SQ_BENCH_T0_NS. Its peak memory
# while playing a shipped level (bench/walk.replay: the brief closed, a walk), read
# by /usr/bin/time as for LÖVE's empty 1280x720 window beside it.
game_figure() {   # game_figure LABEL NAME VALUE UNIT
    [ -n "$3" ] && echo "$1 $2 $3 $4"
}
if [ "$with_game" = 1 ]; then
    gdata="$workdir/gamedata"
    mkdir -p "$gdata"
    if [ -x "$game" ]; then
        SQ_BENCH_T0_NS=$(date +%s%N) timeout -k 10 "$run_timeout" "$game" --frames 1 --mute \
            --data-dir "$gdata" >"$workdir/game_start.out" 2>&1
        g_start=$(sed -n 's/.*first frame \([0-9.]*\) ms after SQ_BENCH_T0_NS.*/\1/p' "$workdir/game_start.out" | head -n1)
        timeout -k 10 "$run_timeout" /usr/bin/time -f "maxrss_kb %M" "$game" --level "$game_level" \
            --replay "$script_dir/walk.replay" --frames 660 --mute --data-dir "$gdata" \
            >"$workdir/game_play.out" 2>&1
        g_rss=$(awk '$1 == "maxrss_kb" { printf "%.1f", $2 / 1024 }' "$workdir/game_play.out")
    else
        echo "# skillquest FAILED game: not found or not executable: $game"
        failures=$((failures + 1))
    fi
    SQ_BENCH_T0_NS=$(date +%s%N) timeout -k 10 "$run_timeout" /usr/bin/time -f "maxrss_kb %M" \
        love "$script_dir/love_empty" >"$workdir/love_empty.out" 2>&1
    l_start=$(awk '$1 == "empty_startup" { print $2 }' "$workdir/love_empty.out")
    l_rss=$(awk '$1 == "maxrss_kb" { printf "%.1f", $2 / 1024 }' "$workdir/love_empty.out")
    game_figure skillquest game_startup "${g_start:-}" ms
    game_figure skillquest game_peak_rss "${g_rss:-}" MB
    game_figure love empty_startup "${l_start:-}" ms
    game_figure love empty_peak_rss "${l_rss:-}" MB
    for pair in "game_startup ${g_start:-} ${l_start:-}" "game_peak_rss ${g_rss:-} ${l_rss:-}"; do
        set -- $pair
        if [ $# -ne 3 ]; then
            ratio_lines+=("# ratio_$1 unavailable (a figure is missing)")
            failures=$((failures + 1))
            continue
        fi
        ratio_lines+=("$(awk -v n="$1" -v sq="$2" -v lv="$3" 'BEGIN { printf "ratio_%s %.3f x\n", n, lv / sq }')")
    done
fi

echo "# ratios (> 1 means SkillQuest is better)"
printf '%s\n' "${ratio_lines[@]}"

if [ $failures -gt 0 ]; then
    echo "# $failures problem(s); see lines starting with '# ... FAILED' / 'unavailable'" >&2
    exit 1
fi
exit 0
