// SPDX-License-Identifier: EUPL-1.2
// sportello-server under what an attacker, a broken client or a second server process can do
// (issue 11): enrolment codes raced across processes, identifiers and texts that one database
// would store and the other refuse, payloads with unknown fields, pull pages that would grow
// without bound, malformed or smuggled HTTP, slow and idle connections, forged log lines, and a
// device revoked while its long poll is held. Registered twice: on SQLite (one process), and with
// SPORTELLO_TEST_BACKEND=postgresql on a PostgreSQL database of its own with two server processes,
// the documented scale-out.
#include "serverprocess.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "sync/protocol.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace ServerTest;
namespace P = Sportello::Sync::Protocol;

namespace {
QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject citizen(const QString &id, const QString &surname)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("version"), 1},
            {QStringLiteral("surname"), surname},
            {QStringLiteral("name"), QStringLiteral("Maria")},
            {QStringLiteral("documentType"), QStringLiteral("identity_card")},
            {QStringLiteral("documentNumber"), QStringLiteral("CA12345AA")}};
}

QJsonObject entry(const QString &operationId, const QJsonObject &payload, const QString &recordId = {})
{
    return {{QStringLiteral("operationId"), operationId},
            {QStringLiteral("entity"), QStringLiteral("citizen")},
            {QStringLiteral("recordId"),
             recordId.isNull() ? payload.value(QLatin1String("id")).toString() : recordId},
            {QStringLiteral("operation"), QStringLiteral("create")},
            {QStringLiteral("payload"), payload},
            {QStringLiteral("createdAt"), QStringLiteral("2026-12-03T08:30:00.123Z")}};
}

QByteArray pushBody(const QJsonArray &entries)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("entries"), entries}}).toJson(QJsonDocument::Compact);
}

QJsonObject result(const Reply &reply, int index = 0)
{
    return reply.json.value(QLatin1String("results")).toArray().at(index).toObject();
}

QString statusOf(const Reply &reply, int index = 0)
{
    return result(reply, index).value(QLatin1String("status")).toString();
}

QString reasonOf(const Reply &reply, int index = 0)
{
    return result(reply, index).value(QLatin1String("reason")).toString();
}

// The status of a raw HTTP answer, and how many answers it holds.
int statusOfRaw(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

QByteArray enrolRequest(const QString &code, const QString &name)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("deviceName"), name}})
            .toJson(QJsonDocument::Compact);
    return "POST /api/v1/devices/enrol HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Content-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Sockets that each send their bytes at the same moment and collect what comes back.
QList<QByteArray> allAtOnce(const QList<std::pair<quint16, QByteArray>> &requests)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (const auto &[port, bytes] : requests) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    for (const auto &socket : sockets)
        socket->waitForConnected(60'000);
    for (qsizetype i = 0; i < requests.size(); ++i)
        sockets.at(size_t(i))->write(requests.at(i).second);
    QList<QByteArray> answers(requests.size());
    [[maybe_unused]] const bool closed = QTest::qWaitFor(
        [&] {
            bool open = false;
            for (size_t i = 0; i < sockets.size(); ++i) {
                answers[qsizetype(i)] += sockets.at(i)->readAll();
                open |= sockets.at(i)->state() == QAbstractSocket::ConnectedState;
            }
            return !open;
        },
        60'000); // hang guard
    for (size_t i = 0; i < sockets.size(); ++i)
        answers[qsizetype(i)] += sockets.at(i)->readAll();
    return answers;
}
} // namespace

class TestServerHardening : public QObject {
    Q_OBJECT

    TestDatabase m_database;
    QString m_tenant;
    QString m_branch;
    // Two processes on PostgreSQL (the scale-out); on SQLite the second is the first.
    Server m_first;
    Server m_second;
    quint16 m_ports[2] = {0, 0};
    QByteArray m_token;
    QString m_deviceId;
    QByteArray m_log; // what the first process wrote to stderr so far

