// SPDX-License-Identifier: EUPL-1.2
#include "storage/queuesetup.h"

#include "domain/clock.h"
#include "security/auditentry.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"
#include "sync/reasons.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Sportello::Storage {

using namespace Domain::Queue;

namespace {

QString table(const QString &entity)
{
    if (entity == Sync::Entity::queueService)
        return QStringLiteral("queue_service");
    if (entity == Sync::Entity::queueCounter)
        return QStringLiteral("queue_counter");
    if (entity == Sync::Entity::branchHours)
        return QStringLiteral("branch_hours");
    return {};
}

const QString serviceColumns =
    QStringLiteral("id, version, owner_branch_id, name, prefix, usual_minutes, position, active");
const QString counterColumns =
    QStringLiteral("id, version, owner_branch_id, number, name, service_ids, active");

Service serviceFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toInt(), q.value(6).toInt(),    q.value(7).toBool()};
}

Counter counterFrom(const QSqlQuery &q)
{
    QStringList services;
    for (const QJsonValue &id : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
        services << id.toString();
    return {q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toInt(),
            q.value(4).toString(), services,           q.value(6).toBool()};
}

// The one record of a branch's hours has an id every PC of the branch derives alike.
QString hoursId(const QString &branchId)
{
    static const QUuid space(QStringLiteral("6f0c5a52-7f55-4d8e-9a55-0b8f4c1d2e31"));
    return QUuid::createUuidV5(space, branchId).toString(QUuid::WithoutBraces);
}

using Sql::text;

QString now()
{
    return Timestamps::toStorage(Clock::nowUtc());
}

} // namespace

QueueSetup::QueueSetup(const Database &database, WriteContext context)
    : m_database(database)
    , m_context(std::move(context))
{}

QList<Service> QueueSetup::services(bool activeOnly) const
{
    QSqlQuery q = Sql::exec(m_database.connection(),
                            QStringLiteral("SELECT %1 FROM queue_service WHERE owner_branch_id = ? AND "
                                           "(active = 1 OR ?) ORDER BY position, prefix")
                                .arg(serviceColumns),
                            {m_context.branchId, !activeOnly});
    QList<Service> list;
    while (q.next())
        list << serviceFrom(q);
    return list;
}

std::optional<Service> QueueSetup::service(const QString &id) const
{
    QSqlQuery q =
        Sql::exec(m_database.connection(),
                  QStringLiteral("SELECT %1 FROM queue_service WHERE id = ?").arg(serviceColumns), {id});
    return q.next() ? std::optional(serviceFrom(q)) : std::nullopt;
}

QList<Counter> QueueSetup::counters(bool activeOnly) const
{
    QSqlQuery q = Sql::exec(m_database.connection(),
                            QStringLiteral("SELECT %1 FROM queue_counter WHERE owner_branch_id = ? AND "
                                           "(active = 1 OR ?) ORDER BY number")
                                .arg(counterColumns),
                            {m_context.branchId, !activeOnly});
    QList<Counter> list;
    while (q.next())
        list << counterFrom(q);
    return list;
}

std::optional<Counter> QueueSetup::counter(const QString &id) const
{
    QSqlQuery q =
        Sql::exec(m_database.connection(),
                  QStringLiteral("SELECT %1 FROM queue_counter WHERE id = ?").arg(counterColumns), {id});
    return q.next() ? std::optional(counterFrom(q)) : std::nullopt;
}

Domain::OpeningHours QueueSetup::openingHours() const
{
    const QVariant stored = Sql::scalar(
        m_database.connection(), QStringLiteral("SELECT hours FROM branch_hours WHERE owner_branch_id = ?"),
        {m_context.branchId});
    if (!stored.isValid())
        return Domain::defaultOpeningHours();
    const auto parsed =
        Domain::openingHoursFromJson(QJsonDocument::fromJson(stored.toString().toUtf8()).object());
    return parsed ? parsed.value() : Domain::defaultOpeningHours();
}

int QueueSetup::storedVersion(const QString &tableName, const QString &id) const
{
    return Sql::scalar(m_database.connection(),
                       QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(tableName), {id})
        .toInt();
}

