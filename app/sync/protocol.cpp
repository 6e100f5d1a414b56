// SPDX-License-Identifier: EUPL-1.2
#include "sync/protocol.h"

#include "domain/text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace Sportello::Sync::Protocol {
namespace {

ParseError invalid(const QString &detail)
{
    return ParseError{QStringLiteral("invalid_request"), detail};
}

// Reads one JSON object field by field; remembers the first problem so that callers can read all
// fields and check once at the end.
class Reader {
public:
    Reader(const QJsonObject &object, QString where)
        : m_object(object)
        , m_where(std::move(where))
    {}

    QString string(const char *key, bool required = true)
    {
        const QJsonValue v = take(key, required);
        if (v.isUndefined())
            return {};
        if (!v.isString())
            fail(QStringLiteral("%1.%2 must be a string").arg(m_where, QLatin1String(key)));
        return v.toString();
    }
    qint64 integer(const char *key)
    {
        const QJsonValue v = take(key, true);
        if (v.isUndefined())
            return 0;
        const double d = v.toDouble();
        // Doubles hold integers exactly up to 2^53: enough for sequences and versions. The range is
        // checked before any conversion: a double beyond qint64 does not convert (found by fuzzing).
        if (!v.isDouble() || !(d >= 0 && d <= 9007199254740992.0) || d != std::floor(d)) {
            fail(QStringLiteral("%1.%2 must be a non-negative integer").arg(m_where, QLatin1String(key)));
            return 0;
        }
        return qint64(d);
    }
    bool boolean(const char *key)
    {
        const QJsonValue v = take(key, true);
        if (!v.isUndefined() && !v.isBool())
            fail(QStringLiteral("%1.%2 must be true or false").arg(m_where, QLatin1String(key)));
        return v.toBool();
    }
    QJsonObject object(const char *key)
    {
        const QJsonValue v = take(key, true);
        if (!v.isUndefined() && !v.isObject())
            fail(QStringLiteral("%1.%2 must be an object").arg(m_where, QLatin1String(key)));
        return v.toObject();
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue v = take(key, true);
        if (!v.isUndefined() && !v.isArray())
            fail(QStringLiteral("%1.%2 must be an array").arg(m_where, QLatin1String(key)));
        return v.toArray();
    }
    // Only the canonical form: one UUID has one spelling, so it can be one key.
    QUuid uuid(const char *key)
    {
        const QString text = string(key);
        if (!isCanonicalUuid(text)) {
            fail(QStringLiteral("%1.%2 must be a lower-case UUID (8-4-4-4-12 hex digits), not nil")
                     .arg(m_where, QLatin1String(key)));
            return {};
        }
        return QUuid::fromString(text);
    }
    void fail(const QString &detail)
    {
        if (!m_error)
            m_error = invalid(detail);
    }
    // Unknown fields are refused: a field this side does not understand would be silently lost.
    std::optional<ParseError> finish()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd() && !m_error; ++it) {
            if (!m_seen.contains(it.key()))
                fail(QStringLiteral("%1.%2 is not a known field").arg(m_where, it.key()));
        }
        return m_error;
    }

private:
    QJsonValue take(const char *key, bool required)
    {
        const QString name = QLatin1String(key);
        m_seen.insert(name);
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() && required)
            fail(QStringLiteral("%1.%2 is missing").arg(m_where, name));
        return v;
    }

    QJsonObject m_object;
    QString m_where;
    QSet<QString> m_seen;
    std::optional<ParseError> m_error;
};

ParseResult<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return ParseError{
            QStringLiteral("malformed_json"),
            QStringLiteral("not JSON at offset %1: %2").arg(error.offset).arg(error.errorString())};
    if (!document.isObject())
        return invalid(QStringLiteral("the body must be a JSON object"));
    return document.object();
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

bool isCanonicalUuid(const QString &text)
{
    if (text.size() != 36)
        return false;
    bool nonZero = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')) {
            nonZero = nonZero || c != u'0';
        } else {
            return false;
        }
    }
    return nonZero;
}

bool isEntityName(const QString &text)
{
    return !text.isEmpty() && text.size() <= 40 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || c == u'_';
    });
}

bool hasControlCharacter(const QString &text)
{
    return Domain::hasInvisibleCharacters(text) || std::any_of(text.cbegin(), text.cend(), [](QChar c) {
               return c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph;
           });
}

namespace {
// NUL and unpaired surrogates: what one database stores and another refuses, or changes.
QString unstorableText(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() == 0)
            return QStringLiteral("a NUL character");
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return QStringLiteral("an unpaired UTF-16 surrogate");
    }
    return {};
}
} // namespace

