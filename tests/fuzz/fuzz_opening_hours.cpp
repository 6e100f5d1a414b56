// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: the opening hours' JSON form (stored and synced): openingHoursFromJson on any bytes,
// every accepted value valid and stable through toJson, and the clock queries consistent on a moment
// taken from the input.
#include "domain/openinghours.h"
#include "fuzzsupport.h"

#include <QJsonDocument>
#include <cstdint>

using namespace Sportello::Domain;
using Sportello::Fuzz::require;
using Sportello::Fuzz::requireConsistent;

namespace {

bool startsARange(const QList<TimeRange> &ranges, const QTime &time)
{
    for (const TimeRange &range : ranges) {
        if (range.open == time)
            return true;
    }
    return false;
}

void requireClockConsistent(const OpeningHours &hours, const QDateTime &moment)
{
    const QList<TimeRange> ranges = hoursOn(hours, moment.date());
    require(ranges.isEmpty() || closedReason(hours, moment.date()).isEmpty());

    const bool open = isOpenAt(hours, moment);
    const std::optional<QTime> closing = closesAt(hours, moment);
    require(open == closing.has_value());
    if (closing)
        require(*closing > moment.time());

    const std::optional<QDateTime> next = nextOpening(hours, moment);
    if (open) {
        require(next == moment);
        return;
    }
    if (!next)
        return;
    require(next->isValid() && *next > moment && next->timeSpec() == moment.timeSpec());
    require(moment.date().daysTo(next->date()) <= 366);
    require(isOpenAt(hours, *next));
    require(closedReason(hours, next->date()).isEmpty());
    require(startsARange(hoursOn(hours, next->date()), next->time()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    const auto parsed = openingHoursFromJson(document.object());
    requireConsistent(parsed, QString::fromUtf8(bytes));
    if (!parsed)
        return 0;

    const OpeningHours &hours = parsed.value();
    require(openingHoursProblem(hours).isEmpty());
    const QJsonObject json = toJson(hours);
    const auto again = openingHoursFromJson(json);
    require(again.ok() && again.value() == hours);
    require(toJson(again.value()) == json);

    // A moment from the input: around its closed days and patron day when it has them, else within
    // 2024–2043. UTC, so that no daylight-saving gap moves the wall clock.
    const size_t hash = qHash(bytes);
    QDate date = QDate(2024, 1, 1).addDays(qint64(hash % (20 * 366)));
    if (!hours.closedDays.isEmpty() && hash % 3 == 0)
        date = hours.closedDays.at(qsizetype((hash / 3) % size_t(hours.closedDays.size()))).addDays(-1);
    else if (hours.patron && hash % 3 == 1)
        date = QDate(2028, hours.patron->month, hours.patron->day);
    const int second = int((hash / 7) % (24 * 3600));
    const QTime time(second / 3600, second / 60 % 60, second % 60);
    requireClockConsistent(hours, QDateTime(date, time, Qt::UTC));
    // The edges of every range of that weekday.
    for (const TimeRange &range : hours.week.at(std::size_t(date.dayOfWeek() - 1))) {
        requireClockConsistent(hours, QDateTime(date, range.open, Qt::UTC));
        requireClockConsistent(hours, QDateTime(date, range.close, Qt::UTC));
        requireClockConsistent(hours, QDateTime(date, range.close.addSecs(-1), Qt::UTC));
    }
    return 0;
}
