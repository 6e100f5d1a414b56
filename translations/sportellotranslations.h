// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QString>

class QCoreApplication;

namespace Sportello {

// Installs Sportello's translation for `language` ("it", "en") in `app`, with Qt's own where the
// system has it. False when the language has no translation here (English, the source, needs none).
bool installSportelloTranslation(QCoreApplication &app, const QString &language, bool withQtBase = true);

} // namespace Sportello
