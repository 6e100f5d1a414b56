// SPDX-License-Identifier: EUPL-1.2
#include "domain/queue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <algorithm>
#include <numeric>
#include <random>

using namespace Sportello::Domain;
using namespace Sportello::Domain::Queue;

Q_DECLARE_METATYPE(Sportello::Domain::Queue::Service)
Q_DECLARE_METATYPE(Sportello::Domain::Queue::Counter)
Q_DECLARE_METATYPE(Sportello::Domain::Queue::Ticket)
Q_DECLARE_METATYPE(QList<Sportello::Domain::Queue::EventRecord>)

namespace {

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Fixed, readable UUIDs: 1 the branch, 1xx services, 2xx counters, 3xx tickets, 4xx events.
QString uid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

const QString Branch = uid(1);
const QString S1 = uid(101);
const QString S2 = uid(102);
const QString C1 = uid(201);
const QString C2 = uid(202);
const QString T1 = uid(301);
const QString Citizen = uid(501);
const QString Device = uid(601);
const QString Account = uid(701);

QDateTime utc(int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(2026, 11, 23), QTime(hour, minute, second, ms), Qt::UTC);
}

Ticket makeTicket(const QString &id = T1, int number = 12, Priority priority = Priority::None,
                  const QDateTime &issuedAt = utc(8, 0))
{
    Ticket t;
    t.id = id;
    t.ownerBranchId = Branch;
    t.serviceId = S1;
    t.prefix = QStringLiteral("A");
    t.number = number;
    t.businessDate = QDate(2026, 11, 23);
    t.priority = priority;
    t.issuedAt = issuedAt;
    t.deviceId = Device;
    t.issuedBy = QStringLiteral("reception");
    t.state = initialState(t);
    return t;
}

Event makeEvent(const QString &id, const QString &after, EventKind kind, const QString &counter,
                const QDateTime &at = utc(9, 0))
{
    Event e;
    e.id = id;
    e.ownerBranchId = Branch;
    e.ticketId = T1;
    e.after = after;
    e.kind = kind;
    e.at = at;
    e.counterId = counter;
    e.deviceId = Device;
    e.accountId = Account;
    e.username = QStringLiteral("clerk-") + eventKindName(kind);
    if (kind == EventKind::Close)
        e.outcome = Outcome::Resolved;
    if (kind == EventKind::Transfer)
        e.serviceId = S2;
    return e;
}

TicketState step(const TicketState &state, const Event &event)
{
    const Transition next = apply(state, event);
    if (!next.state)
        qFatal("fixture transition refused: %s", qPrintable(next.problem));
    return *next.state;
}

// A ticket in each status, reached through real transitions; the counter is C1 once called.
TicketState stateFor(const QString &status)
{
    TicketState s = initialState(makeTicket());
    if (status == QLatin1String("waiting"))
        return s;
    s = step(s, makeEvent(uid(401), {}, EventKind::Call, C1, utc(9, 0)));
    if (status == QLatin1String("on_hold"))
        s = step(s, makeEvent(uid(402), uid(401), EventKind::Hold, C1, utc(9, 5)));
    else if (status == QLatin1String("done"))
        s = step(s, makeEvent(uid(402), uid(401), EventKind::Close, C1, utc(9, 5)));
    else if (status == QLatin1String("no_show"))
        s = step(s, makeEvent(uid(402), uid(401), EventKind::NoShow, C1, utc(9, 5)));
    return s;
}

QString describe(const TicketState &s)
{
    return QStringList{statusName(s.status),
                       s.serviceId,
                       s.counterId,
                       s.headEventId,
                       s.queuedAt.toString(Qt::ISODateWithMs),
                       s.calledAt.toString(Qt::ISODateWithMs),
                       s.closedAt.toString(Qt::ISODateWithMs),
                       s.outcome ? outcomeName(*s.outcome) : QStringLiteral("-"),
                       s.notes,
                       s.citizenId,
                       s.servedBy,
                       QString::number(s.recalls)}
        .join(QLatin1Char('|'));
}

QStringList ids(const QList<Event> &events)
{
    QStringList list;
    for (const Event &e : events)
        list << e.id;
    return list;
}

EventRecord confirmed(const Event &e)
{
    return EventRecord{e, true, false};
}
EventRecord pending(const Event &e)
{
    return EventRecord{e, false, false};
}
EventRecord refused(const Event &e)
{
    return EventRecord{e, false, true};
}

Service validService()
{
    Service s;
    s.id = S1;
    s.version = 7;
    s.ownerBranchId = Branch;
    s.name = str("Stato civile – unioni");
    s.prefix = QStringLiteral("Q");
    s.usualMinutes = 25;
    s.position = 3;
    s.active = false;
    return s;
}

Counter validCounter()
{
    Counter c;
    c.id = C1;
    c.version = 4;
    c.ownerBranchId = Branch;
    c.number = 12;
    c.name = str("Anagrafe è");
    c.serviceIds = {S1, S2, uid(103)};
    c.active = true;
    return c;
}

Ticket validTicket()
{
    Ticket t = makeTicket(T1, 5, Priority::Over75, utc(8, 30, 15, 123));
    t.citizenId = Citizen;
    t.peopleAhead = 4;
    t.estimatedMinutes = 35;
    t.state = initialState(t);
    return t;
}

Event validEvent()
{
    Event e = makeEvent(uid(402), uid(401), EventKind::Close, C1, utc(9, 41, 7, 250));
    e.outcome = Outcome::MissingDocuments;
    e.notes = str("Manca la carta d'identità.\nRitorna lunedì.");
    e.citizenId = Citizen;
    return e;
}

QJsonArray uuidArray(int count, int firstId)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(uid(firstId + i));
    return array;
}

// Translates every string of the queue's context into «source», so a test can see that a
// message went through translation.
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "Sportello::Domain::Queue") != 0)
            return {};
        return str("«") + QString::fromUtf8(sourceText) + str("»");
    }
    bool isEmpty() const override { return false; }
};

bool isMarked(const QString &text)
{
    return text.startsWith(str("«")) && text.endsWith(str("»")) && text.size() > 2;
}

} // namespace

class TestQueueDomain : public QObject {
    Q_OBJECT

private slots:
    void names();
    void unknownNames_data();
    void unknownNames();
    void titles();

    void apply_data();
    void apply();
    void firstCallTimeAndRecalls();
    void transfer();
    void transferToSameServiceRefused();
    void close();
    void noShowFromHold();

    void linearChain();
    void confirmedBeatsPending();
    void refusedIsSkipped();
    void hostileChainsTerminate();
    void anyInputOrder_data();
    void anyInputOrder();
    void invalidTransitionStopsFold();

    void callsBefore_data();
    void callsBefore();
    void sortShuffled();

    void numbering_data();
    void numbering();
    void code();

    void serviceJson();
    void counterJson();
    void ticketJson();
    void eventJson();
    void baseIsValid();
    void malformed_data();
    void malformed();

    void serviceProblems_data();
    void serviceProblems();
    void counterProblems_data();
    void counterProblems();
    void ticketAndEventProblems();
};

// ---- Names ----------------------------------------------------------------------------------

