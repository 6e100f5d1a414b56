// SPDX-License-Identifier: EUPL-1.2
#include "storage/changelog.h"

#include "domain/clock.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"

#include <QJsonDocument>

namespace Sportello::Storage {
namespace {
ChangeEntry::State stateFromName(const QString &name)
{
    if (name == QLatin1String("sent"))
        return ChangeEntry::State::Sent;
    if (name == QLatin1String("parked"))
        return ChangeEntry::State::Parked;
    return ChangeEntry::State::Pending;
}
} // namespace

ChangeLog::ChangeLog(const Database &database)
    : m_database(database)
{}

void ChangeLog::append(const QSqlDatabase &db, const WriteContext &context, const QString &entity,
                       const QString &recordId, ChangeEntry::Operation operation, const QJsonObject &payload)
{
    // The transaction this row is written in: the thread's current one, on the same connection.
    if (Transaction *transaction = Transaction::current();
        transaction && transaction->connection().connectionName() == db.connectionName())
        transaction->noteChange(entity);
    Sql::exec(db,
              QStringLiteral("INSERT INTO change_log (operation_id, entity, record_id, operation, payload, "
                             "created_at, branch_id, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              {QUuid::createUuid().toString(QUuid::WithoutBraces), entity, recordId,
               Sync::Protocol::operationName(operation),
               QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
               Timestamps::toStorage(Clock::nowUtc()), context.branchId, context.deviceId});
}

QString ChangeLog::entryColumns()
{
    return QStringLiteral(
        "seq, operation_id, entity, record_id, operation, payload, created_at, branch_id, device_id, state");
}

ChangeEntry ChangeLog::entryFrom(const QSqlQuery &query)
{
    ChangeEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.operationId = QUuid::fromString(query.value(1).toString());
    entry.entity = query.value(2).toString();
    entry.recordId = query.value(3).toString();
    entry.operation = Sync::Protocol::operationFromName(query.value(4).toString());
    entry.payload = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    entry.createdAt = Timestamps::fromStorage(query.value(6).toString());
    entry.branchId = query.value(7).toString();
    entry.deviceId = query.value(8).toString();
    entry.state = stateFromName(query.value(9).toString());
    return entry;
}

QList<ChangeEntry> ChangeLog::entries(qint64 afterSeq, int limit) const
{
    QSqlQuery query = Sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?").arg(entryColumns()),
        {afterSeq, limit});
    QList<ChangeEntry> result;
    while (query.next())
        result << entryFrom(query);
    return result;
}

int ChangeLog::pendingCount() const
{
    return Sql::scalar(m_database.connection(),
                       QStringLiteral("SELECT count(*) FROM change_log WHERE state = 'pending'"))
        .toInt();
}

} // namespace Sportello::Storage
