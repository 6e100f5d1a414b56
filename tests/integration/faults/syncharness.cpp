// SPDX-License-Identifier: EUPL-1.2
#include "syncharness.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Sportello;
using namespace std::chrono_literals;

using ServerTest::postgresConnection;

namespace SyncHarness {

namespace {
bool runOnAdmin(const QString &adminUrl, const QString &sql, QString *error)
{
    bool ok = false;
    {
        QSqlDatabase c = postgresConnection(QStringLiteral("harness-admin"), QUrl(adminUrl));
        if (!c.open()) {
            *error = c.lastError().text();
        } else {
            QSqlQuery q(c);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("harness-admin"));
    return ok;
}
} // namespace

Sync::SyncOptions fastOptions(int maxBatch, bool longPoll)
{
    Sync::SyncOptions o;
    o.maxBatch = maxBatch;
    o.pullPageSize = 50;
    o.pollInterval = 1h; // rounds when the test asks, or after a failure
    o.backoff = {20ms, 200ms, 0.5};
    if (!longPoll)
        o.longPollWait = std::chrono::seconds(0);
    return o;
}

Cluster::~Cluster()
{
    tearDown();
}

QString Cluster::database() const
{
    return m_postgres ? m_pgUrl : m_dir.filePath(QStringLiteral("server.db"));
}

QString Cluster::setUp(int branches, bool *skip)
{
    *skip = false;
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    m_postgres = qEnvironmentVariable("SPORTELLO_TEST_BACKEND") == QLatin1String("postgresql");
    if (m_postgres) {
        m_pgAdminUrl = qEnvironmentVariable("SPORTELLO_TEST_POSTGRES");
        if (m_pgAdminUrl.isEmpty()) {
            *skip = true;
            return QStringLiteral("SPORTELLO_TEST_POSTGRES is not set: run the tests through "
                                  "packaging/run-tests.sh");
        }
        // A database of its own: no other test (or earlier run) is seen.
        const QString name = QStringLiteral("sportello_t_") + QUuid::createUuid().toString(QUuid::Id128);
        QString error;
        if (!runOnAdmin(m_pgAdminUrl, QStringLiteral("CREATE DATABASE ") + name, &error))
            return error;
        m_pgDatabase = name;
        QUrl url(m_pgAdminUrl);
        url.setPath(u'/' + m_pgDatabase);
        m_pgUrl = url.toString();
    }
    const ServerTest::AdminResult tenant =
        ServerTest::admin(database(), {QStringLiteral("tenant-add"), QStringLiteral("Comune di Prova"),
                                       QStringLiteral("00743110157")});
    if (tenant.exitCode != 0)
        return QStringLiteral("tenant-add: ") + tenant.err;
    m_tenantId = tenant.out;
    for (int i = 0; i < branches; ++i) {
        const ServerTest::AdminResult branch = ServerTest::admin(
            database(), {QStringLiteral("branch-add"), m_tenantId, QStringLiteral("Sede %1").arg(i + 1),
                         QStringLiteral("SEDE%1").arg(i + 1)});
        if (branch.exitCode != 0)
            return QStringLiteral("branch-add: ") + branch.err;
        m_branchIds << branch.out;
    }
    if (!startServer())
        return QStringLiteral("the server did not start");
    if (m_postgres) {
        m_second = std::make_unique<ServerTest::Server>();
        if (!m_second->start(database(), {QStringLiteral("--enrol-limit"), QStringLiteral("1000")}))
            return QStringLiteral("the second server did not start");
    }
    m_proxy = std::make_unique<FaultTest::FaultProxy>(m_server->port());
    if (!m_proxy->listen())
        return QStringLiteral("the proxy cannot listen");
    return {};
}

bool Cluster::startServer()
{
    m_server = std::make_unique<ServerTest::Server>();
    return m_server->start(database(), {QStringLiteral("--enrol-limit"), QStringLiteral("1000")});
}

QUrl Cluster::pcUrl(int n) const
{
    if (!m_second || n % 2 == 0)
        return m_proxy->url();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_second->port()));
}

