// SPDX-License-Identifier: EUPL-1.2
#include "storage/database.h"

#include "domain/clock.h"
#include "domain/logcategories.h"
#include "storage/migrations.h"
#include "storage/sql.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QtConcurrent>
#include <atomic>
#include <sqlite3.h>
#include <unordered_map>

namespace Sportello::Storage {
namespace {
constexpr int busyTimeoutMs = 5000;
std::atomic<quint64> nextSerial{1};

QString tr(const char *text)
{
    return QCoreApplication::translate("Sportello::Storage::Database", text);
}

QString timestampSuffix()
{
    return Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

void restrictToOwner(const QString &path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    return *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
}

// What a read-only look at the file found. It writes nothing, so a file we refuse stays byte for
// byte as it was. `damaged` only for SQLite's verdict of corruption (or "not a database"); any
// other failure (permissions, I/O, a lock) leaves the file alone and is reported as such.
struct Inspection {
    enum class Verdict { Intact, Damaged, Unreadable };
    Verdict verdict = Verdict::Unreadable;
    QString detail; // SQLite's words
    int version = 0;
};

bool isCorruption(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

// With fullCheck, PRAGMA quick_check reads every page; without, reading the schema is enough to
// refuse a file that is not a database at all. A look made before any other connection exists
// removes the empty -wal/-shm companions a read-only connection leaves behind; the background
// check runs beside live connections and must never touch them.
Inspection inspect(const QString &path, bool fullCheck, bool removeCreatedCompanions)
{
    Inspection result;
    const QString companions[] = {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    const bool existed[] = {QFile::exists(companions[0]), QFile::exists(companions[1])};
    const QString name = QStringLiteral("sportello-inspect-%1").arg(nextSerial++);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        QSqlQuery query(db);
        const auto failed = [&](const QSqlError &error) {
            result.verdict =
                isCorruption(error) ? Inspection::Verdict::Damaged : Inspection::Verdict::Unreadable;
            result.detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        };
        if (!db.open()) {
            failed(db.lastError());
        } else if (!query.exec(fullCheck ? QStringLiteral("PRAGMA quick_check")
                                         : QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
            failed(query.lastError());
        } else {
            QStringList complaints;
            while (fullCheck && query.next() && complaints.size() < 20)
                complaints << query.value(0).toString();
            const bool intact = !fullCheck || complaints == QStringList{QStringLiteral("ok")};
            result.verdict = intact ? Inspection::Verdict::Intact : Inspection::Verdict::Damaged;
            result.detail = complaints.join(QLatin1Char('\n'));
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                result.version = query.value(0).toInt();
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    for (int i = 0; removeCreatedCompanions && i < 2; ++i) {
        if (!existed[i] && QFileInfo(companions[i]).size() == 0)
            QFile::remove(companions[i]);
    }
    return result;
}

// Moves the file and its WAL/SHM companions aside under one new name, all or nothing; returns
// the new name, or empty when the file stayed where it was.
QString quarantine(const QString &path)
{
    const QString target = path + QStringLiteral(".damaged-") + timestampSuffix();
    QStringList moved;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFile::exists(path + suffix))
            continue;
        if (!QFile::rename(path + suffix, target + suffix)) {
            for (const QString &done : std::as_const(moved))
                QFile::rename(target + done, path + done);
            return {};
        }
        moved << suffix;
    }
    return target;
}

void closeAndRemove(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

Database::Database(QString filePath, QString migrationsFolder)
    : m_filePath(std::move(filePath))
    , m_migrationsFolder(std::move(migrationsFolder))
    , m_serial(nextSerial++)
    , m_integrity(QtFuture::makeReadyFuture(IntegrityVerdict{}))
{}

Database::~Database()
{
    m_integrity.waitForFinished();
    closeAllConnections();
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

// Each thread remembers the name of its own connection to each Database. Names are never
// reused, so a new thread that happens to get an old thread's id never finds a stranger's
// connection.
static thread_local std::unordered_map<quint64, QString> threadConnectionNames;

QSqlDatabase Database::connection() const
{
    if (!m_usable)
        throw StorageError(
            StorageError::Kind::Sql,
            tr("The database %1 is not open (it was moved aside or could not be opened).").arg(m_filePath));
    if (const auto found = threadConnectionNames.find(m_serial); found != threadConnectionNames.end()) {
        if (QSqlDatabase::contains(found->second))
            return QSqlDatabase::database(found->second);
        threadConnectionNames.erase(found);
    }

    // Created owner-only before SQLite sees it, so that its -wal and -shm files are too.
    if (QFile file(m_filePath); !file.exists())
        file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString name = QStringLiteral("sportello-%1-%2").arg(m_serial).arg(nextSerial++);
    try {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open())
            throw StorageError(
                StorageError::Kind::Sql,
                tr("The database %1 could not be opened: %2").arg(m_filePath, db.lastError().text()));
        // These are legal records, not a cache: every commit reaches the disk before it returns.
        Sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        Sql::exec(db, QStringLiteral("PRAGMA synchronous = FULL"));
        Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        Sql::exec(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs));
    } catch (const StorageError &) {
        closeAndRemove(name); // never hand out a connection without its settings
        throw;
    }
    threadConnectionNames[m_serial] = name;
    std::lock_guard lock(m_namesMutex);
    m_connectionNames.insert(name);
    return QSqlDatabase::database(name);
}

void Database::closeThreadConnection() const
{
    const auto found = threadConnectionNames.find(m_serial);
    if (found == threadConnectionNames.end())
        return;
    const QString name = found->second;
    threadConnectionNames.erase(found);
    {
        std::lock_guard lock(m_namesMutex);
        m_connectionNames.erase(name);
    }
    closeAndRemove(name);
}

void Database::closeAllConnections()
{
    threadConnectionNames.erase(m_serial);
    std::lock_guard lock(m_namesMutex);
    for (const QString &name : m_connectionNames)
        closeAndRemove(name);
    m_connectionNames.clear();
}

OpenResult Database::open(IntegrityCheck when)
{
    m_integrity.waitForFinished();
    m_integrity = QtFuture::makeReadyFuture(IntegrityVerdict{});
    const int latest = latestSchemaVersion();
    int version = 0;
    if (QFileInfo::exists(m_filePath)) {
        bool checked = when == IntegrityCheck::BeforeOpening;
        OpenResult refusal = inspectExisting(version, checked);
        // A migration rewrites the file: never one that has not been fully checked.
        if (refusal.ok() && !checked && version < latest) {
            refusal = inspectExisting(version, true);
            checked = true;
        }
        if (refusal.status != OpenResult::Status::Ready)
            return refusal;
        if (!checked) {
            m_integrity = QtConcurrent::run([path = m_filePath] {
                const Inspection found = inspect(path, true, false);
                return IntegrityVerdict{found.verdict != Inspection::Verdict::Damaged, found.detail};
            });
        }
    } else if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath())) {
        OpenResult result;
        result.message = tr("The folder for the database %1 could not be created.").arg(m_filePath);
        return result;
    }

    OpenResult result;
    try {
        m_usable = true;
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
    m_usable = false;
    {
        // Closing the last connection would checkpoint the WAL into the damaged file: it is to be
        // kept as it was, so the WAL moves aside with it instead.
        std::lock_guard lock(m_namesMutex);
        for (const QString &name : m_connectionNames) {
            const QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen()) // only this thread's: another thread's name gives an invalid handle here
                sqlite3_db_config(handleOf(db), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        }
    }
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
    const Inspection found = inspect(m_filePath, fullCheck, true);
    version = found.version;
    if (found.verdict == Inspection::Verdict::Damaged)
        return damaged(found.detail);
    if (found.verdict == Inspection::Verdict::Unreadable) {
        result.detail = found.detail;
        result.message = tr("The database %1 could not be read (%2). It has not been changed; check that "
                            "the file is accessible, or call technical support.")
                             .arg(m_filePath, found.detail);
        return result;
    }
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
