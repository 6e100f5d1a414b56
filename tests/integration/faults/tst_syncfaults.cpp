// SPDX-License-Identifier: EUPL-1.2
// Issue 3, sync proof: four counter PCs of one comune (two branches) work and sync through a proxy
// that drops, cuts, delays, replays and fakes answers. When the network heals, every operation is
// on the server exactly once and every PC holds the same records as the server. On SQLite, and on
// PostgreSQL with SPORTELLO_TEST_BACKEND=postgresql.
#include "syncharness.h"

#include <QJsonArray>
#include <QTest>

using namespace Sportello;
using namespace std::chrono_literals;
using FaultTest::Fault;
using SyncHarness::Pc;

class TestSyncFaults : public QObject {
    Q_OBJECT

    SyncHarness::Cluster m_cluster;
    std::vector<std::unique_ptr<Pc>> m_pcs;

private slots:
    void initTestCase()
    {
        bool skip = false;
        const QString error = m_cluster.setUp(2, &skip);
        if (skip)
            QSKIP(qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Two PCs per branch. Half of them keep a long poll open beside their rounds, so the proxy
        // carries held requests too.
        for (int i = 0; i < 4; ++i) {
            m_pcs.push_back(std::make_unique<Pc>(SyncHarness::fastOptions(25, i % 2 == 0)));
            // Enrolled through the proxy, which is the URL the engine keeps; faults come later.
            QVERIFY(SyncTest::enrol(*m_pcs.back(), m_cluster.proxy().url(), m_cluster.enrolCode(i / 2),
                                    QStringLiteral("PC %1").arg(i + 1)));
        }
    }

    void cleanupTestCase()
    {
        m_pcs.clear();
        m_cluster.tearDown();
    }

    void aLongPollThroughTheProxyDoesNotHoldUpOtherRequests()
    {
        Pc &pc = *m_pcs.front();
        QVERIFY(SyncTest::syncUntilIdle(pc));
        const QByteArray token = pc.secrets.read(QStringLiteral("device-token")).value;
        const qint64 cursor = Storage::SyncStore(*pc.db.database).identity().pullCursor;
        ServerTest::Client client(m_cluster.proxy().port());
        QNetworkReply *poll =
            client.startGet(QStringLiteral("/api/v1/sync/pull?after=%1&wait=30").arg(cursor), token);
        // While the poll is held, another PC's push goes through the same proxy and wakes it.
        const Domain::Citizen made = m_pcs.at(2)->citizens().create(
            Test::citizen({}, QStringLiteral("Attesa"), QStringLiteral("Lia")));
        QVERIFY(SyncTest::syncUntilIdle(*m_pcs.at(2)));
        const ServerTest::Reply answer = client.finish(poll);
        QCOMPARE(answer.status, 200);
        bool seen = false;
        for (const QJsonValue change : answer.json.value(QLatin1String("changes")).toArray())
            seen |= change.toObject().value(QLatin1String("recordId")).toString() == made.id;
        QVERIFY(seen);
    }

    void everyOperationLandsExactlyOnceThroughFaults()
    {
        FaultTest::FaultProxy &proxy = m_cluster.proxy();
        // The workload follows the proxy's seed too, so that SPORTELLO_FAULT_SEED repeats it.
        QRandomGenerator random(proxy.seed());
        std::array<int, FaultTest::faultKinds> weights;
        weights.fill(2);
        weights[int(Fault::PassThrough)] = 30; // about one request in three meets a fault
        proxy.setWeights(weights);
        proxy.setFaultsEnabled(true);

        constexpr int operations = 2000;
        std::vector<QStringList> own(m_pcs.size()); // each PC edits only what it created: no conflicts
        for (int i = 0; i < operations; ++i) {
            const int p = int(random.bounded(int(m_pcs.size())));
            Pc &pc = *m_pcs.at(p);
            Storage::CitizenRepository citizens = pc.citizens();
            if (own.at(p).isEmpty() || random.bounded(100) < 55) {
                Domain::Citizen c =
                    Test::citizen({}, QStringLiteral("Guasto"), QStringLiteral("Prova %1").arg(i));
                c.documentNumber = QStringLiteral("YA%1").arg(i, 7, 10, QLatin1Char('0'));
                own[p] << citizens.create(c).id;
            } else {
                const QString id = own.at(p).at(int(random.bounded(int(own.at(p).size()))));
                Domain::Citizen c = *citizens.find(id);
                c.phone = QStringLiteral("333 %1").arg(i, 7, 10, QLatin1Char('0'));
                c.notes = QStringLiteral("modifica %1 da PC %2").arg(i).arg(p + 1);
                citizens.update(c);
            }
            if (random.bounded(8) == 0)
                pc.syncNow();
            QCoreApplication::processEvents(); // the proxy runs on this thread
        }
        qInfo().noquote() << "with faults:" << proxy.summary();

        // The network heals; two passes: each PC pushes everything, then pulls what the others pushed.
        proxy.setFaultsEnabled(false);
        for (int pass = 0; pass < 2; ++pass) {
            for (std::size_t p = 0; p < m_pcs.size(); ++p)
                QVERIFY2(SyncTest::syncUntilIdle(*m_pcs.at(p)),
                         qPrintable(QStringLiteral("PC %1").arg(p + 1)));
        }
        qInfo().noquote() << "in all:" << proxy.summary();
        for (int kind = 1; kind < FaultTest::faultKinds; ++kind)
            QVERIFY2(proxy.count(Fault(kind)) > 0, qPrintable(FaultTest::faultName(Fault(kind))));

        QString error;
        const SyncHarness::ServerState server = SyncHarness::readServer(m_cluster, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<SyncHarness::ClientState> clients;
        for (const auto &pc : m_pcs) {
            clients << SyncHarness::readClient(*pc->db.database);
            QCOMPARE(pc->status.parkedCount, 0);
            QCOMPARE(pc->status.pendingCount, 0);
        }
        const QStringList wrong = SyncHarness::checkExactlyOnce(server, clients);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
        int made = 1; // the long-poll test's
        for (const QStringList &ids : own)
            made += int(ids.size());
        QCOMPARE(server.records.size(), made);
        // The workload and the long-poll test's create, each with its audit entry: every chain whole.
        QCOMPARE(server.applied.size(), 2 * (operations + 1));
    }

    // An entry the server fails on (500) every time it is sent: the PC narrows the batch down to
    // it and parks it for staff; everything else lands, nothing is dropped. With a PC of its own:
    // what it writes is not part of the exactly-once check above.
    void aBatchTheServerAlwaysFailsIsNarrowedToTheEntryThatIsParked()
    {
        FaultTest::FaultProxy &proxy = m_cluster.proxy();
        proxy.setFaultsEnabled(false);
        Pc pc(SyncHarness::fastOptions(25, false));
        QVERIFY(SyncTest::enrol(pc, proxy.url(), m_cluster.enrolCode(0), QStringLiteral("PC avvelenato")));
        QVERIFY(SyncTest::syncUntilIdle(pc));
        QStringList made;
        for (int i = 0; i < 40; ++i) {
            const QString surname = i == 29 ? QStringLiteral("Velenoso") : QStringLiteral("Sano%1").arg(i);
            made << pc.citizens().create(Test::citizen({}, surname, QStringLiteral("Ugo"))).id;
        }
        proxy.setPoison("Velenoso");
        pc.syncNow();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return pc.status.state == Sync::SyncState::Idle && pc.status.pendingCount == 0 &&
                       pc.status.parkedCount == 1;
            },
            120'000)); // hang guard
        proxy.setPoison({});
        const QString poisoned = made.takeAt(29);
        QSqlDatabase server = m_cluster.peek(QStringLiteral("poison"));
        QVERIFY(server.open());
        for (const QString &id : std::as_const(made)) {
            QSqlQuery q(server);
            q.prepare(QStringLiteral("SELECT count(*) FROM records WHERE record_id = ?"));
            q.addBindValue(id);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        QSqlQuery none(server);
        none.prepare(QStringLiteral("SELECT count(*) FROM records WHERE record_id = ?"));
        none.addBindValue(poisoned);
        QVERIFY(none.exec() && none.next());
        QCOMPARE(none.value(0).toInt(), 0);
        server.close();
        // Parked, with the reason, for staff; not lost.
        const SyncHarness::ClientState state = SyncHarness::readClient(*pc.db.database);
        QCOMPARE(state.operations.values().count(QStringLiteral("parked")), 1);
    }

    // A batch whose body would pass the server's 1 MiB is split before it is sent: everything lands,
    // nothing is parked.
    void aBatchTooLargeToSendIsSplitBeforeSending()
    {
        FaultTest::FaultProxy &proxy = m_cluster.proxy();
        proxy.setFaultsEnabled(false);
        Pc pc(SyncHarness::fastOptions(500, false));
        QVERIFY(SyncTest::enrol(pc, proxy.url(), m_cluster.enrolCode(0), QStringLiteral("PC carico")));
        for (int i = 0; i < 480; ++i) {
            Domain::Citizen c = Test::citizen({}, QStringLiteral("Lunghi"), QStringLiteral("Nota %1").arg(i));
            c.notes = QString(2000, u'n');
            pc.citizens().create(c);
        }
        QVERIFY(SyncTest::syncUntilIdle(pc));
        QCOMPARE(pc.status.parkedCount, 0);
        const SyncHarness::ClientState state = SyncHarness::readClient(*pc.db.database);
        QCOMPARE(state.operations.values().count(QStringLiteral("parked")), 0);
        QVERIFY(state.operations.values().count(QStringLiteral("sent")) >= 480);
    }

    // Last, with a PC of its own: what it writes is not part of the check above. The answer to a
    // push is held back (the server applied it); meanwhile the long poll, woken by that very push,
    // brings the record back. That is the PC's own change arriving early, not a conflict.
    void aPushAnsweredLateIsNoConflictForTheLongPoll()
    {
        const Sync::SyncOptions options = SyncHarness::fastOptions(25, true);
        FaultTest::FaultProxy &proxy = m_cluster.proxy();
        proxy.setFaultsEnabled(false);
        Pc pc(options);
        int polls = 0;
        const QMetaObject::Connection watching =
            connect(&proxy, &FaultTest::FaultProxy::forwarded, this, [&polls](const QString &path) {
                polls += path.contains(QLatin1String("wait=")) ? 1 : 0;
            });
        QVERIFY(SyncTest::enrol(pc, proxy.url(), m_cluster.enrolCode(0), QStringLiteral("PC lento")));
        QVERIFY(SyncTest::syncUntilIdle(pc));
        QVERIFY(QTest::qWaitFor([&] { return polls > 0; }, 60'000)); // the long poll is at the server
        disconnect(watching);

        const qint64 cursor = Storage::SyncStore(*pc.db.database).identity().pullCursor;
        int held = 0;
        const QMetaObject::Connection holding =
            connect(&proxy, &FaultTest::FaultProxy::held, this, [&held] { ++held; });
        proxy.holdNext(QStringLiteral("/api/v1/sync/push"), FaultTest::Hold::AfterResponse);
        pc.citizens().create(Test::citizen({}, QStringLiteral("Ritardo"), QStringLiteral("Ada")));
        pc.syncNow();
        QVERIFY(QTest::qWaitFor([&] { return held == 1; }, 60'000));
        disconnect(holding);
        // The long poll's page is applied while the push still waits for its answer.
        QVERIFY(QTest::qWaitFor(
            [&] { return Storage::SyncStore(*pc.db.database).identity().pullCursor > cursor; }, 60'000));
        proxy.releaseHeld(); // the connection drops: the PC sends the batch again and hears "duplicate"
        QVERIFY(SyncTest::syncUntilIdle(pc));

        const SyncHarness::ClientState state = SyncHarness::readClient(*pc.db.database);
        QVERIFY2(state.conflicts.isEmpty(), qPrintable(state.conflicts.join(u'\n')));
        QCOMPARE(pc.status.conflictCount, 0);
        QCOMPARE(pc.status.pendingCount, 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
