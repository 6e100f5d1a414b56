// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Sportello::Ui {

// How the audit log reads to a person: translated action names and compact, human details.
// The stored names stay as they are (they are hashed and synced); only their wording is here.
class AuditWording {
    Q_DECLARE_TR_FUNCTIONS(Sportello::Ui::AuditWording)
public:
    static QString actionLabel(const QString &action);
    // "Account 1a2b3c4d": the kind of record (its title, from app/records) and the start of its id.
    static QString record(const QString &entity, const QString &recordId);
    // e.g. "fields: surname, phone" or "role: Counter clerk → Office manager; active: yes → no",
    // with the field labels of the record's kind.
    static QString details(const QString &entity, const QJsonObject &details);

private:
    static QString fieldLabel(const QString &entity, const QString &field);
    static QString value(const QString &entity, const QString &field, const QJsonValue &value);
};

} // namespace Sportello::Ui
