// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QString>
#include <memory>

class QCoreApplication;
class QTranslator;

namespace Sportello {

// Installs Sportello's translation for `language` ("it", "en") in `app`, with Qt's own where the
// system has it. False when the language has no translation here (English, the source, needs none).
bool installSportelloTranslation(QCoreApplication &app, const QString &language);
// Sportello's translation for `language`, not installed: for the server, whose staff messages are
// Italian while everything else it writes stays English. Null when there is none.
std::unique_ptr<QTranslator> loadSportelloTranslation(const QString &language);

} // namespace Sportello
