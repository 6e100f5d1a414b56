// SPDX-License-Identifier: EUPL-1.2
#include "guardedtcpserver.h"

#include "serverlog.h"
#include "sync/httprequesthead.h"
#include "sync/reasons.h"

#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <memory>
#include <sys/socket.h>

namespace Sportello::Server {
namespace Reasons = Sync::Reasons;
namespace {
constexpr qint64 maxDrainBytes = 64 * 1024 * 1024;
constexpr int drainTimeoutMs = 10'000;
constexpr int retryAfterSeconds = 5;

} // namespace

// The time left to the phase a connection is in: when it runs out, the connection is aborted and
// its socket deleted. A child of the socket, it also holds the socket's place in the counts until
// the socket is gone: neither depends on the socket's signals, which QHttpServer disconnects all
// at once when its parser gives up on a request.
class GuardedTcpServer::Deadline : public QTimer {
public:
    Deadline(QTcpSocket *socket, GuardedTcpServer *server, const QString &countKey)
        : QTimer(socket)
        , m_server(server)
        , m_countKey(countKey)
    {
        setSingleShot(true);
        connect(this, &QTimer::timeout, socket, [socket] {
            qCInfo(lcServerHttp).noquote()
                << "connection from" << socket->peerAddress().toString() << "ended: too slow";
            socket->abort();
            socket->deleteLater();
        });
        ++m_server->m_open;
        if (!m_countKey.isNull())
            ++m_server->m_perAddress[m_countKey];
    }
    ~Deadline() override
    {
        if (!m_server) // the server is being destroyed with its sockets
            return;
        --m_server->m_open;
        if (!m_countKey.isNull() && --m_server->m_perAddress[m_countKey] <= 0)
            m_server->m_perAddress.remove(m_countKey);
    }
    static Deadline *of(QTcpSocket *socket)
    {
        return socket ? socket->findChild<Deadline *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    }
    int answerMs() const { return m_server ? m_server->m_limits.answerMs : 0; }

private:
    QPointer<GuardedTcpServer> m_server;
    QString m_countKey; // null: not counted per address (a trusted proxy)
};

GuardedTcpServer::GuardedTcpServer(ConnectionLimits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{}

void GuardedTcpServer::requestReceived(QTcpSocket *socket)
{
    if (Deadline *deadline = Deadline::of(socket))
        deadline->stop();
}

void GuardedTcpServer::answerWritten(QTcpSocket *socket)
{
    if (Deadline *deadline = Deadline::of(socket))
        deadline->start(deadline->answerMs());
}

QString GuardedTcpServer::countKey(const QHostAddress &peer) const
{
    const bool proxy = std::any_of(m_trustedProxies.cbegin(), m_trustedProxies.cend(),
                                   [&](const QHostAddress &p) { return p.isEqual(peer); });
    return proxy ? QString() : peer.toString();
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString key = countKey(socket->peerAddress());
    const bool full = m_open >= m_limits.maxConnections ||
                      (!key.isNull() && m_perAddress.value(key) >= m_limits.maxPerAddress);
    auto *deadline = new Deadline(socket, this, key);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (full) {
        // Answered before anything is read, and closed: the descriptor is free again at once. Over
        // TLS nothing can be said before the handshake, so the connection just closes.
        if (m_tls) {
            socket->abort();
            socket->deleteLater();
        } else {
            refuse(socket, 503, QStringLiteral("too many connections"), retryAfterSeconds);
        }
        return;
    }
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        tls->setSslConfiguration(*m_tls);
        // A client that does not trust us, or speaks plain HTTP: logged, and the socket closes.
        connect(tls, &QSslSocket::errorOccurred, tls, [tls](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::SslHandshakeFailedError)
                qCInfo(lcServerHttp).noquote()
                    << "TLS handshake failed from" << tls->peerAddress().toString() << tls->errorString();
        });
        tls->startServerEncryption();
    }
    deadline->start(m_limits.headerMs);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
}

