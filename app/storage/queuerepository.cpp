// SPDX-License-Identifier: EUPL-1.2
#include "storage/queuerepository.h"

#include "storage/database.h"
#include "storage/queuesetup.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"
#include "sync/reasons.h"

#include <QJsonDocument>
#include <QUuid>
#include <cmath>

namespace Sportello::Storage {

using namespace Domain::Queue;

namespace {

using Sql::text;

const QString ticketColumns = QStringLiteral(
    "id, owner_branch_id, service_id, prefix, number, business_date, priority, citizen_id, issued_at, "
    "device_id, issued_by, people_ahead, estimated_minutes, walk_in, status, current_service_id, counter_id, "
    "head_event_id, queued_at, called_at, closed_at, outcome, notes, request_citizen_id, served_by, recalls");

Ticket ticketFrom(const QSqlQuery &q)
{
    Ticket t;
    t.id = q.value(0).toString();
    t.ownerBranchId = q.value(1).toString();
    t.serviceId = q.value(2).toString();
    t.prefix = q.value(3).toString();
    t.number = q.value(4).toInt();
    t.businessDate = Timestamps::dateFromStorage(q.value(5));
    t.priority = priorityFromName(q.value(6).toString()).value_or(Priority::None);
    t.citizenId = q.value(7).toString();
    t.issuedAt = Timestamps::fromStorage(q.value(8).toString());
    t.deviceId = q.value(9).toString();
    t.issuedBy = q.value(10).toString();
    t.peopleAhead = q.value(11).toInt();
    t.estimatedMinutes = q.value(12).toInt();
    t.walkIn = q.value(13).toBool();
    TicketState &s = t.state;
    s.status = statusFromName(q.value(14).toString()).value_or(Status::Waiting);
    s.serviceId = q.value(15).toString();
    s.counterId = q.value(16).toString();
    s.headEventId = q.value(17).toString();
    s.queuedAt = Timestamps::fromStorage(q.value(18).toString());
    s.calledAt = Timestamps::optionalFromStorage(q.value(19));
    s.closedAt = Timestamps::optionalFromStorage(q.value(20));
    s.outcome = outcomeFromName(q.value(21).toString());
    s.notes = q.value(22).toString();
    s.citizenId = q.value(23).toString();
    s.servedBy = q.value(24).toString();
    s.recalls = q.value(25).toInt();
    return t;
}

QList<Ticket> ticketsFrom(QSqlQuery &q)
{
    QList<Ticket> list;
    while (q.next())
        list << ticketFrom(q);
    return list;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

StorageError refused(const QString &message)
{
    return StorageError(StorageError::Kind::Constraint, message);
}

Event eventOf(EventKind kind)
{
    Event event;
    event.kind = kind;
    return event;
}

} // namespace

QueueRepository::QueueRepository(const Database &database, WriteContext context)
    : m_database(database)
    , m_context(std::move(context))
{}

int QueueRepository::series() const
{
    return qBound(
        1,
        Sql::scalar(m_database.connection(), QStringLiteral("SELECT ticket_series FROM sync_state")).toInt(),
        9);
}

Ticket QueueRepository::issue(const QString &serviceId, Priority priority, const QString &citizenId,
                              const QDateTime &now)
{
    Security::require(m_context.actor, Security::Permission::IssueTickets);
    const Service service = offeredService(serviceId);
    Transaction transaction(m_database);
    const QSqlDatabase db = m_database.connection();
    const QDate day = now.toLocalTime().date();
    const int mySeries = series();
    const QVariant last = Sql::scalar(
        db,
        // "number > 0" as written in the partial index queue_ticket_number, so SQLite uses it and
        // reads one entry; a bound range alone does not let it prove that.
        QStringLiteral(
            "SELECT max(number) FROM queue_ticket WHERE owner_branch_id = ? AND service_id = ? AND "
            "business_date = ? AND number > 0 AND number BETWEEN ? AND ?"),
        {m_context.branchId, serviceId, day.toString(Qt::ISODate), firstNumber(mySeries),
         lastNumber(mySeries)});
    const int number = last.isNull() ? firstNumber(mySeries) : last.toInt() + 1;
    if (number > lastNumber(mySeries))
        throw refused(tr("No more tickets can be issued today for %1 at this PC.").arg(service.name));
    const Estimate wait = estimate(db, serviceId, priority, now);

    Ticket ticket;
    ticket.id = newId();
    ticket.ownerBranchId = m_context.branchId;
    ticket.serviceId = serviceId;
    ticket.prefix = service.prefix;
    ticket.number = number;
    ticket.businessDate = day;
    ticket.priority = priority;
    ticket.citizenId = citizenId;
    ticket.issuedAt = now.toUTC();
    ticket.deviceId = m_context.deviceId;
    ticket.issuedBy = m_context.actor->username;
    ticket.peopleAhead = wait.peopleAhead;
    ticket.estimatedMinutes = wait.minutes;
    ticket.state = initialState(ticket);
    insertTicket(ticket);
    ChangeLog::append(db, m_context, Sync::Entity::queueTicket, ticket.id, ChangeEntry::Operation::Create,
                      toJson(ticket));
    transaction.commit();
    return ticket;
}

QueueRepository::Estimate QueueRepository::estimate(const QString &serviceId, Priority priority,
                                                    const QDateTime &now) const
{
    return estimate(m_database.connection(), serviceId, priority, now);
}

QueueRepository::Estimate QueueRepository::estimateFor(const Ticket &ticket, const QDateTime &now) const
{
    Estimate result;
    for (const Ticket &other : waiting(ticket.businessDate, {ticket.state.serviceId})) {
        if (other.id != ticket.id && Domain::Queue::callsBefore(other, ticket))
            ++result.peopleAhead;
    }
    // The pace of a ticket issued now, per person ahead of it.
    const Estimate fresh = estimate(ticket.state.serviceId, Priority::None, now);
    if (result.peopleAhead > 0 && fresh.peopleAhead > 0)
        result.minutes = int(std::ceil(double(fresh.minutes) * result.peopleAhead / fresh.peopleAhead));
    return result;
}

// People ahead × the service's minutes ÷ the counters at work on it (docs/queue.md). The minutes
// are today's average once three requests are closed, the usual duration before; the counters are
// those that called someone for it in the last half hour, or all that serve it.
QueueRepository::Estimate QueueRepository::estimate(const QSqlDatabase &db, const QString &serviceId,
                                                    Priority priority, const QDateTime &now) const
{
    const QString day = now.toLocalTime().date().toString(Qt::ISODate);
    Estimate result;
    result.peopleAhead =
        Sql::scalar(db,
                    QStringLiteral(
                        "SELECT count(*) FROM queue_ticket WHERE owner_branch_id = ? AND business_date = ? "
                        "AND status = 'waiting' AND current_service_id = ? AND (? OR priority != 'none')"),
                    {m_context.branchId, day, serviceId, priority == Priority::None})
            .toInt();
    if (result.peopleAhead == 0)
        return result;
    QSqlQuery served = Sql::exec(
        db,
        QStringLiteral(
            "SELECT count(*), avg((julianday(closed_at) - julianday(called_at)) * 1440) FROM queue_ticket "
            "WHERE owner_branch_id = ? AND business_date = ? AND status = 'done' AND "
            "current_service_id = ? AND called_at IS NOT NULL"),
        {m_context.branchId, day, serviceId});
    served.next();
    // To the second: julianday() differences carry rounding noise that ceil() would magnify.
    double minutes =
        served.value(0).toInt() >= 3
            ? std::round(served.value(1).toDouble() * 60) / 60
            : Sql::scalar(db, QStringLiteral("SELECT usual_minutes FROM queue_service WHERE id = ?"),
                          {serviceId})
                  .toDouble();
    const QString serving = QStringLiteral(
        "SELECT c.id FROM queue_counter c, json_each(c.service_ids) j WHERE c.owner_branch_id = ? AND "
        "c.active = 1 AND j.value = ?");
    int counters =
        Sql::scalar(
            db,
            QStringLiteral("SELECT count(DISTINCT counter_id) FROM queue_ticket WHERE owner_branch_id = ? "
                           "AND business_date = ? AND called_at >= ? AND counter_id IN (%1)")
                .arg(serving),
            {m_context.branchId, day, Timestamps::toStorage(now.addSecs(-30 * 60)), m_context.branchId,
             serviceId})
            .toInt();
    if (counters == 0)
        counters = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM (%1)").arg(serving),
                               {m_context.branchId, serviceId})
                       .toInt();
    result.minutes = int(std::ceil(result.peopleAhead * std::max(minutes, 1.0) / std::max(counters, 1)));
    return result;
}

std::optional<Ticket> QueueRepository::callNext(const QString &counterId, const QDateTime &now,
                                                const QStringList &skip)
{
    Security::require(m_context.actor, Security::Permission::RunCounter);
    const std::optional<Counter> counter = QueueSetup(m_database, m_context).counter(counterId);
    if (!counter || !counter->active || counter->ownerBranchId != m_context.branchId)
        throw refused(tr("This counter is not open here any more."));
    Transaction transaction(m_database);
    if (const std::optional<Ticket> serving = current(counterId))
        throw refused(tr("Close %1 before calling the next person.").arg(serving->code()));
    QVariantList values{m_context.branchId, now.toLocalTime().date().toString(Qt::ISODate)};
    for (const QString &id : counter->serviceIds)
        values << id;
    for (const QString &id : skip)
        values << id;
    QSqlQuery q = Sql::execList(
        m_database.connection(),
        QStringLiteral("SELECT id FROM queue_ticket WHERE owner_branch_id = ? AND business_date = ? AND "
                       "status = 'waiting' AND current_service_id IN (%1) AND id NOT IN (%2) "
                       "ORDER BY priority != 'none' DESC, queued_at, number, id LIMIT 1")
            .arg(Sql::placeholders(counter->serviceIds.size()), Sql::placeholders(skip.size())),
        values);
    if (!q.next())
        return std::nullopt;
    Ticket called = record(q.value(0).toString(), counterId, eventOf(EventKind::Call), now);
    transaction.commit();
    return called;
}

Ticket QueueRepository::recall(const QString &ticketId, const QString &counterId, const QDateTime &now)
{
    return act(ticketId, counterId, eventOf(EventKind::Recall), now);
}

Ticket QueueRepository::noShow(const QString &ticketId, const QString &counterId, const QDateTime &now)
{
    return act(ticketId, counterId, eventOf(EventKind::NoShow), now);
}

Ticket QueueRepository::transfer(const QString &ticketId, const QString &counterId, const QString &serviceId,
                                 const QDateTime &now)
{
    offeredService(serviceId);
    Event event = eventOf(EventKind::Transfer);
    event.serviceId = serviceId;
    return act(ticketId, counterId, event, now);
}

Ticket QueueRepository::hold(const QString &ticketId, const QString &counterId, const QDateTime &now)
{
    return act(ticketId, counterId, eventOf(EventKind::Hold), now);
}

Ticket QueueRepository::resume(const QString &ticketId, const QString &counterId, const QDateTime &now)
{
    return act(ticketId, counterId, eventOf(EventKind::Resume), now);
}

Ticket QueueRepository::close(const QString &ticketId, const QString &counterId, Outcome outcome,
                              const QString &notes, const QString &citizenId, const QDateTime &now)
{
    if (notes.size() > maxNotesLength)
        throw refused(tr("The notes are too long: at most %1 characters.").arg(maxNotesLength));
    Event event = eventOf(EventKind::Close);
    event.outcome = outcome;
    event.notes = notes.trimmed();
    event.citizenId = citizenId;
    return act(ticketId, counterId, event, now);
}

// A counter action on one ticket, in a transaction of its own. Taking up someone (resume) needs a
// free counter; the other actions are about the ticket the counter already has.
Ticket QueueRepository::act(const QString &ticketId, const QString &counterId, const Event &event,
                            const QDateTime &now)
{
    Security::require(m_context.actor, Security::Permission::RunCounter);
    Transaction transaction(m_database);
    if (event.kind == EventKind::Resume)
        requireFree(counterId);
    Ticket ticket = record(ticketId, counterId, event, now);
    transaction.commit();
    return ticket;
}

void QueueRepository::requireFree(const QString &counterId) const
{
    if (const std::optional<Ticket> serving = current(counterId))
        throw refused(tr("Close %1 before taking up another person.").arg(serving->code()));
}

Service QueueRepository::offeredService(const QString &serviceId) const
{
    const std::optional<Service> service = QueueSetup(m_database, m_context).service(serviceId);
    if (!service || !service->active || service->ownerBranchId != m_context.branchId)
        throw refused(tr("This service is not offered here any more."));
    return *service;
}

Ticket QueueRepository::serveWithoutTicket(const QString &counterId, const QString &serviceId,
                                           const QDateTime &now)
{
    Security::require(m_context.actor, Security::Permission::RunCounter);
    const Service service = offeredService(serviceId);
    Transaction transaction(m_database);
    requireFree(counterId);
    Ticket ticket;
    ticket.id = newId();
    ticket.ownerBranchId = m_context.branchId;
    ticket.serviceId = serviceId;
    ticket.prefix = service.prefix;
    ticket.walkIn = true;
    ticket.businessDate = now.toLocalTime().date();
    ticket.issuedAt = now.toUTC();
    ticket.deviceId = m_context.deviceId;
    ticket.issuedBy = m_context.actor->username;
    ticket.state = initialState(ticket);
    insertTicket(ticket);
    ChangeLog::append(m_database.connection(), m_context, Sync::Entity::queueTicket, ticket.id,
                      ChangeEntry::Operation::Create, toJson(ticket));
    ticket = record(ticket.id, counterId, eventOf(EventKind::Call), now);
    transaction.commit();
    return ticket;
}

// Runs in the caller's transaction: the event follows the ticket's last one, or it is refused.
Ticket QueueRepository::record(const QString &ticketId, const QString &counterId, Event event,
                               const QDateTime &now)
{
    std::optional<Ticket> ticket = find(ticketId);
    if (!ticket || ticket->ownerBranchId != m_context.branchId)
        throw refused(tr("This ticket is not in this office's queue."));
    event.id = newId();
    event.ownerBranchId = ticket->ownerBranchId;
    event.ticketId = ticketId;
    event.after = ticket->state.headEventId;
    event.at = now.toUTC();
    event.counterId = counterId;
    event.deviceId = m_context.deviceId;
    event.accountId = m_context.actor->accountId;
    event.username = m_context.actor->username;
    const Transition next = apply(ticket->state, event);
    if (!next.state)
        throw refused(tr("%1 is %2 now: this cannot be done.")
                          .arg(ticket->code(), statusTitle(ticket->state.status).toLower()));
    writeEvent(event, false);
    writeState(ticketId, *next.state);
    ChangeLog::append(m_database.connection(), m_context, Sync::Entity::queueEvent, event.id,
                      ChangeEntry::Operation::Create, toJson(event));
    ticket->state = *next.state;
    return *ticket;
}

void QueueRepository::insertTicket(const Ticket &t) const
{
    Sql::exec(m_database.connection(),
              QStringLiteral(
                  "INSERT INTO queue_ticket (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  "?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(ticketColumns),
              {t.id,
               t.ownerBranchId,
               t.serviceId,
               t.prefix,
               t.number,
               t.businessDate.toString(Qt::ISODate),
               priorityName(t.priority),
               text(t.citizenId),
               Timestamps::toStorage(t.issuedAt),
               text(t.deviceId),
               text(t.issuedBy),
               t.peopleAhead,
               t.estimatedMinutes,
               t.walkIn,
               statusName(t.state.status),
               t.state.serviceId,
               QStringLiteral(""),
               QStringLiteral(""),
               Timestamps::toStorage(t.state.queuedAt),
               Timestamps::optionalToStorage({}),
               Timestamps::optionalToStorage({}),
               QStringLiteral(""),
               QStringLiteral(""),
               text(t.state.citizenId),
               text(t.state.servedBy),
               0});
}

void QueueRepository::writeEvent(const Event &event, bool confirmed) const
{
    Sql::exec(m_database.connection(),
              QStringLiteral(
                  "INSERT INTO queue_event (id, ticket_id, after_event_id, payload, at, kind, counter_id, "
                  "confirmed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              {event.id, event.ticketId, text(event.after),
               QString::fromUtf8(QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact)),
               Timestamps::toStorage(event.at), eventKindName(event.kind), event.counterId, confirmed});
}

void QueueRepository::writeState(const QString &ticketId, const TicketState &s) const
{
    Sql::exec(m_database.connection(),
              QStringLiteral(
                  "UPDATE queue_ticket SET status = ?, current_service_id = ?, counter_id = ?, "
                  "head_event_id = ?, queued_at = ?, called_at = ?, closed_at = ?, outcome = ?, notes = ?, "
                  "request_citizen_id = ?, served_by = ?, recalls = ? WHERE id = ?"),
              {statusName(s.status), s.serviceId, text(s.counterId), text(s.headEventId),
               Timestamps::toStorage(s.queuedAt), Timestamps::optionalToStorage(s.calledAt),
               Timestamps::optionalToStorage(s.closedAt),
               s.outcome ? outcomeName(*s.outcome) : QStringLiteral(""), text(s.notes), text(s.citizenId),
               text(s.servedBy), s.recalls, ticketId});
}

void QueueRepository::refold(const QString &ticketId) const
{
    std::optional<Ticket> ticket = find(ticketId);
    if (!ticket)
        return; // its events wait for it
    QSqlQuery q =
        Sql::exec(m_database.connection(),
                  QStringLiteral("SELECT payload, confirmed, refused FROM queue_event WHERE ticket_id = ?"),
                  {ticketId});
    QList<EventRecord> events;
    while (q.next()) {
        const auto parsed = eventFromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        if (parsed)
            events << EventRecord{parsed.value(), q.value(1).toBool(), q.value(2).toBool()};
    }
    writeState(ticketId, fold(*ticket, events));
}

std::optional<Ticket> QueueRepository::find(const QString &ticketId) const
{
    QSqlQuery q =
        Sql::exec(m_database.connection(),
                  QStringLiteral("SELECT %1 FROM queue_ticket WHERE id = ?").arg(ticketColumns), {ticketId});
    return q.next() ? std::optional(ticketFrom(q)) : std::nullopt;
}

std::optional<Ticket> QueueRepository::current(const QString &counterId) const
{
    QSqlQuery q =
        Sql::exec(m_database.connection(),
                  QStringLiteral("SELECT %1 FROM queue_ticket WHERE counter_id = ? AND status = 'called' "
                                 "LIMIT 1")
                      .arg(ticketColumns),
                  {counterId});
    return q.next() ? std::optional(ticketFrom(q)) : std::nullopt;
}

QList<Ticket> QueueRepository::onHold(const QString &counterId) const
{
    QSqlQuery q =
        Sql::exec(m_database.connection(),
                  QStringLiteral("SELECT %1 FROM queue_ticket WHERE counter_id = ? AND status = 'on_hold' "
                                 "ORDER BY queued_at")
                      .arg(ticketColumns),
                  {counterId});
    return ticketsFrom(q);
}

QList<Ticket> QueueRepository::waiting(const QDate &day, const QStringList &serviceIds) const
{
    QVariantList values{m_context.branchId, day.toString(Qt::ISODate)};
    QString services;
    if (!serviceIds.isEmpty()) {
        services =
            QStringLiteral(" AND current_service_id IN (%1)").arg(Sql::placeholders(serviceIds.size()));
        for (const QString &id : serviceIds)
            values << id;
    }
    QSqlQuery q = Sql::execList(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM queue_ticket WHERE owner_branch_id = ? AND business_date = ? AND "
                       "status = 'waiting'%2 ORDER BY priority != 'none' DESC, queued_at, number, id")
            .arg(ticketColumns, services),
        values);
    return ticketsFrom(q);
}

