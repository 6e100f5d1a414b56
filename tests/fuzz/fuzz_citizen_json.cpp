// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: the citizen's JSON form (change-log payloads, and the wire once sync lands):
// citizenFromJson and checkCitizen on any bytes, and toJson -> citizenFromJson -> toJson stable.
#include "domain/citizen.h"
#include "fuzzsupport.h"

#include <QJsonDocument>
#include <cstdint>

using namespace Sportello::Domain;
using Sportello::Fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    const Citizen citizen = citizenFromJson(document.object());
    const CitizenCheck check = checkCitizen(citizen, QDate(2026, 11, 22));
    require(check.ok() || !check.errors.constFirst().message.isEmpty());
    const QJsonObject once = toJson(citizen);
    require(toJson(citizenFromJson(once)) == once);
    require(changedFields(citizen, citizenFromJson(once)).isEmpty());
    return 0;
}
