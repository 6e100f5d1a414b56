// SPDX-License-Identifier: EUPL-1.2
#include "sync/syncedentities.h"

#include "domain/citizen.h"
#include "storage/citizenrepository.h"
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
        return e;
    }();
    return entities;
}

} // namespace Sportello::Sync
