// SPDX-License-Identifier: EUPL-1.2
#include "domain/queue.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QUuid>
#include <array>
#include <cmath>

namespace Sportello::Domain::Queue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sportello::Domain::Queue", text);
}

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &names, E value)
{
    for (const auto &[e, name] : names) {
        if (e == value)
            return QLatin1String(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromName(const std::array<std::pair<E, const char *>, N> &names, const QString &text)
{
    for (const auto &[e, name] : names) {
        if (text == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

constexpr std::array priorities{
    std::pair{Priority::None, "none"},
    std::pair{Priority::Disability, "disability"},
    std::pair{Priority::Pregnancy, "pregnancy"},
    std::pair{Priority::Over75, "over_75"},
    std::pair{Priority::Appointment, "appointment"},
};
constexpr std::array statuses{
    std::pair{Status::Waiting, "waiting"}, std::pair{Status::Called, "called"},
    std::pair{Status::OnHold, "on_hold"},  std::pair{Status::Done, "done"},
    std::pair{Status::NoShow, "no_show"},
};
constexpr std::array eventKinds{
    std::pair{EventKind::Call, "call"},      std::pair{EventKind::Recall, "recall"},
    std::pair{EventKind::NoShow, "no_show"}, std::pair{EventKind::Transfer, "transfer"},
    std::pair{EventKind::Hold, "hold"},      std::pair{EventKind::Resume, "resume"},
    std::pair{EventKind::Close, "close"},
};
constexpr std::array outcomes{
    std::pair{Outcome::Resolved, "resolved"},
    std::pair{Outcome::Appointment, "appointment"},
    std::pair{Outcome::MissingDocuments, "missing_documents"},
    std::pair{Outcome::Referred, "referred"},
    std::pair{Outcome::Other, "other"},
};

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

bool isPrefix(const QString &prefix)
{
    return prefix.size() == 1 && prefix.at(0) >= QLatin1Char('A') && prefix.at(0) <= QLatin1Char('Z');
}

QString stamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Reads one object field by field, remembering the first thing wrong with it.
class Reader {
public:
    explicit Reader(const QJsonObject &json)
        : m_json(json)
    {}
    QString problem() const { return m_problem; }

    QString text(const char *key, qsizetype maxLength = 100)
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (!value.isString())
            return fail(key, "must be a string"), QString();
        if (value.toString().size() > maxLength)
            return fail(key, "is too long"), QString();
        return value.toString();
    }
    QString uuid(const char *key, bool optional = false)
    {
        const QString value = text(key, 36);
        if (!(optional && value.isEmpty()) && !isUuid(value))
            fail(key, "must be a UUID");
        return value;
    }
    int integer(const char *key, int min, int max)
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        const double number = value.toDouble();
        // The range first: converting 1e300 to an integer would be undefined behaviour.
        if (!value.isDouble() || !(number >= min && number <= max) || number != std::floor(number))
            return fail(key, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max)), 0;
        return int(number);
    }
    bool flag(const char *key)
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (!value.isBool())
            fail(key, "must be true or false");
        return value.toBool();
    }
    QDateTime time(const char *key)
    {
        const QString value = text(key, 40);
        QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!parsed.isValid() || !value.endsWith(QLatin1Char('Z')))
            fail(key, "must be a UTC time such as 2026-11-22T08:30:00.000Z");
        parsed.setTimeSpec(Qt::UTC);
        return parsed;
    }
    QDate date(const char *key)
    {
        const QString value = text(key, 10);
        const QDate parsed = QDate::fromString(value, Qt::ISODate);
        // Only the canonical form: QDate also reads "2026/11/22" and "+202-11-22".
        if (!parsed.isValid() || parsed.toString(Qt::ISODate) != value)
            fail(key, "must be a date such as 2026-11-22");
        return parsed;
    }
    template <typename E, std::size_t N>
    std::optional<E> named(const char *key, const std::array<std::pair<E, const char *>, N> &names,
                           bool optional = false)
    {
        const QString value = text(key, 40);
        if (optional && value.isEmpty())
            return std::nullopt;
        const std::optional<E> found = fromName(names, value);
        if (!found)
            fail(key, "is not one of the known names");
        return found;
    }
    QStringList uuids(const char *key, int maxCount)
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (!value.isArray() || value.toArray().size() > maxCount)
            return fail(key, QStringLiteral("must be a list of at most %1 UUIDs").arg(maxCount)),
                   QStringList();
        QStringList list;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || !isUuid(item.toString()))
                return fail(key, "must hold UUIDs only"), QStringList();
            list << item.toString();
        }
        return list;
    }
    void check(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }

