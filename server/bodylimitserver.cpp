// SPDX-License-Identifier: EUPL-1.2
#include "bodylimitserver.h"

#include "reasons.h"
#include "serverlog.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace Sportello::Server {
namespace {
constexpr qint64 maxHeaderBytes = 16 * 1024;
constexpr int headerTimeoutMs = 30'000; // a client that never finishes its headers holds nothing for long
constexpr qint64 maxDrainBytes = 64 * 1024 * 1024;
constexpr int drainTimeoutMs = 10'000;
} // namespace

BodyLimitTcpServer::BodyLimitTcpServer(qint64 maxBody, QObject *parent)
    : QTcpServer(parent)
    , m_maxBody(maxBody)
{}

void BodyLimitTcpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        tls->setSslConfiguration(*m_tls);
        // A client that does not trust us, or speaks plain HTTP: logged, and the socket closes.
        connect(tls, &QSslSocket::errorOccurred, tls, [tls](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::SslHandshakeFailedError)
                qCInfo(lcServer).noquote()
                    << "TLS handshake failed from" << tls->peerAddress().toString() << tls->errorString();
        });
        tls->startServerEncryption();
    }
    auto *timeout = new QTimer(socket);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, socket, &QTcpSocket::abort);
    timeout->start(headerTimeoutMs);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void BodyLimitTcpServer::inspect(QTcpSocket *socket)
{
    // peek(), not read(): the bytes stay in the socket for QHttpServer.
    const QByteArray head = socket->peek(maxHeaderBytes);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() >= maxHeaderBytes)
            refuse(socket, 431, "Request Header Fields Too Large", {});
        return;
    }
    for (const QByteArray &line : head.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || line.left(colon).trimmed().toLower() != "content-length")
            continue;
        bool ok = false;
        const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
        if (!ok || length > m_maxBody) {
            const Sync::Protocol::Reason reason = Reasons::bodyTooLarge();
            refuse(socket, 413, "Content Too Large",
                   Sync::Protocol::compact(Sync::Protocol::errorBody(reason)));
            return;
        }
    }
    // Acceptable: hand it over as if it had just arrived.
    disconnect(socket, nullptr, this, nullptr);
    disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    qDeleteAll(socket->findChildren<QTimer *>(Qt::FindDirectChildrenOnly));
    holdToOneRequest(socket);
    addPendingConnection(socket);
    Q_EMIT newConnection();
    // QHttpServer waits for readyRead, which already fired for the bytes we peeked at.
    QMetaObject::invokeMethod(socket, &QTcpSocket::readyRead, Qt::QueuedConnection);
}

// Every answer says Connection: close, so a connection carries one request. Connected before
// QHttpServer's own slot, this runs first on every readyRead (QHttpServer then reads all there is):
// a client that sends more than one request's worth (a second request, an endless chunked body) is
// cut off before QHttpServer buffers it. The connection closes once the answer is written.
void BodyLimitTcpServer::holdToOneRequest(QTcpSocket *socket)
{
    auto budget = std::make_shared<qint64>(maxHeaderBytes + m_maxBody);
    connect(socket, &QTcpSocket::readyRead, socket, [socket, budget] {
        *budget -= socket->bytesAvailable();
        if (*budget < 0) {
            qCInfo(lcServer).noquote() << "connection from" << socket->peerAddress().toString()
                                       << "cut off: more than one request's worth of bytes";
            socket->abort();
        }
    });
    connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
        if (socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    });
}

void BodyLimitTcpServer::refuse(QTcpSocket *socket, int status, const QByteArray &reasonPhrase,
                                const QByteArray &body)
{
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    const QByteArray firstLine = socket->peek(200).split('\n').first().trimmed();
    const QList<QByteArray> parts = firstLine.split(' ');
    qCInfo(lcServer).noquote() << QStringLiteral("method=%1 path=%2 status=%3 ms=0 device=- peer=%4")
                                      .arg(QString::fromLatin1(parts.value(0)),
                                           QString::fromLatin1(parts.value(1).split('?').first()))
                                      .arg(status)
                                      .arg(socket->peerAddress().toString());
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase +
                  "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // Read and drop what the client is still sending, then close: closing with unread data would
    // reset the connection and the client might never see the answer.
    qint64 *drained = new qint64(0);
    connect(socket, &QObject::destroyed, socket, [drained] { delete drained; });
    connect(socket, &QTcpSocket::readyRead, socket, [socket, drained] {
        *drained += socket->skip(socket->bytesAvailable());
        if (*drained > maxDrainBytes)
            socket->abort();
    });
    socket->skip(socket->bytesAvailable());
    QTimer::singleShot(drainTimeoutMs, socket, &QTcpSocket::abort);
}

} // namespace Sportello::Server
