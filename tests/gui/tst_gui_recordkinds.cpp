// SPDX-License-Identifier: EUPL-1.2
// Every kind of synced record (app/records) is described whole, and staff meet it in Italian: the
// descriptor test. A kind added without a wording, labels, an opener, a permission or a fuzz seed
// fails here, and so does one whose example this PC or the server's checks would not take.
#include "citizens/citizensarea.h"
#include "config/appsettings.h"
#include "domain/clock.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "records/recordkind.h"
#include "recordviewdialog.h"
#include "security/auditwording.h"
#include "startup.h"
#include "storage/changelog.h"
#include "storage/syncstore.h"
#include "storage/transaction.h"
#include "sync/protocol.h"
#include "sync/syncreviewdialog.h"
#include "translations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTreeWidget>

using namespace Sportello;
using Records::RecordKind;
using Records::RecordKinds;

namespace {
// The seed of fuzz_sync_protocol for a kind: a push of its example (tests/fuzz/corpus).
QString seedPath(const RecordKind &kind)
{
    return QStringLiteral(SPORTELLO_SOURCE_DIR "/tests/fuzz/corpus/fuzz_sync_protocol/push-%1.json")
        .arg(kind.name);
}

QByteArray seedOf(const RecordKind &kind)
{
    Sync::Protocol::PushEntry entry;
    entry.operationId = QUuid::fromString(QStringLiteral("11111111-2222-4333-8444-555555555555"));
    entry.entity = kind.name;
    entry.recordId = kind.example().value(QLatin1String("id")).toString();
    entry.payload = kind.example();
    entry.createdAt = QDateTime(QDate(2026, 1, 15), QTime(9, 30), Qt::UTC);
    return Sync::Protocol::compact(Sync::Protocol::toJson(Sync::Protocol::PushRequest{{entry}})) + '\n';
}
} // namespace

class TestGuiRecordKinds : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TempDatabase> m_db;
    std::unique_ptr<Config::AppSettings> m_settings;
    std::unique_ptr<Ui::Startup> m_startup;

    Ui::MainWindow *window() const { return m_startup->mainWindow(); }