std::optional<QJsonObject> QueueRepository::findJson(const QString &entity, const QString &id) const
{
    if (entity == Sync::Entity::queueTicket) {
        const std::optional<Ticket> ticket = find(id);
        return ticket ? std::optional(toJson(*ticket)) : std::nullopt;
    }
    const QVariant payload = Sql::scalar(
        m_database.connection(), QStringLiteral("SELECT payload FROM queue_event WHERE id = ?"), {id});
    if (!payload.isValid())
        return std::nullopt;
    return QJsonDocument::fromJson(payload.toString().toUtf8()).object();
}

QSet<QString> QueueRepository::existingIds(const QString &entity, const QStringList &ids) const
{
    return Sql::existingIds(m_database.connection(),
                            entity == Sync::Entity::queueTicket ? QStringLiteral("queue_ticket")
                                                                : QStringLiteral("queue_event"),
                            ids);
}

QString QueueRepository::applyRemote(const QString &entity, const QJsonObject &payload)
{
    const QSqlDatabase db = m_database.connection();
    if (entity == Sync::Entity::queueTicket) {
        const auto parsed = ticketFromJson(payload);
        if (!parsed)
            return Sync::Reasons::Code::unreadableRecord;
        const Ticket &ticket = parsed.value();
        if (find(ticket.id)) {
            // Our own ticket back from the server, which may have named its branch (made before enrolment).
            Sql::exec(db, QStringLiteral("UPDATE queue_ticket SET owner_branch_id = ? WHERE id = ?"),
                      {ticket.ownerBranchId, ticket.id});
            return {};
        }
        if (ticket.number > 0 &&
            Sql::scalar(
                db,
                QStringLiteral("SELECT 1 FROM queue_ticket WHERE owner_branch_id = ? AND service_id = ? AND "
                               "business_date = ? AND number > 0 AND number = ?"),
                {ticket.ownerBranchId, ticket.serviceId, ticket.businessDate.toString(Qt::ISODate),
                 ticket.number})
                .isValid())
            return Sync::Reasons::Code::duplicateTicketNumber;
        insertTicket(ticket);
        refold(ticket.id); // its events may have come first
        return {};
    }
    const auto parsed = eventFromJson(payload);
    if (!parsed)
        return Sync::Reasons::Code::unreadableRecord;
    const Event &event = parsed.value();
    const QVariant ticketOfEvent =
        Sql::scalar(db, QStringLiteral("SELECT ticket_id FROM queue_event WHERE id = ?"), {event.id});
    if (ticketOfEvent.isValid()) {
        if (ticketOfEvent.toString() != event.ticketId)
            return Sync::Reasons::Code::unreadableRecord;
        // The server hands it out, so it accepted it.
        Sql::exec(db, QStringLiteral("UPDATE queue_event SET confirmed = 1, refused = 0 WHERE id = ?"),
                  {event.id});
    } else {
        writeEvent(event, true);
    }
    refold(event.ticketId);
    return {};
}

bool QueueRepository::markRefused(const QString &eventId)
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery q =
        Sql::exec(db, QStringLiteral("SELECT ticket_id, kind FROM queue_event WHERE id = ?"), {eventId});
    if (!q.next())
        return false;
    const QString ticketId = q.value(0).toString();
    const std::optional<EventKind> kind = eventKindFromName(q.value(1).toString());
    Sql::exec(db, QStringLiteral("UPDATE queue_event SET refused = 1 WHERE id = ?"), {eventId});
    refold(ticketId);
    return kind == EventKind::Call || kind == EventKind::Recall || kind == EventKind::Resume;
}

} // namespace Sportello::Storage
