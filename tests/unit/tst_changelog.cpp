// SPDX-License-Identifier: EUPL-1.2
#include "storage/changelog.h"
#include "storage/citizenrepository.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace Sportello;
using Storage::ChangeEntry;

class TestChangeLog : public QObject {
    Q_OBJECT

    static int rows(const Storage::Database &db, const char *table)
    {
        return Storage::Sql::scalar(db.connection(),
                                    QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            .toInt();
    }

private slots:
    void cleanup() { Storage::Sql::failNthStatement(0); }

    void exactlyOneEntryPerWriteInOrder()
    {
        Test::TempDatabase t;
        Storage::CitizenRepository repo(*t.database, t.context);
        const auto a = repo.create(Test::citizen(QStringLiteral("RSSMRA80A01H501U"), QStringLiteral("Rossi"),
                                                 QStringLiteral("Mario")));
        const auto b = repo.create(Test::citizen(QString(), QStringLiteral("Smith"), QStringLiteral("John")));
        auto edited = a;
        edited.phone = QStringLiteral("333 1234567");
        repo.update(edited);
        repo.update(repo.find(a.id).value()); // no change: no entry

        QList<ChangeEntry> entries = Storage::ChangeLog(*t.database).entries();
        // Each write also logs its audit entry, which syncs like a record.
        QCOMPARE(entries.size(), 6);
        entries.removeIf([](const ChangeEntry &e) { return e.entity != QLatin1String("citizen"); });
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).recordId, a.id);
        QCOMPARE(entries.at(0).operation, ChangeEntry::Operation::Create);
        QCOMPARE(entries.at(1).recordId, b.id);
        QCOMPARE(entries.at(2).recordId, a.id);
        QCOMPARE(entries.at(2).operation, ChangeEntry::Operation::Update);
        QCOMPARE(entries.at(2).payload.value(QStringLiteral("changed")).toArray(),
                 QJsonArray{QStringLiteral("phone")});
        QCOMPARE(entries.at(2).payload.value(QStringLiteral("version")).toInt(), 2);
        QVERIFY(entries.at(0).seq < entries.at(1).seq && entries.at(1).seq < entries.at(2).seq);
        for (const ChangeEntry &e : entries) {
            QCOMPARE(e.entity, QStringLiteral("citizen"));
            QCOMPARE(e.branchId, t.office.branchId);
            QCOMPARE(e.deviceId, QStringLiteral("device-test"));
            QCOMPARE(e.state, ChangeEntry::State::Pending);
            QVERIFY(!e.operationId.isNull());
            QCOMPARE(e.createdAt.timeSpec(), Qt::UTC);
        }
        QCOMPARE(Storage::ChangeLog(*t.database).pendingCount(), 6);
    }

    // The Nextcloud idea: make the 1st, 2nd, ... statement of a write fail; every time, nothing of
    // it may land, and the next attempt must succeed with exactly one row and one entry.
    void failureAtAnyStatementLeavesNothingAndNextRunRecovers()
    {
        Test::TempDatabase t;
        Storage::CitizenRepository repo(*t.database, t.context);
        auto existing =
            repo.create(Test::citizen(QString(), QStringLiteral("Bianchi"), QStringLiteral("Anna")));
        int failures = 0;
        for (int n = 1; n < 50; ++n) {
            const int citizensBefore = rows(*t.database, "citizen");
            const int entriesBefore = rows(*t.database, "change_log");
            const int auditBefore = rows(*t.database, "audit_entry");
            const QString notesBefore = repo.find(existing.id)->notes;
            Storage::Sql::failNthStatement(n);
            bool failed = false;
            try {
                repo.create(Test::citizen(QStringLiteral("RSSMRA80A01H501U"), QStringLiteral("Rossi"),
                                          QStringLiteral("Mario")));
            } catch (const Storage::StorageError &error) {
                QCOMPARE(error.kind(), Storage::StorageError::Kind::Injected);
                failed = true;
            }
            Storage::Sql::failNthStatement(0);
            if (!failed) {
                // n is past the last statement of a create, so every step has failed once; this
                // run is "the next run": exactly one row, one audit entry and their two entries.
                QCOMPARE(rows(*t.database, "citizen"), citizensBefore + 1);
                QCOMPARE(rows(*t.database, "audit_entry"), auditBefore + 1);
                QCOMPARE(rows(*t.database, "change_log"), entriesBefore + 2);
                break;
            }
            ++failures;
            QCOMPARE(rows(*t.database, "citizen"), citizensBefore);
            QCOMPARE(rows(*t.database, "change_log"), entriesBefore);
            QCOMPARE(rows(*t.database, "audit_entry"), auditBefore);

            // and the same for an update
            auto edit = repo.find(existing.id).value();
            edit.notes = QStringLiteral("attempt %1").arg(n);
            Storage::Sql::failNthStatement(n);
            try {
                repo.update(edit);
            } catch (const Storage::StorageError &) {
            }
            Storage::Sql::failNthStatement(0);
            const auto afterUpdate = repo.find(existing.id).value();
            const int updateEntries = rows(*t.database, "change_log") - entriesBefore;
            QVERIFY((afterUpdate.notes == notesBefore && updateEntries == 0) ||
                    (afterUpdate.notes == edit.notes && updateEntries == 2));
            QCOMPARE(rows(*t.database, "audit_entry") - auditBefore, updateEntries / 2);
            existing = afterUpdate;
        }
        QVERIFY(failures >=
                8); // begin, duplicate check, row, entry, audit head, audit row, its entry, commit
        QVERIFY(repo.findByCodiceFiscale(QStringLiteral("RSSMRA80A01H501U")).has_value());
    }

    void killedWriterLeavesConsistentFile_data()
    {
        QTest::addColumn<int>("writesBeforeKill");
        QTest::newRow("early") << 3;
        QTest::newRow("later") << 60;
        QTest::newRow("much later") << 200;
    }

    void killedWriterLeavesConsistentFile()
    {
        QFETCH(int, writesBeforeKill);
        Test::TempDatabase t;
        const QString path = t.path();
        t.database.reset(); // the writer is the only one with the file open

        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel); // its complaints, if any, in our log
        writer.start(QStringLiteral(CHANGELOG_WRITER), {path});
        QVERIFY(writer.waitForStarted());
        int committed = 0;
        while (committed < writesBeforeKill && writer.waitForReadyRead(20000)) {
            while (writer.canReadLine())
                committed = writer.readLine().trimmed().toInt();
        }
        writer.kill(); // SIGKILL, mid-transaction more often than not
        QVERIFY(writer.waitForFinished());
        QVERIFY(committed >= writesBeforeKill);

        Storage::Database database(path);
        QVERIFY(database.open().ok()); // integrity check passes
        const QSqlDatabase db = database.connection();
        const int citizens = rows(database, "citizen");
        QVERIFY(citizens >= committed);
        // Every citizen has its create entry, and its version matches its entries; nothing extra.
        QCOMPARE(Storage::Sql::scalar(
                     db, QStringLiteral("SELECT count(*) FROM change_log WHERE operation = 'create' "
                                        "AND entity = 'citizen'"))
                     .toInt(),
                 citizens);
        QCOMPARE(Storage::Sql::scalar(
                     db, QStringLiteral("SELECT count(*) FROM citizen c WHERE c.version != "
                                        "(SELECT count(*) FROM change_log l WHERE l.record_id = c.id)"))
                     .toInt(),
                 0);
        QCOMPARE(
            Storage::Sql::scalar(
                db, QStringLiteral("SELECT count(*) FROM change_log l WHERE NOT EXISTS "
                                   "(SELECT 1 FROM citizen c WHERE c.id = l.record_id) "
                                   "AND NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.id = l.record_id)"))
                .toInt(),
            0);
        // One audit entry per write, each with its change-log entry, whatever the moment of the kill.
        QCOMPARE(rows(database, "audit_entry"),
                 Storage::Sql::scalar(db, QStringLiteral("SELECT sum(version) FROM citizen")).toInt());
        QCOMPARE(Storage::Sql::scalar(
                     db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'audit_entry'"))
                     .toInt(),
                 rows(database, "audit_entry"));
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
