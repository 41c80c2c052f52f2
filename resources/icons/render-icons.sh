#!/usr/bin/env bash
# Renders the hicolor PNG icons from the SVG master. Run by hand after changing the SVG and commit the
# PNGs: the build never needs a converter. Needs rsvg-convert (Debian package librsvg2-bin) and, to
# shrink the files, optipng if it is installed.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
id=io.github.endpointdesk.EndpointDesk
svg="$here/hicolor/scalable/apps/$id.svg"
for size in 16 24 32 48 64 128 256 512; do
    out="$here/hicolor/${size}x${size}/apps/$id.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" --output "$out"
    if command -v optipng >/dev/null; then
        optipng -quiet -o5 -strip all "$out"
    fi
done