private:
    void fail(const char *key, const QString &why) { check(QLatin1String(key) + QLatin1Char(' ') + why); }
    void fail(const char *key, const char *why) { fail(key, QLatin1String(why)); }

    const QJsonObject &m_json;
    QString m_problem;
};

template <typename T> Parsed<T> result(const Reader &reader, T value)
{
    return reader.problem().isEmpty() ? Parsed<T>::success(std::move(value))
                                      : Parsed<T>::failure(reader.problem());
}

} // namespace

QList<Priority> allPriorities()
{
    QList<Priority> all;
    for (const auto &[priority, name] : priorities)
        all << priority;
    return all;
}

QList<Outcome> allOutcomes()
{
    QList<Outcome> all;
    for (const auto &[outcome, name] : outcomes)
        all << outcome;
    return all;
}

QString priorityName(Priority priority)
{
    return nameOf(priorities, priority);
}
std::optional<Priority> priorityFromName(const QString &name)
{
    return fromName(priorities, name);
}
QString statusName(Status status)
{
    return nameOf(statuses, status);
}
std::optional<Status> statusFromName(const QString &name)
{
    return fromName(statuses, name);
}
QString eventKindName(EventKind kind)
{
    return nameOf(eventKinds, kind);
}
std::optional<EventKind> eventKindFromName(const QString &name)
{
    return fromName(eventKinds, name);
}
QString outcomeName(Outcome outcome)
{
    return nameOf(outcomes, outcome);
}
std::optional<Outcome> outcomeFromName(const QString &name)
{
    return fromName(outcomes, name);
}

QString priorityTitle(Priority priority)
{
    switch (priority) {
    case Priority::None:
        return tr("No priority");
    case Priority::Disability:
        return tr("Disability");
    case Priority::Pregnancy:
        return tr("Pregnancy");
    case Priority::Over75:
        return tr("Over 75");
    case Priority::Appointment:
        return tr("Appointment");
    }
    return {};
}

QString statusTitle(Status status)
{
    switch (status) {
    case Status::Waiting:
        return tr("Waiting");
    case Status::Called:
        return tr("Called");
    case Status::OnHold:
        return tr("On hold");
    case Status::Done:
        return tr("Served");
    case Status::NoShow:
        return tr("Did not come");
    }
    return {};
}

QString outcomeTitle(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Resolved:
        return tr("Resolved");
    case Outcome::Appointment:
        return tr("Appointment made");
    case Outcome::MissingDocuments:
        return tr("Documents missing");
    case Outcome::Referred:
        return tr("Sent to another office");
    case Outcome::Other:
        return tr("Other");
    }
    return {};
}

QString Ticket::code() const
{
    return walkIn ? QStringLiteral("—") : prefix + QLatin1Char(' ') + QString::number(number);
}

TicketState initialState(const Ticket &ticket)
{
    TicketState state;
    state.serviceId = ticket.serviceId;
    state.queuedAt = ticket.issuedAt;
    state.citizenId = ticket.citizenId;
    state.servedBy = ticket.issuedBy;
    return state;
}

