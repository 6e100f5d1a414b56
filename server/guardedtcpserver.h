// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSslConfiguration>
#include <QTcpServer>
#include <optional>

class QTcpSocket;

namespace Sportello::Server {

// What one connection may take, and how many may be open at once (docs/operations.md).
struct ConnectionLimits {
    int maxConnections = 2000; // in total: kept below the process's descriptor limit
    // From one client address (a trusted reverse proxy is exempt). An office behind one NAT
    // address uses two per PC (a round and a long poll): 200 serve a branch of 100 PCs.
    int maxPerAddress = 200;
    int headerMs = 10'000; // from connecting (TLS handshake included) to the end of the headers
    int bodyMs = 30'000;   // from the end of the headers to the end of the body
    int answerMs = 30'000; // for the client to read the answer once it is written
    qint64 maxBody = 0;    // bytes of a request body
};

// Stands between the network and QHttpServer, which (in 6.4) reads a whole request into memory,
// however long it takes, before a handler sees it. This server:
// - refuses a connection over the limits at once (503, Retry-After) and closes it;
// - reads the request line and headers itself and checks them strictly (Sync::Http): a malformed
//   head, a body too large or without a length, or a second request on the connection are
//   answered here and never reach QHttpServer;
// - ends a connection that is slower than the limits in any phase (headers, body, reading the
//   answer). While a handler holds a request (a long poll) no limit runs: the handler has its own.
// A connection carries one request: every request passes through these checks.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(ConnectionLimits limits, QObject *parent = nullptr);
    // Every connection from now on is TLS with this configuration (certificate and key).
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }
    // Connections from these addresses are not counted per address (they carry many clients).
    void setTrustedProxies(QList<QHostAddress> proxies) { m_trustedProxies = std::move(proxies); }

    // Called by the HTTP handler: the whole request was read (the body phase ends) ...
    static void requestReceived(QTcpSocket *socket);
    // ... and its answer was written (the client has answerMs to read it).
    static void answerWritten(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void inspect(QTcpSocket *socket);
    void holdToOneRequest(QTcpSocket *socket, qint64 requestBytes);
    void refuse(QTcpSocket *socket, int status, const QString &problem, int retryAfter = 0);
    QString countKey(const QHostAddress &peer) const;

    class Deadline;

    ConnectionLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    QList<QHostAddress> m_trustedProxies;
    QHash<QString, int> m_perAddress;
    int m_open = 0;
};

} // namespace Sportello::Server
