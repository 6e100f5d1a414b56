// SPDX-License-Identifier: EUPL-1.2
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

static void initTranslationResources()
{
    Q_INIT_RESOURCE(sportello_translations);
}

namespace Sportello::Ui {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    initTranslationResources();
    const QString chosen = !language.isEmpty()                        ? language
                           : QLocale().language() == QLocale::Italian ? QStringLiteral("it")
                                                                      : QStringLiteral("en");
    QLocale::setDefault(QLocale(chosen == QLatin1String("it") ? QLocale::Italian : QLocale::English,
                                chosen == QLatin1String("it") ? QLocale::Italy : QLocale::UnitedKingdom));
    if (chosen == QLatin1String("en"))
        return chosen; // the source strings are English
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/sportello_%1.qm").arg(chosen)))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(chosen), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    return chosen;
}

} // namespace Sportello::Ui
