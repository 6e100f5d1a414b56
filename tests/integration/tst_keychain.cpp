// SPDX-License-Identifier: EUPL-1.2
// The device token of the sync issue will live in the OS keychain through QtKeychain. This test
// proves the test environment gives it a real one: a secret written through QtKeychain is stored
// by gnome-keyring (seen with secret-tool, a separate Secret Service client), read back, and
// deleted, with the insecure plaintext fallback off.
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <qt6keychain/keychain.h>

namespace {
const QString service = QStringLiteral("it.comune.sportello.test");
const QString key = QStringLiteral("device-token");

QKeychain::Error run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (!finished.wait(20000))
        qFatal("keychain job did not finish");
    return job.error();
}

QString secretToolLookup()
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                service}); // QtKeychain stores the service as "server"
    tool.waitForFinished(20000);
    return QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
}
} // namespace

class TestKeychain : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run the tests with packaging/run-tests.sh (make test)");
    }

    void writeReadDeleteThroughTheSecretService()
    {
        const QByteArray token = QByteArrayLiteral("sptk_3f9a0c1e-not-a-real-token");
        QKeychain::WritePasswordJob write(service);
        write.setKey(key);
        write.setBinaryData(token);
        QCOMPARE(run(write), QKeychain::NoError);

        QVERIFY2(secretToolLookup().contains(key), qPrintable(secretToolLookup()));

        QKeychain::ReadPasswordJob read(service);
        read.setKey(key);
        QCOMPARE(run(read), QKeychain::NoError);
        QCOMPARE(read.binaryData(), token);

        QKeychain::DeletePasswordJob remove(service);
        remove.setKey(key);
        QCOMPARE(run(remove), QKeychain::NoError);

        QKeychain::ReadPasswordJob gone(service);
        gone.setKey(key);
        QCOMPARE(run(gone), QKeychain::EntryNotFound);
        QVERIFY(!secretToolLookup().contains(key));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
