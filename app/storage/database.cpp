// SPDX-License-Identifier: EUPL-1.2
#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "storage/storagelog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QtConcurrent>

namespace Sportello::Storage {
namespace {
constexpr int busyTimeoutMs = 5000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Sportello::Storage::Database", text);
}

QString timestampSuffix()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

void restrictToOwner(const QString &path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// A read-only look that writes nothing, so a file we refuse stays byte for byte as it was.
// With fullCheck, PRAGMA quick_check reads every page; without, reading the schema is enough to
// refuse a file that is not a database at all.
struct Inspection {
    bool opened = false;
    QString integrity; // "ok" or SQLite's first complaint
    int version = 0;
};

Inspection inspect(const QString &path, bool fullCheck)
{
    Inspection result;
    // A read-only connection to a WAL file leaves empty -wal/-shm companions behind; remove
    // the ones this look created.
    const QString companions[] = {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    const bool existed[] = {QFile::exists(companions[0]), QFile::exists(companions[1])};
    const QString name = QStringLiteral("sportello-inspect-%1").arg(quintptr(QThread::currentThreadId()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            result.opened = true;
            QSqlQuery query(db);
            if (!fullCheck)
                result.integrity =
                    query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && query.next()
                        ? QStringLiteral("ok")
                        : query.lastError().databaseText();
            else if (query.exec(QStringLiteral("PRAGMA quick_check")) && query.next())
                result.integrity = query.value(0).toString();
            else
                result.integrity = query.lastError().databaseText();
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                result.version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    for (int i = 0; i < 2; ++i) {
        if (!existed[i] && QFileInfo(companions[i]).size() == 0)
            QFile::remove(companions[i]);
    }
    return result;
}

// Moves the file and its WAL/SHM companions aside under one new name; returns that name.
QString quarantine(const QString &path)
{
    const QString target = path + QStringLiteral(".damaged-") + timestampSuffix();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            return {};
    }
    return target;
}
} // namespace

Database::Database(QString filePath, QString migrationsFolder)
    : m_filePath(std::move(filePath))
    , m_migrationsFolder(std::move(migrationsFolder))
    , m_integrity(QtFuture::makeReadyFuture(IntegrityVerdict{}))
{}

Database::~Database()
{
    m_integrity.waitForFinished();
    closeAllConnections();
}

void Database::closeAllConnections()
{
    std::lock_guard lock(m_namesMutex);
    for (const QString &name : m_connectionNames) {
        {
            QSqlDatabase::database(name, false).close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connectionNames.clear();
}

int Database::latestSchemaVersion() const
{
    return Migrations::latestVersion(m_migrationsFolder);
}

QString Database::defaultMigrationsFolder()
{
    return Migrations::resourceFolder;
}

QString Database::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/sportello.db");
}

QString Database::connectionName() const
{
    return QStringLiteral("sportello-%1-%2").arg(quintptr(this)).arg(quintptr(QThread::currentThreadId()));
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);

    // Created owner-only before SQLite sees it, so that its -wal and -shm files are too.
    if (QFile file(m_filePath); !file.exists())
        file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        throw StorageError(
            StorageError::Kind::Sql,
            tr("The database %1 could not be opened: %2").arg(m_filePath, db.lastError().text()));
    {
        std::lock_guard lock(m_namesMutex);
        m_connectionNames.insert(name);
    }
    // These are legal records, not a cache: every commit reaches the disk before it returns.
    Sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    Sql::exec(db, QStringLiteral("PRAGMA synchronous = FULL"));
    Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    Sql::exec(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs));
    return db;
}

void Database::closeThreadConnection() const
{
    const QString name = connectionName();
    {
        std::lock_guard lock(m_namesMutex);
        if (!m_connectionNames.erase(name))
            return;
    }
    {
        QSqlDatabase::database(name, false).close();
    }
    QSqlDatabase::removeDatabase(name);
}

OpenResult Database::open(IntegrityCheck when)
{
    m_integrity.waitForFinished();
    m_integrity = QtFuture::makeReadyFuture(IntegrityVerdict{});
    const int latest = latestSchemaVersion();
    int version = 0;
    if (QFileInfo::exists(m_filePath)) {
        const bool checkNow = when == IntegrityCheck::BeforeOpening;
        OpenResult refusal = inspectExisting(version, checkNow);
        // A migration rewrites the file: never on one that has not been checked.
        if (refusal.ok() && !checkNow && version < latest)
            refusal = inspectExisting(version, true);
        if (refusal.status != OpenResult::Status::Ready)
            return refusal;
        if (!checkNow && version == latest) {
            m_integrity = QtConcurrent::run([path = m_filePath] {
                const Inspection found = inspect(path, true);
                return IntegrityVerdict{found.opened && found.integrity == QLatin1String("ok"),
                                        found.integrity};
            });
        }
    } else if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath())) {
        OpenResult result;
        result.message = tr("The folder for the database %1 could not be created.").arg(m_filePath);
        return result;
    }

