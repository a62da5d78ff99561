#!/usr/bin/env bash
# run.sh: build the libFuzzer targets and fuzz each one for a bounded time.
#
#   tests/fuzz/run.sh SECONDS [--merge] [TARGET...]
#
#   SECONDS   how long each target runs (the targets run side by side, one
#             process each): CI uses 60, a longer session by hand 3600
#   --merge   afterwards, add the new inputs that raise coverage to the
#             committed corpus (tests/fuzz/corpus/TARGET); without it the
#             committed corpus is only read, never written
#   TARGET    level, tiled (default: both)
#
# Configures the `fuzz` preset (build/fuzz, clang, -DSQ_FUZZ=ON) when it is not
# configured yet, then builds the fuzz targets (incrementally). New inputs go to a
# temporary directory, deleted afterwards. Exits 1 if any target found a crash,
# leak, timeout or out-of-memory; its reproducer is kept under
# build/fuzz/fuzz-artifacts/TARGET/ and the path is printed, with the report.
# Reproduce one with: build/fuzz/tests/fuzz/fuzz_TARGET FILE
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
usage() { sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

seconds=${1:-}
[[ "$seconds" =~ ^[0-9]+$ && "$seconds" -gt 0 ]] || usage
shift
merge=0
targets=()
for arg in "$@"; do
    case "$arg" in
    --merge) merge=1 ;;
    level | tiled) targets+=("$arg") ;;
    *) usage ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || targets=(level tiled)

build="$root/build/fuzz"
command -v clang >/dev/null ||
    { echo "run.sh: clang not found: apt-get install clang libclang-rt-dev llvm" >&2; exit 2; }

start=$(date +%s)
if [ ! -f "$build/CMakeCache.txt" ]; then
    echo "run.sh: configuring $build" >&2
    if grep -q '"name": *"fuzz"' "$root/CMakePresets.json"; then
        (cd "$root" && cmake --preset fuzz >/dev/null)
    else
        # The same settings as the preset, for trees that do not have it.
        CC=clang cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -g" -DSQ_FUZZ=ON -DSQ_WERROR=ON \
            -DSQ_BUILD_TESTS=OFF -DSQ_BUILD_BENCH=OFF >/dev/null
    fi
fi
jobs=$(nproc 2>/dev/null || echo 2)
bins=()
for t in "${targets[@]}"; do bins+=("fuzz_$t"); done
cmake --build "$build" -j "$jobs" --target "${bins[@]}"
built=$(date +%s)

work=$(mktemp -d "${TMPDIR:-/tmp}/sq-fuzz-run.XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/tmp"

# Symbolized reports; UBSan findings are fatal (the code is built with
# -fno-sanitize-recover too).
for s in llvm-symbolizer llvm-symbolizer-14 /usr/lib/llvm-*/bin/llvm-symbolizer; do
    if command -v "$s" >/dev/null 2>&1; then
        export ASAN_SYMBOLIZER_PATH
        ASAN_SYMBOLIZER_PATH=$(command -v "$s")
        break
    fi
done
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}print_stacktrace=1:halt_on_error=1"

echo "run.sh: fuzzing ${targets[*]} for ${seconds}s each" >&2
for t in "${targets[@]}"; do
    mkdir -p "$work/corpus-$t" "$build/fuzz-artifacts/$t"
    dict=()
    [ -f "$root/tests/fuzz/$t.dict" ] && dict=("-dict=$root/tests/fuzz/$t.dict")
    # The first corpus directory receives new inputs; the committed one is only read.
    TMPDIR="$work/tmp" "$build/tests/fuzz/fuzz_$t" \
        -max_total_time="$seconds" -max_len=65536 -timeout=5 -rss_limit_mb=1024 \
        -print_final_stats=1 "${dict[@]}" \
        -artifact_prefix="$build/fuzz-artifacts/$t/" \
        "$work/corpus-$t" "$root/tests/fuzz/corpus/$t" >"$work/$t.log" 2>&1 &
    pids+=($!)
done

failed=0
for i in "${!targets[@]}"; do
    t=${targets[$i]}
    rc=0
    wait "${pids[$i]}" || rc=$?
    log="$work/$t.log"
    if [ "$rc" -eq 0 ]; then
        done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 || true)
        eps=$(sed -n 's/^stat::average_exec_per_sec:[[:space:]]*//p' "$log" | tail -n 1)
        new=$(find "$work/corpus-$t" -type f | wc -l)
        echo "fuzz_$t: ok: ${done_line:-no DONE line} (${eps:-?} exec/s, $new new inputs)"
    else
        failed=1
        echo "fuzz_$t: FAILED (exit $rc). Report:"
        # The report: from the sanitizer's or libFuzzer's first line of it, else the tail.
        first=$(grep -n -m1 -E '^==[0-9]+==|^ALARM|^SUMMARY|libFuzzer: (deadly|out-of-memory|timeout|fuzz target)|runtime error' "$log" | cut -d: -f1 || true)
        if [ -n "$first" ]; then tail -n "+$first" "$log" | head -n 120; else tail -n 60 "$log"; fi
        artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
        if [ -n "$artifact" ]; then
            echo "fuzz_$t: reproducer: $artifact"
            echo "fuzz_$t: rerun with: $build/tests/fuzz/fuzz_$t $artifact"
        fi
    fi
done
pids=()

if [ "$merge" = 1 ] && [ "$failed" = 0 ]; then
    for t in "${targets[@]}"; do
        TMPDIR="$work/tmp" "$build/tests/fuzz/fuzz_$t" -merge=1 -max_len=65536 -timeout=5 \
            -rss_limit_mb=1024 "$root/tests/fuzz/corpus/$t" "$work/corpus-$t" >"$work/$t.merge.log" 2>&1 ||
            { echo "fuzz_$t: merge failed:"; tail -n 20 "$work/$t.merge.log"; failed=1; }
        grep -E 'MERGE-OUTER: [0-9]+ new files' "$work/$t.merge.log" | sed "s/^/fuzz_$t: /" || true
    done
fi

end=$(date +%s)
echo "run.sh: configure+build $((built - start))s, fuzzing $((end - built))s, total $((end - start))s"
exit "$failed"
