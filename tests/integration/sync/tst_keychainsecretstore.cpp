// SPDX-License-Identifier: EUPL-1.2
// KeychainSecretStore against the real Secret Service (gnome-keyring in the private D-Bus session
// of packaging/run-tests.sh): what it writes is in the keyring, seen by secret-tool, read back and
// removed; a missing key is reported as such, not as an empty secret.
#include "security/secretstore.h"

#include <QProcess>
#include <QTest>

using Sportello::Security::KeychainSecretStore;
using Sportello::Security::SecretResult;

namespace {
const QString service = QStringLiteral("it.comune.sportello.test-secretstore");

QString secretToolSearch()
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service});
    tool.waitForFinished(20000);
    return QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
}
} // namespace

class TestKeychainSecretStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run the tests with packaging/run-tests.sh (make test)");
    }

    void writeReadRemove()
    {
        KeychainSecretStore store(service);
        const QString key = QStringLiteral("device-token");
        const QByteArray token = QByteArrayLiteral("iSXx36HqMzW2s_M8C4GRHYfk8iVNzwARwiAOgPIVWUA");
        const SecretResult written = store.write(key, token);
        QVERIFY2(written.ok(), qPrintable(written.message));
        QVERIFY2(secretToolSearch().contains(key), qPrintable(secretToolSearch()));

        const SecretResult read = store.read(key);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.value, token);

        QVERIFY(store.remove(key).ok());
        QCOMPARE(store.read(key).status, SecretResult::Status::NotFound);
        QVERIFY(store.remove(key).ok()); // removing what is gone is not an error
        QVERIFY(!secretToolSearch().contains(key));
    }

    void overwriteKeepsOnlyTheNewSecret()
    {
        KeychainSecretStore store(service);
        const QString key = QStringLiteral("rotated");
        QVERIFY(store.write(key, "first").ok());
        QVERIFY(store.write(key, "second").ok());
        QCOMPARE(store.read(key).value, QByteArray("second"));
        QVERIFY(store.remove(key).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
