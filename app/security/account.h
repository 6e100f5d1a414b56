// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "security/permissions.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Sportello::Security {

// A member of staff who signs in. Synced to every PC of the comune, hash included, so that a clerk
// can sign in anywhere, offline too, with the password last synced. Never deleted: deactivated.
struct Account {
    QString id; // UUID
    int version = 0;
    QString username; // lower case, [a-z0-9._-], 3 to 40 characters; unique in the comune
    QString displayName;
    Role role = Role::Operatore;
    QByteArray passwordHash;        // Argon2id string (Passwords::hash)
    bool mustChangePassword = true; // set when an administrator sets the password
    bool active = true;
    QString ownerBranchId;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The sync form. The hash travels (it is what makes offline sign-in at another PC possible); it
// never reaches the audit log or the logs.
QJsonObject toJson(const Account &account);
Account accountFromJson(const QJsonObject &json);
// Names of the fields that differ, with before and after values for everything but the password,
// which is named only ("password"). For the audit log.
QJsonObject accountChanges(const Account &before, const Account &after);

// The username as stored: trimmed and lower case.
QString normalisedUsername(const QString &username);
// Why a username or an account cannot be stored (translated), or empty.
QString usernameProblem(const QString &username);
QString accountProblem(const Account &account);

} // namespace Sportello::Security
