#!/usr/bin/env bash
# clang-tidy with the checks of .clang-tidy over the C++ sources changed since a base commit, using the
# compile commands of a configured build directory (no build needed). Exit 1 on any finding, 2 when it
# cannot run, 0 otherwise.
#   scripts/tidy-changed.sh <build dir> [base commit]
# The base: the argument, else $OM_TIDY_BASE, else the merge base with origin/main when HEAD is ahead of
# it, else HEAD~1 (the last commit). Uncommitted changes count too. A changed header is checked through
# the .cpp of the same name (.clang-tidy's HeaderFilterRegex covers app/, ui/ and tests/ headers).
# Runs OM_JOBS (default: nproc) clang-tidy processes at once; about 8 s of CPU per file.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
build="${1:?usage: scripts/tidy-changed.sh <build dir> [base commit]}"
commands="$build/compile_commands.json"
if [ ! -f "$commands" ]; then
    echo "tidy-changed: $commands not found (configure the build first)" >&2
    exit 2
fi
tidy="$(command -v clang-tidy || command -v clang-tidy-14 || true)"
if [ -z "$tidy" ]; then
    echo "tidy-changed: clang-tidy not found (Debian package clang-tidy)" >&2
    exit 2
fi

base="${2:-${OM_TIDY_BASE:-}}"
if [ -z "$base" ]; then
    head="$(git rev-parse HEAD)"
    if git rev-parse -q --verify origin/main >/dev/null && merge="$(git merge-base HEAD origin/main)" &&
        [ "$merge" != "$head" ]; then
        base="$merge"
    elif git rev-parse -q --verify HEAD~1 >/dev/null; then
        base="HEAD~1"
    else
        echo "tidy-changed: no earlier commit to compare with"
        exit 0
    fi
fi

files=()
while IFS= read -r changed; do
    case "$changed" in
    *.h) source="${changed%.h}.cpp" ;;
    *.cpp) source="$changed" ;;
    *) continue ;;
    esac
    [ -f "$source" ] || continue
    # Only what this build compiles (the fuzzers' clang-only sources are not in a GCC build, for one).
    grep -qF "\"file\": \"$here/$source\"" "$commands" || continue
    files+=("$source")
done < <(git diff --name-only --diff-filter=ACMR "$base" -- '*.cpp' '*.h' | sort -u)

if [ "${#files[@]}" -eq 0 ]; then
    echo "tidy-changed: no changed C++ source since $(git rev-parse --short "$base")"
    exit 0
fi
mapfile -t files < <(printf '%s\n' "${files[@]}" | sort -u)
echo "tidy-changed: ${#files[@]} file(s) changed since $(git rev-parse --short "$base"): ${files[*]}"
status=0
printf '%s\0' "${files[@]}" |
    xargs -0 -P "${OM_JOBS:-$(nproc)}" -n 1 "$tidy" -p "$build" --quiet --warnings-as-errors='*' || status=1
if [ "$status" -ne 0 ]; then
    echo "tidy-changed: clang-tidy findings above (checks: .clang-tidy)" >&2
    exit 1
fi
echo "tidy-changed: no findings"
