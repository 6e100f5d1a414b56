// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: PagoPa::parseQrPayload, and format -> parse round trips.
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

    const auto parsed = PagoPa::parseQrPayload(text);
    requireConsistent(parsed, text);
    if (parsed) {
        const QrPayload &payload = parsed.value();
        require(payload.noticeNumber.size() == 18 && payload.creditorFiscalCode.size() == 11);
        require(payload.amountCents >= 0 && payload.amountCents <= Q_INT64_C(9999999999));

        const auto again = PagoPa::parseQrPayload(PagoPa::formatQrPayload(payload));
        require(again.ok());
        require(again.value().noticeNumber == payload.noticeNumber &&
                again.value().creditorFiscalCode == payload.creditorFiscalCode &&
                again.value().amountCents == payload.amountCents);
        require(again.warnings() == parsed.warnings());
    }
    return 0;
}