    OpenResult result;
    try {
        result = migrate(version);
    } catch (const StorageError &error) {
        result.status = OpenResult::Status::Failed;
        result.message = error.message();
    }
    result.fromVersion = version;
    result.toVersion = result.ok() ? latest : version;
    return result;
}

void Database::requireIntact() const
{
    const IntegrityVerdict verdict = m_integrity.result();
    if (!verdict.intact)
        throw StorageError(StorageError::Kind::Sql,
                           tr("The database is damaged: nothing more can be saved in it. Restart Sportello."),
                           verdict.detail);
}

OpenResult Database::quarantineDamaged()
{
    const IntegrityVerdict verdict = m_integrity.result();
    closeAllConnections();
    return damaged(verdict.detail);
}

OpenResult Database::damaged(const QString &detail) const
{
    OpenResult result;
    qCWarning(lcStorage) << "integrity check failed for" << m_filePath << detail;
    result.quarantinedPath = quarantine(m_filePath);
    if (result.quarantinedPath.isEmpty()) {
        result.message = tr("The database %1 is damaged and could not be moved aside. "
                            "Nothing was changed; please call technical support.")
                             .arg(m_filePath);
        return result;
    }
    result.status = OpenResult::Status::Damaged;
    result.detail = detail;
    result.message = tr("The database %1 is damaged. It has been moved aside, unchanged, to %2 so that "
                        "technical support can try to recover it.")
                         .arg(m_filePath, result.quarantinedPath);
    return result;
}

OpenResult Database::inspectExisting(int &version, bool fullCheck) const
{
    OpenResult result;
    const Inspection found = inspect(m_filePath, fullCheck);
    version = found.version;
    if (!found.opened || found.integrity != QLatin1String("ok"))
        return damaged(found.integrity);
    if (found.version > latestSchemaVersion()) {
        result.status = OpenResult::Status::TooNew;
        result.message = tr("The database %1 was written by a newer version of Sportello (structure %2; this "
                            "program knows up to %3). It has not been touched. Please install the newer "
                            "version.")
                             .arg(m_filePath)
                             .arg(found.version)
                             .arg(latestSchemaVersion());
        return result;
    }
    result.status = OpenResult::Status::Ready;
    return result;
}

OpenResult Database::migrate(int fromVersion)
{
    OpenResult result;
    result.status = OpenResult::Status::Ready;
    result.created = fromVersion == 0 && !QFileInfo::exists(m_filePath);
    const QSqlDatabase db = connection();
    const int latest = latestSchemaVersion();
    if (fromVersion > 0 && fromVersion < latest) {
        // VACUUM INTO writes a consistent snapshot, WAL content included.
        result.backupPath = m_filePath + QStringLiteral(".backup-v%1-").arg(fromVersion) + timestampSuffix();
        Sql::exec(db, QStringLiteral("VACUUM INTO ?"), {result.backupPath});
        restrictToOwner(result.backupPath);
        qCInfo(lcStorage) << "backup before migration:" << result.backupPath;
    }
    for (int version = fromVersion + 1; version <= latest; ++version)
        Migrations::apply(db, version, m_migrationsFolder);
    return result;
}

} // namespace Sportello::Storage
