// SPDX-License-Identifier: EUPL-1.2
#include "domain/codicefiscale.h"

#include <QTest>

using namespace Sportello::Domain;

namespace {

// The parsers are tested at a fixed "today" so that the century window gives the reference's
// meanings (MRTMTT25D09F205Z is 1925) whatever the real date.
const QDate Today(2025, 1, 1);

QString str(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// Written again from the reference tables, independently of the code under test, so that tests can
// build codes with a correct check character around the property they exercise.
QChar checkChar(QStringView first15)
{
    static const int odd[26] = {1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                                20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        const char c = char(first15.at(i).unicode());
        const int index = (c >= '0' && c <= '9') ? c - '0' : c - 'A';
        sum += i % 2 == 0 ? odd[index] : index;
    }
    return QLatin1Char(char('A' + sum % 26));
}

QString withCheck(const char *first15)
{
    const QString code = str(first15);
    return code + checkChar(code);
}

// Omocodia positions (0-based) from the rightmost, as the Agenzia substitutes them.
const int OmocodiaOrder[7] = {14, 13, 12, 10, 9, 7, 6};

// The code with the digits at the chosen omocodia positions replaced by letters (bit i = OmocodiaOrder[i]).
QString omocode(const QString &code, int mask)
{
    static const char letters[] = "LMNPQRSTUV";
    QString result = code.left(15);
    for (int bit = 0; bit < 7; ++bit) {
        if (mask & (1 << bit)) {
            const int position = OmocodiaOrder[bit];
            result[position] = QLatin1Char(letters[result.at(position).unicode() - '0']);
        }
    }
    return result + checkChar(result);
}

} // namespace

class TestCodiceFiscale : public QObject {
    Q_OBJECT

private slots:
    void personalValid_data();
    void personalValid();
    void personalInvalid_data();
    void personalInvalid();
    void allOmocodesShareTheCanonicalCode();
    void century_data();
    void century();
    void normalizedInput_data();
    void normalizedInput();
    void numeric_data();
    void numeric();
    void anyForCitizen_data();
    void anyForCitizen();
};

void TestCodiceFiscale::personalValid_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<Sex>("sex");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QString>("placeCode");
    QTest::addColumn<bool>("omocode");

    // Reference vectors (domain.md section 2).
    QTest::newRow("Genova M (stdnum)") << str("RCCMNL83S18D969H") << str("RCCMNL83S18D969H") << Sex::Male
                                       << QDate(1983, 11, 18) << str("D969") << false;
    QTest::newRow("Genova F (stdnum)") << str("CNTCHR83T41D969D") << str("CNTCHR83T41D969D") << Sex::Female
                                       << QDate(1983, 12, 1) << str("D969") << false;
    QTest::newRow("Roma") << str("RSSMRA80A01H501U") << str("RSSMRA80A01H501U") << Sex::Male
                          << QDate(1980, 1, 1) << str("H501") << false;
    QTest::newRow("Milano 1925") << str("MRTMTT25D09F205Z") << str("MRTMTT25D09F205Z") << Sex::Male
                                 << QDate(1925, 4, 9) << str("F205") << false;
    QTest::newRow("San Giuliano Terme") << str("RSSMRA85T10A562S") << str("RSSMRA85T10A562S") << Sex::Male
                                        << QDate(1985, 12, 10) << str("A562") << false;
    QTest::newRow("1st omocode") << str("RSSMRA80A01H50MM") << str("RSSMRA80A01H501U") << Sex::Male
                                 << QDate(1980, 1, 1) << str("H501") << true;
    QTest::newRow("2nd omocode") << str("RSSMRA80A01H5LMX") << str("RSSMRA80A01H501U") << Sex::Male
                                 << QDate(1980, 1, 1) << str("H501") << true;
    QTest::newRow("3rd omocode") << str("RSSMRA80A01HRLMS") << str("RSSMRA80A01H501U") << Sex::Male
                                 << QDate(1980, 1, 1) << str("H501") << true;

