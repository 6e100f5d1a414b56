// SPDX-License-Identifier: EUPL-1.2
// sportello-server: the comune's central sync service, and its administration commands.
#include "guardedtcpserver.h"
#include "serverlog.h"
#include "serverstore.h"
#include "sportellotranslations.h"
#include "storage/storageerror.h"
#include "sync/protocol.h"
#include "sync/reasons.h"
#include "syncserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>
#include <QTranslator>
#include <csignal>
#include <functional>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
using namespace Sportello;

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: the event loop reads the pipe and quits.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGTERM and SIGINT end the event loop; the store's transactions have all committed before their
// answers went out, so stopping between requests loses nothing acknowledged. beforeQuit answers
// what is being held.
void stopOnSignals(QCoreApplication &app, std::function<void()> beforeQuit)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        qFatal("socketpair failed");
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app, beforeQuit] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(signalPipe[0], &byte, 1);
        qCInfo(lcServer) << "stopping on signal";
        beforeQuit();
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Connections use descriptors: the soft limit (1,024 under systemd unless LimitNOFILE says more)
// goes up to the hard one, and the connection limit stays below what is left for the database,
// files and logs. Returns the connection limit that fits.
int fitConnectionsToDescriptors(int wanted)
{
    constexpr rlim_t reserve = 64;
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return wanted;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
        ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= rlim_t(wanted) + reserve)
        return wanted;
    const int fits = int(std::max<rlim_t>(limit.rlim_cur, reserve * 2) - reserve);
    qCWarning(lcServer) << "only" << limit.rlim_cur << "file descriptors: at most" << fits
                        << "connections (raise LimitNOFILE)";
    return fits;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "sportello-server: " << message << Qt::endl;
    return 2;
}

