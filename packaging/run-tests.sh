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
pg_bin=${SPORTELLO_PG_BIN:-/usr/lib/postgresql/15/bin}
pg_data="$sandbox/pg/data"
pg_log="$sandbox/pg/server.log"
pg_as=()
stop_postgres() {
    if [ -f "$pg_data/postmaster.pid" ]; then
        "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
}
trap 'stop_postgres; rm -rf "$sandbox"' EXIT
pg_fail() {
    echo "run-tests.sh: PostgreSQL for the tests: $*" >&2
    [ -f "$pg_log" ] && sed 's/^/  postgres: /' "$pg_log" >&2
    exit 1
}
[ -x "$pg_bin/initdb" ] || pg_fail "$pg_bin/initdb not found (packaging/install-deps.sh installs postgresql)"
mkdir -p "$sandbox/pg/socket"
if [ "$(id -u)" -eq 0 ]; then
    # PostgreSQL refuses to run as root: the cluster belongs to the postgres system user.
    id postgres >/dev/null 2>&1 || pg_fail "no postgres system user"
    chown -R postgres: "$sandbox/pg"
    chmod 711 "$sandbox" # postgres only passes through to $sandbox/pg
    pg_as=(runuser -u postgres --)
fi
"${pg_as[@]}" "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$sandbox/pg/initdb.log" 2>&1 || { cat "$sandbox/pg/initdb.log" >&2; pg_fail "initdb failed"; }
# Trust on loopback only: a throwaway cluster that listens nowhere else.
printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >"$pg_data/pg_hba.conf"
# A free port: a random one nobody answers on; another attempt if a racing program took it.
pg_port=""
for _ in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
    if "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $sandbox/pg/socket -c fsync=off -c max_connections=200" \
        start >/dev/null; then
        pg_port=$port
        break
    fi
done
[ -n "$pg_port" ] || pg_fail "pg_ctl start failed"
"${pg_as[@]}" "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE sportello LOGIN CREATEDB" -c "CREATE DATABASE sportello_test OWNER sportello" \
    || pg_fail "cannot create the test role and database"
# Each PostgreSQL test creates its own database from here, so that tests never see each other.
export SPORTELLO_TEST_POSTGRES="postgresql://sportello@127.0.0.1:$pg_port/sportello_test"

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
