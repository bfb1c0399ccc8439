#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring on the current (private) D-Bus session.
# Meant to be started by dbus-run-session; the keyring lives in a throw-away HOME-independent folder.
set -euo pipefail
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/om-runtime.XXXXXX)}"
chmod 700 "$XDG_RUNTIME_DIR"
export XDG_DATA_HOME="$(mktemp -d /tmp/om-keyring-data.XXXXXX)"
eval "$(printf 'om-test-keyring' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
export GNOME_KEYRING_CONTROL
export OM_SECRET_SERVICE_AVAILABLE=1
status=0
"$@" || status=$?
pkill -u "$(id -u)" -f 'gnome-keyring-daemon.*--components=secrets' 2>/dev/null || true
exit $status