void TestQueueDomain::names()
{
    QCOMPARE(allPriorities().size(), 5);
    QCOMPARE(allOutcomes().size(), 5);
    QSet<QString> seen;
    for (Priority p : allPriorities()) {
        QVERIFY(!priorityName(p).isEmpty());
        QCOMPARE(priorityFromName(priorityName(p)), p);
        seen.insert(priorityName(p));
    }
    QCOMPARE(seen.size(), 5);
    seen.clear();
    for (Status s : {Status::Waiting, Status::Called, Status::OnHold, Status::Done, Status::NoShow}) {
        QVERIFY(!statusName(s).isEmpty());
        QCOMPARE(statusFromName(statusName(s)), s);
        seen.insert(statusName(s));
    }
    QCOMPARE(seen.size(), 5);
    seen.clear();
    for (EventKind k : {EventKind::Call, EventKind::Recall, EventKind::NoShow, EventKind::Transfer,
                        EventKind::Hold, EventKind::Resume, EventKind::Close}) {
        QVERIFY(!eventKindName(k).isEmpty());
        QCOMPARE(eventKindFromName(eventKindName(k)), k);
        seen.insert(eventKindName(k));
    }
    QCOMPARE(seen.size(), 7);
    seen.clear();
    for (Outcome o : allOutcomes()) {
        QVERIFY(!outcomeName(o).isEmpty());
        QCOMPARE(outcomeFromName(outcomeName(o)), o);
        seen.insert(outcomeName(o));
    }
    QCOMPARE(seen.size(), 5);

    // The stored names are a contract with the database and the server.
    QCOMPARE(priorityName(Priority::Over75), QStringLiteral("over_75"));
    QCOMPARE(statusName(Status::NoShow), QStringLiteral("no_show"));
    QCOMPARE(eventKindName(EventKind::NoShow), QStringLiteral("no_show"));
    QCOMPARE(outcomeName(Outcome::MissingDocuments), QStringLiteral("missing_documents"));
}

void TestQueueDomain::unknownNames_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"", " ", "None", "NONE", "over75", "Over_75", "no-show", "noShow", " call",
                             "call ", "closed", "waiting\n", "resolved.", "disability,pregnancy", "0"})
        QTest::newRow(qPrintable(QLatin1Char('\'') +
                                 QString::fromUtf8(name).replace(QLatin1Char('\n'), QStringLiteral("\\n")) +
                                 QLatin1Char('\'')))
            << QString::fromUtf8(name);
}

void TestQueueDomain::unknownNames()
{
    QFETCH(QString, name);
    QVERIFY(!priorityFromName(name));
    QVERIFY(!statusFromName(name));
    QVERIFY(!eventKindFromName(name));
    QVERIFY(!outcomeFromName(name));
}

void TestQueueDomain::titles()
{
    for (Priority p : allPriorities())
        QVERIFY(!priorityTitle(p).isEmpty());
    for (Status s : {Status::Waiting, Status::Called, Status::OnHold, Status::Done, Status::NoShow})
        QVERIFY(!statusTitle(s).isEmpty());
    for (Outcome o : allOutcomes())
        QVERIFY(!outcomeTitle(o).isEmpty());

    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto cleanup = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    for (Priority p : allPriorities())
        QVERIFY2(isMarked(priorityTitle(p)), qPrintable(priorityTitle(p)));
    for (Status s : {Status::Waiting, Status::Called, Status::OnHold, Status::Done, Status::NoShow})
        QVERIFY2(isMarked(statusTitle(s)), qPrintable(statusTitle(s)));
    for (Outcome o : allOutcomes())
        QVERIFY2(isMarked(outcomeTitle(o)), qPrintable(outcomeTitle(o)));
}

// ---- Transitions ----------------------------------------------------------------------------

void TestQueueDomain::apply_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("atFirstCounter"); // the state's counter is C1 once called
    QTest::addColumn<QString>("expected");    // the status after, or empty when refused

    const auto row = [](EventKind kind, const char *from, bool c1, const char *expected) {
        const QString name = eventKindName(kind) + QStringLiteral(" from ") + QLatin1String(from) +
                             (c1 ? QStringLiteral(" at its counter") : QStringLiteral(" at another counter"));
        QTest::newRow(qPrintable(name))
            << QString::fromLatin1(from) << int(kind) << c1 << QString::fromLatin1(expected);
    };
    const char *refusedResult = "";

    row(EventKind::Call, "waiting", true, "called");
    row(EventKind::Call, "waiting", false, "called");
    row(EventKind::Call, "called", true, refusedResult);
    row(EventKind::Call, "called", false, refusedResult);
    row(EventKind::Call, "on_hold", true, refusedResult);
    row(EventKind::Call, "done", true, refusedResult);
    row(EventKind::Call, "no_show", true, refusedResult);

    row(EventKind::Recall, "called", true, "called");
    row(EventKind::Recall, "called", false, refusedResult);
    row(EventKind::Recall, "waiting", true, refusedResult);
    row(EventKind::Recall, "on_hold", true, refusedResult);
    row(EventKind::Recall, "done", true, refusedResult);
    row(EventKind::Recall, "no_show", true, refusedResult);

    row(EventKind::NoShow, "called", true, "no_show");
    row(EventKind::NoShow, "on_hold", true, "no_show");
    row(EventKind::NoShow, "called", false, refusedResult);
    row(EventKind::NoShow, "on_hold", false, refusedResult);
    row(EventKind::NoShow, "waiting", true, refusedResult);
    row(EventKind::NoShow, "done", true, refusedResult);
    row(EventKind::NoShow, "no_show", true, refusedResult);

    row(EventKind::Transfer, "called", true, "waiting");
    row(EventKind::Transfer, "on_hold", true, "waiting");
    row(EventKind::Transfer, "called", false, refusedResult);
    row(EventKind::Transfer, "on_hold", false, refusedResult);
    row(EventKind::Transfer, "waiting", true, refusedResult);
    row(EventKind::Transfer, "done", true, refusedResult);
    row(EventKind::Transfer, "no_show", true, refusedResult);

    row(EventKind::Hold, "called", true, "on_hold");
    row(EventKind::Hold, "called", false, refusedResult);
    row(EventKind::Hold, "on_hold", true, refusedResult);
    row(EventKind::Hold, "waiting", true, refusedResult);
    row(EventKind::Hold, "done", true, refusedResult);
    row(EventKind::Hold, "no_show", true, refusedResult);

    row(EventKind::Resume, "on_hold", true, "called");
    row(EventKind::Resume, "on_hold", false, "called"); // moves it to the other counter
    row(EventKind::Resume, "called", true, refusedResult);
    row(EventKind::Resume, "waiting", true, refusedResult);
    row(EventKind::Resume, "done", true, refusedResult);
    row(EventKind::Resume, "no_show", true, refusedResult);

    row(EventKind::Close, "called", true, "done");
    row(EventKind::Close, "called", false, refusedResult);
    row(EventKind::Close, "on_hold", true, refusedResult);
    row(EventKind::Close, "waiting", true, refusedResult);
    row(EventKind::Close, "done", true, refusedResult);
    row(EventKind::Close, "no_show", true, refusedResult);
}

