// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "domain/parsed.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The walk-in queue (docs/queue.md): services, counters, tickets, and what happens to a ticket.
// A ticket is created once and never changed; everything that happens to it afterwards is a
// QueueEvent that names the event it follows. The server accepts an event only if it follows the
// ticket's last accepted one, so two counters calling one ticket are decided in order of arrival.
namespace Sportello::Domain::Queue {

enum class Priority { None, Disability, Pregnancy, Over75, Appointment };
enum class Status { Waiting, Called, OnHold, Done, NoShow };
enum class EventKind { Call, Recall, NoShow, Transfer, Hold, Resume, Close };
enum class Outcome { Resolved, Appointment, MissingDocuments, Referred, Other };

QList<Priority> allPriorities();
QList<Outcome> allOutcomes();
// Stable names, stored and synced ("disability", "no_show", "missing_documents").
QString priorityName(Priority priority);
std::optional<Priority> priorityFromName(const QString &name);
QString statusName(Status status);
std::optional<Status> statusFromName(const QString &name);
QString eventKindName(EventKind kind);
std::optional<EventKind> eventKindFromName(const QString &name);
QString outcomeName(Outcome outcome);
std::optional<Outcome> outcomeFromName(const QString &name);
// For people: translated.
QString priorityTitle(Priority priority);
QString statusTitle(Status status);
QString outcomeTitle(Outcome outcome);

// A service of a branch (Anagrafe, Tributi, ...). Its prefix is the ticket letter and the key that
// issues it at reception.
struct Service {
    QString id;
    int version = 0;
    QString ownerBranchId;
    QString name;
    QString prefix;        // one letter A-Z, unique among the branch's active services
    int usualMinutes = 10; // a usual request, for the wait estimate until today's figures exist
    int position = 0;      // order on the reception panel
    bool active = true;
};

// A counter (sportello) of a branch and the services it calls.
struct Counter {
    QString id;
    int version = 0;
    QString ownerBranchId;
    int number = 1; // what the display and the announcement say: "sportello 3"
    QString name;   // optional, e.g. "Stato civile"
    QStringList serviceIds;
    bool active = true;
};

// What a ticket's events have made of it so far.
struct TicketState {
    Status status = Status::Waiting;
    QString serviceId;   // the service it waits for now (a transfer changes it)
    QString counterId;   // the counter that called it last
    QString headEventId; // the last event, or empty
    QDateTime queuedAt;  // its place in the queue: issued (a transfer keeps it)
    QDateTime calledAt;  // first call
    QDateTime closedAt;  // Close or NoShow
    std::optional<Outcome> outcome;
    QString notes;
    QString citizenId; // the person the request was for, if known
    QString servedBy;  // username of the last event's author
    int recalls = 0;
};

struct Ticket {
    QString id;
    QString ownerBranchId;
    QString serviceId;  // as issued
    QString prefix;     // the service's letter when issued
    int number = 0;     // 0 for a request served without a ticket
    QDate businessDate; // local date of issue: numbers start again each day
    Priority priority = Priority::None;
    QString citizenId;
    QDateTime issuedAt; // UTC
    QString deviceId;
    QString issuedBy; // username
    int peopleAhead = 0;
    int estimatedMinutes = 0;
    bool walkIn = false; // served without a ticket

    TicketState state; // local, derived from the events; not part of the JSON

    QString code() const; // "A 12"; "—" without a ticket
};

struct Event {
    QString id;
    QString ownerBranchId;
    QString ticketId;
    QString after; // the event this one follows; empty for the first
    EventKind kind = EventKind::Call;
    QDateTime at;                   // UTC
    QString counterId;              // Call, Recall, NoShow, Transfer, Hold, Resume, Close: where it happened
    QString serviceId;              // Transfer: the new service
    std::optional<Outcome> outcome; // Close
    QString notes;                  // Close
    QString citizenId;              // Close: the person the request was for (optional)
    QString deviceId;
    QString accountId;
    QString username;
};

// The state after `event`, or the reason it cannot happen now (English, for logs and the server;
// the counter screens only offer what can happen).
struct Transition {
    std::optional<TicketState> state;
    QString problem;
};
TicketState initialState(const Ticket &ticket);
Transition apply(const TicketState &state, const Event &event);

// Which of a ticket's events count, in order: from the first (after = empty), each step takes the
// event that follows the previous one, preferring an event the server has already accepted
// (`confirmed`) over one of this PC still waiting for its answer; refused events never count.
struct EventRecord {
    Event event;
    bool confirmed = false;
    bool refused = false;
};
QList<Event> effectiveChain(const QList<EventRecord> &events);
// initialState, then every event of effectiveChain that applies.
TicketState fold(const Ticket &ticket, const QList<EventRecord> &events);

// Lower comes first: a priority ticket before any other, then order of arrival, then number.
bool callsBefore(const Ticket &a, const Ticket &b);

// The numbers a PC gives: series 1 numbers 1..999, series 2 1001..1999, ... (docs/queue.md).
// Each PC of a branch has its own series, so tickets issued offline never share a number.
constexpr int numbersPerSeries = 1000;
int firstNumber(int series);
int lastNumber(int series);

// Rules; empty when fine, otherwise why not (translated for services and counters, which people
// type; English for tickets and events, which only programs write).
QString serviceProblem(const Service &service);
QString counterProblem(const Counter &counter);
QString ticketProblem(const Ticket &ticket);
QString eventProblem(const Event &event);
constexpr int maxNotesLength = 2000;

QJsonObject toJson(const Service &service);
QJsonObject toJson(const Counter &counter);
QJsonObject toJson(const Ticket &ticket);
QJsonObject toJson(const Event &event);
// Strict: wrong types, unknown names and values that break the rules are refused.
Parsed<Service> serviceFromJson(const QJsonObject &json);
Parsed<Counter> counterFromJson(const QJsonObject &json);
Parsed<Ticket> ticketFromJson(const QJsonObject &json);
Parsed<Event> eventFromJson(const QJsonObject &json);

} // namespace Sportello::Domain::Queue
