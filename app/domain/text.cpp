// SPDX-License-Identifier: EUPL-1.2
#include "domain/text.h"

namespace Sportello::Domain {

bool hasInvisibleCharacters(const QString &text, bool allowNewlines)
{
    for (const QChar c : text) {
        const bool allowed = allowNewlines && (c == u'\n' || c == u'\t');
        if ((c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) && !allowed)
            return true;
    }
    return false;
}

} // namespace Sportello::Domain
