#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Runs the whole ctest suite of BUILD_DIR in a sealed environment: a throwaway HOME, a private
# D-Bus session bus, and a gnome-keyring unlocked with a throwaway password, so that keychain
# tests talk to a real Secret Service and nothing touches the user's own keyring or settings.
set -euo pipefail
build_dir=$(realpath "${1:-build}")
shift || true

sandbox=$(mktemp -d /tmp/sportello-test.XXXXXX)
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/home" "$sandbox/runtime"
chmod 700 "$sandbox/runtime"

export HOME="$sandbox/home"
export XDG_RUNTIME_DIR="$sandbox/runtime"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export SPORTELLO_BUILD_DIR="$build_dir"
unset DISPLAY WAYLAND_DISPLAY

exec dbus-run-session -- bash -c '
    set -euo pipefail
    # --unlock reads the password of the "login" keyring from stdin and creates it when missing.
    eval "$(printf "sportello-test" | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    ctest --test-dir "$SPORTELLO_BUILD_DIR" --output-on-failure --timeout 600 -j2 "$@"
' bash "$@"
