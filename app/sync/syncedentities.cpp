// SPDX-License-Identifier: EUPL-1.2
#include "sync/syncedentities.h"

#include "domain/citizen.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/citizenrepository.h"
#include "storage/queuerepository.h"
#include "storage/queuesetup.h"
#include "sync/synclog.h"

namespace Sportello::Sync {

const SyncedEntities &SyncedEntities::standard()
{
    static const SyncedEntities entities = [] {
        using Storage::CitizenRepository;
        SyncedEntities e;
        e.add({CitizenRepository::entityName,
               [](const Storage::Database &database, const QString &id) -> std::optional<LocalRecord> {
                   const std::optional<Domain::Citizen> citizen = CitizenRepository(database, {}).find(id);
                   if (!citizen)
                       return std::nullopt;
                   return LocalRecord{citizen->version, Domain::toJson(*citizen)};
               },
               [](const Storage::Database &database, const QStringList &ids) {
                   return CitizenRepository(database, {}).existingIds(ids);
               },
               [](const Storage::Database &database, const QJsonObject &payload,
                  std::optional<int> storedVersion) {
                   try {
                       CitizenRepository(database, {})
                           .applyRemote(Domain::citizenFromJson(payload),
                                        CitizenRepository::VersionRule::Replace, storedVersion);
                   } catch (const Storage::DuplicateCitizenError &duplicate) {
                       // Registered here under another record: the pulled one stays visible to staff.
                       qCWarning(lcSync) << "pulled citizen" << payload.value(QLatin1String("id")).toString()
                                         << "duplicates" << duplicate.existingId();
                       return QStringLiteral("duplicate_codice_fiscale");
                   }
                   return QString();
               }});
        using Storage::AccountRepository;
        e.add({AccountRepository::entityName,
               [](const Storage::Database &database, const QString &id) -> std::optional<LocalRecord> {
                   const std::optional<Security::Account> account = AccountRepository(database, {}).find(id);
                   if (!account)
                       return std::nullopt;
                   return LocalRecord{account->version, Security::toJson(*account)};
               },
               [](const Storage::Database &database, const QStringList &ids) {
                   return AccountRepository(database, {}).existingIds(ids);
               },
               [](const Storage::Database &database, const QJsonObject &payload,
                  std::optional<int> storedVersion) {
                   return AccountRepository(database, {})
                       .applyRemote(Security::accountFromJson(payload), storedVersion);
               }});
        using Storage::AuditLog;
        e.add({AuditLog::entityName,
               [](const Storage::Database &database, const QString &id) -> std::optional<LocalRecord> {
                   const std::optional<Security::AuditEntry> entry = AuditLog(database).find(id);
                   if (!entry)
                       return std::nullopt;
                   return LocalRecord{1, Security::toJson(*entry)};
               },
               [](const Storage::Database &database, const QStringList &ids) {
                   return AuditLog(database).existingIds(ids);
               },
               [](const Storage::Database &database, const QJsonObject &payload, std::optional<int>) {
                   return AuditLog(database).applyRemote(payload);
               }});
        // The walk-in queue: the branch's setup, and tickets with their events (docs/queue.md).
        for (const QString &name : {Storage::QueueSetup::serviceEntity, Storage::QueueSetup::counterEntity,
                                    Storage::QueueSetup::hoursEntity}) {
            e.add(
                {name,
                 [name](const Storage::Database &database, const QString &id) -> std::optional<LocalRecord> {
                     const auto json = Storage::QueueSetup(database, {}).findJson(name, id);
                     if (!json)
                         return std::nullopt;
                     return LocalRecord{json->value(QLatin1String("version")).toInt(), *json};
                 },
                 [name](const Storage::Database &database, const QStringList &ids) {
                     return Storage::QueueSetup(database, {}).existingIds(name, ids);
                 },
                 [name](const Storage::Database &database, const QJsonObject &payload, std::optional<int>) {
                     return Storage::QueueSetup(database, {}).applyRemote(name, payload);
                 }});
        }
        using Storage::QueueRepository;
        for (const QString &name : {QueueRepository::ticketEntity, QueueRepository::eventEntity}) {
            e.add(
                {name,
                 [name](const Storage::Database &database, const QString &id) -> std::optional<LocalRecord> {
                     const auto json = QueueRepository(database, {}).findJson(name, id);
                     if (!json)
                         return std::nullopt;
                     return LocalRecord{1, *json};
                 },
                 [name](const Storage::Database &database, const QStringList &ids) {
                     return QueueRepository(database, {}).existingIds(name, ids);
                 },
                 [name](const Storage::Database &database, const QJsonObject &payload, std::optional<int>) {
                     return QueueRepository(database, {}).applyRemote(name, payload);
                 },
                 [name](const Storage::Database &database, const QString &id, const QString &reason) {
                     return name == QueueRepository::eventEntity &&
                            reason == QLatin1String("queue_conflict") &&
                            QueueRepository(database, {}).markRefused(id);
                 }});
        }
        return e;
    }();
    return entities;
}

} // namespace Sportello::Sync
