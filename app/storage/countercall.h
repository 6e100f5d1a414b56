// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "domain/queue.h"
#include "storage/changelog.h"

#include <optional>

namespace Sportello::Storage {

class Database;

// The ticket a counter called, until the queue settles it. Two counters may call the same ticket
// (offline, or within a moment of each other); the central service gives it to the call that
// arrived first. The counter whose call lost learns it here: it is told who won and calls the next
// person instead, so nobody stands at a counter that is not theirs (docs/queue.md).
class CounterCall {
public:
    struct Lost {
        Domain::Queue::Ticket ticket;              // called by the other counter
        std::optional<int> winnerNumber;           // that counter, when this PC knows it
        std::optional<Domain::Queue::Ticket> next; // called here instead, if anybody waits
        QString problem;                           // why nobody could be called instead (translated)
    };

    void made(const QString &ticketId) { m_ticketId = ticketId; }
    // The ticket was dealt with here (closed, absent, on hold, transferred): nothing to watch.
    void settled() { m_ticketId.clear(); }

    // Looks at the queue as it is now (`current`: what the counter holds). When the call was lost,
    // calls the next person and returns what happened; nullopt when nothing was lost. Throws
    // StorageError when the queue cannot be read.
    std::optional<Lost> check(const Database &database, const WriteContext &context, const QString &counterId,
                              const std::optional<Domain::Queue::Ticket> &current, const QDateTime &now);

private:
    QString m_ticketId;
};

} // namespace Sportello::Storage