QString unstorableValue(const QJsonValue &value)
{
    if (value.isString())
        return unstorableText(value.toString());
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (QString problem = unstorableValue(item); !problem.isEmpty())
                return problem;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            QString problem = unstorableText(it.key());
            if (problem.isEmpty())
                problem = unstorableValue(it.value());
            if (!problem.isEmpty())
                return problem;
        }
    }
    return {};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject errorBody(const Reason &reason)
{
    return {{QStringLiteral("error"), reason.code},
            {QStringLiteral("message"), reason.message},
            {QStringLiteral("messageEn"), reason.messageEn}};
}

std::optional<Reason> parseErrorBody(const QByteArray &body)
{
    const auto parsed = parseObject(body);
    if (std::holds_alternative<ParseError>(parsed))
        return std::nullopt;
    Reader r(std::get<QJsonObject>(parsed), QStringLiteral("error"));
    Reason reason{r.string("error"), r.string("message"), r.string("messageEn")};
    if (r.finish())
        return std::nullopt;
    return reason;
}

QJsonObject toJson(const EnrolRequest &request)
{
    return {{QStringLiteral("code"), request.code}, {QStringLiteral("deviceName"), request.deviceName}};
}

ParseResult<EnrolRequest> parseEnrolRequest(const QByteArray &body)
{
    auto parsed = parseObject(body);
    if (auto *error = std::get_if<ParseError>(&parsed))
        return *error;
    Reader r(std::get<QJsonObject>(parsed), QStringLiteral("enrol"));
    EnrolRequest request{r.string("code"), r.string("deviceName")};
    if (request.code.size() > 64 || hasControlCharacter(request.code))
        r.fail(QStringLiteral("enrol.code must be at most 64 printable characters"));
    if (request.deviceName.size() > 100)
        r.fail(QStringLiteral("enrol.deviceName is longer than 100 characters"));
    if (hasControlCharacter(request.deviceName))
        r.fail(QStringLiteral("enrol.deviceName must not hold control characters"));
    if (auto error = r.finish())
        return *error;
    return request;
}

QJsonObject toJson(const EnrolResponse &response)
{
    return {{QStringLiteral("deviceId"), response.deviceId},
            {QStringLiteral("token"), response.token},
            {QStringLiteral("tenantId"), response.tenantId},
            {QStringLiteral("branchId"), response.branchId},
            {QStringLiteral("ticketSeries"), response.ticketSeries}};
}

ParseResult<EnrolResponse> parseEnrolResponse(const QByteArray &body)
{
    auto parsed = parseObject(body);
    if (auto *error = std::get_if<ParseError>(&parsed))
        return *error;
    Reader r(std::get<QJsonObject>(parsed), QStringLiteral("enrolled"));
    EnrolResponse response{r.string("deviceId"), r.string("token"), r.string("tenantId"),
                           r.string("branchId"), int(qMin<qint64>(r.integer("ticketSeries"), 1000))};
    if (response.ticketSeries < 1 || response.ticketSeries > 9)
        r.fail(QStringLiteral("enrolled.ticketSeries must be from 1 to 9"));
    if (auto error = r.finish())
        return *error;
    return response;
}

QString operationName(Operation operation)
{
    return operation == Operation::Create ? QStringLiteral("create") : QStringLiteral("update");
}

std::optional<Operation> operationFromName(const QString &name)
{
    for (const Operation operation : {Operation::Create, Operation::Update}) {
        if (name == operationName(operation))
            return operation;
    }
    return std::nullopt;
}

QJsonObject toJson(const PushEntry &entry)
{
    return {{QStringLiteral("operationId"), entry.operationId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("entity"), entry.entity},
            {QStringLiteral("recordId"), entry.recordId},
            {QStringLiteral("operation"), operationName(entry.operation)},
            {QStringLiteral("payload"), entry.payload},
            {QStringLiteral("createdAt"), timeText(entry.createdAt)}};
}

QJsonObject toJson(const PushRequest &request)
{
    QJsonArray entries;
    for (const PushEntry &entry : request.entries)
        entries.append(toJson(entry));
    return {{QStringLiteral("entries"), entries}};
}