void TestQueueDomain::apply()
{
    QFETCH(QString, from);
    QFETCH(int, kind);
    QFETCH(bool, atFirstCounter);
    QFETCH(QString, expected);

    const TicketState before = stateFor(from);
    QCOMPARE(statusName(before.status), from);
    const Event event =
        makeEvent(uid(499), before.headEventId, EventKind(kind), atFirstCounter ? C1 : C2, utc(10, 0));
    const Transition result = Queue::apply(before, event);

    if (expected.isEmpty()) {
        QVERIFY(!result.state);
        QVERIFY(!result.problem.isEmpty());
        return;
    }
    QVERIFY2(result.state, qPrintable(result.problem));
    QVERIFY(result.problem.isEmpty());
    const TicketState &after = *result.state;
    QCOMPARE(statusName(after.status), expected);
    QCOMPARE(after.headEventId, event.id);
    QCOMPARE(after.servedBy, event.username);
    QCOMPARE(after.queuedAt, before.queuedAt);
    switch (EventKind(kind)) {
    case EventKind::Call:
    case EventKind::Resume:
        QCOMPARE(after.counterId, event.counterId);
        break;
    case EventKind::Transfer:
        QVERIFY(after.counterId.isEmpty());
        QCOMPARE(after.serviceId, S2);
        break;
    default:
        QCOMPARE(after.counterId, before.counterId);
        QCOMPARE(after.serviceId, before.serviceId);
    }
    const bool closes = EventKind(kind) == EventKind::Close || EventKind(kind) == EventKind::NoShow;
    QCOMPARE(after.closedAt, closes ? event.at : QDateTime());
    QCOMPARE(after.recalls, EventKind(kind) == EventKind::Recall ? 1 : 0);
}

void TestQueueDomain::firstCallTimeAndRecalls()
{
    TicketState s = initialState(makeTicket());
    QVERIFY(!s.calledAt.isValid());
    QVERIFY(s.headEventId.isEmpty());
    s = step(s, makeEvent(uid(401), {}, EventKind::Call, C1, utc(9, 0)));
    QCOMPARE(s.calledAt, utc(9, 0));
    s = step(s, makeEvent(uid(402), uid(401), EventKind::Recall, C1, utc(9, 1)));
    s = step(s, makeEvent(uid(403), uid(402), EventKind::Recall, C1, utc(9, 2)));
    QCOMPARE(s.recalls, 2);
    QCOMPARE(s.calledAt, utc(9, 0));
    QCOMPARE(s.headEventId, uid(403));
    s = step(s, makeEvent(uid(404), uid(403), EventKind::Transfer, C1, utc(9, 3)));
    s = step(s, makeEvent(uid(405), uid(404), EventKind::Call, C2, utc(9, 20)));
    QCOMPARE(s.calledAt, utc(9, 0)); // the first call only
    QCOMPARE(s.counterId, C2);
    QCOMPARE(s.headEventId, uid(405));
    QCOMPARE(s.recalls, 2);
}

void TestQueueDomain::transfer()
{
    const TicketState before = stateFor(QStringLiteral("called"));
    const TicketState after = step(before, makeEvent(uid(499), before.headEventId, EventKind::Transfer, C1));
    QCOMPARE(after.status, Status::Waiting);
    QCOMPARE(after.serviceId, S2);
    QVERIFY(after.counterId.isEmpty());
    QCOMPARE(after.queuedAt, utc(8, 0)); // keeps its place
    QCOMPARE(after.calledAt, before.calledAt);
    QVERIFY(!after.closedAt.isValid());
    // And back again is another service too.
    TicketState called = step(after, makeEvent(uid(498), uid(499), EventKind::Call, C2));
    Event back = makeEvent(uid(497), uid(498), EventKind::Transfer, C2);
    back.serviceId = S1;
    QCOMPARE(step(called, back).serviceId, S1);
}

void TestQueueDomain::transferToSameServiceRefused()
{
    for (const char *status : {"called", "on_hold"}) {
        const TicketState before = stateFor(QLatin1String(status));
        Event event = makeEvent(uid(499), before.headEventId, EventKind::Transfer, C1);
        event.serviceId = S1;
        const Transition result = Queue::apply(before, event);
        QVERIFY(!result.state);
        QVERIFY(!result.problem.isEmpty());
    }
}

void TestQueueDomain::close()
{
    const TicketState before = stateFor(QStringLiteral("called"));
    QCOMPARE(before.citizenId, QString());
    Event event = validEvent();
    event.after = before.headEventId;
    const TicketState after = step(before, event);
    QCOMPARE(after.status, Status::Done);
    QCOMPARE(after.outcome, Outcome::MissingDocuments);
    QCOMPARE(after.notes, event.notes);
    QCOMPARE(after.citizenId, Citizen);
    QCOMPARE(after.closedAt, event.at);
    QCOMPARE(after.counterId, C1);

    // Without a citizen the ticket's own stays.
    Ticket ticket = makeTicket();
    ticket.citizenId = uid(502);
    TicketState s = initialState(ticket);
    s = step(s, makeEvent(uid(401), {}, EventKind::Call, C1));
    s = step(s, makeEvent(uid(402), uid(401), EventKind::Close, C1));
    QCOMPARE(s.citizenId, uid(502));
    QCOMPARE(s.outcome, Outcome::Resolved);
    QVERIFY(s.notes.isEmpty());
}

void TestQueueDomain::noShowFromHold()
{
    TicketState s = stateFor(QStringLiteral("on_hold"));
    s = step(s, makeEvent(uid(499), s.headEventId, EventKind::NoShow, C1, utc(9, 30)));
    QCOMPARE(s.status, Status::NoShow);
    QCOMPARE(s.closedAt, utc(9, 30));
    QVERIFY(!s.outcome);
    for (EventKind k : {EventKind::Call, EventKind::Recall, EventKind::NoShow, EventKind::Transfer,
                        EventKind::Hold, EventKind::Resume, EventKind::Close}) {
        for (const QString &counter : {C1, C2})
            QVERIFY(!Queue::apply(s, makeEvent(uid(498), uid(499), k, counter)).state);
    }
}

// ---- Chains and folds -----------------------------------------------------------------------

void TestQueueDomain::linearChain()
{
    const Event e1 = makeEvent(uid(401), {}, EventKind::Call, C1, utc(9, 0));
    const Event e2 = makeEvent(uid(402), uid(401), EventKind::Recall, C1, utc(9, 1));
    const Event e3 = makeEvent(uid(403), uid(402), EventKind::Close, C1, utc(9, 10));
    const QList<EventRecord> records{confirmed(e3), pending(e1), confirmed(e2)};
    QCOMPARE(ids(effectiveChain(records)), (QStringList{e1.id, e2.id, e3.id}));
    const TicketState s = fold(makeTicket(), records);
    QCOMPARE(s.status, Status::Done);
    QCOMPARE(s.headEventId, e3.id);
    QCOMPARE(s.recalls, 1);
    QCOMPARE(s.calledAt, utc(9, 0));
    QCOMPARE(s.closedAt, utc(9, 10));
    QCOMPARE(s.servedBy, e3.username);

    QVERIFY(effectiveChain({}).isEmpty());
    QCOMPARE(describe(fold(makeTicket(), {})), describe(initialState(makeTicket())));
    // Without a first event nothing counts.
    QVERIFY(effectiveChain({confirmed(e2), confirmed(e3)}).isEmpty());
}

void TestQueueDomain::confirmedBeatsPending()
{
    const Event call = makeEvent(uid(401), {}, EventKind::Call, C1, utc(9, 0));
    // This PC closed the ticket while offline; meanwhile the server accepted a hold from another PC.
    const Event localClose = makeEvent(uid(402), uid(401), EventKind::Close, C1, utc(9, 5));
    const Event pulledHold = makeEvent(uid(403), uid(401), EventKind::Hold, C1, utc(9, 6));
    const Event pulledResume = makeEvent(uid(404), uid(403), EventKind::Resume, C2, utc(9, 7));
    const QList<EventRecord> records{confirmed(call), pending(localClose), confirmed(pulledHold),
                                     confirmed(pulledResume)};
    QCOMPARE(ids(effectiveChain(records)), (QStringList{call.id, pulledHold.id, pulledResume.id}));
    const TicketState s = fold(makeTicket(), records);
    QCOMPARE(s.status, Status::Called);
    QCOMPARE(s.counterId, C2);
    QCOMPARE(s.headEventId, pulledResume.id);
}

