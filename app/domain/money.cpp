// SPDX-License-Identifier: EUPL-1.2
#include "domain/money.h"

#include <QCoreApplication>

namespace Sportello::Domain::Money {

namespace {

using Detail::displayCharacter;
using Detail::isAsciiDigit;

constexpr QChar EuroSign(0x20AC);
constexpr qint64 MaxEuros = MaxCents / 100;

// U+2212 is what word processors and PDFs use for minus; treat it like the hyphen.
bool isMinus(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2212);
}

QString dotError(qsizetype position)
{
    return QCoreApplication::translate("Sportello::Domain::Money",
                                       "The dot at character %1 is not a thousands separator; write the "
                                       "decimals after a comma (e.g. 12,50)")
        .arg(position + 1);
}

} // namespace

QString format(qint64 cents, bool withSymbol)
{
    // Unsigned, so that the most negative qint64 has a magnitude too.
    const quint64 magnitude = cents < 0 ? 0 - quint64(cents) : quint64(cents);
    const QString euros = QString::number(magnitude / 100);

    QString result;
    result.reserve(euros.size() + euros.size() / 3 + 6);
    if (cents < 0)
        result.append(QLatin1Char('-'));
    for (qsizetype i = 0; i < euros.size(); ++i) {
        if (i > 0 && (euros.size() - i) % 3 == 0)
            result.append(QLatin1Char('.'));
        result.append(euros.at(i));
    }
    result.append(QLatin1Char(','));
    result.append(QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0')));
    if (withSymbol) {
        result.append(QLatin1Char(' '));
        result.append(EuroSign);
    }
    return result;
}

Parsed<qint64> parse(QStringView text, Sign sign)
{
    using Result = Parsed<qint64>;

    // Work on [begin, end) of the original text so that error positions point into what was typed.
    qsizetype begin = 0;
    qsizetype end = text.size();
    const auto trim = [&] {
        while (begin < end && text.at(begin).isSpace())
            ++begin;
        while (end > begin && text.at(end - 1).isSpace())
            --end;
    };
    qsizetype minusAt = -1;
    const auto takeMinus = [&] {
        if (minusAt < 0 && begin < end && isMinus(text.at(begin))) {
            minusAt = begin++;
            trim();
        }
    };

    trim();
    if (begin == end)
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::Money", "The amount is empty"));
    takeMinus();
    if (begin < end && text.at(begin) == EuroSign) {
        ++begin;
        trim();
    } else if (begin < end && text.at(end - 1) == EuroSign) {
        --end;
        trim();
    }
    takeMinus(); // "€ -5"
    if (begin == end)
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::Money", "The amount has no digits"));
    if (minusAt >= 0 && sign == Sign::NonNegative)
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::Money", "The amount cannot be negative"),
            minusAt);

    qsizetype commaAt = -1;
    for (qsizetype i = begin; i < end; ++i) {
        const QChar c = text.at(i);
        if (isAsciiDigit(c))
            continue;
        if (c == QLatin1Char(',')) {
            if (commaAt >= 0)
                return Result::failure(
                    QCoreApplication::translate("Sportello::Domain::Money",
                                                "An amount can have only one decimal comma "
                                                "(character %1 is a second comma)")
                        .arg(i + 1),
                    i);
            commaAt = i;
        } else if (c == QLatin1Char('.')) {
            if (commaAt >= 0) // "1,234.56": English style, ambiguous
                return Result::failure(dotError(i), i);
        } else if (c.isSpace()) {
            return Result::failure(QCoreApplication::translate("Sportello::Domain::Money",
                                                               "Character %1 is a space; write the amount "
                                                               "without spaces inside (e.g. 1.234,56)")
                                       .arg(i + 1),
                                   i);
        } else {
            return Result::failure(
                QCoreApplication::translate("Sportello::Domain::Money",
                                            "Character %1 (%2) is not allowed in an amount")
                    .arg(QString::number(i + 1), displayCharacter(text, i)),
                i);
        }
    }

    const qsizetype integerEnd = commaAt >= 0 ? commaAt : end;
    if (integerEnd == begin)
        return Result::failure(QCoreApplication::translate("Sportello::Domain::Money",
                                                           "Write the euros before the comma (e.g. 0,50)"),
                               commaAt);

    // Dots only as thousands separators: a first group of 1 to 3 digits not starting with 0, then
    // groups of exactly 3. Anything else ("12.50", "1.2345", "0.123") may be an English decimal point.
    qsizetype groupStart = begin;
    qsizetype lastDot = -1;
    for (qsizetype i = begin; i <= integerEnd; ++i) {
        if (i < integerEnd && text.at(i) != QLatin1Char('.'))
            continue;
        if (i == integerEnd && lastDot < 0)
            break; // no dots at all: any number of digits
        const qsizetype length = i - groupStart;
        const bool first = lastDot < 0;
        const bool good =
            first ? (length >= 1 && length <= 3 && text.at(begin) != QLatin1Char('0')) : length == 3;
        if (!good) {
            const qsizetype dot = first ? i : lastDot; // the dot closing or opening the bad group
            return Result::failure(dotError(dot), dot);
        }
        lastDot = i;
        groupStart = i + 1;
    }

    qint64 euros = 0;
    for (qsizetype i = begin; i < integerEnd; ++i) {
        if (text.at(i) == QLatin1Char('.'))
            continue;
        euros = euros * 10 + (text.at(i).unicode() - '0');
        if (euros > MaxEuros)
            return Result::failure(QCoreApplication::translate("Sportello::Domain::Money",
                                                               "The amount is too large: the maximum is %1")
                                       .arg(format(MaxCents)));
    }

    qint64 cents = 0;
    if (commaAt >= 0) {
        const qsizetype decimals = end - commaAt - 1;
        if (decimals == 0)
            return Result::failure(QCoreApplication::translate("Sportello::Domain::Money",
                                                               "Write one or two digits after the comma"),
                                   commaAt);
        if (decimals > 2)
            return Result::failure(QCoreApplication::translate("Sportello::Domain::Money",
                                                               "An amount can have at most 2 decimals"),
                                   commaAt + 3);
        cents = (text.at(commaAt + 1).unicode() - '0') * 10;
        if (decimals == 2)
            cents += text.at(commaAt + 2).unicode() - '0';
    }

    const qint64 total = euros * 100 + cents;
    return Result::success(minusAt >= 0 ? -total : total);
}

} // namespace Sportello::Domain::Money
