#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Generates registries of 100,000 and 1,000,000 citizens (once; kept in BUILD/bench) and measures
# start-up and search; times the walk-in queue over a million past requests (generated once too);
# then pushes and pulls 100,000 operations through sportello-server, on its SQLite and on its
# PostgreSQL backend. Figures and their reading: docs/performance.md.
# Usage: run-benchmarks.sh [BUILD] [citizens|queue|sync] (default: all three).
set -euo pipefail
build=$(realpath "${1:-build}")
which=${2:-all}
root=$(dirname "$(realpath "${BASH_SOURCE[0]}")")/../..
data="$build/bench"
mkdir -p "$data"
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='sportello.*.info=false'
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"

if [ "$which" = all ] || [ "$which" = citizens ]; then
    bench="$build/tests/bench/bench_citizens"
    for count in 100000 1000000; do
        db="$data/citizens-$count.db"
        [ -f "$db" ] || "$bench" generate "$db" "$count"
        echo "== $count citizens ($(du -h "$db" | cut -f1))"
        for _ in 1 2 3 4 5; do
            "$bench" start "$db" "$data/settings-$count.ini"
        done
        "$bench" search "$db"
    done
fi

if [ "$which" = all ] || [ "$which" = queue ]; then
    bench="$build/tests/bench/bench_queue"
    db="$data/queue-1000000.db"
    [ -f "$db" ] || "$bench" generate "$db" 1000000
    echo "== walk-in queue, 1,000,000 past requests ($(du -h "$db" | cut -f1))"
    "$bench" run "$db"
fi

if [ "$which" = all ] || [ "$which" = sync ]; then
    # The PostgreSQL backend on a throwaway cluster of its own, with PostgreSQL's durable defaults
    # (the tests' cluster runs with fsync=off); the SQLite backend is durable too (synchronous=FULL).
    # shellcheck source=packaging/throwaway-postgres.sh
    source "$root/packaging/throwaway-postgres.sh"
    sandbox=$(mktemp -d /tmp/sportello-bench.XXXXXX)
    trap 'throwaway_postgres_stop; rm -rf "$sandbox"' EXIT
    throwaway_postgres_start "$sandbox"
    for backend in sqlite postgresql; do
        "$build/tests/bench/bench_sync" run "$backend" 100000 "$data"
    done
fi
