// SPDX-License-Identifier: EUPL-1.2
#include "domain/citizen.h"

#include "domain/text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Sportello::Domain {
namespace {
constexpr int maxNameLength = 100;
constexpr int maxTextLength = 2000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Sportello::Domain", text);
}

QString dateText(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

void checkCodiceFiscale(const Citizen &citizen, QDate today, CitizenCheck &check)
{
    const auto parsed = CodiceFiscale::parseAnyForCitizen(citizen.codiceFiscale, today);
    if (!parsed) {
        check.errors << CitizenIssue{CitizenIssue::Field::CodiceFiscale, parsed.error()};
        return;
    }
    check.canonicalCode = parsed.value();
    if (citizen.codiceFiscale.size() != 16)
        return; // the 11-digit provisional code carries no personal data
    const auto personal = CodiceFiscale::parsePersonal(citizen.codiceFiscale, today);
    if (!personal)
        return;
    const PersonalFiscalCode &code = personal.value();
    if (citizen.sex != Sex::Unspecified && citizen.sex != code.sex)
        check.warnings << CitizenIssue{CitizenIssue::Field::Sex,
                                       tr("The sex does not match the codice fiscale, which says %1.")
                                           .arg(code.sex == Sex::Female ? tr("female") : tr("male"))};
    // The century is not in the code: compare day and month always, the year modulo 100.
    if (citizen.birthDate.isValid() && (citizen.birthDate.day() != code.birthDate.day() ||
                                        citizen.birthDate.month() != code.birthDate.month() ||
                                        citizen.birthDate.year() % 100 != code.birthDate.year() % 100))
        check.warnings << CitizenIssue{CitizenIssue::Field::BirthDate,
                                       tr("The birth date does not match the codice fiscale, which says %1.")
                                           .arg(dateText(code.birthDate))};
}
} // namespace

QStringList documentTypes()
{
    return {QStringLiteral("identity_card"), QStringLiteral("passport"), QStringLiteral("driving_licence"),
            QStringLiteral("residence_permit"), QStringLiteral("other")};
}

QString documentTypeLabel(const QString &code)
{
    if (code == QLatin1String("identity_card"))
        return tr("Identity card");
    if (code == QLatin1String("passport"))
        return tr("Passport");
    if (code == QLatin1String("driving_licence"))
        return tr("Driving licence");
    if (code == QLatin1String("residence_permit"))
        return tr("Residence permit");
    if (code == QLatin1String("other"))
        return tr("Other document");
    return code;
}

QString sexCode(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return QStringLiteral("M");
    case Sex::Female:
        return QStringLiteral("F");
    case Sex::Unspecified:
        break;
    }
    return QStringLiteral(""); // empty, not null: stored as '' (not stated), never as NULL
}

Sex sexFromCode(const QString &code)
{
    if (code == QLatin1String("M"))
        return Sex::Male;
    if (code == QLatin1String("F"))
        return Sex::Female;
    return Sex::Unspecified;
}

