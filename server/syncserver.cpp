// SPDX-License-Identifier: EUPL-1.2
#include "syncserver.h"

#include "guardedtcpserver.h"
#include "records/recordkind.h"
#include "serverlog.h"
#include "storage/storageerror.h"
#include "sync/httprequesthead.h"
#include "sync/reasons.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSet>
#include <QTcpSocket>
#include <QUrlQuery>

namespace Sportello::Server {
namespace Reasons = Sync::Reasons;
using namespace Sync::Protocol;

namespace {
const QString prefix = QStringLiteral("/api/v1");
// One request per connection: GuardedTcpServer checks the head of every request before
// QHttpServer buffers its body, and it sees only the first request of a connection.
const std::pair<QByteArray, QByteArray> closeAfter{"Connection", "close"};
const std::pair<QByteArray, QByteArray> jsonType{"Content-Type", "application/json"};

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    default:
        break;
    }
    return QStringLiteral("OTHER");
}
} // namespace

bool RateLimiter::allow(const QString &key, int *retryAfterSeconds)
{
    const qint64 t = m_clock.elapsed();
    QList<qint64> &events = m_events[key];
    while (!events.isEmpty() && events.first() <= t - m_windowMs)
        events.removeFirst();
    if (events.size() >= m_limit) {
        *retryAfterSeconds = int((events.first() + m_windowMs - t) / 1000) + 1;
        return false;
    }
    events.append(t);
    // Forget quiet keys so that the table cannot grow without bound.
    if (m_events.size() > 10'000) {
        for (auto it = m_events.begin(); it != m_events.end();)
            it = it->isEmpty() || it->last() <= t - m_windowMs ? m_events.erase(it) : std::next(it);
    }
    return true;
}

SyncServer::SyncServer(ServerStore &store, RateLimiter enrolLimiter, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_enrolLimiter(std::move(enrolLimiter))
{
    // A device revoked by another process (the administration command) is noticed here: its held
    // polls end within a second, whatever the database.
    connect(&m_revocationCheck, &QTimer::timeout, this, [this] {
        if (!m_waiters.empty())
            endRevoked(waiterIds());
    });
    m_revocationCheck.start(revocationCheckMs);
}

SyncServer::~SyncServer()
{
    // Held requests are dropped unanswered: the clients retry their pull, nothing is lost.
    m_waiters.clear();
}

SyncServer::Answer SyncServer::storageFailure(const Storage::StorageError &error, const QString &deviceId)
{
    // Rolled back by the transaction guard: nothing of the request is stored. The detail names the
    // statement, never its values (Storage::Sql); the message may quote them, so it is not logged.
    qCWarning(lcServerHttp).noquote() << "storage error:" << error.detail();
    if (error.kind() == Storage::StorageError::Kind::Unavailable ||
        ServerDatabase::isOutage(error.databaseCode()))
        return {503, errorBody(Reasons::serviceUnavailable()), deviceId, databaseRetryAfterSeconds};
    return {500, errorBody(Reasons::serverError()), deviceId, 0};
}

bool SyncServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    GuardedTcpServer::requestReceived(socket);
    // The path as received but decoded: escaped again, so that a CR LF cannot forge a log line.
    Request info{methodName(request.method()),
                 Sync::Http::loggable(request.url().path(QUrl::FullyDecoded).toUtf8()),
                 clientAddress(request),
                 {}};
    info.timer.start();
    Answer answer;
    try {
        answer = route(request);
    } catch (const Storage::StorageError &error) {
        answer = storageFailure(error, {});
    }
    if (!answer.held) {
        QHttpServerResponder responder = makeResponder(request, socket);
        send(responder, socket, info, answer);
        return true;
    }
    // A long poll: the responder waits with the socket until a push wakes it or the time is up.
    const quint64 id = ++m_nextWaiterId;
    Waiter waiter;
    waiter.responder = std::make_unique<QHttpServerResponder>(makeResponder(request, socket));
    waiter.socket = socket;
    waiter.request = std::move(info);
    waiter.pull = *answer.held;
    waiter.timeout = new QTimer(this);
    waiter.timeout->setSingleShot(true);
    connect(waiter.timeout, &QTimer::timeout, this, [this, id] { finish(id, true); });
    waiter.timeout->start(waiter.pull.waitSeconds * 1000);
    // A client that goes away is forgotten before Qt deletes its socket.
    connect(socket, &QTcpSocket::disconnected, waiter.timeout, [this, id] {
        if (const auto it = m_waiters.find(id); it != m_waiters.end()) {
            Answer gone{499, {}, it->second.pull.device.deviceId, 0}; // nginx's "client closed"
            log(it->second.request, gone);
        }
        drop(id);
    });
    m_waiters.emplace(id, std::move(waiter));
    return true;
}

