// SPDX-License-Identifier: EUPL-1.2
#include "domain/openinghours.h"

#include "domain/text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <cmath>

namespace Sportello::Domain {
namespace {

// Carries the translation context; lupdate reads it from the macro.
class OpeningHoursText {
    Q_DECLARE_TR_FUNCTIONS(Sportello::Domain::OpeningHours)
};

// Any year: a leap year, so that 29 February is a patron day that exists.
constexpr int LeapYear = 2000;

QString dayName(int index)
{
    switch (index) {
    case 0:
        return OpeningHoursText::tr("Monday");
    case 1:
        return OpeningHoursText::tr("Tuesday");
    case 2:
        return OpeningHoursText::tr("Wednesday");
    case 3:
        return OpeningHoursText::tr("Thursday");
    case 4:
        return OpeningHoursText::tr("Friday");
    case 5:
        return OpeningHoursText::tr("Saturday");
    default:
        return OpeningHoursText::tr("Sunday");
    }
}

QString dateText(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString timeText(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QString rangeText(const TimeRange &range)
{
    return timeText(range.open) + QLatin1Char('-') + timeText(range.close);
}

bool wholeMinutes(const QTime &time)
{
    return time.second() == 0 && time.msec() == 0;
}

QString tooManyRanges(int day)
{
    return OpeningHoursText::tr("%1: more than %2 opening ranges").arg(dayName(day)).arg(MaxRangesPerDay);
}

QString tooManyClosedDays()
{
    return OpeningHoursText::tr("More than %1 extra closed days").arg(MaxClosedDays);
}

QString nameTooLong()
{
    return OpeningHoursText::tr("The patron saint's name is longer than %1 characters")
        .arg(MaxOpeningHoursText);
}

QString dayProblem(int index, const QList<TimeRange> &ranges)
{
    if (ranges.size() > MaxRangesPerDay)
        return tooManyRanges(index);
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const TimeRange &range = ranges.at(i);
        if (!range.open.isValid() || !range.close.isValid())
            return OpeningHoursText::tr("%1: an opening range has an invalid time").arg(dayName(index));
        if (!wholeMinutes(range.open) || !wholeMinutes(range.close))
            return OpeningHoursText::tr("%1: opening times must be whole minutes").arg(dayName(index));
        if (range.open >= range.close)
            return OpeningHoursText::tr("%1: the range %2 does not end after it starts")
                .arg(dayName(index), rangeText(range));
        if (i == 0)
            continue;
        const TimeRange &previous = ranges.at(i - 1);
        if (range.open < previous.open)
            return OpeningHoursText::tr("%1: the ranges must be in order of time (%2 is listed after %3)")
                .arg(dayName(index), rangeText(range), rangeText(previous));
        if (range.open < previous.close) // touching ranges (12:30-…, …-12:30) are allowed
            return OpeningHoursText::tr("%1: the ranges %2 and %3 overlap")
                .arg(dayName(index), rangeText(previous), rangeText(range));
    }
    return {};
}

QString patronProblem(const PatronDay &patron)
{
    if (!QDate::isValid(LeapYear, patron.month, patron.day))
        return OpeningHoursText::tr("The patron saint's day (day %1, month %2) does not exist")
            .arg(patron.day)
            .arg(patron.month);
    if (patron.name.size() > MaxOpeningHoursText)
        return nameTooLong();
    if (hasInvisibleCharacters(patron.name))
        return OpeningHoursText::tr(
            "The patron saint's name contains invisible characters (control or formatting characters)");
    return {};
}

QString closedDaysProblem(const QList<QDate> &days)
{
    if (days.size() > MaxClosedDays)
        return tooManyClosedDays();
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QDate &day = days.at(i);
        if (!day.isValid())
            return OpeningHoursText::tr("An extra closed day is not a valid date");
        if (day.year() < FirstClosedDayYear || day.year() > LastClosedDayYear)
            return OpeningHoursText::tr("The extra closed day %1 is outside the years %2 to %3")
                .arg(dateText(day))
                .arg(FirstClosedDayYear)
                .arg(LastClosedDayYear);
        if (i > 0 && days.at(i - 1) >= day)
            return OpeningHoursText::tr(
                       "The extra closed days must be in order, without repetitions (%1 is listed after %2)")
                .arg(dateText(day), dateText(days.at(i - 1)));
    }
    return {};
}

// "HH:mm-HH:mm" exactly: two digits each, nothing around it.
std::optional<TimeRange> parseRangeText(const QString &text, bool *wellFormed)
{
    *wellFormed = false;
    if (text.size() != 11 || text.at(2) != u':' || text.at(5) != u'-' || text.at(8) != u':')
        return std::nullopt;
    int numbers[4] = {};
    const int starts[4] = {0, 3, 6, 9};
    for (int n = 0; n < 4; ++n) {
        const QChar tens = text.at(starts[n]);
        const QChar units = text.at(starts[n] + 1);
        if (!Detail::isAsciiDigit(tens) || !Detail::isAsciiDigit(units))
            return std::nullopt;
        numbers[n] = (tens.unicode() - '0') * 10 + (units.unicode() - '0');
    }
    *wellFormed = true;
    if (numbers[0] > 23 || numbers[1] > 59 || numbers[2] > 23 || numbers[3] > 59)
        return std::nullopt;
    return TimeRange{QTime(numbers[0], numbers[1]), QTime(numbers[2], numbers[3])};
}

// "yyyy-MM-dd" exactly; an invalid QDate when it is written right but does not exist ("2026-02-30").
std::optional<QDate> parseDateText(const QString &text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return std::nullopt;
    int numbers[3] = {};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int n = 0; n < 3; ++n) {
        for (int i = starts[n]; i < starts[n] + lengths[n]; ++i) {
            if (!Detail::isAsciiDigit(text.at(i)))
                return std::nullopt;
            numbers[n] = numbers[n] * 10 + (text.at(i).unicode() - '0');
        }
    }
    return QDate(numbers[0], numbers[1], numbers[2]);
}

// A JSON number that is a whole number small enough for an int (QJsonValue has only doubles).
std::optional<int> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > 100000)
        return std::nullopt;
    return int(number);
}

