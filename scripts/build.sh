#!/usr/bin/env bash
# Usage: scripts/build.sh PRESET [TARGET...] — installs what is missing, configures and builds with that
# preset (only the named targets, when any are given).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=${1:-release}
shift || true
"$root/scripts/ensure-packages.sh"
cd "$root"
cmake --preset "$preset" >/dev/null
targets=()
for target in "$@"; do
    targets+=(--target "$target")
done
cmake --build --preset "$preset" -j "$(nproc)" "${targets[@]}"
