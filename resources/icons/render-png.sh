#!/bin/sh
# Renders mailwright.svg into the committed hicolor PNG sizes.
# Needs rsvg-convert (Debian: librsvg2-bin). Run after editing the SVG.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" mailwright.svg -o "hicolor/${size}x${size}/apps/mailwright.png"
done
