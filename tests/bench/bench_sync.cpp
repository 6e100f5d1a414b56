// SPDX-License-Identifier: EUPL-1.2
// Sync throughput: COUNT citizen creates pushed by one PC and pulled by another through the real
// sportello-server on 127.0.0.1, with the server's SQLite or PostgreSQL backend. Each PC runs in a
// child process of its own, so that the peak memory it reports is that PC's alone.
//   bench_sync run sqlite|postgresql COUNT DATA_DIR   the whole benchmark: server, PC A, PC B
//   bench_sync generate DB COUNT                       a PC database with COUNT creates in its outbox
//   bench_sync push SERVER CODE DB                     PC A: enrols, then pushes its outbox
//   bench_sync pull SERVER CODE DB COUNT               PC B, new: enrols, then pulls COUNT records
// PostgreSQL: a fresh database on the cluster named by SPORTELLO_TEST_POSTGRES, which
// tests/bench/run-benchmarks.sh starts. Figures and their reading: docs/performance.md.
#include "generatedcitizens.h"
#include "security/secretstore.h"
#include "serverprocess.h"
#include "storage/citizenrepository.h"
#include "storage/database.h"
#include "storage/officerepository.h"
#include "storage/sql.h"
#include "storage/syncstore.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <algorithm>
#include <cstdio>

using namespace Sportello;
using namespace std::chrono_literals;

using ServerTest::postgresConnection;

namespace {
constexpr int hangGuardMs = 3'600'000; // a guard against a stuck run, not a speed expectation

// Peak resident memory (VmHWM) of a process, in MiB; -1 if unknown.
double peakMiB(const QString &pid = QStringLiteral("self"))
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

// The product's defaults, but no timed round: only the ones the benchmark asks for.
Sync::SyncOptions benchOptions()
{
    Sync::SyncOptions options;
    options.pollInterval = 24h;
    return options;
}

QVariant scalar(const Storage::Database &database, const QString &sql)
{
    return Storage::Sql::scalar(database.connection(), sql);
}

// A counter PC: its database, a keychain stand-in, its engine on its own thread, and what it said.
class Pc {
public:
    explicit Pc(Storage::Database &database)
        : m_engine(database, m_secrets, benchOptions())
    {
        QObject::connect(&m_engine, &Sync::SyncEngine::statusChanged, &m_receiver,
                         [this](const Sync::SyncStatus &s) { status = s; });
        QObject::connect(&m_engine, &Sync::SyncEngine::roundFinished, &m_receiver, [this] { ++rounds; });
        QObject::connect(&m_engine, &Sync::SyncEngine::enrolmentFinished, &m_receiver,
                         [this](bool ok, const QString &message) {
                             enrolledAtNs = clock.nsecsElapsed();
                             enrolled = ok ? 1 : -1;
                             enrolMessage = message;
                         });
        m_engine.start();
    }
    ~Pc() { m_engine.stop(); }

