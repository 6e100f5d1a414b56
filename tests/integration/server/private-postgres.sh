#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# A PostgreSQL cluster of one test's own, which that test may restart under load without
# disturbing the suite's shared one (packaging/throwaway-postgres.sh makes both).
#   private-postgres.sh start DIR     prints postgresql://sportello@127.0.0.1:PORT/sportello_test
#   private-postgres.sh restart DIR   a fast restart: every connection is ended, the port stays
#   private-postgres.sh stop DIR
set -euo pipefail
# shellcheck source=packaging/throwaway-postgres.sh
source "$(dirname "$(realpath "$0")")/../../../packaging/throwaway-postgres.sh"
command=$1
dir=$2
as=()
[ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
case $command in
start)
    throwaway_postgres_start "$dir" -c fsync=off -c max_connections=50 >&2
    echo "$SPORTELLO_TEST_POSTGRES"
    ;;
restart)
    "${as[@]}" "$throwaway_pg_bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -m fast -w -t 60 restart \
        >/dev/null
    ;;
stop)
    "${as[@]}" "$throwaway_pg_bin/pg_ctl" -D "$dir/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
    ;;
*)
    echo "usage: $0 start|restart|stop DIR" >&2
    exit 2
    ;;
esac
