#!/usr/bin/env bash
# Makes the application icon's files from its one source, src/main/resources/icons/dialdesk.svg:
# PNGs of every size (16–512), dialdesk.ico (Windows) and dialdesk.icns (macOS), in OUT
# (default target/package/icons). Nothing generated is committed.
#
#   scripts/icons.sh [OUT]
#
# Tools (Debian's packages): rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils).
# On Debian or Ubuntu as root (CI) the missing ones are installed; elsewhere the script says which to
# install. The Windows and macOS package jobs take the files this script made on Linux.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-target/package/icons}
SVG=src/main/resources/icons/dialdesk.svg

declare -A PACKAGE_OF=([rsvg-convert]=librsvg2-bin [icotool]=icoutils [png2icns]=icnsutils)
missing=()
for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("${PACKAGE_OF[$tool]}")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }
  else
    echo "icons.sh needs: ${missing[*]} (Debian/Ubuntu: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi

mkdir -p "$OUT"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w $size -h $size "$SVG" -o "$OUT/dialdesk-$size.png"
done
cp "$OUT/dialdesk-256.png" "$OUT/dialdesk.png"
# The 256 px image goes in as PNG (-r), as Windows expects, the smaller ones as bitmaps.
icotool -c -o "$OUT/dialdesk.ico" "$OUT"/dialdesk-{16,24,32,48,64,128}.png -r "$OUT/dialdesk-256.png"
# png2icns knows the sizes 16, 32, 48, 128, 256, 512.
png2icns "$OUT/dialdesk.icns" "$OUT"/dialdesk-{16,32,48,128,256,512}.png >/dev/null
echo "Icons in $OUT: dialdesk.png, dialdesk.ico, dialdesk.icns"
