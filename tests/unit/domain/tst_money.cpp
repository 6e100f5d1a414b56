// SPDX-License-Identifier: EUPL-1.2
#include "domain/money.h"

#include <QTest>
#include <limits>

using namespace Sportello::Domain;

namespace {

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QChar Nbsp(0x00A0);

} // namespace

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void roundTrip_data();
    void roundTrip();
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void ignoresSystemLocale();
};

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("withSymbol");
    QTest::addColumn<QString>("withoutSymbol");

    QTest::newRow("0") << qint64(0) << str("0,00 €") << str("0,00");
    QTest::newRow("1") << qint64(1) << str("0,01 €") << str("0,01");
    QTest::newRow("99") << qint64(99) << str("0,99 €") << str("0,99");
    QTest::newRow("100") << qint64(100) << str("1,00 €") << str("1,00");
    QTest::newRow("2221") << qint64(2221) << str("22,21 €") << str("22,21");
    QTest::newRow("99999") << qint64(99999) << str("999,99 €") << str("999,99");
    QTest::newRow("100000") << qint64(100000) << str("1.000,00 €") << str("1.000,00");
    QTest::newRow("123456") << qint64(123456) << str("1.234,56 €") << str("1.234,56");
    QTest::newRow("million") << qint64(100000000) << str("1.000.000,00 €") << str("1.000.000,00");
    QTest::newRow("max") << Money::MaxCents << str("999.999.999.999,99 €") << str("999.999.999.999,99");
    QTest::newRow("-5") << qint64(-5) << str("-0,05 €") << str("-0,05");
    QTest::newRow("-123456") << qint64(-123456) << str("-1.234,56 €") << str("-1.234,56");
    QTest::newRow("qint64 max") << std::numeric_limits<qint64>::max() << str("92.233.720.368.547.758,07 €")
                                << str("92.233.720.368.547.758,07");
    QTest::newRow("qint64 min") << std::numeric_limits<qint64>::min() << str("-92.233.720.368.547.758,08 €")
                                << str("-92.233.720.368.547.758,08");
}

void TestMoney::format()
{
    QFETCH(qint64, cents);
    QFETCH(QString, withSymbol);
    QFETCH(QString, withoutSymbol);
    QCOMPARE(Money::format(cents), withSymbol);
    QCOMPARE(Money::format(cents, true), withSymbol);
    QCOMPARE(Money::format(cents, false), withoutSymbol);
}

void TestMoney::roundTrip_data()
{
    QTest::addColumn<qint64>("cents");
    for (const qint64 cents : {qint64(0), qint64(1), qint64(5), qint64(10), qint64(99), qint64(100),
                               qint64(101), qint64(2221), qint64(99999), qint64(100000), qint64(123456),
                               qint64(100000000), qint64(123456789012), Money::MaxCents - 1, Money::MaxCents})
        QTest::newRow(qPrintable(QString::number(cents))) << cents;
}

void TestMoney::roundTrip()
{
    QFETCH(qint64, cents);
    for (const bool withSymbol : {true, false}) {
        const auto positive = Money::parse(Money::format(cents, withSymbol));
        QVERIFY2(positive.ok(), qPrintable(positive.error()));
        QCOMPARE(positive.value(), cents);

        const auto negative = Money::parse(Money::format(-cents, withSymbol), Money::Sign::AllowNegative);
        QVERIFY2(negative.ok(), qPrintable(negative.error()));
        QCOMPARE(negative.value(), -cents);
    }
}

void TestMoney::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("1.234,56") << str("1.234,56") << false << qint64(123456);
    QTest::newRow("1234,56") << str("1234,56") << false << qint64(123456);
    QTest::newRow("22,21 €") << str("22,21 €") << false << qint64(2221);
    QTest::newRow("€ 22,21") << str("€ 22,21") << false << qint64(2221);
    QTest::newRow("22,21€") << str("22,21€") << false << qint64(2221);
    QTest::newRow("€22,21") << str("€22,21") << false << qint64(2221);
    QTest::newRow("22") << str("22") << false << qint64(2200);
    QTest::newRow("22,2") << str("22,2") << false << qint64(2220);
    QTest::newRow("0,05") << str("0,05") << false << qint64(5);
    QTest::newRow("0") << str("0") << false << qint64(0);
    QTest::newRow("leading zeros") << str("007,50") << false << qint64(750);
    QTest::newRow("1.234") << str("1.234") << false << qint64(123400);
    QTest::newRow("1.234.567,89") << str("1.234.567,89") << false << qint64(123456789);
    QTest::newRow("nbsp before €") << (str("22,21") + Nbsp + str("€")) << false << qint64(2221);
    QTest::newRow("nbsp after €") << (str("€") + Nbsp + str("22,21")) << false << qint64(2221);
    QTest::newRow("narrow nbsp") << (str("22,21") + QChar(0x202F) + str("€")) << false << qint64(2221);
    QTest::newRow("surrounding spaces") << str("  22,21  ") << false << qint64(2221);
    QTest::newRow("maximum") << str("999.999.999.999,99") << false << Money::MaxCents;
    QTest::newRow("maximum, no dots") << str("999999999999,99 €") << false << Money::MaxCents;
    QTest::newRow("-5,00") << str("-5,00") << true << qint64(-500);
    QTest::newRow("-0,05 €") << str("-0,05 €") << true << qint64(-5);
    QTest::newRow("-€ 5") << str("-€ 5") << true << qint64(-500);
    QTest::newRow("€ -5") << str("€ -5") << true << qint64(-500);
    QTest::newRow("- 5") << str("- 5") << true << qint64(-500);
    QTest::newRow("U+2212 minus") << (QChar(0x2212) + str("1.234,56")) << true << qint64(-123456);
    QTest::newRow("-0") << str("-0") << true << qint64(0);
    QTest::newRow("negative maximum") << str("-999.999.999.999,99 €") << true << -Money::MaxCents;
    QTest::newRow("positive, negatives allowed") << str("1,50") << true << qint64(150);
}

