// SPDX-License-Identifier: EUPL-1.2
#include "domain/codicefiscale.h"

#include "domain/clock.h"

#include <QCoreApplication>

namespace Sportello::Domain {

namespace {

using Detail::displayCharacter;
using Detail::isAsciiDigit;
using Detail::isAsciiLower;
using Detail::isAsciiUpper;

constexpr qsizetype PersonalLength = 16;
constexpr qsizetype NumericLength = 11;

// Digits 0..9 written as letters in an omocode.
constexpr char OmocodiaLetters[] = "LMNPQRSTUV";
// January..December.
constexpr char MonthLetters[] = "ABCDEHLMPRST";
// Value of a character in an odd (1-based) position for the check character; digit d and the d-th
// letter share a value.
constexpr int OddValues[26] = {1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                               20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

// What each of the 16 positions holds; the digit positions are the only ones omocodia may change.
enum class Slot { NameLetter, YearDigit, MonthLetter, DayDigit, PlaceLetter, PlaceDigit, CheckLetter };
constexpr Slot Layout[PersonalLength] = {
    Slot::NameLetter,  Slot::NameLetter, Slot::NameLetter, Slot::NameLetter,
    Slot::NameLetter,  Slot::NameLetter, Slot::YearDigit,  Slot::YearDigit,
    Slot::MonthLetter, Slot::DayDigit,   Slot::DayDigit,   Slot::PlaceLetter,
    Slot::PlaceDigit,  Slot::PlaceDigit, Slot::PlaceDigit, Slot::CheckLetter};

bool isDigitSlot(Slot slot)
{
    return slot == Slot::YearDigit || slot == Slot::DayDigit || slot == Slot::PlaceDigit;
}

// 0..9 for a digit or an omocodia letter, -1 otherwise.
int digitValue(QChar c)
{
    if (isAsciiDigit(c))
        return c.unicode() - '0';
    for (int digit = 0; digit < 10; ++digit) {
        if (c == QLatin1Char(OmocodiaLetters[digit]))
            return digit;
    }
    return -1;
}

int monthNumber(QChar c)
{
    for (int month = 0; month < 12; ++month) {
        if (c == QLatin1Char(MonthLetters[month]))
            return month + 1;
    }
    return 0;
}

// Over the first 15 characters, which must be ASCII upper-case letters or digits.
QChar checkCharacter(QStringView code)
{
    int sum = 0;
    for (qsizetype i = 0; i < PersonalLength - 1; ++i) {
        const QChar c = code.at(i);
        const int index = isAsciiDigit(c) ? c.unicode() - '0' : c.unicode() - 'A';
        sum += (i % 2 == 0) ? OddValues[index] : index;
    }
    return QLatin1Char(char('A' + sum % 26));
}

int luhnCheckDigit(QStringView firstTen)
{
    int sum = 0;
    for (qsizetype i = 0; i < 10; ++i) {
        int digit = firstTen.at(i).unicode() - '0';
        if (i % 2 == 1) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
    }
    return (10 - sum % 10) % 10;
}

QString wrongSlotMessage(Slot slot, qsizetype position, const QString &shown)
{
    const QString human = QString::number(position + 1);
    switch (slot) {
    case Slot::NameLetter:
        return QCoreApplication::translate(
                   "Sportello::Domain::CodiceFiscale",
                   "Character %1 (%2) should be a letter: characters 1 to 6 come from the surname and name")
            .arg(human, shown);
    case Slot::YearDigit:
        return QCoreApplication::translate("Sportello::Domain::CodiceFiscale",
                                           "Character %1 (%2) should be a digit of the year of birth")
            .arg(human, shown);
    case Slot::MonthLetter:
        return QCoreApplication::translate("Sportello::Domain::CodiceFiscale",
                                           "Character %1 (%2) is not a valid month letter")
            .arg(human, shown);
    case Slot::DayDigit:
        return QCoreApplication::translate("Sportello::Domain::CodiceFiscale",
                                           "Character %1 (%2) should be a digit of the day of birth")
            .arg(human, shown);
    case Slot::PlaceLetter:
        return QCoreApplication::translate(
                   "Sportello::Domain::CodiceFiscale",
                   "Character %1 (%2) should be the letter of the place of birth code")
            .arg(human, shown);
    case Slot::PlaceDigit:
        return QCoreApplication::translate("Sportello::Domain::CodiceFiscale",
                                           "Character %1 (%2) should be a digit of the place of birth code")
            .arg(human, shown);
    case Slot::CheckLetter:
        return QCoreApplication::translate("Sportello::Domain::CodiceFiscale",
                                           "Character %1 (%2) should be the check letter")
            .arg(human, shown);
    }
    return {};
}

bool fitsSlot(Slot slot, QChar c)
{
    if (isDigitSlot(slot))
        return digitValue(c) >= 0;
    if (slot == Slot::MonthLetter)
        return monthNumber(c) > 0;
    return isAsciiUpper(c);
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

namespace CodiceFiscale {

QChar checkCharacterFor(QStringView firstFifteen)
{
    Q_ASSERT(firstFifteen.size() >= PersonalLength - 1);
    return checkCharacter(firstFifteen);
}

QString normalizedInput(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        // Spaces anywhere, and the invisible characters copy-paste brings along (zero-width space, BOM).
        if (c.isSpace() || c.category() == QChar::Other_Format)
            continue;
        result.append(c.toUpper());
    }
    return result;
}

Parsed<PersonalFiscalCode> parsePersonal(QStringView text, QDate today)
{
    using Result = Parsed<PersonalFiscalCode>;
    if (text.isEmpty())
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::CodiceFiscale", "The codice fiscale is empty"));

    // Character classes first: a stray space or lower-case letter is the likeliest mistake, and its
    // position is more useful than a length count.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            return Result::failure(QCoreApplication::translate("Sportello::Domain::CodiceFiscale",
                                                               "Character %1 is a space; a codice fiscale "
                                                               "has no spaces")
                                       .arg(i + 1),
                                   i);
        if (isAsciiLower(c))
            return Result::failure(QCoreApplication::translate("Sportello::Domain::CodiceFiscale",
                                                               "Character %1 (%2) is lower case; a codice "
                                                               "fiscale is written in capital letters")
                                       .arg(QString::number(i + 1), displayCharacter(text, i)),
                                   i);
        if (!isAsciiUpper(c) && !isAsciiDigit(c))
            return Result::failure(
                QCoreApplication::translate("Sportello::Domain::CodiceFiscale",
                                            "Character %1 (%2) is not allowed in a codice fiscale")
                    .arg(QString::number(i + 1), displayCharacter(text, i)),
                i);
    }