private slots:
    void initTestCase()
    {
        QCOMPARE(Ui::installTranslations(*qApp, QStringLiteral("it")), QStringLiteral("it"));
        QVERIFY(!RecordKinds::standard().all().isEmpty());
    }

    void everyKindIsDescribedWhole_data()
    {
        QTest::addColumn<QString>("entity");
        for (const RecordKind &kind : RecordKinds::standard().all())
            QTest::newRow(qPrintable(kind.name)) << kind.name;
    }

    void everyKindIsDescribedWhole()
    {
        QFETCH(QString, entity);
        const RecordKind *kind = RecordKinds::standard().find(entity);
        QVERIFY(kind);
        QVERIFY(Sync::Protocol::isEntityName(kind->name));
        // What the sync engine and the server need.
        QVERIFY(kind->check && kind->canonical && kind->find && kind->existing && kind->apply);
        // How staff see it, in Italian.
        QVERIFY(kind->title && kind->fieldLabels && kind->describe && kind->example);
        const QString title = kind->title();
        QVERIFY(!title.isEmpty() && title != kind->name); // translated: tst_translations checks every string
        QVERIFY2(kind->viewPermission, "every kind names who may see its records");
        // The example is a record both this PC and the server take as it is.
        const QJsonObject example = kind->example();
        QVERIFY(Sync::Protocol::isCanonicalUuid(example.value(QLatin1String("id")).toString()));
        QCOMPARE(example.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(Records::payloadProblem(*kind, example), QString());
        // Every field staff may meet has a label of this kind.
        const QHash<QString, QString> labels = kind->fieldLabels();
        QJsonObject fields = kind->canonical(example);
        for (auto it = example.constBegin(); it != example.constEnd(); ++it)
            fields.insert(it.key(), it.value());
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            QVERIFY2(!labels.value(it.key()).isEmpty(), qPrintable(entity + QLatin1Char('.') + it.key()));
        const QString description = kind->describe(example);
        QVERIFY(!description.isEmpty());
        QVERIFY2(!description.contains(kind->name), qPrintable(description));
    }

    // The fuzz target of the protocol starts from a valid record of every kind.
    void everyKindSeedsTheFuzzer_data() { everyKindIsDescribedWhole_data(); }
    void everyKindSeedsTheFuzzer()
    {
        QFETCH(QString, entity);
        const RecordKind &kind = *RecordKinds::standard().find(entity);
        QFile seed(seedPath(kind));
        if (qEnvironmentVariableIsSet("SPORTELLO_WRITE_FUZZ_SEEDS")) {
            QVERIFY(seed.open(QIODevice::WriteOnly | QIODevice::Truncate));
            seed.write(seedOf(kind));
            seed.close();
        }
        QVERIFY2(seed.open(QIODevice::ReadOnly),
                 qPrintable(QStringLiteral("no fuzz seed %1: run this test once with "
                                           "SPORTELLO_WRITE_FUZZ_SEEDS=1 and commit it")
                                .arg(seed.fileName())));
        QCOMPARE(seed.readAll(), seedOf(kind));
    }

    // This PC writes a pulled record of every kind and reads it back as it came.
    void everyKindIsAppliedAndFoundAgain_data() { everyKindIsDescribedWhole_data(); }
    void everyKindIsAppliedAndFoundAgain()
    {
        QFETCH(QString, entity);
        const RecordKind &kind = *RecordKinds::standard().find(entity);
        Test::TempDatabase db;
        // A queue event follows its ticket: the kinds before it are there first, as a pull brings them.
        for (const RecordKind &before : RecordKinds::standard().all()) {
            Storage::Transaction transaction(*db.database);
            QJsonObject pulled = before.example();
            pulled.insert(QStringLiteral("ownerBranchId"), db.office.branchId); // as the server hands it out
            QCOMPARE(before.apply(*db.database, pulled, std::nullopt), QString());
            transaction.commit();
            if (before.name == entity)
                break;
        }
        QVERIFY(kind.existing(*db.database, {kind.example().value(QLatin1String("id")).toString()})
                    .contains(kind.example().value(QLatin1String("id")).toString()));
        const std::optional<Records::LocalRecord> found =
            kind.find(*db.database, kind.example().value(QLatin1String("id")).toString());
        QVERIFY(found);
        QCOMPARE(found->version, 1);
        for (auto it = found->payload.constBegin(); it != found->payload.constEnd(); ++it) {
            if (it.key() != QLatin1String("ownerBranchId"))
                QVERIFY2(kind.example().value(it.key()) == it.value(),
                         qPrintable(entity + QLatin1Char('.') + it.key()));
        }
    }

    // The audit log and the sync review speak of every kind in Italian, never by its stable name.
    void theAuditLogAndTheSyncReviewNameEveryKind()
    {
        const QString id = QStringLiteral("1a2b3c4d-0000-4000-8000-000000000000");
        Test::TempDatabase db;
        QStringList described;
        for (const RecordKind &kind : RecordKinds::standard().all()) {
            const QString record = Ui::AuditWording::record(kind.name, id);
            QCOMPARE(record, QStringLiteral("%1 1a2b3c4d").arg(kind.title()));
            const QJsonObject example = kind.example();
            QJsonArray fields;
            for (auto it = example.constBegin(); it != example.constEnd(); ++it)
                fields.append(it.key());
            const QString details =
                Ui::AuditWording::details(kind.name, {{QStringLiteral("fields"), fields}});
            for (const QJsonValue &field : std::as_const(fields))
                QVERIFY2(kind.fieldLabels().value(field.toString()).isEmpty() ||
                             details.contains(kind.fieldLabels().value(field.toString())),
                         qPrintable(details));
            // Refused by the central service: parked, as the review shows it.
            Storage::Transaction transaction(*db.database);
            Storage::ChangeLog::append(transaction.connection(), db.context, kind.name,
                                       kind.example().value(QLatin1String("id")).toString(),
                                       Storage::ChangeEntry::Operation::Create, kind.example());
            transaction.commit();
            described << kind.describe(kind.example());
        }
        Storage::SyncStore store(*db.database);
        for (const Storage::ChangeEntry &entry : Storage::ChangeLog(*db.database).entries())
            store.park(entry.seq, QStringLiteral("invalid_record"), QStringLiteral("Dati non validi"),
                       Clock::nowUtc());
        Ui::SyncReviewDialog review(*db.database);
        review.resize(1200, 500);
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        QStringList shown;
        for (int row = 0; row < review.refusedList()->topLevelItemCount(); ++row)
            shown << review.refusedList()->topLevelItem(row)->text(1);
        // Each kind's own words (the audit log's entries of these writes are in the list too).
        for (const QString &each : std::as_const(described))
            QVERIFY2(shown.contains(each), qPrintable(each));
        for (const QString &each : std::as_const(shown)) {
            for (const RecordKind &kind : RecordKinds::standard().all())
                QVERIFY2(!each.startsWith(kind.name), qPrintable(each));
        }
        Test::saveScreenshot(&review, QStringLiteral("tipi-01-revisione-di-ogni-tipo"));
    }

    // A secret field (an account's password hash) is never shown, not even as what a version lost.
    void secretFieldsAreNeverShown()
    {
        Test::TempDatabase db;
        for (const RecordKind &kind : RecordKinds::standard().all()) {
            if (kind.secretFields.isEmpty())
                continue;
            QJsonObject stored = kind.example();
            stored.insert(QStringLiteral("ownerBranchId"), db.office.branchId);
            {
                Storage::Transaction transaction(*db.database);
                QCOMPARE(kind.apply(*db.database, stored, std::nullopt), QString());
                transaction.commit();
            }
            QJsonObject lost = stored;
            for (const QString &secret : kind.secretFields) {
                QVERIFY2(!kind.describe(stored).contains(stored.value(secret).toString()),
                         qPrintable(secret));
                lost.insert(secret,
                            QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$bG9zdA$lostlostlostlostlost"));
            }
            lost.insert(QStringLiteral("version"), 2);
            Storage::SyncStore(*db.database)
                .recordConflict({0,
                                 kind.name,
                                 stored.value(QLatin1String("id")).toString(),
                                 QStringLiteral("version_conflict"),
                                 2,
                                 lost,
                                 1,
                                 {},
                                 Clock::nowUtc(),
                                 {}});
        }
        Ui::SyncReviewDialog review(*db.database);
        QVERIFY(review.conflictList()->topLevelItemCount() > 0);
        for (int row = 0; row < review.conflictList()->topLevelItemCount(); ++row) {
            const QString loss = review.conflictList()->topLevelItem(row)->text(3);
            QVERIFY2(!loss.contains(QLatin1String("argon2id")), qPrintable(loss));
        }
    }

    // Every kind can be opened from the program, by a role that may see it.
    void everyKindHasAnOpener()
    {
        m_db = std::make_unique<Test::TempDatabase>();
        Test::addAccount(*m_db->database, Security::Role::Responsabile, QStringLiteral("g.bianchi"),
                         QStringLiteral("Giulia Bianchi"), QStringLiteral("password di giulia"));
        const RecordKind &ticket = *RecordKinds::standard().find(Sync::Entity::queueTicket);
        {
            Storage::Transaction transaction(*m_db->database);
            QJsonObject pulled = ticket.example();
            pulled.insert(QStringLiteral("ownerBranchId"), m_db->office.branchId);
            QCOMPARE(ticket.apply(*m_db->database, pulled, std::nullopt), QString());
            transaction.commit();
        }
        m_settings = std::make_unique<Config::AppSettings>(m_db->dir.filePath(QStringLiteral("pc.ini")));
        m_settings->setDeviceName(QStringLiteral("Sportello 1"));
        m_startup = std::make_unique<Ui::Startup>(m_db->path(), *m_settings);
        QVERIFY(m_startup->openDatabase());
        m_startup->showFirstWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        for (const RecordKind &kind : RecordKinds::standard().all())
            QVERIFY2(window()->openers().has(kind.name), qPrintable(kind.name));
        QVERIFY(Test::signIn(window(), QStringLiteral("g.bianchi"), QStringLiteral("password di giulia")));
        // A ticket shows field by field, in Italian.
        bool seen = false;
        Test::whenModalAppears([&seen](QWidget *dialog) {
            auto *view = qobject_cast<Ui::RecordViewDialog *>(dialog);
            QVERIFY(view);
            QVERIFY(view->windowTitle().startsWith(QStringLiteral("Biglietto della coda: Biglietto A 1")));
            QStringList labels;
            for (int row = 0; row < view->fields()->topLevelItemCount(); ++row)
                labels << view->fields()->topLevelItem(row)->text(0);
            QVERIFY2(labels.contains(QStringLiteral("emesso da")), qPrintable(labels.join(QLatin1Char(','))));
            Test::saveScreenshot(dialog, QStringLiteral("tipi-02-biglietto"));
            seen = true;
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        window()->openRecord(ticket.name, ticket.example().value(QLatin1String("id")).toString(), window());
        QTRY_VERIFY(seen);
    }

    void cleanupTestCase() { m_startup.reset(); }
};

QTEST_MAIN(TestGuiRecordKinds)
#include "tst_gui_recordkinds.moc"