using Result = Parsed<OpeningHours>;

std::optional<QString> parseWeek(const QJsonValue &value, OpeningHours &hours)
{
    if (!value.isArray() || value.toArray().size() != 7)
        return OpeningHoursText::tr("\"week\" must be a list of 7 days, Monday to Sunday");
    const QJsonArray week = value.toArray();
    for (int day = 0; day < 7; ++day) {
        if (!week.at(day).isArray())
            return OpeningHoursText::tr("%1: the opening ranges are not a list").arg(dayName(day));
        const QJsonArray ranges = week.at(day).toArray();
        if (ranges.size() > MaxRangesPerDay)
            return tooManyRanges(day);
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            const QJsonValue item = ranges.at(i);
            if (!item.isString())
                return OpeningHoursText::tr("%1: opening range %2 is not text").arg(dayName(day)).arg(i + 1);
            const QString text = item.toString();
            if (text.size() > MaxOpeningHoursText)
                return OpeningHoursText::tr("%1: opening range %2 is longer than %3 characters")
                    .arg(dayName(day))
                    .arg(i + 1)
                    .arg(MaxOpeningHoursText);
            bool wellFormed = false;
            const auto range = parseRangeText(text, &wellFormed);
            if (!wellFormed)
                return OpeningHoursText::tr(
                           "%1: opening range %2 is not written HH:mm-HH:mm (for example 08:30-12:30)")
                    .arg(dayName(day))
                    .arg(i + 1);
            if (!range)
                return OpeningHoursText::tr("%1: opening range %2 has an hour above 23 or minutes above 59")
                    .arg(dayName(day))
                    .arg(i + 1);
            hours.week[day].append(*range);
        }
        const QString problem = dayProblem(day, hours.week[day]);
        if (!problem.isEmpty())
            return problem;
    }
    return std::nullopt;
}

std::optional<QString> parsePatron(const QJsonValue &value, OpeningHours &hours)
{
    if (value.isNull())
        return std::nullopt;
    if (!value.isObject())
        return OpeningHoursText::tr("\"patron\" must be null or an object with month, day and name");
    const QJsonObject object = value.toObject();
    const auto month = wholeNumber(object.value(QLatin1String("month")));
    const auto day = wholeNumber(object.value(QLatin1String("day")));
    if (!month || !day)
        return OpeningHoursText::tr("The patron saint's day needs whole numbers for \"month\" and \"day\"");
    const QJsonValue name = object.value(QLatin1String("name"));
    if (!name.isString())
        return OpeningHoursText::tr("The patron saint's name is missing or is not text");
    const PatronDay patron{*month, *day, name.toString()};
    const QString problem = patronProblem(patron);
    if (!problem.isEmpty())
        return problem;
    hours.patron = patron;
    return std::nullopt;
}

