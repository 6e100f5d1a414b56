// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Test helpers: the real sportello-server binary, and an HTTP client that waits for each answer.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace ServerTest {

// The sportello-server under test: the one built beside the tests, or another build of it named
// by SPORTELLO_SERVER_UNDER_TEST (packaging/sanitized-server-tests.sh: AddressSanitizer and UBSan).
inline QString serverBinary()
{
    const QString other = qEnvironmentVariable("SPORTELLO_SERVER_UNDER_TEST");
    return other.isEmpty() ? QStringLiteral(SPORTELLO_SERVER_BINARY) : other;
}

// A QPSQL connection (not opened) to postgresql://USER[:PASSWORD]@HOST[:PORT]/DB.
inline QSqlDatabase postgresConnection(const QString &name, const QUrl &url)
{
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    c.setHostName(url.host());
    c.setPort(url.port(5432));
    c.setUserName(url.userName());
    c.setPassword(url.password());
    c.setDatabaseName(url.path().mid(1));
    return c;
}

// The server's database for one test: a SQLite file in a temporary folder, or, with
// SPORTELLO_TEST_BACKEND=postgresql, a database of its own on the PostgreSQL server named by
// SPORTELLO_TEST_POSTGRES (packaging/run-tests.sh starts one), dropped at the end.
class TestDatabase {
public:
    // Empty when ready; otherwise why not (*skip: PostgreSQL was asked for and there is none).
    QString setUp(bool *skip)
    {
        *skip = false;
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        m_postgres = qEnvironmentVariable("SPORTELLO_TEST_BACKEND") == QLatin1String("postgresql");
        if (!m_postgres)
            return {};
        m_adminUrl = qEnvironmentVariable("SPORTELLO_TEST_POSTGRES");
        if (m_adminUrl.isEmpty()) {
            *skip = true;
            return QStringLiteral(
                "SPORTELLO_TEST_POSTGRES is not set: run the tests through packaging/run-tests.sh");
        }
        m_name = QStringLiteral("sportello_t_") + QUuid::createUuid().toString(QUuid::Id128);
        const QString error = adminStatement(QStringLiteral("CREATE DATABASE ") + m_name);
        if (!error.isEmpty())
            return error;
        QUrl url(m_adminUrl);
        url.setPath(u'/' + m_name);
        m_url = url.toString();
        return {};
    }
    ~TestDatabase()
    {
        if (!m_name.isEmpty())
            adminStatement(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    bool postgres() const { return m_postgres; }
    // The server's --database.
    QString location() const { return m_postgres ? m_url : m_dir.filePath(QStringLiteral("server.db")); }
    QString folder() const { return m_dir.path(); }
    // A connection of the test's own to the server's database (not opened).
    QSqlDatabase peek(const QString &name) const
    {
        if (m_postgres)
            return postgresConnection(name, QUrl(m_url));
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(location());
        return c;
    }
    // The first column of the first row of `sql` (invalid when it fails).
    QVariant value(const QString &sql) const
    {
        QVariant result;
        {
            QSqlDatabase c = peek(QStringLiteral("test-database-value"));
            QSqlQuery q(c);
            if (c.open() && q.exec(sql) && q.next())
                result = q.value(0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("test-database-value"));
        return result;
    }

private:
    QString adminStatement(const QString &sql) const
    {
        QString error;
        {
            QSqlDatabase c = postgresConnection(QStringLiteral("test-database-admin"), QUrl(m_adminUrl));
            QSqlQuery q(c);
            if (!c.open())
                error = c.lastError().text();
            else if (!q.exec(sql))
                error = q.lastError().text();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("test-database-admin"));
        return error;
    }

    QTemporaryDir m_dir;
    bool m_postgres = false;
    QString m_adminUrl;
    QString m_name;
    QString m_url;
};

// One raw HTTP exchange: `bytes` written at once on a new connection (from `from`, any 127.x
// address, when given), and everything the server sends until it closes the connection.
inline QByteArray exchange(quint16 port, const QByteArray &bytes, const QHostAddress &from = {})
{
    QTcpSocket socket;
    if (!from.isNull())
        socket.bind(from);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(60'000))
        return {};
    socket.write(bytes);
    QByteArray answer;
    QElapsedTimer guard; // hang guard only
    guard.start();
    while (socket.state() == QAbstractSocket::ConnectedState && guard.elapsed() < 60'000) {
        if (socket.waitForReadyRead(1000))
            answer += socket.readAll();
    }
    return answer + socket.readAll();
}

struct AdminResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// One administration command, run to its end.
inline AdminResult admin(const QString &database, const QStringList &args)
{
    QProcess process;
    process.start(serverBinary(), QStringList{QStringLiteral("--database"), database} + args);
    // A hang guard, not a speed expectation.
    if (!process.waitForFinished(120'000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

// "Comune di Prova" with one branch "Sede" (SEDE1); the branch id, or empty (then *error says why).
inline QString addComuneWithBranch(const QString &database, QString *error)
{
    const AdminResult tenant =
        admin(database, {QStringLiteral("tenant-add"), QStringLiteral("Comune di Prova"),
                         QStringLiteral("00743110157")});
    const AdminResult branch = tenant.exitCode == 0
                                   ? admin(database, {QStringLiteral("branch-add"), tenant.out,
                                                      QStringLiteral("Sede"), QStringLiteral("SEDE1")})
                                   : tenant;
    *error = branch.exitCode == 0 ? QString() : branch.err;
    return branch.exitCode == 0 ? branch.out : QString();
}

// sportello-server listening on 127.0.0.1 on a port of its choice.
class Server {
public:
    bool start(const QString &database, const QStringList &extra = {})
    {
        if (qEnvironmentVariableIsSet("SPORTELLO_TEST_SERVER_LOG"))
            m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(serverBinary(),
                        QStringList{QStringLiteral("--database"), database, QStringLiteral("--listen"),
                                    QStringLiteral("127.0.0.1:0")} +
                            extra);
        if (!m_process.waitForStarted(120'000))
            return false;
        QByteArray line;
        while (!line.contains('\n')) {
            if (!m_process.waitForReadyRead(120'000))
                return false;
            line += m_process.readAllStandardOutput();
        }
        const QByteArray prefix = "listening on 127.0.0.1:";
        if (!line.startsWith(prefix))
            return false;
        m_port = line.mid(prefix.size()).split(' ').first().trimmed().toUShort(); // "8443 (https)"
        return m_port != 0;
    }
    quint16 port() const { return m_port; }
    QProcess &process() { return m_process; }
    // SIGTERM, then the exit code (-1 if it crashed or did not stop).
    int stop()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(120'000) || m_process.exitStatus() != QProcess::NormalExit)
            return -1;
        return m_process.exitCode();
    }
    ~Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

struct Reply {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray retryAfter;
};

class Client {
public:
    explicit Client(quint16 port)
        : m_port(port)
    {}
    Reply get(const QString &path, const QByteArray &token = {}) { return send("GET", path, {}, token); }
    Reply post(const QString &path, const QByteArray &body, const QByteArray &token = {})
    {
        return send("POST", path, body, token);
    }
    Reply post(const QString &path, const QJsonObject &body, const QByteArray &token = {})
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }

    // A GET that runs while the test does other calls (a long poll); finish() waits for its answer.
    QNetworkReply *startGet(const QString &path, const QByteArray &token = {})
    {
        return m_manager.get(request(path, token));
    }
    // Sent with every later request (empty value: no longer sent).
    void setHeader(const QByteArray &name, const QByteArray &value) { m_headers[name] = value; }

    Reply finish(QNetworkReply *reply)
    {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120'000, &loop, &QEventLoop::quit); // hang guard only
        if (!reply->isFinished())
            loop.exec();
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        result.retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        return result;
    }

private:
    QNetworkRequest request(const QString &path, const QByteArray &token) const
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        for (auto it = m_headers.cbegin(); it != m_headers.cend(); ++it) {
            if (!it.value().isEmpty())
                request.setRawHeader(it.key(), it.value());
        }
        return request;
    }
    Reply send(const QByteArray &verb, const QString &path, const QByteArray &body, const QByteArray &token)
    {
        const QNetworkRequest r = request(path, token);
        return finish(verb == "GET" ? m_manager.get(r) : m_manager.post(r, body));
    }

    QNetworkAccessManager m_manager;
    QMap<QByteArray, QByteArray> m_headers;
    quint16 m_port;
};

} // namespace ServerTest
