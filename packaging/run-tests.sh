#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Runs the whole ctest suite of BUILD_DIR in a sealed environment: a throwaway HOME, a private
# D-Bus session bus, and a gnome-keyring unlocked with a throwaway password, so that keychain
# tests talk to a real Secret Service and nothing touches the user's own keyring or settings,
# and a throwaway PostgreSQL cluster on 127.0.0.1 for the server's PostgreSQL backend.
set -euo pipefail
build_dir=$(realpath "${1:-build}")
shift || true

sandbox=$(mktemp -d /tmp/sportello-test.XXXXXX)
mkdir -p "$sandbox/home" "$sandbox/runtime"
chmod 700 "$sandbox/runtime"

# A throwaway PostgreSQL cluster on loopback for the server's PostgreSQL tests, stopped on exit.
# CI must run those tests: if it cannot start, this script fails instead of skipping them.
# fsync=off: test data, and many test databases are created and dropped.
# shellcheck source=packaging/throwaway-postgres.sh
source "$(dirname "$(realpath "${BASH_SOURCE[0]}")")/throwaway-postgres.sh"
trap 'throwaway_postgres_stop; rm -rf "$sandbox"' EXIT
throwaway_postgres_start "$sandbox" -c fsync=off -c max_connections=200

export HOME="$sandbox/home"
export XDG_RUNTIME_DIR="$sandbox/runtime"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export SPORTELLO_BUILD_DIR="$build_dir"
unset DISPLAY WAYLAND_DISPLAY

# Not exec: the EXIT trap must still stop PostgreSQL when the tests end.
dbus-run-session -- bash -c '
    set -euo pipefail
    # --unlock reads the password of the "login" keyring from stdin and creates it when missing.
    eval "$(printf "sportello-test" | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    ctest --test-dir "$SPORTELLO_BUILD_DIR" --output-on-failure --timeout 600 -j2 "$@"
' bash "$@"