std::optional<QString> parseClosedDays(const QJsonValue &value, OpeningHours &hours)
{
    if (!value.isArray())
        return OpeningHoursText::tr("\"closedDays\" must be a list of dates");
    const QJsonArray days = value.toArray();
    if (days.size() > MaxClosedDays)
        return tooManyClosedDays();
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QJsonValue item = days.at(i);
        if (!item.isString())
            return OpeningHoursText::tr("Extra closed day %1 is not text").arg(i + 1);
        const QString text = item.toString();
        if (text.size() > MaxOpeningHoursText)
            return OpeningHoursText::tr("Extra closed day %1 is longer than %2 characters")
                .arg(i + 1)
                .arg(MaxOpeningHoursText);
        const auto date = parseDateText(text);
        if (!date)
            return OpeningHoursText::tr(
                       "Extra closed day %1 is not a date written yyyy-MM-dd (for example 2026-12-24)")
                .arg(i + 1);
        if (!date->isValid())
            return OpeningHoursText::tr("Extra closed day %1 is not an existing date").arg(i + 1);
        hours.closedDays.append(*date);
    }
    const QString problem = closedDaysProblem(hours.closedDays);
    if (!problem.isEmpty())
        return problem;
    return std::nullopt;
}

QList<TimeRange> hoursOfWeekday(const OpeningHours &hours, const QDate &date)
{
    return hours.week.at(std::size_t(date.dayOfWeek() - 1));
}

// The same clock (time spec, zone) as `like`, at another date and time.
QDateTime sameClock(const QDateTime &like, const QDate &date, const QTime &time)
{
    QDateTime result = like;
    result.setDate(date);
    result.setTime(time);
    return result;
}

} // namespace