Service QueueSetup::save(Service service)
{
    Security::require(m_context.actor, Security::Permission::ConfigureQueue);
    service.name = service.name.trimmed();
    service.prefix = service.prefix.trimmed().toUpper();
    if (const QString problem = serviceProblem(service); !problem.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, problem);
    const bool creating = service.id.isEmpty() || service.version == 0;
    if (creating) {
        service.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        service.ownerBranchId = m_context.branchId;
    }
    Transaction transaction(m_database);
    const QSqlDatabase db = m_database.connection();
    if (!creating && storedVersion(QStringLiteral("queue_service"), service.id) != service.version)
        throw StorageError(StorageError::Kind::Constraint,
                           tr("Someone else changed this service meanwhile: open it again."));
    if (service.active &&
        Sql::scalar(db,
                    QStringLiteral("SELECT 1 FROM queue_service WHERE owner_branch_id = ? AND prefix = ? AND "
                                   "active = 1 AND id != ?"),
                    {service.ownerBranchId, service.prefix, service.id})
            .isValid())
        throw StorageError(StorageError::Kind::Constraint,
                           tr("Another service already uses the letter %1.").arg(service.prefix));
    service.version = creating ? 1 : service.version + 1;
    writeService(service);
    ChangeLog::append(db, m_context, Sync::Entity::queueService, service.id,
                      creating ? ChangeEntry::Operation::Create : ChangeEntry::Operation::Update,
                      toJson(service));
    AuditLog::append(transaction, m_context,
                     creating ? Security::AuditAction::recordCreate : Security::AuditAction::recordUpdate,
                     Sync::Entity::queueService, service.id);
    transaction.commit();
    return service;
}

Counter QueueSetup::save(Counter counter)
{
    Security::require(m_context.actor, Security::Permission::ConfigureQueue);
    counter.name = counter.name.trimmed();
    if (const QString problem = counterProblem(counter); !problem.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, problem);
    const bool creating = counter.id.isEmpty() || counter.version == 0;
    if (creating) {
        counter.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        counter.ownerBranchId = m_context.branchId;
    }
    Transaction transaction(m_database);
    const QSqlDatabase db = m_database.connection();
    if (!creating && storedVersion(QStringLiteral("queue_counter"), counter.id) != counter.version)
        throw StorageError(StorageError::Kind::Constraint,
                           tr("Someone else changed this counter meanwhile: open it again."));
    if (counter.active &&
        Sql::scalar(db,
                    QStringLiteral("SELECT 1 FROM queue_counter WHERE owner_branch_id = ? AND number = ? AND "
                                   "active = 1 AND id != ?"),
                    {counter.ownerBranchId, counter.number, counter.id})
            .isValid())
        throw StorageError(StorageError::Kind::Constraint,
                           tr("There is already a counter number %1.").arg(counter.number));
    counter.version = creating ? 1 : counter.version + 1;
    writeCounter(counter);
    ChangeLog::append(db, m_context, Sync::Entity::queueCounter, counter.id,
                      creating ? ChangeEntry::Operation::Create : ChangeEntry::Operation::Update,
                      toJson(counter));
    AuditLog::append(transaction, m_context,
                     creating ? Security::AuditAction::recordCreate : Security::AuditAction::recordUpdate,
                     Sync::Entity::queueCounter, counter.id);
    transaction.commit();
    return counter;
}

void QueueSetup::save(const Domain::OpeningHours &hours)
{
    Security::require(m_context.actor, Security::Permission::ConfigureQueue);
    if (const QString problem = Domain::openingHoursProblem(hours); !problem.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, problem);
    Transaction transaction(m_database);
    // A record made before enrolment keeps the id it was made with.
    const QVariant existing = Sql::scalar(
        m_database.connection(), QStringLiteral("SELECT id FROM branch_hours WHERE owner_branch_id = ?"),
        {m_context.branchId});
    const QString id = existing.isValid() ? existing.toString() : hoursId(m_context.branchId);
    const int version = storedVersion(QStringLiteral("branch_hours"), id) + 1;
    writeHours(id, version, m_context.branchId, hours);
    QJsonObject payload = Domain::toJson(hours);
    payload.insert(QStringLiteral("id"), id);
    payload.insert(QStringLiteral("version"), version);
    payload.insert(QStringLiteral("ownerBranchId"), m_context.branchId);
    ChangeLog::append(m_database.connection(), m_context, Sync::Entity::branchHours, id,
                      version == 1 ? ChangeEntry::Operation::Create : ChangeEntry::Operation::Update,
                      payload);
    AuditLog::append(transaction, m_context,
                     version == 1 ? Security::AuditAction::recordCreate : Security::AuditAction::recordUpdate,
                     Sync::Entity::branchHours, id);
    transaction.commit();
}

