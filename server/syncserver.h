// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "serverstore.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QList>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <map>
#include <memory>

namespace Sportello::Storage {
class StorageError;
}

namespace Sportello::Server {

// The longest long poll: below the usual 60 s proxy read timeout (nginx proxy_read_timeout).
inline constexpr int maxPullWaitSeconds = 30;
// How often held long polls are checked against revocations made by another process.
inline constexpr int revocationCheckMs = 1000;
// What a client is told to wait when the database cannot be reached (503).
inline constexpr int databaseRetryAfterSeconds = 5;

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

// The HTTP face of the store: routing, authentication, limits, one log line per request, and
// long polls (a pull with wait=N held until a push for its tenant commits or N seconds pass).
class SyncServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    SyncServer(ServerStore &store, RateLimiter enrolLimiter, QObject *parent = nullptr);
    ~SyncServer() override;

    // A push for the tenant committed (here or, through PostgreSQL, in another process): answers
    // the long polls of that tenant that now have something to see.
    void wake(const QString &tenantId);
    // Every held long poll looks again: after the LISTEN connection was lost and is back, what was
    // committed meanwhile was never announced.
    void wakeAll();
    // Before stopping: every held long poll gets its answer now (what there is, often nothing), so
    // that clients pull again at once from another process instead of waiting for a timeout.
    void releaseWaiters();
    // Requests from these addresses (a reverse proxy) are attributed to the address their
    // X-Forwarded-For names, for the enrolment rate limit and the log. Nobody else is believed.
    void setTrustedProxies(QList<QHostAddress> proxies) { m_trustedProxies = std::move(proxies); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer {
        int status = 200;
        QJsonObject body;
        QString deviceId;
        int retryAfter = 0;
        // A pull with nothing to send and wait > 0: held, not answered now.
        struct Held {
            DeviceIdentity device;
            qint64 after = 0;
            int limit = 0;
            int waitSeconds = 0;
        };
        std::optional<Held> held = std::nullopt;
    };
    struct Request {
        QString method;
        QString path;
        QString peer;
        QElapsedTimer timer;
    };
    struct Waiter {
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        Request request;
        Answer::Held pull;
        QTimer *timeout = nullptr;
    };
    void send(QHttpServerResponder &responder, QTcpSocket *socket, const Request &request,
              const Answer &answer);
    static Answer storageFailure(const Storage::StorageError &error, const QString &deviceId);
    // Answers 401 to the waiters whose device was revoked; returns the others.
    QList<quint64> endRevoked(const QList<quint64> &waiterIds);
    QList<quint64> waiterIds() const;
    static void log(const Request &request, const Answer &answer);
    void finish(quint64 waiterId, bool timedOut);
    void drop(quint64 waiterId);
    Answer route(const QHttpServerRequest &request);
    Answer enrol(const QHttpServerRequest &request);
    Answer push(const QHttpServerRequest &request);
    Answer pull(const QHttpServerRequest &request);
    std::optional<DeviceIdentity> authenticate(const QHttpServerRequest &request);
    QString clientAddress(const QHttpServerRequest &request) const;
    bool isTrustedProxy(const QHostAddress &address) const;

    ServerStore &m_store;
    RateLimiter m_enrolLimiter;
    std::map<quint64, Waiter> m_waiters;
    quint64 m_nextWaiterId = 0;
    QList<QHostAddress> m_trustedProxies;
    QTimer m_revocationCheck;
};

} // namespace Sportello::Server
