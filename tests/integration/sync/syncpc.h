// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Test helpers for the client's sync: one counter PC (its own database, keychain stand-in and
// SyncEngine thread) and what it holds.
#include "security/secretstore.h"
#include "storage/citizenrepository.h"
#include "storage/sql.h"
#include "storage/syncstore.h"
#include "sync/syncengine.h"
#include "testsupport.h"

#include <QStringList>
#include <QTest>
#include <QUrl>
#include <memory>

namespace SyncTest {
using namespace Sportello;

// One counter PC: its database, its keychain stand-in, its engine, and what the engine said last.
struct Pc {
    explicit Pc(Sync::SyncOptions options)
    {
        engine = std::make_unique<Sync::SyncEngine>(*db.database, secrets, std::move(options));
        QObject::connect(engine.get(), &Sync::SyncEngine::statusChanged, &receiver,
                         [this](const Sync::SyncStatus &s) { status = s; });
        QObject::connect(engine.get(), &Sync::SyncEngine::roundFinished, &receiver, [this] { ++rounds; });
        QObject::connect(engine.get(), &Sync::SyncEngine::retryScheduled, &receiver, [this] { ++retries; });
        QObject::connect(engine.get(), &Sync::SyncEngine::changesPulled, &receiver,
                         [this](int count) { pulled += count; });
        QObject::connect(engine.get(), &Sync::SyncEngine::enrolmentFinished, &receiver,
                         [this](bool ok, const QString &message) {
                             enrolled = ok ? 1 : -1;
                             enrolMessage = message;
                         });
        engine->start();
    }
    ~Pc() { engine->stop(); }

    Storage::WriteContext context() const
    {
        const Storage::SyncIdentity id = Storage::SyncStore(*db.database).identity();
        return id.enrolled() ? Storage::WriteContext{id.branchId, id.deviceId, Test::clerk()} : db.context;
    }
    Storage::CitizenRepository citizens() const { return {*db.database, context()}; }
    Storage::SyncStore store() const { return Storage::SyncStore(*db.database); }
    void syncNow() { QMetaObject::invokeMethod(engine.get(), &Sync::SyncEngine::syncNow); }

    Test::TempDatabase db;
    Security::InMemorySecretStore secrets;
    std::unique_ptr<Sync::SyncEngine> engine;
    QObject receiver; // lives on the test thread: the engine's signals arrive queued
    Sync::SyncStatus status;
    int rounds = 0;
    int retries = 0;
    int pulled = 0;
    int enrolled = 0;
    QString enrolMessage;
};

// The set of citizen ids in a PC's database, with a check that none appears twice.
inline QStringList citizenIds(const Pc &pc)
{
    QSqlQuery q = Storage::Sql::exec(pc.db.database->connection(),
                                     QStringLiteral("SELECT id FROM citizen ORDER BY id"));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

// Enrols the PC with a one-time code and waits for the engine's answer.
inline bool enrol(Pc &pc, const QUrl &server, const QString &code, const QString &name,
                  const QByteArray &caCertificates = {})
{
    pc.enrolled = 0;
    QMetaObject::invokeMethod(pc.engine.get(), [&pc, server, code, name, caCertificates] {
        pc.engine->enrol(server, code, name, caCertificates);
    });
    if (!QTest::qWaitFor([&] { return pc.enrolled != 0; }, 60000)) // hang guard
        return false;
    return pc.enrolled == 1;
}

// Asks for a round and waits until the engine says it is idle with nothing pending, after the
// request (the engine retrying failures meanwhile). It waits for that state, not for a count of
// signals: a round that was already running (the one enrolment starts) may end after the request,
// and its end is not the round asked for.
inline bool syncUntilIdle(Pc &pc)
{
    for (int attempt = 0; attempt < 10; ++attempt) {
        // In the engine's thread: the request, then a marker queued to this thread behind every
        // status the engine has sent so far. What arrives after the marker is about the request:
        // a round that was running when it came ends Syncing, since the engine queues another.
        bool asked = false;
        QMetaObject::invokeMethod(
            pc.engine.get(),
            [&pc, &asked] {
                pc.engine->syncNow();
                QMetaObject::invokeMethod(
                    &pc.receiver,
                    [&pc, &asked] {
                        asked = true;
                        pc.status.state = Sync::SyncState::Syncing; // unknown until the engine says
                    },
                    Qt::QueuedConnection);
            },
            Qt::BlockingQueuedConnection);
        // Offline or in error, the engine retries on its own timer: wait for the round that ends well.
        if (!QTest::qWaitFor([&] { return asked && pc.status.state == Sync::SyncState::Idle; }, 60000))
            return false;
        if (pc.status.pendingCount == 0)
            return true;
    }
    return false;
}

} // namespace SyncTest
