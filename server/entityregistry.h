// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <functional>

namespace Sportello::Server {

// Who may update a record once it exists. Either way the record keeps the branch that created it
// as its owner (records.owner_branch_id and the payload's ownerBranchId).
enum class Ownership {
    Branch, // only the branch that created it
    Comune, // any branch of the same comune
};

// What the server knows about one synced entity. Adding an entity is one entry here: push, pull,
// ownership, versions and idempotency are the same for every entity.
struct EntityRules {
    QString name;
    // Empty when the payload is a valid record of this entity; otherwise why not (English).
    std::function<QString(const QJsonObject &payload)> check;
    // The payload as the entity's own toJson() writes it once read: its fields are the only ones
    // the server accepts, each with the same JSON type (an unknown or retyped field is refused,
    // not stored and handed to every PC). Called only when `check` passed.
    std::function<QJsonObject(const QJsonObject &payload)> canonical;
    Ownership ownership = Ownership::Branch;
    // Created once, never changed (the audit log): an update is refused with insert_only.
    bool insertOnly = false;
};

// Everything the server checks of one payload before its entity's own rules: the size, text both
// databases store alike, and no field the entity does not know. Empty when it passes.
QString payloadProblem(const EntityRules &rules, const QJsonObject &payload);

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
