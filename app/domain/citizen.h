// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "domain/clock.h"
#include "domain/codicefiscale.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Sportello::Domain {

// A person who comes to the counter. A codice fiscale is optional: foreigners without one are
// identified by an identity document instead.
struct Citizen {
    QString id; // UUID, made by the PC that creates the record
    int version = 0;
    QString codiceFiscale; // as given; empty when unknown
    QString documentType;  // one of documentTypes() when there is no codice fiscale
    QString documentNumber;
    QString surname;
    QString name;
    Sex sex = Sex::Unspecified;
    QDate birthDate;
    QString birthPlaceCode;
    QString phone;
    QString email;
    QString address;
    QString notes;
    bool consentPrivacy = false; // processing of personal data for the service
    bool consentContact = false; // being contacted by phone or e-mail
    QDate consentDate;
    QString ownerBranchId;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString displayName() const { return surname + QLatin1Char(' ') + name; }
};

// Identity documents accepted instead of a codice fiscale (codes as stored; labels translated).
QStringList documentTypes();
QString documentTypeLabel(const QString &code);
QString sexCode(Sex sex); // "M", "F" or ""
Sex sexFromCode(const QString &code);

struct CitizenIssue {
    enum class Field {
        CodiceFiscale,
        Document,
        Surname,
        Name,
        Sex,
        BirthDate,
        BirthPlace,
        Phone,
        Email,
        Consent,
        Text
    };
    Field field;
    QString message; // translated
};

struct CitizenCheck {
    QList<CitizenIssue> errors;   // the record cannot be saved
    QList<CitizenIssue> warnings; // saved only after the clerk has seen them
    QString canonicalCode;        // for uniqueness; empty without a codice fiscale
    bool ok() const { return errors.isEmpty(); }
};

// All the rules a citizen record obeys, wherever it is saved from.
CitizenCheck checkCitizen(const Citizen &citizen, QDate today = Clock::today());

// The JSON form used in change-log payloads and, later, on the wire.
QJsonObject toJson(const Citizen &citizen);
Citizen citizenFromJson(const QJsonObject &json);
// Names of the fields that differ, in JSON names, for the change log and the audit trail.
QStringList changedFields(const Citizen &before, const Citizen &after);

} // namespace Sportello::Domain
