// SPDX-License-Identifier: EUPL-1.2
#include "domain/pagopa.h"

#include "domain/codicefiscale.h"

#include <QCoreApplication>
#include <QList>

namespace Sportello::Domain {

namespace {

using Detail::displayCharacter;
using Detail::isAsciiDigit;
using Detail::isAsciiLower;
using Detail::isAsciiUpper;

constexpr qsizetype NoticeLength = 18;
constexpr qsizetype CreditorReferenceMin = 5;
constexpr qsizetype CreditorReferenceMax = 25;
constexpr qsizetype IuvMax = 35;

// ISO 7064 mod 97-10 over the creditor reference moved to "<body>RF<check digits>", letters as 10..35.
int creditorReferenceRemainder(QStringView body, QStringView checkDigits)
{
    int remainder = 0;
    const auto feed = [&remainder](QChar c) {
        if (isAsciiDigit(c))
            remainder = (remainder * 10 + (c.unicode() - '0')) % 97;
        else
            remainder = (remainder * 100 + (c.unicode() - 'A' + 10)) % 97;
    };
    for (const QChar c : body)
        feed(c);
    feed(QLatin1Char('R'));
    feed(QLatin1Char('F'));
    for (const QChar c : checkDigits)
        feed(c);
    return remainder;
}

QString twoDigits(qint64 value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

// -1 when every character of the field is an ASCII digit, else the index of the first that is not.
qsizetype firstNonDigit(QStringView field)
{
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (!isAsciiDigit(field.at(i)))
            return i;
    }
    return -1;
}

} // namespace

QString NoticeNumber::formatted() const
{
    QString result;
    result.reserve(digits.size() + digits.size() / 4);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            result.append(QLatin1Char(' '));
        result.append(digits.at(i));
    }
    return result;
}

namespace PagoPa {

Parsed<NoticeNumber> parseNoticeNumber(QStringView text)
{
    using Result = Parsed<NoticeNumber>;
    if (text.isEmpty())
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::PagoPa", "The notice number is empty"));

    QString digits;
    digits.reserve(NoticeLength);
    qsizetype digitCount = 0;
    qsizetype firstExtraDigit = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isAsciiDigit(c)) {
            if (digitCount < NoticeLength)
                digits.append(c);
            else if (firstExtraDigit < 0)
                firstExtraDigit = i;
            ++digitCount;
            continue;
        }
        // The printed form groups the digits by 4; accept single spaces between digits, nothing else.
        if (c == QLatin1Char(' ')) {
            if (i > 0 && i + 1 < text.size() && isAsciiDigit(text.at(i - 1)) && isAsciiDigit(text.at(i + 1)))
                continue;
            return Result::failure(QCoreApplication::translate("Sportello::Domain::PagoPa",
                                                               "Character %1 is a space in the wrong place; "
                                                               "spaces may only separate groups of digits")
                                       .arg(i + 1),
                                   i);
        }
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::PagoPa",
                                        "Character %1 (%2) is not a digit; a notice number "
                                        "has 18 digits")
                .arg(QString::number(i + 1), displayCharacter(text, i)),
            i);
    }

    if (digitCount != NoticeLength)
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::PagoPa",
                                        "The notice number has %1 digits; it should have 18")
                .arg(digitCount),
            firstExtraDigit);

    NoticeNumber notice;
    notice.auxDigit = digits.at(0).unicode() - '0';
    if (notice.auxDigit > 3)
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::PagoPa",
                                        "The notice number starts with %1; it should start "
                                        "with 0, 1, 2 or 3")
                .arg(notice.auxDigit),
            0);

    switch (notice.auxDigit) {
    case 0:
        notice.applicationCode = digits.mid(1, 2);
        notice.iuv = digits.mid(3);
        break;
    case 3:
        notice.segregationCode = digits.mid(1, 2);
        notice.iuv = digits.mid(1);
        break;
    default:
        notice.iuv = digits.mid(1);
        break;
    }

    QStringList warnings;
    if (notice.auxDigit != 1) {
        // Check digits = (aux + application/segregation code + IUV base) mod 93: the first 16 digits.
        const qint64 expected = QStringView(digits).left(16).toLongLong() % 93;
        const qint64 given = QStringView(digits).mid(16).toLongLong();
        notice.checkDigitsValid = expected == given;
        if (!notice.checkDigitsValid)
            warnings.append(QCoreApplication::translate("Sportello::Domain::PagoPa",
                                                        "The check digits of the notice number should be %1, "
                                                        "not %2: compare it with the printed notice")
                                .arg(twoDigits(expected), twoDigits(given)));
    }
    notice.digits = std::move(digits);
    return Result::success(std::move(notice), std::move(warnings));
}

