// SPDX-License-Identifier: EUPL-1.2
// The retry schedule of the sync engine: doubling, capped, jitter only ever shortens the wait.
#include "sync/backoff.h"

#include <QTest>

using namespace std::chrono_literals;
using Sportello::Sync::BackoffPolicy;

class TestBackoff : public QObject {
    Q_OBJECT
private slots:
    void doublesUpToTheCap()
    {
        const BackoffPolicy policy{1000ms, 60000ms, 0.5};
        QCOMPARE(policy.delay(1, 0.0), 1000ms);
        QCOMPARE(policy.delay(2, 0.0), 2000ms);
        QCOMPARE(policy.delay(3, 0.0), 4000ms);
        QCOMPARE(policy.delay(6, 0.0), 32000ms);
        QCOMPARE(policy.delay(7, 0.0), 60000ms);
        QCOMPARE(policy.delay(1000, 0.0), 60000ms); // no overflow after days offline
    }

    void jitterStaysInItsBand()
    {
        const BackoffPolicy policy{1000ms, 60000ms, 0.5};
        QCOMPARE(policy.delay(3, 0.5), 3000ms);
        QCOMPARE(policy.delay(3, 0.999999), 2000ms);
        for (int failures = 1; failures < 20; ++failures) {
            for (const double draw : {0.0, 0.1, 0.37, 0.5, 0.8, 0.99}) {
                const auto full = policy.delay(failures, 0.0);
                const auto d = policy.delay(failures, draw);
                QVERIFY(d <= full);
                QVERIFY(d.count() >= full.count() / 2);
            }
        }
    }

    void oddInputsAreClamped()
    {
        const BackoffPolicy policy{100ms, 50ms, 2.0}; // maximum below initial, jitter over 1
        QCOMPARE(policy.delay(0, 0.0), 100ms);
        QCOMPARE(policy.delay(-5, -1.0), 100ms);
        QVERIFY(policy.delay(3, 0.99).count() >= 1); // never zero: a timer of 0 would spin
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
