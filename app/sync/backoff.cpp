// SPDX-License-Identifier: EUPL-1.2
#include "sync/backoff.h"

#include <algorithm>
#include <cmath>

namespace Sportello::Sync {

std::chrono::milliseconds BackoffPolicy::delay(int failures, double random01) const
{
    const double maximumMs = double(std::max(maximum.count(), initial.count()));
    // Capped before the power can overflow: 2^62 ms is far past any sensible maximum.
    const int exponent = std::clamp(failures - 1, 0, 62);
    const double base = std::min(maximumMs, double(initial.count()) * std::ldexp(1.0, exponent));
    const double spread = std::clamp(jitter, 0.0, 1.0) * std::clamp(random01, 0.0, 1.0);
    return std::chrono::milliseconds(std::max<qint64>(1, qint64(std::llround(base * (1.0 - spread)))));
}

} // namespace Sportello::Sync
