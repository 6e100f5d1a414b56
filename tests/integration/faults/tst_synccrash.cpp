// SPDX-License-Identifier: EUPL-1.2
// Issue 3, sync proof: processes killed with SIGKILL while a push is in flight. A client (a child
// process, sync_client_child) dies before the server saw its batch, after the server applied it but
// before the answer arrived, and half way through the answer; the server dies in the middle of
// large batches, several times, and comes back on the same database. Afterwards every operation is
// on the server exactly once and nothing is left in an outbox. On SQLite, and on PostgreSQL with
// SPORTELLO_TEST_BACKEND=postgresql.
#include "storage/database.h"
#include "storage/officerepository.h"
#include "syncharness.h"

#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTimer>

using namespace Sportello;
using namespace std::chrono_literals;
using FaultTest::Hold;
using SyncHarness::Pc;

namespace {
const QString pushPath = QStringLiteral("/api/v1/sync/push");

// A client database enrolled through the proxy, closed again, and the token in a file for the child.
bool prepareChildDatabase(SyncHarness::Cluster &cluster, const QString &path, const QString &tokenPath)
{
    Storage::Database database(path);
    if (!database.open().ok())
        return false;
    Storage::OfficeRepository(database).setUp(QStringLiteral("Comune di Prova"),
                                              QStringLiteral("00743110157"), QStringLiteral("Sede centrale"),
                                              QStringLiteral("SEDE1"));
    Security::InMemorySecretStore secrets;
    const Sync::SyncOptions options = SyncHarness::fastOptions(25, false);
    Sync::SyncEngine engine(database, secrets, options);
    int enrolled = 0;
    QObject receiver;
    QObject::connect(&engine, &Sync::SyncEngine::enrolmentFinished, &receiver,
                     [&enrolled](bool ok, const QString &) { enrolled = ok ? 1 : -1; });
    engine.start();
    const QUrl url = cluster.proxy().url();
    const QString code = cluster.enrolCode(0);
    QMetaObject::invokeMethod(&engine,
                              [&engine, url, code] { engine.enrol(url, code, QStringLiteral("PC figlio")); });
    const bool ok = QTest::qWaitFor([&] { return enrolled != 0; }, 60'000) && enrolled == 1;
    engine.stop();
    const QByteArray value = secrets.read(options.tokenKey).value;
    QFile file(tokenPath);
    return ok && !value.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(value) == value.size();
}

class Child {
public:
    Child(const QString &database, const QString &token, int create, int maxBatch)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(SYNC_CLIENT_CHILD),
                        {database, token, QString::number(create), QString::number(maxBatch)});
    }
    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    bool started() { return m_process.waitForStarted(120'000); }
    void kill() { m_process.kill(); } // SIGKILL
    // With the event loop running: the proxy that carries the child's requests lives on it.
    bool waitForEnd()
    {
        return QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, 120'000);
    }
    int exitCode() const
    {
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QString output() { return QString::fromUtf8(m_process.readAll()); }
    bool running() const { return m_process.state() != QProcess::NotRunning; }

private:
    QProcess m_process;
};
} // namespace

class TestSyncCrash : public QObject {
    Q_OBJECT

private slots:
    void aClientKilledDuringItsPushesSendsEverythingExactlyOnce()
    {
        SyncHarness::Cluster cluster;
        bool skip = false;
        const QString error = cluster.setUp(1, &skip);
        if (skip)
            QSKIP(qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("pc.db"));
        const QString token = dir.filePath(QStringLiteral("token"));
        QVERIFY(prepareChildDatabase(cluster, database, token));
        FaultTest::FaultProxy &proxy = cluster.proxy();

        // Where the child dies: the push caught at each of these points, then SIGKILL.
        struct Moment {
            const char *what;
            Hold where;
            int skip;
        };
        const Moment moments[] = {
            {"before the server saw the push", Hold::BeforeForward, 2},
            {"after the server applied the push, before the answer", Hold::AfterResponse, 1},
            {"with half of the answer received", Hold::MidResponse, 0},
        };
        for (const Moment &moment : moments) {
            int held = 0;
            const QMetaObject::Connection c =
                connect(&proxy, &FaultTest::FaultProxy::held, this, [&] { ++held; });
            proxy.holdNext(pushPath, moment.where, moment.skip);
            Child child(database, token, 120, 25);
            QVERIFY(child.started());
            QVERIFY2(QTest::qWaitFor([&] { return held > 0 || !child.running(); }, 120'000), moment.what);
            QVERIFY2(held == 1, qPrintable(child.output()));
            child.kill();
            QVERIFY(child.waitForEnd());
            disconnect(c);
            proxy.releaseHeld();
            qInfo("killed %s", moment.what);
        }
        {
            // While the server applies a push: nothing held, the kill follows the request at once.
            int pushes = 0;
            Child child(database, token, 120, 25);
            const QMetaObject::Connection c =
                connect(&proxy, &FaultTest::FaultProxy::forwarded, this, [&](const QString &path) {
                    if (path.startsWith(pushPath) && ++pushes == 2)
                        child.kill();
                });
            QVERIFY(child.started());
            QVERIFY(child.waitForEnd());
            disconnect(c);
            QVERIFY2(child.exitCode() == -1, qPrintable(child.output())); // it was killed, it did not finish
        }

        // Restarted once more, it finishes what the others left.
        Child last(database, token, 40, 25);
        QVERIFY(last.started());
        QVERIFY(last.waitForEnd());
        const QString output = last.output();
        QVERIFY2(last.exitCode() == 0, qPrintable(output));

        Storage::Database reopened(database);
        QVERIFY(reopened.open().ok());
        const SyncHarness::ClientState client = SyncHarness::readClient(reopened);
        QString serverError;
        const SyncHarness::ServerState server = SyncHarness::readServer(cluster, &serverError);
        QVERIFY2(serverError.isEmpty(), qPrintable(serverError));
        const QStringList wrong = SyncHarness::checkExactlyOnce(server, {client});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
        // Every citizen row came with its change-log entry, even those written as the process died.
        QCOMPARE(client.citizens.size(), client.createsPerRecord.size());
        QVERIFY(client.citizens.size() >= 40);
    }

    void aServerKilledInTheMiddleOfBatchesLosesAndDuplicatesNothing()
    {
        SyncHarness::Cluster cluster;
        bool skip = false;
        const QString error = cluster.setUp(2, &skip);
        if (skip)
            QSKIP(qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        std::vector<std::unique_ptr<Pc>> pcs;
        for (int i = 0; i < 2; ++i) {
            pcs.push_back(std::make_unique<Pc>(SyncHarness::fastOptions(500, false)));
            QVERIFY(SyncTest::enrol(*pcs.back(), cluster.proxy().url(), cluster.enrolCode(i),
                                    QStringLiteral("PC %1").arg(i + 1)));
            QVERIFY(SyncTest::syncUntilIdle(*pcs.back()));
        }
        // Large batches waiting on both PCs.
        for (int i = 0; i < 700; ++i) {
            for (std::size_t p = 0; p < pcs.size(); ++p) {
                Domain::Citizen c =
                    Test::citizen({}, QStringLiteral("Riavvio"), QStringLiteral("Prova %1").arg(i));
                c.documentNumber = QStringLiteral("RV%1%2").arg(p).arg(i, 6, 10, QLatin1Char('0'));
                pcs.at(p)->citizens().create(c);
            }
        }

        // The server dies this long after a push reached it in full: some kills land before the
        // batch transaction, some inside it, some after its commit (the answer is lost then).
        const int delaysMs[] = {0, 2, 5, 10, 20, 40, 80};
        int kills = 0;
        bool killing = false;
        bool restarted = true;
        const QMetaObject::Connection c =
            connect(&cluster.proxy(), &FaultTest::FaultProxy::forwarded, this, [&](const QString &path) {
                if (killing || kills == int(std::size(delaysMs)) || !path.startsWith(pushPath))
                    return;
                killing = true;
                QTimer::singleShot(delaysMs[kills], this, [&] {
                    restarted = restarted && cluster.killAndRestartServer();
                    ++kills;
                    killing = false;
                });
            });
        for (const auto &pc : pcs)
            pc->syncNow();
        QVERIFY(QTest::qWaitFor([&] { return kills == int(std::size(delaysMs)) || !restarted; }, 120'000));
        disconnect(c);
        QVERIFY(restarted);

        for (int pass = 0; pass < 2; ++pass) {
            for (const auto &pc : pcs)
                QVERIFY(SyncTest::syncUntilIdle(*pc));
        }
        QString serverError;
        const SyncHarness::ServerState server = SyncHarness::readServer(cluster, &serverError);
        QVERIFY2(serverError.isEmpty(), qPrintable(serverError));
        QList<SyncHarness::ClientState> clients;
        for (const auto &pc : pcs)
            clients << SyncHarness::readClient(*pc->db.database);
        const QStringList wrong = SyncHarness::checkExactlyOnce(server, clients);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
        QCOMPARE(server.records.size(), 1400);
        pcs.clear();
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