void TestMoney::parseValid()
{
    QFETCH(QString, text);
    QFETCH(bool, allowNegative);
    QFETCH(qint64, cents);

    const auto parsed =
        Money::parse(text, allowNegative ? Money::Sign::AllowNegative : Money::Sign::NonNegative);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed.value(), cents);
    QCOMPARE(parsed.errorPosition(), -1);
    QVERIFY(parsed.warnings().isEmpty());
}

void TestMoney::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << QString() << false << qsizetype(-1) << str("empty");
    QTest::newRow("only spaces") << str("   ") << false << qsizetype(-1) << str("empty");
    QTest::newRow("only €") << str("€") << false << qsizetype(-1) << str("no digits");
    QTest::newRow("only minus") << str("-") << true << qsizetype(-1) << str("no digits");
    QTest::newRow("letters") << str("abc") << false << qsizetype(0) << str("Character 1 (a)");
    QTest::newRow("letter inside") << str("12a,50") << false << qsizetype(2) << str("Character 3 (a)");
    QTest::newRow("EUR") << str("22,21 EUR") << false << qsizetype(5) << str("space");
    QTest::newRow("12.50") << str("12.50") << false << qsizetype(2) << str("dot at character 3");
    QTest::newRow("1,234.56") << str("1,234.56") << false << qsizetype(5) << str("dot at character 6");
    QTest::newRow("1.2345") << str("1.2345") << false << qsizetype(1) << str("dot at character 2");
    QTest::newRow("1234.567") << str("1234.567") << false << qsizetype(4) << str("dot at character 5");
    QTest::newRow("1.23.456") << str("1.23.456") << false << qsizetype(1) << str("dot");
    QTest::newRow("0.123") << str("0.123") << false << qsizetype(1) << str("dot");
    QTest::newRow("1..234") << str("1..234") << false << qsizetype(1) << str("dot");
    QTest::newRow("trailing dot") << str("1.234.") << false << qsizetype(5) << str("dot");
    QTest::newRow("leading dot") << str(".50") << false << qsizetype(0) << str("dot");
    QTest::newRow("3 decimals") << str("1,234") << false << qsizetype(4) << str("at most 2 decimals");
    QTest::newRow("two commas") << str("1,23,4") << false << qsizetype(4) << str("only one decimal comma");
    QTest::newRow("no euros") << str(",50") << false << qsizetype(0) << str("before the comma");
    QTest::newRow("no decimals") << str("22,") << false << qsizetype(2) << str("after the comma");
    QTest::newRow("inner space") << str("1 234,56") << false << qsizetype(1) << str("Character 2 is a space");
    QTest::newRow("minus not allowed") << str("-5,00") << false << qsizetype(0) << str("negative");
    QTest::newRow("minus after €, not allowed") << str("€ -5") << false << qsizetype(2) << str("negative");
    QTest::newRow("two minus signs") << str("--5") << true << qsizetype(1) << str("Character 2 (-)");
    QTest::newRow("minus at the end") << str("5-") << true << qsizetype(1) << str("Character 2 (-)");
    QTest::newRow("plus sign") << str("+5") << false << qsizetype(0) << str("Character 1 (+)");
    QTest::newRow("two € signs") << str("€ 5 €") << false << qsizetype(3) << str("space");
    QTest::newRow("over the maximum")
        << str("1.000.000.000.000,00") << false << qsizetype(-1) << str("too large");
    QTest::newRow("just over the maximum")
        << str("1000000000000") << false << qsizetype(-1) << str("too large");
    QTest::newRow("beyond qint64") << str("99999999999999999999999") << false << qsizetype(-1)
                                   << str("too large");
    QTest::newRow("1 MB of digits") << QString(1 << 20, QLatin1Char('9')) << false << qsizetype(-1)
                                    << str("too large");
    QTest::newRow("1 MB of zeros and a letter")
        << (QString(1 << 20, QLatin1Char('0')) + str("x")) << false << qsizetype(1 << 20) << str("(x)");
    QTest::newRow("embedded NUL") << (str("12") + QChar(0) + str(",50")) << false << qsizetype(2)
                                  << str("U+0000");
    QTest::newRow("Arabic-Indic digit")
        << QStringLiteral("\u0661\u0662") << false << qsizetype(0) << str("Character 1");
    QTest::newRow("fullwidth digit") << QStringLiteral("1\uFF12") << false << qsizetype(1)
                                     << str("Character 2");
    QTest::newRow("dollar") << str("$5") << false << qsizetype(0) << str("($)");
}

void TestMoney::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(bool, allowNegative);
    QFETCH(qsizetype, position);
    QFETCH(QString, mentions);

    const auto parsed =
        Money::parse(text, allowNegative ? Money::Sign::AllowNegative : Money::Sign::NonNegative);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(mentions), qPrintable(parsed.error()));
    QCOMPARE(parsed.errorPosition(), position);
}

void TestMoney::ignoresSystemLocale()
{
    // An English or German default locale must not change how amounts are written or read.
    const QLocale saved;
    for (const QLocale::Language language : {QLocale::English, QLocale::German, QLocale::Italian}) {
        QLocale::setDefault(QLocale(language));
        QCOMPARE(Money::format(123456), str("1.234,56 €"));
        QCOMPARE(Money::parse(str("1.234,56")).value(), qint64(123456));
        QVERIFY(!Money::parse(str("1,234.56")).ok());
    }
    QLocale::setDefault(saved);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
