// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QByteArray>
#include <QString>
#include <optional>

// What sportello-server reads of a request before anything else sees it: the request line and the
// headers, checked strictly, and how many bytes the whole request has. Pure (no socket), so that
// it can be tested and fuzzed on any bytes.
namespace Sportello::Sync::Http {

inline constexpr qsizetype maxHeadBytes = 16 * 1024;

struct RequestHead {
    enum class Verdict {
        Incomplete, // the headers have not all arrived: read more
        Accept,     // a well-formed request head; the request is headBytes + bodyBytes long
        Refuse,     // answer `status` and close
    };
    Verdict verdict = Verdict::Incomplete;
    int status = 0;          // Refuse: 400, 411, 413, 431 or 501
    QString problem;         // Refuse: what was wrong (English, for the error body and the log)
    qsizetype headBytes = 0; // Accept: request line and headers, with the empty line
    qint64 bodyBytes = 0;    // Accept: Content-Length, 0 when there is none
    QByteArray method;       // Accept: as sent
};

// `received`: the bytes of the connection so far, from its first. `maxBody`: the largest body
// accepted. A request with more bytes than its length says (a second, pipelined request) is
// refused: a connection carries one request.
RequestHead inspectRequestHead(const QByteArray &received, qint64 maxBody);

// The reason phrase of the statuses above.
QByteArray reasonPhrase(int status);

// Bytes as they may go into a log line: visible ASCII as it is, everything else (and '%')
// percent-encoded, so that a CR LF in a URL cannot start a forged line; cut to `max` bytes.
QString loggable(const QByteArray &bytes, qsizetype max = 256);

} // namespace Sportello::Sync::Http
