// SPDX-License-Identifier: EUPL-1.2
#include "security/signin.h"

#include "security/auditentry.h"
#include "security/passwords.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QLocale>

namespace Sportello::Security {
using namespace Storage;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Sportello::Security::SignIn", text);
}

// Checked when the username is unknown, so that a wrong name takes as long as a wrong password.
const QByteArray &decoyHash()
{
    static const QByteArray hash = Passwords::hash(QStringLiteral("decoy password, never used"));
    return hash;
}

} // namespace

QString waitMessage(const QDateTime &retryAt, const QDateTime &now)
{
    // Plain variables as the counts: lupdate 6.4 loops on some expressions in that place.
    const int seconds = int(std::max<qint64>(1, now.secsTo(retryAt)));
    const int minutes = (seconds + 59) / 60;
    if (seconds < 60)
        return QCoreApplication::translate("Sportello::Security::SignIn",
                                           "Too many wrong passwords: try again in %n second(s).", nullptr,
                                           seconds);
    return QCoreApplication::translate("Sportello::Security::SignIn",
                                       "Too many wrong passwords: try again in %n minute(s).", nullptr,
                                       minutes);
}

qint64 SignIn::delaySeconds(int failures)
{
    if (failures < freeAttempts)
        return 0;
    const int doublings = std::min(failures - freeAttempts, 5); // 30 s · 2^5 = 16 min, capped below
    const qint64 delay = qint64(30) * (qint64(1) << doublings);
    return std::min(delay, qint64(15 * 60));
}

SignIn::SignIn(const Database &database, WriteContext pc)
    : m_database(database)
    , m_pc(std::move(pc))
{
    m_pc.actor.reset();
}

SignInResult SignIn::attempt(const QString &typedUsername, const QString &password, const QDateTime &now,
                             Purpose purpose)
{
    SignInResult result;
    const QString username = normalisedUsername(typedUsername).left(40);
    const QSqlDatabase db = m_database.connection();
    QSqlQuery throttle = Sql::exec(
        db, QStringLiteral("SELECT failures, last_failure_at FROM login_throttle WHERE username = ?"),
        {username});
    if (throttle.next()) {
        result.failures = throttle.value(0).toInt();
        const QDateTime waitFrom = Timestamps::fromStorage(throttle.value(1).toString());
        result.retryAt = waitFrom.addSecs(delaySeconds(result.failures));
    }
    throttle.finish();
    if (result.retryAt.isValid() && now < result.retryAt) {
        result.status = SignInResult::Status::Throttled;
        result.message = waitMessage(result.retryAt, now);
        return result;
    }
    result.retryAt = {}; // the wait is over (or never began): set again below only if one starts now

    const std::optional<Account> account = AccountRepository(m_database, m_pc).findByUsername(username);
    const bool passwordRight = Passwords::verify(account ? account->passwordHash : decoyHash(), password);
    WriteContext context = m_pc;
    Transaction transaction(m_database);
    if (!account || !passwordRight) {
        result.failures += 1;
        const qint64 delay = delaySeconds(result.failures);
        Sql::exec(db,
                  QStringLiteral(
                      "INSERT INTO login_throttle (username, failures, last_failure_at) VALUES (?, ?, ?) "
                      "ON CONFLICT (username) DO UPDATE SET failures = excluded.failures, "
                      "last_failure_at = excluded.last_failure_at"),
                  {username, result.failures, Timestamps::toStorage(now)});
        context.actor =
            Actor{account ? account->id : QString(), username, account ? account->role : Role::Operatore};
        QJsonObject details{{QStringLiteral("failures"), result.failures}};
        if (delay > 0)
            details.insert(QStringLiteral("delaySeconds"), delay);
        if (!account)
            details.insert(QStringLiteral("unknownUsername"), true);
        AuditLog::append(transaction, context,
                         delay > 0 ? AuditAction::loginThrottled : AuditAction::loginFailed, {}, {}, details);
        transaction.commit();
        result.status = SignInResult::Status::WrongCredentials;
        result.message = tr("Wrong username or password.");
        if (delay > 0) {
            result.retryAt = now.addSecs(delay);
            result.message += QLatin1Char(' ') + waitMessage(result.retryAt, now);
        }
        return result;
    }
    Sql::exec(db, QStringLiteral("DELETE FROM login_throttle WHERE username = ?"), {username});
    context.actor = Actor{account->id, account->username, account->role};
    if (!account->active) {
        AuditLog::append(transaction, context, AuditAction::loginFailed, {}, {},
                         {{QStringLiteral("deactivated"), true}});
        transaction.commit();
        result.status = SignInResult::Status::Deactivated;
        result.message = tr("This account has been deactivated. Ask an administrator.");
        return result;
    }
    AuditLog::append(transaction, context,
                     purpose == Purpose::Unlock ? AuditAction::unlock : AuditAction::login);
    transaction.commit();
    result.status = SignInResult::Status::SignedIn;
    result.account = account;
    result.failures = 0;
    return result;
}

void SignIn::signOut(const Actor &actor)
{
    record(actor, AuditAction::logout);
}

void SignIn::lock(const Actor &actor)
{
    record(actor, AuditAction::lock);
}

void SignIn::record(const Actor &actor, const QString &action)
{
    WriteContext context = m_pc;
    context.actor = actor;
    AuditLog(m_database).record(context, action);
}

} // namespace Sportello::Security
