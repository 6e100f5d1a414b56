// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: what a clerk types in the place of birth (completion, typed text to a code),
// against the shipped lists; and the same bytes read as a list of places.
#include "domain/places.h"
#include "fuzzsupport.h"

#include <QRegularExpression>
#include <cstdint>

using namespace Sportello::Domain;
using Sportello::Fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    const Places &known = Places::known();
    const QDate birth(1950 + int(size % 70), 1 + int(size % 12), 1);

    for (const QDate &on : {QDate(), birth}) {
        const QList<Place> found = known.matching(text, on, 15);
        require(found.size() <= 15);
        for (const Place &place : found)
            require(known.find(place.code).has_value());
        const QString code = known.codeOf(text, on);
        static const QRegularExpression codePattern(QStringLiteral("^[A-Z][0-9]{3}$"));
        require(code.isEmpty() || codePattern.match(code).hasMatch());
    }

    const Places read = Places::fromTsv(bytes);
    require(read.size() <= bytes.count('\n') + 1);
    (void)read.matching(text.left(8));
    return 0;
}
