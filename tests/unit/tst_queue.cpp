// SPDX-License-Identifier: EUPL-1.2
// The walk-in queue on one PC: numbering (per service, day, branch and PC series, across midnight),
// call order, every counter action, the wait estimate, roles, and what sync brings in.
#include "security/permissions.h"
#include "storage/changelog.h"
#include "storage/countercall.h"
#include "storage/queuerepository.h"
#include "storage/queuesetup.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace Sportello;
using namespace Sportello::Domain::Queue;
using Storage::QueueRepository;
using Storage::QueueSetup;

namespace {

QDateTime at(int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second, ms), Qt::LocalTime);
}

QStringList codes(const QList<Ticket> &tickets)
{
    QStringList list;
    for (const Ticket &t : tickets)
        list << t.code();
    return list;
}

} // namespace

class TestQueue : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Test::TempDatabase> m_db;
    Service m_anagrafe;
    Service m_tributi;
    Counter m_one;
    Counter m_two;

    Storage::WriteContext as(Security::Role role) const
    {
        Storage::WriteContext context = m_db->context;
        context.actor = Test::clerk(role);
        return context;
    }
    QueueRepository queue(Security::Role role = Security::Role::Operatore) const
    {
        return QueueRepository(*m_db->database, as(role));
    }
    int entries(const QString &entity) const
    {
        return Storage::Sql::scalar(m_db->database->connection(),
                                    QStringLiteral("SELECT count(*) FROM change_log WHERE entity = ?"),
                                    {entity})
            .toInt();
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Test::TempDatabase>();
        QueueSetup setup(*m_db->database, as(Security::Role::Responsabile));
        m_anagrafe =
            setup.save(Service{{}, 0, {}, QStringLiteral("Anagrafe"), QStringLiteral("a"), 10, 1, true});
        m_tributi =
            setup.save(Service{{}, 0, {}, QStringLiteral("Tributi"), QStringLiteral("T"), 20, 2, true});
        m_one = setup.save(Counter{{}, 0, {}, 1, {}, {m_anagrafe.id}, true});
        m_two =
            setup.save(Counter{{}, 0, {}, 2, QStringLiteral("Tributi"), {m_anagrafe.id, m_tributi.id}, true});
    }

    void setupRules()
    {
        QueueSetup setup(*m_db->database, as(Security::Role::Responsabile));
        QCOMPARE(m_anagrafe.prefix, QStringLiteral("A")); // typed in lower case
        QCOMPARE(setup.services().size(), 2);
        QVERIFY_THROWS_EXCEPTION(
            Storage::StorageError,
            setup.save(Service{{}, 0, {}, QStringLiteral("Anagrafe 2"), QStringLiteral("A"), 10, 3, true}));
        QVERIFY_THROWS_EXCEPTION(Storage::StorageError,
                                 setup.save(Counter{{}, 0, {}, 1, {}, {m_tributi.id}, true}));
        Service stale = m_anagrafe;
        stale.name = QStringLiteral("Servizi demografici");
        setup.save(stale);
        QVERIFY_THROWS_EXCEPTION(Storage::StorageError, setup.save(stale)); // built on version 1 again
        QVERIFY_THROWS_EXCEPTION(Security::PermissionDenied,
                                 QueueSetup(*m_db->database, as(Security::Role::Operatore)).save(m_anagrafe));
        // Hours: the default until saved, then what was saved, through the change log.
        Domain::OpeningHours hours = setup.openingHours();
        QCOMPARE(hours, Domain::defaultOpeningHours());
        hours.patron = Domain::PatronDay{6, 24, QStringLiteral("San Giovanni")};
        setup.save(hours);
        setup.save(hours);
        QCOMPARE(setup.openingHours(), hours);
        QCOMPARE(entries(Sync::Entity::branchHours), 2);
    }

    void numbersPerServiceAndDay()
    {
        QueueRepository q = queue();
        QCOMPARE(q.issue(m_anagrafe.id, Priority::None, {}, at(23, 9, 0)).code(), QStringLiteral("A 1"));
        QCOMPARE(q.issue(m_anagrafe.id, Priority::None, {}, at(23, 9, 1)).code(), QStringLiteral("A 2"));
        QCOMPARE(q.issue(m_tributi.id, Priority::None, {}, at(23, 9, 2)).code(), QStringLiteral("T 1"));
        // The last millisecond of the day, then the first of the next: numbering starts again.
        const Ticket late = q.issue(m_anagrafe.id, Priority::None, {}, at(23, 23, 59, 59, 999));
        QCOMPARE(late.code(), QStringLiteral("A 3"));
        QCOMPARE(late.businessDate, QDate(2026, 11, 23));
        const Ticket early = q.issue(m_anagrafe.id, Priority::None, {}, at(24, 0, 0, 0, 0));
        QCOMPARE(early.code(), QStringLiteral("A 1"));
        QCOMPARE(early.businessDate, QDate(2026, 11, 24));
        QCOMPARE(q.issue(m_anagrafe.id, Priority::None, {}, at(24, 8, 0)).code(), QStringLiteral("A 2"));
        QCOMPARE(entries(Sync::Entity::queueTicket), 6);
        // Yesterday's leftovers are not called today.
        QCOMPARE(codes(q.waiting(QDate(2026, 11, 24))),
                 (QStringList{QStringLiteral("A 1"), QStringLiteral("A 2")}));
    }

    void eachPcHasItsSeries()
    {
        // A second PC of the branch (series 2) never gives a number the first one gives.
        QueueRepository q = queue();
        QCOMPARE(q.issue(m_anagrafe.id, Priority::None, {}, at(23, 9, 0)).number, 1);
        Storage::Sql::exec(m_db->database->connection(),
                           QStringLiteral("UPDATE sync_state SET ticket_series = 2"));
        QCOMPARE(q.series(), 2);
        QCOMPARE(q.issue(m_anagrafe.id, Priority::None, {}, at(23, 9, 1)).code(), QStringLiteral("A 1001"));
        QCOMPARE(q.issue(m_anagrafe.id, Priority::None, {}, at(23, 9, 2)).code(), QStringLiteral("A 1002"));
        Storage::Sql::exec(m_db->database->connection(),
                           QStringLiteral("UPDATE sync_state SET ticket_series = 1"));
        QCOMPARE(q.issue(m_anagrafe.id, Priority::None, {}, at(23, 9, 3)).code(), QStringLiteral("A 2"));
    }

    void priorityFirstThenArrival()
    {
        QueueRepository q = queue();
        q.issue(m_anagrafe.id, Priority::None, {}, at(23, 9, 0));
        q.issue(m_tributi.id, Priority::None, {}, at(23, 9, 1));
        q.issue(m_anagrafe.id, Priority::None, {}, at(23, 9, 2));
        q.issue(m_anagrafe.id, Priority::Over75, {}, at(23, 9, 3));
        q.issue(m_tributi.id, Priority::Pregnancy, {}, at(23, 9, 4));
        QCOMPARE(codes(q.waiting(QDate(2026, 11, 23))),
                 (QStringList{QStringLiteral("A 3"), QStringLiteral("T 2"), QStringLiteral("A 1"),
                              QStringLiteral("T 1"), QStringLiteral("A 2")}));
        // Counter 1 serves Anagrafe only: the pregnant person for Tributi is not its to call.
        QStringList one;
        for (int i = 0; i < 3; ++i) {
            const auto called = q.callNext(m_one.id, at(23, 10, i));
            one << called->code();
            q.close(called->id, m_one.id, Outcome::Resolved, {}, {}, at(23, 10, i, 30));
        }
        QCOMPARE(one, (QStringList{QStringLiteral("A 3"), QStringLiteral("A 1"), QStringLiteral("A 2")}));
        QVERIFY(!q.callNext(m_one.id, at(23, 10, 5)));
        QCOMPARE(q.callNext(m_two.id, at(23, 10, 6))->code(), QStringLiteral("T 2"));
    }

    void counterActions()
    {
        QueueRepository q = queue();
        const Ticket first = q.issue(m_anagrafe.id, Priority::None, {}, at(23, 9, 0));
        q.issue(m_anagrafe.id, Priority::None, {}, at(23, 9, 1));
        Ticket t = *q.callNext(m_one.id, at(23, 9, 10));
        QCOMPARE(t.id, first.id);
        QCOMPARE(t.state.status, Status::Called);
        QCOMPARE(t.state.servedBy, m_db->context.actor->username);
        QVERIFY_THROWS_EXCEPTION(Storage::StorageError,
                                 q.callNext(m_one.id, at(23, 9, 11))); // close it first
        t = q.recall(t.id, m_one.id, at(23, 9, 12));
        QCOMPARE(t.state.recalls, 1);
        QVERIFY_THROWS_EXCEPTION(Storage::StorageError,
                                 q.recall(t.id, m_two.id, at(23, 9, 13))); // not its counter
        t = q.hold(t.id, m_one.id, at(23, 9, 14));
        QCOMPARE(q.onHold(m_one.id).size(), 1);
        QVERIFY(!q.current(m_one.id));
        const Ticket second = *q.callNext(m_one.id, at(23, 9, 15)); // while A 1 fetches a document
        q.noShow(second.id, m_one.id, at(23, 9, 20));
        QCOMPARE(q.find(second.id)->state.status, Status::NoShow);
        t = q.resume(t.id, m_two.id, at(23, 9, 25)); // taken up at another counter
        QCOMPARE(t.state.counterId, m_two.id);
        t = q.transfer(t.id, m_two.id, m_tributi.id, at(23, 9, 26));
        QCOMPARE(t.state.status, Status::Waiting);
        QCOMPARE(t.state.serviceId, m_tributi.id);
        QCOMPARE(t.state.queuedAt, first.issuedAt); // keeps its place
        t = *q.callNext(m_two.id, at(23, 9, 30));
        QCOMPARE(t.id, first.id);
        const QString citizen = QUuid::createUuid().toString(QUuid::WithoutBraces);
        t = q.close(t.id, m_two.id, Outcome::MissingDocuments, QStringLiteral("  Manca la delega  "), citizen,
                    at(23, 9, 40));
        QCOMPARE(t.state.status, Status::Done);
        QCOMPARE(t.state.outcome, Outcome::MissingDocuments);
        QCOMPARE(t.state.notes, QStringLiteral("Manca la delega"));
        QCOMPARE(t.state.citizenId, citizen);
        QCOMPARE(t.state.calledAt, at(23, 9, 10).toUTC()); // the first call
        QVERIFY_THROWS_EXCEPTION(Storage::StorageError,
                                 q.close(t.id, m_two.id, Outcome::Other, {}, {}, at(23, 9, 41)));
        // Written once: every action is an event of its own, each in the change log.
        QCOMPARE(entries(Sync::Entity::queueEvent), 9);
        // The stored state is what folding the events gives.
        const Ticket again = *q.find(first.id);
        QCOMPARE(again.state.headEventId, t.state.headEventId);
        QVERIFY_THROWS_EXCEPTION(
            Storage::StorageError,
            Storage::Sql::exec(m_db->database->connection(), QStringLiteral("DELETE FROM queue_event")));
    }

    void withoutTicket()
    {
        QueueRepository q = queue();
        const Ticket t = q.serveWithoutTicket(m_two.id, m_tributi.id, at(23, 11, 0));
        QVERIFY(t.walkIn);
        QCOMPARE(t.number, 0);
        QCOMPARE(t.code(), QStringLiteral("—"));
        QCOMPARE(q.current(m_two.id)->id, t.id);
        q.close(t.id, m_two.id, Outcome::Resolved, {}, {}, at(23, 11, 5));
        QCOMPARE(q.serveWithoutTicket(m_two.id, m_tributi.id, at(23, 11, 6)).number, 0); // no clash at 0
        QCOMPARE(q.issue(m_tributi.id, Priority::None, {}, at(23, 11, 7)).number, 1);
    }

    void estimate()
    {
        QueueRepository q = queue();
        QCOMPARE(q.estimate(m_anagrafe.id, Priority::None, at(23, 9, 0)).minutes, 0);
        for (int i = 0; i < 4; ++i)
            q.issue(m_anagrafe.id, Priority::None, {}, at(23, 9, i));
        // 4 ahead × 10 usual minutes ÷ 2 counters serving Anagrafe.
        const auto wait = q.estimate(m_anagrafe.id, Priority::None, at(23, 9, 5));
        QCOMPARE(wait.peopleAhead, 4);
        QCOMPARE(wait.minutes, 20);
        // A priority ticket only waits behind priority tickets.
        QCOMPARE(q.estimate(m_anagrafe.id, Priority::Disability, at(23, 9, 5)).peopleAhead, 0);
        const Ticket fifth = q.issue(m_anagrafe.id, Priority::None, {}, at(23, 9, 6));
        QCOMPARE(fifth.peopleAhead, 4);
        QCOMPARE(fifth.estimatedMinutes, 20);
        // Today's pace replaces the usual minutes once three are served; the counters at work count.
        for (int i = 0; i < 3; ++i) {
            const auto t = q.callNext(m_one.id, at(23, 10, 0));
            q.close(t->id, m_one.id, Outcome::Resolved, {}, {}, at(23, 10, 4));
        }
        const auto paced = q.estimate(m_anagrafe.id, Priority::None, at(23, 10, 5));
        QCOMPARE(paced.peopleAhead, 2);
        QCOMPARE(paced.minutes, 8); // 2 × 4 minutes ÷ 1 counter at work
    }

    void roles()
    {
        QVERIFY_THROWS_EXCEPTION(
            Security::PermissionDenied,
            queue(Security::Role::Facilitatore).issue(m_anagrafe.id, Priority::None, {}, at(23, 9, 0)));
        queue().issue(m_anagrafe.id, Priority::None, {}, at(23, 9, 0));
        QVERIFY_THROWS_EXCEPTION(Security::PermissionDenied,
                                 queue(Security::Role::Amministratore).callNext(m_one.id, at(23, 9, 1)));
        Storage::WriteContext nobody = m_db->context;
        nobody.actor.reset();
        QVERIFY_THROWS_EXCEPTION(Security::PermissionDenied,
                                 QueueRepository(*m_db->database, nobody).callNext(m_one.id, at(23, 9, 1)));
        QVERIFY(queue(Security::Role::Responsabile).callNext(m_one.id, at(23, 9, 2)));
    }

    // Another counter's call arrives by sync before our own call's answer: theirs was accepted by
    // the server, so it counts, and ours will be refused; once refused, nobody need look at it.
    void pulledCallWinsAndRefusalIsSettled()
    {
        QueueRepository q = queue();
        const Ticket ticket = q.issue(m_anagrafe.id, Priority::None, {}, at(23, 9, 0));
        const Ticket mine = *q.callNext(m_one.id, at(23, 9, 5));
        Event theirs;
        theirs.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        theirs.ownerBranchId = ticket.ownerBranchId;
        theirs.ticketId = ticket.id;
        theirs.kind = EventKind::Call;
        theirs.at = at(23, 9, 4).toUTC();
        theirs.counterId = m_two.id;
        theirs.username = QStringLiteral("collega");
        QCOMPARE(q.applyRemote(Sync::Entity::queueEvent, toJson(theirs)), QString());
        Ticket now = *q.find(ticket.id);
        QCOMPARE(now.state.counterId, m_two.id);
        QVERIFY(!q.current(m_one.id));
        QVERIFY(q.markRefused(mine.state.headEventId));
        QCOMPARE(q.find(ticket.id)->state.counterId, m_two.id);
        // Applying the same pulled event again changes nothing.
        QCOMPARE(q.applyRemote(Sync::Entity::queueEvent, toJson(theirs)), QString());
        QCOMPARE(q.find(ticket.id)->state.headEventId, theirs.id);
    }

    // The counter whose call lost learns who won and calls the next person: no widget needed.
    void aLostCallIsToldAndTheNextPersonCalled()
    {
        QueueRepository q = queue();
        const Ticket first = q.issue(m_anagrafe.id, Priority::None, {}, at(23, 9, 0));
        const Ticket second = q.issue(m_anagrafe.id, Priority::None, {}, at(23, 9, 1));
        Storage::CounterCall call;
        const Ticket mine = *q.callNext(m_one.id, at(23, 9, 5));
        QCOMPARE(mine.id, first.id);
        call.made(mine.id);
        // Nothing lost while the counter holds its ticket.
        QVERIFY(!call.check(*m_db->database, as(Security::Role::Operatore), m_one.id, q.current(m_one.id),
                            at(23, 9, 6)));
        // Counter 2 called it first, says the central service; our call is refused.
        Event theirs;
        theirs.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        theirs.ownerBranchId = first.ownerBranchId;
        theirs.ticketId = first.id;
        theirs.kind = EventKind::Call;
        theirs.at = at(23, 9, 4).toUTC();
        theirs.counterId = m_two.id;
        theirs.username = QStringLiteral("collega");
        QCOMPARE(q.applyRemote(Sync::Entity::queueEvent, toJson(theirs)), QString());
        QVERIFY(q.markRefused(mine.state.headEventId));
        const auto lost = call.check(*m_db->database, as(Security::Role::Operatore), m_one.id,
                                     q.current(m_one.id), at(23, 9, 7));
        QVERIFY(lost);
        QCOMPARE(lost->ticket.id, first.id);
        QCOMPARE(lost->winnerNumber, std::optional<int>(2));
        QVERIFY(lost->next);
        QCOMPARE(lost->next->id, second.id);
        QVERIFY(lost->problem.isEmpty());
        QCOMPARE(q.current(m_one.id)->id, second.id);
        // Told once: the next check finds the counter holding the person it called instead.
        QVERIFY(!call.check(*m_db->database, as(Security::Role::Operatore), m_one.id, q.current(m_one.id),
                            at(23, 9, 8)));
        // A ticket closed here is not lost, and nobody else is called for it.
        q.close(second.id, m_one.id, Outcome::Resolved, {}, {}, at(23, 9, 9));
        call.settled();
        QVERIFY(!call.check(*m_db->database, as(Security::Role::Operatore), m_one.id, q.current(m_one.id),
                            at(23, 9, 10)));
    }

    void refusedCloseIsForStaff()
    {
        QueueRepository q = queue();
        const Ticket ticket = q.issue(m_anagrafe.id, Priority::None, {}, at(23, 9, 0));
        const Ticket called = *q.callNext(m_one.id, at(23, 9, 5));
        const Ticket closed = q.close(ticket.id, m_one.id, Outcome::Resolved, {}, {}, at(23, 9, 9));
        // The close built on the lost call is refused too and is judged on its own: the call
        // loses nothing, the close is work that did not land.
        QVERIFY(q.markRefused(called.state.headEventId));
        QVERIFY(!q.markRefused(closed.state.headEventId));
        QCOMPARE(q.find(ticket.id)->state.status, Status::Waiting);
    }

    void pulledTickets()
    {
        QueueRepository q = queue();
        const Ticket mine = q.issue(m_anagrafe.id, Priority::None, {}, at(23, 9, 0));
        Ticket other = mine;
        other.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        other.number = 1001; // the other PC's series
        other.issuedAt = at(23, 8, 59).toUTC();
        QCOMPARE(q.applyRemote(Sync::Entity::queueTicket, toJson(other)), QString());
        QCOMPARE(codes(q.waiting(QDate(2026, 11, 23))),
                 (QStringList{QStringLiteral("A 1001"), QStringLiteral("A 1")}));
        // A number this branch already gave today is kept out, for staff.
        Ticket clash = other;
        clash.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(q.applyRemote(Sync::Entity::queueTicket, toJson(clash)),
                 QStringLiteral("duplicate_ticket_number"));
        QJsonObject broken = toJson(other);
        broken.insert(QStringLiteral("number"), QStringLiteral("1001"));
        QCOMPARE(q.applyRemote(Sync::Entity::queueTicket, broken), QStringLiteral("unreadable_record"));
        // Events may come before their ticket: they wait for it.
        Ticket late = other;
        late.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        late.number = 1002;
        Event call;
        call.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        call.ticketId = late.id;
        call.kind = EventKind::Call;
        call.at = at(23, 9, 10).toUTC();
        call.counterId = m_two.id;
        QCOMPARE(q.applyRemote(Sync::Entity::queueEvent, toJson(call)), QString());
        QCOMPARE(q.applyRemote(Sync::Entity::queueTicket, toJson(late)), QString());
        QCOMPARE(q.find(late.id)->state.status, Status::Called);
        QCOMPARE(q.current(m_two.id)->id, late.id);
    }
};

QTEST_GUILESS_MAIN(TestQueue)
#include "tst_queue.moc"
