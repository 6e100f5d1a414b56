// SPDX-License-Identifier: EUPL-1.2
#include "domain/openinghours.h"
#include "domain/queue.h"
#include "records/commonfields.h"
#include "storage/queuerepository.h"
#include "storage/queuesetup.h"
#include "sync/reasons.h"

#include <QJsonArray>
#include <QLocale>

// The walk-in queue (docs/queue.md): a branch's setup (services, counters, opening hours), versioned,
// and tickets with their events, written once.
namespace Sportello::Records {

namespace {
using namespace Domain::Queue;

// The canonical form of a payload read by a Parsed<T> reader (checked before: it succeeds).
template <typename Read> auto canonicalOf(Read read)
{
    return [read](const QJsonObject &payload) { return toJson(read(payload).value()); };
}

template <typename Read> auto checkOf(Read read)
{
    return [read](const QJsonObject &payload) { return read(payload).error(); };
}

// What a payload holds, or an empty value when it is not valid (a refused change staff review).
template <typename Read> auto readOrEmpty(Read read, const QJsonObject &payload)
{
    const auto parsed = read(payload);
    return parsed ? parsed.value() : std::decay_t<decltype(parsed.value())>{};
}

QString localTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString eventKindTitle(EventKind kind)
{
    switch (kind) {
    case EventKind::Call:
        //: What happened to a queue ticket: it was called to a counter (a noun).
        return RecordWords::tr("Call", "queue event");
    case EventKind::Recall:
        //: What happened to a queue ticket: it was called once more (a noun).
        return RecordWords::tr("Call again", "queue event");
    case EventKind::NoShow:
        return RecordWords::tr("Did not show up");
    case EventKind::Transfer:
        //: What happened to a queue ticket: sent to another service's queue (a noun).
        return RecordWords::tr("Transfer", "queue event");
    case EventKind::Hold:
        return RecordWords::tr("Put on hold");
    case EventKind::Resume:
        return RecordWords::tr("Taken back");
    case EventKind::Close:
        //: What happened to a queue ticket: its request was closed (a noun or participle).
        return RecordWords::tr("Closed", "queue event");
    }
    return {};
}

// The setup's three kinds: kept by QueueSetup, one entity name each.
RecordKind setupKind(const QString &name)
{
    RecordKind kind;
    kind.name = name;
    kind.find = [name](const Storage::Database &database, const QString &id) -> std::optional<LocalRecord> {
        const auto json = Storage::QueueSetup(database, {}).findJson(name, id);
        if (!json)
            return std::nullopt;
        return LocalRecord{json->value(QLatin1String("version")).toInt(), *json};
    };
    kind.existing = [name](const Storage::Database &database, const QStringList &ids) {
        return Storage::QueueSetup(database, {}).existingIds(name, ids);
    };
    kind.apply = [name](const Storage::Database &database, const QJsonObject &payload, std::optional<int>) {
        return Storage::QueueSetup(database, {}).applyRemote(name, payload);
    };
    kind.viewPermission = Security::Permission::ConfigureQueue;
    return kind;
}

// Tickets and events: kept by QueueRepository, written once.
RecordKind historyKind(const QString &name)
{
    RecordKind kind;
    kind.name = name;
    kind.insertOnly = true;
    kind.find = [name](const Storage::Database &database, const QString &id) -> std::optional<LocalRecord> {
        const auto json = Storage::QueueRepository(database, {}).findJson(name, id);
        if (!json)
            return std::nullopt;
        return LocalRecord{1, *json};
    };
    kind.existing = [name](const Storage::Database &database, const QStringList &ids) {
        return Storage::QueueRepository(database, {}).existingIds(name, ids);
    };
    kind.apply = [name](const Storage::Database &database, const QJsonObject &payload, std::optional<int>) {
        return Storage::QueueRepository(database, {}).applyRemote(name, payload);
    };
    kind.viewPermission = Security::Permission::ViewFigures;
    return kind;
}

const QDateTime exampleTime(QDate(2026, 1, 15), QTime(9, 30), Qt::UTC);

RecordKind serviceKind()
{
    RecordKind kind = setupKind(Sync::Entity::queueService);
    kind.check = checkOf(&serviceFromJson);
    kind.canonical = canonicalOf(&serviceFromJson);
    kind.title = [] { return RecordWords::tr("Queue service"); };
    kind.fieldLabels = [] {
        return withCommonLabels({
            {QStringLiteral("name"), RecordWords::tr("name")},
            {QStringLiteral("prefix"), RecordWords::tr("letter")},
            {QStringLiteral("usualMinutes"), RecordWords::tr("usual minutes")},
            {QStringLiteral("position"), RecordWords::tr("position")},
            {QStringLiteral("active"), RecordWords::tr("active")},
        });
    };
    kind.describe = [](const QJsonObject &payload) {
        const Service service = readOrEmpty(&serviceFromJson, payload);
        //: %1: the service's letter on tickets, %2: its name ("Servizio A — Anagrafe").
        return RecordWords::tr("Service %1 — %2").arg(service.prefix, service.name);
    };
    kind.example = [] {
        Service service;
        service.id = exampleId(10);
        service.version = 1;
        service.name = QStringLiteral("Anagrafe");
        service.prefix = QStringLiteral("A");
        return toJson(service);
    };
    return kind;
}

RecordKind counterKind()
{
    RecordKind kind = setupKind(Sync::Entity::queueCounter);
    kind.check = checkOf(&counterFromJson);
    kind.canonical = canonicalOf(&counterFromJson);
    //: A desk where a clerk serves the public ("sportello"), not a number counter.
    kind.title = [] { return RecordWords::tr("Counter"); };
    kind.fieldLabels = [] {
        return withCommonLabels({
            {QStringLiteral("number"), RecordWords::tr("number")},
            {QStringLiteral("name"), RecordWords::tr("name")},
            {QStringLiteral("serviceIds"), RecordWords::tr("services")},
            {QStringLiteral("active"), RecordWords::tr("active")},
        });
    };
    kind.describe = [](const QJsonObject &payload) {
        const Counter counter = readOrEmpty(&counterFromJson, payload);
        return counter.name.isEmpty()
                   ? RecordWords::tr("Counter %1").arg(counter.number)
                   : RecordWords::tr("Counter %1 (%2)").arg(counter.number).arg(counter.name);
    };
    kind.example = [] {
        Counter counter;
        counter.id = exampleId(11);
        counter.version = 1;
        counter.number = 1;
        counter.serviceIds = {exampleId(10)};
        return toJson(counter);
    };
    return kind;
}

RecordKind hoursKind()
{
    RecordKind kind = setupKind(Sync::Entity::branchHours);
    kind.check = checkOf(&Domain::openingHoursFromJson);
    // The hours themselves, and the record's id and version (QueueSetup writes them beside).
    kind.canonical = [](const QJsonObject &payload) {
        QJsonObject json = Domain::toJson(Domain::openingHoursFromJson(payload).value());
        json.insert(QStringLiteral("id"), payload.value(QLatin1String("id")).toString());
        json.insert(QStringLiteral("version"), payload.value(QLatin1String("version")).toInt());
        return json;
    };
    kind.title = [] { return RecordWords::tr("Opening hours"); };
    kind.fieldLabels = [] {
        return withCommonLabels({
            {QStringLiteral("week"), RecordWords::tr("weekly hours")},
            {QStringLiteral("patron"), RecordWords::tr("patron saint's day")},
            {QStringLiteral("closedDays"), RecordWords::tr("extra closures")},
        });
    };
    kind.describe = [](const QJsonObject &) { return RecordWords::tr("Opening hours of the branch"); };
    kind.example = [] {
        QJsonObject json = Domain::toJson(Domain::defaultOpeningHours());
        json.insert(QStringLiteral("id"), exampleId(12));
        json.insert(QStringLiteral("version"), 1);
        return json;
    };
    return kind;
}

RecordKind ticketKind()
{
    RecordKind kind = historyKind(Sync::Entity::queueTicket);
    kind.check = checkOf(&ticketFromJson);
    kind.canonical = canonicalOf(&ticketFromJson);
    kind.title = [] { return RecordWords::tr("Queue ticket"); };
    kind.fieldLabels = [] {
        return withCommonLabels({
            {QStringLiteral("serviceId"), RecordWords::tr("service")},
            {QStringLiteral("prefix"), RecordWords::tr("letter")},
            {QStringLiteral("number"), RecordWords::tr("number")},
            {QStringLiteral("businessDate"), RecordWords::tr("day")},
            {QStringLiteral("priority"), RecordWords::tr("priority")},
            {QStringLiteral("citizenId"), RecordWords::tr("citizen")},
            {QStringLiteral("issuedAt"), RecordWords::tr("issued")},
            {QStringLiteral("deviceId"), RecordWords::tr("PC")},
            {QStringLiteral("issuedBy"), RecordWords::tr("issued by")},
            {QStringLiteral("peopleAhead"), RecordWords::tr("people ahead")},
            {QStringLiteral("estimatedMinutes"), RecordWords::tr("estimated wait (minutes)")},
            {QStringLiteral("walkIn"), RecordWords::tr("served without a ticket")},
        });
    };
    kind.describe = [](const QJsonObject &payload) {
        const Ticket ticket = readOrEmpty(&ticketFromJson, payload);
        //: %1: the ticket's code ("A 12"), %2: when it was issued.
        return RecordWords::tr("Ticket %1, %2").arg(ticket.code(), localTime(ticket.issuedAt));
    };
    kind.example = [] {
        Ticket ticket;
        ticket.id = exampleId(13);
        ticket.serviceId = exampleId(10);
        ticket.prefix = QStringLiteral("A");
        ticket.number = 1;
        ticket.businessDate = exampleTime.date();
        ticket.issuedAt = exampleTime;
        ticket.deviceId = exampleId(6);
        ticket.issuedBy = QStringLiteral("m.bianchi");
        return toJson(ticket);
    };
    return kind;
}

RecordKind eventKind()
{
    RecordKind kind = historyKind(Sync::Entity::queueEvent);
    kind.check = checkOf(&eventFromJson);
    kind.canonical = canonicalOf(&eventFromJson);
    // A call that another counter won: the counter has been told, nothing is lost.
    kind.refused = [](const Storage::Database &database, const QString &id, const QString &reason) {
        return reason == Sync::Reasons::Code::queueConflict &&
               Storage::QueueRepository(database, {}).markRefused(id);
    };
    kind.title = [] { return RecordWords::tr("Queue event"); };
    kind.fieldLabels = [] {
        return withCommonLabels({
            {QStringLiteral("ticketId"), RecordWords::tr("ticket")},
            {QStringLiteral("after"), RecordWords::tr("previous event")},
            {QStringLiteral("kind"), RecordWords::tr("what happened")},
            {QStringLiteral("at"), RecordWords::tr("when")},
            {QStringLiteral("counterId"), RecordWords::tr("counter")},
            {QStringLiteral("serviceId"), RecordWords::tr("service")},
            {QStringLiteral("outcome"), RecordWords::tr("outcome")},
            {QStringLiteral("notes"), RecordWords::tr("notes")},
            {QStringLiteral("citizenId"), RecordWords::tr("citizen")},
            {QStringLiteral("deviceId"), RecordWords::tr("PC")},
            {QStringLiteral("accountId"), RecordWords::tr("account")},
            {QStringLiteral("username"), RecordWords::tr("username")},
        });
    };
    kind.describe = [](const QJsonObject &payload) {
        const Event event = readOrEmpty(&eventFromJson, payload);
        //: %1: what happened ("Call"), %2: when, %3: the username of who did it.
        return RecordWords::tr("Queue event: %1, %2 (%3)")
            .arg(eventKindTitle(event.kind), localTime(event.at), event.username);
    };
    kind.example = [] {
        Event event;
        event.id = exampleId(14);
        event.ticketId = exampleId(13);
        event.kind = EventKind::Call;
        event.at = exampleTime.addSecs(60);
        event.counterId = exampleId(11);
        event.deviceId = exampleId(6);
        event.accountId = exampleId(2);
        event.username = QStringLiteral("m.bianchi");
        return toJson(event);
    };
    return kind;
}
} // namespace

// In the order a batch needs them: a ticket before its events.
QList<RecordKind> queueKinds()
{
    return {serviceKind(), counterKind(), hoursKind(), ticketKind(), eventKind()};
}

} // namespace Sportello::Records
