#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Starts the desktop program. Without a display (a server, a CI box) it runs on a virtual one
# (Xvfb) and says so, instead of failing on the missing screen.
set -euo pipefail
program=$1
shift
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$program" "$@"
fi
echo "No display found: starting Sportello on a virtual display (Xvfb). Stop it with Ctrl+C." >&2
exec xvfb-run -a -s "-screen 0 1280x800x24" "$program" "$@"
