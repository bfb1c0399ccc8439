#!/bin/sh
# Regenerates resources/icons/hicolor/<size>/offer-migrator.png from resources/icons/offer-migrator.svg.
# The PNGs are committed (not generated at build time) so that builds on Windows and macOS and the
# window icon embedded in the binary need no rsvg-convert and no Qt SVG plugin. Run this after
# editing the SVG and commit the result; tests/packaging checks every size is present and correct.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
svg="$here/resources/icons/offer-migrator.svg"
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$here/resources/icons/hicolor/$size"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$here/resources/icons/hicolor/$size/offer-migrator.png" "$svg"
done
