// SPDX-License-Identifier: EUPL-1.2
#include "domain/pagopa.h"

#include <QTest>

using namespace Sportello::Domain;

namespace {

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

class TestPagoPa : public QObject {
    Q_OBJECT

private slots:
    void noticeValid_data();
    void noticeValid();
    void noticeInvalid_data();
    void noticeInvalid();
    void creditorReference_data();
    void creditorReference();
    void iuv_data();
    void iuv();
    void qrValid_data();
    void qrValid();
    void qrInvalid_data();
    void qrInvalid();
    void qrFormat();
};

void TestPagoPa::noticeValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("aux");
    QTest::addColumn<QString>("applicationCode");
    QTest::addColumn<QString>("segregationCode");
    QTest::addColumn<QString>("iuv");
    QTest::addColumn<bool>("checkDigitsValid");
    QTest::addColumn<QString>("warningMentions"); // empty: no warning expected

    // Reference vectors (domain.md section 1.1).
    QTest::newRow("302000000000000184")
        << str("302000000000000184") << str("302000000000000184") << 3 << QString() << str("02")
        << str("02000000000000184") << true << QString();
    QTest::newRow("301000012345678976")
        << str("301000012345678976") << str("301000012345678976") << 3 << QString() << str("01")
        << str("01000012345678976") << true << QString();
    QTest::newRow("300000000000000003")
        << str("300000000000000003") << str("300000000000000003") << 3 << QString() << str("00")
        << str("00000000000000003") << true << QString();
    QTest::newRow("347123456789012389")
        << str("347123456789012389") << str("347123456789012389") << 3 << QString() << str("47")
        << str("47123456789012389") << true << QString();
    QTest::newRow("001000000000012370")
        << str("001000000000012370") << str("001000000000012370") << 0 << str("01") << QString()
        << str("000000000012370") << true << QString();
    QTest::newRow("200000098765432189")
        << str("200000098765432189") << str("200000098765432189") << 2 << QString() << QString()
        << str("00000098765432189") << true << QString();
    // Real-world numbers with wrong check digits: accepted, with a warning naming the right ones.
    QTest::newRow("311111111112222222 (SANP)")
        << str("311111111112222222") << str("311111111112222222") << 3 << QString() << str("11")
        << str("11111111112222222") << false << str("should be 47, not 22");
    QTest::newRow("344012345678901233 (io-ts)")
        << str("344012345678901233") << str("344012345678901233") << 3 << QString() << str("44")
        << str("44012345678901233") << false << str("should be 86, not 33");
    // domain.md says the right check digits are 15; the mod-93 rule it states gives 90
    // (3990000123456789 mod 93 = 90), and that is what a correct implementation must say.
    QTest::newRow("399000012345678900 (GovPay)")
        << str("399000012345678900") << str("399000012345678900") << 3 << QString() << str("99")
        << str("99000012345678900") << false << str("should be 90, not 00");

    // Aux 1 has no check digits: any 17 digits.
    QTest::newRow("aux 1") << str("112345678901234567") << str("112345678901234567") << 1 << QString()
                           << QString() << str("12345678901234567") << true << QString();
    QTest::newRow("QR spec example") << str("000000000000000000") << str("000000000000000000") << 0
                                     << str("00") << QString() << str("000000000000000") << true << QString();
    // The printed form.
    QTest::newRow("printed") << str("3020 0000 0000 0001 84") << str("302000000000000184") << 3 << QString()
                             << str("02") << str("02000000000000184") << true << QString();
    QTest::newRow("other grouping") << str("302 000 000 000 000 184") << str("302000000000000184") << 3
                                    << QString() << str("02") << str("02000000000000184") << true
                                    << QString();
}

