// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "domain/queue.h"
#include "storage/changelog.h"
#include "sync/entitynames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <optional>

namespace Sportello::Storage {

class Database;

// The day's queue of this branch: reception issues tickets, counters call and serve them. Every
// change is a new event (docs/queue.md) written with its change-log entry in one transaction; the
// ticket row's state columns are refreshed from its events. `now` is passed in, so tests can stand
// at midnight. Methods throw StorageError (Constraint, translated, when the ticket cannot do that
// now) or Security::PermissionDenied.
class QueueRepository {
    Q_DECLARE_TR_FUNCTIONS(Sportello::Storage::QueueRepository)
public:
    QueueRepository(const Database &database, WriteContext context);

    // Reception (issue_tickets). The number comes from this PC's series for the service and the
    // local date of `now`; people ahead and the estimated wait are worked out and kept on the ticket.
    Domain::Queue::Ticket issue(const QString &serviceId, Domain::Queue::Priority priority,
                                const QString &citizenId, const QDateTime &now);
    struct Estimate {
        int peopleAhead = 0;
        int minutes = 0;
    };
    // What a ticket issued now would be told.
    Estimate estimate(const QString &serviceId, Domain::Queue::Priority priority, const QDateTime &now) const;
    // What a waiting ticket would be told now (its slip printed again): the people still ahead of
    // it, and their minutes at the service's present pace.
    Estimate estimateFor(const Domain::Queue::Ticket &ticket, const QDateTime &now) const;

    // Counter (run_counter).
    // The first waiting ticket of today for the counter's services: priority first, then arrival.
    // Empty when nobody waits. Refused while the counter still has a ticket called. `skip`: tickets
    // another counter has just taken, whose event has not arrived here yet.
    std::optional<Domain::Queue::Ticket> callNext(const QString &counterId, const QDateTime &now,
                                                  const QStringList &skip = {});
    Domain::Queue::Ticket recall(const QString &ticketId, const QString &counterId, const QDateTime &now);
    Domain::Queue::Ticket noShow(const QString &ticketId, const QString &counterId, const QDateTime &now);
    Domain::Queue::Ticket transfer(const QString &ticketId, const QString &counterId,
                                   const QString &serviceId, const QDateTime &now);
    Domain::Queue::Ticket hold(const QString &ticketId, const QString &counterId, const QDateTime &now);
    Domain::Queue::Ticket resume(const QString &ticketId, const QString &counterId, const QDateTime &now);
    Domain::Queue::Ticket close(const QString &ticketId, const QString &counterId,
                                Domain::Queue::Outcome outcome, const QString &notes,
                                const QString &citizenId, const QDateTime &now);
    // A person served with no ticket: a request with number 0, called at once by this counter.
    Domain::Queue::Ticket serveWithoutTicket(const QString &counterId, const QString &serviceId,
                                             const QDateTime &now);

    // Reading.
    std::optional<Domain::Queue::Ticket> find(const QString &ticketId) const;
    // The ticket called at this counter, if any.
    std::optional<Domain::Queue::Ticket> current(const QString &counterId) const;
    QList<Domain::Queue::Ticket> onHold(const QString &counterId) const;
    // Today's waiting tickets of these services (all services when empty), in call order.
    QList<Domain::Queue::Ticket> waiting(const QDate &day, const QStringList &serviceIds = {}) const;
    // This PC's ticket series (sync_state; 1 before enrolment).
    int series() const;

    // Sync. Tickets and events are written once: a pulled one is inserted if new, and the ticket's
    // state is folded again. Return empty, or why the record cannot be kept here.
    std::optional<QJsonObject> findJson(const QString &entity, const QString &id) const;
    QSet<QString> existingIds(const QString &entity, const QStringList &ids) const;
    QString applyRemote(const QString &entity, const QJsonObject &payload);
    // The central service refused this PC's event (another counter was first): it stops counting.
    // Returns true for a call (or recall, or resume), which loses nothing: another counter has
    // that person. Whatever was built on it is refused too and judged on its own.
    bool markRefused(const QString &eventId);

private:
    Domain::Queue::Ticket act(const QString &ticketId, const QString &counterId,
                              const Domain::Queue::Event &event, const QDateTime &now);
    // Throws unless the counter has nobody called.
    void requireFree(const QString &counterId) const;
    // The service, if this branch offers it; throws otherwise.
    Domain::Queue::Service offeredService(const QString &serviceId) const;
    Domain::Queue::Ticket record(const QString &ticketId, const QString &counterId,
                                 Domain::Queue::Event event, const QDateTime &now);
    void writeEvent(const Domain::Queue::Event &event, bool confirmed) const;
    void writeState(const QString &ticketId, const Domain::Queue::TicketState &state) const;
    void refold(const QString &ticketId) const;
    void insertTicket(const Domain::Queue::Ticket &ticket) const;
    Estimate estimate(const QSqlDatabase &db, const QString &serviceId, Domain::Queue::Priority priority,
                      const QDateTime &now) const;

    const Database &m_database;
    WriteContext m_context;
};

} // namespace Sportello::Storage
