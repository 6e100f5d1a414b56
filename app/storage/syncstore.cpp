// SPDX-License-Identifier: EUPL-1.2
#include "storage/syncstore.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace Sportello::Storage {
namespace {
QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QDateTime time(const QVariant &value)
{
    return Timestamps::optionalFromStorage(value);
}

// The outbox entry, then what the server said when it refused it (read at 10, 11, 12).
const QString entryColumns =
    ChangeLog::entryColumns() + QStringLiteral(", state_reason, state_message, state_at");

const QString conflictColumns = QStringLiteral(
    "id, entity, record_id, reason, losing_version, losing_payload, winning_version, winning_payload, "
    "detected_at, reviewed_at");

SyncConflict conflictFrom(const QSqlQuery &q)
{
    SyncConflict c;
    c.id = q.value(0).toLongLong();
    c.entity = q.value(1).toString();
    c.recordId = q.value(2).toString();
    c.reason = q.value(3).toString();
    c.losingVersion = q.value(4).toInt();
    c.losingPayload = object(q.value(5));
    c.winningVersion = q.value(6).toInt();
    c.winningPayload = q.value(7).isNull() ? QJsonObject() : object(q.value(7));
    c.detectedAt = time(q.value(8));
    c.reviewedAt = time(q.value(9));
    return c;
}
} // namespace

SyncStore::SyncStore(const Database &database)
    : m_database(database)
{}

SyncIdentity SyncStore::identity() const
{
    QSqlQuery q = Sql::exec(m_database.connection(),
                            QStringLiteral("SELECT server_url, device_id, tenant_id, branch_id, enrolled_at, "
                                           "pull_cursor, last_success_at, ca_certificates FROM sync_state"));
    SyncIdentity identity;
    if (!q.next())
        return identity;
    identity.serverUrl = q.value(0).toString();
    identity.deviceId = q.value(1).toString();
    identity.tenantId = q.value(2).toString();
    identity.branchId = q.value(3).toString();
    identity.enrolledAt = time(q.value(4));
    identity.pullCursor = q.value(5).toLongLong();
    identity.lastSuccessAt = time(q.value(6));
    identity.caCertificates = q.value(7).toByteArray();
    return identity;
}

void SyncStore::saveEnrolment(const QString &serverUrl, const QByteArray &caCertificates,
                              const QString &deviceId, const QString &tenantId, const QString &branchId,
                              const QDateTime &at, int ticketSeries)
{
    Transaction transaction(m_database);
    const SyncIdentity before = identity();
    const bool sameComune = before.tenantId == tenantId && before.serverUrl == serverUrl;
    Sql::exec(m_database.connection(),
              QStringLiteral(
                  "UPDATE sync_state SET server_url = ?, ca_certificates = ?, device_id = ?, tenant_id = ?, "
                  "branch_id = ?, enrolled_at = ?, pull_cursor = ?, ticket_series = ?"),
              {serverUrl, nullableText(QString::fromLatin1(caCertificates)), deviceId, tenantId, branchId,
               Timestamps::toStorage(at), sameComune ? before.pullCursor : qint64(0), ticketSeries});
    transaction.commit();
}

void SyncStore::setPullCursor(qint64 cursor)
{
    Sql::exec(m_database.connection(), QStringLiteral("UPDATE sync_state SET pull_cursor = ?"), {cursor});
}

void SyncStore::setLastSuccess(const QDateTime &at)
{
    Sql::exec(m_database.connection(), QStringLiteral("UPDATE sync_state SET last_success_at = ?"),
              {Timestamps::toStorage(at)});
}

QList<ChangeEntry> SyncStore::pendingBatch(int limit) const
{
    QSqlQuery q =
        Sql::exec(m_database.connection(),
                  QStringLiteral("SELECT %1 FROM change_log WHERE state = 'pending' ORDER BY seq LIMIT ?")
                      .arg(entryColumns),
                  {limit});
    QList<ChangeEntry> batch;
    QSet<QString> records;
    while (q.next()) {
        ChangeEntry e = ChangeLog::entryFrom(q);
        const QString key = e.entity + QLatin1Char('/') + e.recordId;
        if (records.contains(key))
            break;
        records.insert(key);
        batch << std::move(e);
    }
    return batch;
}

