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
#include "sync/protocol.h"

namespace Sportello::Server {

namespace {
QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("true or false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        break;
    }
    return QStringLiteral("null");
}

// The canonical form of a payload read by a Parsed<T> reader (checked before: it succeeds).
template <typename Read> auto canonicalOf(Read read)
{
    return [read](const QJsonObject &payload) { return toJson(read(payload).value()); };
}

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

QString payloadProblem(const EntityRules &rules, const QJsonObject &payload)
{
    const qsizetype size = Sync::Protocol::compact(payload).size();
    if (size > Sync::Protocol::maxRecordBytes)
        return QStringLiteral("the record is %1 bytes; at most %2 are accepted")
            .arg(size)
            .arg(Sync::Protocol::maxRecordBytes);
    if (const QString problem = Sync::Protocol::unstorableValue(payload); !problem.isEmpty())
        return QStringLiteral("the record holds %1").arg(problem);
    if (const QString problem = rules.check(payload); !problem.isEmpty())
        return problem;
    QJsonObject known = rules.canonical(payload);
    known.insert(QStringLiteral("ownerBranchId"), QString()); // the server writes it on every record
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        const auto field = known.constFind(it.key());
        if (field == known.constEnd())
            return QStringLiteral("payload.%1 is not a known field of %2").arg(it.key(), rules.name);
        if (field->type() != it->type())
            return QStringLiteral("payload.%1 must be %2").arg(it.key(), jsonTypeName(*field));
    }
    return {};
}

const EntityRegistry &EntityRegistry::standard()
{
    static const EntityRegistry registry = [] {
        EntityRegistry r;
        // The same rules as the client's repository: the server never stores what a PC could not.
        r.add({Storage::CitizenRepository::entityName,
               [](const QJsonObject &payload) {
                   const Domain::CitizenCheck check = Domain::checkCitizen(Domain::citizenFromJson(payload));
                   return check.ok() ? QString() : check.errors.first().message;
               },
               [](const QJsonObject &payload) { return Domain::toJson(Domain::citizenFromJson(payload)); }});
        // Staff accounts are the comune's: an administrator at any branch manages them.
        r.add(
            {Storage::AccountRepository::entityName, accountCheck,
             [](const QJsonObject &payload) { return Security::toJson(Security::accountFromJson(payload)); },
             Ownership::Comune});
        r.add({Storage::AuditLog::entityName, &Security::auditEntryProblem,
               [](const QJsonObject &payload) {
                   return Security::toJson(Security::auditEntryFromJson(payload));
               },
               Ownership::Branch, true});
        // The walk-in queue (docs/queue.md): a branch's setup, and tickets and events written once.
        using namespace Domain::Queue;
        r.add({Storage::QueueSetup::serviceEntity,
               [](const QJsonObject &payload) { return serviceFromJson(payload).error(); },
               canonicalOf(&serviceFromJson)});
        r.add({Storage::QueueSetup::counterEntity,
               [](const QJsonObject &payload) { return counterFromJson(payload).error(); },
               canonicalOf(&counterFromJson)});
        r.add({Storage::QueueSetup::hoursEntity,
               [](const QJsonObject &payload) { return Domain::openingHoursFromJson(payload).error(); },
               canonicalOf(&Domain::openingHoursFromJson)});
        r.add({Storage::QueueRepository::ticketEntity,
               [](const QJsonObject &payload) { return ticketFromJson(payload).error(); },
               canonicalOf(&ticketFromJson), Ownership::Branch, true});
        r.add({Storage::QueueRepository::eventEntity,
               [](const QJsonObject &payload) { return eventFromJson(payload).error(); },
               canonicalOf(&eventFromJson), Ownership::Branch, true});
        return r;
    }();
    return registry;
}

} // namespace Sportello::Server
