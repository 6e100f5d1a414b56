// SPDX-License-Identifier: EUPL-1.2
#include "entityregistry.h"

#include "domain/citizen.h"
#include "security/account.h"
#include "security/auditentry.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/citizenrepository.h"
#include "storage/queuerepository.h"
#include "storage/queuesetup.h"

namespace Sportello::Server {

namespace {
QString accountCheck(const QJsonObject &payload)
{
    // accountFromJson() turns an unknown role or a missing flag into a default: refuse them here.
    if (!Security::roleFromName(payload.value(QLatin1String("role")).toString()))
        return QStringLiteral("unknown role");
    for (const char *flag : {"active", "mustChangePassword"}) {
        if (!payload.value(QLatin1String(flag)).isBool())
            return QStringLiteral("%1 must be true or false").arg(QLatin1String(flag));
    }
    for (const char *text : {"username", "displayName", "passwordHash"}) {
        if (!payload.value(QLatin1String(text)).isString())
            return QStringLiteral("%1 must be a string").arg(QLatin1String(text));
    }
    // Translated on the PC; the server loads no translation, so this is the English text.
    return Security::accountProblem(Security::accountFromJson(payload));
}
} // namespace

const EntityRegistry &EntityRegistry::standard()
{
    static const EntityRegistry registry = [] {
        EntityRegistry r;
        // The same rules as the client's repository: the server never stores what a PC could not.
        r.add({Storage::CitizenRepository::entityName, [](const QJsonObject &payload) {
                   const Domain::CitizenCheck check = Domain::checkCitizen(Domain::citizenFromJson(payload));
                   return check.ok() ? QString() : check.errors.first().message;
               }});
        // Staff accounts are the comune's: an administrator at any branch manages them.
        r.add({Storage::AccountRepository::entityName, accountCheck, Ownership::Comune});
        r.add({Storage::AuditLog::entityName, &Security::auditEntryProblem, Ownership::Branch, true});
        // The walk-in queue (docs/queue.md): a branch's setup, and tickets and events written once.
        r.add({Storage::QueueSetup::serviceEntity,
               [](const QJsonObject &payload) { return Domain::Queue::serviceFromJson(payload).error(); }});
        r.add({Storage::QueueSetup::counterEntity,
               [](const QJsonObject &payload) { return Domain::Queue::counterFromJson(payload).error(); }});
        r.add({Storage::QueueSetup::hoursEntity,
               [](const QJsonObject &payload) { return Domain::openingHoursFromJson(payload).error(); }});
        r.add({Storage::QueueRepository::ticketEntity,
               [](const QJsonObject &payload) { return Domain::Queue::ticketFromJson(payload).error(); },
               Ownership::Branch, true});
        r.add({Storage::QueueRepository::eventEntity,
               [](const QJsonObject &payload) { return Domain::Queue::eventFromJson(payload).error(); },
               Ownership::Branch, true});
        return r;
    }();
    return registry;
}

} // namespace Sportello::Server
