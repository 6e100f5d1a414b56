// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/parsed.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

namespace Sportello::Domain {

// Money is integer cents, always written the Italian way ("1.234,56 €") whatever the system locale.
namespace Money {

enum class Sign { NonNegative, AllowNegative };

// The largest amount parse() accepts, in cents: 999.999.999.999,99 €. Far above any counter or pagoPA
// amount, and far enough below the qint64 limit that sums of many amounts cannot overflow.
inline constexpr qint64 MaxCents = 99'999'999'999'999;

// 123456 -> "1.234,56 €"; -5 -> "-0,05 €"; withSymbol=false -> "1.234,56". Any qint64 is formatted.
QString format(qint64 cents, bool withSymbol = true);

// Accepts: "1.234,56", "1234,56", "22,21 €", "€ 22,21", "22", "22,2" (=2220), "0,05", "1.234" (=123400),
// spaces (also non-breaking) around the symbol and the whole text, a leading minus sign when
// allowed ("-5,00", "-€ 5", "€ -5"). Refuses: empty, letters, a dot that is not a thousands separator
// between groups of exactly 3 digits ("12.50", "1,234.56", "1.2345"), more than 2 decimals, several
// commas, amounts above MaxCents, a minus sign with Sign::NonNegative.
Parsed<qint64> parse(QStringView text, Sign sign = Sign::NonNegative);

} // namespace Money

} // namespace Sportello::Domain
