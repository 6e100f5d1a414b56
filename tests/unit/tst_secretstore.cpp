// SPDX-License-Identifier: EUPL-1.2
// The in-memory SecretStore the sync tests use: same contract as the keychain one.
#include "security/secretstore.h"

#include <QTest>

using Sportello::Security::InMemorySecretStore;
using Sportello::Security::SecretResult;

class TestSecretStore : public QObject {
    Q_OBJECT
private slots:
    void writeReadRemove()
    {
        InMemorySecretStore store;
        QCOMPARE(store.read(QStringLiteral("k")).status, SecretResult::Status::NotFound);
        QVERIFY(store.write(QStringLiteral("k"), "secret").ok());
        const SecretResult read = store.read(QStringLiteral("k"));
        QVERIFY(read.ok());
        QCOMPARE(read.value, QByteArray("secret"));
        QVERIFY(read.message.isEmpty());
        QVERIFY(store.write(QStringLiteral("k"), "other").ok());
        QCOMPARE(store.read(QStringLiteral("k")).value, QByteArray("other"));
        QVERIFY(store.remove(QStringLiteral("k")).ok());
        QVERIFY(store.remove(QStringLiteral("k")).ok()); // removing what is gone is not an error
        QCOMPARE(store.read(QStringLiteral("k")).status, SecretResult::Status::NotFound);
    }

    void unavailableIsAnErrorWithAMessageNeverAFallback()
    {
        InMemorySecretStore store;
        QVERIFY(store.write(QStringLiteral("k"), "secret").ok());
        store.setUnavailable(true);
        const SecretResult read = store.read(QStringLiteral("k"));
        QCOMPARE(read.status, SecretResult::Status::Unavailable);
        QVERIFY(read.value.isEmpty());
        QVERIFY(!read.message.isEmpty());
        QCOMPARE(store.write(QStringLiteral("k"), "x").status, SecretResult::Status::Unavailable);
        store.setUnavailable(false);
        QCOMPARE(store.read(QStringLiteral("k")).value, QByteArray("secret"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