void TestPagoPa::noticeValid()
{
    QFETCH(QString, text);
    QFETCH(QString, digits);
    QFETCH(int, aux);
    QFETCH(QString, applicationCode);
    QFETCH(QString, segregationCode);
    QFETCH(QString, iuv);
    QFETCH(bool, checkDigitsValid);
    QFETCH(QString, warningMentions);

    const auto parsed = PagoPa::parseNoticeNumber(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const NoticeNumber &notice = parsed.value();
    QCOMPARE(notice.digits, digits);
    QCOMPARE(notice.auxDigit, aux);
    QCOMPARE(notice.applicationCode, applicationCode);
    QCOMPARE(notice.segregationCode, segregationCode);
    QCOMPARE(notice.iuv, iuv);
    QCOMPARE(notice.checkDigitsValid, checkDigitsValid);
    if (warningMentions.isEmpty()) {
        QVERIFY(parsed.warnings().isEmpty());
    } else {
        QCOMPARE(parsed.warnings().size(), 1);
        QVERIFY2(parsed.warnings().constFirst().contains(warningMentions),
                 qPrintable(parsed.warnings().constFirst()));
    }

    // The printed form reads back as the same number.
    QCOMPARE(notice.formatted().size(), 22);
    const auto again = PagoPa::parseNoticeNumber(notice.formatted());
    QVERIFY(again.ok());
    QCOMPARE(again.value().digits, digits);
}

void TestPagoPa::noticeInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << QString() << qsizetype(-1) << str("empty");
    QTest::newRow("17 digits") << str("30200000000000018") << qsizetype(-1) << str("has 17 digits");
    QTest::newRow("19 digits") << str("3020000000000001840") << qsizetype(18) << str("has 19 digits");
    QTest::newRow("printed, 19 digits")
        << str("3020 0000 0000 0001 840") << qsizetype(22) << str("has 19 digits");
    QTest::newRow("aux 4") << str("402000000000000184") << qsizetype(0) << str("starts with 4");
    QTest::newRow("aux 9") << str("902000000000000184") << qsizetype(0) << str("0, 1, 2 or 3");
    QTest::newRow("letter") << str("30200000000000018A") << qsizetype(17) << str("Character 18 (A)");
    QTest::newRow("leading space") << str(" 302000000000000184") << qsizetype(0) << str("space");
    QTest::newRow("trailing space") << str("302000000000000184 ") << qsizetype(18) << str("space");
    QTest::newRow("double space") << str("3020  0000 0000 0001 84") << qsizetype(4)
                                  << str("Character 5 is a space");
    QTest::newRow("non-breaking space")
        << QStringLiteral("3020\u00A00000 0000 0001 84") << qsizetype(4) << str("U+00A0");
    QTest::newRow("dash") << str("3020-0000-0000-0001-84") << qsizetype(4) << str("(-)");
    QTest::newRow("embedded NUL") << (str("30200") + QChar(0) + str("0000000000184")) << qsizetype(5)
                                  << str("U+0000");
    QTest::newRow("1 MB of digits") << QString(1 << 20, QLatin1Char('3')) << qsizetype(18) << str("1048576");
}

void TestPagoPa::noticeInvalid()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, position);
    QFETCH(QString, mentions);

    const auto parsed = PagoPa::parseNoticeNumber(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(mentions), qPrintable(parsed.error()));
    QCOMPARE(parsed.errorPosition(), position);
}

