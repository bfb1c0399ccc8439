#include "secrets/SessionSecretStore.h"

#include "secrets/SecretsLog.h"

#include <QPointer>

namespace om::secrets {

SessionSecretStore::SessionSecretStore(SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{}

QString SessionSecretStore::statusText() const
{
    if (m_sessionOnly)
        return tr("No system keychain is available: your sign-in and secrets are kept in memory for this "
                  "session only and are never written to disk. You will need to sign in again next time.");
    return tr("Your sign-in and secrets are kept in the system keychain.");
}

bool SessionSecretStore::switchedToMemory(const SecretResult &result)
{
    if (result.status != SecretResult::Status::NoKeychain)
        return false;
    if (!m_sessionOnly) {
        m_sessionOnly = true;
        qCWarning(lcSecrets) << "no system keychain:" << result.message << "- secrets kept in memory only";
        Q_EMIT keychainUnavailable(statusText());
    }
    return true;
}

void SessionSecretStore::read(const QString &key, Done done)
{
    if (m_sessionOnly) {
        m_memory.read(key, std::move(done));
        return;
    }
    QPointer<SessionSecretStore> self(this);
    m_keychain->read(key, [self, key, done = std::move(done)](SecretResult r) {
        if (self && self->switchedToMemory(r))
            self->m_memory.read(key, done);
        else
            done(std::move(r));
    });
}

void SessionSecretStore::write(const QString &key, const QString &secret, Done done)
{
    if (m_sessionOnly) {
        m_memory.write(key, secret, std::move(done));
        return;
    }
    QPointer<SessionSecretStore> self(this);
    m_keychain->write(key, secret, [self, key, secret, done = std::move(done)](SecretResult r) {
        if (self && self->switchedToMemory(r))
            self->m_memory.write(key, secret, done);
        else
            done(std::move(r));
    });
}

void SessionSecretStore::remove(const QString &key, Done done)
{
    m_memory.remove(key, [](const SecretResult &) {});
    if (m_sessionOnly) {
        done(SecretResult::success());
        return;
    }
    QPointer<SessionSecretStore> self(this);
    m_keychain->remove(key, [self, done = std::move(done)](SecretResult r) {
        if (self && self->switchedToMemory(r))
            done(SecretResult::success()); // nothing can be in a keychain that does not exist
        else
            done(std::move(r));
    });
}

} // namespace om::secrets
