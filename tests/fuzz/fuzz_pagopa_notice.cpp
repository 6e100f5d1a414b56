// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: PagoPa::parseNoticeNumber, parseCreditorReference, parseIuv.
#include "domain/pagopa.h"
#include "fuzzsupport.h"

#include <cstdint>
#include <cstdlib>

using namespace Sportello::Domain;
using Sportello::Fuzz::require;
using Sportello::Fuzz::requireConsistent;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto notice = PagoPa::parseNoticeNumber(text);
    requireConsistent(notice, text);
    if (notice) {
        const NoticeNumber &value = notice.value();
        require(value.digits.size() == 18 && value.auxDigit >= 0 && value.auxDigit <= 3);
        require(value.checkDigitsValid == notice.warnings().isEmpty());
        require(value.iuv.size() == (value.auxDigit == 0 ? 15 : 17) && value.digits.endsWith(value.iuv));
        // The printed form reads back as the same notice.
        const auto printed = PagoPa::parseNoticeNumber(value.formatted());
        require(printed.ok() && printed.value().digits == value.digits && printed.value().iuv == value.iuv &&
                printed.value().checkDigitsValid == value.checkDigitsValid);
    }

    const auto reference = PagoPa::parseCreditorReference(text);
    requireConsistent(reference, text);
    if (reference) {
        const QString &compact = reference.value();
        require(compact.size() >= 5 && compact.size() <= 25 && compact.startsWith(QLatin1String("RF")));
        const auto again = PagoPa::parseCreditorReference(compact);
        require(again.ok() && again.value() == compact);
    }

    const auto iuv = PagoPa::parseIuv(text);
    requireConsistent(iuv, text);
    if (iuv) {
        require(!iuv.value().isEmpty() && iuv.value().size() <= 35);
        const auto again = PagoPa::parseIuv(iuv.value());
        require(again.ok() && again.value() == iuv.value());
    }
    return 0;
}
