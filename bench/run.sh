#!/usr/bin/env bash
# The start-up and record-size benchmark: Endpoint Desk against its floor, a bare Qt Widgets window with
# a form of the same size (bench/floor), measured the same way in the same run, A B A B.
#
#   bench/run.sh [--build DIR] [--runs N] [--quick] [--no-xvfb]
#
# Start-up is timed from the launch to the first painted frame, which both programs mark themselves
# (bench/probe: ENDPOINTDESK_FIRST_FRAME_PROBE), and to the orderly exit that follows; peak memory is
# /usr/bin/time -v's maximum resident set size. Every run starts with empty settings. --quick (what CI
# runs, through ctest -L bench) makes one pair of each and a small record, to keep the script working;
# figures are reported, never asserted. See docs/PERFORMANCE.md.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=""
runs=7
quick=0
xvfb=1
records=(10000 100000)
while [ $# -gt 0 ]; do
    case "$1" in
    --build) build=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --quick) quick=1; runs=1; xvfb=0; records=(1000); shift ;;
    --no-xvfb) xvfb=0; shift ;;
    *) echo "usage: $0 [--build DIR] [--runs N] [--quick] [--no-xvfb]" >&2; exit 2 ;;
    esac
done
if [ -n "$build" ]; then
    build=$(cd "$build" && pwd)
else
    for candidate in "$root/build/release" "$root/build/ci"; do
        if [ -x "$candidate/app/endpoint-desk" ]; then build=$candidate; break; fi
    done
fi
app="$build/app/endpoint-desk"
floor="$build/bench/bench-floor"
fill="$build/bench/bench-fill-history"
for program in "$app" "$floor" "$fill"; do
    [ -x "$program" ] || { echo "missing $program: build the targets endpoint-desk bench-floor bench-fill-history" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "missing /usr/bin/time (Debian: time)" >&2; exit 1; }

work=$(mktemp -d)
xvfb_pid=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

us() { local t=$1; echo "${t/./}"; } # $EPOCHREALTIME in microseconds

# one HOME PLATFORM TAB PROGRAM...: one launch with empty settings (the data folder is kept: it holds
# the history under test). Appends "first-frame-ms tab-frame-ms exit-ms peak-KiB" to $work/HOME.runs.
one() {
    local name=$1 home=$work/$1 platform=$2 tab=$3
    shift 3
    rm -rf "$home/config" "$home/cache" "$home/runtime"
    mkdir -p "$home/config" "$home/data" "$home/cache" "$home/runtime"
    [ -d "$home/settings" ] && cp -r "$home/settings/." "$home/config/"
    chmod 700 "$home/runtime"
    local start end
    start=$(us "$EPOCHREALTIME")
    env -u DBUS_SESSION_BUS_ADDRESS HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" QT_QPA_PLATFORM="$platform" \
        ENDPOINTDESK_FIRST_FRAME_PROBE=1 ENDPOINTDESK_PROBE_TAB="$tab" \
        /usr/bin/time -v -o "$work/time" "$@" >"$work/out" 2>"$work/err" || {
        echo "run failed: $*" >&2; cat "$work/err" >&2; return 1
    }
    end=$(us "$EPOCHREALTIME")
    local first tab_frame rss
    first=$(awk '/^first-frame-us/ {print $2}' "$work/out")
    tab_frame=$(awk '/^tab-frame-us/ {print $2}' "$work/out")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
    [ -n "$first" ] || { echo "no frame was painted: $*" >&2; cat "$work/err" >&2; return 1; }
    [ -n "$tab_frame" ] || tab_frame=$first
    echo "$(((first - start) / 1000)) $(((tab_frame - start) / 1000)) $(((end - start) / 1000)) $rss" >>"$work/$name.runs"
}

# stats NAME COLUMN: "median (min-max)" of a column of NAME's runs; median alone as $median.
stats() {
    sort -n <(awk -v c="$2" '{print $c}' "$work/$1.runs") >"$work/sorted"
    local n
    n=$(wc -l <"$work/sorted")
    median=$(awk -v n="$n" 'NR == int((n + 1) / 2) {a = $1} NR == int(n / 2) + 1 {b = $1} END {print (a + b) / 2}' "$work/sorted")
    min=$(head -1 "$work/sorted")
    max=$(tail -1 "$work/sorted")
}