QDate easterSunday(int year)
{
    if (year < 1583 || year > 9999)
        return {};
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

namespace {

QString fixedHoliday(const QDate &date)
{
    switch (date.month() * 100 + date.day()) {
    case 101:
        return OpeningHoursText::tr("New Year's Day");
    case 106:
        return OpeningHoursText::tr("Epiphany");
    case 425:
        return OpeningHoursText::tr("Liberation Day");
    case 501:
        return OpeningHoursText::tr("Labour Day");
    case 602:
        return OpeningHoursText::tr("Republic Day");
    case 815:
        return OpeningHoursText::tr("Assumption of Mary (Ferragosto)");
    case 1004:
        // Legge 4 ottobre 2025 n. 151: a national holiday again from 2026.
        if (date.year() >= 2026)
            return OpeningHoursText::tr("Saint Francis of Assisi");
        break;
    case 1101:
        return OpeningHoursText::tr("All Saints' Day");
    case 1208:
        return OpeningHoursText::tr("Immaculate Conception");
    case 1225:
        return OpeningHoursText::tr("Christmas Day");
    case 1226:
        return OpeningHoursText::tr("Saint Stephen's Day");
    default:
        break;
    }
    return {};
}

QString easterHoliday(const QDate &date)
{
    const QDate easter = easterSunday(date.year());
    if (!easter.isValid())
        return {};
    if (date == easter)
        return OpeningHoursText::tr("Easter Sunday");
    if (date == easter.addDays(1))
        return OpeningHoursText::tr("Easter Monday");
    return {};
}

} // namespace

QString nationalHoliday(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QString fixed = fixedHoliday(date);
    const QString easter = easterHoliday(date);
    // Easter falls on 25 April now and then (Easter Monday in 2011, Easter Sunday in 2038): say both.
    if (!fixed.isEmpty() && !easter.isEmpty())
        return OpeningHoursText::tr("%1 and %2").arg(easter, fixed);
    return easter.isEmpty() ? fixed : easter;
}

OpeningHours defaultOpeningHours()
{
    const TimeRange morning{QTime(8, 30), QTime(12, 30)};
    const TimeRange afternoon{QTime(15, 0), QTime(17, 30)};
    OpeningHours hours;
    hours.week = {
        QList<TimeRange>{morning}, {morning, afternoon}, {morning}, {morning, afternoon}, {morning}, {}, {}};
    return hours;
}

QString closedReason(const OpeningHours &hours, const QDate &date)
{
    if (!date.isValid())
        return {};
    const QString holiday = nationalHoliday(date);
    if (!holiday.isEmpty())
        return holiday;
    if (hours.patron && hours.patron->month == date.month() && hours.patron->day == date.day()) {
        const QString name = hours.patron->name.trimmed();
        return name.isEmpty() ? OpeningHoursText::tr("Patron saint's day")
                              : OpeningHoursText::tr("Patron saint's day: %1").arg(name);
    }
    if (hours.closedDays.contains(date))
        return OpeningHoursText::tr("Extraordinary closure");
    return {};
}

QList<TimeRange> hoursOn(const OpeningHours &hours, const QDate &date)
{
    if (!date.isValid() || !closedReason(hours, date).isEmpty())
        return {};
    return hoursOfWeekday(hours, date);
}

bool isOpenAt(const OpeningHours &hours, const QDateTime &localTime)
{
    return closesAt(hours, localTime).has_value();
}

std::optional<QTime> closesAt(const OpeningHours &hours, const QDateTime &localTime)
{
    if (!localTime.isValid())
        return std::nullopt;
    const QTime now = localTime.time();
    for (const TimeRange &range : hoursOn(hours, localTime.date())) {
        if (range.open <= now && now < range.close)
            return range.close;
    }
    return std::nullopt;
}

std::optional<QDateTime> nextOpening(const OpeningHours &hours, const QDateTime &localTime)
{
    if (!localTime.isValid())
        return std::nullopt;
    const QDate today = localTime.date();
    const QTime now = localTime.time();
    for (int offset = 0; offset <= 366; ++offset) {
        const QDate date = today.addDays(offset);
        if (!date.isValid())
            return std::nullopt;
        for (const TimeRange &range : hoursOn(hours, date)) {
            if (offset > 0 || now <= range.open)
                return sameClock(localTime, date, range.open);
            if (now < range.close)
                return localTime; // open right now
        }
    }
    return std::nullopt;
}

QString openingHoursProblem(const OpeningHours &hours)
{
    for (int day = 0; day < 7; ++day) {
        const QString problem = dayProblem(day, hours.week.at(std::size_t(day)));
        if (!problem.isEmpty())
            return problem;
    }
    if (hours.patron) {
        const QString problem = patronProblem(*hours.patron);
        if (!problem.isEmpty())
            return problem;
    }
    return closedDaysProblem(hours.closedDays);
}

QJsonObject toJson(const OpeningHours &hours)
{
    QJsonArray week;
    for (const QList<TimeRange> &ranges : hours.week) {
        QJsonArray day;
        for (const TimeRange &range : ranges)
            day.append(rangeText(range));
        week.append(day);
    }
    QJsonValue patron(QJsonValue::Null);
    if (hours.patron)
        patron = QJsonObject{{QStringLiteral("month"), hours.patron->month},
                             {QStringLiteral("day"), hours.patron->day},
                             {QStringLiteral("name"), hours.patron->name}};
    QJsonArray closedDays;
    for (const QDate &date : hours.closedDays)
        closedDays.append(date.toString(QStringLiteral("yyyy-MM-dd")));
    return {{QStringLiteral("week"), week},
            {QStringLiteral("patron"), patron},
            {QStringLiteral("closedDays"), closedDays}};
}

Parsed<OpeningHours> openingHoursFromJson(const QJsonObject &json)
{
    for (const char *key : {"week", "patron", "closedDays"}) {
        if (!json.contains(QLatin1String(key)))
            return Result::failure(
                OpeningHoursText::tr("The opening hours lack \"%1\"").arg(QLatin1String(key)));
    }
    OpeningHours hours;
    if (const auto error = parseWeek(json.value(QLatin1String("week")), hours))
        return Result::failure(*error);
    if (const auto error = parsePatron(json.value(QLatin1String("patron")), hours))
        return Result::failure(*error);
    if (const auto error = parseClosedDays(json.value(QLatin1String("closedDays")), hours))
        return Result::failure(*error);
    // Every rule was checked on the way; this keeps the promise should the rules and the parser drift.
    const QString problem = openingHoursProblem(hours);
    if (!problem.isEmpty())
        return Result::failure(problem);
    return Result::success(std::move(hours));
}

} // namespace Sportello::Domain
