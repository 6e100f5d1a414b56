// SPDX-License-Identifier: EUPL-1.2
// The audit log of docs/audit-log.md: the hash chain, its anchor beside the file, tampering done
// with SQLite's own shell as an attacker with the file would, entries pulled from other PCs, the
// filters of the viewer, and what auditEntryProblem() makes of hostile payloads.
#include "security/auditentry.h"
#include "storage/auditlog.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QUuid>
#include <ctime>

using namespace Sportello;
using Security::AuditEntry;
using Security::Role;
using Storage::AuditLog;

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Someone who may read the log.
Security::Actor reader()
{
    return Test::clerk(Role::Responsabile);
}

const QStringList actions{Security::AuditAction::login, Security::AuditAction::recordCreate,
                          Security::AuditAction::recordUpdate, Security::AuditAction::lock,
                          Security::AuditAction::logout};

// Five entries of this PC's chain, written the way the app writes them.
QList<AuditEntry> recordFive(const Test::TempDatabase &t)
{
    QList<AuditEntry> written;
    for (int i = 0; i < 5; ++i)
        written << AuditLog(*t.database)
                       .record(t.context, actions[i], QStringLiteral("citizen"), newId(),
                               {{QStringLiteral("n"), i + 1}});
    return written;
}

qint64 seqOf(const Test::TempDatabase &t, const AuditEntry &entry)
{
    return Storage::Sql::scalar(t.database->connection(),
                                QStringLiteral("SELECT seq FROM audit_entry WHERE id = ?"), {entry.id})
        .toLongLong();
}

qint64 entryCount(const Test::TempDatabase &t)
{
    return Storage::Sql::scalar(t.database->connection(), QStringLiteral("SELECT count(*) FROM audit_entry"))
        .toLongLong();
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

// Runs sqlite3 expecting it may fail (Test::sqliteQuery stops the test when it does).
struct ShellResult {
    int exitCode = -1;
    QString errors;
};
ShellResult shellMayFail(const QString &databasePath, const QString &sql)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {databasePath, sql});
    if (!shell.waitForFinished(30000))
        qFatal("sqlite3 did not finish");
    return {shell.exitCode(), QString::fromUtf8(shell.readAllStandardError())};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A chain of another PC, linked and hashed as that PC would have written it.
struct RemoteRow {
    QDateTime at;
    QString username;
    QString action;
};
QList<AuditEntry> remoteChain(const QList<RemoteRow> &rows, const QString &chain = newId())
{
    QList<AuditEntry> entries;
    QString prev = Security::genesisHash;
    for (const RemoteRow &row : rows) {
        AuditEntry e;
        e.id = newId();
        e.chain = chain;
        e.chainSeq = entries.size() + 1;
        e.at = Storage::Timestamps::toStorage(row.at);
        e.accountId = row.username.isEmpty() ? QString() : newId();
        e.username = row.username;
        e.branchId = QStringLiteral("branch-2");
        e.deviceId = QStringLiteral("device-2");
        e.deviceName = QStringLiteral("PC dell'anagrafe");
        e.action = row.action;
        e.details = {{QStringLiteral("n"), entries.size() + 1}};
        e.prevHash = prev;
        e.hash = e.computeHash();
        prev = e.hash;
        entries << e;
    }
    return entries;
}

QStringList idsOf(const QList<AuditEntry> &entries)
{
    QStringList ids;
    for (const AuditEntry &e : entries)
        ids << e.id;
    return ids;
}

AuditEntry goodEntry()
{
    AuditEntry e;
    e.id = newId();
    e.chain = newId();
    e.chainSeq = 1;
    e.at = QStringLiteral("2026-11-23T09:00:00.000Z");
    e.accountId = newId();
    e.username = QStringLiteral("m.rossi");
    e.branchId = newId();
    e.deviceId = newId();
    e.deviceName = QStringLiteral("PC sportello 1");
    e.action = Security::AuditAction::recordUpdate;
    e.entity = QStringLiteral("citizen");
    e.recordId = newId();
    e.details = {{QStringLiteral("fields"), QJsonArray{QStringLiteral("email")}}};
    e.prevHash = Security::genesisHash;
    e.hash = e.computeHash();
    return e;
}