rows=()
# row MEASURE A B COLUMN UNIT DIVISOR TARGET: a line of the table, A's figure beside its floor B's.
row() {
    local measure=$1 a=$2 b=$3 column=$4 unit=$5 divisor=$6 target=$7 am bm text
    stats "$a" "$column"; am=$median
    text=$(awk -v m="$median" -v lo="$min" -v hi="$max" -v d="$divisor" -v u="$unit" \
        'BEGIN {printf "%.0f %s (%.0f–%.0f)", m / d, u, lo / d, hi / d}')
    stats "$b" "$column"; bm=$median
    text="$text | $(awk -v m="$median" -v lo="$min" -v hi="$max" -v d="$divisor" -v u="$unit" \
        'BEGIN {printf "%.0f %s (%.0f–%.0f)", m / d, u, lo / d, hi / d}')"
    local ratio
    if [[ $target == *+* ]]; then # a difference, not a ratio
        ratio=$(awk -v a="$am" -v b="$bm" -v d="$divisor" -v u="$unit" 'BEGIN {printf "%+.0f %s", (a - b) / d, u}')
    else
        ratio=$(awk -v a="$am" -v b="$bm" 'BEGIN {printf "%.2f×", (b > 0 ? a / b : 0)}')
    fi
    rows+=("| $measure | $text | $ratio | $target |")
}

# pairs A B PLATFORM TAB ARGS-A -- ARGS-B: $runs launches of each, alternating.
pairs() {
    local a=$1 b=$2 platform=$3 tab=$4
    shift 4
    local -a first=() second=()
    while [ "$1" != "--" ]; do first+=("$1"); shift; done
    shift
    second=("$@")
    rm -f "$work/$a.runs" "$work/$b.runs"
    one "$a" "$platform" "$tab" "${first[@]}" >/dev/null # warm the page cache for both
    one "$b" "$platform" "$tab" "${second[@]}" >/dev/null
    rm -f "$work/$a.runs" "$work/$b.runs"
    for ((i = 0; i < runs; i++)); do
        one "$a" "$platform" "$tab" "${first[@]}"
        one "$b" "$platform" "$tab" "${second[@]}"
    done
}

startup() {
    local platform=$1 label=$2
    pairs app floor "$platform" "" "$app" -- "$floor"
    row "start to first frame, $label" app floor 1 ms 1 "≤ 1.5×"
    row "start to first frame and exit, $label" app floor 3 ms 1 "≤ 1.5×"
    row "peak memory, $label" app floor 4 MiB 1024 "≤ 1.5×"
}

startup offscreen offscreen

if [ "$xvfb" = 1 ] && command -v Xvfb >/dev/null; then
    display=90
    while [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
    Xvfb ":$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.05; done
    DISPLAY=":$display" startup xcb Xvfb
    kill "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=""
fi

# The record: the program started on a profile with N records and its Endpoints tab shown, against the
# same with an empty history.
fill_home() { # NAME COUNT
    rm -rf "${work:?}/$1"
    mkdir -p "$work/$1/data/EndpointDesk/EndpointDesk" "$work/$1/settings/EndpointDesk"
    "$fill" "$work/$1/data/EndpointDesk/EndpointDesk/history.sqlite" "$2" "$work/$1/settings/EndpointDesk/EndpointDesk.ini"
}
fill_home empty 0
for n in "${records[@]}"; do
    fill_home full "$n"
    pairs full empty offscreen Endpoints "$app" -- "$app"
    label=$(echo "$n" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')
    row "$label records: start to Endpoints tab painted (floor: empty history)" full empty 2 ms 1 "≤ 1.5×"
    row "$label records: peak memory (floor: empty history)" full empty 4 MiB 1024 "≤ +20 MiB"
done

# In-process figures: the Endpoints tab over the same records (open, a create in sight).
if [ -x "$build/tests/bench/bench_record" ]; then
    while IFS= read -r line; do rows+=("$line"); done < <(QT_QPA_PLATFORM=offscreen HOME="$work/empty" \
        XDG_CONFIG_HOME="$work/empty/config" XDG_DATA_HOME="$work/empty/data" "$build/tests/bench/bench_record" "${records[@]}")
else
    echo "note: $build/tests/bench/bench_record not built; its rows are left out" >&2
fi
# A create's round trip through the client against a raw POST of the same bytes.
if [ -x "$build/tests/bench/bench_roundtrip" ]; then
    while IFS= read -r line; do rows+=("$line"); done < <(HOME="$work/empty" XDG_CONFIG_HOME="$work/empty/config" \
        XDG_DATA_HOME="$work/empty/data" "$build/tests/bench/bench_roundtrip" "$((quick ? 3 : 30))" 2>/dev/null | grep '^|')
fi
# The pickers over a project's every subnet.
if [ "$quick" = 1 ]; then subnets=(2000); else subnets=(20000 50000); fi
if [ -x "$build/tests/bench/bench_pickers" ]; then
    while IFS= read -r line; do rows+=("$line"); done < <(QT_QPA_PLATFORM=offscreen HOME="$work/empty" \
        XDG_CONFIG_HOME="$work/empty/config" XDG_DATA_HOME="$work/empty/data" "$build/tests/bench/bench_pickers" \
        "${subnets[@]}" 2>/dev/null | grep '^|')
else
    echo "note: $build/tests/bench/bench_pickers not built; its rows are left out" >&2
fi

echo "Endpoint Desk against its floor: $runs run(s) of each, alternating; median (min–max)."
echo "build: $build"
echo
echo "| measure | Endpoint Desk | floor | ratio | target |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