void Cluster::tearDown()
{
    m_proxy.reset();
    if (m_second)
        m_second->stop();
    m_second.reset();
    if (m_server)
        m_server->stop();
    m_server.reset();
    if (!m_pgDatabase.isEmpty()) {
        QString error;
        if (!runOnAdmin(m_pgAdminUrl,
                        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase), &error))
            qWarning() << "cannot drop" << m_pgDatabase << error;
        m_pgDatabase.clear();
    }
}

QString Cluster::enrolCode(int branch) const
{
    const ServerTest::AdminResult code =
        ServerTest::admin(database(), {QStringLiteral("enrol-code"), m_branchIds.at(branch)});
    if (code.exitCode != 0)
        qWarning() << "enrol-code failed:" << code.err;
    return code.out;
}

bool Cluster::killAndRestartServer()
{
    m_server->process().kill(); // SIGKILL: no clean stop, no answer for what is in flight
    if (!m_server->process().waitForFinished(120'000))
        return false;
    if (!startServer())
        return false;
    m_proxy->setUpstreamPort(m_server->port());
    return true;
}

QSqlDatabase Cluster::peek(const QString &connectionName) const
{
    if (m_postgres)
        return postgresConnection(connectionName, QUrl(m_pgUrl));
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    c.setDatabaseName(database());
    c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    return c;
}

ServerState readServer(Cluster &cluster, QString *error)
{
    ServerState s;
    error->clear();
    {
        QSqlDatabase c = cluster.peek(QStringLiteral("harness-peek"));
        if (!c.open()) {
            *error = c.lastError().text();
        } else {
            QSqlQuery q(c);
            const auto run = [&](const QString &sql) {
                if (!q.exec(sql) && error->isEmpty())
                    *error = sql + QStringLiteral(": ") + q.lastError().text();
                return error->isEmpty();
            };
            if (run(QStringLiteral("SELECT operation_id, device_id FROM applied_operations"))) {
                while (q.next()) {
                    ++s.applied[q.value(0).toString()];
                    s.appliedDevice.insert(q.value(0).toString(), q.value(1).toString());
                }
            }
            if (run(QStringLiteral(
                    "SELECT record_id, version, payload FROM records WHERE entity = 'citizen'"))) {
                while (q.next()) {
                    s.recordVersions.insert(q.value(0).toString(), q.value(1).toInt());
                    s.records.insert(q.value(0).toString(),
                                     QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
                }
            }
            if (run(QStringLiteral("SELECT count(*), coalesce(max(seq), 0), count(DISTINCT operation_id) "
                                   "FROM changes")) &&
                q.next()) {
                s.changes = q.value(0).toLongLong();
                s.maxSeq = q.value(1).toLongLong();
                s.changeOperations = q.value(2).toLongLong();
            }
            if (run(QStringLiteral("SELECT sum(last_seq) FROM tenants")) && q.next())
                s.lastSeq = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("harness-peek"));
    return s;
}

ClientState readClient(const Storage::Database &database)
{
    ClientState c;
    const QSqlDatabase db = database.connection();
    c.deviceId = Storage::SyncStore(database).identity().deviceId;
    QSqlQuery q = Storage::Sql::exec(
        db, QStringLiteral("SELECT operation_id, state, operation, record_id, entity FROM change_log"));
    while (q.next()) {
        ++c.operationRows;
        // Every entry must land, audit entries included; the records compared are the citizens.
        c.operations.insert(q.value(0).toString(), q.value(1).toString());
        if (q.value(2).toString() == QLatin1String("create") &&
            q.value(4).toString() == QLatin1String("citizen"))
            ++c.createsPerRecord[q.value(3).toString()];
    }
    const Storage::CitizenRepository citizens(database, {});
    q = Storage::Sql::exec(db, QStringLiteral("SELECT id FROM citizen"));
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (c.citizens.contains(id))
            c.citizens.insert(id + QStringLiteral(" (twice)"), {});
        else if (const std::optional<Domain::Citizen> found = citizens.find(id))
            c.citizens.insert(id, Domain::toJson(*found));
    }
    for (const Storage::SyncConflict &conflict : Storage::SyncStore(database).conflicts())
        c.conflicts << QStringList{conflict.reason, conflict.recordId,
                                   QStringLiteral("losing version %1").arg(conflict.losingVersion),
                                   QStringLiteral("winning version %1").arg(conflict.winningVersion)}
                           .join(QStringLiteral(", "));
    return c;
}

QStringList checkExactlyOnce(const ServerState &server, const QList<ClientState> &clients)
{
    QStringList wrong;
    const auto fail = [&](const QString &what) {
        if (wrong.size() < 20) // enough to see the pattern
            wrong << what;
    };
    QHash<QString, QString> written; // operation id -> the device that wrote it
    int creates = 0;
    for (const ClientState &c : clients) {
        if (c.operationRows != c.operations.size())
            fail(QStringLiteral("device %1: an operation id twice in its change log").arg(c.deviceId));
        for (auto it = c.operations.begin(); it != c.operations.end(); ++it) {
            if (written.contains(it.key()))
                fail(QStringLiteral("operation %1 in two change logs").arg(it.key()));
            written.insert(it.key(), c.deviceId);
            if (it.value() != QLatin1String("sent"))
                fail(QStringLiteral("device %1: operation %2 is %3").arg(c.deviceId, it.key(), it.value()));
        }
        for (auto it = c.createsPerRecord.begin(); it != c.createsPerRecord.end(); ++it) {
            if (it.value() != 1)
                fail(QStringLiteral("record %1 created %2 times").arg(it.key()).arg(it.value()));
        }
        creates += int(c.createsPerRecord.size());
        for (const QString &conflict : c.conflicts)
            fail(QStringLiteral("device %1: conflict %2").arg(c.deviceId, conflict));
    }
    for (auto it = written.begin(); it != written.end(); ++it) {
        const int times = server.applied.value(it.key());
        if (times != 1)
            fail(QStringLiteral("operation %1 applied %2 times").arg(it.key()).arg(times));
        else if (server.appliedDevice.value(it.key()) != it.value())
            fail(QStringLiteral("operation %1 applied for another device").arg(it.key()));
    }
    for (auto it = server.applied.begin(); it != server.applied.end(); ++it) {
        if (!written.contains(it.key()))
            fail(QStringLiteral("operation %1 applied but written by no PC").arg(it.key()));
    }
    // Every applied entry is one change, numbered without gaps.
    qint64 appliedRows = 0;
    for (const int n : server.applied)
        appliedRows += n;
    if (server.changes != appliedRows || server.changeOperations != appliedRows ||
        server.maxSeq != appliedRows || server.lastSeq != appliedRows)
        fail(QStringLiteral("%1 applied, but %2 changes (%3 operations) up to seq %4, last_seq %5")
                 .arg(appliedRows)
                 .arg(server.changes)
                 .arg(server.changeOperations)
                 .arg(server.maxSeq)
                 .arg(server.lastSeq));
    if (server.records.size() != creates)
        fail(QStringLiteral("%1 records on the server, %2 citizens created")
                 .arg(server.records.size())
                 .arg(creates));
    for (const ClientState &c : clients) {
        if (c.citizens.size() != server.records.size())
            fail(QStringLiteral("device %1 holds %2 citizens, the server %3")
                     .arg(c.deviceId)
                     .arg(c.citizens.size())
                     .arg(server.records.size()));
        for (auto it = server.records.begin(); it != server.records.end(); ++it) {
            const QJsonObject mine = c.citizens.value(it.key());
            if (mine.isEmpty())
                fail(QStringLiteral("device %1 lacks citizen %2").arg(c.deviceId, it.key()));
            else if (mine != it.value() ||
                     mine.value(QLatin1String("version")).toInt() != server.recordVersions.value(it.key()))
                fail(QStringLiteral("device %1 holds citizen %2 as %3, the server as %4 (version %5)")
                         .arg(c.deviceId, it.key(),
                              QString::fromUtf8(QJsonDocument(mine).toJson(QJsonDocument::Compact)),
                              QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact)))
                         .arg(server.recordVersions.value(it.key())));
        }
    }
    return wrong;
}

} // namespace SyncHarness
