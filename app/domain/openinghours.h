// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "domain/parsed.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>
#include <array>
#include <optional>

namespace Sportello::Domain {

// Gregorian Easter Sunday (anonymous Gregorian / Meeus–Jones–Butcher algorithm). Years 1583..9999;
// an invalid QDate outside them.
QDate easterSunday(int year);

// The name of Italy's national holiday on `date` (translated), or an empty string. Sundays are not in
// this list: they are handled by the weekly hours. Saint Francis (4 October) only from 2026 on
// (Legge 4 ottobre 2025 n. 151).
QString nationalHoliday(const QDate &date);

// One opening interval within a day, open < close, minutes precision. An office open past midnight
// is not expressible: the day ends at 23:59.
struct TimeRange {
    QTime open;
    QTime close;
    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

// The comune's patron saint's day, every year.
struct PatronDay {
    int month = 0; // 1..12
    int day = 0;   // valid for that month in a leap year (29 February: then only in leap years)
    QString name;  // e.g. "San Petronio"; may be empty
    friend bool operator==(const PatronDay &, const PatronDay &) = default;
};

struct OpeningHours {
    std::array<QList<TimeRange>, 7> week; // index 0 = Monday … 6 = Sunday; ranges sorted, not overlapping
    std::optional<PatronDay> patron;
    QList<QDate> closedDays; // extra closures decided by the comune (sorted, unique)
    friend bool operator==(const OpeningHours &, const OpeningHours &) = default;
};

// The limits openingHoursProblem() and the JSON parser enforce.
inline constexpr int MaxRangesPerDay = 4;
inline constexpr int MaxClosedDays = 400;
inline constexpr int MaxOpeningHoursText = 100; // any string in the JSON form, and the patron's name
inline constexpr int FirstClosedDayYear = 1583; // the years easterSunday() knows
inline constexpr int LastClosedDayYear = 9999;

// A typical comune: Monday–Friday 08:30–12:30, Tuesday and Thursday also 15:00–17:30; no patron day.
OpeningHours defaultOpeningHours();

// Why the office is closed all day on `date` (translated, for a person): the national holiday's name,
// "Patron saint's day: <name>" (or without a name), or "Extraordinary closure" for an extra closure;
// empty when none of these applies (the weekday may still have no hours: see hoursOn).
QString closedReason(const OpeningHours &hours, const QDate &date);

// The ranges of `date`: empty on a closed day (closedReason not empty) or a weekday without hours.
QList<TimeRange> hoursOn(const OpeningHours &hours, const QDate &date);

// Open at this local date and time (open <= t < close of one range). Only the date and the time of
// localTime count: it is the wall clock of the office.
bool isOpenAt(const OpeningHours &hours, const QDateTime &localTime);

// When the range that contains localTime ends (nullopt when closed at that time).
std::optional<QTime> closesAt(const OpeningHours &hours, const QDateTime &localTime);

// The next moment the office opens at or after localTime: localTime itself when it is open then.
// Same time spec as localTime; nullopt if the office does not open on that day or the 366 after it.
std::optional<QDateTime> nextOpening(const OpeningHours &hours, const QDateTime &localTime);

// Empty when the rules hold (ranges valid whole minutes, sorted, non-overlapping, at most
// MaxRangesPerDay per day; patron day valid, its name short and visible; closed days valid, sorted,
// unique, at most MaxClosedDays), otherwise why not (translated).
QString openingHoursProblem(const OpeningHours &hours);

// The JSON form, stored and synced:
// {"week":[["08:30-12:30","15:00-17:30"],[],… 7 arrays],"patron":{"month":10,"day":4,"name":"…"} or null,
//  "closedDays":["2026-12-24",…]}. Times exactly "HH:mm-HH:mm", dates exactly "yyyy-MM-dd".
QJsonObject toJson(const OpeningHours &hours);

// Strict: the three keys are required and anything else is refused (wrong types, strings longer than
// MaxOpeningHoursText, bad times or dates, other than 7 days, unknown shapes) with a translated error;
// the result always satisfies openingHoursProblem().isEmpty(). Unknown extra keys are ignored (forward
// compatibility).
Parsed<OpeningHours> openingHoursFromJson(const QJsonObject &json);

} // namespace Sportello::Domain
