// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: the walk-in queue's JSON forms as they arrive by sync. An object goes through
// all four parsers: what one accepts must pass its own rules and survive toJson -> parse -> toJson.
// An array is read as a ticket's events (up to 50; "confirmed"/"refused" flags ride along in each
// object) and folded onto a fixed ticket: effectiveChain and fold must end, stay a real chain, and
// not depend on the order the rows come in.
#include "domain/queue.h"
#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <cstdint>

using namespace Sportello::Domain;
using namespace Sportello::Domain::Queue;
using Sportello::Fuzz::require;
using Sportello::Fuzz::requireConsistent;

namespace {

template <typename T, typename Parse, typename Problem>
void checkParser(const QJsonObject &json, Parse parse, Problem problem)
{
    const Parsed<T> parsed = parse(json);
    requireConsistent(parsed, QString());
    if (!parsed) {
        require(parsed.error().size() < 200); // a message, never the input echoed back
        return;
    }
    require(problem(parsed.value()).isEmpty());
    const QJsonObject once = toJson(parsed.value());
    const Parsed<T> again = parse(once);
    require(again.ok());
    require(toJson(again.value()) == once);
}

Ticket fixedTicket()
{
    Ticket t;
    t.id = QStringLiteral("00000000-0000-4000-8000-000000000301");
    t.serviceId = QStringLiteral("00000000-0000-4000-8000-000000000101");
    t.prefix = QStringLiteral("A");
    t.number = 1;
    t.businessDate = QDate(2026, 11, 23);
    t.issuedAt = QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
    t.issuedBy = QStringLiteral("reception");
    t.state = initialState(t);
    return t;
}

bool sameState(const TicketState &a, const TicketState &b)
{
    return a.status == b.status && a.serviceId == b.serviceId && a.counterId == b.counterId &&
           a.headEventId == b.headEventId && a.calledAt == b.calledAt && a.closedAt == b.closedAt &&
           a.outcome == b.outcome && a.notes == b.notes && a.citizenId == b.citizenId &&
           a.servedBy == b.servedBy && a.recalls == b.recalls && a.queuedAt == b.queuedAt;
}

void checkChain(const QList<EventRecord> &records)
{
    const QList<Event> chain = effectiveChain(records);
    require(chain.size() <= records.size());
    QSet<QString> seen;
    QString head;
    for (const Event &event : chain) {
        require(event.after == head);
        require(!seen.contains(event.id));
        seen.insert(event.id);
        head = event.id;
        // Only events that were given, and never a refused one.
        require(std::any_of(records.cbegin(), records.cend(), [&](const EventRecord &r) {
            return !r.refused && r.event.id == event.id && r.event.after == event.after;
        }));
    }

    // fold is initialState, then the chain's events up to the first that cannot happen.
    const Ticket ticket = fixedTicket();
    TicketState expected = initialState(ticket);
    for (const Event &event : chain) {
        const Transition next = apply(expected, event);
        require(next.state.has_value() != !next.problem.isEmpty());
        if (!next.state)
            break;
        require(next.state->headEventId == event.id);
        expected = *next.state;
    }
    const TicketState folded = fold(ticket, records);
    require(sameState(folded, expected));
    require(folded.queuedAt == ticket.issuedAt); // a transfer keeps the place

    // Rows come from the database in no particular order; with distinct ids that must not matter.
    QSet<QString> ids;
    for (const EventRecord &r : records)
        ids.insert(r.event.id);
    if (ids.size() == records.size()) {
        QList<EventRecord> reversed = records;
        std::reverse(reversed.begin(), reversed.end());
        require(sameState(fold(ticket, reversed), folded));
        QList<EventRecord> rotated = records;
        if (!rotated.isEmpty())
            std::rotate(rotated.begin(), rotated.begin() + 1, rotated.end());
        require(sameState(fold(ticket, rotated), folded));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (document.isObject()) {
        const QJsonObject json = document.object();
        checkParser<Service>(json, serviceFromJson, [](const Service &s) { return serviceProblem(s); });
        checkParser<Counter>(json, counterFromJson, [](const Counter &c) { return counterProblem(c); });
        checkParser<Ticket>(json, ticketFromJson, [](const Ticket &t) { return ticketProblem(t); });
        checkParser<Event>(json, eventFromJson, [](const Event &e) { return eventProblem(e); });
    } else if (document.isArray()) {
        QList<EventRecord> records;
        const QJsonArray array = document.array();
        for (qsizetype i = 0; i < array.size() && i < 50; ++i) {
            const QJsonObject item = array.at(i).toObject();
            const Parsed<Event> parsed = eventFromJson(item);
            if (parsed)
                records << EventRecord{parsed.value(), item.value(QStringLiteral("confirmed")).toBool(),
                                       item.value(QStringLiteral("refused")).toBool()};
        }
        checkChain(records);
    }
    return 0;
}
