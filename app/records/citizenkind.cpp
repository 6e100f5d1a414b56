// SPDX-License-Identifier: EUPL-1.2
#include "domain/citizen.h"
#include "domain/logcategories.h"
#include "domain/places.h"
#include "records/commonfields.h"
#include "storage/citizenrepository.h"
#include "sync/reasons.h"

namespace Sportello::Records {

RecordKind citizenKind()
{
    using Storage::CitizenRepository;
    RecordKind kind;
    kind.name = Sync::Entity::citizen;
    // The same rules as the repository: the server never stores what a PC could not.
    kind.check = [](const QJsonObject &payload) {
        const Domain::CitizenCheck check = Domain::checkCitizen(Domain::citizenFromJson(payload));
        return check.ok() ? QString() : check.errors.first().message;
    };
    kind.canonical = [](const QJsonObject &payload) {
        return Domain::toJson(Domain::citizenFromJson(payload));
    };
    kind.find = [](const Storage::Database &database, const QString &id) -> std::optional<LocalRecord> {
        const std::optional<Domain::Citizen> citizen = CitizenRepository(database, {}).find(id);
        if (!citizen)
            return std::nullopt;
        return LocalRecord{citizen->version, Domain::toJson(*citizen)};
    };
    kind.existing = [](const Storage::Database &database, const QStringList &ids) {
        return CitizenRepository(database, {}).existingIds(ids);
    };
    kind.apply = [](const Storage::Database &database, const QJsonObject &payload,
                    std::optional<int> storedVersion) {
        try {
            CitizenRepository(database, {})
                .applyRemote(Domain::citizenFromJson(payload), CitizenRepository::VersionRule::Replace,
                             storedVersion);
        } catch (const Storage::DuplicateCitizenError &duplicate) {
            // Registered here under another record: the pulled one stays visible to staff.
            qCWarning(lcSyncEngine) << "pulled citizen" << payload.value(QLatin1String("id")).toString()
                                    << "duplicates" << duplicate.existingId();
            return Sync::Reasons::Code::duplicateCodiceFiscale;
        }
        return QString();
    };
    kind.title = [] { return RecordWords::tr("Citizen"); };
    kind.fieldLabels = [] {
        return withCommonLabels({
            {QStringLiteral("codiceFiscale"), RecordWords::tr("codice fiscale")},
            {QStringLiteral("documentType"), RecordWords::tr("document type")},
            {QStringLiteral("documentNumber"), RecordWords::tr("document number")},
            {QStringLiteral("surname"), RecordWords::tr("surname")},
            {QStringLiteral("name"), RecordWords::tr("name")},
            {QStringLiteral("sex"), RecordWords::tr("sex")},
            {QStringLiteral("birthDate"), RecordWords::tr("birth date")},
            {QStringLiteral("birthPlaceCode"), RecordWords::tr("place of birth")},
            {QStringLiteral("phone"), RecordWords::tr("phone")},
            {QStringLiteral("email"), RecordWords::tr("e-mail")},
            {QStringLiteral("address"), RecordWords::tr("address")},
            {QStringLiteral("notes"), RecordWords::tr("notes")},
            {QStringLiteral("consentPrivacy"), RecordWords::tr("privacy consent")},
            {QStringLiteral("consentContact"), RecordWords::tr("consent to be contacted")},
            {QStringLiteral("consentDate"), RecordWords::tr("date of consent")},
        });
    };
    kind.describe = [](const QJsonObject &payload) {
        const Domain::Citizen citizen = Domain::citizenFromJson(payload);
        const QString document =
            citizen.codiceFiscale.isEmpty() ? citizen.documentNumber : citizen.codiceFiscale;
        return document.isEmpty() ? citizen.displayName()
                                  : RecordWords::tr("%1 (%2)").arg(citizen.displayName(), document);
    };
    kind.shownCode = [](const QString &field, const QJsonObject &payload) {
        if (field != QLatin1String("birthPlaceCode") || payload.value(field).toString().isEmpty())
            return QString();
        const QDate born =
            QDate::fromString(payload.value(QLatin1String("birthDate")).toString(), Qt::ISODate);
        return Domain::Places::known().describe(payload.value(field).toString(), born);
    };
    kind.viewPermission = Security::Permission::ViewCitizens;
    kind.example = [] {
        Domain::Citizen citizen;
        citizen.id = exampleId(1);
        citizen.version = 1;
        citizen.codiceFiscale = QStringLiteral("RSSMRA80A01H501U");
        citizen.surname = QStringLiteral("Rossi");
        citizen.name = QStringLiteral("Mario");
        citizen.sex = Domain::Sex::Male;
        citizen.birthDate = QDate(1980, 1, 1);
        citizen.birthPlaceCode = QStringLiteral("H501");
        citizen.phone = QStringLiteral("+39 06 1234567");
        citizen.email = QStringLiteral("mario.rossi@example.it");
        citizen.address = QStringLiteral("Via Roma 1, Roma");
        citizen.notes = QStringLiteral("Preferisce essere chiamato al mattino.");
        citizen.consentPrivacy = true;
        citizen.consentContact = true;
        citizen.consentDate = QDate(2026, 1, 15);
        citizen.createdAt = QDateTime(QDate(2026, 1, 15), QTime(9, 30), Qt::UTC);
        citizen.updatedAt = citizen.createdAt;
        return Domain::toJson(citizen);
    };
    return kind;
}

} // namespace Sportello::Records
