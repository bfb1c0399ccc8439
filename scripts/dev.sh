#!/usr/bin/env bash
# One entry point for the two README commands:
#   scripts/dev.sh run    install dependencies, build, launch the app on the embedded sandbox
#   scripts/dev.sh test   install dependencies, clang-tidy on the changed files (scripts/tidy-changed.sh),
#                         build, run every test (with a real Secret Service),
#                         then `sanitize` and `fuzz` below (OM_SKIP_SANITIZERS=1 skips them)
#   scripts/dev.sh sanitize   clang ASan+UBSan build (build/sanitize), every test again under it
#   scripts/dev.sh fuzz       the libFuzzer JSON target for OM_FUZZ_SECONDS (default 300) from fuzz/corpus
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
jobs="${OM_JOBS:-$(nproc)}"

install_deps() {
    if [ "${OM_SKIP_APT:-0}" = 1 ]; then return; fi
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    # shellcheck disable=SC2046
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        $(grep -vE '^\s*(#|$)' scripts/debian-packages.txt) >/dev/null
}

configure() { # $1 = build dir, rest = extra cmake args
    local dir="$1"; shift
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug "$@" >/dev/null
}

build() { # $1 = build dir, rest = extra cmake args
    configure "$@"
    cmake --build "$1" -j "$jobs"
}

# The sanitizer runtime's settings, for the build (gtest discovery runs the test binaries) and the tests.
# Leaks from system libraries are suppressed in tests/sanitizers/lsan.supp (third-party frames only).
sanitizer_env() {
    export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=0:check_initialization_order=1:detect_stack_use_after_return=1:print_summary=1"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:print_summary=1"
    export LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0"
}

build_sanitize() {
    sanitizer_env
    build build/sanitize -DCMAKE_CXX_COMPILER=clang++ -DOM_SANITIZE=address,undefined -DOM_BUILD_FUZZERS=ON \
        -DOM_BUILD_TESTS=ON -DOM_BUILD_BENCH=OFF
}

run_sanitize() { # every ctest test of the ASan+UBSan build, under the same keyring wrapper
    build_sanitize
    dbus-run-session -- scripts/with-keyring.sh \
        ctest --test-dir build/sanitize --output-on-failure -j "$jobs" --timeout 900 "$@"
}

run_fuzz() { # bounded, seeded (OM_FUZZ_SEED, default 1: a CI run is repeatable); new inputs go to a scratch
    # corpus, crashes to build/sanitize/fuzz-artifacts/
    build_sanitize
    local scratch
    scratch="$(mktemp -d /tmp/om-fuzz-corpus.XXXXXX)"
    mkdir -p build/sanitize/fuzz-artifacts
    local status=0
    build/sanitize/fuzz/om_json_fuzzer -seed="${OM_FUZZ_SEED:-1}" -max_total_time="${OM_FUZZ_SECONDS:-300}" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -dict=fuzz/json.dict -print_final_stats=1 -artifact_prefix=build/sanitize/fuzz-artifacts/ \
        "$scratch" fuzz/corpus || status=$?
    rm -rf "$scratch"
    return $status
}

case "${1:-}" in
run)
    install_deps
    build build/app -DOM_BUILD_TESTS=OFF
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found (DISPLAY/WAYLAND_DISPLAY unset): starting under Xvfb on :99." >&2
        exec xvfb-run -a -s "-screen 0 1280x800x24" build/app/app/offer-migrator --sandbox "${@:2}"
    fi
    exec build/app/app/offer-migrator --sandbox "${@:2}"
    ;;
test)
    install_deps
    configure build/test -DOM_BUILD_TESTS=ON -DOM_WERROR=ON
    # .clang-tidy's checks over the C++ files changed since the base commit (the last commit, or the merge
    # base with origin/main): any finding fails the run before the build starts.
    scripts/tidy-changed.sh build/test
    cmake --build build/test -j "$jobs"
    # A real Secret Service for the keychain tests: a private session bus with an unlocked gnome-keyring.
    dbus-run-session -- scripts/with-keyring.sh \
        ctest --test-dir build/test --output-on-failure -j "$jobs" --timeout 600 "${@:2}"
    if [ "${OM_SKIP_SANITIZERS:-0}" != 1 ]; then
        run_sanitize "${@:2}"
        run_fuzz
    fi
    ;;
sanitize)
    install_deps
    run_sanitize "${@:2}"
    ;;
fuzz)
    install_deps
    run_fuzz
    ;;
*)
    echo "usage: scripts/dev.sh run|test|sanitize|fuzz" >&2
    exit 2
    ;;
esac
