// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What the fault and crash tests share: the real sportello-server (SQLite, or PostgreSQL with
// SPORTELLO_TEST_BACKEND=postgresql) behind a FaultProxy, counter PCs with their own database and
// engine, and the exactly-once check of everything the PCs wrote against what the server holds.
#include "faultproxy.h"
#include "serverprocess.h"
#include "storage/citizenrepository.h"
#include "storage/syncstore.h"
#include "sync/syncengine.h"
#include "syncpc.h"
#include "testsupport.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <memory>

namespace SyncHarness {
using SyncTest::Pc;

// Small batches and a short backoff, so that a test makes many requests and retries quickly.
Sportello::Sync::SyncOptions fastOptions(int maxBatch, bool longPoll);

class Cluster {
public:
    ~Cluster();
    // A tenant with `branches` branches and the server with the proxy in front (faults off).
    // Returns an error, or sets *skip when PostgreSQL is asked for but there is none.
    QString setUp(int branches, bool *skip);
    void tearDown();

    bool postgres() const { return m_postgres; }
    QString database() const;
    QString tenantId() const { return m_tenantId; }
    QString branchId(int i) const { return m_branchIds.at(i); }
    FaultTest::FaultProxy &proxy() { return *m_proxy; }
    // Where the n-th PC enrols: the proxy; on PostgreSQL every second PC goes straight to a second
    // server process on the same database instead (the scale-out), so that PCs race across processes.
    QUrl pcUrl(int n) const;
    ServerTest::Server &server() { return *m_server; }
    QString enrolCode(int branch) const;
    // SIGKILL, then a new process on the same database; the proxy follows it to its new port.
    bool killAndRestartServer();
    // A connection of the test's own to the server's database (read-only on SQLite).
    QSqlDatabase peek(const QString &connectionName) const;

private:
    bool startServer();

    QTemporaryDir m_dir;
    bool m_postgres = false;
    QString m_pgAdminUrl;
    QString m_pgDatabase;
    QString m_pgUrl;
    QString m_tenantId;
    QStringList m_branchIds;
    std::unique_ptr<ServerTest::Server> m_server;
    std::unique_ptr<ServerTest::Server> m_second; // PostgreSQL only
    std::unique_ptr<FaultTest::FaultProxy> m_proxy;
};

struct ServerState {
    QHash<QString, int> applied;           // operation id -> rows (1 unless something is wrong)
    QHash<QString, QString> appliedDevice; // operation id -> device
    QHash<QString, QJsonObject> records;   // citizen id -> payload as the server keeps it
    QHash<QString, int> recordVersions;    // citizen id -> records.version
    qint64 changes = 0;
    qint64 maxSeq = 0;
    qint64 changeOperations = 0; // distinct operation ids in the change sequence
    qint64 lastSeq = 0;          // the tenant's
};
// Empty *error on success.
ServerState readServer(Cluster &cluster, QString *error);

struct ClientState {
    QString deviceId;
    QHash<QString, QString> operations; // operation id -> state (pending | sent | parked)
    int operationRows = 0;
    QHash<QString, int> createsPerRecord; // record id -> create entries
    QHash<QString, QJsonObject> citizens; // id -> the record as this PC holds it
    QStringList conflicts;                // described for the failure message
};
ClientState readClient(const Sportello::Storage::Database &database);

// Everything the PCs wrote is on the server exactly once, nothing else is, and every PC holds what
// the server holds with nothing pending, parked or in conflict. Returns what is wrong.
QStringList checkExactlyOnce(const ServerState &server, const QList<ClientState> &clients);

} // namespace SyncHarness
