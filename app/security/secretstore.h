// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QByteArray>
#include <QHash>
#include <QString>
#include <mutex>

namespace Sportello::Security {

// The outcome of one secret-store call. Failures are always reported, never papered over with a
// plaintext copy somewhere else.
struct SecretResult {
    enum class Status {
        Ok,
        NotFound,    // read: no secret under this key (remove of a missing key is Ok)
        Unavailable, // no keychain on this system (or it refused access)
        TimedOut,    // the keychain did not answer in time
        Failed       // any other error; see message
    };
    Status status = Status::Failed;
    QByteArray value; // read, Ok only
    QString message;  // translated, for staff; empty when Ok
    bool ok() const { return status == Status::Ok; }
};

// Where secrets (the device token) live. Calls block the calling thread for at most `timeoutMs`
// (a local event loop runs meanwhile), so call them from a worker thread, not the GUI thread.
// Implementations are safe to use from any one thread at a time per call.
class SecretStore {
public:
    static constexpr int defaultTimeoutMs = 20000;
    virtual ~SecretStore() = default;
    virtual SecretResult read(const QString &key, int timeoutMs = defaultTimeoutMs) = 0;
    virtual SecretResult write(const QString &key, const QByteArray &value,
                               int timeoutMs = defaultTimeoutMs) = 0;
    virtual SecretResult remove(const QString &key, int timeoutMs = defaultTimeoutMs) = 0;
};

// For tests: a map in memory, guarded by a mutex. `setUnavailable(true)` makes every call fail as
// a system without a keychain would.
class InMemorySecretStore : public SecretStore {
public:
    SecretResult read(const QString &key, int timeoutMs = defaultTimeoutMs) override;
    SecretResult write(const QString &key, const QByteArray &value,
                       int timeoutMs = defaultTimeoutMs) override;
    SecretResult remove(const QString &key, int timeoutMs = defaultTimeoutMs) override;
    void setUnavailable(bool unavailable);

private:
    std::mutex m_mutex;
    QHash<QString, QByteArray> m_secrets;
    bool m_unavailable = false;
};

// The OS keychain through QtKeychain (Secret Service on Linux, Credential Manager on Windows), with
// the insecure plaintext fallback switched off.
class KeychainSecretStore : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("it.comune.sportello"));
    SecretResult read(const QString &key, int timeoutMs = defaultTimeoutMs) override;
    SecretResult write(const QString &key, const QByteArray &value,
                       int timeoutMs = defaultTimeoutMs) override;
    SecretResult remove(const QString &key, int timeoutMs = defaultTimeoutMs) override;

private:
    QString m_service;
};

} // namespace Sportello::Security
