// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "domain/openinghours.h"
#include "domain/queue.h"
#include "storage/changelog.h"
#include "sync/entitynames.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <optional>

namespace Sportello::Storage {

class Database;

// How a branch's queue is set up: its services, its counters and its opening hours. Versioned
// records of the branch, synced like citizens; saving needs configure_queue and is audited.
// Methods throw StorageError (Constraint, translated, for a rule broken) or PermissionDenied.
class QueueSetup {
    Q_DECLARE_TR_FUNCTIONS(Sportello::Storage::QueueSetup)
public:
    QueueSetup(const Database &database, WriteContext context);

    // This branch's, by position (services) or number (counters).
    QList<Domain::Queue::Service> services(bool activeOnly = true) const;
    std::optional<Domain::Queue::Service> service(const QString &id) const;
    QList<Domain::Queue::Counter> counters(bool activeOnly = true) const;
    std::optional<Domain::Queue::Counter> counter(const QString &id) const;
    // The branch's hours, or defaultOpeningHours() until someone saves them.
    Domain::OpeningHours openingHours() const;

    // Version 0 (or an empty id) creates; otherwise an edit made from that version, refused if the
    // record changed meanwhile. Returns the record as saved.
    Domain::Queue::Service save(Domain::Queue::Service service);
    Domain::Queue::Counter save(Domain::Queue::Counter counter);
    void save(const Domain::OpeningHours &hours);

    // Sync: the record in its JSON form, which of `ids` exist, and a pulled version written over
    // whatever is here (the engine has decided it wins), with no change-log entry.
    std::optional<QJsonObject> findJson(const QString &entity, const QString &id) const;
    QSet<QString> existingIds(const QString &entity, const QStringList &ids) const;
    // Empty, or why the pulled record cannot be kept here (then it is shown to staff).
    QString applyRemote(const QString &entity, const QJsonObject &payload);

private:
    void writeService(const Domain::Queue::Service &service) const;
    void writeCounter(const Domain::Queue::Counter &counter) const;
    void writeHours(const QString &id, int version, const QString &branchId,
                    const Domain::OpeningHours &hours) const;
    int storedVersion(const QString &table, const QString &id) const;

    const Database &m_database;
    WriteContext m_context;
};

} // namespace Sportello::Storage