Parsed<QString> parseCreditorReference(QStringView text)
{
    using Result = Parsed<QString>;
    if (text.isEmpty())
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::PagoPa", "The creditor reference is empty"));

    // Compact form, and where each of its characters was typed (only as far as the maximum length + 1).
    QString compact;
    QList<qsizetype> where;
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(' ')) {
            if (i > 0 && i + 1 < text.size() && text.at(i - 1) != c && text.at(i + 1) != c)
                continue;
            return Result::failure(
                QCoreApplication::translate("Sportello::Domain::PagoPa",
                                            "Character %1 is a space in the wrong place; "
                                            "spaces may only separate groups of characters")
                    .arg(i + 1),
                i);
        }
        if (isAsciiLower(c))
            return Result::failure(QCoreApplication::translate("Sportello::Domain::PagoPa",
                                                               "Character %1 (%2) is lower case; a creditor "
                                                               "reference is written in capital letters")
                                       .arg(QString::number(i + 1), displayCharacter(text, i)),
                                   i);
        if (!isAsciiUpper(c) && !isAsciiDigit(c))
            return Result::failure(
                QCoreApplication::translate("Sportello::Domain::PagoPa",
                                            "Character %1 (%2) is not allowed in a creditor "
                                            "reference: only letters and digits")
                    .arg(QString::number(i + 1), displayCharacter(text, i)),
                i);
        if (count <= CreditorReferenceMax) {
            compact.append(c);
            where.append(i);
        }
        ++count;
    }

    for (qsizetype i = 0; i < 2 && i < count; ++i) {
        if (compact.at(i) != QLatin1Char("RF"[i]))
            return Result::failure(QCoreApplication::translate("Sportello::Domain::PagoPa",
                                                               "A creditor reference starts with RF"),
                                   where.at(i));
    }
    for (qsizetype i = 2; i < 4 && i < count; ++i) {
        if (!isAsciiDigit(compact.at(i)))
            return Result::failure(
                QCoreApplication::translate("Sportello::Domain::PagoPa",
                                            "Character %1 (%2) should be a digit: characters 3 "
                                            "and 4 of a creditor reference are its check digits")
                    .arg(QString::number(where.at(i) + 1), displayCharacter(text, where.at(i))),
                where.at(i));
    }
    if (count < CreditorReferenceMin || count > CreditorReferenceMax)
        return Result::failure(QCoreApplication::translate("Sportello::Domain::PagoPa",
                                                           "The creditor reference has %1 characters without "
                                                           "spaces; it should have 5 to 25")
                                   .arg(count),
                               count > CreditorReferenceMax ? where.at(CreditorReferenceMax) : -1);

    const QStringView body = QStringView(compact).mid(4);
    if (creditorReferenceRemainder(body, QStringView(compact).mid(2, 2)) != 1) {
        const int expected = 98 - creditorReferenceRemainder(body, u"00");
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::PagoPa",
                                        "The check digits of the creditor reference should "
                                        "be %1, not %2")
                .arg(twoDigits(expected), compact.mid(2, 2)),
            where.at(2));
    }
    return Result::success(compact);
}

Parsed<QString> parseIuv(QStringView text)
{
    using Result = Parsed<QString>;
    if (text.isEmpty())
        return Result::failure(QCoreApplication::translate("Sportello::Domain::PagoPa", "The IUV is empty"));

    // "RF" followed by its check digits is a creditor reference, whatever the case it was typed in (the
    // creditor reference parser then explains what is wrong); "RFABC" stays a free code.
    if (text.size() >= 3 && text.left(2).compare(QLatin1String("RF"), Qt::CaseInsensitive) == 0) {
        qsizetype next = 2;
        while (next < text.size() && text.at(next) == QLatin1Char(' '))
            ++next;
        if (next < text.size() && isAsciiDigit(text.at(next)))
            return parseCreditorReference(text);
    }

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            return Result::failure(
                QCoreApplication::translate("Sportello::Domain::PagoPa",
                                            "Character %1 is a space; an IUV has no spaces")
                    .arg(i + 1),
                i);
        if (!isAsciiUpper(c) && !isAsciiLower(c) && !isAsciiDigit(c))
            return Result::failure(
                QCoreApplication::translate("Sportello::Domain::PagoPa",
                                            "Character %1 (%2) is not allowed in an IUV: only "
                                            "letters and digits")
                    .arg(QString::number(i + 1), displayCharacter(text, i)),
                i);
    }
    if (text.size() > IuvMax)
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::PagoPa",
                                        "The IUV has %1 characters; it can have at most 35")
                .arg(text.size()),
            IuvMax);
    return Result::success(text.toString());
}

