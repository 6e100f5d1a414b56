// SPDX-License-Identifier: EUPL-1.2
#include "records/recordkind.h"
#include "sync/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace Sportello::Records {

// One function per kind, each in its own file of app/records.
RecordKind citizenKind();
RecordKind accountKind();
RecordKind auditEntryKind();
QList<RecordKind> queueKinds();

const RecordKinds &RecordKinds::standard()
{
    static const RecordKinds kinds = [] {
        RecordKinds k;
        k.add(citizenKind());
        k.add(accountKind());
        k.add(auditEntryKind());
        for (RecordKind &kind : queueKinds())
            k.add(std::move(kind));
        return k;
    }();
    return kinds;
}

void RecordKinds::add(RecordKind kind)
{
    Q_ASSERT(!find(kind.name));
    m_kinds.append(std::move(kind));
}

const RecordKind *RecordKinds::find(const QString &name) const
{
    for (const RecordKind &kind : m_kinds) {
        if (kind.name == name)
            return &kind;
    }
    return nullptr;
}

QString shownValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? RecordWords::tr("yes") : RecordWords::tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble());
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << shownValue(item);
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return value.toString().isEmpty() ? RecordWords::tr("(empty)") : value.toString();
    }
}

QString shownField(const RecordKind &kind, const QString &field, const QJsonObject &payload)
{
    if (kind.shownCode) {
        if (const QString shown = kind.shownCode(field, payload); !shown.isEmpty())
            return shown;
    }
    return shownValue(payload.value(field));
}

namespace {
QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("true or false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        break;
    }
    return QStringLiteral("null");
}
} // namespace

QString payloadProblem(const RecordKind &kind, const QJsonObject &payload)
{
    namespace P = Sync::Protocol;
    const qsizetype size = P::compact(payload).size();
    if (size > P::maxRecordBytes)
        return QStringLiteral("the record is %1 bytes; at most %2 are accepted")
            .arg(size)
            .arg(P::maxRecordBytes);
    if (const QString problem = P::unstorableValue(payload); !problem.isEmpty())
        return QStringLiteral("the record holds %1").arg(problem);
    if (const QString problem = kind.check(payload); !problem.isEmpty())
        return problem;
    QJsonObject known = kind.canonical(payload);
    known.insert(QStringLiteral("ownerBranchId"), QString()); // the server writes it on every record
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        const auto field = known.constFind(it.key());
        if (field == known.constEnd())
            return QStringLiteral("payload.%1 is not a known field of %2").arg(it.key(), kind.name);
        if (field->type() != it->type())
            return QStringLiteral("payload.%1 must be %2").arg(it.key(), jsonTypeName(*field));
    }
    return {};
}

} // namespace Sportello::Records
