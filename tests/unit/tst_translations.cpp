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

    // docs/ui-style.md's glossary: one name per thing. Its forbidden variants appear in no Italian
    // translation (as whole words, in any case), and one voice is used: no infinitive instructions.
    void theGlossaryIsKept()
    {
        QFile style(QStringLiteral(SPORTELLO_SOURCE_DIR "/docs/ui-style.md"));
        QVERIFY(style.open(QIODevice::ReadOnly));
        const QString guide = QString::fromUtf8(style.readAll());
        const qsizetype start = guide.indexOf(QStringLiteral("```forbidden\n"));
        QVERIFY(start >= 0);
        const qsizetype end = guide.indexOf(QStringLiteral("```"), start + 3);
        QList<std::pair<QString, QString>> forbidden;
        for (const QString &line : guide.mid(start + 13, end - start - 13).split(QLatin1Char('\n'))) {
            const QStringList parts = line.split(QStringLiteral(" -> "));
            if (parts.size() == 2)
                forbidden.append({parts.at(0).trimmed(), parts.at(1).trimmed()});
        }
        QVERIFY(forbidden.size() > 10);

        QFile ts(QStringLiteral(SPORTELLO_SOURCE_DIR "/translations/sportello_it.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        static const QRegularExpression translation(QStringLiteral("<translation>(.*?)</translation>"),
                                                    QRegularExpression::DotMatchesEverythingOption);
        QStringList translations;
        for (auto it = translation.globalMatch(text); it.hasNext();) {
            QString shown = it.next().captured(1);
            shown.replace(QStringLiteral("&amp;"), QStringLiteral("&")).remove(QLatin1Char('&'));
            shown.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
            translations << shown;
        }
        QVERIFY(translations.size() > 1000);
        QStringList found;
        for (const auto &[variant, preferred] : std::as_const(forbidden)) {
            const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(variant)),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::UseUnicodePropertiesOption);
            for (const QString &each : std::as_const(translations)) {
                if (word.match(each).hasMatch())
                    found << QStringLiteral("«%1» (say «%2»): %3").arg(variant, preferred, each);
            }
        }
        // The infinitive as an instruction ("Premere F2"): the voice is tu ("Premi F2").
        static const QRegularExpression infinitive(QStringLiteral(
            "(^|[.:;]\\s+)(Premere|Scegliere|Verificare|Controllare|Digitare|Inserire|"
            "Riprovare|Chiedere|Rivolgersi|Chiudere|Aprire|Selezionare|Indicare|Scrivere)\\b"));
        for (const QString &each : std::as_const(translations)) {
            if (infinitive.match(each).hasMatch())
                found << QStringLiteral("an infinitive instruction (use tu): %1").arg(each);
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
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
