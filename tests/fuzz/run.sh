#!/usr/bin/env bash
# run.sh: build the libFuzzer targets and fuzz each one for a bounded time.
#
#   tests/fuzz/run.sh SECONDS [--merge] [TARGET...]
#
#   SECONDS   how long the targets run (side by side, one process each): CI
#             uses 60, a longer session by hand 3600. fuzz_save gets half of
#             it: its parser is small and fast (tens of thousands of inputs a
#             second), half the time covers it, and the run's wall time stays
#             SECONDS with the machine's two cores shared by three targets for
#             only the first half
#   --merge   afterwards, add the new inputs that raise coverage to the
#             committed corpus (tests/fuzz/corpus/TARGET); without it the
#             committed corpus is only read, never written
#   TARGET    level, tiled, save, tmx (default: all four)
#
# Configures the `fuzz` preset (build/fuzz: clang, -DSQ_FUZZ=ON) when build/fuzz
# is not configured yet, then builds the fuzz targets (incrementally). Saved
# reproducers in tests/fuzz/crashes/TARGET run first, then the committed corpus,
# then fuzzing; new inputs go to a temporary directory, deleted afterwards.
# Exits 1 if any target found a crash, leak, timeout or out-of-memory: the report
# is printed and the reproducer kept under build/fuzz/fuzz-artifacts/TARGET/.
# Reproduce one with: build/fuzz/tests/fuzz/fuzz_TARGET FILE
# FUZZ_ARGS adds libFuzzer options, e.g. FUZZ_ARGS="-detect_leaks=0 -use_value_profile=1".
set -euo pipefail

usage() { sed -n '2,24p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

# Everything runs from main, read whole before it starts: editing this file
# during an hour-long run does not change the run.
main() {
    local root
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

    local seconds=${1:-}
    [[ "$seconds" =~ ^[0-9]+$ && "$seconds" -gt 0 ]] || usage
    shift
    local merge=0 arg
    local targets=()
    for arg in "$@"; do
        case "$arg" in
        --merge) merge=1 ;;
        level | tiled | save | tmx) targets+=("$arg") ;;
        *) usage ;;
        esac
    done
    [ ${#targets[@]} -gt 0 ] || targets=(level tiled save tmx)

    local build="$root/build/fuzz"
    command -v clang >/dev/null ||
        { echo "run.sh: clang not found: apt-get install clang libclang-rt-dev llvm" >&2; exit 2; }

    local start built end
    start=$(date +%s)
    if [ ! -f "$build/CMakeCache.txt" ]; then
        echo "run.sh: configuring $build" >&2
        if grep -q '"name": *"fuzz"' "$root/CMakePresets.json"; then
            (cd "$root" && cmake --preset fuzz >/dev/null)
        else
            # The preset's settings, for a tree that does not have it.
            CC=clang cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
                "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -g" -DSQ_FUZZ=ON -DSQ_WERROR=ON \
                -DSQ_BUILD_TESTS=OFF -DSQ_BUILD_BENCH=OFF >/dev/null
        fi
    fi
    local t bins=()
    for t in "${targets[@]}"; do bins+=("fuzz_$t"); done
    cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" --target "${bins[@]}"
    built=$(date +%s)

    work=$(mktemp -d "${TMPDIR:-/tmp}/sq-fuzz-run.XXXXXX")
    pids=()
    trap cleanup EXIT
    mkdir -p "$work/tmp"

    # Symbolized reports; UBSan findings are fatal (the code is also built with
    # -fno-sanitize-recover).
    local s
    for s in llvm-symbolizer llvm-symbolizer-14 /usr/lib/llvm-*/bin/llvm-symbolizer; do
        if command -v "$s" >/dev/null 2>&1; then
            export ASAN_SYMBOLIZER_PATH
            ASAN_SYMBOLIZER_PATH=$(command -v "$s")
            break
        fi
    done
    # A smaller quarantine keeps a long run's RSS well under -rss_limit_mb (the
    # level target peaks near 400 MB with it, 650 MB with the default 256 MB).
    export ASAN_OPTIONS="quarantine_size_mb=64:${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1"
    export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}print_stacktrace=1:halt_on_error=1"

    echo "run.sh: fuzzing ${targets[*]} for ${seconds}s (save: half)" >&2
    local opts dirs secs
    for t in "${targets[@]}"; do
        mkdir -p "$work/corpus-$t" "$build/fuzz-artifacts/$t"
        secs=$seconds
        [ "$t" = save ] && secs=$(( (seconds + 1) / 2 ))
        opts=(-max_total_time="$secs" -max_len=65536 -timeout=5 -rss_limit_mb=1024
              -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$t/")
        [ -f "$root/tests/fuzz/$t.dict" ] && opts+=("-dict=$root/tests/fuzz/$t.dict")
        # Inputs that run into the sandbox's time budget cost 0.2 s each against a
        # few ms for the rest: give them less of the mutation time.
        [ "$t" = level ] && opts+=(-entropic_scale_per_exec_time=1)
        # The first directory receives new inputs; the others are only read.
        dirs=("$work/corpus-$t" "$root/tests/fuzz/corpus/$t")
        [ -d "$root/tests/fuzz/crashes/$t" ] && dirs+=("$root/tests/fuzz/crashes/$t")
        # shellcheck disable=SC2086 # FUZZ_ARGS is a list of options
        TMPDIR="$work/tmp" "$build/tests/fuzz/fuzz_$t" "${opts[@]}" ${FUZZ_ARGS:-} "${dirs[@]}" \
            >"$work/$t.log" 2>&1 &
        pids+=($!)
    done

    local failed=0 i rc log done_line eps new first artifact
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
            # From the first line of the sanitizer's or libFuzzer's report, else the tail.
            first=$(grep -n -m1 -E '^==[0-9]+==|^ALARM|runtime error|libFuzzer: (deadly|out-of-memory|timeout|fuzz target)' \
                    "$log" | cut -d: -f1 || true)
            if [ -n "$first" ]; then tail -n "+$first" "$log" | head -n 120; else tail -n 60 "$log"; fi
            artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
            if [ -n "$artifact" ]; then
                echo "fuzz_$t: reproducer: $artifact"
                echo "fuzz_$t: rerun it with: $build/tests/fuzz/fuzz_$t $artifact"
            fi
        fi
    done
    pids=()

    if [ "$merge" = 1 ] && [ "$failed" = 0 ]; then
        for t in "${targets[@]}"; do
            TMPDIR="$work/tmp" "$build/tests/fuzz/fuzz_$t" -merge=1 -max_len=65536 -timeout=5 \
                -rss_limit_mb=1024 "$root/tests/fuzz/corpus/$t" "$work/corpus-$t" \
                >"$work/$t.merge.log" 2>&1 ||
                { echo "fuzz_$t: merge failed:"; tail -n 20 "$work/$t.merge.log"; failed=1; }
            grep -E 'MERGE-OUTER: [0-9]+ new files' "$work/$t.merge.log" | sed "s/^/fuzz_$t: /" || true
        done
    fi

    end=$(date +%s)
    echo "run.sh: configure+build $((built - start))s, fuzzing $((end - built))s, total $((end - start))s"
    exit "$failed"
}

work=""
pids=()
# shellcheck disable=SC2317 # called through the EXIT trap
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -z "$work" ] || rm -rf "$work"
}

main "$@"