void SyncServer::send(QHttpServerResponder &responder, QTcpSocket *socket, const Request &request,
                      const Answer &answer)
{
    const QByteArray body = compact(answer.body);
    const auto status = QHttpServerResponder::StatusCode(answer.status);
    if (answer.retryAfter > 0)
        responder.write(body, {jsonType, closeAfter, {"Retry-After", QByteArray::number(answer.retryAfter)}},
                        status);
    else
        responder.write(body, {jsonType, closeAfter}, status);
    GuardedTcpServer::answerWritten(socket);
    log(request, answer);
}

void SyncServer::log(const Request &request, const Answer &answer)
{
    // Never the token, never the query string, never a value of the body: only what identifies
    // the request, and the machine code of a refusal.
    const QString error = answer.body.value(QLatin1String("error")).toString();
    // One arg() call for all: a '%' in the path must not be read as a placeholder by a later one.
    qCInfo(lcServerHttp).noquote()
        << QStringLiteral("method=%1 path=%2 status=%3 ms=%4 device=%5 peer=%6%7")
               .arg(request.method, request.path, QString::number(answer.status),
                    QString::number(request.timer.elapsed()),
                    answer.deviceId.isEmpty() ? QStringLiteral("-") : answer.deviceId, request.peer,
                    error.isEmpty() ? QString() : QStringLiteral(" error=") + error);
}

void SyncServer::wake(const QString &tenantId)
{
    QList<quint64> ids;
    for (const auto &[id, waiter] : m_waiters) {
        if (waiter.pull.device.tenantId == tenantId)
            ids.append(id);
    }
    // A device revoked meanwhile is told so, never handed what came after its revocation.
    for (const quint64 id : endRevoked(ids))
        finish(id, false);
}

void SyncServer::wakeAll()
{
    for (const quint64 id : endRevoked(waiterIds()))
        finish(id, false);
}

QList<quint64> SyncServer::waiterIds() const
{
    QList<quint64> ids;
    for (const auto &[id, waiter] : m_waiters)
        ids.append(id);
    return ids;
}

QList<quint64> SyncServer::endRevoked(const QList<quint64> &waiterIds)
{
    if (waiterIds.isEmpty())
        return {};
    QStringList devices;
    for (const quint64 id : waiterIds)
        devices << m_waiters.at(id).pull.device.deviceId;
    QSet<QString> revoked;
    try {
        revoked = m_store.revokedAmong(devices);
    } catch (const Storage::StorageError &error) {
        qCWarning(lcServerHttp).noquote() << "cannot check revocations:" << error.detail();
        return waiterIds; // their pulls find out, and answer an error if the database is gone
    }
    QList<quint64> live;
    for (const quint64 id : waiterIds) {
        Waiter &waiter = m_waiters.at(id);
        if (!revoked.contains(waiter.pull.device.deviceId)) {
            live.append(id);
            continue;
        }
        if (waiter.socket && waiter.socket->state() == QAbstractSocket::ConnectedState)
            send(*waiter.responder, waiter.socket, waiter.request,
                 {401, errorBody(Reasons::unauthorized()), waiter.pull.device.deviceId, 0});
        drop(id);
    }
    return live;
}

