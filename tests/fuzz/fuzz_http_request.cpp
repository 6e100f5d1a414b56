// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: what sportello-server reads from a connection before anything else sees it
// (the request line and headers, Sync::Http::inspectRequestHead), then the body of an accepted
// request through the parser its path would reach, and the escaping of what goes into the log.
#include "fuzzsupport.h"
#include "sync/httprequesthead.h"
#include "sync/protocol.h"

#include <cstdint>

using namespace Sportello::Sync;
using Sportello::Fuzz::require;

namespace {
constexpr qint64 maxBody = 4096;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Http::RequestHead head = Http::inspectRequestHead(bytes, maxBody);
    switch (head.verdict) {
    case Http::RequestHead::Verdict::Incomplete:
        require(bytes.size() < Http::maxHeadBytes);
        require(!bytes.contains("\r\n\r\n"));
        break;
    case Http::RequestHead::Verdict::Refuse:
        require(head.status == 400 || head.status == 411 || head.status == 413 || head.status == 431 ||
                head.status == 501);
        require(!head.problem.isEmpty());
        require(!Http::reasonPhrase(head.status).isEmpty());
        break;
    case Http::RequestHead::Verdict::Accept: {
        // One request, whole or in part, ending its head with the empty line; a known length.
        require(head.headBytes >= 4 && head.headBytes <= bytes.size() &&
                head.headBytes <= Http::maxHeadBytes);
        require(bytes.mid(head.headBytes - 4, 4) == "\r\n\r\n");
        require(head.bodyBytes >= 0 && head.bodyBytes <= maxBody);
        require(bytes.size() <= head.headBytes + head.bodyBytes);
        require(!head.method.isEmpty() && bytes.startsWith(head.method + ' '));
        const QByteArray body = bytes.mid(head.headBytes);
        if (bytes.startsWith("POST /api/v1/devices/enrol "))
            (void)Protocol::parseEnrolRequest(body);
        else if (bytes.startsWith("POST /api/v1/sync/push "))
            (void)Protocol::parsePushRequest(body);
        break;
    }
    }
    // The log never receives a control character, a space or a lone '%'.
    const QString logged = Http::loggable(bytes);
    for (qsizetype i = 0; i < logged.size(); ++i) {
        const char16_t c = logged.at(i).unicode();
        require(c > 0x20 && c < 0x7f);
        if (c == u'%')
            require(i + 2 < logged.size());
    }
    return 0;
}