void TestPagoPa::creditorReference_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("compact"); // empty when invalid
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("mentions");

    // Reference vectors (domain.md section 1.1).
    QTest::newRow("RF18539007547034")
        << str("RF18539007547034") << str("RF18539007547034") << qsizetype(-1) << QString();
    QTest::newRow("RF19539007547034")
        << str("RF19539007547034") << QString() << qsizetype(2) << str("should be 18, not 19");
    QTest::newRow("printed groups") << str("RF18 5390 0754 7034") << str("RF18539007547034") << qsizetype(-1)
                                    << QString();
    QTest::newRow("printed groups, wrong check")
        << str("RF19 5390 0754 7034") << QString() << qsizetype(2) << str("should be 18");
    QTest::newRow("letters in the body")
        << str("RF47ABC123") << str("RF47ABC123") << qsizetype(-1) << QString();
    QTest::newRow("shortest") << str("RF741") << str("RF741") << qsizetype(-1) << QString();

    QTest::newRow("empty") << QString() << QString() << qsizetype(-1) << str("empty");
    QTest::newRow("lower case") << str("rf18539007547034") << QString() << qsizetype(0) << str("lower case");
    QTest::newRow("not RF") << str("RG18539007547034") << QString() << qsizetype(1) << str("starts with RF");
    QTest::newRow("letter as check digit")
        << str("RF1A539007547034") << QString() << qsizetype(3) << str("check digits");
    QTest::newRow("too short") << str("RF18") << QString() << qsizetype(-1) << str("has 4 characters");
    QTest::newRow("too long") << str("RF18ABCDEFGHIJKLMNOPQRSTUV") << QString() << qsizetype(25)
                              << str("has 26 characters");
    QTest::newRow("leading space") << str(" RF18539007547034") << QString() << qsizetype(0) << str("space");
    QTest::newRow("trailing space") << str("RF18539007547034 ") << QString() << qsizetype(16) << str("space");
    QTest::newRow("double space") << str("RF18  5390") << QString() << qsizetype(4) << str("space");
    QTest::newRow("punctuation") << str("RF18-5390") << QString() << qsizetype(4) << str("(-)");
    QTest::newRow("non-ASCII") << QStringLiteral("RF18\u00C85390") << QString() << qsizetype(4)
                               << str("not allowed");
    QTest::newRow("1 MB") << (str("RF18") + QString(1 << 20, QLatin1Char('5'))) << QString() << qsizetype(25)
                          << str("1048580");
}

void TestPagoPa::creditorReference()
{
    QFETCH(QString, text);
    QFETCH(QString, compact);
    QFETCH(qsizetype, position);
    QFETCH(QString, mentions);

    const auto parsed = PagoPa::parseCreditorReference(text);
    QCOMPARE(parsed.ok(), !compact.isEmpty());
    QCOMPARE(parsed.errorPosition(), position);
    if (parsed)
        QCOMPARE(parsed.value(), compact);
    else
        QVERIFY2(parsed.error().contains(mentions), qPrintable(parsed.error()));
}

void TestPagoPa::iuv_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iuv"); // empty when invalid
    QTest::addColumn<qsizetype>("position");

    QTest::newRow("17 digits from a notice")
        << str("02000000000000184") << str("02000000000000184") << qsizetype(-1);
    QTest::newRow("15 digits from a notice")
        << str("000000000012370") << str("000000000012370") << qsizetype(-1);
    QTest::newRow("alphanumeric") << str("AB12cd34") << str("AB12cd34") << qsizetype(-1);
    QTest::newRow("35 characters") << QString(35, QLatin1Char('Z')) << QString(35, QLatin1Char('Z'))
                                   << qsizetype(-1);
    QTest::newRow("free code starting with RF") << str("RFABC") << str("RFABC") << qsizetype(-1);
    QTest::newRow("RF valid") << str("RF18539007547034") << str("RF18539007547034") << qsizetype(-1);
    QTest::newRow("RF valid, printed")
        << str("RF18 5390 0754 7034") << str("RF18539007547034") << qsizetype(-1);
    QTest::newRow("RF invalid") << str("RF19539007547034") << QString() << qsizetype(2);
    QTest::newRow("RF lower case") << str("rf18539007547034") << QString() << qsizetype(0);

    QTest::newRow("empty") << QString() << QString() << qsizetype(-1);
    QTest::newRow("36 characters") << QString(36, QLatin1Char('Z')) << QString() << qsizetype(35);
    QTest::newRow("space") << str("AB 12") << QString() << qsizetype(2);
    QTest::newRow("punctuation") << str("AB/12") << QString() << qsizetype(2);
    QTest::newRow("non-ASCII") << QStringLiteral("AB\u00C812") << QString() << qsizetype(2);
    QTest::newRow("embedded NUL") << (str("AB") + QChar(0) + str("12")) << QString() << qsizetype(2);
    QTest::newRow("1 MB") << QString(1 << 20, QLatin1Char('1')) << QString() << qsizetype(35);
}