CitizenCheck checkCitizen(const Citizen &citizen, QDate today)
{
    CitizenCheck check;
    using Field = CitizenIssue::Field;
    const auto requireName = [&](const QString &value, Field field, const QString &label) {
        if (value.trimmed().isEmpty())
            check.errors << CitizenIssue{field, tr("The %1 is required.").arg(label)};
        else if (value.size() > maxNameLength)
            check.errors << CitizenIssue{
                field, tr("The %1 is longer than %2 characters.").arg(label).arg(maxNameLength)};
    };
    requireName(citizen.surname, Field::Surname, tr("surname"));
    requireName(citizen.name, Field::Name, tr("name"));

    if (!citizen.codiceFiscale.isEmpty()) {
        checkCodiceFiscale(citizen, today, check);
    } else if (!documentTypes().contains(citizen.documentType) ||
               citizen.documentNumber.trimmed().isEmpty()) {
        check.errors << CitizenIssue{
            Field::Document, tr("Without a codice fiscale, the type and number of an identity document "
                                "are required.")};
    }
    if (!citizen.documentType.isEmpty() && !documentTypes().contains(citizen.documentType))
        check.errors << CitizenIssue{Field::Document, tr("The document type is not one of the known types.")};
    if (citizen.documentNumber.size() > maxNameLength)
        check.errors << CitizenIssue{Field::Document, tr("The document number is too long.")};

    static const QRegularExpression placePattern(QStringLiteral("^[A-Z][0-9]{3}$"));
    if (!citizen.birthPlaceCode.isEmpty() && !placePattern.match(citizen.birthPlaceCode).hasMatch())
        check.errors << CitizenIssue{Field::BirthPlace,
                                     tr("The place of birth is not a known town or country: choose it from "
                                        "the list that opens as you type its name (its code, such as H501 "
                                        "or Z404 abroad, is also taken).")};

    if (citizen.birthDate.isValid() && citizen.birthDate > today)
        check.errors << CitizenIssue{Field::BirthDate, tr("The birth date is in the future.")};

    static const QRegularExpression phonePattern(QStringLiteral("^\\+?[0-9 ./-]{5,25}$"));
    if (!citizen.phone.isEmpty() && !phonePattern.match(citizen.phone).hasMatch())
        check.errors << CitizenIssue{Field::Phone,
                                     tr("The phone number may contain only digits, spaces and a leading +.")};

    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!citizen.email.isEmpty() &&
        (citizen.email.size() > 254 || !emailPattern.match(citizen.email).hasMatch()))
        check.errors << CitizenIssue{Field::Email,
                                     tr("The e-mail address is not valid (example: nome@dominio.it).")};

    if ((citizen.consentPrivacy || citizen.consentContact) && !citizen.consentDate.isValid())
        check.errors << CitizenIssue{Field::Consent, tr("The date of the consent is required.")};
    if (citizen.consentDate.isValid() && citizen.consentDate > today)
        check.errors << CitizenIssue{Field::Consent, tr("The date of the consent is in the future.")};

    const bool tooLong = citizen.address.size() > maxTextLength || citizen.notes.size() > maxTextLength;
    const bool control =
        hasInvisibleCharacters(citizen.surname + citizen.name + citizen.phone + citizen.email +
                                   citizen.documentNumber + citizen.birthPlaceCode,
                               false) ||
        hasInvisibleCharacters(citizen.address + citizen.notes, true);
    if (tooLong)
        check.errors << CitizenIssue{
            Field::Text,
            tr("The address and the notes may be at most %1 characters long.").arg(maxTextLength)};
    if (control)
        check.errors << CitizenIssue{
            Field::Text, tr("The text contains invisible characters (control or formatting characters).")};
    return check;
}

QJsonObject toJson(const Citizen &c)
{
    const auto date = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("version"), c.version},
        {QStringLiteral("codiceFiscale"), c.codiceFiscale},
        {QStringLiteral("documentType"), c.documentType},
        {QStringLiteral("documentNumber"), c.documentNumber},
        {QStringLiteral("surname"), c.surname},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("sex"), sexCode(c.sex)},
        {QStringLiteral("birthDate"), date(c.birthDate)},
        {QStringLiteral("birthPlaceCode"), c.birthPlaceCode},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("address"), c.address},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("consentPrivacy"), c.consentPrivacy},
        {QStringLiteral("consentContact"), c.consentContact},
        {QStringLiteral("consentDate"), date(c.consentDate)},
        {QStringLiteral("ownerBranchId"), c.ownerBranchId},
        {QStringLiteral("createdAt"), c.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("updatedAt"), c.updatedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

Citizen citizenFromJson(const QJsonObject &json)
{
    const auto text = [&](const char *key) { return json.value(QLatin1String(key)).toString(); };
    const auto date = [&](const char *key) { return QDate::fromString(text(key), Qt::ISODate); };
    const auto time = [&](const char *key) { return QDateTime::fromString(text(key), Qt::ISODateWithMs); };
    Citizen c;
    c.id = text("id");
    c.version = json.value(QLatin1String("version")).toInt();
    c.codiceFiscale = text("codiceFiscale");
    c.documentType = text("documentType");
    c.documentNumber = text("documentNumber");
    c.surname = text("surname");
    c.name = text("name");
    c.sex = sexFromCode(text("sex"));
    c.birthDate = date("birthDate");
    c.birthPlaceCode = text("birthPlaceCode");
    c.phone = text("phone");
    c.email = text("email");
    c.address = text("address");
    c.notes = text("notes");
    c.consentPrivacy = json.value(QLatin1String("consentPrivacy")).toBool();
    c.consentContact = json.value(QLatin1String("consentContact")).toBool();
    c.consentDate = date("consentDate");
    c.ownerBranchId = text("ownerBranchId");
    c.createdAt = time("createdAt");
    c.updatedAt = time("updatedAt");
    return c;
}

QStringList changedFields(const Citizen &before, const Citizen &after)
{
    static const QStringList bookkeeping = {QStringLiteral("version"), QStringLiteral("updatedAt"),
                                            QStringLiteral("createdAt")};
    const QJsonObject a = toJson(before);
    const QJsonObject b = toJson(after);
    QStringList changed;
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (!bookkeeping.contains(it.key()) && a.value(it.key()) != it.value())
            changed << it.key();
    }
    return changed;
}

} // namespace Sportello::Domain
