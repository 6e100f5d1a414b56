// SPDX-License-Identifier: EUPL-1.2
#include "security/account.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace Sportello::Security {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Sportello::Security::Account", text);
}
} // namespace

QJsonObject toJson(const Account &a)
{
    return {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("version"), a.version},
        {QStringLiteral("username"), a.username},
        {QStringLiteral("displayName"), a.displayName},
        {QStringLiteral("role"), roleName(a.role)},
        {QStringLiteral("passwordHash"), QString::fromLatin1(a.passwordHash)},
        {QStringLiteral("mustChangePassword"), a.mustChangePassword},
        {QStringLiteral("active"), a.active},
        {QStringLiteral("ownerBranchId"), a.ownerBranchId},
        {QStringLiteral("createdAt"), a.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("updatedAt"), a.updatedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

Account accountFromJson(const QJsonObject &json)
{
    const auto text = [&](const char *key) { return json.value(QLatin1String(key)).toString(); };
    const auto time = [&](const char *key) {
        QDateTime t = QDateTime::fromString(text(key), Qt::ISODateWithMs);
        t.setTimeSpec(Qt::UTC);
        return t;
    };
    Account a;
    a.id = text("id");
    a.version = json.value(QLatin1String("version")).toInt();
    a.username = text("username");
    a.displayName = text("displayName");
    // An unknown role is kept out by accountProblem(); this default is never stored.
    a.role = roleFromName(text("role")).value_or(Role::Operatore);
    a.passwordHash = text("passwordHash").toLatin1();
    a.mustChangePassword = json.value(QLatin1String("mustChangePassword")).toBool(true);
    a.active = json.value(QLatin1String("active")).toBool(false);
    a.ownerBranchId = text("ownerBranchId");
    a.createdAt = time("createdAt");
    a.updatedAt = time("updatedAt");
    return a;
}

QJsonObject accountChanges(const Account &before, const Account &after)
{
    QJsonObject changes;
    const auto compare = [&](const char *name, const QJsonValue &from, const QJsonValue &to) {
        if (from != to)
            changes.insert(QLatin1String(name),
                           QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
    };
    compare("username", before.username, after.username);
    compare("displayName", before.displayName, after.displayName);
    compare("role", roleName(before.role), roleName(after.role));
    compare("active", before.active, after.active);
    compare("mustChangePassword", before.mustChangePassword, after.mustChangePassword);
    if (before.passwordHash != after.passwordHash)
        changes.insert(QStringLiteral("password"), QStringLiteral("changed"));
    return changes;
}

QString normalisedUsername(const QString &username)
{
    return username.trimmed().toLower();
}

QString usernameProblem(const QString &username)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9._-]{3,40}$"));
    if (!allowed.match(username).hasMatch())
        return tr("The username must be 3 to 40 characters: lower-case letters, digits, dot, dash or "
                  "underscore.");
    return {};
}

QString accountProblem(const Account &a)
{
    if (QUuid::fromString(a.id).isNull())
        return tr("The account has no valid id.");
    if (const QString problem = usernameProblem(a.username); !problem.isEmpty())
        return problem;
    if (a.displayName.trimmed().isEmpty() || a.displayName.size() > 100)
        return tr("The full name is required (at most 100 characters).");
    // crypto_pwhash_str's output: "$argon2id$v=19$m=…,t=…,p=…$salt$hash", under 128 bytes.
    if (!a.passwordHash.startsWith("$argon2id$") || a.passwordHash.size() >= 128 ||
        a.passwordHash.contains('\0'))
        return tr("The account has no valid password hash.");
    return {};
}

} // namespace Sportello::Security