Transition apply(const TicketState &state, const Event &event)
{
    const auto refuse = [](const char *why) { return Transition{std::nullopt, QLatin1String(why)}; };
    TicketState next = state;
    next.headEventId = event.id;
    next.servedBy = event.username;
    const bool atItsCounter = event.counterId == state.counterId;
    switch (event.kind) {
    case EventKind::Call:
        if (state.status != Status::Waiting)
            return refuse("only a waiting ticket can be called");
        next.status = Status::Called;
        next.counterId = event.counterId;
        if (!next.calledAt.isValid())
            next.calledAt = event.at;
        break;
    case EventKind::Recall:
        if (state.status != Status::Called || !atItsCounter)
            return refuse("only the counter that called a ticket can call it again");
        ++next.recalls;
        break;
    case EventKind::NoShow:
        if ((state.status != Status::Called && state.status != Status::OnHold) || !atItsCounter)
            return refuse("only the counter that called a ticket can mark it absent");
        next.status = Status::NoShow;
        next.closedAt = event.at;
        break;
    case EventKind::Transfer:
        if ((state.status != Status::Called && state.status != Status::OnHold) || !atItsCounter)
            return refuse("only the counter that called a ticket can transfer it");
        if (event.serviceId == state.serviceId)
            return refuse("a transfer goes to another service");
        next.status = Status::Waiting;
        next.serviceId = event.serviceId;
        next.counterId.clear();
        break;
    case EventKind::Hold:
        if (state.status != Status::Called || !atItsCounter)
            return refuse("only the counter that called a ticket can put it on hold");
        next.status = Status::OnHold;
        break;
    case EventKind::Resume:
        if (state.status != Status::OnHold)
            return refuse("only a ticket on hold can be resumed");
        next.status = Status::Called;
        next.counterId = event.counterId;
        break;
    case EventKind::Close:
        if (state.status != Status::Called || !atItsCounter)
            return refuse("only the counter serving a ticket can close it");
        next.status = Status::Done;
        next.closedAt = event.at;
        next.outcome = event.outcome;
        next.notes = event.notes;
        if (!event.citizenId.isEmpty())
            next.citizenId = event.citizenId;
        break;
    }
    return {next, {}};
}

QList<Event> effectiveChain(const QList<EventRecord> &events)
{
    QHash<QString, QList<const EventRecord *>> following;
    for (const EventRecord &record : events) {
        if (!record.refused)
            following[record.event.after].append(&record);
    }
    QList<Event> chain;
    QSet<QString> seen;
    QString head;
    while (chain.size() < events.size()) {
        const QList<const EventRecord *> next = following.value(head);
        if (next.isEmpty())
            break;
        // Rows come in no particular order: between equals, the earlier event, then the lower id,
        // so every PC folds the same events to the same state.
        const auto better = [](const EventRecord *a, const EventRecord *b) {
            if (a->confirmed != b->confirmed)
                return a->confirmed;
            if (a->event.at != b->event.at)
                return a->event.at < b->event.at;
            return a->event.id < b->event.id;
        };
        const EventRecord *pick = next.first();
        for (const EventRecord *candidate : next) {
            if (better(candidate, pick))
                pick = candidate;
        }
        if (seen.contains(pick->event.id))
            break; // a loop can only come from a hostile record; stop rather than spin
        seen.insert(pick->event.id);
        chain.append(pick->event);
        head = pick->event.id;
    }
    return chain;
}

TicketState fold(const Ticket &ticket, const QList<EventRecord> &events)
{
    TicketState state = initialState(ticket);
    for (const Event &event : effectiveChain(events)) {
        const Transition next = apply(state, event);
        if (!next.state)
            break;
        state = *next.state;
    }
    return state;
}

bool callsBefore(const Ticket &a, const Ticket &b)
{
    const bool aFirst = a.priority != Priority::None;
    const bool bFirst = b.priority != Priority::None;
    if (aFirst != bFirst)
        return aFirst;
    if (a.state.queuedAt != b.state.queuedAt)
        return a.state.queuedAt < b.state.queuedAt;
    if (a.number != b.number)
        return a.number < b.number;
    return a.id < b.id;
}

int firstNumber(int series)
{
    return (series - 1) * numbersPerSeries + 1;
}

int lastNumber(int series)
{
    return series * numbersPerSeries - 1;
}