// The certificate chain (leaf first) and key files of --tls-cert and --tls-key.
std::optional<QSslConfiguration> tlsConfiguration(const QString &certFile, const QString &keyFile,
                                                  QString *error)
{
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read --tls-key %1: %2").arg(keyFile, keyIn.errorString());
        return std::nullopt;
    }
    const QByteArray keyPem = keyIn.readAll();
    QSslKey key(keyPem, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec);
    if (key.isNull()) {
        *error = QStringLiteral("--tls-key %1 is not an unencrypted PEM RSA or EC key").arg(keyFile);
        return std::nullopt;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("--tls-cert %1 holds no PEM certificate").arg(certFile);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients prove themselves by token
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

int runAdmin(Server::ServerStore &store, const QStringList &args, int validMinutes)
{
    const QString command = args.first();
    const auto need = [&](int count, const char *usage) {
        if (args.size() != count + 1)
            throw Storage::StorageError(Storage::StorageError::Kind::Constraint,
                                        QStringLiteral("usage: sportello-server --database PATH|URL ") +
                                            QLatin1String(usage));
    };
    if (command == QLatin1String("tenant-add")) {
        need(2, "tenant-add NAME CODICE_FISCALE");
        out() << store.addTenant(args.at(1), args.at(2)) << Qt::endl;
    } else if (command == QLatin1String("branch-add")) {
        need(3, "branch-add TENANT_ID NAME CODE");
        out() << store.addBranch(args.at(1), args.at(2), args.at(3)) << Qt::endl;
    } else if (command == QLatin1String("enrol-code")) {
        need(1, "enrol-code BRANCH_ID [--valid-minutes N]");
        QDateTime expires;
        out() << store.createEnrolmentCode(args.at(1), validMinutes, &expires) << Qt::endl;
        QTextStream(stderr) << "valid until " << expires.toString(Qt::ISODate) << " (single use)" << Qt::endl;
    } else if (command == QLatin1String("devices")) {
        need(1, "devices TENANT_ID");
        for (const Server::DeviceRow &d : store.devices(args.at(1)))
            out() << d.id << '\t' << d.branchCode << '\t' << d.name << '\t'
                  << d.enrolledAt.toString(Qt::ISODate) << '\t'
                  << (d.revoked ? QStringLiteral("revoked") : QStringLiteral("active")) << Qt::endl;
    } else if (command == QLatin1String("device-revoke")) {
        need(1, "device-revoke DEVICE_ID");
        store.revokeDevice(args.at(1));
        out() << "revoked " << args.at(1) << Qt::endl;
    } else {
        return fail(QStringLiteral("unknown command %1 (tenant-add, branch-add, enrol-code, devices, "
                                   "device-revoke)")
                        .arg(command));
    }
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sportello-server"));
    // What the server tells staff (Sync::Reasons) is in Italian; its log and console stay English.
    const std::unique_ptr<QTranslator> italian = loadSportelloTranslation(QStringLiteral("it"));
    Sync::Reasons::useTranslator(italian.get());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sportello central sync service"));
    parser.addHelpOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("SQLite file, or postgresql://USER@HOST[:PORT]/DB (password from PGPASSWORD or "
                       "~/.pgpass)."),
        QStringLiteral("PATH|URL"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port (port 0: any)."),
                                    QStringLiteral("ADDRESS:PORT"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption validMinutes(QStringLiteral("valid-minutes"),
                                          QStringLiteral("enrol-code: validity in minutes (default 1440)."),
                                          QStringLiteral("N"), QStringLiteral("1440"));
    const QCommandLineOption enrolLimit(
        QStringLiteral("enrol-limit"),
        QStringLiteral("Enrolment attempts per address per window (default 10)."), QStringLiteral("N"),
        QStringLiteral("10"));
    const QCommandLineOption enrolWindow(QStringLiteral("enrol-window"),
                                         QStringLiteral("Rate-limit window in seconds (default 60)."),
                                         QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS with this PEM certificate (chain, leaf first)."), QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("The PEM private key of --tls-cert (unencrypted)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption trustedProxy(
        QStringLiteral("trusted-proxy"),
        QStringLiteral("Address of a reverse proxy whose X-Forwarded-For is believed (repeatable)."),
        QStringLiteral("ADDRESS"));
    const Server::ConnectionLimits defaults;
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        QStringLiteral("Open connections at most, in total (default %1).").arg(defaults.maxConnections),
        QStringLiteral("N"), QString::number(defaults.maxConnections));
    const QCommandLineOption maxPerAddress(
        QStringLiteral("max-connections-per-address"),
        QStringLiteral("Open connections at most from one address (default %1).").arg(defaults.maxPerAddress),
        QStringLiteral("N"), QString::number(defaults.maxPerAddress));
    const QCommandLineOption headerTimeout(
        QStringLiteral("header-timeout"),
        QStringLiteral("Seconds for a client to send its request line and headers (default %1).")
            .arg(defaults.headerMs / 1000),
        QStringLiteral("SECONDS"), QString::number(defaults.headerMs / 1000));
    const QCommandLineOption bodyTimeout(
        QStringLiteral("body-timeout"),
        QStringLiteral("Seconds for a client to send its body, and to read the answer (default %1).")
            .arg(defaults.bodyMs / 1000),
        QStringLiteral("SECONDS"), QString::number(defaults.bodyMs / 1000));
    parser.addOptions({database, listen, validMinutes, enrolLimit, enrolWindow, tlsCert, tlsKey, trustedProxy,
                       maxConnections, maxPerAddress, headerTimeout, bodyTimeout});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("Administration: tenant-add, branch-add, enrol-code, devices, "
                       "device-revoke. None: serve."));
    parser.process(app);

    if (!parser.isSet(database))
        return fail(QStringLiteral("--database PATH|URL is required"));
    Server::ServerStore store(parser.value(database));
    const Storage::OpenResult opened = store.open();
    if (!opened.ok())
        return fail(opened.message);

    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty()) {
        bool ok = false;
        const int minutes = parser.value(validMinutes).toInt(&ok);
        if (!ok)
            return fail(QStringLiteral("--valid-minutes must be a number"));
        try {
            return runAdmin(store, args, minutes);
        } catch (const Storage::StorageError &error) {
            return fail(error.message());
        }
    }

    const QString listenText = parser.value(listen);
    const qsizetype colon = listenText.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listenText.mid(colon + 1).toUInt(&portOk);
    QHostAddress address;
    if (colon < 0 || !portOk || port > 65535 ||
        !address.setAddress(listenText.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']'))))
        return fail(QStringLiteral("--listen must be ADDRESS:PORT, for example 127.0.0.1:8443"));
    const int limit = parser.value(enrolLimit).toInt();
    const int window = parser.value(enrolWindow).toInt();
    if (limit < 1 || window < 1)
        return fail(QStringLiteral("--enrol-limit and --enrol-window must be positive numbers"));
    Server::ConnectionLimits limits;
    limits.maxConnections = parser.value(maxConnections).toInt();
    limits.maxPerAddress = parser.value(maxPerAddress).toInt();
    limits.headerMs = parser.value(headerTimeout).toInt() * 1000;
    limits.bodyMs = limits.answerMs = parser.value(bodyTimeout).toInt() * 1000;
    limits.maxBody = Sync::Protocol::maxBodyBytes;
    if (limits.maxConnections < 1 || limits.maxPerAddress < 1 || limits.headerMs < 1000 ||
        limits.bodyMs < 1000 || limits.headerMs > 3'600'000 || limits.bodyMs > 3'600'000)
        return fail(QStringLiteral("--max-connections and --max-connections-per-address must be positive "
                                   "numbers, --header-timeout and --body-timeout from 1 to 3600 seconds"));
    limits.maxConnections = fitConnectionsToDescriptors(limits.maxConnections);

    QList<QHostAddress> proxies;
    for (const QString &text : parser.values(trustedProxy)) {
        QHostAddress proxy;
        if (!proxy.setAddress(text))
            return fail(QStringLiteral("--trusted-proxy %1 is not an IP address").arg(text));
        proxies << proxy;
    }
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    std::optional<QSslConfiguration> tls;
    if (parser.isSet(tlsCert)) {
        QString error;
        tls = tlsConfiguration(parser.value(tlsCert), parser.value(tlsKey), &error);
        if (!tls)
            return fail(error);
    }

    Server::SyncServer http(store, Server::RateLimiter(limit, qint64(window) * 1000));
    http.setTrustedProxies(proxies);
    stopOnSignals(app, [&http] { http.releaseWaiters(); });
    auto *tcp = new Server::GuardedTcpServer(limits, &http);
    tcp->setTrustedProxies(proxies);
    if (tls)
        tcp->setTls(*tls);
    if (!tcp->listen(address, quint16(port)))
        return fail(QStringLiteral("cannot listen on %1: %2").arg(listenText, tcp->errorString()));
    http.bind(tcp);
    // Several processes on one PostgreSQL database: a push in one wakes the long polls of all.
    if (Server::ServerDatabase::isPostgresUrl(parser.value(database)) &&
        !store.listenForChanges([&http](const QString &tenantId) { http.wake(tenantId); },
                                [&http] { http.wakeAll(); }))
        return fail(QStringLiteral("cannot LISTEN for changes on PostgreSQL"));
    out() << "listening on " << tcp->serverAddress().toString() << ':' << tcp->serverPort()
          << (tls ? " (https)" : "") << Qt::endl;
    const int code = app.exec();
    qCInfo(lcServer) << "stopped";
    return code;
}