void SyncServer::releaseWaiters()
{
    for (const quint64 id : waiterIds()) {
        const QPointer<QTcpSocket> socket = m_waiters.at(id).socket;
        finish(id, true);
        if (socket)
            socket->flush(); // the event loop ends next: write now
    }
}

bool SyncServer::isTrustedProxy(const QHostAddress &address) const
{
    return std::any_of(m_trustedProxies.cbegin(), m_trustedProxies.cend(),
                       [&](const QHostAddress &proxy) { return proxy.isEqual(address); });
}

// The nearest address in X-Forwarded-For that is not one of our proxies: the ones before it were
// written by the client and prove nothing.
QString SyncServer::clientAddress(const QHttpServerRequest &request) const
{
    QHostAddress peer = request.remoteAddress();
    if (!isTrustedProxy(peer))
        return peer.toString();
    QList<QByteArray> hops = header(request, "X-Forwarded-For").split(',');
    while (!hops.isEmpty()) {
        QHostAddress hop;
        // An IPv6 scope id is text of the client's choosing: it would reach the log and the limiter.
        if (!hop.setAddress(QString::fromLatin1(hops.takeLast().trimmed())) || !hop.scopeId().isEmpty())
            break; // garbage: the proxy itself is the last address we can vouch for
        peer = hop;
        if (!isTrustedProxy(hop))
            break;
    }
    return peer.toString();
}

void SyncServer::finish(quint64 waiterId, bool timedOut)
{
    const auto it = m_waiters.find(waiterId);
    if (it == m_waiters.end())
        return;
    Waiter &waiter = it->second;
    Answer answer;
    try {
        const PullResponse page = m_store.pull(waiter.pull.device, waiter.pull.after, waiter.pull.limit);
        // Woken by a push of changes this device already has (a cursor ahead): keep waiting.
        if (page.changes.isEmpty() && !timedOut)
            return;
        answer = {200, toJson(page), waiter.pull.device.deviceId, 0};
    } catch (const Storage::StorageError &error) {
        answer = storageFailure(error, waiter.pull.device.deviceId);
    }
    if (waiter.socket && waiter.socket->state() == QAbstractSocket::ConnectedState)
        send(*waiter.responder, waiter.socket, waiter.request, answer);
    drop(waiterId);
}

void SyncServer::drop(quint64 waiterId)
{
    const auto it = m_waiters.find(waiterId);
    if (it == m_waiters.end())
        return;
    // Not delete: drop() may run inside the timer's own signal.
    it->second.timeout->deleteLater();
    m_waiters.erase(it);
}

void SyncServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(compact(errorBody(Reasons::notFound())), {jsonType, closeAfter},
               QHttpServerResponder::StatusCode::NotFound);
}

SyncServer::Answer SyncServer::route(const QHttpServerRequest &request)
{
    // GuardedTcpServer refused a larger Content-Length; this holds whatever QHttpServer read.
    if (request.body().size() > maxBodyBytes)
        return {413, errorBody(Reasons::bodyTooLarge()), {}, 0};

    const QString path = request.url().path();
    const auto method = request.method();
    const bool get = method == QHttpServerRequest::Method::Get;
    const bool post = method == QHttpServerRequest::Method::Post;
    if (path == prefix + QStringLiteral("/health"))
        return get ? Answer{200, {{QStringLiteral("status"), QStringLiteral("ok")}}, {}, 0}
                   : Answer{405, errorBody(Reasons::methodNotAllowed()), {}, 0};
    if (path == prefix + QStringLiteral("/devices/enrol"))
        return post ? enrol(request) : Answer{405, errorBody(Reasons::methodNotAllowed()), {}, 0};
    if (path == prefix + QStringLiteral("/sync/push"))
        return post ? push(request) : Answer{405, errorBody(Reasons::methodNotAllowed()), {}, 0};
    if (path == prefix + QStringLiteral("/sync/pull"))
        return get ? pull(request) : Answer{405, errorBody(Reasons::methodNotAllowed()), {}, 0};
    return {404, errorBody(Reasons::notFound()), {}, 0};
}

