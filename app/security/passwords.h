// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QByteArray>
#include <QString>

namespace Sportello::Security::Passwords {

// Argon2id through libsodium's crypto_pwhash_str, with its interactive limits: the string it returns
// holds the algorithm, the limits and the salt, so a hash made with other limits still verifies.
// Throws std::runtime_error only when the machine cannot give the memory the hash needs.
QByteArray hash(const QString &password);
bool verify(const QByteArray &storedHash, const QString &password);
// True when the stored hash was made with other limits than today's: hash again at the next login.
bool needsRehash(const QByteArray &storedHash);

// Why a new password is refused (translated), or empty when it is acceptable: at least 10
// characters, not the username (whatever the case), not only spaces.
QString policyProblem(const QString &password, const QString &username);
inline constexpr int minimumLength = 10;
// The same for a new password typed twice, as every form asks for it: also refused when they differ.
QString typedTwiceProblem(const QString &password, const QString &repeat, const QString &username);

} // namespace Sportello::Security::Passwords