    // Enrolment is followed at once by a sync round (the engine starts it itself).
    bool enrol(const QUrl &server, const QString &code, const QString &name)
    {
        clock.start();
        QMetaObject::invokeMethod(&m_engine,
                                  [this, server, code, name] { m_engine.enrol(server, code, name); });
        if (!QTest::qWaitFor([this] { return enrolled != 0; }, 60'000) || enrolled != 1) {
            std::fprintf(stderr, "enrolment failed: %s\n", qPrintable(enrolMessage));
            return false;
        }
        return true;
    }
    // Waits for `done`, polling every ~10 ms; false (with the engine's words) if the sync failed.
    bool waitFor(const std::function<bool()> &done)
    {
        const bool ok = QTest::qWaitFor(
            [&] { return done() || status.state == Sync::SyncState::Error || status.parkedCount > 0; },
            hangGuardMs);
        if (ok && done())
            return true;
        std::fprintf(stderr, "sync failed: state %d, %d parked: %s\n", int(status.state), status.parkedCount,
                     qPrintable(status.message));
        return false;
    }
    double secondsSinceEnrolled() const { return (clock.nsecsElapsed() - enrolledAtNs) / 1e9; }

    QElapsedTimer clock;
    qint64 enrolledAtNs = 0;
    int enrolled = 0;
    QString enrolMessage;
    int rounds = 0;
    Sync::SyncStatus status;

private:
    Security::InMemorySecretStore m_secrets;
    Sync::SyncEngine m_engine;
    QObject m_receiver; // on the main thread: the engine's signals arrive queued
};

int generate(const QString &path, int count)
{
    Storage::Database database(path);
    if (!database.open().ok())
        return 1;
    const Storage::LocalOffice office = Storage::OfficeRepository(database).setUp(
        QStringLiteral("Comune di Prova"), QStringLiteral("00743110157"), QStringLiteral("Sede centrale"),
        QStringLiteral("SEDE1"));
    // Test data, not records: the generator alone skips the fsync of each create's transaction.
    Storage::Sql::exec(database.connection(), QStringLiteral("PRAGMA synchronous = OFF"));
    // Through the repository, one transaction per citizen as at the counter: the outbox holds
    // exactly what the program writes (row, change-log entry, payload).
    Storage::CitizenRepository citizens(
        database,
        {office.branchId, QStringLiteral("bench-pc-a"),
         Security::Actor{QStringLiteral("bench"), QStringLiteral("bench"), Security::Role::Operatore}});
    Bench::CitizenGenerator generator(20261123);
    QElapsedTimer timer;
    timer.start();
    for (int done = 0; done < count; ++done) {
        citizens.create(generator.next());
        if ((done + 1) % 10000 == 0)
            std::fprintf(stderr, "\r%d / %d", done + 1, count);
    }
    Storage::Sql::exec(database.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    std::fprintf(stderr, "\ngenerated an outbox of %d citizen creates in %.1f s\n", count,
                 timer.elapsed() / 1000.0);
    return 0;
}

int push(const QUrl &server, const QString &code, const QString &path)
{
    Storage::Database database(path);
    if (!database.open().ok())
        return 1;
    const int pending = Storage::SyncStore(database).pendingCount();
    Pc pc(database);
    const double before = peakMiB();
    if (!pc.enrol(server, code, QStringLiteral("PC A")))
        return 1;
    // Until the last batch's answer is recorded: the outbox is empty.
    const QString anyPending =
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM change_log WHERE state = 'pending')");
    if (!pc.waitFor([&] { return !scalar(database, anyPending).toBool(); }))
        return 1;
    const double pushSeconds = pc.secondsSinceEnrolled();
    const double pushPeak = peakMiB();
    std::printf("push  %7d operations in %6.2f s: %6.0f op/s | PC A peak memory (VmHWM) %.0f MiB, "
                "%.0f MiB before syncing\n",
                pending, pushSeconds, pending / pushSeconds, pushPeak, before);
    std::fflush(stdout);
    // The same round goes on with a pull, which brings A's own changes back.
    if (!pc.waitFor([&] { return pc.rounds > 0; }))
        return 1;
    std::printf("      then the pull of the same round: round ended after %.2f s (%.2f s of pull) | "
                "VmHWM %.0f MiB\n",
                pc.secondsSinceEnrolled(), pc.secondsSinceEnrolled() - pushSeconds, peakMiB());
    return 0;
}

int pull(const QUrl &server, const QString &code, const QString &path, int count)
{
    Storage::Database database(path);
    if (!database.open().ok())
        return 1;
    Storage::OfficeRepository(database).setUp(QStringLiteral("Comune di Prova"),
                                              QStringLiteral("00743110157"), QStringLiteral("Sede centrale"),
                                              QStringLiteral("SEDE1"));
    Pc pc(database);
    const double before = peakMiB();
    if (!pc.enrol(server, code, QStringLiteral("PC B")))
        return 1;
    // A new file only grows: the highest row number is the number of citizens, read in O(log n).
    const QString highest = QStringLiteral("SELECT coalesce(max(seq), 0) FROM citizen");
    if (!pc.waitFor([&] { return scalar(database, highest).toInt() >= count; }))
        return 1;
    const double seconds = pc.secondsSinceEnrolled();
    const double peak = peakMiB();
    if (!pc.waitFor([&] { return pc.rounds > 0; }))
        return 1;
    const int held = scalar(database, QStringLiteral("SELECT count(*) FROM citizen")).toInt();
    const int conflicts = Storage::SyncStore(database).conflictCount();
    std::printf("pull  %7d operations in %6.2f s: %6.0f op/s | PC B peak memory (VmHWM) %.0f MiB, "
                "%.0f MiB before syncing\n",
                held, seconds, held / seconds, peak, before);
    if (held != count || conflicts != 0) {
        std::fprintf(stderr, "PC B holds %d citizens, %d conflicts: expected %d and none\n", held, conflicts,
                     count);
        return 1;
    }
    return 0;
}

// One phase in a process of its own; its output goes straight to ours.
bool runChild(const QStringList &args)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), args);
    if (!child.waitForFinished(hangGuardMs) || child.exitStatus() != QProcess::NormalExit ||
        child.exitCode() != 0) {
        std::fprintf(stderr, "bench_sync %s failed\n", qPrintable(args.join(QLatin1Char(' '))));
        return false;
    }
    return true;
}