std::optional<DeviceIdentity> SyncServer::authenticate(const QHttpServerRequest &request)
{
    const QByteArray value = header(request, "Authorization").trimmed();
    if (!value.startsWith("Bearer "))
        return std::nullopt;
    return m_store.authenticate(value.mid(7).trimmed());
}

SyncServer::Answer SyncServer::enrol(const QHttpServerRequest &request)
{
    int retryAfter = 0;
    if (!m_enrolLimiter.allow(clientAddress(request), &retryAfter))
        return {429, errorBody(Reasons::tooManyRequests()), {}, retryAfter};
    const auto parsed = parseEnrolRequest(request.body());
    if (const auto *error = std::get_if<ParseError>(&parsed))
        return {400,
                errorBody(error->code == QLatin1String("malformed_json")
                              ? Reasons::malformedJson(error->detail)
                              : Reasons::invalidRequest(error->detail)),
                {},
                0};
    const EnrolOutcome outcome = m_store.enrol(std::get<EnrolRequest>(parsed));
    if (outcome.httpStatus != 200)
        return {outcome.httpStatus, errorBody(outcome.reason), {}, 0};
    return {200, toJson(outcome.response), outcome.response.deviceId, 0};
}

SyncServer::Answer SyncServer::push(const QHttpServerRequest &request)
{
    const auto device = authenticate(request);
    if (!device)
        return {401, errorBody(Reasons::unauthorized()), {}, 0};
    const auto parsed = parsePushRequest(request.body());
    if (const auto *error = std::get_if<ParseError>(&parsed))
        return {400,
                errorBody(error->code == QLatin1String("malformed_json")
                              ? Reasons::malformedJson(error->detail)
                              : Reasons::invalidRequest(error->detail)),
                device->deviceId, 0};
    const PushRequest &push = std::get<PushRequest>(parsed);
    // An entity the server does not know refuses the whole batch: it is a client bug, not a record
    // for staff to correct.
    for (const PushEntry &entry : push.entries) {
        if (!Records::RecordKinds::standard().find(entry.entity))
            return {400, errorBody(Reasons::unknownEntity(entry.entity)), device->deviceId, 0};
    }
    const PushResponse result = m_store.push(*device, push);
    // Committed: this process's long polls of the comune can answer now. Other processes learn it
    // from PostgreSQL (NOTIFY), and so does this one, harmlessly, a moment later.
    wake(device->tenantId);
    return {200, toJson(result), device->deviceId, 0};
}

SyncServer::Answer SyncServer::pull(const QHttpServerRequest &request)
{
    const auto device = authenticate(request);
    if (!device)
        return {401, errorBody(Reasons::unauthorized()), {}, 0};
    const QUrlQuery query = request.query();
    bool afterOk = true;
    bool limitOk = true;
    const qint64 after = query.hasQueryItem(QStringLiteral("after"))
                             ? query.queryItemValue(QStringLiteral("after")).toLongLong(&afterOk)
                             : 0;
    const int limit = query.hasQueryItem(QStringLiteral("limit"))
                          ? query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk)
                          : defaultPullLimit;
    bool waitOk = true;
    const int wait = query.hasQueryItem(QStringLiteral("wait"))
                         ? query.queryItemValue(QStringLiteral("wait")).toInt(&waitOk)
                         : 0;
    if (!afterOk || !limitOk || !waitOk || after < 0 || limit < 1 || limit > maxPullLimit || wait < 0 ||
        wait > maxPullWaitSeconds)
        return {400,
                errorBody(Reasons::invalidRequest(
                    QStringLiteral("after must be an integer >= 0, limit between 1 and %1 and wait "
                                   "between 0 and %2 seconds")
                        .arg(maxPullLimit)
                        .arg(maxPullWaitSeconds))),
                device->deviceId, 0};
    const PullResponse page = m_store.pull(*device, after, limit);
    if (page.changes.isEmpty() && wait > 0) {
        Answer held{200, {}, device->deviceId, 0};
        held.held = Answer::Held{*device, after, limit, wait};
        return held;
    }
    return {200, toJson(page), device->deviceId, 0};
}

} // namespace Sportello::Server