    // Built with the helper.
    QTest::newRow("7th omocode") << omocode(str("RSSMRA80A01H501U"), 0x7f) << str("RSSMRA80A01H501U")
                                 << Sex::Male << QDate(1980, 1, 1) << str("H501") << true;
    QTest::newRow("woman born abroad") << withCheck("BNCLRA92E55Z404") << withCheck("BNCLRA92E55Z404")
                                       << Sex::Female << QDate(1992, 5, 15) << str("Z404") << false;
    QTest::newRow("woman, omocode day")
        << omocode(withCheck("BNCLRA92E55Z404"), 0x18) << withCheck("BNCLRA92E55Z404") << Sex::Female
        << QDate(1992, 5, 15) << str("Z404") << true;
    QTest::newRow("29 Feb, leap year") << withCheck("RSSMRA84B29H501") << withCheck("RSSMRA84B29H501")
                                       << Sex::Male << QDate(1984, 2, 29) << str("H501") << false;
    QTest::newRow("29 Feb 2000, woman") << withCheck("RSSMRA00B69H501") << withCheck("RSSMRA00B69H501")
                                        << Sex::Female << QDate(2000, 2, 29) << str("H501") << false;
    QTest::newRow("31 Dec, day 71") << withCheck("RSSMRA99T71H501") << withCheck("RSSMRA99T71H501")
                                    << Sex::Female << QDate(1999, 12, 31) << str("H501") << false;
    QTest::newRow("30 Apr") << withCheck("RSSMRA80D30H501") << withCheck("RSSMRA80D30H501") << Sex::Male
                            << QDate(1980, 4, 30) << str("H501") << false;
}

void TestCodiceFiscale::personalValid()
{
    QFETCH(QString, code);
    QFETCH(QString, canonical);
    QFETCH(Sex, sex);
    QFETCH(QDate, birthDate);
    QFETCH(QString, placeCode);
    QFETCH(bool, omocode);

    const auto parsed = CodiceFiscale::parsePersonal(code, Today);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QVERIFY(bool(parsed));
    QVERIFY(parsed.error().isEmpty());
    QCOMPARE(parsed.errorPosition(), -1);
    QVERIFY(parsed.warnings().isEmpty());
    const PersonalFiscalCode &value = parsed.value();
    QCOMPARE(value.code, code);
    QCOMPARE(value.canonical, canonical);
    QCOMPARE(value.sex, sex);
    QCOMPARE(value.birthDate, birthDate);
    QCOMPARE(value.placeCode, placeCode);
    QCOMPARE(value.omocode, omocode);

    // The canonical code is itself a valid code, with the same meaning and no omocodia.
    const auto again = CodiceFiscale::parsePersonal(value.canonical, Today);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again.value().canonical, canonical);
    QCOMPARE(again.value().birthDate, birthDate);
    QVERIFY(!again.value().omocode);
}

