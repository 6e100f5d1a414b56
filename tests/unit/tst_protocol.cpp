// SPDX-License-Identifier: EUPL-1.2
// The sync protocol's parsers on numbers, identifiers and texts a hostile or broken peer may send:
// every one refused with a reason, none converted into something else.
#include "sync/protocol.h"

#include <QJsonArray>
#include <QTest>

using namespace Sportello::Sync::Protocol;

class TestProtocol : public QObject {
    Q_OBJECT
private slots:
    void integersOutsideTheirRangeAreRefused_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::newRow("beyond qint64") << QByteArray("-1666666666666666666666666666666666666666666666");
        QTest::newRow("huge positive") << QByteArray("1e300");
        QTest::newRow("beyond 2^53") << QByteArray("9007199254740993000");
        QTest::newRow("negative") << QByteArray("-1");
        QTest::newRow("fraction") << QByteArray("2.5");
        QTest::newRow("text") << QByteArray("\"7\"");
    }
    void integersOutsideTheirRangeAreRefused()
    {
        QFETCH(QByteArray, number);
        const QByteArray pull = R"({"changes":[],"next":)" + number + R"(,"more":false})";
        const auto parsedPull = parsePullResponse(pull);
        QVERIFY(std::holds_alternative<ParseError>(parsedPull));
        QCOMPARE(std::get<ParseError>(parsedPull).code, QStringLiteral("invalid_request"));
        QVERIFY(std::get<ParseError>(parsedPull).detail.contains(QLatin1String("next")));

        const QByteArray push =
            R"({"results":[{"operationId":"6f1c2f0e-3d1b-4c3a-9d55-1b2c3d4e5f60",)"
            R"("status":"rejected","error":"version_conflict","message":"m","messageEn":"m",)"
            R"("currentVersion":)" +
            number + "}]}";
        QVERIFY(std::holds_alternative<ParseError>(parsePushResponse(push)));
    }

    void identifiersHaveOneSpelling_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("canonical") << QStringLiteral("6f1c2f0e-3d1b-4c3a-9d55-1b2c3d4e5f60") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("nil") << QStringLiteral("00000000-0000-0000-0000-000000000000") << false;
        QTest::newRow("upper case") << QStringLiteral("6F1C2F0E-3D1B-4C3A-9D55-1B2C3D4E5F60") << false;
        QTest::newRow("braces") << QStringLiteral("{6f1c2f0e-3d1b-4c3a-9d55-1b2c3d4e5f60}") << false;
        QTest::newRow("no dashes") << QStringLiteral("6f1c2f0e3d1b4c3a9d551b2c3d4e5f60") << false;
        QTest::newRow("dash misplaced") << QStringLiteral("6f1c2f0e3-d1b-4c3a-9d55-1b2c3d4e5f60") << false;
        QTest::newRow("trailing NUL")
            << QStringLiteral("6f1c2f0e-3d1b-4c3a-9d55-1b2c3d4e5f6") + QChar(0) << false;
    }

    void identifiersHaveOneSpelling()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QCOMPARE(isCanonicalUuid(text), accepted);
    }

    void anEmptyOrNilOperationIdRefusesThePush()
    {
        for (const char *id : {"", "00000000-0000-0000-0000-000000000000"}) {
            const QByteArray body = "{\"entries\":[{\"operationId\":\"" + QByteArray(id) +
                                    "\",\"entity\":\"citizen\",\"recordId\":\"6f1c2f0e-3d1b-4c3a-9d55-"
                                    "1b2c3d4e5f60\",\"operation\":\"create\",\"payload\":{},"
                                    "\"createdAt\":\"2026-12-03T08:00:00.000Z\"}]}";
            const auto parsed = parsePushRequest(body);
            QVERIFY(std::holds_alternative<ParseError>(parsed));
            QVERIFY(std::get<ParseError>(parsed).detail.contains(QLatin1String("operationId")));
        }
    }

    void namesWithControlOrFormatCharactersAreSpotted()
    {
        QVERIFY(!hasControlCharacter(QStringLiteral("Sportello 1 – Anagrafe (piano terra)")));
        QVERIFY(hasControlCharacter(QStringLiteral("a") + QChar(0)));
        QVERIFY(hasControlCharacter(QStringLiteral("a\r\nb")));
        QVERIFY(hasControlCharacter(QStringLiteral("a") + QChar(0x2028)));
        QVERIFY(hasControlCharacter(QStringLiteral("a") + QChar(0x202E)));
        QVERIFY(hasControlCharacter(QStringLiteral("a") + QChar(0x85)));
    }

    void textOneDatabaseCannotStoreIsFoundAnywhereInAPayload()
    {
        QVERIFY(unstorableValue(QJsonObject{{QStringLiteral("notes"), QStringLiteral("riga\nriga – è 😀")}})
                    .isEmpty());
        const QString nul = QStringLiteral("a") + QChar(0);
        QVERIFY(!unstorableValue(QJsonObject{{QStringLiteral("x"), nul}}).isEmpty());
        QVERIFY(!unstorableValue(QJsonObject{{nul, 1}}).isEmpty());
        QVERIFY(!unstorableValue(QJsonObject{{QStringLiteral("x"),
                                              QJsonArray{1, QJsonObject{{QStringLiteral("y"), nul}}}}})
                     .isEmpty());
        QVERIFY(!unstorableValue(QJsonObject{{QStringLiteral("x"), QString(QChar(0xD800))}}).isEmpty());
        QVERIFY(
            !unstorableValue(QJsonObject{{QStringLiteral("x"), QString(QChar(0xDC00)) + QStringLiteral("a")}})
                 .isEmpty());
    }

    void theLargestExactIntegerIsAccepted()
    {
        const auto parsed = parsePullResponse(R"({"changes":[],"next":9007199254740992,"more":false})");
        QVERIFY(std::holds_alternative<PullResponse>(parsed));
        QCOMPARE(std::get<PullResponse>(parsed).next, Q_INT64_C(9007199254740992));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
