// SPDX-License-Identifier: EUPL-1.2
#include "faultproxy.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace FaultTest {

namespace {
constexpr qsizetype maxHeadBytes = 64 * 1024;

// The head of an HTTP/1.1 message: enough to find where the message ends.
struct Head {
    qsizetype size = 0;        // up to and including the blank line
    qint64 contentLength = -1; // -1: not given
    bool close = false;        // "Connection: close"
    QByteArray target;         // requests: the path with its query
};

// False while the head is not complete.
bool parseHead(const QByteArray &buffer, Head *head)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    head->size = end + 4;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.constFirst().trimmed().split(' ');
    head->target = first.size() > 1 ? first.at(1) : QByteArray();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            head->contentLength = value.toLongLong();
        else if (name == "connection" && value.toLower().contains("close"))
            head->close = true;
    }
    return true;
}

QByteArray errorAnswer(int status)
{
    const QByteArray body = R"({"error":"server_error","message":"Errore simulato dal proxy di prova.",)"
                            R"("messageEn":"Fault injected by the test proxy."})";
    const QByteArray reason = status == 503 ? "Service Unavailable" : "Internal Server Error";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}
} // namespace

// One client connection: its requests one after the other (HTTP/1.1 without pipelining, as
// QNetworkAccessManager sends them), each on a new upstream connection.
class ProxyConnection : public QObject {
public:
    ProxyConnection(FaultProxy *proxy, QTcpSocket *client)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, &ProxyConnection::onClientData);
        connect(client, &QTcpSocket::disconnected, this, &ProxyConnection::shutdown);
        connect(client, &QTcpSocket::errorOccurred, this, &ProxyConnection::shutdown);
    }

    bool holding() const { return m_holding; }

    // Closes both sides at once (a reset, not a polite close) and goes away.
    void shutdown()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_proxy->forget(this);
        dropUpstream();
        m_client->disconnect(this);
        m_client->abort();
        deleteLater();
    }

private:
    void onClientData()
    {
        m_in += m_client->readAll();
        next();
    }

    void next()
    {
        if (m_busy || m_draining || m_closed)
            return;
        Head head;
        if (!parseHead(m_in, &head)) {
            if (m_in.size() > maxHeadBytes)
                shutdown();
            return;
        }
        const qsizetype total = head.size + std::max<qint64>(0, head.contentLength);
        if (m_in.size() < total)
            return;
        m_request = m_in.left(total);
        m_in.remove(0, total);
        m_path = QString::fromLatin1(head.target);
        m_busy = true;
        m_sends = 0;
        if (m_proxy->poisoned(m_request)) {
            deliver(errorAnswer(500), false);
            return;
        }
        m_decision = m_proxy->decide(m_path);
        if (m_decision.hold && m_decision.where == Hold::BeforeForward) {
            hold();
            return;
        }
        switch (m_decision.fault) {
        case Fault::DropBeforeForward:
            shutdown();
            return;
        case Fault::Answer500:
            deliver(errorAnswer(500), false);
            return;
        case Fault::Answer503:
            deliver(errorAnswer(503), false);
            return;
        default:
            forward();
        }
    }

    void hold()
    {
        m_holding = true;
        emit m_proxy->held(m_path);
    }

    void forward()
    {
        ++m_sends;
        m_response.clear();
        m_announced = false;
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::connected, this, [this] { m_upstream->write(m_request); });
        connect(m_upstream, &QTcpSocket::bytesWritten, this, [this] {
            if (!m_announced && m_upstream->bytesToWrite() == 0) {
                m_announced = true;
                emit m_proxy->forwarded(m_path);
            }
        });
        connect(m_upstream, &QTcpSocket::readyRead, this, &ProxyConnection::onUpstreamData);
        // The server went away before a whole answer: the client sees its connection drop, as
        // behind a real reverse proxy whose backend died.
        connect(m_upstream, &QTcpSocket::disconnected, this, &ProxyConnection::onUpstreamLost);
        connect(m_upstream, &QTcpSocket::errorOccurred, this, &ProxyConnection::onUpstreamLost);
        m_upstream->connectToHost(QHostAddress::LocalHost, m_proxy->upstreamPort());
    }

    void onUpstreamLost()
    {
        // A read may still hold the end of an answer without Content-Length.
        if (m_upstream)
            m_response += m_upstream->readAll();
        Head head;
        if (parseHead(m_response, &head) && head.contentLength < 0) {
            dropUpstream();
            onResponse(m_response, true);
            return;
        }
        shutdown();
    }

    void onUpstreamData()
    {
        m_response += m_upstream->readAll();
        Head head;
        if (!parseHead(m_response, &head) || head.contentLength < 0)
            return;
        const qsizetype total = head.size + head.contentLength;
        if (m_response.size() < total)
            return;
        dropUpstream();
        onResponse(m_response.left(total), head.close);
    }

    void dropUpstream()
    {
        if (!m_upstream)
            return;
        m_upstream->disconnect(this);
        m_upstream->abort();
        m_upstream->deleteLater();
        m_upstream = nullptr;
    }

    // The server's whole answer to the request.
    void onResponse(const QByteArray &response, bool close)
    {
        if (m_decision.hold) {
            if (m_decision.where == Hold::MidResponse)
                m_client->write(response.left(response.size() / 2));
            hold();
            return;
        }
        switch (m_decision.fault) {
        case Fault::DropBeforeResponse:
            shutdown();
            return;
        case Fault::CutResponse:
            m_client->write(response.left(response.size() / 2));
            closeAfterWrite();
            return;
        case Fault::Delay:
            QTimer::singleShot(m_decision.delayMs, this,
                               [this, response, close] { deliver(response, close); });
            return;
        case Fault::AppliedThen503:
            deliver(errorAnswer(503), false);
            return;
        case Fault::Replay:
            if (m_sends < 2) {
                forward();
                return;
            }
            break;
        default:
            break;
        }
        deliver(response, close);
    }

    void deliver(const QByteArray &bytes, bool close)
    {
        m_client->write(bytes);
        if (close) {
            closeAfterWrite();
            return;
        }
        m_busy = false;
        next();
    }

    // A polite close once what was written has gone out; disconnected() then ends the connection.
    void closeAfterWrite()
    {
        m_draining = true;
        m_client->disconnectFromHost();
    }

    FaultProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_in;
    QByteArray m_request;
    QByteArray m_response;
    QString m_path;
    FaultProxy::Decision m_decision;
    int m_sends = 0;
    bool m_announced = false;
    bool m_busy = false;
    bool m_draining = false;
    bool m_holding = false;
    bool m_closed = false;
};

