// SPDX-License-Identifier: EUPL-1.2
// HTTPS between the client and sportello-server: the server serves a certificate signed by the
// comune's own authority (made here with the openssl command); a PC that was given that authority
// at enrolment syncs, one that was not is told why, and plain or hostile connections change nothing.
#include "serverprocess.h"
#include "syncpc.h"

#include <QFile>
#include <QSslSocket>
#include <QTemporaryDir>

using namespace Sportello;
using namespace std::chrono_literals;
using SyncTest::Pc;

namespace {
bool run(const QString &program, const QStringList &args, const QString &dir)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(program, args);
    if (!process.waitForFinished(120'000) || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return false;
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestSyncTls : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_serverDb;
    QString m_branchId;
    QByteArray m_authority; // PEM of the comune's CA
    ServerTest::Server m_server;
    QNetworkAccessManager m_network;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QUrl url(const QString &scheme = QStringLiteral("https")) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(m_server.port()));
    }

    QString enrolCode()
    {
        const ServerTest::AdminResult code =
            ServerTest::admin(m_serverDb, {QStringLiteral("enrol-code"), m_branchId});
        return code.exitCode == 0 ? code.out : QString();
    }

    // GET /api/v1/health; the QNetworkReply error, and the status when there is one.
    std::pair<QNetworkReply::NetworkError, int> health(const QUrl &base, bool trustAuthority)
    {
        m_network.clearConnectionCache(); // each question on a new connection, with its own trust
        QNetworkRequest request(QUrl(base.toString() + QStringLiteral("/api/v1/health")));
        if (trustAuthority) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.addCaCertificates(QSslCertificate::fromData(m_authority));
            request.setSslConfiguration(tls);
        }
        request.setTransferTimeout(60'000); // hang guard
        QNetworkReply *reply = m_network.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 120'000))
            reply->abort();
        reply->deleteLater();
        return {reply->error(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()};
    }

    Sync::SyncOptions options() const
    {
        Sync::SyncOptions o;
        o.pollInterval = 1h;
        o.longPollWait = 0s;
        o.backoff = {20ms, 80ms, 0.5};
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The comune's authority, and the server's certificate it signs (for 127.0.0.1, by address).
        const QString openssl = QStringLiteral("openssl");
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        QVERIFY(
            run(openssl,
                QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                    QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                                QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                                QStringLiteral("-subj"), QStringLiteral("/CN=Comune di Prova CA")},
                m_dir.path()));
        QVERIFY(run(openssl,
                    QStringList{QStringLiteral("req")} + ec +
                        QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                    QStringLiteral("-out"), QStringLiteral("server.csr"),
                                    QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
                    m_dir.path()));
        QFile extensions(path(QStringLiteral("server.ext")));
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                         "extendedKeyUsage=serverAuth\n");
        extensions.close();
        QVERIFY(run(openssl,
                    {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                     QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                     QStringLiteral("server.ext"), QStringLiteral("-out"), QStringLiteral("server.pem")},
                    m_dir.path()));
        m_authority = readFile(path(QStringLiteral("ca.pem")));
        QVERIFY(m_authority.startsWith("-----BEGIN CERTIFICATE-----"));

        m_serverDb = path(QStringLiteral("server.db"));
        QString error;
        m_branchId = ServerTest::addComuneWithBranch(m_serverDb, &error);
        QVERIFY2(!m_branchId.isEmpty(), qPrintable(error));
        QVERIFY(
            m_server.start(m_serverDb, {QStringLiteral("--tls-cert"), path(QStringLiteral("server.pem")),
                                        QStringLiteral("--tls-key"), path(QStringLiteral("server.key"))}));
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

    void httpsAnswersWhoTrustsTheComunesAuthority()
    {
        const auto [error, status] = health(url(), true);
        QCOMPARE(error, QNetworkReply::NoError);
        QCOMPARE(status, 200);
    }