void QueueSetup::writeService(const Service &s) const
{
    Sql::exec(m_database.connection(),
              QStringLiteral("INSERT INTO queue_service (%1, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET version = excluded.version, "
                             "owner_branch_id = excluded.owner_branch_id, name = excluded.name, "
                             "prefix = excluded.prefix, usual_minutes = excluded.usual_minutes, "
                             "position = excluded.position, active = excluded.active, "
                             "updated_at = excluded.updated_at")
                  .arg(serviceColumns),
              {s.id, s.version, text(s.ownerBranchId), text(s.name), s.prefix, s.usualMinutes, s.position,
               s.active, now()});
}

void QueueSetup::writeCounter(const Counter &c) const
{
    const QString services = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(c.serviceIds)).toJson(QJsonDocument::Compact));
    Sql::exec(m_database.connection(),
              QStringLiteral("INSERT INTO queue_counter (%1, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET version = excluded.version, "
                             "owner_branch_id = excluded.owner_branch_id, number = excluded.number, "
                             "name = excluded.name, service_ids = excluded.service_ids, "
                             "active = excluded.active, updated_at = excluded.updated_at")
                  .arg(counterColumns),
              {c.id, c.version, text(c.ownerBranchId), c.number, text(c.name), services, c.active, now()});
}

void QueueSetup::writeHours(const QString &id, int version, const QString &branchId,
                            const Domain::OpeningHours &hours) const
{
    const QString json =
        QString::fromUtf8(QJsonDocument(Domain::toJson(hours)).toJson(QJsonDocument::Compact));
    Sql::exec(
        m_database.connection(),
        QStringLiteral("INSERT INTO branch_hours (id, version, owner_branch_id, hours, updated_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET version = excluded.version, "
                       "owner_branch_id = excluded.owner_branch_id, hours = excluded.hours, "
                       "updated_at = excluded.updated_at"),
        {id, version, branchId, json, now()});
}

std::optional<QJsonObject> QueueSetup::findJson(const QString &entity, const QString &id) const
{
    if (entity == Sync::Entity::queueService) {
        const auto found = service(id);
        return found ? std::optional(toJson(*found)) : std::nullopt;
    }
    if (entity == Sync::Entity::queueCounter) {
        const auto found = counter(id);
        return found ? std::optional(toJson(*found)) : std::nullopt;
    }
    QSqlQuery q = Sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT version, owner_branch_id, hours FROM branch_hours WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    QJsonObject payload = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    payload.insert(QStringLiteral("id"), id);
    payload.insert(QStringLiteral("version"), q.value(0).toInt());
    payload.insert(QStringLiteral("ownerBranchId"), q.value(1).toString());
    return payload;
}

QSet<QString> QueueSetup::existingIds(const QString &entity, const QStringList &ids) const
{
    return Sql::existingIds(m_database.connection(), table(entity), ids);
}

QString QueueSetup::applyRemote(const QString &entity, const QJsonObject &payload)
{
    // The server checked the record with the same rules; a payload this version cannot read is
    // kept for staff rather than guessed at.
    if (entity == Sync::Entity::queueService) {
        const auto parsed = serviceFromJson(payload);
        if (!parsed)
            return Sync::Reasons::Code::unreadableRecord;
        writeService(parsed.value());
    } else if (entity == Sync::Entity::queueCounter) {
        const auto parsed = counterFromJson(payload);
        if (!parsed)
            return Sync::Reasons::Code::unreadableRecord;
        writeCounter(parsed.value());
    } else {
        const auto parsed = Domain::openingHoursFromJson(payload);
        const QString branch = payload.value(QLatin1String("ownerBranchId")).toString();
        const QString id = payload.value(QLatin1String("id")).toString();
        if (!parsed || QUuid::fromString(id).isNull())
            return Sync::Reasons::Code::unreadableRecord;
        // Two PCs of one branch that each saved hours before they ever synced: the first one wins.
        if (Sql::scalar(m_database.connection(),
                        QStringLiteral("SELECT 1 FROM branch_hours WHERE owner_branch_id = ? AND id != ?"),
                        {branch, id})
                .isValid())
            return Sync::Reasons::Code::duplicateHours;
        writeHours(id, payload.value(QLatin1String("version")).toInt(), branch, parsed.value());
    }
    return {};
}

} // namespace Sportello::Storage