    QString db() const { return m_database.location(); }
    QString newCode() { return admin(db(), {QStringLiteral("enrol-code"), m_branch}).out; }
    QByteArray enrol(quint16 port, const QString &name, QString *deviceId = nullptr)
    {
        Client client(port);
        const Reply r = client.post(
            QStringLiteral("/api/v1/devices/enrol"),
            QJsonObject{{QStringLiteral("code"), newCode()}, {QStringLiteral("deviceName"), name}});
        if (deviceId)
            *deviceId = r.json.value(QLatin1String("deviceId")).toString();
        return r.json.value(QLatin1String("token")).toString().toLatin1();
    }
    Reply push(const QJsonArray &entries, quint16 port = 0)
    {
        return Client(port ? port : m_ports[0])
            .post(QStringLiteral("/api/v1/sync/push"), pushBody(entries), m_token);
    }
    qint64 recordsWithId(const QString &id)
    {
        return m_database.value(QStringLiteral("SELECT count(*) FROM records WHERE record_id = '%1'").arg(id))
            .toLongLong();
    }
    QByteArray log()
    {
        m_log += m_first.process().readAllStandardError();
        return m_log;
    }

private slots:
    void initTestCase()
    {
        bool skip = false;
        const QString error = m_database.setUp(&skip);
        if (skip)
            QSKIP(qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QString problem;
        m_branch = addComuneWithBranch(db(), &problem);
        QVERIFY2(!m_branch.isEmpty(), qPrintable(problem));
        m_tenant = m_database.value(QStringLiteral("SELECT tenant_id FROM branches")).toString();
        // Short limits, so that slow clients are cut off within the test's time.
        const QStringList options{QStringLiteral("--enrol-limit"),    QStringLiteral("100000"),
                                  QStringLiteral("--header-timeout"), QStringLiteral("1"),
                                  QStringLiteral("--body-timeout"),   QStringLiteral("2")};
        QVERIFY(m_first.start(db(), options));
        m_ports[0] = m_ports[1] = m_first.port();
        if (m_database.postgres()) {
            QVERIFY(m_second.start(db(), options));
            m_ports[1] = m_second.port();
        }
        m_token = enrol(m_ports[0], QStringLiteral("PC prova"), &m_deviceId);
        QVERIFY(!m_token.isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_first.port())
            QCOMPARE(m_first.stop(), 0);
        if (m_second.port())
            QCOMPARE(m_second.stop(), 0);
    }

    // 1. The same code sent three times to each process at the same moment: one PC is enrolled.
    void aCodeEnrolsOnePcWhateverReachesWhichProcess()
    {
        const qint64 devicesBefore =
            m_database.value(QStringLiteral("SELECT count(*) FROM devices")).toLongLong();
        constexpr int codes = 15;
        for (int c = 0; c < codes; ++c) {
            const QString code = newCode();
            QList<std::pair<quint16, QByteArray>> requests;
            for (int i = 0; i < 6; ++i)
                requests.append({m_ports[i % 2], enrolRequest(code, QStringLiteral("Gara %1").arg(i))});
            int enrolled = 0;
            for (const QByteArray &answer : allAtOnce(requests)) {
                const int status = statusOfRaw(answer);
                QVERIFY2(status == 200 || status == 410, answer.constData());
                enrolled += status == 200 ? 1 : 0;
            }
            QCOMPARE(enrolled, 1);
        }
        QCOMPARE(m_database.value(QStringLiteral("SELECT count(*) FROM devices")).toLongLong(),
                 devicesBefore + codes);
        // No two working PCs of the branch share a ticket series below the shared last one.
        QCOMPARE(m_database
                     .value(QStringLiteral("SELECT count(*) FROM (SELECT ticket_series FROM devices WHERE "
                                           "revoked = 0 AND ticket_series < 9 GROUP BY ticket_series "
                                           "HAVING count(*) > 1) AS shared"))
                     .toLongLong(),
                 0);
    }

    // 3. Every identifier is checked strictly: a malformed one refuses the request, stores nothing.
    void malformedIdentifiersAreRefused_data()
    {
        QTest::addColumn<QString>("operationId");
        QTest::addColumn<QString>("recordId");
        QTest::addColumn<QString>("entity");
        const QString id = uuid();
        const QString record = uuid();
        QTest::newRow("empty operationId") << QStringLiteral("") << record << QStringLiteral("citizen");
        QTest::newRow("nil operationId")
            << QStringLiteral("00000000-0000-0000-0000-000000000000") << record << QStringLiteral("citizen");
        QTest::newRow("braced operationId") << u'{' + id + u'}' << record << QStringLiteral("citizen");
        QTest::newRow("upper-case operationId") << id.toUpper() << record << QStringLiteral("citizen");
        QTest::newRow("operationId with NUL")
            << id.left(35) + QChar(0) << record << QStringLiteral("citizen");
        QTest::newRow("empty recordId") << id << QStringLiteral("") << QStringLiteral("citizen");
        QTest::newRow("recordId with NUL") << id << record.left(35) + QChar(0) << QStringLiteral("citizen");
        QTest::newRow("recordId with CR LF")
            << id << record.left(34) + QStringLiteral("\r\n") << QStringLiteral("citizen");
        QTest::newRow("recordId not a UUID")
            << id << QStringLiteral("../../etc/passwd") << QStringLiteral("citizen");
        QTest::newRow("entity with NUL") << id << record << QStringLiteral("citizen") + QChar(0);
        QTest::newRow("entity upper case") << id << record << QStringLiteral("Citizen");
    }

    void malformedIdentifiersAreRefused()
    {
        QFETCH(QString, operationId);
        QFETCH(QString, recordId);
        QFETCH(QString, entity);
        QJsonObject e = entry(operationId, citizen(recordId, QStringLiteral("Strani")), recordId);
        e.insert(QStringLiteral("entity"), entity);
        const Reply r = push({e});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_request"));
        QCOMPARE(
            m_database
                .value(QStringLiteral("SELECT count(*) FROM applied_operations WHERE operation_id = '%1'")
                           .arg(QString(operationId).remove(QChar(0))))
                .toLongLong(),
            0);
    }

    void namesAndCodesWithControlCharactersAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("NUL") << QStringLiteral("PC") + QChar(0) + QStringLiteral("1");
        QTest::newRow("line feed") << QStringLiteral("PC\nforged");
        QTest::newRow("right-to-left override")
            << QStringLiteral("PC ") + QChar(0x202E) + QStringLiteral("1");
    }

