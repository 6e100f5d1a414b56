// SPDX-License-Identifier: EUPL-1.2
#include "storage/citizenrepository.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/officerepository.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <thread>

using namespace Sportello;
using Storage::Database;
using Storage::OpenResult;

class TestDatabase : public QObject {
    Q_OBJECT

    static QVariant pragma(const QSqlDatabase &db, const char *name)
    {
        return Storage::Sql::scalar(db, QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    }
    static void checkPragmas(const QSqlDatabase &db)
    {
        QCOMPARE(pragma(db, "journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(db, "synchronous").toInt(), 2); // FULL
        QCOMPARE(pragma(db, "foreign_keys").toInt(), 1);
        QCOMPARE(pragma(db, "busy_timeout").toInt(), 5000);
    }
    // Migrations of the program plus `extra` (name -> SQL) in a folder of their own.
    static QString migrationsWith(QTemporaryDir &dir, const QList<QPair<QString, QByteArray>> &extra)
    {
        const QString folder = dir.filePath(QStringLiteral("migrations"));
        QDir().mkpath(folder);
        for (const QString &script : Storage::Migrations::scripts())
            QFile::copy(script, folder + QLatin1Char('/') + QFileInfo(script).fileName());
        for (const auto &[name, sql] : extra) {
            QFile file(folder + QLatin1Char('/') + name);
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write a test migration");
            file.write(sql);
        }
        return folder;
    }

    // The name of a test migration that comes after the program's own.
    static QString nextScriptName(const QString &what)
    {
        return QStringLiteral("%1_%2.sql")
            .arg(Storage::Migrations::latestVersion() + 1, 4, 10, QLatin1Char('0'))
            .arg(what);
    }

private slots:
    void createsNewFileWithSchemaAndOwnerOnlyMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/sportello.db"));
        Database db(path);
        const OpenResult result = db.open();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.created);
        QCOMPARE(result.toVersion, db.latestSchemaVersion());
        QCOMPARE(pragma(db.connection(), "user_version").toInt(), db.latestSchemaVersion());
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther;
        for (const QString &file : {path, path + QStringLiteral("-wal")}) {
            QVERIFY(QFile::exists(file));
            QCOMPARE(QFile::permissions(file) & others, QFileDevice::Permissions());
        }
        QVERIFY(result.backupPath.isEmpty()); // nothing to back up in a new file
    }

    void pragmasOnEveryConnectionOfEveryThread()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("a.db")));
        QVERIFY(db.open().ok());
        checkPragmas(db.connection());
        QString mainName = db.connection().connectionName();
        QString workerName;
        QThread *worker = QThread::create([&] {
            checkPragmas(db.connection());
            workerName = db.connection().connectionName();
            db.closeThreadConnection();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName); // each thread its own connection
    }

    void migrationsAreNumberedWithoutGaps()
    {
        const QStringList scripts = Storage::Migrations::scripts();
        QVERIFY(!scripts.isEmpty());
        for (int i = 0; i < scripts.size(); ++i)
            QVERIFY2(QFileInfo(scripts.at(i))
                         .fileName()
                         .startsWith(QStringLiteral("%1_").arg(i + 1, 4, 10, QLatin1Char('0'))),
                     qPrintable(scripts.at(i)));
    }

    void olderFileIsBackedUpThenMigratedKeepingData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            Test::TempDatabase seed; // the current version, with a comune and a branch
            Storage::Sql::exec(seed.database->connection(), QStringLiteral("VACUUM INTO ?"), {path});
        }
        const QString folder = migrationsWith(
            dir, {{nextScriptName(QStringLiteral("test")), "CREATE TABLE added_by_test (x INTEGER);"}});
        Database db(path, folder);
        const OpenResult result = db.open();
        QVERIFY2(result.ok(), qPrintable(result.message));
        const int current = Storage::Migrations::latestVersion();
        QCOMPARE(result.fromVersion, current);
        QCOMPARE(result.toVersion, current + 1);
        QVERIFY(QFile::exists(result.backupPath));
        QCOMPARE(pragma(db.connection(), "user_version").toInt(), current + 1);
        // the backup is the old version, complete
        QCOMPARE(Test::sqliteQuery(result.backupPath, QStringLiteral("PRAGMA user_version")),
                 QString::number(current));
        QCOMPARE(Test::sqliteQuery(result.backupPath, QStringLiteral("SELECT count(*) FROM branch")),
                 QStringLiteral("1"));
        // opening again migrates nothing and backs up nothing
        Database again(path, folder);
        const OpenResult second = again.open();
        QVERIFY(second.ok());
        QVERIFY(second.backupPath.isEmpty());
    }

    // The real ladder: a file made by the first version, with records in it, climbs every
    // migration of the program and keeps them.
    void aVersionOneFileClimbsEveryMigrationKeepingItsRecords()
    {
        QTemporaryDir dir;
        const QString firstOnly = dir.filePath(QStringLiteral("first"));
        QDir().mkpath(firstOnly);
        QVERIFY(QFile::copy(Storage::Migrations::scripts().constFirst(),
                            firstOnly + QStringLiteral("/0001_initial.sql")));
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        {
            Database v1(path, firstOnly);
            QVERIFY(v1.open().ok());
            const auto office = Storage::OfficeRepository(v1).setUp(
                QStringLiteral("Comune di Prova"), QStringLiteral("00743110157"), QStringLiteral("Sede"),
                QStringLiteral("SEDE1"));
            // As version 1 wrote it: the row and its change-log entry (today's repository also writes
            // the audit log, which version 1 does not have).
            const QSqlDatabase db = v1.connection();
            const QString at = QStringLiteral("2026-01-10T09:00:00.000Z");
            Storage::Sql::exec(
                db,
                QStringLiteral("INSERT INTO citizen (id, codice_fiscale, cf_canonical, surname, name, "
                               "owner_branch_id, created_at, updated_at) VALUES "
                               "('c1', 'RSSMRA80A01H501U', 'RSSMRA80A01H501U', 'Rossi', 'Mario', ?, ?, ?)"),
                {office.branchId, at, at});
            Storage::ChangeLog::append(db, {office.branchId, QStringLiteral("pc")}, QStringLiteral("citizen"),
                                       QStringLiteral("c1"), Storage::ChangeEntry::Operation::Create,
                                       QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")}});
        }
        Database db(path);
        const OpenResult result = db.open();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.fromVersion, 1);
        QCOMPARE(result.toVersion, db.latestSchemaVersion());
        QVERIFY(QFile::exists(result.backupPath));
        Storage::CitizenRepository citizens(db, {});
        QCOMPARE(citizens.findByCodiceFiscale(QStringLiteral("RSSMRA80A01H501U"))->surname,
                 QStringLiteral("Rossi"));
        QCOMPARE(Storage::ChangeLog(db).pendingCount(), 1);
    }

    void failedMigrationLeavesPreviousVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            Test::TempDatabase seed;
            Storage::Sql::exec(seed.database->connection(), QStringLiteral("VACUUM INTO ?"), {path});
        }
        const QString folder = migrationsWith(dir, {{nextScriptName(QStringLiteral("broken")),
                                                     "CREATE TABLE half (x INTEGER); THIS IS NOT SQL;"}});
        Database db(path, folder);
        const OpenResult result = db.open();
        QCOMPARE(result.status, OpenResult::Status::Failed);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(pragma(db.connection(), "user_version").toInt(), Storage::Migrations::latestVersion());
        QCOMPARE(
            Storage::Sql::scalar(db.connection(),
                                 QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half'"))
                .toInt(),
            0);
        QCOMPARE(Storage::Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM comune")).toInt(),
                 1);
    }

    void newerFileIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        {
            Database db(path);
            QVERIFY(db.open().ok());
        }
        Test::sqliteShell(path, QStringLiteral("PRAGMA user_version = 999;"));
        const QByteArray before = Test::sha256OfFile(path);
        Database db(path);
        const OpenResult result = db.open();
        QCOMPARE(result.status, OpenResult::Status::TooNew);
        QVERIFY(result.message.contains(QStringLiteral("999")));
        QCOMPARE(Test::sha256OfFile(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void damagedFileIsQuarantinedNotReplaced_data()
    {
        QTest::addColumn<bool>("garbageHeader");
        QTest::newRow("not a database at all") << true;
        QTest::newRow("damaged pages") << false;
    }

    void damagedFileIsQuarantinedNotReplaced()
    {
        QFETCH(bool, garbageHeader);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.db"));
        if (garbageHeader) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        } else {
            QVERIFY(Test::makeDatabaseWithDamagedPages(path));
        }
        const QByteArray before = Test::sha256OfFile(path);

        Database db(path);
        const OpenResult result = db.open();
        QCOMPARE(result.status, OpenResult::Status::Damaged);
        QVERIFY(!QFile::exists(path));                                // moved aside ...
        QCOMPARE(Test::sha256OfFile(result.quarantinedPath), before); // ... and kept as it was
        QVERIFY(result.message.contains(result.quarantinedPath));
        QVERIFY(!result.detail.isEmpty()); // what SQLite found, for technical support

        // Only a second, confirmed open creates a new database.
        const OpenResult fresh = db.open();
        QVERIFY2(fresh.ok(), qPrintable(fresh.message));
        QVERIFY(fresh.created);
        QCOMPARE(Test::sha256OfFile(result.quarantinedPath), before);
    }

    void backgroundCheckOfAHealthyFileFindsItIntact()
    {
        Test::TempDatabase t;
        const QString path = t.path();
        t.database.reset();
        Database db(path);
        QVERIFY(db.open(Database::IntegrityCheck::InBackground).ok());
        QVERIFY(db.integrityCheck().result().intact);
        Storage::OfficeRepository(db).localOffice(); // reads work meanwhile
        db.requireIntact();                          // and writes are allowed
    }

    // The file opens at once; the damage is found by the check on its worker thread, and from
    // then on nothing may be written. Then the file is moved aside as at start.
    void backgroundCheckRefusesWritesToADamagedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.db"));
        QVERIFY(Test::makeDatabaseWithDamagedPages(path));
        const QByteArray before = Test::sha256OfFile(path);
        Database db(path);
        QVERIFY(db.open(Database::IntegrityCheck::InBackground).ok());
        QVERIFY(!db.integrityCheck().result().intact);
        QVERIFY_THROWS_EXCEPTION(Storage::StorageError, db.requireIntact());
        const auto office = Storage::OfficeRepository(db).localOffice();
        QVERIFY(office);
        Storage::CitizenRepository citizens(db, {office->branchId, QStringLiteral("pc"), Test::clerk()});
        QVERIFY_THROWS_EXCEPTION(
            Storage::StorageError,
            citizens.create(Test::citizen(QString(), QStringLiteral("Rossi"), QStringLiteral("A"))));
        QCOMPARE(Test::sha256OfFile(path), before);

        const OpenResult moved = db.quarantineDamaged();
        QCOMPARE(moved.status, OpenResult::Status::Damaged);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(Test::sha256OfFile(moved.quarantinedPath), before);
        QVERIFY(db.open().ok()); // and only now, asked, a new one
    }

    void damagedFileIsCheckedBeforeAMigrationEvenInBackgroundMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.db"));
        QVERIFY(Test::makeDatabaseWithDamagedPages(path));
        const QString folder = migrationsWith(
            dir, {{QStringLiteral("0002_test.sql"), "CREATE TABLE added_by_test (x INTEGER);"}});
        Database db(path, folder);
        const OpenResult result = db.open(Database::IntegrityCheck::InBackground);
        QCOMPARE(result.status, OpenResult::Status::Damaged);
        QVERIFY(result.backupPath.isEmpty());
    }

    // The check runs beside the live connection: it must never remove that connection's -wal.
    void backgroundCheckLeavesTheLiveWalAlone()
    {
        Test::TempDatabase t;
        const QString path = t.path();
        t.database.reset();
        Database db(path);
        QVERIFY(db.open(Database::IntegrityCheck::InBackground).ok());
        Storage::CitizenRepository citizens(db, {QStringLiteral("b"), QStringLiteral("pc"), Test::clerk()});
        citizens.create(Test::citizen(QString(), QStringLiteral("Rossi"), QStringLiteral("Anna")));
        QVERIFY(db.integrityCheck().result().intact);
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        // what is committed is there for any other reader
        QCOMPARE(Test::sqliteQuery(path, QStringLiteral("SELECT count(*) FROM citizen")),
                 QStringLiteral("1"));
    }

    // Only SQLite's verdict of corruption moves a file aside; a file that cannot be read for
    // another reason (here: a folder where the file should be) is left where it is.
    void unreadableIsNotDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("folder.db"));
        QVERIFY(QDir().mkpath(path));
        Database db(path);
        const OpenResult result = db.open();
        QCOMPARE(result.status, OpenResult::Status::Failed);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.damaged-*")}).size(), 0);
    }

    void aConnectionThatFailedHalfWayIsNotHandedOutUnconfigured()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("a.db")));
        QVERIFY(db.open().ok());
        QThread *worker = QThread::create([&] {
            Storage::Sql::failNthStatement(3); // the foreign_keys pragma of a new connection
            QVERIFY_THROWS_EXCEPTION(Storage::StorageError, db.connection());
            Storage::Sql::failNthStatement(0);
            checkPragmas(db.connection());
            db.closeThreadConnection();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
    }

    // Thread ids are reused by the system; a thread must never find another thread's connection.
    void threadsThatForgetToCloseDoNotDisturbLaterThreads()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("a.db")));
        QVERIFY(db.open().ok());
        for (int i = 0; i < 20; ++i) {
            bool ok = false;
            std::thread worker([&] {
                ok =
                    Storage::Sql::scalar(db.connection(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1;
            });
            worker.join();
            QVERIFY2(ok, qPrintable(QString::number(i)));
        }
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
