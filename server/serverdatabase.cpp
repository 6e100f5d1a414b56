// SPDX-License-Identifier: EUPL-1.2
#include "serverdatabase.h"

#include "serverlog.h"
#include "storage/migrations.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <atomic>

namespace Sportello::Server {
using Storage::OpenResult;
using Storage::StorageError;

namespace {
const QString sqliteMigrations = QStringLiteral(":/server-migrations");
const QString postgresMigrations = QStringLiteral(":/server-migrations-postgresql");
const QString changesChannel = QStringLiteral("sportello_changes");
// Between two attempts to reach a PostgreSQL that could not be reached.
constexpr qint64 reconnectPauseMs = 3000;
// Any constant will do: it only serialises the migrations of processes starting together.
constexpr qint64 migrationLockKey = 7'402'150'001;

// Statements PostgreSQL cannot PREPARE (BEGIN, COMMIT, DDL) go through a plain exec.
void direct(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw StorageError(StorageError::Kind::Sql,
                           QStringLiteral("The database could not save or read the data: %1")
                               .arg(query.lastError().databaseText()),
                           QStringLiteral("%1 (code %2) [%3]")
                               .arg(query.lastError().driverText(), query.lastError().nativeErrorCode(), sql),
                           query.lastError().nativeErrorCode());
}

// A round trip that fails only when the connection is gone.
bool alive(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return false;
    QSqlQuery probe(db);
    return probe.exec(QStringLiteral("SELECT 1"));
}

OpenResult failed(const QString &message, const QString &detail = {})
{
    OpenResult result;
    result.status = OpenResult::Status::Failed;
    result.message = message;
    result.detail = detail;
    return result;
}

quint64 nextSerial()
{
    static std::atomic<quint64> serial{0};
    return ++serial;
}
} // namespace

ServerDatabase::ServerDatabase(const QString &location)
    : m_postgres(isPostgresUrl(location))
    , m_location(location)
{
    const quint64 serial = nextSerial();
    m_connectionName = QStringLiteral("sportello-server-%1").arg(serial);
    m_listenName = QStringLiteral("sportello-server-listen-%1").arg(serial);
    if (!m_postgres)
        m_sqlite = std::make_unique<Storage::Database>(location, sqliteMigrations);
}

ServerDatabase::~ServerDatabase()
{
    m_listenCheck.reset();
    for (const QString &name : {m_connectionName, m_listenName}) {
        if (QSqlDatabase::contains(name)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
}

bool ServerDatabase::isOutage(const QString &databaseCode)
{
    bool sqlite = false;
    const int code = databaseCode.toInt(&sqlite);
    if (sqlite) {
        switch (code & 0xff) {
        case 5:  // SQLITE_BUSY
        case 6:  // SQLITE_LOCKED
        case 7:  // SQLITE_NOMEM
        case 8:  // SQLITE_READONLY
        case 10: // SQLITE_IOERR
        case 13: // SQLITE_FULL
        case 14: // SQLITE_CANTOPEN
            return true;
        default:
            return false;
        }
    }
    static const QStringList classes{QStringLiteral("08"), QStringLiteral("40"), QStringLiteral("53"),
                                     QStringLiteral("57"), QStringLiteral("58")};
    return databaseCode == QLatin1String("25006") || classes.contains(databaseCode.left(2));
}

bool ServerDatabase::isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

OpenResult ServerDatabase::open()
{
    return m_postgres ? openPostgres() : m_sqlite->open();
}

QSqlDatabase ServerDatabase::connection() const
{
    return m_postgres ? QSqlDatabase::database(m_connectionName, false) : m_sqlite->connection();
}

void ServerDatabase::configure(QSqlDatabase &db) const
{
    const QUrl url(m_location);
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setUserName(url.userName());
    db.setPassword(url.password()); // empty: libpq falls back to PGPASSWORD or ~/.pgpass
    db.setDatabaseName(url.path().mid(1));
    // The rest of the query string goes to libpq as it is, e.g. ?sslmode=verify-full.
    // Notices (CREATE ... IF NOT EXISTS skipping) would go to stderr as lines of their own.
    // A server that vanished without closing its connections (a host down, a network cut) is
    // noticed in seconds, not when TCP gives up a quarter of an hour later: every request waits on
    // the database in this single-threaded service.
    QStringList options{QStringLiteral("connect_timeout=5"),
                        QStringLiteral("application_name=sportello-server"),
                        QStringLiteral("options='-c client_min_messages=warning'"),
                        QStringLiteral("keepalives=1"),
                        QStringLiteral("keepalives_idle=10"),
                        QStringLiteral("keepalives_interval=5"),
                        QStringLiteral("keepalives_count=3"),
                        QStringLiteral("tcp_user_timeout=10000")};
    const QString query = url.query(QUrl::FullyDecoded);
    if (!query.isEmpty())
        options << query.split(u'&', Qt::SkipEmptyParts);
    db.setConnectOptions(options.join(u';'));
}

OpenResult ServerDatabase::openPostgres()
{
    const QUrl url(m_location);
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
        return failed(QStringLiteral("--database must be postgresql://USER@HOST[:PORT]/DATABASE"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return failed(QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed: on Debian, "
                                     "apt install libqt6sql6-psql"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    configure(db);
    if (!db.open())
        return failed(QStringLiteral("Cannot connect to PostgreSQL: %1").arg(db.lastError().text()),
                      db.lastError().text());
    try {
        return migratePostgres();
    } catch (const StorageError &error) {
        return failed(error.message(), error.detail());
    }
}

OpenResult ServerDatabase::migratePostgres()
{
    const QSqlDatabase db = connection();
    const QStringList scripts = Storage::Migrations::scripts(postgresMigrations);
    const int latest = int(scripts.size());
    Transaction transaction(*this);
    direct(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(migrationLockKey));
    direct(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
    const int version = Storage::Sql::scalar(db, QStringLiteral("SELECT max(version) FROM schema_version"))
                            .toInt(); // NULL on a new database: 0
    OpenResult result;
    result.fromVersion = version;
    result.toVersion = latest;
    result.created = version == 0;
    if (version > latest) {
        result.status = OpenResult::Status::TooNew;
        result.message = QStringLiteral("The database has schema version %1, newer than this "
                                        "sportello-server (%2): upgrade the server.")
                             .arg(version)
                             .arg(latest);
        return result; // rolled back: nothing touched
    }
    for (int next = version + 1; next <= latest; ++next) {
        QFile file(scripts.at(next - 1));
        if (!file.open(QIODevice::ReadOnly))
            throw StorageError(StorageError::Kind::Sql, QStringLiteral("missing migration %1").arg(next));
        qCInfo(lcServerDatabase) << "applying migration" << file.fileName();
        direct(db, QString::fromUtf8(file.readAll())); // libpq runs a multi-statement script as one
    }
    if (latest != version) {
        direct(db, QStringLiteral("DELETE FROM schema_version"));
        Storage::Sql::exec(db, QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {latest});
    }
    transaction.commit();
    result.status = OpenResult::Status::Ready;
    return result;
}

QString ServerDatabase::lockRowSuffix() const
{
    // NO KEY: a foreign key check of another transaction (KEY SHARE) is not blocked, so that a
    // push (the comune's row, then a record naming a branch) and an enrolment (the branch's row,
    // then a device naming the comune) never wait for each other in a circle.
    return m_postgres ? QStringLiteral(" FOR NO KEY UPDATE") : QString();
}

void ServerDatabase::announceChanges(const QString &tenantId)
{
    if (m_postgres)
        Storage::Sql::exec(connection(), QStringLiteral("SELECT pg_notify('%1', ?)").arg(changesChannel),
                           {tenantId});
}

bool ServerDatabase::reconnectIfLost()
{
    if (!m_postgres)
        return false;
    QSqlDatabase db = connection();
    if (alive(db))
        return false;
    const StorageError unreachable(StorageError::Kind::Unavailable,
                                   QStringLiteral("PostgreSQL cannot be reached."),
                                   QStringLiteral("no connection to PostgreSQL"));
    // While it stays unreachable, one attempt every few seconds: each may wait for connect_timeout.
    if (m_lastFailedReconnect.isValid() && m_lastFailedReconnect.elapsed() < reconnectPauseMs)
        throw unreachable;
    qCWarning(lcServerDatabase) << "the connection to PostgreSQL was lost: reconnecting";
    db.close();
    if (!db.open()) {
        m_lastFailedReconnect.start();
        throw unreachable;
    }
    m_lastFailedReconnect.invalidate();
    qCInfo(lcServerDatabase) << "reconnected to PostgreSQL";
    return true;
}

bool ServerDatabase::subscribe(QSqlDatabase &db)
{
    if (!db.open() || !db.driver()->subscribeToNotification(changesChannel)) {
        qCWarning(lcServerDatabase).noquote() << "LISTEN failed:" << db.lastError().driverText();
        return false;
    }
    return true;
}

bool ServerDatabase::listenForChanges(std::function<void(const QString &)> wake,
                                      std::function<void()> wakeAll, int checkMs)
{
    if (!m_postgres)
        return false;
    m_wake = std::move(wake);
    m_wakeAll = std::move(wakeAll);
    // Its own connection, which runs nothing but the check: a push's transaction never delays a
    // notification. (The driver looks for notifications after each statement, the check's too.)
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_listenName);
    configure(db);
    if (!subscribe(db))
        return false;
    // The driver outlives close() and open(): connected once.
    QObject::connect(db.driver(), &QSqlDriver::notification, db.driver(),
                     [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                         if (name == changesChannel)
                             m_wake(payload.toString());
                     });
    // A LISTEN dies silently with its connection: nothing would wake a long poll again.
    m_listenCheck = std::make_unique<QTimer>();
    QObject::connect(m_listenCheck.get(), &QTimer::timeout, m_listenCheck.get(), [this] { checkListener(); });
    m_listenCheck->start(checkMs);
    return true;
}

void ServerDatabase::checkListener()
{
    QSqlDatabase db = QSqlDatabase::database(m_listenName, false);
    if (alive(db))
        return;
    if (m_lastFailedListen.isValid() && m_lastFailedListen.elapsed() < reconnectPauseMs)
        return;
    qCWarning(lcServerDatabase) << "the LISTEN connection to PostgreSQL was lost: subscribing again";
    db.close();
    if (!subscribe(db)) {
        m_lastFailedListen.start(); // tried again after the pause
        return;
    }
    m_lastFailedListen.invalidate();
    qCInfo(lcServerDatabase) << "listening for changes again";
    m_wakeAll();
}

ServerDatabase::Transaction::Transaction(ServerDatabase &database)
{
    if (!database.m_postgres) {
        m_sqlite = std::make_unique<Storage::Transaction>(*database.m_sqlite);
        return;
    }
    m_db = database.connection();
    try {
        direct(m_db, QStringLiteral("BEGIN"));
    } catch (const StorageError &error) {
        // Nothing was done yet: whatever asked may run again once ServerStore has reconnected.
        throw StorageError(StorageError::Kind::Unavailable, error.message(),
                           QStringLiteral("BEGIN failed: ") + error.detail());
    }
    m_open = true;
}

ServerDatabase::Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery rollback(m_db);
    if (!rollback.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcServerDatabase) << "rollback failed";
}

void ServerDatabase::Transaction::commit()
{
    if (m_sqlite) {
        m_sqlite->commit();
        return;
    }
    direct(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace Sportello::Server