    void anUntrustedCertificateOrPlainHttpGetsNothingAndTheServerGoesOn()
    {
        QCOMPARE(health(url(), false).first, QNetworkReply::SslHandshakeFailedError);
        const auto [plainError, plainStatus] = health(url(QStringLiteral("http")), false);
        QVERIFY(plainError != QNetworkReply::NoError);
        QCOMPARE(plainStatus, 0);
        QCOMPARE(health(url(), true).second, 200);
    }

    void anOversizedBodyIsRefusedBeforeItIsSentOverTls()
    {
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromData(m_authority));
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.port());
        QVERIFY2(socket.waitForEncrypted(120'000), qPrintable(socket.errorString()));
        socket.write(
            "POST /api/v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Content-Length: 2097152\r\n\r\n");
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") || !answer.endsWith('}')) {
            QVERIFY(socket.waitForReadyRead(120'000));
            answer += socket.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
        QVERIFY(answer.contains("body_too_large"));
    }

    void aPcGivenTheAuthorityEnrolsAndSyncsOverHttps()
    {
        Pc pc(options());
        QVERIFY(SyncTest::enrol(pc, url(), enrolCode(), QStringLiteral("PC sicuro"), m_authority));
        QCOMPARE(pc.store().identity().caCertificates, m_authority.trimmed());
        const Domain::Citizen made =
            pc.citizens().create(Test::citizen({}, QStringLiteral("Sicuri"), QStringLiteral("Sara")));
        QVERIFY(SyncTest::syncUntilIdle(pc));
        QCOMPARE(Test::sqliteQuery(
                     m_serverDb,
                     QStringLiteral("SELECT count(*) FROM records WHERE record_id = '%1'").arg(made.id)),
                 QStringLiteral("1"));
    }

    void aPcWithoutTheAuthorityIsToldWhyAndNothingIsStored()
    {
        Pc pc(options());
        const QString code = enrolCode();
        QVERIFY(!SyncTest::enrol(pc, url(), code, QStringLiteral("PC diffidente")));
        QVERIFY2(pc.enrolMessage.contains(QLatin1String("certificate of the central service is not trusted")),
                 qPrintable(pc.enrolMessage));
        QVERIFY(!pc.store().identity().enrolled());
        QVERIFY(!pc.secrets.read(QStringLiteral("device-token"), 1000).ok());
        // The code was not spent: the handshake failed before the request was sent.
        QVERIFY2(SyncTest::enrol(pc, url(), code, QStringLiteral("PC diffidente"), m_authority),
                 qPrintable(pc.enrolMessage));
    }

    void aFileThatIsNotACertificateIsRefusedBeforeAnythingIsSent()
    {
        Pc pc(options());
        QVERIFY(!SyncTest::enrol(pc, url(), QStringLiteral("AAAA-AAAA-AAAA"), QStringLiteral("PC"),
                                 QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nnot base64\n")));
        QVERIFY2(pc.enrolMessage.contains(QLatin1String("holds no PEM certificate")),
                 qPrintable(pc.enrolMessage));
        QVERIFY(!pc.store().identity().enrolled());
    }

    void badTlsOptionsStopTheServerWithAReason()
    {
        const auto refused = [this](const QStringList &tls, const QString &expected) {
            const ServerTest::AdminResult r = ServerTest::admin(
                path(QStringLiteral("other.db")),
                tls + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        };
        refused({QStringLiteral("--tls-cert"), path(QStringLiteral("server.pem"))},
                QStringLiteral("go together"));
        refused({QStringLiteral("--tls-cert"), path(QStringLiteral("server.pem")),
                 QStringLiteral("--tls-key"), path(QStringLiteral("server.pem"))},
                QStringLiteral("is not an unencrypted PEM"));
        refused({QStringLiteral("--tls-cert"), path(QStringLiteral("server.key")),
                 QStringLiteral("--tls-key"), path(QStringLiteral("server.key"))},
                QStringLiteral("holds no PEM certificate"));
        refused({QStringLiteral("--tls-cert"), path(QStringLiteral("missing.pem")),
                 QStringLiteral("--tls-key"), path(QStringLiteral("missing.key"))},
                QStringLiteral("cannot read --tls-key"));
    }
};

QTEST_GUILESS_MAIN(TestSyncTls)
#include "tst_synctls.moc"