void TestQueueDomain::refusedIsSkipped()
{
    const Event call = makeEvent(uid(401), {}, EventKind::Call, C1, utc(9, 0));
    const Event refusedClose = makeEvent(uid(402), uid(401), EventKind::Close, C1, utc(9, 1));
    const Event afterRefused = makeEvent(uid(405), uid(402), EventKind::Call, C1, utc(9, 2));
    const Event recall = makeEvent(uid(403), uid(401), EventKind::Recall, C1, utc(9, 3));
    const Event hold = makeEvent(uid(404), uid(403), EventKind::Hold, C1, utc(9, 4));
    const QList<EventRecord> records{confirmed(call), refused(refusedClose), pending(afterRefused),
                                     confirmed(recall), pending(hold)};
    QCOMPARE(ids(effectiveChain(records)), (QStringList{call.id, recall.id, hold.id}));
    const TicketState s = fold(makeTicket(), records);
    QCOMPARE(s.status, Status::OnHold);
    QCOMPARE(s.recalls, 1);
    QCOMPARE(s.headEventId, hold.id);

    // Only refused: the ticket waits as issued.
    QVERIFY(effectiveChain({refused(call)}).isEmpty());
}

void TestQueueDomain::hostileChainsTerminate()
{
    const Event a = makeEvent(uid(401), {}, EventKind::Call, C1);
    const Event b = makeEvent(uid(402), uid(401), EventKind::Recall, C1);
    const Event c = makeEvent(uid(403), uid(402), EventKind::Recall, C1);
    // The same id as the first event, following the last one: a loop back.
    const Event loop = makeEvent(uid(401), uid(403), EventKind::Recall, C1);
    QCOMPARE(ids(effectiveChain({confirmed(a), confirmed(b), confirmed(c), confirmed(loop)})),
             (QStringList{a.id, b.id, c.id}));
    QCOMPARE(fold(makeTicket(), {confirmed(a), confirmed(b), confirmed(c), confirmed(loop)}).recalls, 2);

    // A cycle without a first event.
    const Event x = makeEvent(uid(410), uid(411), EventKind::Call, C1);
    const Event y = makeEvent(uid(411), uid(410), EventKind::Call, C1);
    QVERIFY(effectiveChain({confirmed(x), confirmed(y)}).isEmpty());
    QCOMPARE(fold(makeTicket(), {confirmed(x), confirmed(y)}).status, Status::Waiting);

    // An event that follows itself, alone and after a valid start.
    const Event self = makeEvent(uid(420), uid(420), EventKind::Recall, C1);
    QVERIFY(effectiveChain({confirmed(self)}).isEmpty());
    const Event selfAfterB = makeEvent(uid(402), uid(402), EventKind::Recall, C1);
    QCOMPARE(ids(effectiveChain({confirmed(a), confirmed(b), confirmed(selfAfterB)})),
             (QStringList{a.id, b.id}));

    // An empty id that follows the empty head.
    const Event empty = makeEvent({}, {}, EventKind::Call, C1);
    QCOMPARE(effectiveChain({pending(empty), pending(empty)}).size(), 1);

    // Many duplicates of one event never make a chain longer than its input.
    QList<EventRecord> many;
    for (int i = 0; i < 200; ++i)
        many << pending(a) << pending(loop);
    QCOMPARE(effectiveChain(many).size(), 1);
}

void TestQueueDomain::anyInputOrder_data()
{
    QTest::addColumn<QList<EventRecord>>("records");
    QTest::addColumn<QStringList>("chain");

    const Event call = makeEvent(uid(401), {}, EventKind::Call, C1, utc(9, 0));
    const Event recall = makeEvent(uid(402), uid(401), EventKind::Recall, C1, utc(9, 1));
    const Event hold = makeEvent(uid(403), uid(402), EventKind::Hold, C1, utc(9, 2));
    const Event resume = makeEvent(uid(404), uid(403), EventKind::Resume, C2, utc(9, 3));
    const Event close = makeEvent(uid(405), uid(404), EventKind::Close, C2, utc(9, 4));
    QTest::newRow("linear") << QList<EventRecord>{pending(call), confirmed(recall), confirmed(hold),
                                                  pending(resume), pending(close)}
                            << QStringList{call.id, recall.id, hold.id, resume.id, close.id};

    const Event localClose = makeEvent(uid(406), uid(401), EventKind::Close, C1, utc(9, 0, 30));
    QTest::newRow("fork, confirmed wins")
        << QList<EventRecord>{confirmed(call), pending(localClose), confirmed(recall), confirmed(hold)}
        << QStringList{call.id, recall.id, hold.id};
    QTest::newRow("fork and a refused branch")
        << QList<EventRecord>{confirmed(call), refused(localClose), pending(recall), pending(hold)}
        << QStringList{call.id, recall.id, hold.id};

    // Two of this PC's events after the same one: the earlier counts, whatever order the rows come in.
    const Event laterHold = makeEvent(uid(407), uid(401), EventKind::Hold, C1, utc(9, 5));
    QTest::newRow("two pending, earlier wins")
        << QList<EventRecord>{pending(call), pending(laterHold), pending(recall), pending(hold)}
        << QStringList{call.id, recall.id, hold.id};
    // Same time as well: the lower id.
    const Event sameTime = makeEvent(uid(408), uid(401), EventKind::Hold, C1, utc(9, 1));
    QTest::newRow("two confirmed at the same time, lower id wins")
        << QList<EventRecord>{confirmed(call), confirmed(sameTime), confirmed(recall), confirmed(hold)}
        << QStringList{call.id, recall.id, hold.id};
    const Event loop = makeEvent(uid(401), uid(403), EventKind::Recall, C1, utc(9, 3));
    QTest::newRow("loop") << QList<EventRecord>{confirmed(call), confirmed(recall), confirmed(hold),
                                                confirmed(loop)}
                          << QStringList{call.id, recall.id, hold.id};
}

void TestQueueDomain::anyInputOrder()
{
    QFETCH(QList<EventRecord>, records);
    QFETCH(QStringList, chain);
    const Ticket ticket = makeTicket();
    const QString expectedState = describe(fold(ticket, records));
    QList<int> order(records.size());
    std::iota(order.begin(), order.end(), 0);
    int permutations = 0;
    do {
        QList<EventRecord> shuffled;
        for (int i : order)
            shuffled << records.at(i);
        QCOMPARE(ids(effectiveChain(shuffled)), chain);
        QCOMPARE(describe(fold(ticket, shuffled)), expectedState);
        ++permutations;
    } while (std::next_permutation(order.begin(), order.end()));
    QVERIFY(permutations >= 24);
}

