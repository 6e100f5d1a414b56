// SPDX-License-Identifier: EUPL-1.2
#include "storage/sql.h"

#include "domain/logcategories.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <atomic>

namespace Sportello::Storage::Sql {
namespace {
std::atomic<int> statementsBeforeFailure{0};

void maybeInjectFailure()
{
    int left = statementsBeforeFailure.load();
    while (left > 0) {
        if (statementsBeforeFailure.compare_exchange_weak(left, left - 1)) {
            if (left == 1)
                throw StorageError(
                    StorageError::Kind::Injected,
                    QCoreApplication::translate("Sportello::Storage", "Simulated database failure (test)."));
            return;
        }
    }
}

[[noreturn]] void fail(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    // For the log: Qt's own words, the database's error code and the statement as prepared. Not
    // the database's text, which on PostgreSQL may quote the bound values (a citizen's data).
    const QString detail = QStringLiteral("%1 (code %2) [%3]")
                               .arg(error.driverText(), error.nativeErrorCode(), query.lastQuery());
    qCWarning(lcStorage) << "statement failed:" << detail;
    // SQLite extended codes 19 / 2067 / 1555: constraint violations, reported apart so that
    // repositories can turn them into a precise message.
    const bool constraint = error.nativeErrorCode().toInt() % 256 == 19;
    throw StorageError(
        constraint ? StorageError::Kind::Constraint : StorageError::Kind::Sql,
        QCoreApplication::translate("Sportello::Storage", "The database could not save or read the data: %1")
            .arg(error.databaseText()),
        detail, error.nativeErrorCode());
}
} // namespace

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        fail(query);
    return query;
}

void exec(QSqlQuery &query)
{
    maybeInjectFailure();
    if (!query.exec())
        fail(query);
}

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query = prepare(db, sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    exec(query);
    return query;
}

QSqlQuery execList(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = prepare(db, sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    exec(query);
    return query;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query = exec(db, sql, values);
    return query.next() ? query.value(0) : QVariant();
}

QString placeholders(qsizetype count)
{
    QString text = QStringLiteral("?, ").repeated(count);
    text.chop(2);
    return text;
}

void failNthStatement(int n)
{
    statementsBeforeFailure.store(n);
}

QSet<QString> existingIds(const QSqlDatabase &db, const QString &table, const QStringList &ids)
{
    QSet<QString> found;
    for (qsizetype from = 0; from < ids.size(); from += inListChunk) {
        const QStringList slice = ids.mid(from, inListChunk);
        QSqlQuery q = execList(
            db, QStringLiteral("SELECT id FROM %1 WHERE id IN (%2)").arg(table, placeholders(slice.size())),
            QVariantList(slice.cbegin(), slice.cend()));
        while (q.next())
            found.insert(q.value(0).toString());
    }
    return found;
}

} // namespace Sportello::Storage::Sql
