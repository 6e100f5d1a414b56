// SPDX-License-Identifier: EUPL-1.2
// What sportello-server reads of a request before anything else sees it (Sync::Http): each byte
// sequence an attacker or a broken client may send gets the verdict the documentation gives, and
// what goes into the log cannot start a line of its own. The server's answers to the same bytes
// over a real connection are in tests/integration/server/tst_serverhardening.cpp.
#include "sync/httprequesthead.h"

#include <QTest>

using namespace Sportello::Sync::Http;
using Verdict = RequestHead::Verdict;

class TestHttpRequestHead : public QObject {
    Q_OBJECT
private slots:
    void aWholeRequestIsAcceptedWithItsLength()
    {
        const QByteArray head = "POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n";
        const RequestHead partial = inspectRequestHead(head + "{", 100);
        QCOMPARE(partial.verdict, Verdict::Accept);
        QCOMPARE(partial.headBytes, head.size());
        QCOMPARE(partial.bodyBytes, 2);
        QCOMPARE(partial.method, QByteArray("POST"));
        QCOMPARE(inspectRequestHead(head + "{}", 100).verdict, Verdict::Accept);
    }

    void aHeadStillArrivingIsWaitedFor()
    {
        QCOMPARE(inspectRequestHead("GET /api/v1/hea", 100).verdict, Verdict::Incomplete);
        QCOMPARE(inspectRequestHead("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n", 100).verdict,
                 Verdict::Incomplete);
    }

    void aBadRequestLineIsRefusedBeforeTheHeadersEnd()
    {
        const RequestHead r = inspectRequestHead("GET http://evil/ HTTP/1.1\r\nHost: ", 100);
        QCOMPARE(r.verdict, Verdict::Refuse);
        QCOMPARE(r.status, 400);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        const QByteArray post = "POST /p HTTP/1.1\r\n";
        QTest::newRow("pipelined") << QByteArray("GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("body past its length") << post + "Content-Length: 1\r\n\r\n{}" << 400;
        QTest::newRow("two lengths") << post + "Content-Length: 1\r\nContent-Length: 1\r\n\r\n{" << 400;
        QTest::newRow("length with a sign") << post + "Content-Length: +1\r\n\r\n{" << 400;
        QTest::newRow("length in hex") << post + "Content-Length: 0x1\r\n\r\n{" << 400;
        QTest::newRow("length too long to read") << post + "Content-Length: 9999999999999999999\r\n\r\n"
                                                 << 400;
        QTest::newRow("length over the limit") << post + "Content-Length: 101\r\n\r\n" << 413;
        QTest::newRow("chunked") << post + "Transfer-Encoding: chunked\r\n\r\n" << 411;
        QTest::newRow("chunked and length")
            << post + "Transfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\n{" << 400;
        QTest::newRow("POST without length") << post + "\r\n" << 411;
        QTest::newRow("bare LF") << QByteArray("GET /a HTTP/1.1\nHost: x\n\n") << 400;
        QTest::newRow("bare CR") << QByteArray("GET /a HTTP/1.1\r\nHost: x\ry\r\n\r\n") << 400;
        QTest::newRow("folded") << QByteArray("GET /a HTTP/1.1\r\nHost: x\r\n\ty\r\n\r\n") << 400;
        QTest::newRow("space in name") << QByteArray("GET /a HTTP/1.1\r\nHo st: x\r\n\r\n") << 400;
        QTest::newRow("no colon") << QByteArray("GET /a HTTP/1.1\r\nHost\r\n\r\n") << 400;
        QTest::newRow("control in value") << QByteArray("GET /a HTTP/1.1\r\nHost: \x01\r\n\r\n") << 400;
        QTest::newRow("NUL") << QByteArray("GET /a\0 HTTP/1.1\r\n\r\n", 21) << 400;
        QTest::newRow("HTTP/0.9") << QByteArray("GET /a\r\n\r\n") << 400;
        QTest::newRow("lower-case version") << QByteArray("GET /a http/1.1\r\n\r\n") << 400;
        QTest::newRow("unknown method") << QByteArray("BREW /a HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << 501;
        QTest::newRow("lower-case method") << QByteArray("get /a HTTP/1.1\r\n\r\n") << 501;
        QTest::newRow("head too large") << "GET /a HTTP/1.1\r\nX: " + QByteArray(maxHeadBytes, 'a') << 431;
    }

    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        const RequestHead r = inspectRequestHead(bytes, 100);
        QCOMPARE(r.verdict, Verdict::Refuse);
        QCOMPARE(r.status, status);
        QVERIFY(!r.problem.isEmpty());
    }

    void whatIsLoggedStaysOnOneLine()
    {
        QCOMPARE(loggable("/api/v1/health"), QStringLiteral("/api/v1/health"));
        QCOMPARE(loggable("/a\r\nforged: b%"), QStringLiteral("/a%0D%0Aforged:%20b%25"));
        QCOMPARE(loggable(QByteArray("\0\xff", 2)), QStringLiteral("%00%FF"));
        QCOMPARE(loggable(QByteArray(300, 'a')).size(), 256 + 3);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestHead)
#include "tst_httprequesthead.moc"