Parsed<QrPayload> parseQrPayload(QStringView text)
{
    using Result = Parsed<QrPayload>;
    if (text.isEmpty())
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::PagoPa", "The QR code is empty"));

    const QLatin1String prefix("PAGOPA|");
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (i >= text.size() || text.at(i) != prefix.at(i))
            return Result::failure(
                QCoreApplication::translate("Sportello::Domain::PagoPa",
                                            "This is not a pagoPA QR code: it should start "
                                            "with PAGOPA|"),
                i < text.size() ? i : -1);
    }

    // Where a field starts, as an error position: an empty last field starts past the end of the text.
    const auto at = [&text](qsizetype position) { return position < text.size() ? position : qsizetype(-1); };

    // Split the rest at '|', remembering where each field starts in the text.
    QList<QStringView> fields;
    QList<qsizetype> starts;
    qsizetype start = prefix.size();
    for (qsizetype i = start; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i) == QLatin1Char('|')) {
            if (fields.size() == 4)
                return Result::failure(
                    QCoreApplication::translate("Sportello::Domain::PagoPa",
                                                "The QR code has too many fields: it should "
                                                "end after the amount"),
                    start - 1);
            fields.append(text.mid(start, i - start));
            starts.append(start);
            start = i + 1;
        }
    }

    if (fields.at(0) != QLatin1String("002"))
        return Result::failure(QCoreApplication::translate("Sportello::Domain::PagoPa",
                                                           "This pagoPA QR code is not version 002, the only "
                                                           "one supported"),
                               at(starts.at(0)));
    if (fields.size() < 4)
        return Result::failure(QCoreApplication::translate(
            "Sportello::Domain::PagoPa", "The QR code is incomplete: it should hold the notice "
                                         "number, the creditor's fiscal code and the amount"));

    const QStringView notice = fields.at(1);
    const QStringView creditor = fields.at(2);
    const QStringView amount = fields.at(3);

    if (const qsizetype bad = firstNonDigit(notice); bad >= 0)
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::PagoPa",
                                        "Character %1 (%2) of the QR code is not a digit; "
                                        "the notice number has only digits")
                .arg(QString::number(starts.at(1) + bad + 1), displayCharacter(text, starts.at(1) + bad)),
            starts.at(1) + bad);
    if (notice.size() != NoticeLength)
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::PagoPa",
                                        "The notice number in the QR code has %1 digits; it "
                                        "should have 18")
                .arg(notice.size()),
            at(starts.at(1)));
    const Parsed<NoticeNumber> parsedNotice = parseNoticeNumber(notice);
    if (!parsedNotice)
        return Result::failure(parsedNotice.error(),
                               starts.at(1) + qMax<qsizetype>(parsedNotice.errorPosition(), 0));

    if (const qsizetype bad = firstNonDigit(creditor); bad >= 0)
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::PagoPa",
                                        "Character %1 (%2) of the QR code is not a digit; "
                                        "the creditor's fiscal code has only digits")
                .arg(QString::number(starts.at(2) + bad + 1), displayCharacter(text, starts.at(2) + bad)),
            starts.at(2) + bad);
    if (creditor.size() != 11)
        return Result::failure(QCoreApplication::translate("Sportello::Domain::PagoPa",
                                                           "The creditor's fiscal code in the QR code has %1 "
                                                           "digits; it should have 11")
                                   .arg(creditor.size()),
                               at(starts.at(2)));

    if (const qsizetype bad = firstNonDigit(amount); bad >= 0)
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::PagoPa",
                                        "Character %1 (%2) of the QR code is not a digit; "
                                        "the amount is written in cents, digits only")
                .arg(QString::number(starts.at(3) + bad + 1), displayCharacter(text, starts.at(3) + bad)),
            starts.at(3) + bad);
    if (amount.isEmpty() || amount.size() > 10)
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::PagoPa",
                                        "The amount in the QR code has %1 digits; it should "
                                        "have 1 to 10")
                .arg(amount.size()),
            at(starts.at(3)));

    QStringList warnings = parsedNotice.warnings();
    if (!CodiceFiscale::parseNumeric(creditor))
        warnings.append(QCoreApplication::translate("Sportello::Domain::PagoPa",
                                                    "The creditor's fiscal code %1 fails its check digit: "
                                                    "compare it with the printed notice")
                            .arg(creditor));

    QrPayload payload;
    payload.noticeNumber = notice.toString();
    payload.creditorFiscalCode = creditor.toString();
    payload.amountCents = amount.toLongLong(); // at most 10 digits: cannot overflow
    return Result::success(std::move(payload), std::move(warnings));
}

QString formatQrPayload(const QrPayload &payload)
{
    return QStringLiteral("PAGOPA|002|%1|%2|%3")
        .arg(payload.noticeNumber, payload.creditorFiscalCode, QString::number(payload.amountCents));
}

} // namespace PagoPa

} // namespace Sportello::Domain