void TestPagoPa::iuv()
{
    QFETCH(QString, text);
    QFETCH(QString, iuv);
    QFETCH(qsizetype, position);

    const auto parsed = PagoPa::parseIuv(text);
    QCOMPARE(parsed.ok(), !iuv.isEmpty());
    QCOMPARE(parsed.errorPosition(), position);
    if (parsed)
        QCOMPARE(parsed.value(), iuv);
    else
        QVERIFY(!parsed.error().isEmpty());
}

void TestPagoPa::qrValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("notice");
    QTest::addColumn<QString>("creditor");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QStringList>("warningMentions");

    // Reference vectors (domain.md section 1.3).
    QTest::newRow("22,21 €") << str("PAGOPA|002|302000000000000184|00743110157|2221")
                             << str("302000000000000184") << str("00743110157") << qint64(2221)
                             << QStringList();
    QTest::newRow("GovPay, wrong notice check digits")
        << str("PAGOPA|002|399000012345678900|83000390019|222250") << str("399000012345678900")
        << str("83000390019") << qint64(222250) << QStringList{str("should be 90")};
    QTest::newRow("spec example") << str("PAGOPA|002|000000000000000000|00000000000|9999")
                                  << str("000000000000000000") << str("00000000000") << qint64(9999)
                                  << QStringList();
    QTest::newRow("pagoPA test entity")
        << str("PAGOPA|002|302000000000000184|77777777777|1") << str("302000000000000184")
        << str("77777777777") << qint64(1) << QStringList{str("77777777777")};
    QTest::newRow("both warnings") << str("PAGOPA|002|311111111112222222|12345678901|100")
                                   << str("311111111112222222") << str("12345678901") << qint64(100)
                                   << QStringList{str("should be 47"), str("12345678901")};
    QTest::newRow("10-digit amount") << str("PAGOPA|002|302000000000000184|00743110157|9999999999")
                                     << str("302000000000000184") << str("00743110157") << qint64(9999999999)
                                     << QStringList();
    QTest::newRow("zero-padded amount")
        << str("PAGOPA|002|302000000000000184|00743110157|0000002221") << str("302000000000000184")
        << str("00743110157") << qint64(2221) << QStringList();
}

void TestPagoPa::qrValid()
{
    QFETCH(QString, text);
    QFETCH(QString, notice);
    QFETCH(QString, creditor);
    QFETCH(qint64, cents);
    QFETCH(QStringList, warningMentions);

    const auto parsed = PagoPa::parseQrPayload(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed.value().noticeNumber, notice);
    QCOMPARE(parsed.value().creditorFiscalCode, creditor);
    QCOMPARE(parsed.value().amountCents, cents);
    QCOMPARE(parsed.warnings().size(), warningMentions.size());
    for (qsizetype i = 0; i < warningMentions.size(); ++i)
        QVERIFY2(parsed.warnings().at(i).contains(warningMentions.at(i)),
                 qPrintable(parsed.warnings().at(i)));

    const auto again = PagoPa::parseQrPayload(PagoPa::formatQrPayload(parsed.value()));
    QVERIFY(again.ok());
    QCOMPARE(again.value().noticeNumber, notice);
    QCOMPARE(again.value().creditorFiscalCode, creditor);
    QCOMPARE(again.value().amountCents, cents);
}

