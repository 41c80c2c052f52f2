#!/usr/bin/env bash
# Builds Endpoint Desk and opens it on the built-in sandbox: no cloud account needed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/build.sh" release endpoint-desk
exec "$root/build/release/app/endpoint-desk" --sandbox "$@"
