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

bool installSportelloTranslation(QCoreApplication &app, const QString &language, bool withQtBase)
{
    initTranslationResources();
    if (language == QLatin1String("en"))
        return false; // the source strings are English
    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/sportello_%1.qm").arg(language))) {
        delete own;
        return false;
    }
    app.installTranslator(own);
    if (withQtBase) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app.installTranslator(qt);
        else
            delete qt;
    }
    return true;
}

} // namespace Sportello