    if (text.size() != PersonalLength)
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::CodiceFiscale",
                                        "The code has %1 characters; a codice fiscale has 16")
                .arg(text.size()),
            text.size() > PersonalLength ? PersonalLength : -1);

    for (qsizetype i = 0; i < PersonalLength; ++i) {
        if (!fitsSlot(Layout[i], text.at(i)))
            return Result::failure(wrongSlotMessage(Layout[i], i, displayCharacter(text, i)), i);
    }

    // Omocodia letters back to digits: everything below works on the canonical digits.
    QString canonical = text.toString();
    bool omocode = false;
    for (qsizetype i = 0; i < PersonalLength; ++i) {
        if (isDigitSlot(Layout[i]) && !isAsciiDigit(canonical.at(i))) {
            canonical[i] = QLatin1Char(char('0' + digitValue(canonical.at(i))));
            omocode = true;
        }
    }
    const auto number = [&canonical](qsizetype position) {
        return (canonical.at(position).unicode() - '0') * 10 + (canonical.at(position + 1).unicode() - '0');
    };

    const int dayCode = number(9);
    if (dayCode < 1 || (dayCode > 31 && dayCode < 41) || dayCode > 71)
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::CodiceFiscale",
                                        "The day of birth (characters 10 and 11: %1) must be "
                                        "between 01 and 31 for men or 41 and 71 for women")
                .arg(text.mid(9, 2)),
            9);
    const Sex sex = dayCode > 40 ? Sex::Female : Sex::Male;
    const int day = dayCode > 40 ? dayCode - 40 : dayCode;
    const int month = monthNumber(canonical.at(8));

    // The century is not encoded: take the latest one that does not put the birth after today.
    if (!today.isValid())
        today = Clock::today();
    int year = today.year() - today.year() % 100 + number(6);
    if (year > today.year() ||
        (year == today.year() && (month > today.month() || (month == today.month() && day > today.day()))))
        year -= 100;
    const QDate birthDate(year, month, day);
    if (!birthDate.isValid())
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::CodiceFiscale",
                                        "The birth date is impossible: %1")
                .arg(QStringLiteral("%1/%2/%3").arg(twoDigits(day), twoDigits(month), QString::number(year))),
            9);

    const QChar expected = checkCharacter(text);
    if (text.at(15) != expected)
        return Result::failure(QCoreApplication::translate("Sportello::Domain::CodiceFiscale",
                                                           "The check character should be %1, not %2")
                                   .arg(QString(expected), QString(text.at(15))),
                               15);

    canonical[15] = checkCharacter(canonical);

    PersonalFiscalCode result;
    result.code = text.toString();
    result.placeCode = canonical.mid(11, 4);
    result.canonical = std::move(canonical);
    result.sex = sex;
    result.birthDate = birthDate;
    result.omocode = omocode;
    return Result::success(std::move(result));
}

Parsed<QString> parseNumeric(QStringView text)
{
    using Result = Parsed<QString>;
    if (text.isEmpty())
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::CodiceFiscale", "The code is empty"));

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            return Result::failure(
                QCoreApplication::translate("Sportello::Domain::CodiceFiscale",
                                            "Character %1 is a space; the code has no spaces")
                    .arg(i + 1),
                i);
        if (!isAsciiDigit(c))
            return Result::failure(QCoreApplication::translate("Sportello::Domain::CodiceFiscale",
                                                               "Character %1 (%2) is not a digit; this code "
                                                               "has only digits")
                                       .arg(QString::number(i + 1), displayCharacter(text, i)),
                                   i);
    }

    if (text.size() != NumericLength)
        return Result::failure(
            QCoreApplication::translate("Sportello::Domain::CodiceFiscale",
                                        "The code has %1 digits; a numeric codice fiscale or "
                                        "partita IVA has 11")
                .arg(text.size()),
            text.size() > NumericLength ? NumericLength : -1);

    const int expected = luhnCheckDigit(text);
    const int given = text.at(10).unicode() - '0';
    if (given != expected)
        return Result::failure(QCoreApplication::translate("Sportello::Domain::CodiceFiscale",
                                                           "The check digit should be %1, not %2")
                                   .arg(expected)
                                   .arg(given),
                               10);
    return Result::success(text.toString());
}

Parsed<QString> parseAnyForCitizen(QStringView text, QDate today)
{
    // A personal code always starts with a letter, a provisional one with a digit.
    if (!text.isEmpty() && isAsciiDigit(text.front()))
        return parseNumeric(text);

    const Parsed<PersonalFiscalCode> personal = parsePersonal(text, today);
    if (!personal)
        return Parsed<QString>::failure(personal.error(), personal.errorPosition());
    return Parsed<QString>::success(personal.value().canonical, personal.warnings());
}

} // namespace CodiceFiscale

} // namespace Sportello::Domain
