#!/usr/bin/env bash
# Renders the hicolor PNG icons, and the Windows .ico, from the SVG master. Run it by hand after changing
# the SVG and commit the results: the build never needs a converter. Needs rsvg-convert (Debian package
# librsvg2-bin) and python3; optipng, if installed, shrinks the PNGs.
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

# Windows: one .ico holding the PNGs up to 256 px (the largest an .ico entry can describe), used by
# packaging/windows/endpoint-desk.rc for the executable's own icon.
python3 - "$here" "$id" <<'PY'
import struct, sys, pathlib
here, app_id = pathlib.Path(sys.argv[1]), sys.argv[2]
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [(here / f"hicolor/{s}x{s}/apps/{app_id}.png").read_bytes() for s in sizes]
offset = 6 + 16 * len(sizes)
header = struct.pack("<HHH", 0, 1, len(sizes))
entries = b""
for size, data in zip(sizes, images):
    dim = 0 if size == 256 else size  # 0 means 256 in an ICONDIRENTRY
    entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
out = here.parent.parent / "packaging/windows" / f"{app_id}.ico"
out.write_bytes(header + entries + b"".join(images))
PY