QString serviceProblem(const Service &service)
{
    if (service.name.trimmed().isEmpty() || service.name.size() > 60)
        return tr("A service needs a name of at most 60 characters.");
    if (!isPrefix(service.prefix))
        return tr("The letter of a service is one capital letter from A to Z.");
    if (service.usualMinutes < 1 || service.usualMinutes > 240)
        return tr("The usual duration is from 1 to 240 minutes.");
    if (service.position < 0 || service.position > 99)
        return tr("The position is from 0 to 99.");
    return {};
}

QString counterProblem(const Counter &counter)
{
    if (counter.number < 1 || counter.number > 99)
        return tr("A counter's number is from 1 to 99.");
    if (counter.name.size() > 60)
        return tr("A counter's name has at most 60 characters.");
    if (counter.active && counter.serviceIds.isEmpty())
        return tr("An open counter serves at least one service.");
    if (counter.serviceIds.size() > 26 ||
        QSet<QString>(counter.serviceIds.cbegin(), counter.serviceIds.cend()).size() !=
            counter.serviceIds.size())
        return tr("A counter names each of its services once.");
    return {};
}

QString ticketProblem(const Ticket &ticket)
{
    if (!isPrefix(ticket.prefix))
        return QStringLiteral("prefix must be one capital letter");
    if (ticket.walkIn != (ticket.number == 0))
        return QStringLiteral("a request without a ticket has number 0, a ticket a positive number");
    if (ticket.number < 0 || ticket.number > lastNumber(9))
        return QStringLiteral("number out of range");
    if (!ticket.businessDate.isValid() || !ticket.issuedAt.isValid())
        return QStringLiteral("a ticket needs its date and time of issue");
    if (ticket.peopleAhead < 0 || ticket.peopleAhead > 10000 || ticket.estimatedMinutes < 0 ||
        ticket.estimatedMinutes > 24 * 60)
        return QStringLiteral("wait estimate out of range");
    return {};
}

QString eventProblem(const Event &event)
{
    if (event.id == event.after || event.id == event.ticketId)
        return QStringLiteral("an event follows another event of its ticket");
    if (event.kind == EventKind::Transfer && !isUuid(event.serviceId))
        return QStringLiteral("a transfer names its new service");
    if ((event.kind == EventKind::Close) != event.outcome.has_value())
        return QStringLiteral("a close, and only a close, has an outcome");
    if (event.notes.size() > maxNotesLength)
        return QStringLiteral("notes too long");
    if (!event.at.isValid())
        return QStringLiteral("an event needs its time");
    return {};
}

QJsonObject toJson(const Service &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("version"), s.version},
            {QStringLiteral("ownerBranchId"), s.ownerBranchId},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("prefix"), s.prefix},
            {QStringLiteral("usualMinutes"), s.usualMinutes},
            {QStringLiteral("position"), s.position},
            {QStringLiteral("active"), s.active}};
}

QJsonObject toJson(const Counter &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("version"), c.version},
            {QStringLiteral("ownerBranchId"), c.ownerBranchId},
            {QStringLiteral("number"), c.number},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("serviceIds"), QJsonArray::fromStringList(c.serviceIds)},
            {QStringLiteral("active"), c.active}};
}

QJsonObject toJson(const Ticket &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("version"), 1},
            {QStringLiteral("ownerBranchId"), t.ownerBranchId},
            {QStringLiteral("serviceId"), t.serviceId},
            {QStringLiteral("prefix"), t.prefix},
            {QStringLiteral("number"), t.number},
            {QStringLiteral("businessDate"), t.businessDate.toString(Qt::ISODate)},
            {QStringLiteral("priority"), priorityName(t.priority)},
            {QStringLiteral("citizenId"), t.citizenId},
            {QStringLiteral("issuedAt"), stamp(t.issuedAt)},
            {QStringLiteral("deviceId"), t.deviceId},
            {QStringLiteral("issuedBy"), t.issuedBy},
            {QStringLiteral("peopleAhead"), t.peopleAhead},
            {QStringLiteral("estimatedMinutes"), t.estimatedMinutes},
            {QStringLiteral("walkIn"), t.walkIn}};
}

