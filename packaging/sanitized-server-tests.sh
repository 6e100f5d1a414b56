#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The server's integration tests once more, against sportello-server built with AddressSanitizer
# and UndefinedBehaviorSanitizer (in build-sanitized/): any report ends the server with an error,
# which fails the test that started it. Run by `make test` after the whole suite.
#   packaging/sanitized-server-tests.sh BUILD_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}
sanitized=${SANITIZED_BUILD:-build-sanitized}
# -O1 and line tables only: a build that takes minutes, with stack traces that name the lines.
flags="-O1 -g1 -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
if [ ! -f "$sanitized/build.ninja" ]; then
    cmake -S . -B "$sanitized" -G Ninja -DCMAKE_BUILD_TYPE= -DSPORTELLO_WERROR=ON \
        -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
fi
cmake --build "$sanitized" --target sportello-server
export SPORTELLO_SERVER_UNDER_TEST
SPORTELLO_SERVER_UNDER_TEST=$(realpath "$sanitized/server/sportello-server")
if ! ldd "$SPORTELLO_SERVER_UNDER_TEST" | grep -q libasan; then
    echo "${0##*/}: $SPORTELLO_SERVER_UNDER_TEST is not built with AddressSanitizer" >&2
    exit 1
fi
# A leak found when the server exits is an error too: its exit status fails the test that stops it.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
bash packaging/run-tests.sh "$build_dir" -R '^tst_(serverprotocol|serverhardening|serveradmin|queuesync|syncfaults|postgresrestart)'
