#!/bin/sh
# `cmake --preset <name>` configures the project (into a temporary build directory, not the preset's).
# Usage: check-preset.sh <source dir> <preset>
set -eu
source=$1 preset=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/om-preset-check.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
cd "$source"
cmake --preset "$preset" -B "$work/build" >"$work/log" 2>&1 || { cat "$work/log"; echo "FAIL: cmake --preset $preset"; exit 1; }
grep -q "CMAKE_BUILD_TYPE:STRING=Release" "$work/build/CMakeCache.txt" || { echo "FAIL: not a Release build"; exit 1; }
[ -f "$work/build/CPackConfig.cmake" ] || { echo "FAIL: no CPack configuration"; exit 1; }
echo "OK"
