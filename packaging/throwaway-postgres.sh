# SPDX-License-Identifier: EUPL-1.2
# shellcheck shell=bash
# Sourced, not run: a throwaway PostgreSQL 15 cluster on 127.0.0.1, for the tests
# (packaging/run-tests.sh) and the benchmarks (tests/bench/run-benchmarks.sh).
#
#   throwaway_postgres_start DIR [SERVER_OPTION...]
#       creates a cluster in DIR/pg, starts it on a free loopback port with the given extra server
#       options (e.g. -c fsync=off), creates the role sportello and its database sportello_test,
#       and exports SPORTELLO_TEST_POSTGRES=postgresql://sportello@127.0.0.1:PORT/sportello_test.
#       Exits the calling script if it cannot: PostgreSQL runs must never be skipped quietly.
#   throwaway_postgres_stop
#       stops it; harmless when it never started, so that an EXIT trap can always call it.
#
# As root the cluster belongs to the postgres system user (PostgreSQL refuses to run as root), and
# DIR is made traversable (711) so that postgres can reach DIR/pg.

throwaway_pg_bin=${SPORTELLO_PG_BIN:-/usr/lib/postgresql/15/bin}
throwaway_pg_data=""
throwaway_pg_log=""
throwaway_pg_as=()

throwaway_postgres_stop() {
    if [ -n "$throwaway_pg_data" ] && [ -f "$throwaway_pg_data/postmaster.pid" ]; then
        "${throwaway_pg_as[@]}" "$throwaway_pg_bin/pg_ctl" -D "$throwaway_pg_data" -m immediate -w stop \
            >/dev/null 2>&1 || true
    fi
}

throwaway_postgres_fail() {
    echo "${0##*/}: throwaway PostgreSQL: $*" >&2
    if [ -n "$throwaway_pg_log" ] && [ -f "$throwaway_pg_log" ]; then
        sed 's/^/  postgres: /' "$throwaway_pg_log" >&2
    fi
    exit 1
}

throwaway_postgres_start() {
    local dir=$1
    shift
    local pg="$dir/pg"
    [ -x "$throwaway_pg_bin/initdb" ] ||
        throwaway_postgres_fail "$throwaway_pg_bin/initdb not found (packaging/install-deps.sh installs postgresql)"
    mkdir -p "$pg/socket"
    throwaway_pg_data="$pg/data"
    throwaway_pg_log="$pg/server.log"
    throwaway_pg_as=()
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || throwaway_postgres_fail "no postgres system user"
        chown -R postgres: "$pg"
        chmod 711 "$dir" # postgres only passes through to DIR/pg
        throwaway_pg_as=(runuser -u postgres --)
    fi
    "${throwaway_pg_as[@]}" "$throwaway_pg_bin/initdb" -D "$throwaway_pg_data" -U postgres --auth=trust -E UTF8 \
        --locale=C.UTF-8 >"$pg/initdb.log" 2>&1 ||
        { cat "$pg/initdb.log" >&2; throwaway_postgres_fail "initdb failed"; }
    # Trust on loopback only: a throwaway cluster that listens nowhere else.
    printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >"$throwaway_pg_data/pg_hba.conf"
    # A free port: a random one nobody answers on; another attempt if a racing program took it.
    local port="" candidate
    for _ in 1 2 3 4 5; do
        candidate=$((20000 + RANDOM % 40000))
        (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null && continue
        if "${throwaway_pg_as[@]}" "$throwaway_pg_bin/pg_ctl" -D "$throwaway_pg_data" -l "$throwaway_pg_log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $candidate -k $pg/socket $*" start >/dev/null; then
            port=$candidate
            break
        fi
    done
    [ -n "$port" ] || throwaway_postgres_fail "pg_ctl start failed"
    "${throwaway_pg_as[@]}" "$throwaway_pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres \
        -v ON_ERROR_STOP=1 -q -c "CREATE ROLE sportello LOGIN CREATEDB" \
        -c "CREATE DATABASE sportello_test OWNER sportello" ||
        throwaway_postgres_fail "cannot create the role sportello and its database"
    # Each test or benchmark creates its own database from here, so that none sees another's data.
    export SPORTELLO_TEST_POSTGRES="postgresql://sportello@127.0.0.1:$port/sportello_test"
}