// The hash made again after a change, so that the change itself is what is wrong.
QJsonObject rehashed(QJsonObject json)
{
    json.insert(QStringLiteral("hash"), Security::auditEntryFromJson(json).computeHash());
    return json;
}

QJsonObject with(const QString &key, const QJsonValue &value, bool rehash = true)
{
    QJsonObject json = Security::toJson(goodEntry());
    json.insert(key, value);
    return rehash ? rehashed(json) : json;
}

QJsonObject without(const QString &key)
{
    QJsonObject json = Security::toJson(goodEntry());
    json.remove(key);
    return json;
}
} // namespace

class TestAuditLog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Local days that are not UTC days, so that the date filter is seen to use local time.
        qputenv("TZ", "Europe/Rome");
        tzset();
    }

    // --- The chain ---------------------------------------------------------------------------

    void appendBuildsAChain()
    {
        Test::TempDatabase t;
        const AuditLog log(*t.database, reader());
        QList<AuditEntry> written;
        for (int i = 0; i < 3; ++i)
            written << log.record(t.context, actions[i]);
        for (int i = 0; i < 3; ++i) {
            const AuditEntry stored = log.find(written[i].id).value();
            QCOMPARE(stored.chain, log.chainId());
            QCOMPARE(stored.chainSeq, qint64(i + 1));
            QCOMPARE(stored.prevHash, i == 0 ? Security::genesisHash : written[i - 1].hash);
            QCOMPARE(stored.hash, stored.computeHash());
            QCOMPARE(stored.hash, written[i].hash);
            QCOMPARE(stored.username, QStringLiteral("clerk"));
            QCOMPARE(stored.deviceId, t.context.deviceId);
            QCOMPARE(stored.branchId, t.office.branchId);
        }
        const AuditLog::Verdict verdict = log.verify();
        QVERIFY(verdict.intact);
        QCOMPARE(verdict.entriesChecked, qint64(3));
        QCOMPARE(verdict.chainsChecked, 1);
        QVERIFY(verdict.problem.isEmpty());
    }

    void everyEntryHasItsChangeLogEntry()
    {
        Test::TempDatabase t;
        const QList<AuditEntry> written = recordFive(t);
        QList<Storage::ChangeEntry> changes = Storage::ChangeLog(*t.database).entries(0, 1000);
        changes.removeIf([](const Storage::ChangeEntry &c) { return c.entity != Sync::Entity::auditEntry; });
        QCOMPARE(changes.size(), written.size());
        for (int i = 0; i < written.size(); ++i) {
            QCOMPARE(changes[i].recordId, written[i].id);
            QCOMPARE(changes[i].operation, Storage::ChangeEntry::Operation::Create);
            QCOMPARE(changes[i].payload, Security::toJson(written[i]));
            QCOMPARE(changes[i].payload, Security::toJson(AuditLog(*t.database).find(written[i].id).value()));
            QCOMPARE(Security::auditEntryProblem(changes[i].payload), QString());
        }
    }

    void theAnchorHoldsTheHeadAfterCommit()
    {
        Test::TempDatabase t;
        const QString anchor = AuditLog::anchorPath(t.path());
        QCOMPARE(anchor, t.path() + QStringLiteral(".audit-anchor"));
        QVERIFY(!QFile::exists(anchor));
        const QList<AuditEntry> written = recordFive(t);
        const QJsonObject head = QJsonDocument::fromJson(readFile(anchor)).object();
        QCOMPARE(head.value(QLatin1String("chain")).toString(), written.last().chain);
        QCOMPARE(head.value(QLatin1String("chainSeq")).toInteger(), Q_INT64_C(5));
        QCOMPARE(head.value(QLatin1String("hash")).toString(), written.last().hash);
        QVERIFY(AuditLog::anchorPath(QStringLiteral(":memory:")).isEmpty());
    }

    void aRolledBackTransactionLeavesNoEntryAndNoMovedAnchor()
    {
        Test::TempDatabase t;
        recordFive(t);
        const QByteArray anchorBefore = readFile(AuditLog::anchorPath(t.path()));
        const int changesBefore = Storage::ChangeLog(*t.database).pendingCount();
        QVERIFY(!anchorBefore.isEmpty());
        QString lostId;
        try {
            Storage::Transaction transaction(*t.database);
            lostId = AuditLog::append(transaction, t.context, Security::AuditAction::exportData).id;
            throw std::runtime_error("the export failed");
        } catch (const std::runtime_error &) {
        }
        QVERIFY(!lostId.isEmpty());
        QVERIFY(!AuditLog(*t.database).find(lostId));
        QCOMPARE(entryCount(t), Q_INT64_C(5));
        QCOMPARE(Storage::ChangeLog(*t.database).pendingCount(), changesBefore);
        QCOMPARE(readFile(AuditLog::anchorPath(t.path())), anchorBefore);
        QVERIFY(AuditLog(*t.database, reader()).verify().intact);
        // And the next entry takes the place the lost one would have had.
        QCOMPARE(AuditLog(*t.database).record(t.context, Security::AuditAction::logout).chainSeq, qint64(6));
    }

    // --- Tampering with the file -------------------------------------------------------------

    void anEditedEntryIsFound_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::newRow("details") << QStringLiteral("details = '{\"n\":33}'");
        QTest::newRow("username") << QStringLiteral("username = 'qualcun.altro'");
        QTest::newRow("time") << QStringLiteral("at = '2020-01-01T00:00:00.000Z'");
        QTest::newRow("action") << QStringLiteral("action = 'logout'");
    }
    void anEditedEntryIsFound()
    {
        QFETCH(QString, assignment);
        Test::TempDatabase t;
        const QList<AuditEntry> written = recordFive(t);
        const AuditLog log(*t.database, reader());
        QVERIFY(log.verify().intact);
        Test::sqliteShell(t.path(),
                          QStringLiteral("DROP TRIGGER audit_entry_no_update; UPDATE audit_entry SET %1 "
                                         "WHERE id = '%2';")
                              .arg(assignment, written[2].id));
        QVERIFY(log.find(written[2].id)->computeHash() != written[2].hash); // the edit landed
        const AuditLog::Verdict verdict = log.verify();
        QVERIFY(!verdict.intact);
        QCOMPARE(verdict.brokenSeq, seqOf(t, written[2]));
        QCOMPARE(verdict.chain, written[2].chain);
        QCOMPARE(verdict.chainSeq, qint64(3));
        QVERIFY(!verdict.problem.isEmpty());
        QCOMPARE(verdict.entriesChecked, qint64(3));
    }

    void aDeletedEntryIsFound()
    {
        Test::TempDatabase t;
        const QList<AuditEntry> written = recordFive(t);
        const AuditLog log(*t.database, reader());
        QVERIFY(log.verify().intact);
        Test::sqliteShell(t.path(),
                          QStringLiteral("DROP TRIGGER audit_entry_no_delete; DELETE FROM audit_entry "
                                         "WHERE id = '%1';")
                              .arg(written[2].id));
        QCOMPARE(entryCount(t), Q_INT64_C(4));
        const AuditLog::Verdict verdict = log.verify();
        QVERIFY(!verdict.intact);
        QCOMPARE(verdict.brokenSeq, seqOf(t, written[3])); // the entry after the gap
        QCOMPARE(verdict.chainSeq, qint64(4));
        QVERIFY(!verdict.problem.isEmpty());
    }

    void reorderedEntriesAreFound()
    {
        Test::TempDatabase t;
        const QList<AuditEntry> written = recordFive(t);
        const AuditLog log(*t.database, reader());
        QVERIFY(log.verify().intact);
        const qint64 second = seqOf(t, written[1]);
        const qint64 third = seqOf(t, written[2]);
        // Swap the places of entries 2 and 3 in the order of arrival, through a free value.
        Test::sqliteShell(t.path(), QStringLiteral("DROP TRIGGER audit_entry_no_update; "
                                                   "UPDATE audit_entry SET seq = -1 WHERE seq = %1; "
                                                   "UPDATE audit_entry SET seq = %1 WHERE seq = %2; "
                                                   "UPDATE audit_entry SET seq = %2 WHERE seq = -1;")
                                        .arg(second)
                                        .arg(third));
        QCOMPARE(seqOf(t, written[1]), third);
        QCOMPARE(seqOf(t, written[2]), second);
        const AuditLog::Verdict verdict = log.verify();
        QVERIFY(!verdict.intact);
        QCOMPARE(verdict.brokenSeq, second); // where entry 3 now stands, too early
        QCOMPARE(verdict.chainSeq, qint64(3));
        QVERIFY(!verdict.problem.isEmpty());
    }

    void entriesCutOffTheEndAreFoundByTheAnchor()
    {
        Test::TempDatabase t;
        const QList<AuditEntry> written = recordFive(t);
        const AuditLog log(*t.database, reader());
        QVERIFY(log.verify().intact);
        Test::sqliteShell(t.path(),
                          QStringLiteral("DROP TRIGGER audit_entry_no_delete; DELETE FROM audit_entry "
                                         "WHERE chain_seq > 3;"));
        QCOMPARE(entryCount(t), Q_INT64_C(3));
        const AuditLog::Verdict verdict = log.verify();
        QVERIFY(!verdict.intact);
        QCOMPARE(verdict.brokenSeq, Q_INT64_C(0)); // no row to point at
        QCOMPARE(verdict.chain, written[0].chain);
        QCOMPARE(verdict.chainSeq, qint64(4)); // the first missing one
        QVERIFY2(verdict.problem.contains(QStringLiteral("last 2 entries")), qPrintable(verdict.problem));
    }

    // A forger who rewrites the last entry with a right hash and link leaves a good-looking chain;
    // the anchor still holds the hash of the entry that was written.
    void aForgedLastEntryIsFoundByTheAnchor()
    {
        Test::TempDatabase t;
        const QList<AuditEntry> written = recordFive(t);
        const AuditLog log(*t.database, reader());
        QVERIFY(log.verify().intact);
        AuditEntry forged = written[4];
        forged.username = QStringLiteral("qualcun.altro");
        forged.accountId = newId();
        forged.hash = forged.computeHash();
        const QString details =
            QString::fromUtf8(QJsonDocument(forged.details).toJson(QJsonDocument::Compact));
        Test::sqliteShell(
            t.path(),
            QStringLiteral(
                "DROP TRIGGER audit_entry_no_delete; DELETE FROM audit_entry WHERE id = %1; "
                "INSERT INTO audit_entry (id, chain_id, chain_seq, at, account_id, username, branch_id, "
                "device_id, device_name, action, entity, record_id, details, prev_hash, hash) VALUES "
                "(%1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15);")
                .arg(quoted(forged.id), quoted(forged.chain), QString::number(forged.chainSeq),
                     quoted(forged.at), quoted(forged.accountId), quoted(forged.username),
                     quoted(forged.branchId), quoted(forged.deviceId), quoted(forged.deviceName))
                .arg(quoted(forged.action), quoted(forged.entity), quoted(forged.recordId), quoted(details),
                     quoted(forged.prevHash), quoted(forged.hash)));
        const AuditEntry stored = log.find(forged.id).value();
        QCOMPARE(stored.username, QStringLiteral("qualcun.altro"));
        QCOMPARE(stored.computeHash(), stored.hash); // a well-made forgery
        QCOMPARE(stored.prevHash, written[3].hash);
        const AuditLog::Verdict verdict = log.verify();
        QVERIFY(!verdict.intact);
        QCOMPARE(verdict.chain, written[4].chain);
        QCOMPARE(verdict.chainSeq, qint64(5));
        QVERIFY(!verdict.problem.isEmpty());
    }

    void theTriggersRefuseEditsInTheShell()
    {
        Test::TempDatabase t;
        const QList<AuditEntry> written = recordFive(t);
        const ShellResult update = shellMayFail(
            t.path(), QStringLiteral("UPDATE audit_entry SET username = 'qualcun.altro' WHERE id = '%1';")
                          .arg(written[2].id));
        QVERIFY(update.exitCode != 0);
        QVERIFY2(update.errors.contains(QStringLiteral("append-only")), qPrintable(update.errors));
        QCOMPARE(Test::sqliteQuery(
                     t.path(),
                     QStringLiteral("SELECT username FROM audit_entry WHERE id = '%1';").arg(written[2].id)),
                 QStringLiteral("clerk"));

        const ShellResult remove = shellMayFail(t.path(), QStringLiteral("DELETE FROM audit_entry;"));
        QVERIFY(remove.exitCode != 0);
        QVERIFY2(remove.errors.contains(QStringLiteral("append-only")), qPrintable(remove.errors));
        QCOMPARE(Test::sqliteQuery(t.path(), QStringLiteral("SELECT count(*) FROM audit_entry;")),
                 QStringLiteral("5"));
        QVERIFY(AuditLog(*t.database, reader()).verify().intact);
    }

    void theTriggersRefuseEditsThroughTheApp()
    {
        Test::TempDatabase t;
        recordFive(t);
        const QSqlDatabase db = t.database->connection();
        QVERIFY_THROWS_EXCEPTION(
            Storage::StorageError,
            Storage::Sql::exec(db, QStringLiteral("UPDATE audit_entry SET username = 'x'")));
        QVERIFY_THROWS_EXCEPTION(
            Storage::StorageError,
            Storage::Sql::exec(db, QStringLiteral("DELETE FROM audit_entry WHERE chain_seq = 5")));
        QCOMPARE(entryCount(t), Q_INT64_C(5));
        QVERIFY(AuditLog(*t.database, reader()).verify().intact);
    }

    // --- Entries of other PCs ----------------------------------------------------------------

    void anEntryOfAnotherChainIsTakenInAndVerified()
    {
        Test::TempDatabase t;
        const AuditLog log(*t.database, reader());
        log.record(t.context, Security::AuditAction::login);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<AuditEntry> remote =
            remoteChain({{now, QStringLiteral("l.bianchi"), Security::AuditAction::login},
                         {now, QStringLiteral("l.bianchi"), Security::AuditAction::recordCreate},
                         {now, QStringLiteral("l.bianchi"), Security::AuditAction::logout}});
        for (const AuditEntry &e : remote)
            QCOMPARE(log.applyRemote(Security::toJson(e)), QString());
        log.record(t.context, Security::AuditAction::logout); // this PC's chain goes on after them
        QCOMPARE(log.find(remote[1].id)->hash, remote[1].hash);
        const AuditLog::Verdict verdict = log.verify();
        QVERIFY2(verdict.intact, qPrintable(verdict.problem));
        QCOMPARE(verdict.entriesChecked, qint64(5));
        QCOMPARE(verdict.chainsChecked, 2);
        // Pulled entries are not pushed back.
        QCOMPARE(Storage::ChangeLog(*t.database).pendingCount(), 2);
    }

    void theSameEntryAgainIsIgnored()
    {
        Test::TempDatabase t;
        const AuditLog log(*t.database, reader());
        const QList<AuditEntry> remote = remoteChain(
            {{QDateTime::currentDateTimeUtc(), QStringLiteral("l.bianchi"), Security::AuditAction::login}});
        QCOMPARE(log.applyRemote(Security::toJson(remote[0])), QString());
        QCOMPARE(log.applyRemote(Security::toJson(remote[0])), QString());
        QCOMPARE(entryCount(t), Q_INT64_C(1));
        QVERIFY(log.verify().intact);
    }

    void anotherEntryInAnOccupiedPlaceIsAMismatch()
    {
        Test::TempDatabase t;
        const AuditLog log(*t.database, reader());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<AuditEntry> remote =
            remoteChain({{now, QStringLiteral("l.bianchi"), Security::AuditAction::login}});
        QCOMPARE(log.applyRemote(Security::toJson(remote[0])), QString());
        // Another first entry of the same chain: a rewritten history.
        const QList<AuditEntry> rewritten = remoteChain(
            {{now, QStringLiteral("qualcun.altro"), Security::AuditAction::login}}, remote[0].chain);
        QCOMPARE(log.applyRemote(Security::toJson(rewritten[0])), QStringLiteral("audit_mismatch"));
        QCOMPARE(entryCount(t), Q_INT64_C(1));
        QCOMPARE(log.find(remote[0].id)->username, QStringLiteral("l.bianchi"));
        QVERIFY(!log.find(rewritten[0].id));
        // This PC's own places are taken too.
        log.record(t.context, Security::AuditAction::login);
        AuditEntry intruder =
            remoteChain({{now, QStringLiteral("x.y"), Security::AuditAction::login}}, log.chainId())[0];
        QCOMPARE(log.applyRemote(Security::toJson(intruder)), QStringLiteral("audit_mismatch"));
        QVERIFY(log.verify().intact);
    }

    // --- The viewer's filters ----------------------------------------------------------------

    void entriesAreFilteredByUsername()
    {
        Test::TempDatabase t;
        const AuditLog log(*t.database, reader());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<AuditEntry> remote =
            remoteChain({{now, QStringLiteral("anna"), Security::AuditAction::login},
                         {now, QStringLiteral("bruno"), Security::AuditAction::login},
                         {now, QStringLiteral("anna"), Security::AuditAction::logout}});
        for (const AuditEntry &e : remote)
            log.applyRemote(Security::toJson(e));
        AuditLog::Filter filter;
        filter.username = QStringLiteral("anna");
        QCOMPARE(idsOf(log.entries(filter)), (QStringList{remote[2].id, remote[0].id}));
        filter.username = QStringLiteral("ann"); // exact, not a prefix
        QVERIFY(log.entries(filter).isEmpty());
    }

    void entriesAreFilteredByAction()
    {
        Test::TempDatabase t;
        const AuditLog log(*t.database, reader());
        const QList<AuditEntry> written = recordFive(t);
        AuditLog::Filter filter;
        filter.action = Security::AuditAction::recordUpdate;
        QCOMPARE(idsOf(log.entries(filter)), QStringList{written[2].id});
        filter.action = Security::AuditAction::passwordChanged;
        QVERIFY(log.entries(filter).isEmpty());
    }

    void entriesAreFilteredByLocalDatesInclusive()
    {
        Test::TempDatabase t;
        const AuditLog log(*t.database, reader());
        const QDate from(2026, 3, 10);
        const QDate to(2026, 3, 11);
        const QList<AuditEntry> remote = remoteChain({
            {from.startOfDay().addMSecs(-1), QStringLiteral("a"),
             Security::AuditAction::login}, // the day before
            {from.startOfDay(), QStringLiteral("a"), Security::AuditAction::login},
            {QDateTime(to, QTime(12, 0)), QStringLiteral("a"), Security::AuditAction::login},
            {to.addDays(1).startOfDay().addMSecs(-1), QStringLiteral("a"), Security::AuditAction::login},
            {to.addDays(1).startOfDay(), QStringLiteral("a"), Security::AuditAction::login}, // the day after
        });
        for (const AuditEntry &e : remote)
            log.applyRemote(Security::toJson(e));
        AuditLog::Filter filter;
        filter.from = from;
        filter.to = to;
        QCOMPARE(idsOf(log.entries(filter)), (QStringList{remote[3].id, remote[2].id, remote[1].id}));
        filter.to = QDate();
        QCOMPARE(log.entries(filter).size(), 4);
        filter.from = QDate();
        filter.to = from;
        QCOMPARE(idsOf(log.entries(filter)), (QStringList{remote[1].id, remote[0].id}));
    }

    void entriesComeNewestFirstAPageAtATime()
    {
        Test::TempDatabase t;
        const AuditLog log(*t.database, reader());
        const QList<AuditEntry> written = recordFive(t);
        AuditLog::Filter filter;
        filter.limit = 2;
        QList<qint64> seqs;
        QCOMPARE(idsOf(log.entries(filter, &seqs)), (QStringList{written[4].id, written[3].id}));
        QCOMPARE(seqs, (QList<qint64>{seqOf(t, written[4]), seqOf(t, written[3])}));
        filter.beforeSeq = seqs.last();
        seqs.clear();
        QCOMPARE(idsOf(log.entries(filter, &seqs)), (QStringList{written[2].id, written[1].id}));
        filter.beforeSeq = seqs.last();
        QCOMPARE(idsOf(log.entries(filter)), QStringList{written[0].id});
        filter.beforeSeq = seqOf(t, written[0]);
        QVERIFY(log.entries(filter).isEmpty());
    }

    void usernamesAreListedOnceInOrder()
    {
        Test::TempDatabase t;
        const AuditLog log(*t.database, reader());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const AuditEntry &e :
             remoteChain({{now, QStringLiteral("bruno"), Security::AuditAction::login},
                          {now, QString(), Security::AuditAction::loginFailed},
                          {now, QStringLiteral("anna"), Security::AuditAction::login},
                          {now, QStringLiteral("bruno"), Security::AuditAction::logout}}))
            log.applyRemote(Security::toJson(e));
        QCOMPARE(log.usernames(), (QStringList{QStringLiteral("anna"), QStringLiteral("bruno")}));
    }

    // --- Payloads from elsewhere -------------------------------------------------------------

    void aWellFormedEntryHasNoProblem()
    {
        QCOMPARE(Security::auditEntryProblem(Security::toJson(goodEntry())), QString());
        AuditEntry later = goodEntry();
        later.chainSeq = 9007199254740991; // 2^53 - 1: the largest a JSON number holds exactly
        later.prevHash = QString(64, QLatin1Char('a'));
        later.hash = later.computeHash();
        QCOMPARE(Security::auditEntryProblem(Security::toJson(later)), QString());
        // What this PC writes is what the server accepts.
        Test::TempDatabase t;
        for (const AuditEntry &e : recordFive(t))
            QCOMPARE(Security::auditEntryProblem(Security::toJson(e)), QString());
    }

    void hostilePayloadsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("json");
        const AuditEntry good = goodEntry();
        QTest::newRow("empty object") << QJsonObject();
        QTest::newRow("no id") << without(QStringLiteral("id"));
        QTest::newRow("no chainSeq") << without(QStringLiteral("chainSeq"));
        QTest::newRow("no details") << without(QStringLiteral("details"));
        QTest::newRow("no hash") << without(QStringLiteral("hash"));
        QTest::newRow("id is a number") << with(QStringLiteral("id"), 42);
        QTest::newRow("username is null") << with(QStringLiteral("username"), QJsonValue::Null);
        QTest::newRow("action is an array")
            << with(QStringLiteral("action"), QJsonArray{QStringLiteral("login")});
        QTest::newRow("details is an array") << with(QStringLiteral("details"), QJsonArray{1, 2});
        QTest::newRow("details is a string") << with(QStringLiteral("details"), QStringLiteral("{}"));
        QTest::newRow("chainSeq 0") << with(QStringLiteral("chainSeq"), 0);
        QTest::newRow("chainSeq -1") << with(QStringLiteral("chainSeq"), -1);
        QTest::newRow("chainSeq 1.5") << with(QStringLiteral("chainSeq"), 1.5);
        QTest::newRow("chainSeq 1e300") << with(QStringLiteral("chainSeq"), 1e300);
        QTest::newRow("chainSeq 2^53") << with(QStringLiteral("chainSeq"), 9007199254740992.0);
        QTest::newRow("chainSeq -1e300") << with(QStringLiteral("chainSeq"), -1e300);
        QTest::newRow("chainSeq a string") << with(QStringLiteral("chainSeq"), QStringLiteral("1"));
        QTest::newRow("chainSeq true") << with(QStringLiteral("chainSeq"), true);
        QTest::newRow("details over 8 KiB") << with(
            QStringLiteral("details"), QJsonObject{{QStringLiteral("x"), QString(8200, QLatin1Char('a'))}});
        QTest::newRow("username over 200 characters")
            << with(QStringLiteral("username"), QString(201, QLatin1Char('a')));
        QTest::newRow("id not a UUID") << with(QStringLiteral("id"), QStringLiteral("not-a-uuid"));
        QTest::newRow("id in braces")
            << with(QStringLiteral("id"), QLatin1Char('{') + good.id + QLatin1Char('}'));
        QTest::newRow("chain not a UUID") << with(QStringLiteral("chain"), QStringLiteral("chain-1"));
        QTest::newRow("at not a time") << with(QStringLiteral("at"), QStringLiteral("yesterday"));
        QTest::newRow("unknown action")
            << with(QStringLiteral("action"), QStringLiteral("delete_everything"));
        QTest::newRow("hash of other content")
            << with(QStringLiteral("username"), QStringLiteral("qualcun.altro"), false);
        QTest::newRow("hash in upper case") << with(QStringLiteral("hash"), good.hash.toUpper(), false);
        QTest::newRow("hash too short") << with(QStringLiteral("hash"), good.hash.left(63), false);
        QTest::newRow("prevHash not hex") << with(QStringLiteral("prevHash"), QString(64, QLatin1Char('g')));
        QTest::newRow("first entry after a non-genesis hash")
            << with(QStringLiteral("prevHash"), QString(64, QLatin1Char('a')));
    }
    void hostilePayloadsAreRefused()
    {
        QFETCH(QJsonObject, json);
        const QString problem = Security::auditEntryProblem(json);
        QVERIFY2(!problem.isEmpty(),
                 QJsonDocument(json).toJson(QJsonDocument::Compact).left(300).constData());
        // Reading it anyway is safe and gives something hashable.
        const AuditEntry e = Security::auditEntryFromJson(json);
        QCOMPARE(e.computeHash().size(), 64);
    }

    void aChainSeqThatIsNoIntegerReadsAsZero_data()
    {
        QTest::addColumn<QJsonValue>("chainSeq");
        QTest::newRow("1.5") << QJsonValue(1.5);
        QTest::newRow("1e300") << QJsonValue(1e300);
        QTest::newRow("-1e300") << QJsonValue(-1e300);
        QTest::newRow("string") << QJsonValue(QStringLiteral("7"));
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
    }
    void aChainSeqThatIsNoIntegerReadsAsZero()
    {
        QFETCH(QJsonValue, chainSeq);
        QJsonObject json = Security::toJson(goodEntry());
        if (chainSeq.isUndefined())
            json.remove(QStringLiteral("chainSeq"));
        else
            json.insert(QStringLiteral("chainSeq"), chainSeq);
        QCOMPARE(Security::auditEntryFromJson(json).chainSeq, Q_INT64_C(0));
    }

    void theSyncFormReadsBackToTheSameEntry()
    {
        const AuditEntry e = goodEntry();
        const AuditEntry back = Security::auditEntryFromJson(Security::toJson(e));
        QCOMPARE(back.canonical(), e.canonical());
        QCOMPARE(back.hash, e.hash);
        QCOMPARE(Security::toJson(e).value(QLatin1String("version")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
