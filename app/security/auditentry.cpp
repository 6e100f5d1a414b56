// SPDX-License-Identifier: EUPL-1.2
#include "security/auditentry.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QUuid>

namespace Sportello::Security {
namespace {
constexpr qsizetype maxTextLength = 200;
constexpr qsizetype maxDetailsBytes = 8192;

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

bool isHexHash(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QJsonObject hashedFields(const AuditEntry &e)
{
    return {
        {QStringLiteral("id"), e.id},
        {QStringLiteral("chain"), e.chain},
        {QStringLiteral("chainSeq"), e.chainSeq},
        {QStringLiteral("at"), e.at},
        {QStringLiteral("accountId"), e.accountId},
        {QStringLiteral("username"), e.username},
        {QStringLiteral("branchId"), e.branchId},
        {QStringLiteral("deviceId"), e.deviceId},
        {QStringLiteral("deviceName"), e.deviceName},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("entity"), e.entity},
        {QStringLiteral("recordId"), e.recordId},
        {QStringLiteral("details"), e.details},
        {QStringLiteral("prevHash"), e.prevHash},
    };
}
} // namespace

QByteArray AuditEntry::canonical() const
{
    // QJsonObject keeps its keys sorted, so the compact text is the same on every machine.
    return QJsonDocument(hashedFields(*this)).toJson(QJsonDocument::Compact);
}

QString AuditEntry::computeHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(), QCryptographicHash::Sha256).toHex());
}

QStringList AuditAction::all()
{
    return {login,        logout,       loginFailed, loginThrottled, lock,      unlock, passwordChanged,
            recordCreate, recordUpdate, exportData,  settingsChange, enrolment, verify};
}

QJsonObject toJson(const AuditEntry &entry)
{
    QJsonObject json = hashedFields(entry);
    json.insert(QStringLiteral("hash"), entry.hash);
    json.insert(QStringLiteral("version"), 1);
    return json;
}

AuditEntry auditEntryFromJson(const QJsonObject &json)
{
    const auto text = [&](const char *key) { return json.value(QLatin1String(key)).toString(); };
    AuditEntry e;
    e.id = text("id");
    e.chain = text("chain");
    e.chainSeq = json.value(QLatin1String("chainSeq")).toInteger(); // 0 when not an integer
    e.at = text("at");
    e.accountId = text("accountId");
    e.username = text("username");
    e.branchId = text("branchId");
    e.deviceId = text("deviceId");
    e.deviceName = text("deviceName");
    e.action = text("action");
    e.entity = text("entity");
    e.recordId = text("recordId");
    e.details = json.value(QLatin1String("details")).toObject();
    e.prevHash = text("prevHash");
    e.hash = text("hash");
    return e;
}

QString auditEntryProblem(const QJsonObject &json)
{
    for (const char *key : {"id", "chain", "at", "accountId", "username", "branchId", "deviceId",
                            "deviceName", "action", "entity", "recordId", "prevHash", "hash"}) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (!value.isString())
            return QStringLiteral("audit entry: %1 must be a string").arg(QLatin1String(key));
        if (value.toString().size() > maxTextLength)
            return QStringLiteral("audit entry: %1 is too long").arg(QLatin1String(key));
    }
    const QJsonValue seq = json.value(QLatin1String("chainSeq"));
    if (!seq.isDouble() || seq.toDouble() < 1 || seq.toDouble() > 9007199254740991.0 ||
        seq.toDouble() != double(qint64(seq.toDouble())))
        return QStringLiteral("audit entry: chainSeq must be a positive integer");
    if (!json.value(QLatin1String("details")).isObject())
        return QStringLiteral("audit entry: details must be an object");
    if (QJsonDocument(json.value(QLatin1String("details")).toObject()).toJson(QJsonDocument::Compact).size() >
        maxDetailsBytes)
        return QStringLiteral("audit entry: details are too long");
    const AuditEntry entry = auditEntryFromJson(json);
    if (!isUuid(entry.id) || !isUuid(entry.chain))
        return QStringLiteral("audit entry: id and chain must be UUIDs");
    // Exactly the stored form (UTC, milliseconds, "Z"): entries are filtered and sorted as text.
    const QDateTime at = QDateTime::fromString(entry.at, Qt::ISODateWithMs);
    if (!at.isValid() || at.toUTC().toString(Qt::ISODateWithMs) != entry.at)
        return QStringLiteral("audit entry: at must be a UTC time like 2026-11-22T08:30:00.123Z");
    if (!AuditAction::all().contains(entry.action))
        return QStringLiteral("audit entry: unknown action");
    if (!isHexHash(entry.prevHash) || !isHexHash(entry.hash))
        return QStringLiteral("audit entry: prevHash and hash must be 64 lower-case hex digits");
    if (entry.chainSeq == 1 && entry.prevHash != genesisHash)
        return QStringLiteral("audit entry: the first entry of a chain must follow the genesis hash");
    if (entry.computeHash() != entry.hash)
        return QStringLiteral("audit entry: the hash does not match the content");
    return {};
}

QString AuditAction::title(const QString &action)
{
    const QHash<QString, QString> titles{
        {login, QCoreApplication::translate("Sportello::Security::AuditAction", "Sign-in")},
        {loginFailed, QCoreApplication::translate("Sportello::Security::AuditAction", "Failed sign-in")},
        {loginThrottled,
         QCoreApplication::translate("Sportello::Security::AuditAction", "Repeated failed sign-ins")},
        {logout, QCoreApplication::translate("Sportello::Security::AuditAction", "Sign-out")},
        //: An event of the activity log: the screen was locked (a noun).
        {lock, QCoreApplication::translate("Sportello::Security::AuditAction", "Lock")},
        {unlock, QCoreApplication::translate("Sportello::Security::AuditAction", "Unlock")},
        {passwordChanged,
         QCoreApplication::translate("Sportello::Security::AuditAction", "Password changed")},
        {recordCreate, QCoreApplication::translate("Sportello::Security::AuditAction", "Record created")},
        {recordUpdate, QCoreApplication::translate("Sportello::Security::AuditAction", "Record changed")},
        {exportData, QCoreApplication::translate("Sportello::Security::AuditAction", "Export")},
        {settingsChange, QCoreApplication::translate("Sportello::Security::AuditAction", "Settings changed")},
        {enrolment, QCoreApplication::translate("Sportello::Security::AuditAction",
                                                "Connection to the central service")},
        {verify, QCoreApplication::translate("Sportello::Security::AuditAction", "Log verified")},
    };
    return titles.value(action, action);
}

} // namespace Sportello::Security
