// SPDX-License-Identifier: EUPL-1.2
#include "records/commonfields.h"
#include "security/account.h"
#include "storage/accountrepository.h"

namespace Sportello::Records {

namespace {
QString accountCheck(const QJsonObject &payload)
{
    // accountFromJson() turns an unknown role or a missing flag into a default: refuse them here.
    if (!Security::roleFromName(payload.value(QLatin1String("role")).toString()))
        return QStringLiteral("unknown role");
    for (const char *flag : {"active", "mustChangePassword"}) {
        if (!payload.value(QLatin1String(flag)).isBool())
            return QStringLiteral("%1 must be true or false").arg(QLatin1String(flag));
    }
    for (const char *text : {"username", "displayName", "passwordHash"}) {
        if (!payload.value(QLatin1String(text)).isString())
            return QStringLiteral("%1 must be a string").arg(QLatin1String(text));
    }
    // Translated on the PC; the server loads no translation of its own checks: English there.
    return Security::accountProblem(Security::accountFromJson(payload));
}
} // namespace

RecordKind accountKind()
{
    using Storage::AccountRepository;
    RecordKind kind;
    kind.name = Sync::Entity::account;
    // Staff accounts are the comune's: an administrator at any branch manages them.
    kind.scope = Scope::Comune;
    kind.check = accountCheck;
    kind.canonical = [](const QJsonObject &payload) {
        return Security::toJson(Security::accountFromJson(payload));
    };
    kind.find = [](const Storage::Database &database, const QString &id) -> std::optional<LocalRecord> {
        const std::optional<Security::Account> account = AccountRepository(database, {}).find(id);
        if (!account)
            return std::nullopt;
        return LocalRecord{account->version, Security::toJson(*account)};
    };
    kind.existing = [](const Storage::Database &database, const QStringList &ids) {
        return AccountRepository(database, {}).existingIds(ids);
    };
    kind.apply = [](const Storage::Database &database, const QJsonObject &payload,
                    std::optional<int> storedVersion) {
        return AccountRepository(database, {}).applyRemote(Security::accountFromJson(payload), storedVersion);
    };
    kind.title = [] { return RecordWords::tr("Account"); };
    kind.fieldLabels = [] {
        return withCommonLabels({
            {QStringLiteral("username"), RecordWords::tr("username")},
            {QStringLiteral("displayName"), RecordWords::tr("full name")},
            {QStringLiteral("role"), RecordWords::tr("role")},
            {QStringLiteral("active"), RecordWords::tr("active")},
            {QStringLiteral("mustChangePassword"), RecordWords::tr("must change password")},
            // What the audit log records of a password change (never the password or its hash).
            {QStringLiteral("password"), RecordWords::tr("password")},
            {QStringLiteral("passwordHash"), RecordWords::tr("password (protected)")},
        });
    };
    kind.secretFields = {QStringLiteral("passwordHash")};
    kind.describe = [](const QJsonObject &payload) {
        const Security::Account account = Security::accountFromJson(payload);
        //: %1: the person's full name, %2: the username, %3: the role ("Maria Bianchi (m.bianchi,
        //: Operatore)").
        return RecordWords::tr("%1 (%2, %3)")
            .arg(account.displayName, account.username, Security::roleTitle(account.role));
    };
    kind.viewPermission = Security::Permission::ManageAccounts;
    kind.example = [] {
        Security::Account account;
        account.id = exampleId(2);
        account.version = 1;
        account.username = QStringLiteral("m.bianchi");
        account.displayName = QStringLiteral("Maria Bianchi");
        account.role = Security::Role::Operatore;
        // The form of an Argon2id hash; no password has it.
        account.passwordHash = QByteArrayLiteral(
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHRzYWx0$RdescudvJCsgt3ub+b+dWRWJTmaaJObGRdescudvJCs");
        account.createdAt = QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC);
        account.updatedAt = account.createdAt;
        return Security::toJson(account);
    };
    return kind;
}

} // namespace Sportello::Records