QList<SyncStore::PendingId> SyncStore::pendingIds(const QList<qint64> &seqs) const
{
    QList<PendingId> ids;
    for (qsizetype from = 0; from < seqs.size(); from += Sql::inListChunk) {
        const QList<qint64> slice = seqs.mid(from, Sql::inListChunk);
        QSqlQuery query = Sql::execList(
            m_database.connection(),
            QStringLiteral("SELECT seq, operation_id FROM change_log WHERE state = 'pending' AND seq IN (%1) "
                           "ORDER BY seq")
                .arg(Sql::placeholders(slice.size())),
            QVariantList(slice.cbegin(), slice.cend()));
        while (query.next())
            ids << PendingId{query.value(0).toLongLong(), QUuid::fromString(query.value(1).toString())};
    }
    return ids;
}

std::optional<ChangeEntry> SyncStore::entry(qint64 seq) const
{
    QSqlQuery q =
        Sql::exec(m_database.connection(),
                  QStringLiteral("SELECT %1 FROM change_log WHERE seq = ?").arg(entryColumns), {seq});
    if (!q.next())
        return std::nullopt;
    return ChangeLog::entryFrom(q);
}

int SyncStore::pendingCount() const
{
    return Sql::scalar(m_database.connection(),
                       QStringLiteral("SELECT count(*) FROM change_log WHERE state = 'pending'"))
        .toInt();
}

int SyncStore::parkedCount() const
{
    return Sql::scalar(m_database.connection(),
                       QStringLiteral(
                           "SELECT count(*) FROM change_log WHERE state = 'parked' AND reviewed_at IS NULL"))
        .toInt();
}

int SyncStore::conflictCount() const
{
    return Sql::scalar(m_database.connection(),
                       QStringLiteral("SELECT count(*) FROM sync_conflict WHERE reviewed_at IS NULL"))
        .toInt();
}

bool SyncStore::hasPending(const QString &entity, const QString &recordId) const
{
    return Sql::scalar(m_database.connection(),
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM change_log WHERE entity = ? AND "
                                      "record_id = ? AND state = 'pending')"),
                       {entity, recordId})
        .toBool();
}

void SyncStore::markSent(const QList<qint64> &seqs, const QDateTime &at)
{
    const QSqlDatabase db = m_database.connection();
    const QString stamp = Timestamps::toStorage(at);
    for (qsizetype from = 0; from < seqs.size(); from += Sql::inListChunk) {
        const QList<qint64> slice = seqs.mid(from, Sql::inListChunk);
        QVariantList values{stamp};
        values.append(QVariantList(slice.cbegin(), slice.cend()));
        Sql::execList(
            db,
            QStringLiteral("UPDATE change_log SET state = 'sent', state_at = ?, state_reason = NULL, "
                           "state_message = NULL WHERE seq IN (%1)")
                .arg(Sql::placeholders(slice.size())),
            values);
    }
}

void SyncStore::park(qint64 seq, const QString &reason, const QString &message, const QDateTime &at)
{
    Sql::exec(m_database.connection(),
              QStringLiteral("UPDATE change_log SET state = 'parked', state_at = ?, state_reason = ?, "
                             "state_message = ? WHERE seq = ?"),
              {Timestamps::toStorage(at), reason, nullableText(message), seq});
}

QList<ChangeEntry> SyncStore::parkLaterEntries(const QString &entity, const QString &recordId,
                                               qint64 afterSeq, const QString &reason, const QString &message,
                                               const QDateTime &at)
{
    QSqlQuery q = Sql::exec(m_database.connection(),
                            QStringLiteral("SELECT %1 FROM change_log WHERE entity = ? AND record_id = ? AND "
                                           "state = 'pending' AND seq > ? ORDER BY seq")
                                .arg(entryColumns),
                            {entity, recordId, afterSeq});
    QList<ChangeEntry> later;
    while (q.next())
        later << ChangeLog::entryFrom(q);
    for (const ChangeEntry &e : later)
        park(e.seq, reason, message, at);
    return later;
}

bool SyncStore::requeue(qint64 seq)
{
    Transaction transaction(m_database);
    QSqlQuery q = Sql::exec(m_database.connection(),
                            QStringLiteral("UPDATE change_log SET state = 'pending', state_at = NULL, "
                                           "state_reason = NULL, state_message = NULL, reviewed_at = NULL "
                                           "WHERE seq = ? AND state = 'parked'"),
                            {seq});
    const bool changed = q.numRowsAffected() > 0;
    transaction.commit();
    return changed;
}