void TestPagoPa::qrInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << QString() << qsizetype(-1) << str("empty");
    QTest::newRow("not pagoPA") << str("https://example.org") << qsizetype(0) << str("not a pagoPA QR code");
    QTest::newRow("lower case prefix")
        << str("pagopa|002|302000000000000184|00743110157|2221") << qsizetype(0) << str("PAGOPA|");
    QTest::newRow("truncated prefix") << str("PAGO") << qsizetype(-1) << str("PAGOPA|");
    QTest::newRow("version 001") << str("PAGOPA|001|302000000000000184|00743110157|2221") << qsizetype(7)
                                 << str("002");
    // Found by fuzzing: the error position pointed past the end of the text.
    QTest::newRow("prefix only") << str("PAGOPA|") << qsizetype(-1) << str("version 002");
    QTest::newRow("no fields") << str("PAGOPA|002") << qsizetype(-1) << str("incomplete");
    QTest::newRow("missing amount") << str("PAGOPA|002|302000000000000184|00743110157") << qsizetype(-1)
                                    << str("incomplete");
    QTest::newRow("extra field") << str("PAGOPA|002|302000000000000184|00743110157|2221|X") << qsizetype(46)
                                 << str("too many fields");
    QTest::newRow("trailing separator")
        << str("PAGOPA|002|302000000000000184|00743110157|2221|") << qsizetype(46) << str("too many fields");
    QTest::newRow("17-digit notice") << str("PAGOPA|002|30200000000000018|00743110157|2221") << qsizetype(11)
                                     << str("has 17 digits");
    QTest::newRow("printed notice") << str("PAGOPA|002|3020 0000 0000 0001 84|00743110157|2221")
                                    << qsizetype(15) << str("Character 16 (U+0020)");
    QTest::newRow("notice aux 5") << str("PAGOPA|002|502000000000000184|00743110157|2221") << qsizetype(11)
                                  << str("starts with 5");
    QTest::newRow("10-digit creditor")
        << str("PAGOPA|002|302000000000000184|0074311015|2221") << qsizetype(30) << str("has 10 digits");
    QTest::newRow("letter in creditor")
        << str("PAGOPA|002|302000000000000184|0074311015X|2221") << qsizetype(40) << str("Character 41 (X)");
    QTest::newRow("empty amount") << str("PAGOPA|002|302000000000000184|00743110157|") << qsizetype(-1)
                                  << str("has 0 digits");
    QTest::newRow("11-digit amount") << str("PAGOPA|002|302000000000000184|00743110157|12345678901")
                                     << qsizetype(42) << str("has 11 digits");
    QTest::newRow("decimal amount") << str("PAGOPA|002|302000000000000184|00743110157|22.21") << qsizetype(44)
                                    << str("Character 45 (.)");
    QTest::newRow("negative amount") << str("PAGOPA|002|302000000000000184|00743110157|-2221")
                                     << qsizetype(42) << str("(-)");
    QTest::newRow("trailing newline")
        << str("PAGOPA|002|302000000000000184|00743110157|2221\n") << qsizetype(46) << str("U+000A");
    QTest::newRow("leading space") << str(" PAGOPA|002|302000000000000184|00743110157|2221") << qsizetype(0)
                                   << str("PAGOPA|");
    QTest::newRow("embedded NUL") << (str("PAGOPA|002|3020000") + QChar(0) +
                                      str("00000000184|00743110157|2221"))
                                  << qsizetype(18) << str("U+0000");
    QTest::newRow("1 MB amount") << (str("PAGOPA|002|302000000000000184|00743110157|") +
                                     QString(1 << 20, QLatin1Char('1')))
                                 << qsizetype(42) << str("1048576");
    QTest::newRow("1 MB of separators") << (str("PAGOPA|002") + QString(1 << 20, QLatin1Char('|')))
                                        << qsizetype(13) << str("too many fields");
}

void TestPagoPa::qrInvalid()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, position);
    QFETCH(QString, mentions);

    const auto parsed = PagoPa::parseQrPayload(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(mentions), qPrintable(parsed.error()));
    QCOMPARE(parsed.errorPosition(), position);
}

void TestPagoPa::qrFormat()
{
    // Reference vector: 22,21 € on notice 302000000000000184 of the entity 00743110157; cents unpadded.
    QrPayload payload;
    payload.noticeNumber = str("302000000000000184");
    payload.creditorFiscalCode = str("00743110157");
    payload.amountCents = 2221;
    QCOMPARE(PagoPa::formatQrPayload(payload), str("PAGOPA|002|302000000000000184|00743110157|2221"));
    payload.amountCents = 5;
    QCOMPARE(PagoPa::formatQrPayload(payload), str("PAGOPA|002|302000000000000184|00743110157|5"));

    QCOMPARE(PagoPa::parseNoticeNumber(str("302000000000000184")).value().formatted(),
             str("3020 0000 0000 0001 84"));
}

QTEST_GUILESS_MAIN(TestPagoPa)
#include "tst_pagopa.moc"