    void namesAndCodesWithControlCharactersAreRefused()
    {
        QFETCH(QString, name);
        const QString code = newCode();
        for (const quint16 port : m_ports) {
            const QByteArray answer = exchange(port, enrolRequest(code, name));
            QCOMPARE(statusOfRaw(answer), 400);
            QCOMPARE(statusOfRaw(exchange(port, enrolRequest(code + QChar(0), QStringLiteral("PC")))), 400);
        }
        // The code was not spent.
        QCOMPARE(statusOfRaw(exchange(m_ports[1], enrolRequest(code, QStringLiteral("PC buono")))), 200);
    }

    // 3. "duplicate" only for the same operation; a reused id is refused and its record not lost
    // silently.
    void anOperationIdIsADuplicateOnlyOfItsOwnOperation()
    {
        const QString op = uuid();
        const QString first = uuid();
        const QString second = uuid();
        QCOMPARE(statusOf(push({entry(op, citizen(first, QStringLiteral("Primi")))})),
                 QStringLiteral("applied"));
        const Reply reused = push({entry(op, citizen(second, QStringLiteral("Secondi")))}, m_ports[1]);
        QCOMPARE(statusOf(reused), QStringLiteral("rejected"));
        QCOMPARE(reasonOf(reused), QStringLiteral("operation_id_reused"));
        QCOMPARE(recordsWithId(second), 0);
        QCOMPARE(statusOf(push({entry(op, citizen(first, QStringLiteral("Primi")))}, m_ports[1])),
                 QStringLiteral("duplicate"));
        // Twice in one batch: the second is not the first's duplicate.
        const QString inBatch = uuid();
        const QString third = uuid();
        const QString fourth = uuid();
        const Reply both = push({entry(inBatch, citizen(third, QStringLiteral("Terzi"))),
                                 entry(inBatch, citizen(fourth, QStringLiteral("Quarti")))});
        QCOMPARE(statusOf(both, 0), QStringLiteral("applied"));
        QCOMPARE(statusOf(both, 1), QStringLiteral("rejected"));
        QCOMPARE(reasonOf(both, 1), QStringLiteral("operation_id_reused"));
        QCOMPARE(recordsWithId(fourth), 0);
    }

