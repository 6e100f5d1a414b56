// SPDX-License-Identifier: EUPL-1.2
#include "security/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace Sportello::Security {
namespace {
// The context lupdate gives to tr() calls in free functions of this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("Sportello::Security", text);
}

SecretResult unavailable()
{
    return {SecretResult::Status::Unavailable,
            {},
            tr("No secure keychain is available on this computer, so the sync credentials cannot be "
               "stored. Install and unlock a keychain (for example GNOME Keyring) and try again.")};
}

SecretResult failed(const QString &detail)
{
    return {SecretResult::Status::Failed, {}, tr("The keychain reported an error: %1").arg(detail)};
}

// Runs a QtKeychain job to its end or to the timeout, with a local event loop.
SecretResult run(QKeychain::Job &job, int timeoutMs)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plaintext copy
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished)
        return {SecretResult::Status::TimedOut, {}, tr("The keychain did not answer in time.")};
    switch (job.error()) {
    case QKeychain::NoError:
        return {SecretResult::Status::Ok, {}, {}};
    case QKeychain::EntryNotFound:
        return {SecretResult::Status::NotFound, {}, {}};
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::NotImplemented:
        return unavailable();
    default:
        return failed(job.errorString());
    }
}
} // namespace

SecretResult InMemorySecretStore::read(const QString &key, int)
{
    std::lock_guard lock(m_mutex);
    if (m_unavailable)
        return unavailable();
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return {SecretResult::Status::NotFound, {}, {}};
    return {SecretResult::Status::Ok, it.value(), {}};
}

SecretResult InMemorySecretStore::write(const QString &key, const QByteArray &value, int)
{
    std::lock_guard lock(m_mutex);
    if (m_unavailable)
        return unavailable();
    m_secrets.insert(key, value);
    return {SecretResult::Status::Ok, {}, {}};
}

SecretResult InMemorySecretStore::remove(const QString &key, int)
{
    std::lock_guard lock(m_mutex);
    if (m_unavailable)
        return unavailable();
    m_secrets.remove(key); // like the Secret Service: removing what is not there is not an error
    return {SecretResult::Status::Ok, {}, {}};
}

void InMemorySecretStore::setUnavailable(bool unavailable)
{
    std::lock_guard lock(m_mutex);
    m_unavailable = unavailable;
}

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

SecretResult KeychainSecretStore::read(const QString &key, int timeoutMs)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    SecretResult result = run(job, timeoutMs);
    if (result.ok())
        result.value = job.binaryData();
    return result;
}

SecretResult KeychainSecretStore::write(const QString &key, const QByteArray &value, int timeoutMs)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setBinaryData(value);
    return run(job, timeoutMs);
}

SecretResult KeychainSecretStore::remove(const QString &key, int timeoutMs)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    SecretResult result = run(job, timeoutMs);
    if (result.status == SecretResult::Status::NotFound)
        result.status = SecretResult::Status::Ok; // the same on every backend: gone is gone
    return result;
}

} // namespace Sportello::Security
