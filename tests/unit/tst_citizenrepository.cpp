// SPDX-License-Identifier: EUPL-1.2
#include "storage/citizenrepository.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QTest>

using namespace Sportello;
using Storage::CitizenRepository;

class TestCitizenRepository : public QObject {
    Q_OBJECT

    static QStringList surnamesFound(const CitizenRepository &repo, const QString &text)
    {
        QStringList found;
        for (const auto &row : repo.search(text))
            found << row.surname;
        found.sort();
        return found;
    }

private slots:
    void createFindAndEdit()
    {
        Test::TempDatabase t;
        CitizenRepository repo(*t.database, t.context);
        auto c = Test::citizen(QStringLiteral("RSSMRA80A01H501U"), QStringLiteral("  Rossi "),
                               QStringLiteral("Mario"));
        c.sex = Domain::Sex::Male;
        c.birthDate = QDate(1980, 1, 1);
        c.consentPrivacy = true;
        c.consentDate = QDate(2026, 11, 2);
        const auto created = repo.create(c);
        QVERIFY(!created.id.isEmpty());
        QCOMPARE(created.version, 1);
        QCOMPARE(created.surname, QStringLiteral("Rossi")); // trimmed
        QCOMPARE(created.ownerBranchId, t.office.branchId);

        const auto found = repo.find(created.id).value();
        QCOMPARE(found.codiceFiscale, QStringLiteral("RSSMRA80A01H501U"));
        QCOMPARE(found.birthDate, QDate(1980, 1, 1));
        QCOMPARE(found.consentDate, QDate(2026, 11, 2));
        QVERIFY(found.consentPrivacy);
        QCOMPARE(found.createdAt, created.createdAt);

        auto edited = found;
        edited.email = QStringLiteral("mario.rossi@example.it");
        const auto saved = repo.update(edited);
        QCOMPARE(saved.version, 2);
        QCOMPARE(repo.find(created.id)->email, QStringLiteral("mario.rossi@example.it"));

        // An edit started from the old version is refused: nothing is silently overwritten.
        edited.phone = QStringLiteral("06 123456");
        QVERIFY_THROWS_EXCEPTION(Storage::StorageError, repo.update(edited));
        QVERIFY(repo.find(created.id)->phone.isEmpty());
    }

    void duplicateCodiceFiscaleLeadsToExistingRecord()
    {
        Test::TempDatabase t;
        CitizenRepository repo(*t.database, t.context);
        const auto first = repo.create(Test::citizen(QStringLiteral("RSSMRA80A01H501U"),
                                                     QStringLiteral("Rossi"), QStringLiteral("Mario")));
        try {
            repo.create(Test::citizen(QStringLiteral("RSSMRA80A01H501U"), QStringLiteral("Rossi"),
                                      QStringLiteral("M.")));
            QFAIL("duplicate accepted");
        } catch (const Storage::DuplicateCitizenError &error) {
            QCOMPARE(error.existingId(), first.id);
            QVERIFY(error.message().contains(QStringLiteral("RSSMRA80A01H501U")));
        }
        QCOMPARE(repo.count(), 1);
        QCOMPARE(repo.findByCodiceFiscale(QStringLiteral(" rssmra80a01h501u "))->id, first.id);
        // Editing the record itself keeps its code.
        auto same = repo.find(first.id).value();
        same.name = QStringLiteral("Mario Luigi");
        QCOMPARE(repo.update(same).name, QStringLiteral("Mario Luigi"));
    }

    // Omocodia gives two different people two different codes: both are registered, and each is
    // pointed out as the other's omocodia relative so that a clerk can rule out a typing error.
    void omocodiaCodesAreDifferentPeople()
    {
        Test::TempDatabase t;
        CitizenRepository repo(*t.database, t.context);
        const auto first = repo.create(Test::citizen(QStringLiteral("RSSMRA80A01H501U"),
                                                     QStringLiteral("Rossi"), QStringLiteral("Mario")));
        const auto other = Test::citizen(QStringLiteral("RSSMRA80A01H50MM"), QStringLiteral("Rossi"),
                                         QStringLiteral("Marco"));
        const auto relatives = repo.omocodiaRelatives(other);
        QCOMPARE(relatives.size(), 1);
        QCOMPARE(relatives.constFirst().id, first.id);
        const auto second = repo.create(other);
        QCOMPARE(repo.count(), 2);
        QCOMPARE(repo.omocodiaRelatives(second).constFirst().id, first.id);
        QVERIFY(repo.omocodiaRelatives(repo.find(first.id).value()).constFirst().id == second.id);
    }