QString faultName(Fault fault)
{
    static const char *const names[faultKinds] = {
        "pass-through", "drop-before-forward", "drop-before-response", "cut-response", "delay",
        "answer-500",   "answer-503",          "applied-then-503",     "replay"};
    return QString::fromLatin1(names[int(fault)]);
}

FaultProxy::FaultProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
{
    bool fixed = false;
    m_seed = qEnvironmentVariable("SPORTELLO_FAULT_SEED").toUInt(&fixed);
    if (!fixed)
        m_seed = QRandomGenerator::system()->generate();
    m_random.seed(m_seed);
    qInfo("fault proxy seed %u (SPORTELLO_FAULT_SEED=%u repeats its choices)", m_seed, m_seed);
    m_weights.fill(1);
    m_weights[int(Fault::PassThrough)] = 20;
}

FaultProxy::~FaultProxy()
{
    const QList<ProxyConnection *> open = m_connections;
    for (ProxyConnection *connection : open)
        connection->shutdown();
}

bool FaultProxy::listen()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FaultProxy::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        m_connections << new ProxyConnection(this, socket);
}

QString FaultProxy::summary() const
{
    QStringList parts;
    for (int i = 0; i < faultKinds; ++i)
        parts << QStringLiteral("%1=%2").arg(faultName(Fault(i))).arg(m_counts.at(i));
    return QStringLiteral("%1 requests: %2").arg(m_requests).arg(parts.join(QStringLiteral(", ")));
}

void FaultProxy::holdNext(const QString &pathPrefix, Hold where, int skip)
{
    m_holdPrefix = pathPrefix;
    m_holdWhere = where;
    m_holdSkip = skip;
}

void FaultProxy::releaseHeld()
{
    const QList<ProxyConnection *> open = m_connections;
    for (ProxyConnection *connection : open) {
        if (connection->holding())
            connection->shutdown();
    }
}

FaultProxy::Decision FaultProxy::decide(const QString &path)
{
    ++m_requests;
    Decision d;
    if (!m_holdPrefix.isEmpty() && path.startsWith(m_holdPrefix)) {
        if (m_holdSkip > 0) {
            --m_holdSkip;
        } else {
            m_holdPrefix.clear();
            d.hold = true;
            d.where = m_holdWhere;
            return d;
        }
    }
    int total = 0;
    for (const int w : m_weights)
        total += std::max(0, w);
    if (m_enabled && total > 0) {
        int pick = int(m_random.bounded(total));
        int kind = 0;
        while (pick >= std::max(0, m_weights.at(kind))) {
            pick -= std::max(0, m_weights.at(kind));
            ++kind;
        }
        d.fault = Fault(kind);
        // The first faults go to kinds not seen yet, so that even a short run shows every kind.
        if (d.fault != Fault::PassThrough) {
            QList<int> unseen;
            for (int k = 1; k < faultKinds; ++k) {
                if (m_weights.at(k) > 0 && m_counts.at(k) == 0)
                    unseen << k;
            }
            if (!unseen.isEmpty())
                d.fault = Fault(unseen.at(int(m_random.bounded(int(unseen.size())))));
        }
        if (d.fault == Fault::Delay)
            d.delayMs = 100 + int(m_random.bounded(300));
    }
    ++m_counts[int(d.fault)];
    return d;
}

} // namespace FaultTest
