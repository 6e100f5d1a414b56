// SPDX-License-Identifier: EUPL-1.2
// The administration commands of sportello-server, as an administrator types them.
#include "serverprocess.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>

using ServerTest::admin;

class TestServerAdmin : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void tenantWithBadCodiceFiscaleIsRefusedWithAClearMessage()
    {
        const auto r = admin(db(), {QStringLiteral("tenant-add"), QStringLiteral("Comune di Prova"),
                                    QStringLiteral("02438750581")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QLatin1String("Codice fiscale of the comune refused")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("check digit")), qPrintable(r.err));
        // Too short, letters: refused too.
        QCOMPARE(
            admin(db(), {QStringLiteral("tenant-add"), QStringLiteral("X"), QStringLiteral("ABC")}).exitCode,
            2);
    }

    void tenantBranchAndEnrolmentCode()
    {
        const auto tenant = admin(db(), {QStringLiteral("tenant-add"), QStringLiteral("Comune di Roma"),
                                         QStringLiteral("02438750586")});
        QCOMPARE(tenant.exitCode, 0);
        QVERIFY(!QUuid::fromString(tenant.out).isNull());

        const auto again = admin(
            db(), {QStringLiteral("tenant-add"), QStringLiteral("Roma bis"), QStringLiteral("02438750586")});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QLatin1String("already exists")), qPrintable(again.err));

        const auto badCode = admin(db(), {QStringLiteral("branch-add"), tenant.out, QStringLiteral("Sede"),
                                          QStringLiteral("sede 1")});
        QCOMPARE(badCode.exitCode, 2);
        QVERIFY2(badCode.err.contains(QLatin1String("2 to 8 capital letters")), qPrintable(badCode.err));

        const auto noTenant =
            admin(db(), {QStringLiteral("branch-add"), QUuid::createUuid().toString(QUuid::WithoutBraces),
                         QStringLiteral("Sede"), QStringLiteral("SEDE1")});
        QCOMPARE(noTenant.exitCode, 2);
        QVERIFY(noTenant.err.contains(QLatin1String("No comune")));

        const auto branch = admin(db(), {QStringLiteral("branch-add"), tenant.out, QStringLiteral("Sede"),
                                         QStringLiteral("SEDE1")});
        QCOMPARE(branch.exitCode, 0);
        const auto twice = admin(db(), {QStringLiteral("branch-add"), tenant.out, QStringLiteral("Altra"),
                                        QStringLiteral("SEDE1")});
        QCOMPARE(twice.exitCode, 2);

        const auto code = admin(db(), {QStringLiteral("enrol-code"), branch.out,
                                       QStringLiteral("--valid-minutes"), QStringLiteral("30")});
        QCOMPARE(code.exitCode, 0);
        static const QRegularExpression shape(QStringLiteral("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$"));
        QVERIFY2(shape.match(code.out).hasMatch(), qPrintable(code.out));
        QVERIFY(code.err.contains(QLatin1String("valid until")));

        const auto zero = admin(db(), {QStringLiteral("enrol-code"), branch.out,
                                       QStringLiteral("--valid-minutes"), QStringLiteral("0")});
        QCOMPARE(zero.exitCode, 2);

        const auto devices = admin(db(), {QStringLiteral("devices"), tenant.out});
        QCOMPARE(devices.exitCode, 0);
        QVERIFY(devices.out.isEmpty());

        const auto revoke = admin(
            db(), {QStringLiteral("device-revoke"), QUuid::createUuid().toString(QUuid::WithoutBraces)});
        QCOMPARE(revoke.exitCode, 2);
        QVERIFY(revoke.err.contains(QLatin1String("No device")));
    }

    void unknownCommandAndMissingArguments()
    {
        QCOMPARE(admin(db(), {QStringLiteral("tenant-remove")}).exitCode, 2);
        const auto usage = admin(db(), {QStringLiteral("tenant-add"), QStringLiteral("Solo nome")});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains(QLatin1String("usage:")));
    }

private:
    QString db() const { return m_dir.filePath(QStringLiteral("server.db")); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestServerAdmin)
#include "tst_serveradmin.moc"