QList<ParkedEntry> SyncStore::parked() const
{
    QSqlQuery q =
        Sql::exec(m_database.connection(),
                  QStringLiteral("SELECT %1, reviewed_at FROM change_log WHERE state = 'parked' ORDER BY seq")
                      .arg(entryColumns));
    QList<ParkedEntry> result;
    while (q.next())
        result << ParkedEntry{ChangeLog::entryFrom(q), q.value(10).toString(), q.value(11).toString(),
                              time(q.value(12)), time(q.value(13))};
    return result;
}

bool SyncStore::markParkedReviewed(qint64 seq, const QDateTime &at)
{
    return Sql::exec(m_database.connection(),
                     QStringLiteral("UPDATE change_log SET reviewed_at = ? "
                                    "WHERE seq = ? AND state = 'parked' AND reviewed_at IS NULL"),
                     {Timestamps::toStorage(at), seq})
               .numRowsAffected() > 0;
}

bool SyncStore::markConflictReviewed(qint64 id, const QDateTime &at)
{
    return Sql::exec(m_database.connection(),
                     QStringLiteral(
                         "UPDATE sync_conflict SET reviewed_at = ? WHERE id = ? AND reviewed_at IS NULL"),
                     {Timestamps::toStorage(at), id})
               .numRowsAffected() > 0;
}

void SyncStore::recordConflict(const SyncConflict &c)
{
    // One row per losing version: the pull that sees the conflict coming and the push that is
    // refused for it describe the same loss.
    Sql::exec(m_database.connection(),
              QStringLiteral(
                  "INSERT INTO sync_conflict (entity, record_id, reason, losing_version, losing_payload, "
                  "winning_version, winning_payload, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (entity, record_id, losing_version) DO UPDATE SET "
                  "winning_payload = CASE WHEN excluded.winning_payload IS NOT NULL AND "
                  "excluded.winning_version >= winning_version THEN excluded.winning_payload "
                  "ELSE winning_payload END, "
                  "winning_version = max(winning_version, excluded.winning_version)"),
              {c.entity, c.recordId, c.reason, c.losingVersion, json(c.losingPayload), c.winningVersion,
               c.winningPayload.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                          : QVariant(json(c.winningPayload)),
               Timestamps::toStorage(c.detectedAt)});
}

QList<SyncConflict> SyncStore::conflicts() const
{
    QSqlQuery q = Sql::exec(m_database.connection(),
                            QStringLiteral("SELECT %1 FROM sync_conflict ORDER BY id").arg(conflictColumns));
    QList<SyncConflict> result;
    while (q.next())
        result << conflictFrom(q);
    return result;
}

std::optional<int> SyncStore::lostTo(const QString &entity, const QString &recordId, int localVersion) const
{
    const QVariant winning =
        Sql::scalar(m_database.connection(),
                    QStringLiteral("SELECT winning_version FROM sync_conflict WHERE entity = ? "
                                   "AND record_id = ? AND losing_version = ?"),
                    {entity, recordId, localVersion});
    if (!winning.isValid())
        return std::nullopt;
    return winning.toInt();
}

bool SyncStore::hasHeldWinners() const
{
    return Sql::scalar(m_database.connection(),
                       QStringLiteral(
                           "SELECT EXISTS (SELECT 1 FROM sync_conflict WHERE winning_payload IS NOT NULL)"))
        .toBool();
}

void SyncStore::removeConflict(qint64 id)
{
    Sql::exec(m_database.connection(), QStringLiteral("DELETE FROM sync_conflict WHERE id = ?"), {id});
}

std::optional<SyncConflict> SyncStore::heldWinner(const QString &entity, const QString &recordId) const
{
    QSqlQuery q = Sql::exec(m_database.connection(),
                            QStringLiteral("SELECT %1 FROM sync_conflict WHERE entity = ? AND record_id = ? "
                                           "AND winning_payload IS NOT NULL ORDER BY winning_version DESC "
                                           "LIMIT 1")
                                .arg(conflictColumns),
                            {entity, recordId});
    if (!q.next())
        return std::nullopt;
    return conflictFrom(q);
}

} // namespace Sportello::Storage
