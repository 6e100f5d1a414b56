// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QString>

namespace Sportello::Domain {

// Control characters and invisible format characters (zero-width, bidirectional overrides) hide
// or disguise what a text says. `allowNewlines`: line feeds and tabs are part of a multi-line text.
bool hasInvisibleCharacters(const QString &text, bool allowNewlines = false);

} // namespace Sportello::Domain
