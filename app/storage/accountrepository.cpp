// SPDX-License-Identifier: EUPL-1.2
#include "storage/accountrepository.h"

#include "domain/clock.h"
#include "security/passwords.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"
#include "sync/reasons.h"

#include <QCoreApplication>
#include <QUuid>

namespace Sportello::Storage {
using Security::Account;
using Security::Permission;
using Security::Role;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Sportello::Storage::AccountRepository", text);
}

const QString selectColumns =
    QStringLiteral("id, version, username, display_name, role, password_hash, must_change_password, active, "
                   "owner_branch_id, created_at, updated_at");

Account accountFrom(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toString();
    a.version = q.value(1).toInt();
    a.username = q.value(2).toString();
    a.displayName = q.value(3).toString();
    a.role = Security::roleFromName(q.value(4).toString()).value_or(Role::Operatore);
    a.passwordHash = q.value(5).toString().toLatin1();
    a.mustChangePassword = q.value(6).toBool();
    a.active = q.value(7).toBool();
    a.ownerBranchId = q.value(8).toString();
    a.createdAt = Timestamps::fromStorage(q.value(9).toString());
    a.updatedAt = Timestamps::fromStorage(q.value(10).toString());
    return a;
}

void writeRow(const QSqlDatabase &db, const Account &a, bool exists)
{
    const QVariantList values{a.version,
                              a.username,
                              a.displayName,
                              Security::roleName(a.role),
                              QString::fromLatin1(a.passwordHash),
                              a.mustChangePassword,
                              a.active,
                              a.ownerBranchId,
                              Timestamps::toStorage(a.createdAt),
                              Timestamps::toStorage(a.updatedAt),
                              a.id};
    Sql::execList(
        db,
        exists ? QStringLiteral("UPDATE account SET version = ?, username = ?, display_name = ?, role = ?, "
                                "password_hash = ?, must_change_password = ?, active = ?, "
                                "owner_branch_id = ?, created_at = ?, updated_at = ? WHERE id = ?")
               : QStringLiteral("INSERT INTO account (version, username, display_name, role, "
                                "password_hash, must_change_password, active, owner_branch_id, "
                                "created_at, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        values);
}

void refuseIf(bool condition, const QString &message)
{
    if (condition)
        throw AccountRepository::Refused(message);
}

// Refused with `problem` unless it is empty: for the checks that say why.
void refuseProblem(const QString &problem)
{
    refuseIf(!problem.isEmpty(), problem);
}

void checkPassword(const QString &password, const QString &username)
{
    refuseProblem(Security::Passwords::policyProblem(password, username));
}

int activeAdministrators(const QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM account WHERE role = ? AND active = 1"),
                       {Security::roleName(Role::Amministratore)})
        .toInt();
}
} // namespace

AccountRepository::AccountRepository(const Database &database, WriteContext context)
    : m_database(database)
    , m_context(std::move(context))
{}

Account AccountRepository::createFirstAdministrator(const QString &username, const QString &displayName,
                                                    const QString &password)
{
    Account account;
    account.username = Security::normalisedUsername(username);
    account.displayName = displayName.simplified();
    account.role = Role::Amministratore;
    account.mustChangePassword = false;
    account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Nobody is signed in yet: the new administrator is the one who acts.
    WriteContext context = m_context;
    context.actor = Security::Actor{account.id, account.username, account.role};
    return insert(account, password, context, FirstAccount::Required);
}

Account AccountRepository::create(const QString &username, const QString &displayName, Role role,
                                  const QString &initialPassword)
{
    Security::require(m_context.actor, Permission::ManageAccounts);
    Account account;
    account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    account.username = Security::normalisedUsername(username);
    account.displayName = displayName.simplified();
    account.role = role;
    account.mustChangePassword = true;
    return insert(account, initialPassword, m_context, FirstAccount::No);
}

Account AccountRepository::insert(Account account, const QString &password, const WriteContext &context,
                                  FirstAccount first)
{
    refuseProblem(Security::usernameProblem(account.username)); // before the costly hash
    checkPassword(password, account.username);
    account.passwordHash = Security::Passwords::hash(password);
    account.version = 1;
    account.active = true;
    account.ownerBranchId = context.branchId;
    account.createdAt = account.updatedAt = Clock::nowUtc();
    refuseProblem(Security::accountProblem(account));

    const QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    if (first == FirstAccount::Required)
        refuseIf(!isEmpty(), tr("The first administrator has already been created."));
    refuseIf(findByUsername(account.username).has_value(),
             tr("The username %1 is already taken.").arg(account.username));
    writeRow(db, account, false);
    ChangeLog::append(db, context, Sync::Entity::account, account.id, ChangeEntry::Operation::Create,
                      toJson(account));
    AuditLog::append(transaction, context, Security::AuditAction::recordCreate, Sync::Entity::account,
                     account.id,
                     {{QStringLiteral("username"), account.username},
                      {QStringLiteral("role"), Security::roleName(account.role)}});
    transaction.commit();
    return account;
}

