// SPDX-License-Identifier: EUPL-1.2
// Places of birth: the shipped lists (ANPR's comuni with their history, ISTAT's foreign states),
// completion by name as a clerk types it, a code shown by the name it had on the date of birth,
// and hostile lines in the lists skipped.
#include "domain/places.h"

#include <QTest>

using Sportello::Domain::Place;
using Sportello::Domain::Places;

class TestPlaces : public QObject {
    Q_OBJECT

    const Places &known() const { return Places::known(); }

private slots:
    void theShippedListsAreWhole()
    {
        // About 15,000 periods of 9,800 comuni, and 222 foreign states.
        QVERIFY2(known().size() > 15000, qPrintable(QString::number(known().size())));
        QCOMPARE(known().find(QStringLiteral("L219"))->name, QStringLiteral("Torino"));
        QCOMPARE(known().find(QStringLiteral("h501"))->province, QStringLiteral("RM"));
        QCOMPARE(known().find(QStringLiteral("Z404"))->name, QStringLiteral("Stati Uniti d'America"));
        QCOMPARE(known().find(QStringLiteral("Z602"))->name, QStringLiteral("Brasile"));
        QCOMPARE(known().find(QStringLiteral("Z210"))->name, QStringLiteral("Cina"));
        QVERIFY(!known().find(QStringLiteral("Z999")));
    }

    void namesAreWrittenAsClerksWriteThem()
    {
        QCOMPARE(known().describe(QStringLiteral("H223")), QStringLiteral("Reggio nell'Emilia (RE)"));
        QCOMPARE(known().describe(QStringLiteral("C075")), QStringLiteral("Castel d'Aiano (BO)"));
        QCOMPARE(known().describe(QStringLiteral("D704")), QStringLiteral("Forlì (FC)"));
        QCOMPARE(known().find(QStringLiteral("A952"))->otherName, QStringLiteral("Bozen"));
    }

    void typingANameCompletesIt()
    {
        const QList<Place> torino = known().matching(QStringLiteral("Torino"));
        QVERIFY(!torino.isEmpty());
        QCOMPARE(torino.first().code, QStringLiteral("L219"));
        QVERIFY(std::any_of(torino.cbegin(), torino.cend(),
                            [](const Place &p) { return p.code == QStringLiteral("L218"); })); // di Sangro
        // Accents, case and apostrophes do not matter.
        QCOMPARE(known().matching(QStringLiteral("forli")).first().code, QStringLiteral("D704"));
        QCOMPARE(known().matching(QStringLiteral("reggio nell emilia")).first().code, QStringLiteral("H223"));
        // The second official language, and a word inside the name.
        QCOMPARE(known().matching(QStringLiteral("Bozen")).first().code, QStringLiteral("A952"));
        QVERIFY(!known().matching(QStringLiteral("Persiceto")).isEmpty());
        // Abroad.
        QCOMPARE(known().matching(QStringLiteral("Stati Uniti")).first().code, QStringLiteral("Z404"));
        // One line per place, at most the limit.
        QCOMPARE(known().matching(QStringLiteral("San"), {}, 15).size(), 15);
        QVERIFY(known().matching(QString()).isEmpty());
        QVERIFY(known().matching(QStringLiteral("'-  ")).isEmpty());
    }

    // A code is named as it was on the date of birth: ceased comuni and states included.
    void aCodeIsNamedAsItWasOnTheDateOfBirth()
    {
        QCOMPARE(known().describe(QStringLiteral("D704"), QDate(1980, 5, 1)), QStringLiteral("Forlì (FO)"));
        QCOMPARE(known().describe(QStringLiteral("A326"), QDate(1920, 5, 1)), QStringLiteral("Aosta (TO)"));
        QCOMPARE(known().describe(QStringLiteral("Z135"), QDate(1970, 1, 1)),
                 QStringLiteral("Unione Sovietica (abroad, until 1991)"));
        const std::optional<Place> ceased = known().find(QStringLiteral("I167"), QDate(1990, 1, 1));
        QVERIFY(ceased && ceased->ceased);
        QCOMPARE(Places::label(*ceased), QStringLiteral("Sant'Abbondio (CO, until 2002)"));
        // Born there, then: it comes before today's places of the same name.
        const QList<Place> then = known().matching(QStringLiteral("Sant'Abbondio"), QDate(1990, 1, 1));
        QCOMPARE(then.first().code, QStringLiteral("I167"));
        // An unknown code is shown as it is.
        QCOMPARE(known().describe(QStringLiteral("Z221")), QStringLiteral("Z221"));
    }

    void whatWasTypedBecomesACode()
    {
        QCOMPARE(known().codeOf(QStringLiteral("Torino (TO)")), QStringLiteral("L219"));
        QCOMPARE(known().codeOf(QStringLiteral("torino")), QStringLiteral("L219"));
        QCOMPARE(known().codeOf(QStringLiteral("l219")), QStringLiteral("L219"));
        QCOMPARE(known().codeOf(QStringLiteral(" Francia (abroad) ")), QStringLiteral("Z110"));
        // A code the lists do not know (a state ISTAT does not list) is still a code.
        QCOMPARE(known().codeOf(QStringLiteral("Z221")), QStringLiteral("Z221"));
        // Not a place, or more than one with that name: no code.
        QCOMPARE(known().codeOf(QStringLiteral("Atlantide")), QString());
        QCOMPARE(known().codeOf(QStringLiteral("T")), QString());
        QCOMPARE(known().codeOf(QStringLiteral("Castro")), QString()); // in Bergamo's province and Lecce's
        QCOMPARE(known().codeOf(QStringLiteral("Castro (LE)")), QStringLiteral("M261"));
        // A label two codes had in turn: the one of the date of birth (E991 was Martirano until 1929).
        QCOMPARE(known().codeOf(QStringLiteral("Martirano (CZ)"), QDate(1920, 1, 1)), QStringLiteral("E991"));
        QCOMPARE(known().codeOf(QStringLiteral("Martirano (CZ)"), QDate(1990, 1, 1)), QStringLiteral("E990"));
        QCOMPARE(known().codeOf(QStringLiteral("Martirano (CZ)")), QStringLiteral("E990"));
        // Before 1975 only one Castro existed: born then, the name is enough.
        QCOMPARE(known().codeOf(QStringLiteral("Castro"), QDate(1960, 1, 1)), QStringLiteral("C337"));
    }

    void hostileLinesAreSkipped()
    {
        const Places places =
            Places::fromTsv(QByteArrayLiteral("# a comment\n"
                                              "L219\t1889-08-12\t9999-12-31\tTorino\tTO\t\n"
                                              "ND\t1900-01-01\t9999-12-31\tSenza codice\tXX\t\n"
                                              "X12\t1900-01-01\t9999-12-31\tCorto\tXX\t\n"
                                              "A001\tieri\tdomani\tDate sbagliate\tPD\t\n"
                                              "A002\t1900-01-01\t9999-12-31\n"
                                              "A003\t1900-01-01\t9999-12-31\t\tPD\t\n"
                                              "\t\t\t\t\t\n"
                                              "\xff\xfe\x00garbage\n"));
        QCOMPARE(places.size(), 1);
        QCOMPARE(places.describe(QStringLiteral("L219")), QStringLiteral("Torino (TO)"));
    }
};

QTEST_MAIN(TestPlaces)
#include "tst_places.moc"
