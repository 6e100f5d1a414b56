// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "security/account.h"
#include "storage/changelog.h"
#include "storage/storageerror.h"
#include "sync/entitynames.h"

#include <QList>
#include <QSet>
#include <optional>

namespace Sportello::Storage {

class Database;

// Staff accounts. Every write lands with its change-log entry and its audit entry in one
// transaction, and is guarded: managing accounts needs Permission::ManageAccounts, except the very
// first administrator (created by the first-run wizard when there is no account) and a person's own
// password change. Methods throw StorageError, Security::PermissionDenied, or
// AccountRepository::Refused (a rule, with a translated message).
class AccountRepository {
public:
    class Refused : public StorageError {
    public:
        explicit Refused(const QString &message)
            : StorageError(Kind::Constraint, message)
        {}
    };

    AccountRepository(const Database &database, WriteContext context);
    void setWriteContext(WriteContext context) { m_context = std::move(context); }

    // When there is no account at all: the first administrator, who signs in with this password
    // (no forced change: they have just chosen it). Refused once any account exists.
    Security::Account createFirstAdministrator(const QString &username, const QString &displayName,
                                               const QString &password);
    // By an administrator: the person must change `initialPassword` at their first sign-in.
    Security::Account create(const QString &username, const QString &displayName, Security::Role role,
                             const QString &initialPassword);
    // Name, role and active, from `account.version`. The last active administrator cannot be
    // demoted or deactivated, and nobody can deactivate themselves.
    Security::Account update(const Security::Account &account);
    // By an administrator: a new password, to be changed at the next sign-in.
    Security::Account resetPassword(const QString &accountId, const QString &newPassword);
    // By the person signed in (the context's actor), who knows the current password.
    Security::Account changeOwnPassword(const QString &currentPassword, const QString &newPassword);

    std::optional<Security::Account> find(const QString &id) const;
    std::optional<Security::Account> findByUsername(const QString &username) const;
    QList<Security::Account> all() const; // by display name
    bool isEmpty() const;
    QSet<QString> existingIds(const QStringList &ids) const;

    // A version pulled from the server, written without a change-log entry (as for citizens).
    // Returns empty, or why it was kept out ("duplicate_username").
    QString applyRemote(const Security::Account &account, std::optional<int> storedVersion);

private:
    enum class FirstAccount { Required, No };
    Security::Account insert(Security::Account account, const QString &password, const WriteContext &context,
                             FirstAccount first);
    Security::Account write(const Security::Account &before, Security::Account after);

    const Database &m_database;
    WriteContext m_context;
};

} // namespace Sportello::Storage
