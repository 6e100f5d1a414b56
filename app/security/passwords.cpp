// SPDX-License-Identifier: EUPL-1.2
#include "security/passwords.h"

#include <QCoreApplication>
#include <sodium.h>
#include <stdexcept>

namespace Sportello::Security::Passwords {
namespace {
void initialiseSodium()
{
    // Safe to call from several threads and more than once.
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium cannot be initialised");
}
} // namespace

QByteArray hash(const QString &password)
{
    initialiseSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("not enough memory to hash a password");
    return QByteArray(out);
}

bool verify(const QByteArray &storedHash, const QString &password)
{
    initialiseSodium();
    // crypto_pwhash_str_verify wants a NUL-terminated string of at most STRBYTES.
    if (storedHash.isEmpty() || storedHash.size() >= crypto_pwhash_STRBYTES || storedHash.contains('\0'))
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(storedHash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool needsRehash(const QByteArray &storedHash)
{
    initialiseSodium();
    if (storedHash.isEmpty() || storedHash.size() >= crypto_pwhash_STRBYTES || storedHash.contains('\0'))
        return true;
    return crypto_pwhash_str_needs_rehash(storedHash.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

QString policyProblem(const QString &password, const QString &username)
{
    if (password.trimmed().isEmpty())
        return QCoreApplication::translate("Sportello::Security", "The password is required.");
    if (password.size() < minimumLength)
        return QCoreApplication::translate("Sportello::Security",
                                           "The password must be at least %1 characters long.")
            .arg(minimumLength);
    if (!username.isEmpty() && password.compare(username.trimmed(), Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("Sportello::Security", "The password must not be the username.");
    return {};
}

QString typedTwiceProblem(const QString &password, const QString &repeat, const QString &username)
{
    if (const QString problem = policyProblem(password, username); !problem.isEmpty())
        return problem;
    if (repeat != password)
        return QCoreApplication::translate("Sportello::Security",
                                           "The two passwords are different: type the same password twice.");
    return {};
}

} // namespace Sportello::Security::Passwords
