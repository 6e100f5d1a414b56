// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Sportello::Security {

// One line of the audit log (docs/audit-log.md): who, when, on which PC, and what. Entries form
// one chain per database (`chain`): each carries the hash of the one before, so an entry changed,
// removed, reordered or cut off breaks a link. The PC checks its chain on demand ("Verifica
// registro"); the central service checks every entry as it arrives and refuses a broken chain.
struct AuditEntry {
    QString id;          // UUID; the record id when synced
    QString chain;       // the chain (one per database), UUID
    qint64 chainSeq = 0; // 1, 2, 3… within the chain
    QString at;          // UTC ISO 8601 with milliseconds, as stored: the hash covers this text
    QString accountId;   // empty for events with nobody signed in (a failed login)
    QString username;    // as typed for a failed login, otherwise the account's
    QString branchId;
    QString deviceId;
    QString deviceName;
    QString action; // a stable name from AuditAction, e.g. "login", "record_update"
    QString entity; // for record events: "citizen", "account"…
    QString recordId;
    QJsonObject details; // what changed; never a password or its hash
    QString prevHash;    // hex SHA-256 of the entry before, genesisHash for the first
    QString hash;        // hex SHA-256 of this entry's canonical form

    // The canonical form: every field above but `hash`, as compact JSON with sorted keys.
    QByteArray canonical() const;
    QString computeHash() const;
};

inline const QString genesisHash = QString(64, QLatin1Char('0'));

// The stable action names. Stored and synced: never rename one.
namespace AuditAction {
inline const QString login = QStringLiteral("login");
inline const QString logout = QStringLiteral("logout");
inline const QString loginFailed = QStringLiteral("login_failed");
inline const QString loginThrottled = QStringLiteral("login_throttled"); // 5th wrong password in a row
inline const QString lock = QStringLiteral("lock");
inline const QString unlock = QStringLiteral("unlock");
inline const QString passwordChanged = QStringLiteral("password_changed");
inline const QString recordCreate = QStringLiteral("record_create");
inline const QString recordUpdate = QStringLiteral("record_update");
inline const QString exportData = QStringLiteral("export");
inline const QString settingsChange = QStringLiteral("settings_change");
inline const QString enrolment = QStringLiteral("enrolment");
inline const QString verify = QStringLiteral("audit_verify");
QStringList all();
// For people: translated ("Sign-in"); a newer PC's action keeps its stable name.
QString title(const QString &action);
} // namespace AuditAction

// Sync form (the change-log payload): the fields above in camelCase plus "version": 1.
QJsonObject toJson(const AuditEntry &entry);
AuditEntry auditEntryFromJson(const QJsonObject &json);

// Empty when `json` is a well-formed audit entry whose hash matches its content; otherwise why not
// (English, for the server's reason and the log). Checks sizes, so hostile input is refused early.
QString auditEntryProblem(const QJsonObject &json);

} // namespace Sportello::Security
