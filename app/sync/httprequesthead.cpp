// SPDX-License-Identifier: EUPL-1.2
#include "sync/httprequesthead.h"

#include <QList>
#include <algorithm>

namespace Sportello::Sync::Http {
namespace {
using Verdict = RequestHead::Verdict;

RequestHead refuse(int status, const QString &problem)
{
    RequestHead head;
    head.verdict = Verdict::Refuse;
    head.status = status;
    head.problem = problem;
    return head;
}

// RFC 9110 token characters: what a method and a header name are made of.
bool isToken(const QByteArray &text)
{
    static const QByteArray extra("!#$%&'*+-.^_`|~");
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               extra.contains(c);
    });
}

// A request target in origin form: '/' and visible ASCII, nothing else.
bool isOriginForm(const QByteArray &target)
{
    return target.startsWith('/') && target.size() <= 8192 &&
           std::all_of(target.cbegin(), target.cend(), [](char c) { return c > 0x20 && c < 0x7f; });
}

// A header value: visible characters, spaces and tabs (obs-text allowed), no controls.
bool isFieldValue(const QByteArray &value)
{
    return std::all_of(value.cbegin(), value.cend(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u == '\t' || (u >= 0x20 && u != 0x7f);
    });
}

// The methods QHttpServer's own parser knows: another one would make it drop the connection
// without an answer (and without telling anyone), so it is refused here.
bool isKnownMethod(const QByteArray &method)
{
    static const QList<QByteArray> known{"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"};
    return known.contains(method);
}

std::optional<RequestHead> checkRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(0).size() > 16 || !isOriginForm(parts.at(1)))
        return refuse(400, QStringLiteral("malformed request line"));
    if (!isKnownMethod(parts.at(0)))
        return refuse(501, QStringLiteral("unknown method"));
    if (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0")
        return refuse(400, QStringLiteral("only HTTP versions 1.1 and 1.0 are spoken"));
    return std::nullopt;
}
} // namespace

RequestHead inspectRequestHead(const QByteArray &received, qint64 maxBody)
{
    const qsizetype end = received.indexOf("\r\n\r\n");
    const qsizetype firstLineEnd = received.indexOf("\r\n");
    // A line ended by LF alone, or a NUL, is refused at once rather than waited on.
    const qsizetype headEnd = end < 0 ? std::min(received.size(), maxHeadBytes) : end;
    for (qsizetype i = 0; i < headEnd; ++i) {
        if (received.at(i) == '\0' || (received.at(i) == '\n' && (i == 0 || received.at(i - 1) != '\r')))
            return refuse(400, QStringLiteral("a line does not end in CR LF"));
    }
    // A request line that is already wrong is refused without waiting for the rest.
    if (firstLineEnd >= 0 && (end < 0 || firstLineEnd <= end)) {
        if (auto refused = checkRequestLine(received.left(firstLineEnd)))
            return *refused;
    }
    if (end < 0 || end + 4 > maxHeadBytes) {
        if (received.size() >= maxHeadBytes || end + 4 > maxHeadBytes)
            return refuse(431,
                          QStringLiteral("the request line and headers pass %1 bytes").arg(maxHeadBytes));
        if (firstLineEnd < 0 && received.size() > 8192 + 32)
            return refuse(400, QStringLiteral("malformed request line"));
        return {};
    }
    const QList<QByteArray> lines = received.left(end).split('\n');
    RequestHead head;
    head.method = lines.first().left(lines.first().indexOf(' '));
    std::optional<qint64> length;
    bool chunked = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // Every line ends in CR LF (split at LF, so each but the last must end in CR; the last had
        // its CR LF cut with the empty line): a bare LF or CR is a smuggling tool, refused.
        QByteArray line = lines.at(i);
        if (i + 1 < lines.size()) {
            if (!line.endsWith('\r'))
                return refuse(400, QStringLiteral("a line does not end in CR LF"));
            line.chop(1);
        }
        if (line.contains('\r'))
            return refuse(400, QStringLiteral("a bare CR in the headers"));
        if (i == 0)
            continue; // the request line, checked above
        if (line.startsWith(' ') || line.startsWith('\t'))
            return refuse(400, QStringLiteral("folded header lines are not accepted"));
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (colon < 0 || !isToken(name) || !isFieldValue(value))
            return refuse(400, QStringLiteral("malformed header line"));
        const QByteArray lower = name.toLower();
        if (lower == "content-length") {
            if (length)
                return refuse(400, QStringLiteral("more than one Content-Length"));
            if (value.isEmpty() || value.size() > 18 ||
                !std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; }))
                return refuse(400, QStringLiteral("Content-Length must be a number"));
            length = value.toLongLong();
        } else if (lower == "transfer-encoding") {
            chunked = true;
        }
    }
    if (chunked && length)
        return refuse(400, QStringLiteral("Content-Length and Transfer-Encoding together"));
    if (chunked)
        return refuse(411, QStringLiteral("send the body with a Content-Length, not a transfer coding"));
    if (length && *length > maxBody)
        return refuse(413, QStringLiteral("the body passes %1 bytes").arg(maxBody));
    if (!length && head.method != "GET" && head.method != "HEAD")
        return refuse(411,
                      QStringLiteral("a %1 needs a Content-Length").arg(QString::fromLatin1(head.method)));
    head.verdict = Verdict::Accept;
    head.headBytes = end + 4;
    head.bodyBytes = length.value_or(0);
    if (received.size() > head.headBytes + head.bodyBytes)
        return refuse(400, QStringLiteral("more than one request on a connection"));
    return head;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        break;
    }
    return "Error";
}

QString loggable(const QByteArray &bytes, qsizetype max)
{
    QString out;
    for (const char c : bytes.left(max)) {
        const auto u = static_cast<unsigned char>(c);
        if (u > 0x20 && u < 0x7f && u != '%')
            out += QLatin1Char(c);
        else
            out += QStringLiteral("%%1").arg(u, 2, 16, QLatin1Char('0')).toUpper();
    }
    if (bytes.size() > max)
        out += QStringLiteral("...");
    return out;
}

} // namespace Sportello::Sync::Http