void TestCodiceFiscale::personalInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("mentions"); // a piece of the message the clerk needs

    // Reference vector: appears in public test code but its check character is W.
    QTest::newRow("RSSMRA50A01A110X")
        << str("RSSMRA50A01A110X") << qsizetype(15) << str("should be W, not X");
    QTest::newRow("wrong check character")
        << str("RSSMRA80A01H501A") << qsizetype(15) << str("should be U, not A");
    QTest::newRow("omocode, wrong check")
        << str("RSSMRA80A01H50MU") << qsizetype(15) << str("should be M, not U");

    QTest::newRow("empty") << QString() << qsizetype(-1) << str("empty");
    QTest::newRow("lower case") << str("rssmra80a01h501u") << qsizetype(0) << str("lower case");
    QTest::newRow("one lower-case letter")
        << str("RSSMRA80a01H501U") << qsizetype(8) << str("Character 9 (a)");
    QTest::newRow("leading space") << str(" RSSMRA80A01H501U") << qsizetype(0)
                                   << str("Character 1 is a space");
    QTest::newRow("trailing space") << str("RSSMRA80A01H501U ") << qsizetype(16)
                                    << str("Character 17 is a space");
    QTest::newRow("inner space") << str("RSSMRA80 A01H501U") << qsizetype(8) << str("Character 9 is a space");
    QTest::newRow("tab") << str("RSSMRA80A01H501U\t") << qsizetype(16) << str("space");
    QTest::newRow("non-ASCII") << QStringLiteral("RSSMRA80A01H501\u00C8") << qsizetype(15)
                               << QStringLiteral("Character 16 (\u00C8)");
    QTest::newRow("emoji") << QStringLiteral("RSSMRA80A01H501\U0001F600") << qsizetype(15)
                           << QStringLiteral("(\U0001F600)");
    QTest::newRow("embedded NUL") << (str("RSSMRA80A01") + QChar(0) + str("H501U")) << qsizetype(11)
                                  << str("Character 12 (U+0000)");
    QTest::newRow("too short") << str("RSSMRA80A01H501") << qsizetype(-1)
                               << str("The code has 15 characters");
    QTest::newRow("too long") << str("RSSMRA80A01H501UX") << qsizetype(16)
                              << str("The code has 17 characters");
    QTest::newRow("11 digits") << str("00743110157") << qsizetype(-1) << str("has 11 characters");
    QTest::newRow("1 MB of digits") << QString(1 << 20, QLatin1Char('7')) << qsizetype(16) << str("1048576");
    QTest::newRow("very long code") << str("RSSMRA80A01H501U").repeated(10000) << qsizetype(16)
                                    << str("160000");

    // Structure, each built with a correct check character so that only the named fault remains.
    QTest::newRow("digit in the surname")
        << withCheck("RSS1RA80A01H501") << qsizetype(3) << str("Character 4 (1)");
    QTest::newRow("letter in the year") << withCheck("RSSMRA8AA01H501") << qsizetype(7) << str("year");
    QTest::newRow("invalid month letter")
        << withCheck("RSSMRA80F01H501") << qsizetype(8) << str("Character 9 (F) is not a valid month letter");
    QTest::newRow("omocodia letter as month") << withCheck("RSSMRA80N01H501") << qsizetype(8) << str("month");
    QTest::newRow("letter in the day") << withCheck("RSSMRA80A0AH501") << qsizetype(10) << str("day");
    QTest::newRow("digit as place letter") << withCheck("RSSMRA80A011501") << qsizetype(11) << str("place");
    QTest::newRow("wrong letter in place") << withCheck("RSSMRA80A01HA01") << qsizetype(12) << str("place");
    QTest::newRow("digit as check character") << str("RSSMRA80A01H5019") << qsizetype(15) << str("check");

    // Impossible dates.
    QTest::newRow("31 April") << withCheck("RSSMRA80D31H501") << qsizetype(9)
                              << str("impossible: 31/04/1980");
    QTest::newRow("31 April, woman") << withCheck("RSSMRA80D71H501") << qsizetype(9)
                                     << str("impossible: 31/04/1980");
    QTest::newRow("31 April, omocode day")
        << withCheck("RSSMRA80DPMH501") << qsizetype(9) << str("impossible: 31/04/1980");
    QTest::newRow("31 Feb") << withCheck("RSSMRA80B31H501") << qsizetype(9) << str("impossible: 31/02/1980");
    QTest::newRow("30 Feb") << withCheck("RSSMRA80B30H501") << qsizetype(9) << str("impossible: 30/02/1980");
    QTest::newRow("29 Feb, not leap")
        << withCheck("RSSMRA81B29H501") << qsizetype(9) << str("impossible: 29/02/1981");
    QTest::newRow("day 00") << withCheck("RSSMRA80A00H501") << qsizetype(9) << str("day of birth");
    QTest::newRow("day 32") << withCheck("RSSMRA80A32H501") << qsizetype(9) << str("day of birth");
    QTest::newRow("day 40") << withCheck("RSSMRA80A40H501") << qsizetype(9) << str("day of birth");
    QTest::newRow("day 72") << withCheck("RSSMRA80A72H501") << qsizetype(9)
                            << str("(characters 10 and 11: 72)");
    QTest::newRow("day 99") << withCheck("RSSMRA80A99H501") << qsizetype(9) << str("day of birth");
}

