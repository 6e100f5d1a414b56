// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "serverdatabase.h"
#include "sync/protocol.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace Sportello::Server {

// Who is calling, as established from a bearer token.
struct DeviceIdentity {
    QString deviceId;
    QString tenantId;
    QString branchId;
};

struct DeviceRow {
    QString id;
    QString branchCode;
    QString name;
    QDateTime enrolledAt;
    bool revoked = false;
};

struct EnrolOutcome {
    int httpStatus = 200; // 200, 401 or 410
    Sync::Protocol::EnrolResponse response;
    Sync::Protocol::Reason reason; // when not 200
};

// All the server's state; the one class that talks SQL, on SQLite or PostgreSQL alike (the
// differences live in ServerDatabase). Every method runs in one transaction and commits before returning: an
// answer sent to a client is always about committed data. Throws Storage::StorageError (Constraint for
// refused admin input, with a message fit for the administrator).
class ServerStore {
public:
    // A SQLite file path, or postgresql://USER@HOST[:PORT]/DB.
    explicit ServerStore(const QString &location);
    Storage::OpenResult open();
    // Calls `wake(tenantId)` when another server process committed a push (PostgreSQL only).
    bool listenForChanges(std::function<void(const QString &tenantId)> wake, std::function<void()> wakeAll)
    {
        return m_database.listenForChanges(std::move(wake), std::move(wakeAll));
    }

    // Administration.
    QString addTenant(const QString &name, const QString &codiceFiscale);
    QString addBranch(const QString &tenantId, const QString &name, const QString &code);
    // Returns the one-time code (shown once; only its hash is kept).
    QString createEnrolmentCode(const QString &branchId, int validMinutes, QDateTime *expiresAt = nullptr);
    QList<DeviceRow> devices(const QString &tenantId);
    // Announced like a push (PostgreSQL): every process ends the device's held polls at once.
    void revokeDevice(const QString &deviceId);
    // Which of these devices are revoked.
    QSet<QString> revokedAmong(const QStringList &deviceIds);

    // Protocol.
    EnrolOutcome enrol(const Sync::Protocol::EnrolRequest &request);
    std::optional<DeviceIdentity> authenticate(const QByteArray &token);
    Sync::Protocol::PushResponse push(const DeviceIdentity &device,
                                      const Sync::Protocol::PushRequest &request);
    Sync::Protocol::PullResponse pull(const DeviceIdentity &device, qint64 after, int limit);

    static QString normalisedCode(const QString &code);
    static QString hashHex(const QByteArray &secret);

private:
    // Runs `work`; when the connection to the database turns out to have been lost (PostgreSQL
    // restarted), opens a new one and, if `runAgain`, runs `work` once more. A client thus sees no
    // error from a restart that is over, and 503 while the database cannot be reached.
    template <typename Work> auto onLiveConnection(Work work, bool runAgain = true);
    EnrolOutcome enrolOnce(const Sync::Protocol::EnrolRequest &request);
    std::optional<DeviceIdentity> authenticateOnce(const QByteArray &token);
    Sync::Protocol::PushResponse pushOnce(const DeviceIdentity &device,
                                          const Sync::Protocol::PushRequest &request);
    Sync::Protocol::PullResponse pullOnce(const DeviceIdentity &device, qint64 after, int limit);

    ServerDatabase m_database;
};

} // namespace Sportello::Server
