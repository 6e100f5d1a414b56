// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "storage/changelog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace Sportello::Storage {

class Database;

// What enrolment told this PC, and how far it has pulled (table sync_state).
struct SyncIdentity {
    QString serverUrl;
    QString deviceId;
    QString tenantId;
    QString branchId;
    QDateTime enrolledAt;
    qint64 pullCursor = 0;
    QDateTime lastSuccessAt;
    QByteArray caCertificates; // PEM of the comune's own authority; empty: the system's only
    bool enrolled() const { return !serverUrl.isEmpty() && !deviceId.isEmpty(); }
};

// A version of a record that lost, kept for staff (table sync_conflict).
struct SyncConflict {
    qint64 id = 0;
    QString entity;
    QString recordId;
    QString reason; // "version_conflict", "duplicate_codice_fiscale"
    int losingVersion = 0;
    QJsonObject losingPayload;
    int winningVersion = 0;
    QJsonObject winningPayload; // empty unless a pulled version waits to be applied
    QDateTime detectedAt;
    QDateTime reviewedAt; // invalid while staff have not marked it as dealt with
};

struct ParkedEntry {
    ChangeEntry entry;
    QString reason;  // the server's code
    QString message; // the server's Italian text, for staff
    QDateTime parkedAt;
    QDateTime reviewedAt; // invalid while staff have not marked it as dealt with
};

// The sync module's tables and the outbox states. Every method works on the calling thread's
// connection and opens no transaction of its own unless it says so: the sync engine wraps what
// belongs together (a page and its cursor, a batch's results) in one Transaction.
class SyncStore {
public:
    explicit SyncStore(const Database &database);

    SyncIdentity identity() const;
    // In its own transaction. A different comune than before starts pulling from the beginning.
    void saveEnrolment(const QString &serverUrl, const QByteArray &caCertificates, const QString &deviceId,
                       const QString &tenantId, const QString &branchId, const QDateTime &at,
                       int ticketSeries = 1);
    void setPullCursor(qint64 cursor);
    void setLastSuccess(const QDateTime &at);

    // The oldest pending entries, at most `limit`, stopping before the second entry of a record:
    // a later edit must not reach the server in the same batch as one that may lose a conflict.
    QList<ChangeEntry> pendingBatch(int limit) const;
    // The seq and operation id of the oldest pending entries, at most `limit`: enough to check a
    // push answer against the outbox without reading (and parsing) the payloads again.
    struct PendingId {
        qint64 seq = 0;
        QUuid operationId;
    };
    // Which of these entries are still pending, by seq: a batch's own check of the answer to it (an
    // older entry put back by staff meanwhile is not part of it).
    QList<PendingId> pendingIds(const QList<qint64> &seqs) const;
    // One entry of the outbox, whatever its state.
    std::optional<ChangeEntry> entry(qint64 seq) const;
    int pendingCount() const;
    // Parked entries and conflicts that staff have not marked as dealt with.
    int parkedCount() const;
    int conflictCount() const;
    bool hasPending(const QString &entity, const QString &recordId) const;

    // All of a batch's accepted entries at once (a few statements, not one per entry).
    void markSent(const QList<qint64> &seqs, const QDateTime &at);
    void park(qint64 seq, const QString &reason, const QString &message, const QDateTime &at);
    // Parks the pending entries of a record after `afterSeq`: they build on a version that lost.
    QList<ChangeEntry> parkLaterEntries(const QString &entity, const QString &recordId, qint64 afterSeq,
                                        const QString &reason, const QString &message, const QDateTime &at);
    // A parked entry goes back to pending (after staff corrected the cause). In its own transaction.
    bool requeue(qint64 seq);
    // Every parked entry, the reviewed ones too, oldest first.
    QList<ParkedEntry> parked() const;
    // Staff dealt with it (corrected the record, or decided nothing is to be done): it stays parked,
    // for the record, and is no longer counted. False if it was not an open parked entry.
    bool markParkedReviewed(qint64 seq, const QDateTime &at);

    // Inserts, or merges with the conflict already known for the same losing version.
    void recordConflict(const SyncConflict &conflict);
    QList<SyncConflict> conflicts() const;
    bool markConflictReviewed(qint64 id, const QDateTime &at);
    // The server version a local version lost to, if it lost (a conflict with this losing version).
    std::optional<int> lostTo(const QString &entity, const QString &recordId, int localVersion) const;
    // The newest pulled version of a record held back because local changes were pending.
    std::optional<SyncConflict> heldWinner(const QString &entity, const QString &recordId) const;
    bool hasHeldWinners() const;
    // Only for a conflict that turned out not to be one (the version it called lost was accepted).
    void removeConflict(qint64 id);

private:
    const Database &m_database;
};

} // namespace Sportello::Storage