void TestCodiceFiscale::personalInvalid()
{
    QFETCH(QString, input);
    QFETCH(qsizetype, position);
    QFETCH(QString, mentions);

    const auto parsed = CodiceFiscale::parsePersonal(input, Today);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(mentions), qPrintable(parsed.error()));
    QCOMPARE(parsed.errorPosition(), position);
    QVERIFY(parsed.warnings().isEmpty());
}

void TestCodiceFiscale::allOmocodesShareTheCanonicalCode()
{
    // Every combination of substitutions, not only the Agenzia's right-to-left ones: the format allows
    // them all, and a reader must not refuse a code the Agenzia has issued.
    const QString base = str("RSSMRA80A01H501U");
    QSet<QString> seen;
    for (int mask = 0; mask < 128; ++mask) {
        const QString code = omocode(base, mask);
        seen.insert(code);
        const auto parsed = CodiceFiscale::parsePersonal(code, Today);
        QVERIFY2(parsed.ok(), qPrintable(code + QLatin1Char(' ') + parsed.error()));
        QCOMPARE(parsed.value().canonical, base);
        QCOMPARE(parsed.value().omocode, mask != 0);
        QCOMPARE(parsed.value().birthDate, QDate(1980, 1, 1));
        QCOMPARE(parsed.value().placeCode, str("H501"));
    }
    QCOMPARE(seen.size(), 128);
}

void TestCodiceFiscale::century_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("birthDate");

    const QString milano = str("MRTMTT25D09F205Z"); // 09/04/xx25
    QTest::newRow("day before the birthday") << milano << QDate(2025, 4, 8) << QDate(1925, 4, 9);
    QTest::newRow("born today") << milano << QDate(2025, 4, 9) << QDate(2025, 4, 9);
    QTest::newRow("years later") << milano << QDate(2030, 1, 1) << QDate(2025, 4, 9);
    QTest::newRow("next century") << milano << QDate(2124, 12, 31) << QDate(2025, 4, 9);
    QTest::newRow("end of year") << milano << QDate(2024, 12, 31) << QDate(1925, 4, 9);
    QTest::newRow("29 Feb 2000") << withCheck("RSSMRA00B69H501") << QDate(2025, 1, 1) << QDate(2000, 2, 29);
    QTest::newRow("invalid today means now") << str("RSSMRA80A01H501U") << QDate() << QDate(1980, 1, 1);
}

void TestCodiceFiscale::century()
{
    QFETCH(QString, code);
    QFETCH(QDate, today);
    QFETCH(QDate, birthDate);

    const auto parsed = CodiceFiscale::parsePersonal(code, today);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed.value().birthDate, birthDate);
}

void TestCodiceFiscale::normalizedInput_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("already clean") << str("RSSMRA80A01H501U") << str("RSSMRA80A01H501U");
    QTest::newRow("lower case and spaces") << str("  rssmra 80a01 h501u ") << str("RSSMRA80A01H501U");
    QTest::newRow("tabs and newline") << str("\tRSSMRA80A01H501U\n") << str("RSSMRA80A01H501U");
    QTest::newRow("non-breaking space")
        << QStringLiteral("RSSMRA\u00A080A01H501U") << str("RSSMRA80A01H501U");
    QTest::newRow("zero-width space") << QStringLiteral("RSSMRA\u200B80A01H501U") << str("RSSMRA80A01H501U");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << str("   ") << QString();
    QTest::newRow("accented stays accented") << QStringLiteral("rss\u00E8") << QStringLiteral("RSS\u00C8");
}

void TestCodiceFiscale::normalizedInput()
{
    QFETCH(QString, typed);
    QFETCH(QString, normalized);
    QCOMPARE(CodiceFiscale::normalizedInput(typed), normalized);
}