void TestQueueDomain::invalidTransitionStopsFold()
{
    const Event call = makeEvent(uid(401), {}, EventKind::Call, C1, utc(9, 0));
    const Event recall = makeEvent(uid(402), uid(401), EventKind::Recall, C1, utc(9, 1));
    const Event wrongCounter = makeEvent(uid(403), uid(402), EventKind::Close, C2, utc(9, 2));
    const Event fine = makeEvent(uid(404), uid(403), EventKind::Recall, C1, utc(9, 3));
    const QList<EventRecord> records{confirmed(call), confirmed(recall), confirmed(wrongCounter),
                                     confirmed(fine)};
    QCOMPARE(effectiveChain(records).size(), 4); // the chain itself does not judge
    const TicketState s = fold(makeTicket(), records);
    QCOMPARE(s.status, Status::Called);
    QCOMPARE(s.headEventId, recall.id);
    QCOMPARE(s.recalls, 1); // the recall after the refused close does not count
    QCOMPARE(s.counterId, C1);

    // A chain that starts wrong leaves the ticket as issued.
    const Event badStart = makeEvent(uid(410), {}, EventKind::Close, C1);
    QCOMPARE(describe(fold(makeTicket(), {confirmed(badStart)})), describe(initialState(makeTicket())));
}

// ---- Order of calls -------------------------------------------------------------------------

void TestQueueDomain::callsBefore_data()
{
    QTest::addColumn<Ticket>("first");
    QTest::addColumn<Ticket>("second");

    const Ticket early = makeTicket(uid(301), 2, Priority::None, utc(8, 0));
    for (Priority p : allPriorities()) {
        if (p == Priority::None)
            continue;
        QTest::newRow(qPrintable(priorityName(p) + QStringLiteral(" before an earlier ticket")))
            << makeTicket(uid(399), 900, p, utc(11, 0)) << early;
    }
    QTest::newRow("priorities among themselves by arrival")
        << makeTicket(uid(399), 5, Priority::Over75, utc(9, 0))
        << makeTicket(uid(301), 1, Priority::Disability, utc(9, 1));
    QTest::newRow("earlier arrival") << makeTicket(uid(399), 50, Priority::None, utc(8, 0))
                                     << makeTicket(uid(301), 1, Priority::None, utc(8, 0, 0, 1));
    QTest::newRow("same time, lower number") << makeTicket(uid(399), 3, Priority::None, utc(8, 0))
                                             << makeTicket(uid(301), 4, Priority::None, utc(8, 0));
    QTest::newRow("same time and number, lower id") << makeTicket(uid(301), 3, Priority::None, utc(8, 0))
                                                    << makeTicket(uid(302), 3, Priority::None, utc(8, 0));
}

void TestQueueDomain::callsBefore()
{
    QFETCH(Ticket, first);
    QFETCH(Ticket, second);
    QVERIFY(Queue::callsBefore(first, second));
    QVERIFY(!Queue::callsBefore(second, first));
    QVERIFY(!Queue::callsBefore(first, first));
    QVERIFY(!Queue::callsBefore(second, second));
}

void TestQueueDomain::sortShuffled()
{
    QList<Ticket> expected{
        makeTicket(uid(310), 7, Priority::Over75, utc(9, 5)),
        makeTicket(uid(311), 3, Priority::Disability, utc(9, 6)),
        makeTicket(uid(312), 4, Priority::Appointment, utc(9, 6)),
        makeTicket(uid(313), 1, Priority::Pregnancy, utc(9, 10)),
        makeTicket(uid(314), 20, Priority::None, utc(8, 0)),
        makeTicket(uid(315), 1, Priority::None, utc(8, 30)),
        makeTicket(uid(316), 2, Priority::None, utc(8, 30)),
        makeTicket(uid(317), 2, Priority::None, utc(8, 30)),
        makeTicket(uid(318), 1001, Priority::None, utc(8, 31)),
    };
    // A transfer keeps the place in the queue: its state, not its issue time, counts.
    Ticket transferred = makeTicket(uid(319), 999, Priority::None, utc(10, 0));
    transferred.state.queuedAt = utc(8, 45);
    expected.append(transferred);
    expected.append(makeTicket(uid(320), 5, Priority::None, utc(9, 0)));

    QStringList expectedIds;
    for (const Ticket &t : expected)
        expectedIds << t.id;
    std::mt19937 random(20261123);
    for (int round = 0; round < 50; ++round) {
        QList<Ticket> shuffled = expected;
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        std::sort(shuffled.begin(), shuffled.end(), &Queue::callsBefore);
        QStringList sortedIds;
        for (const Ticket &t : shuffled)
            sortedIds << t.id;
        QCOMPARE(sortedIds, expectedIds);
    }
}

// ---- Numbers and codes ----------------------------------------------------------------------

void TestQueueDomain::numbering_data()
{
    QTest::addColumn<int>("series");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::newRow("1") << 1 << 1 << 999;
    QTest::newRow("2") << 2 << 1001 << 1999;
    QTest::newRow("9") << 9 << 8001 << 8999;
}

void TestQueueDomain::numbering()
{
    QFETCH(int, series);
    QFETCH(int, first);
    QFETCH(int, last);
    QCOMPARE(firstNumber(series), first);
    QCOMPARE(lastNumber(series), last);
    QVERIFY(lastNumber(series) < firstNumber(series + 1)); // series never share a number
    QCOMPARE(lastNumber(series) - firstNumber(series) + 1, numbersPerSeries - 1);
}

void TestQueueDomain::code()
{
    Ticket t = makeTicket(T1, 12);
    QCOMPARE(t.code(), QStringLiteral("A 12"));
    t.prefix = QStringLiteral("T");
    t.number = 1042;
    QCOMPARE(t.code(), QStringLiteral("T 1042"));
    t.walkIn = true;
    t.number = 0;
    QCOMPARE(t.code(), str("—"));
}

// ---- JSON -----------------------------------------------------------------------------------

void TestQueueDomain::serviceJson()
{
    const Service s = validService();
    const QJsonObject json = toJson(s);
    const Parsed<Service> parsed = serviceFromJson(json);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    const Service &p = parsed.value();
    QCOMPARE(p.id, s.id);
    QCOMPARE(p.version, s.version);
    QCOMPARE(p.ownerBranchId, s.ownerBranchId);
    QCOMPARE(p.name, s.name);
    QCOMPARE(p.prefix, s.prefix);
    QCOMPARE(p.usualMinutes, s.usualMinutes);
    QCOMPARE(p.position, s.position);
    QCOMPARE(p.active, s.active);
    QCOMPARE(toJson(p), json);

    Service unowned = s;
    unowned.ownerBranchId.clear(); // a service for every branch
    unowned.active = true;
    const Parsed<Service> again = serviceFromJson(toJson(unowned));
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(again.value().ownerBranchId.isEmpty());
    QVERIFY(again.value().active);
    // Through bytes as well.
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QCOMPARE(toJson(serviceFromJson(QJsonDocument::fromJson(bytes).object()).value()), json);
}

void TestQueueDomain::counterJson()
{
    const Counter c = validCounter();
    const QJsonObject json = toJson(c);
    const Parsed<Counter> parsed = counterFromJson(json);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    const Counter &p = parsed.value();
    QCOMPARE(p.id, c.id);
    QCOMPARE(p.version, c.version);
    QCOMPARE(p.ownerBranchId, c.ownerBranchId);
    QCOMPARE(p.number, c.number);
    QCOMPARE(p.name, c.name);
    QCOMPARE(p.serviceIds, c.serviceIds);
    QCOMPARE(p.active, c.active);
    QCOMPARE(toJson(p), json);

    Counter closed = c;
    closed.active = false;
    closed.serviceIds.clear(); // a closed counter may serve nothing
    closed.name.clear();
    const Parsed<Counter> again = counterFromJson(toJson(closed));
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(again.value().serviceIds.isEmpty());
    QVERIFY(!again.value().active);

    Counter full = c;
    full.serviceIds.clear();
    for (const QJsonValue &id : uuidArray(26, 1000))
        full.serviceIds << id.toString();
    QVERIFY(counterFromJson(toJson(full)));
}

