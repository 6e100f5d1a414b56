// SPDX-License-Identifier: EUPL-1.2
#include "domain/codicefiscale.h"
#include "domain/money.h"
#include "translations.h"

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Sportello;

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void everyStringHasAnItalianTranslation()
    {
        QFile ts(QStringLiteral(SPORTELLO_SOURCE_DIR "/translations/sportello_it.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray text = ts.readAll();
        QVERIFY(text.count("<message") > 100);
        QCOMPARE(text.count("type=\"unfinished\""), 0);
        QCOMPARE(text.count("type=\"vanished\""), 0);
        QCOMPARE(text.count("type=\"obsolete\""), 0);
    }

    // The committed .ts must hold every string of the sources: lupdate into a copy finds none new.
    void noStringIsMissingFromTheTranslation()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("sportello_it.ts"));
        QVERIFY(QFile::copy(QStringLiteral(SPORTELLO_SOURCE_DIR "/translations/sportello_it.ts"), copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(SPORTELLO_SOURCE_DIR));
        lupdate.start(QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate"),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("server"),
                       QStringLiteral("translations"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QFile ts(copy);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QCOMPARE(ts.readAll().count("type=\"unfinished\""), 0);
    }

    // Before any Italian translator is installed: the choice itself.
    void systemLocaleDecidesUnlessTheSettingOverrides()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(Ui::installTranslations(*qApp, QString()), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("Sportello::Ui::ActionRegistry", "&Quit"),
                 QStringLiteral("&Quit"));
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Switzerland));
        QCOMPARE(Ui::installTranslations(*qApp, QStringLiteral("en")),
                 QStringLiteral("en")); // the setting wins
        QCOMPARE(QCoreApplication::translate("Sportello::Ui::ActionRegistry", "&Quit"),
                 QStringLiteral("&Quit"));
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Switzerland)); // the override set English
        QCOMPARE(Ui::installTranslations(*qApp, QString()), QStringLiteral("it"));
        QCOMPARE(QLocale().language(), QLocale::Italian); // dates and numbers follow
        QCOMPARE(QCoreApplication::translate("Sportello::Ui::ActionRegistry", "&Quit"),
                 QStringLiteral("&Esci"));
    }

    void clerkFacingErrorsSpeakItalian()
    {
        QCOMPARE(Ui::installTranslations(*qApp, QStringLiteral("it")), QStringLiteral("it"));
        const auto wrongCheck = Domain::CodiceFiscale::parsePersonal(QStringLiteral("RSSMRA80A01H501X"));
        QVERIFY(!wrongCheck);
        // which character, in Italian
        QVERIFY2(wrongCheck.error().contains(QStringLiteral("carattere di controllo")),
                 qPrintable(wrongCheck.error()));
        QVERIFY(wrongCheck.error().contains(QLatin1Char('U')));
        const auto money = Domain::Money::parse(QStringLiteral("12.50"));
        QVERIFY(!money);
        QVERIFY2(money.error().contains(QStringLiteral("ambigu")), qPrintable(money.error()));
        QCOMPARE(QCoreApplication::translate("Sportello::Ui::ActionRegistry", "&Quit"),
                 QStringLiteral("&Esci"));
        // Qt's own buttons too
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annulla"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
