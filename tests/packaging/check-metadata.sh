#!/bin/sh
# The desktop file, the AppStream metainfo and the icons in the source tree: valid, consistent with the
# app id, release notes for the project's version, every hicolor PNG size present at its size.
# Usage: check-metadata.sh <source dir> <project version> <app id>
set -eu
source=$1 version=$2 appid=$3
for tool in desktop-file-validate appstreamcli file; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool is not installed"; exit 77; }
done
fail() { echo "FAIL: $*" >&2; exit 1; }

desktop="$source/packaging/$appid.desktop"
metainfo="$source/packaging/$appid.metainfo.xml"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$metainfo" || fail "appstreamcli validate"

grep -qx "Icon=$appid" "$desktop" || fail "the desktop file's Icon is not $appid"
grep -q "<id>$appid</id>" "$metainfo" || fail "the metainfo id is not $appid"
grep -q "<launchable type=\"desktop-id\">$appid.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $appid.desktop"
# The newest release is the project's version, and it has notes.
first=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1)
[ "$first" = "<release version=\"$version\"" ] ||
    fail "the newest metainfo release is '$first', not the project version $version"
sed -n "/<release version=\"$version\"/,/<\/release>/p" "$metainfo" | grep -q '<li>\|<p>' ||
    fail "no release notes for $version"
grep -q '<screenshot type="default">' "$metainfo" || fail "no default screenshot"
# Every screenshot is an https URL of a file that exists in docs/screenshots.
for url in $(grep -o '<image[^>]*>[^<]*' "$metainfo" | sed 's/.*>//'); do
    case "$url" in https://*/docs/screenshots/*.png) ;; *) fail "screenshot URL $url" ;; esac
    [ -f "$source/docs/screenshots/${url##*/docs/screenshots/}" ] || fail "no docs/screenshots file for $url"
done

for size in 16 22 24 32 48 64 128 256 512; do
    png="$source/resources/icons/hicolor/$size/offer-migrator.png"
    file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is missing or not ${size}x$size"
done
echo "OK"
