#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Fails when a C++ file is not formatted as .clang-format says (`make format` fixes them all).
# Run by ctest as the test `format`, so `make test` and CI check it.
#   packaging/check-format.sh [CLANG_FORMAT]
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=${1:-clang-format}
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z '*.cpp' '*.h' | xargs -0 "$clang_format" --dry-run --Werror
else
    find app ui server tests \( -name '*.cpp' -o -name '*.h' \) -print0 | xargs -0 "$clang_format" --dry-run --Werror
fi
