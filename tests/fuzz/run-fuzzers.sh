#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Runs every libFuzzer target of a fuzz build for a bounded time, each on a copy of its seed corpus
# kept in the build directory (so new inputs never land in the source tree). Exits non-zero if any
# target crashes, leaks, hits a sanitizer or an invariant, or is missing.
#
# Usage: tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS_PER_TARGET]   (default 30)
# Build: cmake -S . -B BUILD_DIR -DSPORTELLO_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ && cmake --build BUILD_DIR
set -u

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 BUILD_DIR [SECONDS_PER_TARGET]" >&2
    exit 2
fi
build=$(cd "$1" && pwd) || exit 2
seconds=${2:-30}
case $seconds in
'' | *[!0-9]*)
    echo "SECONDS_PER_TARGET must be a whole number" >&2
    exit 2
    ;;
esac
here=$(cd "$(dirname "$0")" && pwd)
targets="fuzz_codicefiscale fuzz_money fuzz_pagopa_notice fuzz_pagopa_qr fuzz_citizen_json fuzz_sync_protocol fuzz_audit_entry fuzz_opening_hours fuzz_queue_json fuzz_http_request"

mkdir -p "$build/fuzz-logs"
failed=0
for target in $targets; do
    executable=$build/tests/fuzz/$target
    if [ ! -x "$executable" ]; then
        echo "$target: MISSING ($executable not built)"
        failed=1
        continue
    fi
    corpus=$build/fuzz-corpus/$target
    artifacts=$build/fuzz-artifacts/$target
    log=$build/fuzz-logs/$target.log
    rm -rf "$artifacts"
    mkdir -p "$corpus" "$artifacts"
    cp "$here/corpus/$target/"* "$corpus/"

    # -max_len lets inputs grow well past any valid code; -timeout catches a parser that hangs.
    "$executable" "$corpus" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1
    status=$?

    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    if [ $status -ne 0 ] || [ -n "$(find "$artifacts" -type f)" ]; then
        echo "$target: FAILED (exit $status, ${runs:-?} executions); artifacts in $artifacts, log in $log"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" | head -5
        failed=1
    else
        echo "$target: ok, ${runs:-?} executions in ${seconds}s, corpus $(find "$corpus" -type f | wc -l) inputs"
    fi
done
exit $failed