QJsonObject toJson(const Event &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("version"), 1},
            {QStringLiteral("ownerBranchId"), e.ownerBranchId},
            {QStringLiteral("ticketId"), e.ticketId},
            {QStringLiteral("after"), e.after},
            {QStringLiteral("kind"), eventKindName(e.kind)},
            {QStringLiteral("at"), stamp(e.at)},
            {QStringLiteral("counterId"), e.counterId},
            {QStringLiteral("serviceId"), e.serviceId},
            {QStringLiteral("outcome"), e.outcome ? outcomeName(*e.outcome) : QString()},
            {QStringLiteral("notes"), e.notes},
            {QStringLiteral("citizenId"), e.citizenId},
            {QStringLiteral("deviceId"), e.deviceId},
            {QStringLiteral("accountId"), e.accountId},
            {QStringLiteral("username"), e.username}};
}

Parsed<Service> serviceFromJson(const QJsonObject &json)
{
    Reader r(json);
    Service s;
    s.id = r.uuid("id");
    s.version = r.integer("version", 1, 1000000000);
    s.ownerBranchId = r.uuid("ownerBranchId", true);
    s.name = r.text("name");
    s.prefix = r.text("prefix");
    s.usualMinutes = r.integer("usualMinutes", 1, 240);
    s.position = r.integer("position", 0, 99);
    s.active = r.flag("active");
    r.check(serviceProblem(s));
    return result(r, s);
}

Parsed<Counter> counterFromJson(const QJsonObject &json)
{
    Reader r(json);
    Counter c;
    c.id = r.uuid("id");
    c.version = r.integer("version", 1, 1000000000);
    c.ownerBranchId = r.uuid("ownerBranchId", true);
    c.number = r.integer("number", 1, 99);
    c.name = r.text("name");
    c.serviceIds = r.uuids("serviceIds", 26);
    c.active = r.flag("active");
    r.check(counterProblem(c));
    return result(r, c);
}

Parsed<Ticket> ticketFromJson(const QJsonObject &json)
{
    Reader r(json);
    Ticket t;
    t.id = r.uuid("id");
    r.integer("version", 1, 1);
    t.ownerBranchId = r.uuid("ownerBranchId", true);
    t.serviceId = r.uuid("serviceId");
    t.prefix = r.text("prefix");
    t.number = r.integer("number", 0, lastNumber(9));
    t.businessDate = r.date("businessDate");
    t.priority = r.named("priority", priorities).value_or(Priority::None);
    t.citizenId = r.uuid("citizenId", true);
    t.issuedAt = r.time("issuedAt");
    t.deviceId = r.text("deviceId", 64);
    t.issuedBy = r.text("issuedBy", 40);
    t.peopleAhead = r.integer("peopleAhead", 0, 10000);
    t.estimatedMinutes = r.integer("estimatedMinutes", 0, 24 * 60);
    t.walkIn = r.flag("walkIn");
    r.check(ticketProblem(t));
    t.state = initialState(t);
    return result(r, t);
}

Parsed<Event> eventFromJson(const QJsonObject &json)
{
    Reader r(json);
    Event e;
    e.id = r.uuid("id");
    r.integer("version", 1, 1);
    e.ownerBranchId = r.uuid("ownerBranchId", true);
    e.ticketId = r.uuid("ticketId");
    e.after = r.uuid("after", true);
    e.kind = r.named("kind", eventKinds).value_or(EventKind::Call);
    e.at = r.time("at");
    e.counterId = r.uuid("counterId");
    e.serviceId = r.uuid("serviceId", true);
    e.outcome = r.named("outcome", outcomes, true);
    e.notes = r.text("notes", maxNotesLength);
    e.citizenId = r.uuid("citizenId", true);
    e.deviceId = r.text("deviceId", 64);
    e.accountId = r.text("accountId", 64);
    e.username = r.text("username", 40);
    r.check(eventProblem(e));
    return result(r, e);
}

} // namespace Sportello::Domain::Queue