    // The row, the change-log payload and the "changed" list come from the same record.
    void whatIsLoggedIsWhatIsStored()
    {
        Test::TempDatabase t;
        CitizenRepository repo(*t.database, t.context);
        auto c = Test::citizen(QStringLiteral("RSSMRA80A01H501U"), QStringLiteral("Rossi"),
                               QStringLiteral("Mario"));
        c.documentType = QStringLiteral("passport");
        c.documentNumber = QStringLiteral("YA0000001");
        const auto created = repo.create(c);
        QCOMPARE(repo.find(created.id)->documentType, QStringLiteral("passport"));
        const auto entry = Test::citizenEntries(*t.database).constLast();
        QCOMPARE(Domain::citizenFromJson(entry.payload).documentType, QStringLiteral("passport"));
        QCOMPARE(Domain::toJson(Domain::citizenFromJson(entry.payload)),
                 Domain::toJson(*repo.find(created.id)));
        // saving what was read changes nothing and logs nothing
        repo.update(*repo.find(created.id));
        QCOMPARE(repo.find(created.id)->version, 1);
        QCOMPARE(Test::citizenEntries(*t.database).size(), 1);
    }

    void invalidRecordsAreRefusedWithReason_data()
    {
        QTest::addColumn<QString>("codiceFiscale");
        QTest::addColumn<QString>("surname");
        QTest::addColumn<QString>("documentNumber");
        QTest::addColumn<QString>("email");
        QTest::newRow("bad check character") << "RSSMRA80A01H501X"
                                             << "Rossi"
                                             << ""
                                             << "";
        QTest::newRow("no surname") << "RSSMRA80A01H501U"
                                    << "  "
                                    << ""
                                    << "";
        QTest::newRow("neither code nor document") << ""
                                                   << "Rossi"
                                                   << ""
                                                   << "";
        QTest::newRow("bad e-mail") << "RSSMRA80A01H501U"
                                    << "Rossi"
                                    << ""
                                    << "mario@";
        QTest::newRow("control characters") << "RSSMRA80A01H501U" << QStringLiteral("Ros\u0007si") << ""
                                            << "";
        QTest::newRow("oversized") << "RSSMRA80A01H501U" << QString(5000, QLatin1Char('R')) << ""
                                   << "";
    }

    void invalidRecordsAreRefusedWithReason()
    {
        QFETCH(QString, codiceFiscale);
        QFETCH(QString, surname);
        QFETCH(QString, email);
        Test::TempDatabase t;
        CitizenRepository repo(*t.database, t.context);
        auto c = Test::citizen(codiceFiscale, surname, QStringLiteral("Mario"));
        if (codiceFiscale.isEmpty())
            c.documentNumber.clear();
        c.email = email;
        try {
            repo.create(c);
            QFAIL("accepted");
        } catch (const Storage::StorageError &error) {
            QVERIFY(!error.message().isEmpty());
        }
        QCOMPARE(repo.count(), 0);
        QCOMPARE(Storage::ChangeLog(*t.database).pendingCount(), 0);
    }

    void searchAsYouType()
    {
        Test::TempDatabase t;
        CitizenRepository repo(*t.database, t.context);
        auto rossi = Test::citizen(QStringLiteral("RSSMRA80A01H501U"), QStringLiteral("Rossi"),
                                   QStringLiteral("Mario"));
        rossi.phone = QStringLiteral("+39 333 123 4567");
        repo.create(rossi);
        repo.create(Test::citizen(QStringLiteral("CNTCHR83T41D969D"), QStringLiteral("Conte"),
                                  QStringLiteral("Chiara")));
        repo.create(Test::citizen(QString(), QStringLiteral("D'Angelo"), QStringLiteral("Nicolò")));
        repo.create(Test::citizen(QStringLiteral("MRTMTT25D09F205Z"), QStringLiteral("Martini"),
                                  QStringLiteral("Matteo")));

        QCOMPARE(surnamesFound(repo, QStringLiteral("r")), QStringList{QStringLiteral("Rossi")});
        QCOMPARE(surnamesFound(repo, QStringLiteral("ROS")), QStringList{QStringLiteral("Rossi")});
        QCOMPARE(surnamesFound(repo, QStringLiteral("rossi mar")), QStringList{QStringLiteral("Rossi")});
        QCOMPARE(surnamesFound(repo, QStringLiteral("m")),
                 (QStringList{QStringLiteral("Martini"), QStringLiteral("Rossi")}));
        QCOMPARE(surnamesFound(repo, QStringLiteral("CNTCHR8")), QStringList{QStringLiteral("Conte")});
        QCOMPARE(surnamesFound(repo, QStringLiteral("3331234")), QStringList{QStringLiteral("Rossi")});
        QCOMPARE(surnamesFound(repo, QStringLiteral("333 123 4567")), QStringList{QStringLiteral("Rossi")});
        QCOMPARE(surnamesFound(repo, QStringLiteral("+39 333 1234567")),
                 QStringList{QStringLiteral("Rossi")});
        QCOMPARE(surnamesFound(repo, QStringLiteral("CNT CHR 83")), QStringList{QStringLiteral("Conte")});
        QCOMPARE(surnamesFound(repo, QStringLiteral("nicolo")),
                 QStringList{QStringLiteral("D'Angelo")}); // accents
        QCOMPARE(surnamesFound(repo, QStringLiteral("d'ang")), QStringList{QStringLiteral("D'Angelo")});
        QCOMPARE(surnamesFound(repo, QStringLiteral("YA12")),
                 QStringList{QStringLiteral("D'Angelo")}); // document
        QCOMPARE(surnamesFound(repo, QStringLiteral("zzz")), QStringList{});
        QCOMPARE(repo.search(QString()).size(), 4);
        QCOMPARE(repo.search(QString()).constFirst().surname, QStringLiteral("Martini")); // newest first

        // An edit is searchable at once, and the old value no longer is.
        auto martini = repo.findByCodiceFiscale(QStringLiteral("MRTMTT25D09F205Z")).value();
        martini.surname = QStringLiteral("Martinelli");
        repo.update(martini);
        QCOMPARE(surnamesFound(repo, QStringLiteral("martinel")), QStringList{QStringLiteral("Martinelli")});
        QCOMPARE(surnamesFound(repo, QStringLiteral("martini")), QStringList{});
    }

