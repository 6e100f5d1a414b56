// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QDate>
#include <QDateTime>
#include <QString>

// Stored form of times and dates: UTC ISO 8601 with milliseconds ("2026-11-22T08:30:00.123Z"),
// dates as "yyyy-MM-dd". Shown in local time by the UI.
namespace Sportello::Storage::Timestamps {

inline QString toStorage(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromStorage(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

// For a nullable column: an invalid time is NULL, and NULL reads back as an invalid time.
inline QVariant optionalToStorage(const QDateTime &time)
{
    return time.isValid() ? QVariant(toStorage(time)) : QVariant(QMetaType(QMetaType::QString));
}

inline QDateTime optionalFromStorage(const QVariant &value)
{
    return value.isNull() ? QDateTime() : fromStorage(value.toString());
}

inline QVariant dateToStorage(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

inline QDate dateFromStorage(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace Sportello::Storage::Timestamps
