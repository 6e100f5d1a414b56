// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "security/account.h"
#include "storage/changelog.h"

#include <QDateTime>
#include <optional>

namespace Sportello::Storage {
class Database;
}

namespace Sportello::Security {

struct SignInResult {
    enum class Status { SignedIn, WrongCredentials, Throttled, Deactivated };
    Status status = Status::WrongCredentials;
    std::optional<Account> account; // SignedIn
    int failures = 0;               // wrong passwords in a row for this username at this PC
    QDateTime retryAt;              // Throttled, and WrongCredentials once the delay has started
    QString message;                // translated, for the login screen; empty when signed in
    bool ok() const { return status == Status::SignedIn; }
};

// "Too many wrong passwords: try again in 30 seconds." as of `now` (the sign-in counts it down).
QString waitMessage(const QDateTime &retryAt, const QDateTime &now);

// Sign-in, unlock and sign-out at this PC, each written to the audit log. After `freeAttempts`
// wrong passwords in a row for one username, each further try waits longer (delaySeconds); tries
// during the wait are refused unchecked. The count lives in this PC's database only.
class SignIn {
public:
    static constexpr int freeAttempts = 5;
    // 0 before the 5th failure; then 30 s, doubling with each failure, at most 15 minutes.
    static qint64 delaySeconds(int failures);

    enum class Purpose { SignIn, Unlock };

    // `pc`: branch, device and device name of this PC; the actor is filled in per call.
    SignIn(const Storage::Database &database, Storage::WriteContext pc);
    void setWriteContext(Storage::WriteContext pc) { m_pc = std::move(pc); }

    SignInResult attempt(const QString &username, const QString &password, const QDateTime &now,
                         Purpose purpose = Purpose::SignIn);
    // Audit entries for the session's other events.
    void signOut(const Actor &actor);
    void lock(const Actor &actor);

private:
    void record(const Actor &actor, const QString &action);

    const Storage::Database &m_database;
    Storage::WriteContext m_pc;
};

// Time without input before a shared PC locks itself. Fed by the window's event filter; asked by
// a timer; both give the time, so tests drive it with a clock of their own instead of waiting.
class IdleLock {
public:
    static constexpr int defaultMinutes = 5;
    explicit IdleLock(int minutes = defaultMinutes) { setMinutes(minutes); }
    void setMinutes(int minutes) { m_limitMs = qint64(std::max(1, minutes)) * 60 * 1000; }
    qint64 limitMs() const { return m_limitMs; }
    void noteActivity(const QDateTime &now) { m_lastActivity = now; }
    bool expired(const QDateTime &now) const
    {
        return m_lastActivity.isValid() && m_lastActivity.msecsTo(now) >= m_limitMs;
    }

private:
    qint64 m_limitMs = 0;
    QDateTime m_lastActivity;
};

} // namespace Sportello::Security