ParseResult<PushRequest> parsePushRequest(const QByteArray &body)
{
    auto parsed = parseObject(body);
    if (auto *error = std::get_if<ParseError>(&parsed))
        return *error;
    Reader top(std::get<QJsonObject>(parsed), QStringLiteral("push"));
    const QJsonArray entries = top.array("entries");
    if (auto error = top.finish())
        return *error;
    if (entries.size() > maxPushEntries)
        return invalid(QStringLiteral("push.entries has %1 entries; at most %2 are accepted")
                           .arg(entries.size())
                           .arg(maxPushEntries));
    PushRequest request;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("entries[%1]").arg(i);
        if (!entries.at(i).isObject())
            return invalid(where + QStringLiteral(" must be an object"));
        Reader r(entries.at(i).toObject(), where);
        PushEntry entry;
        entry.operationId = r.uuid("operationId");
        entry.entity = r.string("entity");
        entry.recordId = r.string("recordId");
        const QString operation = r.string("operation");
        entry.payload = r.object("payload");
        const QString createdAt = r.string("createdAt");
        entry.createdAt = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
        if (const auto known = operationFromName(operation))
            entry.operation = *known;
        else
            r.fail(where + QStringLiteral(".operation must be \"create\" or \"update\""));
        if (!createdAt.isEmpty() && !entry.createdAt.isValid())
            r.fail(where + QStringLiteral(".createdAt must be an ISO 8601 time"));
        if (!isEntityName(entry.entity))
            r.fail(where + QStringLiteral(".entity must be 1 to 40 lower-case letters and underscores"));
        if (!isCanonicalUuid(entry.recordId))
            r.fail(where + QStringLiteral(".recordId must be a lower-case UUID"));
        if (auto error = r.finish())
            return *error;
        request.entries.append(entry);
    }
    return request;
}

QString pushStatusName(PushStatus status)
{
    switch (status) {
    case PushStatus::Applied:
        return QStringLiteral("applied");
    case PushStatus::Duplicate:
        return QStringLiteral("duplicate");
    case PushStatus::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

QJsonObject toJson(const PushResponse &response)
{
    QJsonArray results;
    for (const PushResult &result : response.results) {
        QJsonObject item{{QStringLiteral("operationId"), result.operationId.toString(QUuid::WithoutBraces)},
                         {QStringLiteral("status"), pushStatusName(result.status)}};
        if (result.status == PushStatus::Rejected) {
            item.insert(QStringLiteral("reason"), result.reason.code);
            item.insert(QStringLiteral("message"), result.reason.message);
            item.insert(QStringLiteral("messageEn"), result.reason.messageEn);
        }
        if (result.currentVersion >= 0)
            item.insert(QStringLiteral("currentVersion"), result.currentVersion);
        results.append(item);
    }
    return {{QStringLiteral("results"), results}};
}

ParseResult<PushResponse> parsePushResponse(const QByteArray &body)
{
    auto parsed = parseObject(body);
    if (auto *error = std::get_if<ParseError>(&parsed))
        return *error;
    Reader top(std::get<QJsonObject>(parsed), QStringLiteral("pushed"));
    const QJsonArray results = top.array("results");
    if (auto error = top.finish())
        return *error;
    PushResponse response;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject item = results.at(i).toObject();
        Reader r(item, QStringLiteral("results[%1]").arg(i));
        PushResult result;
        result.operationId = r.uuid("operationId");
        const QString status = r.string("status");
        if (status == QLatin1String("applied"))
            result.status = PushStatus::Applied;
        else if (status == QLatin1String("duplicate"))
            result.status = PushStatus::Duplicate;
        else if (status == QLatin1String("rejected"))
            result.status = PushStatus::Rejected;
        else
            r.fail(QStringLiteral("unknown status ") + status);
        const bool rejected = result.status == PushStatus::Rejected;
        result.reason = {r.string("reason", rejected), r.string("message", rejected),
                         r.string("messageEn", rejected)};
        if (item.contains(QLatin1String("currentVersion")))
            result.currentVersion = int(r.integer("currentVersion"));
        if (auto error = r.finish())
            return *error;
        response.results.append(result);
    }
    return response;
}

QJsonObject toJson(const PullResponse &response)
{
    QJsonArray changes;
    for (const PullChange &change : response.changes)
        changes.append(QJsonObject{{QStringLiteral("seq"), change.seq},
                                   {QStringLiteral("entity"), change.entity},
                                   {QStringLiteral("recordId"), change.recordId},
                                   {QStringLiteral("payload"), change.payload},
                                   {QStringLiteral("originDevice"), change.originDevice}});
    return {{QStringLiteral("changes"), changes},
            {QStringLiteral("next"), response.next},
            {QStringLiteral("more"), response.more}};
}

ParseResult<PullResponse> parsePullResponse(const QByteArray &body)
{
    auto parsed = parseObject(body);
    if (auto *error = std::get_if<ParseError>(&parsed))
        return *error;
    Reader top(std::get<QJsonObject>(parsed), QStringLiteral("pulled"));
    PullResponse response;
    const QJsonArray changes = top.array("changes");
    response.next = top.integer("next");
    response.more = top.boolean("more");
    if (auto error = top.finish())
        return *error;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        Reader r(changes.at(i).toObject(), QStringLiteral("changes[%1]").arg(i));
        PullChange change;
        change.seq = r.integer("seq");
        change.entity = r.string("entity");
        change.recordId = r.string("recordId");
        change.payload = r.object("payload");
        change.originDevice = r.string("originDevice");
        if (auto error = r.finish())
            return *error;
        response.changes.append(change);
    }
    return response;
}

} // namespace Sportello::Sync::Protocol
