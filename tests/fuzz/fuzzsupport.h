// SPDX-License-Identifier: EUPL-1.2
// Shared by the fuzz targets: what every parser result must honour, whatever the input.
#pragma once
#include "domain/parsed.h"

#include <cstdlib>

namespace Sportello::Fuzz {

inline void require(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer saves the input that got here
}

template <typename T> void requireConsistent(const Domain::Parsed<T> &parsed, const QString &input)
{
    require(parsed.ok() == parsed.error().isEmpty());
    require(parsed.errorPosition() >= -1 && parsed.errorPosition() < qMax<qsizetype>(input.size(), 1));
    if (parsed)
        require(parsed.errorPosition() == -1);
}

} // namespace Sportello::Fuzz
