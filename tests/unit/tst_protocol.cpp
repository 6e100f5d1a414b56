// SPDX-License-Identifier: EUPL-1.2
// The sync protocol's parsers on numbers a hostile or broken peer may send: every one refused with
// a reason, none converted into something else.
#include "sync/protocol.h"

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

    void theLargestExactIntegerIsAccepted()
    {
        const auto parsed = parsePullResponse(R"({"changes":[],"next":9007199254740992,"more":false})");
        QVERIFY(std::holds_alternative<PullResponse>(parsed));
        QCOMPARE(std::get<PullResponse>(parsed).next, Q_INT64_C(9007199254740992));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
