#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Generates registries of 100,000 and 1,000,000 citizens (once; kept in BUILD/bench) and measures
# start-up and search. Figures and their reading: docs/performance.md.
set -euo pipefail
build=$(realpath "${1:-build}")
bench="$build/tests/bench/bench_citizens"
data="$build/bench"
mkdir -p "$data"
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='sportello.*.info=false'
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for count in 100000 1000000; do
    db="$data/citizens-$count.db"
    [ -f "$db" ] || "$bench" generate "$db" "$count"
    echo "== $count citizens ($(du -h "$db" | cut -f1))"
    for run in 1 2 3 4 5; do
        "$bench" start "$db" "$data/settings-$count.ini"
    done
    "$bench" search "$db"
done
