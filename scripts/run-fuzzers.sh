#!/usr/bin/env bash
# Usage: scripts/run-fuzzers.sh [SECONDS] [TARGET...] — builds the fuzz preset (clang, libFuzzer,
# ASan+UBSan, core libraries only) and runs each fuzz target for SECONDS (default 20) over a copy of its
# seed corpus in tests/fuzz/corpus/<target>. Any crash, sanitizer report, leak, timeout or out-of-memory
# fails the run; the input that caused it is kept in build/fuzz/findings/. Extra libFuzzer options
# can be given in FUZZ_FLAGS (e.g. FUZZ_FLAGS="-runs=1000000").
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-20}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz_create_response fuzz_error_parser fuzz_listing_projects fuzz_listing_vpcs fuzz_listing_subnets
             fuzz_listing_agencies fuzz_profile_import fuzz_settings_load fuzz_aksk_canonical
             fuzz_koocli_config fuzz_csv_rows fuzz_inventory_import)
fi
"$root/scripts/build.sh" fuzz "${targets[@]}"

build="$root/build/fuzz"
mkdir -p "$build/findings"
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/lsan-suppressions.txt:print_suppressions=0}
failed=0
passed=0
for target in "${targets[@]}"; do
    # New inputs go into a working copy, so the committed seeds stay small and hand-picked.
    work="$build/corpus/$target"
    mkdir -p "$work"
    log="$build/findings/$target.log"
    if "$build/tests/fuzz/targets/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/findings/$target-" ${FUZZ_FLAGS:-} \
        "$work" "$root/tests/fuzz/corpus/$target" >"$log" 2>&1; then
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
        echo "$target: $runs runs in ${seconds} s, no finding"
        passed=$((passed + 1))
    else
        echo "$target: FAILED (log: $log)"
        grep -E 'ERROR|runtime error|SUMMARY|Test unit written' "$log" | head -n 20 || true
        failed=$((failed + 1))
    fi
done
echo "Fuzzing: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
