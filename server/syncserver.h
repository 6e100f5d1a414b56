// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "serverstore.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QList>

namespace Sportello::Server {

// A fixed-window-free limiter: at most `limit` events per key within the last `windowMs`.
class RateLimiter {
public:
    RateLimiter(int limit, qint64 windowMs)
        : m_limit(limit)
        , m_windowMs(windowMs)
    {
        m_clock.start();
    }
    // Counts the attempt; false when the key is over its limit (retryAfterSeconds then says when).
    bool allow(const QString &key, int *retryAfterSeconds);

private:
    int m_limit;
    qint64 m_windowMs;
    QElapsedTimer m_clock; // monotonic: a clock change never unlocks or locks anyone
    QHash<QString, QList<qint64>> m_events;
};

// The HTTP face of the store: routing, authentication, limits, one log line per request.
class SyncServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    SyncServer(ServerStore &store, RateLimiter enrolLimiter, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer {
        int status = 200;
        QJsonObject body;
        QString deviceId;
        int retryAfter = 0;
    };
    Answer route(const QHttpServerRequest &request);
    Answer enrol(const QHttpServerRequest &request);
    Answer push(const QHttpServerRequest &request);
    Answer pull(const QHttpServerRequest &request);
    std::optional<DeviceIdentity> authenticate(const QHttpServerRequest &request);

    ServerStore &m_store;
    RateLimiter m_enrolLimiter;
};

} // namespace Sportello::Server