void TestCodiceFiscale::numeric_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("mentions");

    // Reference vectors (domain.md section 1.2).
    for (const char *code :
         {"00743110157", "01199250158", "02438750586", "80016350821", "83000390019", "00311260095"})
        QTest::newRow(code) << str(code) << true << qsizetype(-1) << QString();
    QTest::newRow("00743110158") << str("00743110158") << false << qsizetype(10) << str("should be 7, not 8");
    for (const char *code : {"97123456789", "77777777777", "12345678901"})
        QTest::newRow(code) << str(code) << false << qsizetype(10) << str("check digit");

    QTest::newRow("empty") << QString() << false << qsizetype(-1) << str("empty");
    QTest::newRow("10 digits") << str("0074311015") << false << qsizetype(-1) << str("has 10 digits");
    QTest::newRow("12 digits") << str("007431101570") << false << qsizetype(11) << str("has 12 digits");
    QTest::newRow("letter") << str("0074311015A") << false << qsizetype(10) << str("Character 11 (A)");
    QTest::newRow("leading space") << str(" 00743110157") << false << qsizetype(0) << str("space");
    QTest::newRow("trailing space") << str("00743110157 ") << false << qsizetype(11) << str("space");
    QTest::newRow("inner space") << str("007 43110157") << false << qsizetype(3) << str("space");
    QTest::newRow("Arabic-Indic digit")
        << QStringLiteral("0074311015\u0667") << false << qsizetype(10) << str("not a digit");
    QTest::newRow("embedded NUL") << (str("00743") + QChar(0) + str("110157")) << false << qsizetype(5)
                                  << str("U+0000");
    QTest::newRow("1 MB of digits") << QString(1 << 20, QLatin1Char('1')) << false << qsizetype(11)
                                    << str("1048576");
}

void TestCodiceFiscale::numeric()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(qsizetype, position);
    QFETCH(QString, mentions);

    const auto parsed = CodiceFiscale::parseNumeric(input);
    QCOMPARE(parsed.ok(), valid);
    QCOMPARE(parsed.errorPosition(), position);
    if (valid) {
        QCOMPARE(parsed.value(), input);
        QVERIFY(parsed.error().isEmpty());
    } else {
        QVERIFY2(parsed.error().contains(mentions), qPrintable(parsed.error()));
    }
}

void TestCodiceFiscale::anyForCitizen_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical"); // empty when invalid
    QTest::addColumn<qsizetype>("position");

    QTest::newRow("personal") << str("RSSMRA80A01H501U") << str("RSSMRA80A01H501U") << qsizetype(-1);
    QTest::newRow("omocode") << str("RSSMRA80A01HRLMS") << str("RSSMRA80A01H501U") << qsizetype(-1);
    QTest::newRow("provisional") << str("00743110157") << str("00743110157") << qsizetype(-1);
    QTest::newRow("provisional, bad check") << str("00743110158") << QString() << qsizetype(10);
    QTest::newRow("personal, bad check") << str("RSSMRA50A01A110X") << QString() << qsizetype(15);
    QTest::newRow("empty") << QString() << QString() << qsizetype(-1);
    QTest::newRow("lower case") << str("rssmra80a01h501u") << QString() << qsizetype(0);
    QTest::newRow("digits then letters") << str("0074311015X") << QString() << qsizetype(10);
    QTest::newRow("16 digits") << str("0074311015700743") << QString() << qsizetype(11);
}

void TestCodiceFiscale::anyForCitizen()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(qsizetype, position);

    const auto parsed = CodiceFiscale::parseAnyForCitizen(input, Today);
    QCOMPARE(parsed.ok(), !canonical.isEmpty());
    QCOMPARE(parsed.errorPosition(), position);
    if (parsed)
        QCOMPARE(parsed.value(), canonical);
    else
        QVERIFY(!parsed.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestCodiceFiscale)
#include "tst_codicefiscale.moc"