void TestQueueDomain::ticketJson()
{
    const Ticket t = validTicket();
    const QJsonObject json = toJson(t);
    QVERIFY(!json.contains(QStringLiteral("state")));
    const Parsed<Ticket> parsed = ticketFromJson(json);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    const Ticket &p = parsed.value();
    QCOMPARE(p.id, t.id);
    QCOMPARE(p.ownerBranchId, t.ownerBranchId);
    QCOMPARE(p.serviceId, t.serviceId);
    QCOMPARE(p.prefix, t.prefix);
    QCOMPARE(p.number, t.number);
    QCOMPARE(p.businessDate, t.businessDate);
    QCOMPARE(p.priority, t.priority);
    QCOMPARE(p.citizenId, t.citizenId);
    QCOMPARE(p.issuedAt, t.issuedAt);
    QCOMPARE(p.issuedAt.timeSpec(), Qt::UTC);
    QCOMPARE(p.deviceId, t.deviceId);
    QCOMPARE(p.issuedBy, t.issuedBy);
    QCOMPARE(p.peopleAhead, t.peopleAhead);
    QCOMPARE(p.estimatedMinutes, t.estimatedMinutes);
    QCOMPARE(p.walkIn, t.walkIn);
    QCOMPARE(describe(p.state), describe(initialState(t)));
    QCOMPARE(toJson(p), json);
    QCOMPARE(json.value(QStringLiteral("issuedAt")).toString(), QStringLiteral("2026-11-23T08:30:15.123Z"));
    QCOMPARE(json.value(QStringLiteral("businessDate")).toString(), QStringLiteral("2026-11-23"));

    // Served without a ticket, for nobody known, from a PC without a device id.
    Ticket walkIn = t;
    walkIn.walkIn = true;
    walkIn.number = 0;
    walkIn.priority = Priority::None;
    walkIn.citizenId.clear();
    walkIn.deviceId.clear();
    const Parsed<Ticket> again = ticketFromJson(toJson(walkIn));
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(again.value().walkIn);
    QCOMPARE(again.value().number, 0);
    QVERIFY(again.value().citizenId.isEmpty());
    QCOMPARE(toJson(again.value()), toJson(walkIn));

    // A time written by another program, local offset-free and without milliseconds.
    QJsonObject other = json;
    other.insert(QStringLiteral("issuedAt"), QStringLiteral("2026-11-23T08:30:15Z"));
    const Parsed<Ticket> third = ticketFromJson(other);
    QVERIFY2(third, qPrintable(third.error()));
    QCOMPARE(third.value().issuedAt, utc(8, 30, 15));
    QCOMPARE(third.value().issuedAt.timeSpec(), Qt::UTC);
}

void TestQueueDomain::eventJson()
{
    const Event e = validEvent();
    const QJsonObject json = toJson(e);
    const Parsed<Event> parsed = eventFromJson(json);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    const Event &p = parsed.value();
    QCOMPARE(p.id, e.id);
    QCOMPARE(p.ownerBranchId, e.ownerBranchId);
    QCOMPARE(p.ticketId, e.ticketId);
    QCOMPARE(p.after, e.after);
    QCOMPARE(p.kind, e.kind);
    QCOMPARE(p.at, e.at);
    QCOMPARE(p.counterId, e.counterId);
    QCOMPARE(p.serviceId, e.serviceId);
    QCOMPARE(p.outcome, e.outcome);
    QCOMPARE(p.notes, e.notes);
    QCOMPARE(p.citizenId, e.citizenId);
    QCOMPARE(p.deviceId, e.deviceId);
    QCOMPARE(p.accountId, e.accountId);
    QCOMPARE(p.username, e.username);
    QCOMPARE(toJson(p), json);

    // The first event of a ticket, without outcome or citizen.
    const Event first = makeEvent(uid(401), {}, EventKind::Call, C1, utc(9, 0));
    const Parsed<Event> call = eventFromJson(toJson(first));
    QVERIFY2(call, qPrintable(call.error()));
    QVERIFY(call.value().after.isEmpty());
    QVERIFY(!call.value().outcome);
    QVERIFY(call.value().citizenId.isEmpty());
    QVERIFY(call.value().serviceId.isEmpty());
    QCOMPARE(toJson(call.value()), toJson(first));

    // Every kind and every outcome.
    for (EventKind k : {EventKind::Call, EventKind::Recall, EventKind::NoShow, EventKind::Transfer,
                        EventKind::Hold, EventKind::Resume, EventKind::Close}) {
        const Event event = makeEvent(uid(403), uid(402), k, C2, utc(10, 0));
        const Parsed<Event> back = eventFromJson(toJson(event));
        QVERIFY2(back, qPrintable(eventKindName(k) + QLatin1Char(' ') + back.error()));
        QCOMPARE(back.value().kind, k);
        QCOMPARE(back.value().serviceId, event.serviceId);
    }
    for (Outcome o : allOutcomes()) {
        Event event = e;
        event.outcome = o;
        event.notes = QString(maxNotesLength, QLatin1Char('n')); // the longest notes
        const Parsed<Event> back = eventFromJson(toJson(event));
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back.value().outcome, o);
        QCOMPARE(back.value().notes.size(), maxNotesLength);
    }
}

namespace {

QJsonObject baseJson(const QString &entity)
{
    if (entity == QLatin1String("service"))
        return toJson(validService());
    if (entity == QLatin1String("counter"))
        return toJson(validCounter());
    if (entity == QLatin1String("ticket"))
        return toJson(validTicket());
    return toJson(validEvent());
}

QString parseError(const QString &entity, const QJsonObject &json, bool *ok)
{
    const auto report = [ok](const auto &parsed) {
        *ok = parsed.ok();
        return parsed.error();
    };
    if (entity == QLatin1String("service"))
        return report(serviceFromJson(json));
    if (entity == QLatin1String("counter"))
        return report(counterFromJson(json));
    if (entity == QLatin1String("ticket"))
        return report(ticketFromJson(json));
    return report(eventFromJson(json));
}

void bad(const char *entity, const char *name, const QJsonObject &patch, const QStringList &removed = {})
{
    QTest::newRow(qPrintable(QLatin1String(entity) + QStringLiteral(": ") + QLatin1String(name)))
        << QString::fromLatin1(entity) << patch << removed;
}

QJsonObject set(const char *key, const QJsonValue &value)
{
    return QJsonObject{{QLatin1String(key), value}};
}

} // namespace

void TestQueueDomain::baseIsValid()
{
    for (const char *entity : {"service", "counter", "ticket", "event"}) {
        bool ok = false;
        const QString error = parseError(QLatin1String(entity), baseJson(QLatin1String(entity)), &ok);
        QVERIFY2(ok, qPrintable(QLatin1String(entity) + QStringLiteral(": ") + error));
    }
}

