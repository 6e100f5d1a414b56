// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>

namespace Sportello::Storage::Sql {

// Every statement of the storage layer runs through here: values only as bound parameters,
// failures turned into StorageError, and one place where tests can make the N-th statement fail.
QSqlQuery prepare(const QSqlDatabase &db, const QString &sql);
void exec(QSqlQuery &query);
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
QVariant scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
// The same with a list of values of any length (IN lists, multi-row inserts).
QSqlQuery execList(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
// "?, ?, ?": `count` placeholders for an IN (...) list. Callers cut their lists into chunks of
// `inListChunk`, well below SQLite's limit on bound parameters (32,766 since 3.32, 999 before).
QString placeholders(qsizetype count);
inline constexpr qsizetype inListChunk = 500;
// An empty text for a NOT NULL column: a null QString would be bound as NULL.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Which of `ids` are in `table`'s `id` column, a chunk per statement. `table` is the code's own.
QSet<QString> existingIds(const QSqlDatabase &db, const QString &table, const QStringList &ids);

// Test hook (the Nextcloud "autotestFailCounter" idea): the n-th statement from now fails with
// StorageError::Kind::Injected; 0 disables. Counts statements of every thread.
void failNthStatement(int n);

} // namespace Sportello::Storage::Sql
