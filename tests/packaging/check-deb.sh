#!/bin/sh
# Builds the .deb from a configured and built tree (cpack), checks it with lintian, desktop-file-validate
# and appstreamcli, then extracts it into a temporary root and runs the packaged binary from there only.
# Usage: check-deb.sh <build dir> <source dir> <project version> <app id>
# Exit 77 (ctest: skipped) when a checking tool is missing; the Debian packages are in
# scripts/debian-packages.txt.
set -eu
build=$1 source=$2 version=$3 appid=$4

for tool in cpack dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli ldd readelf strings; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool is not installed"; exit 77; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/om-deb-check.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
fail() { echo "FAIL: $*" >&2; exit 1; }

# 1. The package, from the build tree's CPack configuration, into the temporary directory.
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/offer-migrator_"$version"-*_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { cat "$work/cpack.log"; fail "no offer-migrator_${version}-*.deb"; }
echo "package: $(basename "$deb")"

# 2. Control fields: runtime dependencies shlibdeps cannot see, plus shlibdeps' own (Qt Core).
dpkg-deb -f "$deb" Package Version Section Maintainer Homepage Depends Recommends Suggests >"$work/control"
cat "$work/control"
for want in 'Depends:.*libqt6sql6-sqlite' 'Depends:.*qt6-qpa-plugins' 'Depends:.*libsecret-1-0' \
    'Depends:.*libqt6core6' 'Recommends:.*gnome-keyring' 'Suggests:.*qt6-translations-l10n' \
    'Homepage: https://' 'Maintainer: .*<.*@.*>' 'Section: '; do
    grep -q "$want" "$work/control" || fail "control field missing: $want"
done

# 3. lintian: no errors (warnings are printed for the report).
lintian --tag-display-limit 0 --fail-on error "$deb" >"$work/lintian.log" 2>&1 || {
    cat "$work/lintian.log"
    fail "lintian reports errors"
}
grep -v '^running with root privileges' "$work/lintian.log" || true

# 4. The installed files.
root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/offer-migrator \
    "usr/share/applications/$appid.desktop" "usr/share/metainfo/$appid.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$appid.svg" \
    usr/share/doc/offer-migrator/copyright usr/share/doc/offer-migrator/changelog.Debian.gz \
    usr/share/man/man1/offer-migrator.1.gz; do
    [ -f "$root/$f" ] || fail "not in the package: $f"
done
for size in 16 22 24 32 48 64 128 256 512; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$appid.png"
    [ -f "$png" ] || fail "not in the package: icon ${size}x${size}"
    file "$png" | grep -q "PNG image data, $size x $size" || fail "icon ${size}x${size} has the wrong size"
done
debversion=$(dpkg-deb -f "$deb" Version)
zcat "$root/usr/share/doc/offer-migrator/changelog.Debian.gz" | head -n 1 | grep -qF "offer-migrator ($debversion)" ||
    fail "changelog.Debian.gz does not start with version $debversion"
desktop-file-validate "$root/usr/share/applications/$appid.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$appid.metainfo.xml" ||
    fail "appstreamcli validate"
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"

# 5. The packaged binary alone: no build-tree run path or library, resources embedded.
bin="$root/usr/bin/offer-migrator"
if readelf -d "$bin" | grep -Eq 'R(UN)?PATH'; then
    readelf -d "$bin" | grep -E 'R(UN)?PATH'
    fail "the packaged binary has an RPATH/RUNPATH"
fi
if readelf -S "$bin" | grep -q '\.debug_info'; then fail "the packaged binary is not stripped"; fi
ldd "$bin" >"$work/ldd" || fail "ldd"
if grep -Fe "$build" -e "$source" -e "not found" "$work/ldd"; then fail "libraries from the build tree or missing"; fi
# The .qm files of every translation in the source tree are embedded (rcc stores names as UTF-16BE).
for ts in "$source"/resources/translations/offer-migrator_*.ts; do
    [ -e "$ts" ] || continue
    qm=$(basename "$ts" .ts).qm
    strings -e b "$bin" | grep -qF "$qm" || fail "translation $qm is not embedded in the binary"
done

# Run from an empty directory with a throw-away home, so nothing of the build or the user is found.
home="$work/home"
mkdir -p "$home" "$work/cwd"
run() {
    (cd "$work/cwd" && env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/.config" \
        XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" LANG=C.UTF-8 "$bin" "$@")
}
got=$(run --version) || fail "--version exits with $?"
[ "$got" = "offer-migrator $version" ] || fail "--version prints '$got', not 'offer-migrator $version'"
run --help >"$work/help" || fail "--help exits with $?"
grep -q '^Usage: offer-migrator' "$work/help" || fail "--help prints no usage"
grep -q '^  scan' "$work/help" || fail "--help lists no scan command"
run scan --sandbox --csv - >"$work/scan.csv" 2>"$work/scan.err" || {
    cat "$work/scan.err"
    fail "scan --sandbox --csv - exits with non-zero"
}
header=$(head -n 1 "$work/scan.csv" | tr -d '\r')
echo "CSV header: $header"
case "$header" in
customer_id,customer_name,*) ;;
*) fail "the CSV does not start with the report header" ;;
esac
rows=$(tail -n +2 "$work/scan.csv" | grep -c . || true)
[ "$rows" -ge 1 ] || fail "the CSV has no rows"
echo "CSV rows: $rows"
echo "OK"