// What the server's request log says about the requests from line `from` on: count and time spent.
struct RequestTimes {
    int pushes = 0, pulls = 0;
    qint64 pushMs = 0, pullMs = 0;
};

RequestTimes serverTimes(const QString &logPath, qsizetype *fromLine)
{
    QFile file(logPath);
    RequestTimes t;
    if (!file.open(QIODevice::ReadOnly))
        return t;
    static const QRegularExpression request(
        QStringLiteral("path=/api/v1/sync/(push|pull) status=200 ms=(\\d+)"));
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = *fromLine; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = request.match(QString::fromUtf8(lines.at(i)));
        if (!m.hasMatch())
            continue;
        const bool isPush = m.captured(1) == QLatin1String("push");
        (isPush ? t.pushes : t.pulls) += 1;
        (isPush ? t.pushMs : t.pullMs) += m.captured(2).toLongLong();
    }
    *fromLine = lines.size() - 1; // the last, unterminated line may still be written
    return t;
}

bool postgresAdmin(const QUrl &url, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase c = postgresConnection(QStringLiteral("admin"), url);
        QSqlQuery q(c);
        ok = c.open() && q.exec(sql);
        if (!ok)
            std::fprintf(stderr, "PostgreSQL: %s\n",
                         qPrintable(c.isOpen() ? q.lastError().text() : c.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    return ok;
}

int run(const QString &backend, int count, const QString &dataDir)
{
    const bool postgres = backend == QLatin1String("postgresql");
    if (!postgres && backend != QLatin1String("sqlite"))
        return 2;
    QDir().mkpath(dataDir);
    // PC A's outbox, generated once and copied for every run (the push changes it).
    const QString outbox = QStringLiteral("%1/sync-outbox-%2.db").arg(dataDir).arg(count);
    if (!QFile::exists(outbox)) {
        const QString part = outbox + QStringLiteral(".part");
        QFile::remove(part);
        if (!runChild({QStringLiteral("generate"), part, QString::number(count)}) ||
            !QFile::rename(part, outbox))
            return 1;
    }
    QTemporaryDir work(dataDir + QStringLiteral("/sync-run-XXXXXX"));
    const QString pcA = work.filePath(QStringLiteral("pc-a.db"));
    if (!work.isValid() || !QFile::copy(outbox, pcA))
        return 1;

    QString database = work.filePath(QStringLiteral("server.db"));
    QUrl adminUrl;
    QString pgDatabase;
    if (postgres) {
        adminUrl = QUrl(qEnvironmentVariable("SPORTELLO_TEST_POSTGRES"));
        if (adminUrl.isEmpty()) {
            std::fprintf(stderr, "SPORTELLO_TEST_POSTGRES is not set: run tests/bench/run-benchmarks.sh\n");
            return 1;
        }
        pgDatabase = QStringLiteral("sportello_bench_") + QUuid::createUuid().toString(QUuid::Id128);
        if (!postgresAdmin(adminUrl, QStringLiteral("CREATE DATABASE ") + pgDatabase))
            return 1;
        QUrl url = adminUrl;
        url.setPath(u'/' + pgDatabase);
        database = url.toString();
    }
    const auto admin = [&](const QStringList &args) {
        const ServerTest::AdminResult r = ServerTest::admin(database, args);
        if (r.exitCode != 0)
            std::fprintf(stderr, "sportello-server %s: %s\n", qPrintable(args.first()), qPrintable(r.err));
        return r.out;
    };
    const QString tenant = admin(
        {QStringLiteral("tenant-add"), QStringLiteral("Comune di Prova"), QStringLiteral("00743110157")});
    const QString branch = admin(
        {QStringLiteral("branch-add"), tenant, QStringLiteral("Sede centrale"), QStringLiteral("SEDE1")});
    const QString codeA = admin({QStringLiteral("enrol-code"), branch});
    const QString codeB = admin({QStringLiteral("enrol-code"), branch});
    int result = 1;
    {
        ServerTest::Server server;
        // The server as deployed: its own logging defaults (one line per request, with its time).
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_LOGGING_RULES"));
        server.process().setProcessEnvironment(environment);
        const QString log = QStringLiteral("%1/sync-server-%2.log").arg(dataDir, backend);
        server.process().setStandardErrorFile(log);
        if (!codeA.isEmpty() && !codeB.isEmpty() && server.start(database)) {
            const QString url = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
            const QString pid = QString::number(server.process().processId());
            std::printf("== %s backend, %d operations, batches and pages of %d (load average %s)\n",
                        qPrintable(backend), count, benchOptions().maxBatch, qPrintable(loadAverage()));
            std::fflush(stdout);
            qsizetype line = 0;
            const auto report = [&](const char *phase) {
                const RequestTimes t = serverTimes(log, &line);
                const QString pushes = t.pushes == 0 ? QString()
                                                     : QStringLiteral("%1 pushes handled in %2 s, ")
                                                           .arg(t.pushes)
                                                           .arg(t.pushMs / 1000.0, 0, 'f', 2);
                std::printf("      server, %s: %s%d pulls in %.2f s | server VmHWM %.0f MiB\n", phase,
                            qPrintable(pushes), t.pulls, t.pullMs / 1000.0, peakMiB(pid));
                std::fflush(stdout);
            };
            if (runChild({QStringLiteral("push"), url, codeA, pcA})) {
                report("PC A");
                if (runChild({QStringLiteral("pull"), url, codeB, work.filePath(QStringLiteral("pc-b.db")),
                              QString::number(count)})) {
                    report("PC B");
                    result = 0;
                }
            }
            std::printf("      load average after: %s\n", qPrintable(loadAverage()));
            server.stop();
        }
    }
    if (postgres)
        postgresAdmin(adminUrl, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(pgDatabase));
    return result;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("run") && args.size() == 5)
        return run(args.at(2), args.at(3).toInt(), args.at(4));
    if (command == QLatin1String("generate") && args.size() == 4)
        return generate(args.at(2), args.at(3).toInt());
    if (command == QLatin1String("push") && args.size() == 5)
        return push(QUrl(args.at(2)), args.at(3), args.at(4));
    if (command == QLatin1String("pull") && args.size() == 6)
        return pull(QUrl(args.at(2)), args.at(3), args.at(4), args.at(5).toInt());
    std::fprintf(stderr, "usage: bench_sync run sqlite|postgresql COUNT DATA_DIR | generate DB COUNT | "
                         "push SERVER CODE DB | pull SERVER CODE DB COUNT\n");
    return 2;
}
