#!/usr/bin/env bash
# One entry point for the two README commands:
#   scripts/dev.sh run    install dependencies, build, launch the app on the embedded sandbox
#   scripts/dev.sh test   install dependencies, build, run every test (with a real Secret Service)
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

build() { # $1 = build dir, rest = extra cmake args
    local dir="$1"; shift
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug "$@" >/dev/null
    cmake --build "$dir" -j "$jobs"
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
    build build/test -DOM_BUILD_TESTS=ON -DOM_WERROR=ON
    # A real Secret Service for the keychain tests: a private session bus with an unlocked gnome-keyring.
    exec dbus-run-session -- scripts/with-keyring.sh \
        ctest --test-dir build/test --output-on-failure -j "$jobs" --timeout 600 "${@:2}"
    ;;
*)
    echo "usage: scripts/dev.sh run|test" >&2
    exit 2
    ;;
esac
