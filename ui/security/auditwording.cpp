// SPDX-License-Identifier: EUPL-1.2
#include "auditwording.h"

#include "records/recordkind.h"
#include "security/auditentry.h"
#include "security/permissions.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace Sportello::Ui {
namespace AuditAction = Security::AuditAction;

QString AuditWording::actionLabel(const QString &action)
{
    return AuditAction::title(action);
}

QString AuditWording::record(const QString &entity, const QString &recordId)
{
    if (entity.isEmpty())
        return {};
    const Records::RecordKind *kind = Records::RecordKinds::standard().find(entity);
    return tr("%1 %2").arg(kind ? kind->title() : entity, recordId.left(8)); // a newer PC's kind: its name
}

QString AuditWording::fieldLabel(const QString &entity, const QString &field)
{
    if (const Records::RecordKind *kind = Records::RecordKinds::standard().find(entity)) {
        if (const QString label = kind->fieldLabels().value(field); !label.isEmpty())
            return label;
    }
    // What events that concern no record carry: the settings of this PC, a verification.
    const QHash<QString, QString> labels{
        {QStringLiteral("fields"), tr("fields")},
        {QStringLiteral("lockMinutes"), tr("minutes before locking")},
        {QStringLiteral("ticketOutput"), tr("tickets")},
        {QStringLiteral("ticketPrinter"), tr("ticket printer")},
        {QStringLiteral("ticketFolder"), tr("folder for ticket PDFs")},
        {QStringLiteral("announceBySpeech"), tr("spoken announcements")},
        {QStringLiteral("server"), tr("central service")},
        {QStringLiteral("deviceId"), tr("PC")},
        {QStringLiteral("intact"), tr("intact")},
        {QStringLiteral("rows"), tr("rows")},
    };
    return labels.value(field, field);
}

QString AuditWording::value(const QString &entity, const QString &field, const QJsonValue &value)
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
            parts << (field == QLatin1String("fields") ? fieldLabel(entity, each.toString())
                                                       : AuditWording::value(entity, field, each));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.contains(QLatin1String("from")) || object.contains(QLatin1String("to")))
            return tr("%1 → %2").arg(AuditWording::value(entity, field, object.value(QLatin1String("from"))),
                                     AuditWording::value(entity, field, object.value(QLatin1String("to"))));
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    default:
        return tr("(empty)");
    }
}

QString AuditWording::details(const QString &entity, const QJsonObject &details)
{
    QStringList parts;
    for (auto it = details.begin(); it != details.end(); ++it)
        parts << tr("%1: %2").arg(fieldLabel(entity, it.key()), value(entity, it.key(), it.value()));
    return parts.join(QStringLiteral("; "));
}

} // namespace Sportello::Ui
