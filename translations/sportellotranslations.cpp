// SPDX-License-Identifier: EUPL-1.2
#include "sportellotranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

static void initTranslationResources()
{
    Q_INIT_RESOURCE(sportello_translations);
}

namespace Sportello {

std::unique_ptr<QTranslator> loadSportelloTranslation(const QString &language)
{
    initTranslationResources();
    auto translator = std::make_unique<QTranslator>();
    if (language == QLatin1String("en") ||
        !translator->load(QStringLiteral(":/i18n/sportello_%1.qm").arg(language)))
        return nullptr; // the source strings are English
    return translator;
}

bool installSportelloTranslation(QCoreApplication &app, const QString &language)
{
    std::unique_ptr<QTranslator> own = loadSportelloTranslation(language);
    if (!own)
        return false;
    own->setParent(&app);
    app.installTranslator(own.release());
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace Sportello