void GuardedTcpServer::inspect(QTcpSocket *socket)
{
    // peek(), not read(): the bytes stay in the socket for QHttpServer.
    const Sync::Http::RequestHead head = Sync::Http::inspectRequestHead(
        socket->peek(Sync::Http::maxHeadBytes + m_limits.maxBody + 1), m_limits.maxBody);
    switch (head.verdict) {
    case Sync::Http::RequestHead::Verdict::Incomplete:
        return;
    case Sync::Http::RequestHead::Verdict::Refuse:
        refuse(socket, head.status, head.problem);
        return;
    case Sync::Http::RequestHead::Verdict::Accept:
        break;
    }
    // Acceptable: hand it over as if it had just arrived, with the body's time limit running.
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr); // the count of open connections stays
    disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    Deadline::of(socket)->start(m_limits.bodyMs);
    holdToOneRequest(socket, head.headBytes + head.bodyBytes);
    addPendingConnection(socket);
    Q_EMIT newConnection();
    // QHttpServer waits for readyRead, which already fired for the bytes we peeked at.
    QMetaObject::invokeMethod(socket, &QTcpSocket::readyRead, Qt::QueuedConnection);
}

// Connected before QHttpServer's own slot, this runs first on every readyRead (QHttpServer then
// reads all there is): a byte beyond the one request the head announced (a pipelined request, a
// body longer than its Content-Length) ends the connection before QHttpServer buffers it. The
// connection closes once the answer is written.
void GuardedTcpServer::holdToOneRequest(QTcpSocket *socket, qint64 requestBytes)
{
    auto left = std::make_shared<qint64>(requestBytes);
    connect(socket, &QTcpSocket::readyRead, socket, [socket, left] {
        *left -= socket->bytesAvailable();
        if (*left < 0) {
            qCInfo(lcServerHttp).noquote() << "connection from" << socket->peerAddress().toString()
                                           << "cut off: bytes beyond its one request";
            socket->abort();
        }
    });
    connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
        if (socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    });
}

void GuardedTcpServer::refuse(QTcpSocket *socket, int status, const QString &problem, int retryAfter)
{
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    const QList<QByteArray> parts = socket->peek(300).split('\n').first().trimmed().split(' ');
    // One arg() call for all: a '%' in the path must not be read as a placeholder by a later one.
    qCInfo(lcServerHttp).noquote() << QStringLiteral("method=%1 path=%2 status=%3 ms=0 device=- peer=%4 (%5)")
                                          .arg(Sync::Http::loggable(parts.value(0), 16),
                                               Sync::Http::loggable(parts.value(1).split('?').first()),
                                               QString::number(status), socket->peerAddress().toString(),
                                               problem);
    const Sync::Protocol::Reason reason = status == 413   ? Reasons::bodyTooLarge()
                                          : status == 503 ? Reasons::serviceUnavailable()
                                                          : Reasons::invalidRequest(problem);
    const QByteArray body = Sync::Protocol::compact(Sync::Protocol::errorBody(reason));
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + ' ' + Sync::Http::reasonPhrase(status) +
                        "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\n";
    if (retryAfter > 0)
        answer += "Retry-After: " + QByteArray::number(retryAfter) + "\r\n";
    socket->write(answer + "\r\n" + body);
    // Read and drop what the client is still sending, then close: closing with unread data would
    // reset the connection and the client might never see the answer.
    auto drained = std::make_shared<qint64>(0);
    connect(socket, &QTcpSocket::readyRead, socket, [socket, drained] {
        *drained += socket->skip(socket->bytesAvailable());
        if (*drained > maxDrainBytes)
            socket->abort();
    });
    socket->skip(socket->bytesAvailable());
    if (Deadline *deadline = Deadline::of(socket))
        deadline->start(drainTimeoutMs);
    // Once the answer is out: over the limits the descriptor is wanted back at once, so the
    // connection closes. A client still sending its body (413) is left to read the answer while
    // the body is drained: a client library that is uploading reads nothing until it has sent all,
    // and would take a close for a broken connection. Otherwise only our side is shut (plain TCP;
    // TLS has no half close): the client reads the answer to its end and closes.
    connect(socket, &QTcpSocket::bytesWritten, socket, [socket, status] {
        if (socket->bytesToWrite() > 0)
            return;
        if (status == 503)
            socket->disconnectFromHost();
        else if (status != 413 && !qobject_cast<QSslSocket *>(socket))
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    });
}

} // namespace Sportello::Server
