// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "security/permissions.h"
#include "sync/protocol.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <optional>

namespace Sportello::Storage {

class Database;

// Who writes: every change-log entry records the branch and the PC it was made on; guarded calls
// and the audit log also need the person signed in (none for the sync engine's own writes).
struct WriteContext {
    QString branchId;
    QString deviceId;
    std::optional<Security::Actor> actor = std::nullopt;
    QString deviceName = {};
};

struct ChangeEntry {
    // The protocol's operations, nothing else: what is queued here is what is pushed.
    using Operation = Sync::Protocol::Operation;
    enum class State { Pending, Sent, Parked };
    qint64 seq = 0;
    QUuid operationId;
    QString entity;
    QString recordId;
    // nullopt: the row names no operation this version knows (never pushed: the engine parks it).
    std::optional<Operation> operation;
    QJsonObject payload;
    QDateTime createdAt;
    QString branchId;
    QString deviceId;
    State state = State::Pending;
};

// The outbox (docs/sync-protocol.md). Repositories call append() inside the transaction that writes the row,
// so the row and its entry land together or not at all.
class ChangeLog {
public:
    explicit ChangeLog(const Database &database);

    static void append(const QSqlDatabase &db, const WriteContext &context, const QString &entity,
                       const QString &recordId, ChangeEntry::Operation operation, const QJsonObject &payload);

    QList<ChangeEntry> entries(qint64 afterSeq = 0, int limit = 1000) const;
    int pendingCount() const;

    // The columns of an entry, in the order entryFrom() reads them from a query's first values;
    // for other stores that select entries with more columns after these.
    static QString entryColumns();
    static ChangeEntry entryFrom(const QSqlQuery &query);

private:
    const Database &m_database;
};

} // namespace Sportello::Storage
