// SPDX-License-Identifier: EUPL-1.2
#include "storage/countercall.h"

#include "domain/logcategories.h"
#include "storage/queuerepository.h"
#include "storage/queuesetup.h"
#include "storage/storageerror.h"

namespace Sportello::Storage {

using namespace Domain::Queue;

std::optional<CounterCall::Lost> CounterCall::check(const Database &database, const WriteContext &context,
                                                    const QString &counterId,
                                                    const std::optional<Ticket> &current,
                                                    const QDateTime &now)
{
    if (m_ticketId.isEmpty() || (current && current->id == m_ticketId))
        return std::nullopt;
    const QString calledId = std::exchange(m_ticketId, {});
    QueueRepository queue(database, context);
    const std::optional<Ticket> ticket = queue.find(calledId);
    // Gone from this counter for a reason of its own (closed, absent), or it holds another: not lost.
    if (!ticket || current || ticket->state.counterId == counterId || ticket->state.status == Status::Done ||
        ticket->state.status == Status::NoShow)
        return std::nullopt;
    Lost lost{*ticket, std::nullopt, std::nullopt, {}};
    if (const std::optional<Counter> winner = QueueSetup(database, context).counter(ticket->state.counterId))
        lost.winnerNumber = winner->number;
    try {
        lost.next = queue.callNext(counterId, now, {calledId});
        if (lost.next)
            m_ticketId = lost.next->id;
    } catch (const StorageError &error) {
        qCWarning(lcQueue) << "after a lost call, the next person could not be called:" << error.detail();
        lost.problem = error.message();
    }
    return lost;
}

} // namespace Sportello::Storage
