// SPDX-License-Identifier: EUPL-1.2
// Argon2id password hashes (libsodium) and the password rules.
#include "security/passwords.h"

#include <QTest>
#include <sodium.h>

using namespace Sportello::Security;

class TestPasswords : public QObject {
    Q_OBJECT
private slots:
    void aHashVerifiesItsPasswordAndNoOther()
    {
        const QString password = QStringLiteral("Sportello è 2026!");
        const QByteArray stored = Passwords::hash(password);
        QVERIFY2(stored.startsWith("$argon2id$"), stored.constData());
        QVERIFY(!stored.contains(password.toUtf8()));
        QVERIFY(Passwords::verify(stored, password));
        QVERIFY(!Passwords::verify(stored, QStringLiteral("sportello è 2026!")));
        QVERIFY(!Passwords::verify(stored, password + QLatin1Char(' ')));
        QVERIFY(!Passwords::verify(stored, QString()));
        // A salt of its own each time.
        QVERIFY(Passwords::hash(password) != stored);
        QVERIFY(!Passwords::needsRehash(stored));
    }

    void brokenOrHostileStoredHashesVerifyNothing_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("plain text") << QByteArray("password12345");
        QTest::newRow("truncated") << Passwords::hash(QStringLiteral("password12345")).left(40);
        QTest::newRow("with NUL") << QByteArray("$argon2id$\0v=19", 15);
        QTest::newRow("oversized") << QByteArray(100'000, '$');
    }
    void brokenOrHostileStoredHashesVerifyNothing()
    {
        QFETCH(QByteArray, stored);
        QVERIFY(!Passwords::verify(stored, QStringLiteral("password12345")));
        QVERIFY(Passwords::needsRehash(stored));
    }

    void aHashMadeWithOtherLimitsStillVerifiesAndAsksForARehash()
    {
        QVERIFY(sodium_init() >= 0);
        const QByteArray password = "vecchia-password";
        char old[crypto_pwhash_STRBYTES];
        QCOMPARE(crypto_pwhash_str(old, password.constData(), quint64(password.size()),
                                   crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN),
                 0);
        QVERIFY(Passwords::verify(QByteArray(old), QString::fromUtf8(password)));
        QVERIFY(Passwords::needsRehash(QByteArray(old)));
    }

    void thePasswordRules_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("username");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("good") << QStringLiteral("correct horse") << QStringLiteral("mrossi") << true;
        QTest::newRow("exactly 10") << QStringLiteral("0123456789") << QStringLiteral("mrossi") << true;
        QTest::newRow("9 characters") << QStringLiteral("012345678") << QStringLiteral("mrossi") << false;
        QTest::newRow("empty") << QString() << QStringLiteral("mrossi") << false;
        QTest::newRow("only spaces") << QStringLiteral("            ") << QStringLiteral("mrossi") << false;
        QTest::newRow("the username")
            << QStringLiteral("mario.rossi") << QStringLiteral("mario.rossi") << false;
        QTest::newRow("the username, other case")
            << QStringLiteral("MARIO.ROSSI") << QStringLiteral("mario.rossi") << false;
        QTest::newRow("accents count as one") << QStringLiteral("àèìòùàèìòù") << QStringLiteral("x") << true;
    }
    void thePasswordRules()
    {
        QFETCH(QString, password);
        QFETCH(QString, username);
        QFETCH(bool, acceptable);
        QCOMPARE(Passwords::policyProblem(password, username).isEmpty(), acceptable);
    }
};

QTEST_GUILESS_MAIN(TestPasswords)
#include "tst_passwords.moc"
