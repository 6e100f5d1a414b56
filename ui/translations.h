// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QString>

class QCoreApplication;

namespace Sportello::Ui {

// Installs Sportello's and Qt's own translations. `language` is "it", "en" or empty for the
// system locale: Italian when the system speaks Italian, English otherwise (the source language).
// Returns the language in use.
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace Sportello::Ui