void TestQueueDomain::malformed_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QStringList>("removed");

    const QString huge(100000, QLatin1Char('x'));
    const QString long61(61, QLatin1Char('y'));

    for (const char *entity : {"service", "counter", "ticket", "event"}) {
        QTest::newRow(qPrintable(QLatin1String(entity) + QStringLiteral(": empty object")))
            << QString::fromLatin1(entity) << QJsonObject() << QStringList{QStringLiteral("*")};
        bad(entity, "missing id", {}, {QStringLiteral("id")});
        bad(entity, "id not a UUID", set("id", QStringLiteral("abc")));
        bad(entity, "id the nil UUID", set("id", QStringLiteral("00000000-0000-0000-0000-000000000000")));
        bad(entity, "id in braces", set("id", QLatin1Char('{') + uid(9) + QLatin1Char('}')));
        bad(entity, "id with a letter past f",
            set("id", QStringLiteral("00000000-0000-4000-8000-00000000000g")));
        bad(entity, "id without dashes", set("id", QStringLiteral("000000000000400080000000000000000009")));
        bad(entity, "id a number", set("id", 12));
        bad(entity, "id 100k characters", set("id", huge));
        bad(entity, "owner branch not a UUID", set("ownerBranchId", QStringLiteral("branch-1")));
        bad(entity, "version as string", set("version", QStringLiteral("1")));
        bad(entity, "version fractional", set("version", 1.5));
        bad(entity, "version 1e300", set("version", 1e300));
        bad(entity, "version -1e300", set("version", -1e300));
        bad(entity, "version huge", set("version", 1e10));
        bad(entity, "version 0", set("version", 0));
        bad(entity, "version null", set("version", QJsonValue::Null));
        bad(entity, "version true", set("version", true));
    }

    bad("service", "name missing", {}, {QStringLiteral("name")});
    bad("service", "name blank", set("name", QStringLiteral("   ")));
    bad("service", "name 61 characters", set("name", long61));
    bad("service", "name 100k characters", set("name", huge));
    bad("service", "name a number", set("name", 5));
    bad("service", "name an array", set("name", QJsonArray{QStringLiteral("Anagrafe")}));
    bad("service", "prefix AA", set("prefix", QStringLiteral("AA")));
    bad("service", "prefix a", set("prefix", QStringLiteral("a")));
    bad("service", "prefix 1", set("prefix", QStringLiteral("1")));
    bad("service", "prefix empty", set("prefix", QString()));
    bad("service", "prefix accented", set("prefix", str("È")));
    bad("service", "prefix 100k characters", set("prefix", huge));
    bad("service", "negative minutes", set("usualMinutes", -5));
    bad("service", "zero minutes", set("usualMinutes", 0));
    bad("service", "241 minutes", set("usualMinutes", 241));
    bad("service", "minutes as string", set("usualMinutes", QStringLiteral("10")));
    bad("service", "minutes 1e300", set("usualMinutes", 1e300));
    bad("service", "minutes fractional", set("usualMinutes", 10.25));
    bad("service", "position 100", set("position", 100));
    bad("service", "position -1", set("position", -1));
    bad("service", "active as string", set("active", QStringLiteral("true")));
    bad("service", "active as number", set("active", 1));
    bad("service", "active missing", {}, {QStringLiteral("active")});

    bad("counter", "27 services", set("serviceIds", uuidArray(27, 1000)));
    bad("counter", "a service twice", set("serviceIds", QJsonArray{S1, S2, S1}));
    bad("counter", "open without services", set("serviceIds", QJsonArray()));
    bad("counter", "services not a list", set("serviceIds", S1));
    bad("counter", "services an object", set("serviceIds", QJsonObject{{QStringLiteral("0"), S1}}));
    bad("counter", "a service a number", set("serviceIds", QJsonArray{S1, 7}));
    bad("counter", "a service not a UUID", set("serviceIds", QJsonArray{S1, QStringLiteral("anagrafe")}));
    bad("counter", "a service empty", set("serviceIds", QJsonArray{QString()}));
    bad("counter", "a service 100k characters", set("serviceIds", QJsonArray{huge}));
    bad("counter", "number 0", set("number", 0));
    bad("counter", "number 100", set("number", 100));
    bad("counter", "number as string", set("number", QStringLiteral("3")));
    bad("counter", "number fractional", set("number", 1.5));
    bad("counter", "number 1e300", set("number", 1e300));
    bad("counter", "name 61 characters", set("name", long61));
    bad("counter", "name 100k characters", set("name", huge));
    bad("counter", "name null", set("name", QJsonValue::Null));
    bad("counter", "active missing", {}, {QStringLiteral("active")});

    bad("ticket", "walk-in with number 5", set("walkIn", true));
    bad("ticket", "ticket with number 0", set("number", 0));
    bad("ticket", "number 9000", set("number", lastNumber(9) + 1));
    bad("ticket", "number -1", set("number", -1));
    bad("ticket", "number as string", set("number", QStringLiteral("5")));
    bad("ticket", "number 1e300", set("number", 1e300));
    bad("ticket", "number fractional", set("number", 5.5));
    bad("ticket", "version 2", set("version", 2));
    bad("ticket", "prefix AA", set("prefix", QStringLiteral("AA")));
    bad("ticket", "prefix a", set("prefix", QStringLiteral("a")));
    bad("ticket", "prefix 1", set("prefix", QStringLiteral("1")));
    bad("ticket", "prefix empty", set("prefix", QString()));
    bad("ticket", "unknown priority", set("priority", QStringLiteral("urgent")));
    bad("ticket", "empty priority", set("priority", QString()));
    bad("ticket", "priority as number", set("priority", 1));
    bad("ticket", "priority missing", {}, {QStringLiteral("priority")});
    bad("ticket", "service missing", {}, {QStringLiteral("serviceId")});
    bad("ticket", "service empty", set("serviceId", QString()));
    bad("ticket", "citizen not a UUID", set("citizenId", QStringLiteral("RSSMRA80A01H501U")));
    bad("ticket", "date 2026-02-30", set("businessDate", QStringLiteral("2026-02-30")));
    bad("ticket", "date with slashes", set("businessDate", QStringLiteral("2026/11/23")));
    bad("ticket", "date the Italian way", set("businessDate", QStringLiteral("23-11-2026")));
    bad("ticket", "date with a time", set("businessDate", QStringLiteral("2026-11-23T00:00:00Z")));
    bad("ticket", "date as number", set("businessDate", 20261123));
    bad("ticket", "date empty", set("businessDate", QString()));
    bad("ticket", "time without Z", set("issuedAt", QStringLiteral("2026-11-23T08:30:00.000")));
    bad("ticket", "time with an offset", set("issuedAt", QStringLiteral("2026-11-23T08:30:00.000+01:00")));
    bad("ticket", "time with offset and Z", set("issuedAt", QStringLiteral("2026-11-23T08:30:00+01:00Z")));
    bad("ticket", "time of an impossible day", set("issuedAt", QStringLiteral("2026-02-30T08:30:00Z")));
    bad("ticket", "time 25:00", set("issuedAt", QStringLiteral("2026-11-23T25:00:00Z")));
    bad("ticket", "time in words", set("issuedAt", QStringLiteral("yesterday Z")));
    bad("ticket", "time as number", set("issuedAt", 1795000000));
    bad("ticket", "time 100k characters", set("issuedAt", huge + QLatin1Char('Z')));
    bad("ticket", "device 100k characters", set("deviceId", huge));
    bad("ticket", "device missing", {}, {QStringLiteral("deviceId")});
    bad("ticket", "issued by 41 characters", set("issuedBy", QString(41, QLatin1Char('u'))));
    bad("ticket", "people ahead -1", set("peopleAhead", -1));
    bad("ticket", "people ahead 10001", set("peopleAhead", 10001));
    bad("ticket", "estimate over a day", set("estimatedMinutes", 24 * 60 + 1));
    bad("ticket", "negative estimate", set("estimatedMinutes", -10));
    bad("ticket", "walk-in as string", set("walkIn", QStringLiteral("false")));

    bad("event", "unknown kind", set("kind", QStringLiteral("teleport")));
    bad("event", "kind missing", {}, {QStringLiteral("kind")});
    bad("event", "kind empty", set("kind", QString()));
    bad("event", "kind capitalised", set("kind", QStringLiteral("Close")));
    bad("event", "unknown outcome", set("outcome", QStringLiteral("great")));
    bad("event", "outcome as number", set("outcome", 0));
    bad("event", "outcome missing", {}, {QStringLiteral("outcome")});
    bad("event", "close without outcome", set("outcome", QString()));
    bad("event", "call with an outcome", set("kind", QStringLiteral("call")));
    bad("event", "transfer without service",
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("transfer")},
                    {QStringLiteral("outcome"), QString()}});
    bad("event", "transfer to a bad service",
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("transfer")},
                    {QStringLiteral("outcome"), QString()},
                    {QStringLiteral("serviceId"), QStringLiteral("tributi")}});
    bad("event", "notes over 2000 characters", set("notes", QString(maxNotesLength + 1, QLatin1Char('n'))));
    bad("event", "notes 100k characters", set("notes", huge));
    bad("event", "notes a number", set("notes", 3));
    bad("event", "id equals after", set("id", uid(401)));
    bad("event", "id equals ticket", set("id", T1));
    bad("event", "after not a UUID", set("after", QStringLiteral("previous")));
    bad("event", "ticket missing", {}, {QStringLiteral("ticketId")});
    bad("event", "ticket a number", set("ticketId", 301));
    bad("event", "counter empty", set("counterId", QString()));
    bad("event", "counter missing", {}, {QStringLiteral("counterId")});
    bad("event", "citizen not a UUID", set("citizenId", QStringLiteral("x")));
    bad("event", "account 65 characters", set("accountId", QString(65, QLatin1Char('a'))));
    bad("event", "account a number", set("accountId", 7));
    bad("event", "device 65 characters", set("deviceId", QString(65, QLatin1Char('d'))));
    bad("event", "username 41 characters", set("username", QString(41, QLatin1Char('u'))));
    bad("event", "username 100k characters", set("username", huge));
    bad("event", "time without Z", set("at", QStringLiteral("2026-11-23T09:41:07.250")));
    bad("event", "time with an offset", set("at", QStringLiteral("2026-11-23T09:41:07.250+01:00")));
    bad("event", "time of an impossible day", set("at", QStringLiteral("2026-02-30T09:41:07Z")));
    bad("event", "time empty", set("at", QString()));
    bad("event", "time missing", {}, {QStringLiteral("at")});
}

