// SPDX-License-Identifier: EUPL-1.2
#include "config/appsettings.h"

#include <QTemporaryDir>
#include <QTest>

using Sportello::Config::AppSettings;

class TestAppSettings : public QObject {
    Q_OBJECT
private slots:
    void newFileIsAtCurrentVersionWithStableDeviceId()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        QString id;
        {
            AppSettings settings(path);
            QCOMPARE(settings.version(), AppSettings::currentVersion);
            QVERIFY(settings.deviceName().isEmpty());
            id = settings.deviceId();
            QVERIFY(!id.isEmpty());
            settings.setDeviceName(QStringLiteral("  Sportello   1 "));
        }
        AppSettings again(path);
        QCOMPARE(again.deviceId(), id);
        QCOMPARE(again.deviceName(), QStringLiteral("Sportello 1"));
    }

    void languageAcceptsOnlyKnownValues()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(settings.language(), QString());
        settings.setLanguage(QStringLiteral("it"));
        QCOMPARE(settings.language(), QStringLiteral("it"));
        settings.setLanguage(QStringLiteral("../../etc"));
        QCOMPARE(settings.language(), QString());
    }

    void unversionedFileIsMigratedKeepingValues()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.ini"));
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("device/name"), QStringLiteral("Anagrafe 2"));
        }
        AppSettings settings(path);
        QCOMPARE(settings.version(), AppSettings::currentVersion);
        QCOMPARE(settings.deviceName(), QStringLiteral("Anagrafe 2"));
    }

    void corruptDeviceIdIsReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("device/id"), QStringLiteral("not-a-uuid"));
        }
        AppSettings settings(path);
        QVERIFY(!QUuid::fromString(settings.deviceId()).isNull());
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
