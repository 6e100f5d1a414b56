// SPDX-License-Identifier: EUPL-1.2
#include "entityregistry.h"

#include "domain/citizen.h"

namespace Sportello::Server {

const EntityRegistry &EntityRegistry::standard()
{
    static const EntityRegistry registry = [] {
        EntityRegistry r;
        // The same rules as the client's repository: the server never stores what a PC could not.
        r.add({QStringLiteral("citizen"), [](const QJsonObject &payload) {
                   const Domain::CitizenCheck check = Domain::checkCitizen(Domain::citizenFromJson(payload));
                   return check.ok() ? QString() : check.errors.first().message;
               }});
        return r;
    }();
    return registry;
}

} // namespace Sportello::Server
