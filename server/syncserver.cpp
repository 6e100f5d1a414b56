// SPDX-License-Identifier: EUPL-1.2
#include "syncserver.h"

#include "entityregistry.h"
#include "reasons.h"
#include "serverlog.h"
#include "storage/storageerror.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QUrlQuery>

namespace Sportello::Server {
using namespace Sync::Protocol;

namespace {
const QString prefix = QStringLiteral("/api/v1");

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
{}

bool SyncServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    Answer answer;
    try {
        answer = route(request);
    } catch (const Storage::StorageError &error) {
        // Rolled back by the transaction guard: nothing of this request is stored.
        qCWarning(lcServer).noquote() << "storage error:" << error.message() << error.detail();
        answer = {500, errorBody(Reasons::serverError()), {}, 0};
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    const QByteArray body = compact(answer.body);
    const auto status = QHttpServerResponder::StatusCode(answer.status);
    if (answer.retryAfter > 0)
        responder.write(
            body,
            {{"Content-Type", "application/json"}, {"Retry-After", QByteArray::number(answer.retryAfter)}},
            status);
    else
        responder.write(body, {{"Content-Type", "application/json"}}, status);
    // Never the token, never the query string: only what identifies the request.
    qCInfo(lcServer).noquote() << QStringLiteral("method=%1 path=%2 status=%3 ms=%4 device=%5 peer=%6")
                                      .arg(methodName(request.method()), request.url().path())
                                      .arg(answer.status)
                                      .arg(timer.elapsed())
                                      .arg(answer.deviceId.isEmpty() ? QStringLiteral("-") : answer.deviceId,
                                           request.remoteAddress().toString());
    return true;
}

void SyncServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(compact(errorBody(Reasons::notFound())), {{"Content-Type", "application/json"}},
               QHttpServerResponder::StatusCode::NotFound);
}

SyncServer::Answer SyncServer::route(const QHttpServerRequest &request)
{
    // Content-Length first: an honest client announcing too much gets 413 before anything else.
    const QByteArray length = header(request, "Content-Length");
    if ((!length.isEmpty() && length.trimmed().toLongLong() > maxBodyBytes) ||
        request.body().size() > maxBodyBytes)
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
    if (!m_enrolLimiter.allow(request.remoteAddress().toString(), &retryAfter))
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
        if (!EntityRegistry::standard().find(entry.entity))
            return {400, errorBody(Reasons::unknownEntity(entry.entity)), device->deviceId, 0};
    }
    return {200, toJson(m_store.push(*device, push)), device->deviceId, 0};
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
    if (!afterOk || !limitOk || after < 0 || limit < 1 || limit > maxPullLimit)
        return {400,
                errorBody(Reasons::invalidRequest(
                    QStringLiteral("after must be an integer >= 0 and limit between 1 and %1")
                        .arg(maxPullLimit))),
                device->deviceId, 0};
    return {200, toJson(m_store.pull(*device, after, limit)), device->deviceId, 0};
}

} // namespace Sportello::Server