    // 4. A NUL in a value: refused for this entry alike on both databases (never a 500 that the
    // PC would retry for ever), and the next entries go on.
    void textADatabaseCannotStoreIsRefusedAsInvalid()
    {
        const QString poisoned = uuid();
        const QString healthy = uuid();
        QJsonObject withKey = citizen(uuid(), QStringLiteral("Chiavi"));
        const Reply r =
            push({entry(uuid(), citizen(poisoned, QStringLiteral("Ros") + QChar(0) + QStringLiteral("si"))),
                  entry(uuid(), citizen(healthy, QStringLiteral("Rossi")))});
        QCOMPARE(r.status, 200);
        QCOMPARE(statusOf(r, 0), QStringLiteral("rejected"));
        QCOMPARE(reasonOf(r, 0), QStringLiteral("invalid_record"));
        QVERIFY(result(r, 0).value(QLatin1String("messageEn")).toString().contains(QLatin1String("NUL")));
        QCOMPARE(statusOf(r, 1), QStringLiteral("applied"));
        QCOMPARE(recordsWithId(poisoned), 0);
        QCOMPARE(recordsWithId(healthy), 1);
    }

    // 7. Payloads are read strictly, and have a size limit.
    void payloadsWithUnknownRetypedOrHugeFieldsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown field") << QStringLiteral("extra") << QJsonValue(QStringLiteral("x"))
                                       << QStringLiteral("not a known field");
        QTest::newRow("1 MiB unknown field")
            << QStringLiteral("extra") << QJsonValue(QString(1000 * 1000, u'x'))
            << QStringLiteral("bytes; at most");
        QTest::newRow("retyped field")
            << QStringLiteral("phone") << QJsonValue(3331234567.0) << QStringLiteral("must be a string");
        QTest::newRow("object for a string")
            << QStringLiteral("notes") << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}})
            << QStringLiteral("must be a string");
    }

    void payloadsWithUnknownRetypedOrHugeFieldsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const QString id = uuid();
        QJsonObject payload = citizen(id, QStringLiteral("Rigidi"));
        payload.insert(field, value);
        const Reply r = push({entry(uuid(), payload)});
        QCOMPARE(r.status, 200);
        QCOMPARE(reasonOf(r), QStringLiteral("invalid_record"));
        const QString message = result(r).value(QLatin1String("messageEn")).toString();
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(recordsWithId(id), 0);
    }

    // 7. A pull page stops at its byte budget, whatever its count; the next page goes on.
    void aPullPageHasAByteBudget()
    {
        const QByteArray reader = enrol(m_ports[1], QStringLiteral("PC lettore"));
        Client client(m_ports[1]);
        const auto cursorNow = [&] {
            qint64 after = 0;
            for (bool more = true; more;) {
                const Reply page =
                    client.get(QStringLiteral("/api/v1/sync/pull?after=%1&limit=1000").arg(after), reader);
                after = page.json.value(QLatin1String("next")).toInteger();
                more = page.json.value(QLatin1String("more")).toBool();
            }
            return after;
        };
        const qint64 start = cursorNow();
        // 1,000 citizens with 1,900 characters of notes each: about 2 MB.
        QStringList ids;
        for (int b = 0; b < 4; ++b) {
            QJsonArray entries;
            for (int i = 0; i < 250; ++i) {
                ids << uuid();
                QJsonObject payload = citizen(ids.last(), QStringLiteral("Pesanti"));
                payload.insert(QStringLiteral("notes"), QString(1900, u'n'));
                entries.append(entry(uuid(), payload));
            }
            const Reply r = push(entries);
            QCOMPARE(r.status, 200);
            QCOMPARE(statusOf(r, 249), QStringLiteral("applied"));
        }
        QSet<QString> seen;
        qint64 after = start;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            const Reply page =
                client.get(QStringLiteral("/api/v1/sync/pull?after=%1&limit=1000").arg(after), reader);
            QCOMPARE(page.status, 200);
            QVERIFY2(page.body.size() <= P::maxPullPageBytes + 64 * 1024,
                     qPrintable(QString::number(page.body.size())));
            for (const QJsonValue change : page.json.value(QLatin1String("changes")).toArray()) {
                const QString id = change.toObject().value(QLatin1String("recordId")).toString();
                QVERIFY2(!seen.contains(id), "a change came twice");
                seen.insert(id);
            }
            after = page.json.value(QLatin1String("next")).toInteger();
            more = page.json.value(QLatin1String("more")).toBool();
        }
        QVERIFY(pages >= 2);
        QCOMPARE(seen, QSet<QString>(ids.cbegin(), ids.cend()));
    }

    // 7. A change stored before the record limit existed, larger than a whole page: it comes alone,
    // and the page still says there is more.
    void aChangeLargerThanAPageComesAloneAndSaysMore()
    {
        const QByteArray reader = enrol(m_ports[0], QStringLiteral("PC grandi"));
        Client client(m_ports[0]);
        const qint64 last = m_database.value(QStringLiteral("SELECT max(seq) FROM changes")).toLongLong();
        {
            QSqlDatabase c = m_database.peek(QStringLiteral("large-changes"));
            QVERIFY(c.open());
            for (int i = 1; i <= 2; ++i) {
                QSqlQuery q(c);
                q.prepare(QStringLiteral(
                    "INSERT INTO changes (tenant_id, seq, entity, record_id, payload, "
                    "origin_device, operation_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
                for (const QVariant &v :
                     QVariantList{m_tenant, last + i, QStringLiteral("citizen"), uuid(),
                                  QStringLiteral("{\"notes\":\"%1\"}").arg(QString(1200 * 1000, u'x')),
                                  m_deviceId, uuid(), QStringLiteral("2026-12-03T08:00:00.000Z")})
                    q.addBindValue(v);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            QVERIFY(QSqlQuery(c).exec(QStringLiteral("UPDATE tenants SET last_seq = %1").arg(last + 2)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("large-changes"));
        const Reply first = client.get(QStringLiteral("/api/v1/sync/pull?after=%1").arg(last), reader);
        QCOMPARE(first.json.value(QLatin1String("changes")).toArray().size(), 1);
        QCOMPARE(first.json.value(QLatin1String("more")).toBool(), true);
        const Reply second = client.get(QStringLiteral("/api/v1/sync/pull?after=%1").arg(last + 1), reader);
        QCOMPARE(second.json.value(QLatin1String("changes")).toArray().size(), 1);
        QCOMPARE(second.json.value(QLatin1String("next")).toInteger(), last + 2);
    }

    // 8. HTTP as the documentation says: one request per connection, one length, no smuggling.
    void httpIsReadStrictly_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray health = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        const QByteArray post = "POST /api/v1/devices/enrol HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        QTest::newRow("one request") << health << 200;
        QTest::newRow("two pipelined requests") << health + health << 400;
        QTest::newRow("two different Content-Length")
            << post + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}" << 400;
        QTest::newRow("Content-Length twice")
            << post + "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}" << 400;
        QTest::newRow("non-numeric Content-Length") << post + "Content-Length: abc\r\n\r\n{}" << 400;
        QTest::newRow("signed Content-Length") << post + "Content-Length: +2\r\n\r\n{}" << 400;
        QTest::newRow("negative Content-Length") << post + "Content-Length: -1\r\n\r\n{}" << 400;
        QTest::newRow("huge Content-Length") << post + "Content-Length: 99999999999\r\n\r\n" << 413;
        QTest::newRow("body longer than its length") << post + "Content-Length: 2\r\n\r\n{}{}" << 400;
        QTest::newRow("chunked") << post + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n" << 411;
        QTest::newRow("chunked and a length")
            << post + "Transfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n{}" << 400;
        QTest::newRow("POST without a length") << post + "\r\n" << 411;
        QTest::newRow("bare LF") << QByteArray("GET /api/v1/health HTTP/1.1\nHost: 127.0.0.1\n\n") << 400;
        QTest::newRow("folded header")
            << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n x\r\n\r\n") << 400;
        QTest::newRow("space before colon")
            << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost : a\r\n\r\n") << 400;
        QTest::newRow("NUL in the target") << QByteArray("GET /api/v1/he\0alth HTTP/1.1\r\n\r\n", 34) << 400;
        QTest::newRow("absolute form") << QByteArray("GET http://evil/api/v1/health HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("GET /api/v1/health HTTP/2.0\r\n\r\n") << 400;
        // QHttpServer's own parser would drop these without an answer (and keep the socket).
        QTest::newRow("unknown method")
            << QByteArray("BREW /api/v1/health HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << 501;
        QTest::newRow("lower-case method") << QByteArray("get /api/v1/health HTTP/1.1\r\n\r\n") << 501;
        QTest::newRow("headers beyond 16 KiB")
            << "GET /api/v1/health HTTP/1.1\r\nX: " + QByteArray(17000, 'a') << 431;
    }

    void httpIsReadStrictly()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const QByteArray answer = exchange(m_ports[0], request);
        QCOMPARE(statusOfRaw(answer), status);
        QCOMPARE(answer.count("HTTP/1.1 "), 1); // one answer, never two
        QCOMPARE(Client(m_ports[0]).get(QStringLiteral("/api/v1/health")).status, 200);
    }

    // 6. Connections that send too little or too slowly: closed by the server at its time limits,
    // without an answer. A server of its own, so that nothing else counts.
    void slowConnectionsAreClosedAtTheTimeLimits()
    {
        Server limited;
        QVERIFY(limited.start(db(), {QStringLiteral("--header-timeout"), QStringLiteral("1"),
                                     QStringLiteral("--body-timeout"), QStringLiteral("1")}));
        std::vector<std::unique_ptr<QTcpSocket>> stalled;
        for (const QByteArray &sent :
             {QByteArray(), QByteArray("POST /api/v1/sync/push HTTP/1.1\r\nContent-Len"),
              QByteArray("POST /api/v1/sync/push HTTP/1.1\r\nContent-Length: 100\r\n\r\n{"),
              QByteArray("GET /api/v1/health HTTP/1.1\r\nX: ")}) {
            stalled.push_back(std::make_unique<QTcpSocket>());
            stalled.back()->connectToHost(QHostAddress::LocalHost, limited.port());
            QVERIFY(stalled.back()->waitForConnected(60'000));
            stalled.back()->write(sent);
            stalled.back()->flush();
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(stalled.cbegin(), stalled.cend(), [](const auto &socket) {
                    socket->waitForReadyRead(5);
                    return socket->state() == QAbstractSocket::UnconnectedState;
                });
            },
            60'000)); // hang guard: the limits are 1 s
        for (const auto &socket : stalled)
            QVERIFY(socket->readAll().isEmpty());
        QCOMPARE(statusOfRaw(exchange(limited.port(), "GET /api/v1/health HTTP/1.1\r\n\r\n")), 200);
        QCOMPARE(limited.stop(), 0);
    }

    // 6. More connections from one address than it may have: refused at once (503, Retry-After)
    // and closed, while other addresses are served and the descriptors stay few. Time limits long
    // enough that none of the held ones ends during the count.
    void connectionsPerAddressAreLimited()
    {
        Server limited;
        QVERIFY(limited.start(db(), {QStringLiteral("--header-timeout"), QStringLiteral("60"),
                                     QStringLiteral("--max-connections-per-address"), QStringLiteral("20")}));
        std::vector<std::unique_ptr<QTcpSocket>> stalled;
        for (int i = 0; i < 60; ++i) {
            stalled.push_back(std::make_unique<QTcpSocket>());
            stalled.back()->connectToHost(QHostAddress::LocalHost, limited.port());
            QVERIFY(stalled.back()->waitForConnected(60'000));
            stalled.back()->write("POST /api/v1/sync/push HTTP/1.1\r\nContent-Len");
            stalled.back()->flush();
        }
        const auto refusedNow = [&] {
            return int(std::count_if(stalled.cbegin(), stalled.cend(), [](const auto &socket) {
                socket->waitForReadyRead(5);
                return socket->peek(12) == "HTTP/1.1 503";
            }));
        };
        QVERIFY(QTest::qWaitFor([&] { return refusedNow() == 40; }, 60'000));
        const auto refused = std::find_if(stalled.cbegin(), stalled.cend(), [](const auto &socket) {
            return socket->peek(12) == "HTTP/1.1 503";
        });
        QVERIFY((*refused)->peek(300).contains("Retry-After: "));
        const QByteArray health = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        QCOMPARE(statusOfRaw(exchange(limited.port(), health, QHostAddress(QStringLiteral("127.0.0.2")))),
                 200);
        QCOMPARE(statusOfRaw(exchange(limited.port(), health)), 503);
        // The refused connections were closed by the server: their descriptors are free again.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return QDir(QStringLiteral("/proc/%1/fd").arg(limited.process().processId()))
                           .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                           .size() < 40;
            },
            60'000));
        stalled.clear();
        QVERIFY(
            QTest::qWaitFor([&] { return statusOfRaw(exchange(limited.port(), health)) == 200; }, 60'000));
        QCOMPARE(limited.stop(), 0);
    }

    void theConnectionsInTotalAreLimited()
    {
        Server limited;
        QVERIFY(limited.start(db(), {QStringLiteral("--max-connections"), QStringLiteral("60"),
                                     QStringLiteral("--max-connections-per-address"), QStringLiteral("20")}));
        const QByteArray health = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        // Three addresses take 20 each (idle: the default 10 s for their headers); a fourth is refused.
        std::vector<std::unique_ptr<QTcpSocket>> filling;
        for (int a = 2; a <= 4; ++a) {
            for (int i = 0; i < 20; ++i) {
                filling.push_back(std::make_unique<QTcpSocket>());
                filling.back()->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(a)));
                filling.back()->connectToHost(QHostAddress::LocalHost, limited.port());
                QVERIFY(filling.back()->waitForConnected(60'000));
            }
        }
        // Accepted in order: once the last has been, the next connection is the 61st.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return statusOfRaw(exchange(limited.port(), health,
                                            QHostAddress(QStringLiteral("127.0.0.5")))) == 503;
            },
            60'000));
        filling.clear();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return statusOfRaw(exchange(limited.port(), health,
                                            QHostAddress(QStringLiteral("127.0.0.5")))) == 200;
            },
            60'000));
        QCOMPARE(limited.stop(), 0);
    }

    // 5. What a request carries cannot write a line of the log, nor put its values in it.
    void theLogCannotBeForgedAndCarriesNoValues()
    {
        exchange(m_ports[0], "GET /api/v1/health%0D%0Aforged:%20line HTTP/1.1\r\nHost: x\r\n\r\n");
        exchange(m_ports[0], "GET /api/v1/%0Aforged HTTP/1.1\r\nHost: x\r\n\r\n");
        exchange(m_ports[0], "GET /\r\x7f\x01\xff HTTP/1.1\r\n\r\n");
        exchange(m_ports[0], "GET /%251%252%25%0 HTTP/1.1\r\nHost: x\r\n\r\n");
        push({entry(uuid(), citizen(uuid(), QStringLiteral("Riservatissimo") + QChar(0)))});
        QCOMPARE(Client(m_ports[0]).get(QStringLiteral("/api/v1/health")).status, 200);
        const QByteArray text = log();
        for (const QByteArray &line : text.split('\n')) {
            if (!line.isEmpty())
                QVERIFY2(line.startsWith("sportello."), line.constData());
        }
        QVERIFY(text.contains("path=/api/v1/health%0D%0Aforged:%20line status=404"));
        QVERIFY(QString::fromLatin1(text).contains(QRegularExpression(
            QStringLiteral("path=/%25[^ ]* status=404 ms=\\d+ device=- peer=127\\.0\\.0\\.1"))));
        QVERIFY(!text.contains("Riservatissimo"));
        QVERIFY(!text.contains(m_token));
    }

    // 5. A failing statement's log detail names the statement, not its values; on PostgreSQL the
    // database's own text quotes them, so only the code goes to the log.
    void aFailedStatementLogsNoValues()
    {
        const QString name = QStringLiteral("values-in-log");
        {
            QSqlDatabase c = m_database.peek(name);
            QVERIFY(c.open());
            using Sportello::Storage::Sql::exec;
            QVERIFY(QSqlQuery(c).exec(QStringLiteral("CREATE TEMPORARY TABLE probe (v TEXT PRIMARY KEY)")));
            exec(c, QStringLiteral("INSERT INTO probe (v) VALUES (?)"), {QStringLiteral("Riservatissimo")});
            try {
                exec(c, QStringLiteral("INSERT INTO probe (v) VALUES (?)"),
                     {QStringLiteral("Riservatissimo")});
                QFAIL("a duplicate key was stored");
            } catch (const Sportello::Storage::StorageError &error) {
                QVERIFY2(!error.detail().contains(QLatin1String("Riservatissimo")),
                         qPrintable(error.detail()));
                QVERIFY(error.detail().contains(QLatin1String("INSERT INTO probe")));
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    // 9. A device revoked (by the administration command, another process) while its long polls
    // are held: they end at once with 401, on every process, and carry nothing pushed after.
    void revokingADeviceEndsItsHeldPolls()
    {
        QString victimId;
        const QByteArray victim = enrol(m_ports[0], QStringLiteral("PC rubato"), &victimId);
        QVERIFY(!victim.isEmpty());
        Client first(m_ports[0]);
        Client second(m_ports[1]);
        const QString latest =
            QStringLiteral("/api/v1/sync/pull?after=%1&wait=30")
                .arg(m_database
                         .value(QStringLiteral("SELECT last_seq FROM tenants WHERE id = '%1'").arg(m_tenant))
                         .toLongLong());
        QNetworkReply *held1 = first.startGet(latest, victim);
        QNetworkReply *held2 = second.startGet(latest, victim);
        QTest::qWait(300); // both are held by now; an early revocation would be answered 401 all the same
        QCOMPARE(admin(db(), {QStringLiteral("device-revoke"), victimId}).exitCode, 0);
        const QString after = uuid();
        QCOMPARE(statusOf(push({entry(uuid(), citizen(after, QStringLiteral("Dopo")))})),
                 QStringLiteral("applied"));
        // A poll answered by its time limit (30 s) would be 200; only the revocation answers 401.
        const Reply r1 = first.finish(held1);
        const Reply r2 = second.finish(held2);
        QCOMPARE(r1.status, 401);
        QCOMPARE(r2.status, 401);
        QVERIFY(!r1.body.contains(after.toLatin1()) && !r2.body.contains(after.toLatin1()));
    }

    // The scale-out: a push through one process wakes a long poll held by the other.
    void aPushThroughOneProcessWakesAPollHeldByTheOther()
    {
        const QByteArray reader = enrol(m_ports[1], QStringLiteral("PC in attesa"));
        Client second(m_ports[1]);
        const qint64 cursor =
            m_database.value(QStringLiteral("SELECT last_seq FROM tenants WHERE id = '%1'").arg(m_tenant))
                .toLongLong();
        QNetworkReply *held =
            second.startGet(QStringLiteral("/api/v1/sync/pull?after=%1&wait=30").arg(cursor), reader);
        QTest::qWait(300);
        const QString made = uuid();
        QCOMPARE(statusOf(push({entry(uuid(), citizen(made, QStringLiteral("Sveglia")))}, m_ports[0])),
                 QStringLiteral("applied"));
        // Answered by the wake-up with the change, not by the time limit with an empty page.
        const Reply r = second.finish(held);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains(made.toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestServerHardening)
#include "tst_serverhardening.moc"
