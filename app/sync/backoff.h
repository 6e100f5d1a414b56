// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QtGlobal>
#include <chrono>

namespace Sportello::Sync {

// How long to wait before retrying after consecutive failures: doubling from `initial` up to
// `maximum`, then spread by jitter so that the PCs of an office that lost the network together do
// not all come back in the same second.
struct BackoffPolicy {
    std::chrono::milliseconds initial{1000};
    std::chrono::milliseconds maximum{std::chrono::minutes(5)};
    double jitter = 0.5; // 0..1: the share of the delay that the random draw may take away

    // `failures` counts from 1; `random01` is a draw in [0, 1). Result in
    // [(1 - jitter) * d, d] where d = min(maximum, initial * 2^(failures - 1)).
    std::chrono::milliseconds delay(int failures, double random01) const;
};

} // namespace Sportello::Sync
