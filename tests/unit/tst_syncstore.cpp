// SPDX-License-Identifier: EUPL-1.2
// The storage side of the sync engine's per-batch bookkeeping and of its pull shortcuts.
#include "storage/citizenrepository.h"
#include "storage/sql.h"
#include "storage/syncstore.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace Sportello;
using Storage::CitizenRepository;
using Storage::SyncStore;

class TestSyncStore : public QObject {
    Q_OBJECT

    // `count` pending creates of made-up records, in one transaction.
    static void fillOutbox(const Test::TempDatabase &t, int count)
    {
        Storage::Transaction transaction(*t.database);
        for (int i = 0; i < count; ++i)
            Storage::ChangeLog::append(t.database->connection(), t.context, Sync::Entity::citizen,
                                       QStringLiteral("record-%1").arg(i),
                                       Storage::ChangeEntry::Operation::Create, {{QStringLiteral("n"), i}});
        transaction.commit();
    }

private slots:
    void pendingIdsFollowTheOutbox()
    {
        Test::TempDatabase t;
        fillOutbox(t, 7);
        SyncStore store(*t.database);
        const QList<Storage::ChangeEntry> batch = store.pendingBatch(5);
        QList<qint64> seqs;
        for (const Storage::ChangeEntry &entry : batch)
            seqs << entry.seq;
        const QList<SyncStore::PendingId> ids = store.pendingIds(seqs);
        QCOMPARE(ids.size(), batch.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QCOMPARE(ids.at(i).seq, batch.at(i).seq);
            QCOMPARE(ids.at(i).operationId, batch.at(i).operationId);
            const std::optional<Storage::ChangeEntry> whole = store.entry(ids.at(i).seq);
            QVERIFY(whole);
            QCOMPARE(whole->payload, batch.at(i).payload);
            QCOMPARE(whole->recordId, batch.at(i).recordId);
        }
        QVERIFY(!store.entry(12345));
    }

    // More than one chunk of the IN (...) list; entries not named stay as they were.
    void markSentMarksExactlyTheGivenEntries()
    {
        Test::TempDatabase t;
        fillOutbox(t, 1203);
        SyncStore store(*t.database);
        const QList<Storage::ChangeEntry> ids = store.pendingBatch(2000);
        QCOMPARE(ids.size(), 1203);
        store.park(ids.at(1).seq, QStringLiteral("invalid_record"), QStringLiteral("no"),
                   QDateTime::currentDateTimeUtc());
        QList<qint64> seqs;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (i != 1 && i != 1100) // one parked, one left pending
                seqs << ids.at(i).seq;
        }
        store.markSent(seqs, QDateTime::currentDateTimeUtc());
        store.markSent({}, QDateTime::currentDateTimeUtc()); // nothing to do
        QCOMPARE(store.pendingCount(), 1);
        QCOMPARE(store.pendingBatch(10).constFirst().seq, ids.at(1100).seq);
        QCOMPARE(store.parkedCount(), 1);
        QCOMPARE(Storage::Sql::scalar(t.database->connection(),
                                      QStringLiteral("SELECT count(*) FROM change_log WHERE state = 'sent' "
                                                     "AND state_at IS NOT NULL AND state_reason IS NULL"))
                     .toInt(),
                 1201);
    }

    // The echo of a push is skipped when the pulled payload equals the local row's JSON: that must
    // hold for a record as the server hands it back (its compact JSON, parsed again).
    void localJsonEqualsThePushedPayloadAfterTheRoundTrip()
    {
        Test::TempDatabase t;
        CitizenRepository repo(*t.database, t.context);
        auto c = Test::citizen(QStringLiteral("RSSMRA80A01H501U"), QStringLiteral("Rossi"),
                               QStringLiteral("Mario"));
        c.birthDate = QDate(1980, 1, 1);
        c.phone = QStringLiteral("+39 333 1234567");
        const Domain::Citizen created = repo.create(c);
        const QJsonObject pushed = Test::citizenEntries(*t.database).constLast().payload;
        const QJsonObject pulled =
            QJsonDocument::fromJson(QJsonDocument(pushed).toJson(QJsonDocument::Compact)).object();
        QCOMPARE(Domain::toJson(repo.find(created.id).value()), pulled);
        QJsonObject otherOwner = pulled;
        otherOwner.insert(QStringLiteral("ownerBranchId"), QStringLiteral("server-branch"));
        QVERIFY(Domain::toJson(repo.find(created.id).value()) != otherOwner);
    }

    void applyRemoteWithAKnownVersion()
    {
        Test::TempDatabase t;
        CitizenRepository repo(*t.database, t.context);
        auto remote = Test::citizen(QStringLiteral("RSSMRA80A01H501U"), QStringLiteral("Rossi"),
                                    QStringLiteral("Mario"));
        remote.id = QStringLiteral("11111111-1111-1111-1111-111111111111");
        remote.ownerBranchId = t.office.branchId;
        remote.version = 3;
        remote.createdAt = remote.updatedAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(repo.applyRemote(remote, CitizenRepository::VersionRule::NotOlder, std::nullopt),
                 CitizenRepository::RemoteApply::Inserted);
        QCOMPARE(repo.find(remote.id)->version, 3);

        auto older = remote;
        older.version = 2;
        older.name = QStringLiteral("Marco");
        QCOMPARE(repo.applyRemote(older, CitizenRepository::VersionRule::NotOlder, 3),
                 CitizenRepository::RemoteApply::Ignored);
        QCOMPARE(repo.find(remote.id)->name, QStringLiteral("Mario"));
        QCOMPARE(repo.applyRemote(older, CitizenRepository::VersionRule::Replace, 3),
                 CitizenRepository::RemoteApply::Updated);
        QCOMPARE(repo.find(remote.id)->name, QStringLiteral("Marco"));
        // Without the hint the row is looked up: the same rule.
        QCOMPARE(repo.applyRemote(remote), CitizenRepository::RemoteApply::Updated);
        QCOMPARE(repo.find(remote.id)->version, 3);
        QCOMPARE(repo.count(), 1);
        QStringList ids{remote.id};
        for (int i = 0; i < 700; ++i) // more than one chunk of the IN (...) list
            ids << QStringLiteral("missing-%1").arg(i);
        ids << remote.id;
        QCOMPARE(repo.existingIds(ids), QSet<QString>{remote.id});
        QVERIFY(repo.existingIds({}).isEmpty());

        // Another record with the same codice fiscale is still refused.
        auto twin = remote;
        twin.id = QStringLiteral("22222222-2222-2222-2222-222222222222");
        QVERIFY_THROWS_EXCEPTION(
            Storage::DuplicateCitizenError,
            repo.applyRemote(twin, CitizenRepository::VersionRule::Replace, std::nullopt));
        QCOMPARE(repo.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncStore)
#include "tst_syncstore.moc"