Account AccountRepository::update(const Account &edited)
{
    Security::require(m_context.actor, Permission::ManageAccounts);
    const std::optional<Account> stored = find(edited.id);
    refuseIf(!stored, tr("The account no longer exists."));
    Account after = *stored;
    after.displayName = edited.displayName.simplified();
    after.role = edited.role;
    after.active = edited.active;
    refuseIf(stored->version != edited.version,
             tr("Someone else changed this account in the meantime. Open it again and repeat your changes."));
    refuseIf(edited.id == m_context.actor->accountId && !edited.active,
             tr("You cannot deactivate yourself."));
    return write(*stored, after);
}

Account AccountRepository::resetPassword(const QString &accountId, const QString &newPassword)
{
    Security::require(m_context.actor, Permission::ManageAccounts);
    const std::optional<Account> stored = find(accountId);
    refuseIf(!stored, tr("The account no longer exists."));
    checkPassword(newPassword, stored->username);
    Account after = *stored;
    after.passwordHash = Security::Passwords::hash(newPassword);
    after.mustChangePassword = true;
    return write(*stored, after);
}

Account AccountRepository::changeOwnPassword(const QString &currentPassword, const QString &newPassword)
{
    refuseIf(!m_context.actor, tr("Sign in first."));
    const std::optional<Account> stored = find(m_context.actor->accountId);
    refuseIf(!stored || !stored->active, tr("The account no longer exists."));
    refuseIf(!Security::Passwords::verify(stored->passwordHash, currentPassword),
             tr("The current password is not right."));
    checkPassword(newPassword, stored->username);
    refuseIf(newPassword == currentPassword, tr("The new password must differ from the current one."));
    Account after = *stored;
    after.passwordHash = Security::Passwords::hash(newPassword);
    after.mustChangePassword = false;
    return write(*stored, after);
}

Account AccountRepository::write(const Account &before, Account after)
{
    const QJsonObject changes = Security::accountChanges(before, after);
    if (changes.isEmpty())
        return before;
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    // Read again inside the transaction: the check and the write see the same file.
    const std::optional<Account> current = find(before.id);
    refuseIf(!current || current->version != before.version,
             tr("Someone else changed this account in the meantime. Open it again and repeat your changes."));
    const bool wasAdministrator = before.role == Role::Amministratore && before.active;
    const bool staysAdministrator = after.role == Role::Amministratore && after.active;
    refuseIf(wasAdministrator && !staysAdministrator && activeAdministrators(db) <= 1,
             tr("This is the last active administrator: appoint another one first."));
    after.version = before.version + 1;
    after.updatedAt = Clock::nowUtc();
    writeRow(db, after, true);
    ChangeLog::append(db, m_context, Sync::Entity::account, after.id, ChangeEntry::Operation::Update,
                      toJson(after));
    const bool ownPassword = changes.contains(QLatin1String("password")) && m_context.actor &&
                             m_context.actor->accountId == after.id && !after.mustChangePassword;
    AuditLog::append(transaction, m_context,
                     ownPassword ? Security::AuditAction::passwordChanged
                                 : Security::AuditAction::recordUpdate,
                     Sync::Entity::account, after.id, changes);
    transaction.commit();
    return after;
}

std::optional<Account> AccountRepository::find(const QString &id) const
{
    QSqlQuery q = Sql::exec(m_database.connection(),
                            QStringLiteral("SELECT %1 FROM account WHERE id = ?").arg(selectColumns), {id});
    if (!q.next())
        return std::nullopt;
    return accountFrom(q);
}

std::optional<Account> AccountRepository::findByUsername(const QString &username) const
{
    QSqlQuery q = Sql::exec(m_database.connection(),
                            QStringLiteral("SELECT %1 FROM account WHERE username = ?").arg(selectColumns),
                            {Security::normalisedUsername(username)});
    if (!q.next())
        return std::nullopt;
    return accountFrom(q);
}

QList<Account> AccountRepository::all() const
{
    QSqlQuery q =
        Sql::exec(m_database.connection(),
                  QStringLiteral("SELECT %1 FROM account ORDER BY display_name COLLATE NOCASE, username")
                      .arg(selectColumns));
    QList<Account> accounts;
    while (q.next())
        accounts << accountFrom(q);
    return accounts;
}

bool AccountRepository::isEmpty() const
{
    return Sql::scalar(m_database.connection(), QStringLiteral("SELECT count(*) FROM account")).toInt() == 0;
}

QSet<QString> AccountRepository::existingIds(const QStringList &ids) const
{
    return Sql::existingIds(m_database.connection(), QStringLiteral("account"), ids);
}

QString AccountRepository::applyRemote(const Account &account, std::optional<int> storedVersion)
{
    const QSqlDatabase db = m_database.connection();
    // Two PCs offline may each have made an account with the same username; the server keeps one,
    // and the other stays visible to staff as a conflict.
    if (Sql::scalar(db, QStringLiteral("SELECT count(*) FROM account WHERE username = ? AND id != ?"),
                    {account.username, account.id})
            .toInt() > 0)
        return Sync::Reasons::Code::duplicateUsername;
    Account row = account;
    const QDateTime now = Clock::nowUtc();
    if (!row.createdAt.isValid())
        row.createdAt = now;
    if (!row.updatedAt.isValid())
        row.updatedAt = now;
    writeRow(db, row, storedVersion.has_value());
    return {};
}

} // namespace Sportello::Storage