void TestQueueDomain::malformed()
{
    QFETCH(QString, entity);
    QFETCH(QJsonObject, patch);
    QFETCH(QStringList, removed);

    QJsonObject json = baseJson(entity);
    for (const QString &key : removed) {
        if (key == QLatin1String("*"))
            json = {};
        else
            json.remove(key);
    }
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it)
        json.insert(it.key(), it.value());

    bool ok = true;
    const QString error = parseError(entity, json, &ok);
    QVERIFY2(!ok,
             qPrintable(entity + QStringLiteral(" accepted: ") +
                        QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)).left(300)));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.size() < 200, qPrintable(error.left(300))); // never echoes the input
}

// ---- Rules ----------------------------------------------------------------------------------

void TestQueueDomain::serviceProblems_data()
{
    QTest::addColumn<Service>("service");
    const auto with = [](auto change) {
        Service s = validService();
        change(s);
        return s;
    };
    QTest::newRow("no name") << with([](Service &s) { s.name.clear(); });
    QTest::newRow("blank name") << with([](Service &s) { s.name = QStringLiteral("  \t"); });
    QTest::newRow("long name") << with([](Service &s) { s.name = QString(61, QLatin1Char('n')); });
    QTest::newRow("two letters") << with([](Service &s) { s.prefix = QStringLiteral("AB"); });
    QTest::newRow("lower case") << with([](Service &s) { s.prefix = QStringLiteral("a"); });
    QTest::newRow("digit") << with([](Service &s) { s.prefix = QStringLiteral("1"); });
    QTest::newRow("no letter") << with([](Service &s) { s.prefix.clear(); });
    QTest::newRow("0 minutes") << with([](Service &s) { s.usualMinutes = 0; });
    QTest::newRow("241 minutes") << with([](Service &s) { s.usualMinutes = 241; });
    QTest::newRow("position -1") << with([](Service &s) { s.position = -1; });
    QTest::newRow("position 100") << with([](Service &s) { s.position = 100; });
}

void TestQueueDomain::serviceProblems()
{
    QFETCH(Service, service);
    QVERIFY(serviceProblem(validService()).isEmpty());
    QVERIFY(!serviceProblem(service).isEmpty());
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto cleanup = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    QVERIFY2(isMarked(serviceProblem(service)), qPrintable(serviceProblem(service)));
}

void TestQueueDomain::counterProblems_data()
{
    QTest::addColumn<Counter>("counter");
    const auto with = [](auto change) {
        Counter c = validCounter();
        change(c);
        return c;
    };
    QTest::newRow("number 0") << with([](Counter &c) { c.number = 0; });
    QTest::newRow("number 100") << with([](Counter &c) { c.number = 100; });
    QTest::newRow("long name") << with([](Counter &c) { c.name = QString(61, QLatin1Char('n')); });
    QTest::newRow("open without services") << with([](Counter &c) { c.serviceIds.clear(); });
    QTest::newRow("a service twice") << with([](Counter &c) { c.serviceIds << S1; });
    QTest::newRow("27 services") << with([](Counter &c) {
        c.serviceIds.clear();
        for (int i = 0; i < 27; ++i)
            c.serviceIds << uid(1000 + i);
    });
}

void TestQueueDomain::counterProblems()
{
    QFETCH(Counter, counter);
    QVERIFY(counterProblem(validCounter()).isEmpty());
    QVERIFY(!counterProblem(counter).isEmpty());
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto cleanup = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    QVERIFY2(isMarked(counterProblem(counter)), qPrintable(counterProblem(counter)));
}

void TestQueueDomain::ticketAndEventProblems()
{
    QVERIFY(ticketProblem(validTicket()).isEmpty());
    QVERIFY(eventProblem(validEvent()).isEmpty());

    Ticket t = validTicket();
    t.businessDate = QDate();
    QVERIFY(!ticketProblem(t).isEmpty());
    t = validTicket();
    t.issuedAt = QDateTime();
    QVERIFY(!ticketProblem(t).isEmpty());
    t = validTicket();
    t.walkIn = true;
    QVERIFY(!ticketProblem(t).isEmpty());

    Event e = validEvent();
    e.at = QDateTime();
    QVERIFY(!eventProblem(e).isEmpty());
    e = validEvent();
    e.outcome.reset();
    QVERIFY(!eventProblem(e).isEmpty());
    e = validEvent();
    e.after = e.id;
    QVERIFY(!eventProblem(e).isEmpty());
}

QTEST_GUILESS_MAIN(TestQueueDomain)
#include "tst_queuedomain.moc"
