// SPDX-License-Identifier: EUPL-1.2
#include "translations.h"

#include "sportellotranslations.h"

#include <QCoreApplication>
#include <QLocale>

namespace Sportello::Ui {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QString chosen = !language.isEmpty()                        ? language
                           : QLocale().language() == QLocale::Italian ? QStringLiteral("it")
                                                                      : QStringLiteral("en");
    QLocale::setDefault(QLocale(chosen == QLatin1String("it") ? QLocale::Italian : QLocale::English,
                                chosen == QLatin1String("it") ? QLocale::Italy : QLocale::UnitedKingdom));
    installSportelloTranslation(app, chosen);
    return chosen;
}

} // namespace Sportello::Ui
