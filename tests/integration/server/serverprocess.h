// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Test helpers: the real sportello-server binary, and an HTTP client that waits for each answer.
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QTest>
#include <QTimer>

namespace ServerTest {

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

struct AdminResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// One administration command, run to its end.
inline AdminResult admin(const QString &database, const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(SPORTELLO_SERVER_BINARY),
                  QStringList{QStringLiteral("--database"), database} + args);
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
        m_process.start(QStringLiteral(SPORTELLO_SERVER_BINARY),
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
