// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace Sportello::Storage {
class Database;
}

namespace Sportello::Sync {

// A record as this PC holds it, in its sync form.
struct LocalRecord {
    int version = 0;
    QJsonObject payload;
};

// What the sync engine needs to know about one synced entity on this PC: how to read a record and
// how to write a pulled version. Push, pull, versions, conflicts and parking are the same for every
// entity, so adding one is one entry in SyncedEntities::standard() (the server's EntityRegistry is
// its counterpart).
struct SyncedEntity {
    QString name;
    std::function<std::optional<LocalRecord>(const Storage::Database &, const QString &recordId)> find;
    // Which of `recordIds` this PC holds, in one go: for a pulled page, whose records are mostly new
    // on a PC catching up, so that find() is only run for the ones that exist.
    std::function<QSet<QString>(const Storage::Database &, const QStringList &recordIds)> existing;
    // Writes a pulled version, inside the engine's transaction; throws Storage::StorageError. Returns
    // empty, or the reason a rule of this PC kept it out (it is then kept as a conflict for staff).
    // storedVersion: the local row's version as find() just read it in that transaction (nullopt:
    // there is none), so that apply need not read it again.
    std::function<QString(const Storage::Database &, const QJsonObject &payload,
                          std::optional<int> storedVersion)>
        apply;
    // Optional: the server refused this PC's change `recordId` with `reasonCode`. The entity may
    // take note (a queue call that another counter won). Returns true when the refusal is expected
    // and loses nothing, so that it is not put before staff.
    std::function<bool(const Storage::Database &, const QString &recordId, const QString &reasonCode)>
        refused = {};
};

class SyncedEntities {
public:
    static const SyncedEntities &standard();
    void add(SyncedEntity entity) { m_entities.insert(entity.name, std::move(entity)); }
    const SyncedEntity *find(const QString &name) const
    {
        const auto it = m_entities.constFind(name);
        return it == m_entities.constEnd() ? nullptr : &it.value();
    }

private:
    QHash<QString, SyncedEntity> m_entities;
};

} // namespace Sportello::Sync
