// SPDX-License-Identifier: EUPL-1.2
// PostgreSQL restarts while counter PCs push and pull through two sportello-server processes on it
// (the documented scale-out). The service comes back by itself: every operation lands exactly
// once, every PC converges, no request is answered 500 (503 while the database is away, which the
// PCs retry), and a long poll held by one process is woken again by a push through the other.
// PostgreSQL only, on a cluster of the test's own (private-postgres.sh): restarting the suite's
// shared one would break the tests running beside it.
#include "serverprocess.h"
#include "syncpc.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Sportello;
using namespace std::chrono_literals;
using SyncTest::Pc;

namespace {
// Runs private-postgres.sh; its standard output, or a null string when it failed.
QString privatePostgres(const QString &command, const QString &dir)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    script.start(QStringLiteral("bash"), {QStringLiteral(PRIVATE_POSTGRES_SCRIPT), command, dir});
    // Waited for with the event loop running: the PCs and the load go on meanwhile.
    if (!QTest::qWaitFor([&] { return script.state() == QProcess::NotRunning; }, 120'000) ||
        script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0)
        return {};
    return QString::fromUtf8(script.readAllStandardOutput()).trimmed() + QStringLiteral(""); // not null
}

Sync::SyncOptions options(bool longPoll)
{
    Sync::SyncOptions o;
    o.maxBatch = 20;
    o.pullPageSize = 50;
    o.pollInterval = 1h; // rounds when the test asks, or after a failure
    o.backoff = {20ms, 300ms, 0.5};
    o.longPollWait = longPoll ? 20s : 0s;
    return o;
}
} // namespace

class TestPostgresRestart : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_url;
    QString m_branch;
    ServerTest::Server m_servers[2];

    QVariant serverValue(const QString &sql)
    {
        QVariant value;
        {
            QSqlDatabase c = ServerTest::postgresConnection(QStringLiteral("peek"), QUrl(m_url));
            QSqlQuery q(c);
            if (c.open() && q.exec(sql) && q.next())
                value = q.value(0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return value;
    }
    QUrl url(int server) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_servers[server].port()));
    }
    QString code() const { return ServerTest::admin(m_url, {QStringLiteral("enrol-code"), m_branch}).out; }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("SPORTELLO_TEST_BACKEND") != QLatin1String("postgresql") ||
            qEnvironmentVariableIsEmpty("SPORTELLO_TEST_POSTGRES"))
            QSKIP("SPORTELLO_TEST_POSTGRES is not set: run the tests through packaging/run-tests.sh");
        QVERIFY(m_dir.isValid());
        m_url = privatePostgres(QStringLiteral("start"), m_dir.path());
        QVERIFY2(m_url.startsWith(QLatin1String("postgresql://")), qPrintable(m_url));
        QString error;
        m_branch = ServerTest::addComuneWithBranch(m_url, &error);
        QVERIFY2(!m_branch.isEmpty(), qPrintable(error));
        for (ServerTest::Server &server : m_servers)
            QVERIFY(server.start(m_url));
    }

    void cleanupTestCase()
    {
        for (ServerTest::Server &server : m_servers) {
            if (server.port())
                server.stop();
        }
        if (!m_url.isEmpty())
            privatePostgres(QStringLiteral("stop"), m_dir.path());
    }

    void restartsUnderLoadLoseAndRepeatNothing()
    {
        // Four PCs, two on each process; two keep a long poll open beside their rounds.
        std::vector<std::unique_ptr<Pc>> pcs;
        for (int i = 0; i < 4; ++i) {
            pcs.push_back(std::make_unique<Pc>(options(i % 2 == 0)));
            QVERIFY(SyncTest::enrol(*pcs.back(), url(i % 2), code(), QStringLiteral("PC %1").arg(i + 1)));
            QVERIFY(SyncTest::syncUntilIdle(*pcs.back()));
        }
        // Work goes on at every PC while PostgreSQL restarts twice.
        QStringList made;
        QTimer load;
        QObject::connect(&load, &QTimer::timeout, this, [&] {
            Pc &pc = *pcs.at(size_t(QRandomGenerator::global()->bounded(4)));
            made << pc.citizens()
                        .create(Test::citizen({}, QStringLiteral("Riavvio%1").arg(made.size()),
                                              QStringLiteral("Carla")))
                        .id;
            pc.syncNow();
        });
        load.start(15);
        for (int restart = 0; restart < 2; ++restart) {
            QTest::qWait(700);
            QVERIFY(!privatePostgres(QStringLiteral("restart"), m_dir.path()).isNull());
        }
        QTest::qWait(700);
        load.stop();
        QVERIFY(made.size() > 50);

        for (int pass = 0; pass < 2; ++pass) {
            for (const auto &pc : pcs)
                QVERIFY(SyncTest::syncUntilIdle(*pc));
        }
        // Exactly once on the server, and the same records on every PC.
        QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM records WHERE entity = 'citizen'")).toInt(),
                 made.size());
        QCOMPARE(serverValue(QStringLiteral("SELECT count(DISTINCT operation_id) = count(*) FROM changes"))
                     .toBool(),
                 true);
        QCOMPARE(
            serverValue(QStringLiteral("SELECT count(*) FROM applied_operations WHERE entity = 'citizen'"))
                .toInt(),
            made.size());
        QStringList expected = made;
        expected.sort();
        for (const auto &pc : pcs) {
            QCOMPARE(pc->status.parkedCount, 0);
            QCOMPARE(SyncTest::citizenIds(*pc), expected);
        }
        // 503 while the database was away, never 500: nothing the PCs would take for their data's fault.
        for (ServerTest::Server &server : m_servers) {
            const QByteArray log = server.process().readAllStandardError();
            QVERIFY2(!log.contains("status=500"), log.constData());
        }
    }

    void aLongPollIsWokenAcrossProcessesAfterARestart()
    {
        QVERIFY(!privatePostgres(QStringLiteral("restart"), m_dir.path()).isNull());
        Pc writer(options(false));
        QVERIFY(SyncTest::enrol(writer, url(0), code(), QStringLiteral("PC scrive")));
        ServerTest::Client reader(m_servers[1].port());
        const ServerTest::Reply enrolled =
            reader.post(QStringLiteral("/api/v1/devices/enrol"),
                        QJsonObject{{QStringLiteral("code"), code()},
                                    {QStringLiteral("deviceName"), QStringLiteral("PC legge")}});
        QCOMPARE(enrolled.status, 200);
        const QByteArray token = enrolled.json.value(QLatin1String("token")).toString().toLatin1();
        const qint64 head = serverValue(QStringLiteral("SELECT max(last_seq) FROM tenants")).toLongLong();
        QNetworkReply *held =
            reader.startGet(QStringLiteral("/api/v1/sync/pull?after=%1&wait=30").arg(head), token);
        QTest::qWait(300); // held by now
        const Domain::Citizen made =
            writer.citizens().create(Test::citizen({}, QStringLiteral("Svegliato"), QStringLiteral("Ivo")));
        QVERIFY(SyncTest::syncUntilIdle(writer));
        // Answered by the other process's push, not by its 30 s limit with an empty page.
        const ServerTest::Reply answer = reader.finish(held);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains(made.id.toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestPostgresRestart)
#include "tst_postgresrestart.moc"
