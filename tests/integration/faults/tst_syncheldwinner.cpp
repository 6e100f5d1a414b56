// SPDX-License-Identifier: EUPL-1.2
// A second reviewer's find: PC A's edit is applied on the server but its answer is late; meanwhile
// PC B builds a newer version on it, and A's long poll brings that version while A's edit still
// waits. It was held back as a "conflict" and never applied once A's edit was accepted. Now it is
// applied, and no conflict is left behind. On SQLite, and on PostgreSQL with
// SPORTELLO_TEST_BACKEND=postgresql.
#include "syncharness.h"

#include <QTest>

using namespace Sportello;
using namespace std::chrono_literals;
using SyncHarness::Pc;

class TestSyncHeldWinner : public QObject {
    Q_OBJECT
    SyncHarness::Cluster m_cluster;

private slots:
    void aVersionBuiltOnALateAnsweredEditIsApplied()
    {
        bool skip = false;
        const QString error = m_cluster.setUp(1, &skip);
        if (skip)
            QSKIP(qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        FaultTest::FaultProxy &proxy = m_cluster.proxy();
        int polls = 0;
        connect(&proxy, &FaultTest::FaultProxy::forwarded, this,
                [&polls](const QString &path) { polls += path.contains(QLatin1String("wait=")) ? 1 : 0; });
        Pc a(SyncHarness::fastOptions(25, true));
        Pc b(SyncHarness::fastOptions(25, false));
        QVERIFY(SyncTest::enrol(a, proxy.url(), m_cluster.enrolCode(0), QStringLiteral("A")));
        QVERIFY(SyncTest::enrol(b, proxy.url(), m_cluster.enrolCode(0), QStringLiteral("B")));
        const Domain::Citizen made =
            a.citizens().create(Test::citizen({}, QStringLiteral("Rossi"), QStringLiteral("Ada")));
        QVERIFY(SyncTest::syncUntilIdle(a));
        QVERIFY(SyncTest::syncUntilIdle(b));
        QVERIFY(b.citizens().find(made.id));
        QVERIFY(QTest::qWaitFor([&] { return polls > 0; }, 60'000));

        int held = 0;
        connect(&proxy, &FaultTest::FaultProxy::held, this, [&held] { ++held; });
        proxy.holdNext(QStringLiteral("/api/v1/sync/push"), FaultTest::Hold::AfterResponse);
        Domain::Citizen onA = *a.citizens().find(made.id);
        onA.phone = QStringLiteral("333 111 2222");
        a.citizens().update(onA); // v2
        a.syncNow();
        QVERIFY(QTest::qWaitFor([&] { return held == 1; }, 60'000));
        // The server has v2. B pulls it and makes v3.
        QVERIFY(SyncTest::syncUntilIdle(b));
        Domain::Citizen onB = *b.citizens().find(made.id);
        QCOMPARE(onB.version, 2);
        onB.phone = QStringLiteral("333 999 8888");
        b.citizens().update(onB); // v3
        QVERIFY(SyncTest::syncUntilIdle(b));
        const qint64 serverSeq = b.store().identity().pullCursor;
        // A's long poll brings v2 (its own) and v3 (B's) while A's push of v2 still waits.
        QVERIFY(QTest::qWaitFor([&] { return a.store().identity().pullCursor >= serverSeq; }, 60'000));
        proxy.releaseHeld(); // A re-sends v2 and hears "duplicate"
        QVERIFY(SyncTest::syncUntilIdle(a));
        QVERIFY(SyncTest::syncUntilIdle(a));

        const Domain::Citizen finalA = *a.citizens().find(made.id);
        qInfo("A: version %d phone %s; conflicts %d; cursor %lld (server %lld)", finalA.version,
              qPrintable(finalA.phone), int(a.store().conflicts().size()), a.store().identity().pullCursor,
              serverSeq);
        QCOMPARE(finalA.version, 3);
        QCOMPARE(finalA.phone, QStringLiteral("333 999 8888"));
        QCOMPARE(a.status.conflictCount, 0);
        QVERIFY(a.store().conflicts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncHeldWinner)
#include "tst_syncheldwinner.moc"
