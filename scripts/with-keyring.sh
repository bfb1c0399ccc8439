#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring on the current (private) D-Bus session.
# Meant to be started by dbus-run-session; the keyring lives in a throw-away HOME-independent folder.
# Only the daemon started here is stopped at the end (found by its bus name on this private bus):
# other keyrings on the machine, e.g. other test runs in parallel, are left alone.
set -euo pipefail
own_runtime=""
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    own_runtime="$(mktemp -d /tmp/om-runtime.XXXXXX)"
    export XDG_RUNTIME_DIR="$own_runtime"
fi
chmod 700 "$XDG_RUNTIME_DIR"
export XDG_DATA_HOME="$(mktemp -d /tmp/om-keyring-data.XXXXXX)"
eval "$(printf 'om-test-keyring' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
export GNOME_KEYRING_CONTROL="${GNOME_KEYRING_CONTROL:-}"

# The daemon that owns org.freedesktop.secrets on THIS bus (empty if it did not come up).
keyring_pid=""
for _ in $(seq 1 50); do
    keyring_pid="$(dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
        awk '/uint32/ {print $2}')" || true
    [ -n "$keyring_pid" ] && break
    sleep 0.1
done
if [ -z "$keyring_pid" ]; then
    echo "with-keyring.sh: gnome-keyring did not register org.freedesktop.secrets" >&2
    exit 1
fi
export OM_SECRET_SERVICE_AVAILABLE=1
status=0
"$@" || status=$?
kill "$keyring_pid" 2>/dev/null || true
rm -rf "$XDG_DATA_HOME" ${own_runtime:+"$own_runtime"}
exit $status
