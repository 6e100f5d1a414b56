// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: CodiceFiscale::parsePersonal, parseNumeric, parseAnyForCitizen, normalizedInput.
#include "domain/codicefiscale.h"
#include "fuzzsupport.h"

#include <cstdint>
#include <cstdlib>

using namespace Sportello::Domain;
using Sportello::Fuzz::require;
using Sportello::Fuzz::requireConsistent;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDate today(2025, 6, 15); // fixed, so that a crash reproduces on any day

    const auto personal = CodiceFiscale::parsePersonal(text, today);
    requireConsistent(personal, text);
    const auto numeric = CodiceFiscale::parseNumeric(text);
    requireConsistent(numeric, text);
    const auto any = CodiceFiscale::parseAnyForCitizen(text, today);
    requireConsistent(any, text);
    require(!(personal.ok() && numeric.ok()));

    if (personal) {
        const PersonalFiscalCode &code = personal.value();
        require(code.code == text && code.canonical.size() == 16 && code.placeCode.size() == 4);
        require(code.birthDate.isValid() && code.birthDate <= today && code.sex != Sex::Unspecified);
        require(code.omocode == (code.canonical != code.code));
        // The canonical code is itself valid, means the same and is its own canonical form.
        const auto canonical = CodiceFiscale::parsePersonal(code.canonical, today);
        require(canonical.ok() && !canonical.value().omocode &&
                canonical.value().canonical == code.canonical);
        require(canonical.value().birthDate == code.birthDate && canonical.value().sex == code.sex &&
                canonical.value().placeCode == code.placeCode);
        require(any.ok() && any.value() == code.canonical);
    }
    if (numeric) {
        require(numeric.value() == text);
        require(any.ok() && any.value() == text);
    }
    if (any)
        require(personal.ok() || numeric.ok());

    // The UI's friendly step never makes a valid code invalid, and is idempotent.
    const QString normalized = CodiceFiscale::normalizedInput(text);
    require(CodiceFiscale::normalizedInput(normalized) == normalized);
    if (personal)
        require(normalized == text);
    requireConsistent(CodiceFiscale::parsePersonal(normalized, today), normalized);
    return 0;
}
