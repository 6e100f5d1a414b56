// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <functional>

namespace Sportello::Server {

// What the server knows about one synced entity. Adding an entity is one entry here: push, pull,
// ownership, versions and idempotency are the same for every entity.
struct EntityRules {
    QString name;
    // Empty when the payload is a valid record of this entity; otherwise why not (English).
    std::function<QString(const QJsonObject &payload)> check;
};

class EntityRegistry {
public:
    static const EntityRegistry &standard();
    void add(EntityRules rules) { m_rules.insert(rules.name, std::move(rules)); }
    const EntityRules *find(const QString &name) const
    {
        const auto it = m_rules.constFind(name);
        return it == m_rules.constEnd() ? nullptr : &it.value();
    }

private:
    QHash<QString, EntityRules> m_rules;
};

} // namespace Sportello::Server
