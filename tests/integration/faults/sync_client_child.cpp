// SPDX-License-Identifier: EUPL-1.2
// A counter PC as a process of its own, for tst_synccrash to kill with SIGKILL:
//   sync_client_child DATABASE TOKEN_FILE CREATE MAX_BATCH
// opens an enrolled client database, starts its SyncEngine, creates CREATE citizens (one per turn
// of the event loop, asking for a sync every few), and exits 0 once a round has left nothing
// pending. Exit 3: bad start; 4: entries were parked; 5: hang guard.
//
// The real program keeps the device token in the OS keychain. Here it comes from a file the test
// wrote, into an InMemorySecretStore: the keychain is not what this test is about, and a child
// process cannot share the test's in-memory store.
#include "storage/database.h"
#include "syncharness.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>
#include <cstdio>

using namespace Sportello;
using namespace std::chrono_literals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fputs("usage: sync_client_child DATABASE TOKEN_FILE CREATE MAX_BATCH\n", stderr);
        return 3;
    }
    Storage::Database database(args.at(1));
    if (const Storage::OpenResult opened = database.open(); !opened.ok()) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(opened.message));
        return 3;
    }
    QFile tokenFile(args.at(2));
    if (!tokenFile.open(QIODevice::ReadOnly))
        return 3;
    Security::InMemorySecretStore secrets;
    const Sync::SyncOptions options = SyncHarness::fastOptions(args.at(4).toInt(), false);
    secrets.write(options.tokenKey, tokenFile.readAll().trimmed());
    const Storage::SyncIdentity identity = Storage::SyncStore(database).identity();
    if (!identity.enrolled())
        return 3;
    Storage::CitizenRepository citizens(database, {identity.branchId, identity.deviceId, Test::clerk()});
    const int toCreate = args.at(3).toInt();

    Sync::SyncEngine engine(database, secrets, options);
    Sync::SyncStatus status;
    int created = 0;
    QObject::connect(&engine, &Sync::SyncEngine::statusChanged, &app,
                     [&status](const Sync::SyncStatus &s) { status = s; });
    QObject::connect(&engine, &Sync::SyncEngine::roundFinished, &app, [&] {
        if (created < toCreate)
            return;
        if (status.parkedCount > 0) {
            std::fprintf(stderr, "%d entries parked\n", status.parkedCount);
            app.exit(4);
        } else if (status.state == Sync::SyncState::Idle && status.pendingCount == 0) {
            app.exit(0);
        } else if (status.state != Sync::SyncState::Syncing) {
            // Syncing at a round's end: the engine has the next round queued already.
            QMetaObject::invokeMethod(&engine, &Sync::SyncEngine::syncNow);
        }
    });
    QTimer writer;
    QObject::connect(&writer, &QTimer::timeout, &app, [&] {
        if (created == toCreate) {
            writer.stop();
            QMetaObject::invokeMethod(&engine, &Sync::SyncEngine::syncNow);
            return;
        }
        const QString tag = QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid()).arg(created);
        Domain::Citizen c = Test::citizen({}, QStringLiteral("Interrotto"), tag);
        c.documentNumber = QStringLiteral("K%1").arg(tag);
        citizens.create(c);
        if (++created % 10 == 0)
            QMetaObject::invokeMethod(&engine, &Sync::SyncEngine::syncNow);
    });
    writer.start(0);
    QTimer::singleShot(120s, &app, [&app] { app.exit(5); }); // hang guard only
    engine.start();
    const int code = app.exec();
    engine.stop();
    return code;
}
