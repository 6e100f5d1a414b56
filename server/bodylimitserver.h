// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QSslConfiguration>
#include <QTcpServer>
#include <optional>

class QTcpSocket;

namespace Sportello::Server {

// QHttpServer 6.4 reads a whole body into memory before any handler sees the request. This server
// holds each new connection until the headers of its first request have arrived, and answers
// 413 itself (without reading the body into memory) when Content-Length is over the limit; only
// acceptable connections are handed to QHttpServer. A connection carries one request (see
// holdToOneRequest), so every request passes through this check.
// With TLS, the handshake comes first and the same check reads the decrypted headers.
class BodyLimitTcpServer : public QTcpServer {
    Q_OBJECT
public:
    explicit BodyLimitTcpServer(qint64 maxBody, QObject *parent = nullptr);
    // Every connection from now on is TLS with this configuration (certificate and key).
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void inspect(QTcpSocket *socket);
    void holdToOneRequest(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, int status, const QByteArray &reasonPhrase, const QByteArray &body);

    qint64 m_maxBody;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace Sportello::Server