    void placeOfBirthMustBeACadastralCode_data()
    {
        QTest::addColumn<QString>("place");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("Roma") << "H501" << true;
        QTest::newRow("abroad") << "Z404" << true;
        QTest::newRow("empty") << "" << true;
        QTest::newRow("lower case") << "h501" << false;
        QTest::newRow("too long") << QString(100000, QLatin1Char('H')) << false;
        QTest::newRow("control character") << QStringLiteral("H50\u0007") << false;
    }

    void placeOfBirthMustBeACadastralCode()
    {
        QFETCH(QString, place);
        QFETCH(bool, accepted);
        auto c = Test::citizen(QString(), QStringLiteral("Smith"), QStringLiteral("John"));
        c.birthPlaceCode = place;
        const auto check = Domain::checkCitizen(c);
        QCOMPARE(check.ok(), accepted);
        if (!accepted)
            QCOMPARE(check.errors.constFirst().field, Domain::CitizenIssue::Field::BirthPlace);
    }

    void hostileSearchTextIsJustText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote") << QStringLiteral("\"");
        QTest::newRow("fts syntax") << QStringLiteral("NEAR(rossi mario, 2) OR surname:* -x ^y");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE citizen; --");
        QTest::newRow("star") << QStringLiteral("*");
        QTest::newRow("nul and control") << QString::fromUtf8("ros\0si\x01", 7);
        QTest::newRow("huge") << QString(1 << 20, QLatin1Char('a'));
        QTest::newRow("many words") << QStringLiteral("a b c d e f g h i j k l m n o p").repeated(100);
        QTest::newRow("emoji and rtl") << QStringLiteral("😀 مرحبا rossi");
    }

    void hostileSearchTextIsJustText()
    {
        QFETCH(QString, text);
        Test::TempDatabase t;
        CitizenRepository repo(*t.database, t.context);
        repo.create(Test::citizen(QStringLiteral("RSSMRA80A01H501U"), QStringLiteral("Rossi"),
                                  QStringLiteral("Mario")));
        const auto rows = repo.search(text); // must not throw
        QVERIFY(rows.size() <= 1);
        QCOMPARE(repo.count(), 1);
    }

    void pagesFollowEachOtherWithoutGapsOrRepeats()
    {
        Test::TempDatabase t;
        CitizenRepository repo(*t.database, t.context);
        for (int i = 0; i < 250; ++i) {
            auto c = Test::citizen(QString(), QStringLiteral("Verdi"), QStringLiteral("N%1").arg(i));
            c.documentNumber = QStringLiteral("D%1").arg(i);
            repo.create(c);
        }
        QSet<QString> seen;
        qint64 cursor = 0;
        for (;;) {
            const auto page = repo.search(QStringLiteral("verdi"), cursor, 100);
            for (const auto &row : page) {
                QVERIFY(!seen.contains(row.id));
                seen.insert(row.id);
            }
            if (page.size() < 100)
                break;
            cursor = page.constLast().seq;
        }
        QCOMPARE(seen.size(), 250);
    }
};

QTEST_GUILESS_MAIN(TestCitizenRepository)
#include "tst_citizenrepository.moc"
