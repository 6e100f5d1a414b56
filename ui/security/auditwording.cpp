// SPDX-License-Identifier: EUPL-1.2
#include "auditwording.h"

#include "security/auditentry.h"
#include "security/permissions.h"
#include "storage/accountrepository.h"
#include "storage/citizenrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace Sportello::Ui {
namespace AuditAction = Security::AuditAction;

QString AuditWording::actionLabel(const QString &action)
{
    const QHash<QString, QString> labels{
        {AuditAction::login, tr("Sign-in")},
        {AuditAction::loginFailed, tr("Failed sign-in")},
        {AuditAction::loginThrottled, tr("Repeated failed sign-ins")},
        {AuditAction::logout, tr("Sign-out")},
        {AuditAction::lock, tr("Lock")},
        {AuditAction::unlock, tr("Unlock")},
        {AuditAction::passwordChanged, tr("Password changed")},
        {AuditAction::recordCreate, tr("Record created")},
        {AuditAction::recordUpdate, tr("Record changed")},
        {AuditAction::exportData, tr("Export")},
        {AuditAction::settingsChange, tr("Settings changed")},
        {AuditAction::enrolment, tr("Connection to the central service")},
        {AuditAction::verify, tr("Log verified")},
    };
    return labels.value(action, action); // a newer PC's action: its stable name
}

QString AuditWording::record(const QString &entity, const QString &recordId)
{
    if (entity.isEmpty())
        return {};
    const QHash<QString, QString> kinds{
        {Storage::CitizenRepository::entityName, tr("Citizen")},
        {Storage::AccountRepository::entityName, tr("Account")},
    };
    return tr("%1 %2").arg(kinds.value(entity, entity), recordId.left(8));
}

QString AuditWording::fieldLabel(const QString &field)
{
    const QHash<QString, QString> labels{
        // accounts
        {QStringLiteral("username"), tr("username")},
        {QStringLiteral("displayName"), tr("full name")},
        {QStringLiteral("role"), tr("role")},
        {QStringLiteral("active"), tr("active")},
        {QStringLiteral("mustChangePassword"), tr("must change password")},
        {QStringLiteral("password"), tr("password")},
        // citizens
        {QStringLiteral("codiceFiscale"), tr("codice fiscale")},
        {QStringLiteral("documentType"), tr("document type")},
        {QStringLiteral("documentNumber"), tr("document number")},
        {QStringLiteral("surname"), tr("surname")},
        {QStringLiteral("name"), tr("name")},
        {QStringLiteral("sex"), tr("sex")},
        {QStringLiteral("birthDate"), tr("birth date")},
        {QStringLiteral("birthPlaceCode"), tr("place of birth")},
        {QStringLiteral("phone"), tr("phone")},
        {QStringLiteral("email"), tr("e-mail")},
        {QStringLiteral("address"), tr("address")},
        {QStringLiteral("notes"), tr("notes")},
        {QStringLiteral("consentPrivacy"), tr("privacy consent")},
        {QStringLiteral("consentContact"), tr("consent to be contacted")},
        {QStringLiteral("consentDate"), tr("date of consent")},
        // other events
        {QStringLiteral("fields"), tr("fields")},
    };
    return labels.value(field, field);
}

QString AuditWording::value(const QString &field, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        if (field == QLatin1String("role")) {
            if (const auto role = Security::roleFromName(value.toString()))
                return Security::roleTitle(*role);
        }
        if (field == QLatin1String("password") && value.toString() == QLatin1String("changed"))
            return tr("changed"); // never the password itself: the log does not hold it
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &each : value.toArray())
            parts << (field == QLatin1String("fields") ? fieldLabel(each.toString())
                                                       : AuditWording::value(field, each));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.contains(QLatin1String("from")) || object.contains(QLatin1String("to")))
            return tr("%1 → %2").arg(AuditWording::value(field, object.value(QLatin1String("from"))),
                                     AuditWording::value(field, object.value(QLatin1String("to"))));
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    default:
        return tr("(empty)");
    }
}

QString AuditWording::details(const QJsonObject &details)
{
    QStringList parts;
    for (auto it = details.begin(); it != details.end(); ++it)
        parts << tr("%1: %2").arg(fieldLabel(it.key()), value(it.key(), it.value()));
    return parts.join(QStringLiteral("; "));
}

} // namespace Sportello::Ui
