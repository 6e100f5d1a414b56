// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: Money::parse, and format -> parse round trips.
#include "domain/money.h"
#include "fuzzsupport.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace Sportello::Domain;
using Sportello::Fuzz::require;
using Sportello::Fuzz::requireConsistent;

namespace {

bool withinCap(qint64 cents)
{
    return cents >= -Money::MaxCents && cents <= Money::MaxCents;
}

void requireRoundTrip(qint64 cents)
{
    for (const bool withSymbol : {true, false}) {
        const auto again = Money::parse(Money::format(cents, withSymbol), Money::Sign::AllowNegative);
        require(again.ok() && again.value() == cents);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto signedAmount = Money::parse(text, Money::Sign::AllowNegative);
    requireConsistent(signedAmount, text);
    const auto amount = Money::parse(text, Money::Sign::NonNegative);
    requireConsistent(amount, text);

    if (amount) {
        require(amount.value() >= 0 && amount.value() <= Money::MaxCents);
        require(signedAmount.ok() && signedAmount.value() == amount.value());
        requireRoundTrip(amount.value());
    }
    if (signedAmount) {
        require(withinCap(signedAmount.value()));
        requireRoundTrip(signedAmount.value());
    }

    // The same bytes as a raw amount: format must take any qint64, and round-trip within the cap.
    if (size >= sizeof(qint64)) {
        qint64 cents = 0;
        std::memcpy(&cents, data, sizeof cents);
        require(!Money::format(cents).isEmpty());
        if (withinCap(cents))
            requireRoundTrip(cents);
    }
    return 0;
}
