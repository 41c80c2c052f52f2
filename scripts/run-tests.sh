#!/usr/bin/env bash
# Builds Endpoint Desk with warnings as errors and runs every test suite.
# Widget tests run on Qt's offscreen platform; the accessibility test starts its own Xvfb. The
# keychain tests need a Secret Service, so the suites run in a private D-Bus session with its own
# unlocked gnome-keyring, under a throwaway HOME: nothing here ever touches the display, keyring or
# settings of the person running it.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=${ENDPOINTDESK_TEST_PRESET:-ci}
"$root/scripts/build.sh" "$preset"
if [ "$preset" = asan ]; then
    # Any sanitizer report fails its test; a stack tells where. Third-party leaks freed after the exit-time
    # check are listed, with the reason, in tests/lsan-suppressions.txt.
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/lsan-suppressions.txt:print_suppressions=0}
fi

sandbox_home=$(mktemp -d)
trap 'rm -rf "$sandbox_home"' EXIT
mkdir -p "$sandbox_home/runtime"
chmod 700 "$sandbox_home/runtime"

cd "$root"
HOME="$sandbox_home" XDG_RUNTIME_DIR="$sandbox_home/runtime" \
XDG_CONFIG_HOME="$sandbox_home/config" XDG_DATA_HOME="$sandbox_home/data" \
    env -u DISPLAY -u WAYLAND_DISPLAY -u XAUTHORITY dbus-run-session -- \
    "$root/scripts/with-keyring.sh" ctest --preset "$preset" "$@" 2>&1 | tee "$sandbox_home/ctest.log"

# The benchmarks passed above; show their figures, which ctest keeps to itself for passing tests.
if [ $# -eq 0 ]; then
    echo "Benchmark figures:"
    sed -n '/^[0-9]*\/[0-9]* Test: bench_/,/^Test Passed\|^Test Failed/p' \
        "build/$preset/Testing/Temporary/LastTest.log" | grep -E 'ms|MiB' | grep -v 'endpointdesk\.' || true
    # ctest's own verdict stays the last word.
    grep -E '^[0-9]+% tests passed' "$sandbox_home/ctest.log" | tail -n 1
fi
